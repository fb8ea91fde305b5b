package vn.tonghop.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Installation settings ({@code tonghop.*}).
 *
 * @param dataDir where the database, the archive of received files and the outputs live
 * @param locale language of everything users read (Vietnamese by default)
 * @param unitTypes the unit types the registry accepts; their labels are messages {@code unit.type.<code>}
 * @param grassrootsType the type of the units that fill in the form
 * @param maxFileBytes files larger than this are refused unread
 * @param maxCells a workbook with more filled cells than this (all sheets) is refused, its reading stopped there:
 * the form has about 600, so this bounds the time and memory one file can take
 * @param intakeWorkers files taken (archived, read, validated) at once; 0 for one more than the cores, so that a
 * worker waiting for the disk does not leave a core idle
 */
@ConfigurationProperties("tonghop")
public record TonghopSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("vi") Locale locale,
		List<String> unitTypes, @DefaultValue("CDCS") String grassrootsType,
		@DefaultValue("20000000") long maxFileBytes, @DefaultValue("100000") int maxCells,
		@DefaultValue("0") int intakeWorkers) {

	public TonghopSettings {
		unitTypes = unitTypes == null ? List.of() : List.copyOf(unitTypes);
		if (intakeWorkers < 0) {
			throw new IllegalArgumentException("tonghop.intake-workers must be 0 (automatic) or more");
		}
	}

	/** The intake workers to start: as set, or one more than the cores. */
	public int intakeWorkerCount() {
		return intakeWorkers > 0 ? intakeWorkers : Runtime.getRuntime().availableProcessors() + 1;
	}
}
