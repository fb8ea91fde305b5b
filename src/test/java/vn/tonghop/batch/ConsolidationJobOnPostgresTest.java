package vn.tonghop.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.OnPostgres;
import vn.tonghop.PostgresTestDatabase;

/** The hand-worked consolidation figures, on PostgreSQL. */
@OnPostgres
class ConsolidationJobOnPostgresTest extends ConsolidationJobFunctionalTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		PostgresTestDatabase.register(properties, "consolidation");
	}
}
