package vn.tonghop.sampledata;

/** The kinds of grassroots union in the sample, with their sector and plausible sizes (DOMAIN.md §6). */
enum UnitKind {

	PRESCHOOL("HCSN", "Trường Mầm non %s", 15, 30, 0.85, 0.98),
	PRIMARY("HCSN", "Trường Tiểu học %s", 20, 40, 0.65, 0.85),
	SECONDARY("HCSN", "Trường THCS %s", 25, 45, 0.55, 0.75),
	COMMUNE_OFFICE("HCSN", "Cơ quan UBND xã %s", 20, 35, 0.35, 0.55),
	HEALTH_STATION("HCSN", "Trạm Y tế xã %s", 8, 20, 0.55, 0.75),
	HOSPITAL("HCSN", "Bệnh viện %s", 150, 600, 0.55, 0.70),
	STATE_COMPANY("DNNN", "Công ty TNHH MTV %s", 100, 900, 0.30, 0.50),
	PRIVATE_COMPANY("NNN", "Công ty TNHH %s", 40, 600, 0.40, 0.70),
	FOREIGN_COMPANY("FDI", "Công ty TNHH %s Việt Nam", 500, 5000, 0.50, 0.75),
	COOPERATIVE("KHAC", "Hợp tác xã %s", 10, 40, 0.30, 0.50);

	final String sector;

	final String namePattern;

	final int minWorkers;

	final int maxWorkers;

	final double minWomen;

	final double maxWomen;

	UnitKind(String sector, String namePattern, int minWorkers, int maxWorkers, double minWomen, double maxWomen) {
		this.sector = sector;
		this.namePattern = namePattern;
		this.minWorkers = minWorkers;
		this.maxWorkers = maxWorkers;
		this.minWomen = minWomen;
		this.maxWomen = maxWomen;
	}

	boolean isEnterprise() {
		return sector.equals("DNNN") || sector.equals("NNN") || sector.equals("FDI");
	}
}
