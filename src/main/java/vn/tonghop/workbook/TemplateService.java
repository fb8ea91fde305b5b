package vn.tonghop.workbook;

import org.springframework.stereotype.Service;

import vn.tonghop.form.Form;
import vn.tonghop.orgunit.OrgRegistry;
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

/** Blank forms for a CĐCS, or for every CĐCS under a unit of any level that stands in some year of the form. */
@Service
public class TemplateService {

	private final OrgRegistry registry;

	private final TemplateWriter writer;

	private final Form form;

	private final String grassrootsType;

	TemplateService(OrgRegistry registry, TemplateWriter writer, Form form, TonghopSettings settings) {
		this.registry = registry;
		this.writer = writer;
		this.form = form;
		this.grassrootsType = settings.grassrootsType();
	}

	/**
	 * @return the CĐCS the templates are for, ordered by code; empty when the unit is unknown
	 */
	public Optional<List<OrgUnit>> unitsFor(String unitCode) {
		OrgTree tree = registry.tree();
		return tree.unit(unitCode)
			.map(unit -> tree.subtree(unit.code())
				.stream()
				.filter(u -> u.type().equals(grassrootsType))
				.filter(u -> form.years().stream().anyMatch(u::isActiveInYear))
				.sorted(java.util.Comparator.comparing(OrgUnit::code))
				.toList());
	}

	/** Writes one workbook per CĐCS into {@code dir} and returns the files written. */
	public List<Path> writeAll(List<OrgUnit> units, Path dir) throws IOException {
		Files.createDirectories(dir);
		OrgTree tree = registry.tree();
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
}
