package vn.tonghop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs on a PostgreSQL server (a database of its own, made afresh for each test run: see
 * {@link PostgresTestDatabase}). Without a reachable server the class is skipped with a message, unless
 * {@code TONGHOP_REQUIRE_POSTGRES} is set (as {@code .ci/run} does), where it fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresTestDatabase.Condition.class)
public @interface OnPostgres {
}
