package vn.tonghop.outputs;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tonghop.audit.AuditKind;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.orgunit.OrgRegistry;
import vn.tonghop.orgunit.OrgTree;
import vn.tonghop.orgunit.OrgUnit;
import vn.tonghop.orgunit.Scope;
import vn.tonghop.reporttext.ReportEdits;
import vn.tonghop.reporttext.ReportPart;
import vn.tonghop.reporttext.ReportTexts;
import vn.tonghop.rounds.Round;
import vn.tonghop.runs.Runs;
import vn.tonghop.system.Messages;
import vn.tonghop.system.VietnameseFormat;

/**
 * Published versions of units' reports (table {@code published_report}, whose trigger refuses any change): "Phát
 * hành" renders the unit's report from the round's latest completed run with the number, date, signer and texts set
 * now, ending with a line that names the run and the form version, and keeps the PDF and DOCX bytes. They download
 * the same later, whatever runs, files or registry changes come after; a new version needs a new number.
 */
@Service
public class Publications {

	private static final String COLUMNS = "id, round_code, unit_code, doc_number, doc_date, signer, run_id, form_id, "
			+ "form_version, published_by, published_at";

	private final JdbcClient jdbc;

	private final Runs runs;

	private final OrgRegistry registry;

	private final ReportsWriter writer;

	private final ReportTexts texts;

	private final AuditLog audit;

	private final Messages messages;

	Publications(JdbcClient jdbc, Runs runs, OrgRegistry registry, ReportsWriter writer, ReportTexts texts,
			AuditLog audit, Messages messages) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.registry = registry;
		this.writer = writer;
		this.texts = texts;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Publishes the unit's report as it stands now.
	 *
	 * @throws PublicationRejected without a completed run, without a number, date or signer set, or with a number an
	 * earlier version of the unit's report took
	 * @throws vn.tonghop.orgunit.OutOfScopeException for a unit outside the scope
	 */
	@Transactional
	public Publication publish(Round round, Scope scope, String unitCode, String actor) throws IOException {
		scope.require(unitCode);
		long runId = runs.latestCompleted(round.code())
			.orElseThrow(() -> new PublicationRejected("publication.noRun", round.title()));
		OrgTree tree = registry.treeAt(round.referenceDate());
		OrgUnit unit = writer.reportedUnits(tree, round)
			.stream()
			.filter(u -> u.code().equals(unitCode))
			.findFirst()
			.orElseThrow(() -> new PublicationRejected("publication.noReport", unitCode));
		ReportEdits edits = texts.of(round.code(), unitCode);
		String number = blankToNull(edits.get(ReportPart.DOCUMENT_NUMBER));
		String signer = blankToNull(edits.get(ReportPart.SIGNER_NAME));
		if (number == null || edits.date() == null || signer == null) {
			throw new PublicationRejected("publication.settingsMissing");
		}
		Optional<Publication> taken = of(round.code(), unitCode).stream()
			.filter(p -> p.documentNumber().equals(number))
			.findFirst();
		if (taken.isPresent()) {
			throw new PublicationRejected("publication.numberTaken", number, taken.get().documentDate());
		}
		String date = VietnameseFormat.shortDate(edits.date());
		Instant now = Instant.now();
		String provenance = messages.get("publication.provenance", number, date, runId, round.form().id(),
				round.form().version(), round.title());
		ReportsWriter.Document document;
		try {
			document = writer.render(runId, round, tree, unit, provenance);
		}
		catch (RuntimeException | StackOverflowError unitsOwn) {
			// A bug one unit's figures or texts meet (see UnitReportFailure): said with the reference its log entry
			// carries, on the page the staff published from, rather than as the web app's general error.
			throw new PublicationRejected("publication.notRendered", vn.tonghop.finding.FileFailures.logged("BC",
					"The publication of the report of " + unitCode, "PUBLISH", unitsOwn));
		}
		jdbc.sql("INSERT INTO published_report (round_code, unit_code, doc_number, doc_date, signer, run_id, form_id, "
				+ "form_version, published_by, published_at, pdf, docx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(round.code(), unitCode, number, date, signer, runId, round.form().id(), round.form().version(),
					actor, Timestamp.from(now), document.pdf(), document.docx())
			.update();
		audit.record(actor, AuditKind.PUBLICATION, round.code(), unitCode, "audit.detail.publication", number, date,
				runId, round.form().version());
		return of(round.code(), unitCode).get(0);
	}

	/** The unit's published versions in the round, newest first. */
	public List<Publication> of(String roundCode, String unitCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM published_report WHERE round_code = ? AND unit_code = ? ORDER BY "
				+ "id DESC").params(roundCode, unitCode).query(Publications::publication).list();
	}

	/** The published versions of every unit in the scope, newest first. */
	public List<Publication> inScope(String roundCode, Scope scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM published_report WHERE round_code = ? ORDER BY id DESC")
			.param(roundCode)
			.query(Publications::publication)
			.list()
			.stream()
			.filter(p -> scope.includes(p.unitCode()))
			.toList();
	}

	/** The PDF as published, when the version exists and its unit is in the scope. */
	public Optional<byte[]> pdf(Scope scope, long id) {
		return bytes(scope, id, "pdf");
	}

	public Optional<byte[]> docx(Scope scope, long id) {
		return bytes(scope, id, "docx");
	}

	public Optional<Publication> find(Scope scope, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM published_report WHERE id = ?")
			.param(id)
			.query(Publications::publication)
			.optional()
			.filter(p -> scope.includes(p.unitCode()));
	}

	private Optional<byte[]> bytes(Scope scope, long id, String column) {
		return find(scope, id).map(p -> jdbc.sql("SELECT " + column + " FROM published_report WHERE id = ?")
			.param(id)
			.query((rs, n) -> rs.getBytes(1))
			.single());
	}

	private static Publication publication(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Publication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getTimestamp(11).toInstant());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
