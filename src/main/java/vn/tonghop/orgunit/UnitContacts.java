package vn.tonghop.orgunit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The owner of table unit_contact: whom to call about a unit's report, from the registry file's optional columns.
 * A registry file with the columns sets the contact of every unit it lists (an empty cell clears that part); one
 * without them leaves the contacts as they are.
 */
@Repository
public class UnitContacts {

	private final JdbcClient jdbc;

	UnitContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(List<RegistryCsvParser.Line> lines) {
		for (RegistryCsvParser.Line line : lines) {
			if (line.contact() == null) {
				continue;
			}
			UnitContact c = line.contact();
			jdbc.sql("MERGE INTO unit_contact t USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(200)), "
					+ "CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(200)))) v (code, contact_name, phone, email) ON t.code = "
					+ "v.code WHEN MATCHED THEN UPDATE SET contact_name = v.contact_name, phone = v.phone, email = "
					+ "v.email WHEN NOT MATCHED THEN INSERT VALUES (v.code, v.contact_name, v.phone, v.email)")
				.params(line.unit().code(), c.name(), c.phone(), c.email())
				.update();
		}
	}

	/** Every unit's contact that has one, by unit code. */
	public Map<String, UnitContact> all() {
		Map<String, UnitContact> contacts = new HashMap<>();
		jdbc.sql("SELECT code, contact_name, phone, email FROM unit_contact")
			.query((rs, n) -> contacts.put(rs.getString(1), new UnitContact(rs.getString(2), rs.getString(3),
					rs.getString(4))))
			.list();
		contacts.values().removeIf(UnitContact::isEmpty);
		return contacts;
	}
}
