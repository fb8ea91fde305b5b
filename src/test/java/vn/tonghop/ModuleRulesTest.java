package vn.tonghop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's rules (docs/architecture.md), read from the source text: a module is a top-level package under
 * vn.tonghop, and a module uses another wherever its text names it (imports, fully qualified names, and names in
 * comments alike: a comment that points across a wall is a dependency in waiting). Bytecode-based checkers do not
 * see comments, hence a text scan.
 */
class ModuleRulesTest {

	private static final Path MAIN = Path.of("src/main/java/vn/tonghop");

	private static final Pattern NAMED = Pattern.compile("vn\\.tonghop\\.([a-z]+)\\b");

	/** What each module may use; everything else is a broken wall. The ground modules use nothing above them. */
	static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			Map.entry("system", Set.of()),
			Map.entry("form", Set.of()),
			Map.entry("finding", Set.of("form", "system")),
			Map.entry("orgunit", Set.of("form", "system")),
			Map.entry("runs", Set.of("system")),
			Map.entry("audit", Set.of("system")),
			Map.entry("rounds", Set.of("form", "system")),
			Map.entry("workflow", Set.of("audit", "finding", "form", "intake", "orgunit", "rounds", "system", "workbook")),
			Map.entry("targets", Set.of("form", "orgunit", "rounds", "system")),
			Map.entry("account", Set.of("audit", "orgunit", "system")),
			Map.entry("intake", Set.of("audit", "finding", "form", "orgunit", "system")),
			Map.entry("workbook", Set.of("finding", "form", "orgunit", "system")),
			Map.entry("validation", Set.of("finding", "form", "orgunit", "system", "workbook")),
			Map.entry("consolidation", Set.of("form", "intake", "orgunit", "rounds", "system")),
			Map.entry("reporttext", Set.of("orgunit", "rounds", "system")),
			Map.entry("report", Set.of("consolidation", "finding", "form", "orgunit", "reporttext", "rounds", "system", "targets")),
			Map.entry("outputs", Set.of("audit", "consolidation", "finding", "form", "intake", "orgunit", "report", "reporttext", "rounds", "runs", "system", "workbook", "workflow")),
			Map.entry("batch", Set.of("audit", "consolidation", "finding", "form", "intake", "orgunit", "outputs", "rounds", "runs", "system", "validation", "workbook", "workflow")),
			Map.entry("sampledata", Set.of("form", "orgunit", "workbook")),
			Map.entry("bench", Set.of("batch", "form", "orgunit", "rounds", "sampledata", "system", "workbook")),
			Map.entry("web", Set.of("account", "audit", "batch", "consolidation", "finding", "form", "intake", "orgunit", "outputs", "reporttext", "rounds", "runs", "system", "validation", "workbook", "workflow")),
			Map.entry("cli", Set.of("account", "audit", "batch", "bench", "consolidation", "finding", "form", "intake", "orgunit", "outputs", "reporttext", "rounds", "runs", "sampledata", "system", "targets", "validation", "workbook", "workflow")));

	/** The arrows the architecture issue names as never allowed, kept apart so that they survive any edit above. */
	static final List<String> FORBIDDEN = List.of("intake->workbook", "intake->validation", "intake->batch",
			"workbook->validation", "report->intake", "report->workbook", "report->batch", "report->web",
			"report->cli", "consolidation->report", "consolidation->batch", "batch->web", "batch->cli");

	static final int MAX_LINES = 250;

	private static Map<String, Set<String>> uses;

	private static Map<String, String> whereUsed;

	@BeforeAll
	static void read() throws IOException {
		uses = new TreeMap<>();
		whereUsed = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
				Path relative = MAIN.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				Matcher named = NAMED.matcher(Files.readString(file));
				Set<String> used = uses.computeIfAbsent(module, k -> new TreeSet<>());
				while (named.find()) {
					String other = named.group(1);
					if (!other.equals(module) && Files.isDirectory(MAIN.resolve(other))) {
						used.add(other);
						whereUsed.putIfAbsent(module + "->" + other, relative.toString());
					}
				}
			}
		}
	}

	@Test
	void everyModuleIsDeclared() {
		assertThat(ALLOWED.keySet()).containsAll(uses.keySet());
	}

	@Test
	void noModuleUsesOneItMayNot() {
		List<String> broken = new ArrayList<>();
		uses.forEach((module, used) -> used.stream()
			.filter(other -> !ALLOWED.getOrDefault(module, Set.of()).contains(other))
			.forEach(other -> broken.add(module + "->" + other + " (" + whereUsed.get(module + "->" + other) + ")")));
		assertThat(broken).isEmpty();
	}

	@Test
	void theForbiddenArrowsDoNotExist() {
		assertThat(FORBIDDEN).noneMatch(arrow -> {
			String[] ends = arrow.split("->");
			return uses.getOrDefault(ends[0], Set.of()).contains(ends[1]);
		});
		FORBIDDEN.forEach(arrow -> {
			String[] ends = arrow.split("->");
			assertThat(ALLOWED.get(ends[0])).as(arrow).doesNotContain(ends[1]);
		});
	}

	@Test
	void thereIsNoCycleBetweenModules() {
		for (String start : uses.keySet()) {
			Set<String> reached = new HashSet<>();
			List<String> todo = new ArrayList<>(uses.get(start));
			while (!todo.isEmpty()) {
				String next = todo.remove(todo.size() - 1);
				if (reached.add(next)) {
					todo.addAll(uses.getOrDefault(next, Set.of()));
				}
			}
			assertThat(reached).as("modules reachable from " + start).doesNotContain(start);
		}
	}

	@Test
	void noSourceFileIsLongerThanTheLimit() throws IOException {
		List<String> tooLong = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
				String name = MAIN.relativize(file).toString().replace('\\', '/');
				long lines = Files.readAllLines(file).size();
				if (lines > MAX_LINES) {
					tooLong.add(name + ": " + lines);
				}
			}
		}
		assertThat(tooLong).isEmpty();
	}

	@Test
	void everyPackageSaysWhatItIs() throws IOException {
		try (Stream<Path> folders = Files.walk(MAIN)) {
			assertThat(folders.filter(Files::isDirectory).filter(d -> !d.equals(MAIN)))
				.allSatisfy(folder -> assertThat(folder.resolve("package-info.java")).exists());
		}
	}
}
