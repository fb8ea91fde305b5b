package vn.tonghop.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.OnPostgres;
import vn.tonghop.PostgresTestDatabase;

/** Who may see and count what, on PostgreSQL: the same requests and answers as on the embedded database. */
@OnPostgres
class AccessOnPostgresTest extends AccessTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		PostgresTestDatabase.register(properties, "access");
	}
}
