package vn.tonghop.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tonghop.OnPostgres;
import vn.tonghop.PostgresTestDatabase;

/** No single file stops a run, on PostgreSQL: a failed file's transaction must not take the chunk's others along. */
@OnPostgres
class ContainmentOnPostgresTest extends ContainmentFunctionalTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		PostgresTestDatabase.register(properties, "containment");
	}
}
