package vn.tonghop.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (Maven writes it), or "dev" when run from classes. */
class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = VersionProvider.class.getPackage().getImplementationVersion();
		return new String[] { "tonghop " + (version == null ? "dev" : version) };
	}
}
