package vn.tonghop.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.OnPostgres;
import vn.tonghop.PostgresTestDatabase;

/** A file in a unit's folder counts only within that unit's subtree, on PostgreSQL. */
@OnPostgres
class WriteScopeOnPostgresTest extends WriteScopeFunctionalTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		PostgresTestDatabase.register(properties, "write_scope");
	}
}
