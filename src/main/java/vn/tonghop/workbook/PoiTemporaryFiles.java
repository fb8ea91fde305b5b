package vn.tonghop.workbook;

import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.springframework.stereotype.Component;

import vn.tonghop.system.DataDirectory;

/**
 * POI's temporary files (the rows of a streamed workbook, among others) in the data directory's {@code tmp/poi}.
 * By default POI keeps them in one folder shared by every user of the machine, {@code /tmp/poifiles}: made once by
 * whoever ran POI first (an administrator's command run with sudo, another application), it cannot be written by the
 * account the service runs as, and every run then failed at its outputs. The data directory belongs to that account.
 */
@Component
class PoiTemporaryFiles {

	PoiTemporaryFiles(DataDirectory dataDirectory) {
		Path folder = dataDirectory.root().resolve("tmp").resolve("poi");
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
	}
}
