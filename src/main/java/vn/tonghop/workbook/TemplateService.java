package vn.tonghop.workbook;

import org.springframework.stereotype.Service;

import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.system.TonghopSettings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Blank forms of a round's form for a CĐCS, or for every CĐCS under a unit of any level that stands in some year of
 * the form, in the round's tree (handed in: the tree as it stood on the round's reference date).
 */
@Service
public class TemplateService {

	private final TemplateWriter bundled;

	private final String grassrootsType;

	/** A writer per form (id and version). */
	private final java.util.Map<String, TemplateWriter> writers = new java.util.concurrent.ConcurrentHashMap<>();

	TemplateService(TemplateWriter bundled, TonghopSettings settings) {
		this.bundled = bundled;
		this.grassrootsType = settings.grassrootsType();
	}

	private TemplateWriter writer(Form form) {
		return writers.computeIfAbsent(form.id() + "\u0000" + form.version(), key -> bundled.of(form));
	}

	/**
	 * @return the CĐCS the templates are for, ordered by code; empty when the unit is unknown
	 */
	public Optional<List<OrgUnit>> unitsFor(Form form, OrgTree tree, String unitCode) {
		return tree.unit(unitCode)
			.map(unit -> tree.subtree(unit.code())
				.stream()
				.filter(u -> u.type().equals(grassrootsType))
				.filter(u -> form.years().stream().anyMatch(u::isActiveInYear))
				.sorted(java.util.Comparator.comparing(OrgUnit::code))
				.toList());
	}

	/** Writes one workbook per CĐCS into {@code dir} and returns the files written. */
	public List<Path> writeAll(Form form, OrgTree tree, List<OrgUnit> units, Path dir) throws IOException {
		Files.createDirectories(dir);
		TemplateWriter writer = writer(form);
		List<Path> written = new ArrayList<>();
		for (OrgUnit unit : units) {
			Path file = dir.resolve(writer.fileName(unit));
			try (OutputStream out = Files.newOutputStream(file)) {
				writer.write(unit, unit.parentCode() == null ? null : tree.unit(unit.parentCode()).orElse(null), out);
			}
			written.add(file);
		}
		return written;
	}

	/**
	 * The blank form of one CĐCS, or a zip of those of every CĐCS under a unit, for a unit in the asker's scope.
	 *
	 * @return the file name to offer, once the content is written to {@code out}; empty for an unknown unit or one
	 * without any CĐCS
	 */
	public Optional<String> download(vn.tonghop.orgunit.Scope scope, Form form, String unitCode, OutputStream out)
			throws IOException {
		scope.require(unitCode);
		OrgTree tree = scope.tree();
		List<OrgUnit> units = unitsFor(form, tree, unitCode).orElse(List.of());
		if (units.isEmpty()) {
			return Optional.empty();
		}
		TemplateWriter writer = writer(form);
		if (units.size() == 1 && units.get(0).code().equals(unitCode)) {
			OrgUnit unit = units.get(0);
			writer.write(unit, unit.parentCode() == null ? null : tree.unit(unit.parentCode()).orElse(null), out);
			return Optional.of(writer.fileName(unit));
		}
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (OrgUnit unit : units) {
				zip.putNextEntry(new java.util.zip.ZipEntry(writer.fileName(unit)));
				writer.write(unit, unit.parentCode() == null ? null : tree.unit(unit.parentCode()).orElse(null),
						new NonClosing(zip));
				zip.closeEntry();
			}
		}
		return Optional.of("biểu-mẫu-" + unitCode + ".zip");
	}

	/** POI closes the stream it writes to; a zip entry must stay open for the next one. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
