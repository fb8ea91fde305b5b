package vn.tonghop;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A full application context on its own HSQLDB under target/, shared by the test classes that use it. The command
 * line does not run at start-up; tests drive it themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "tonghop.cli.enabled=false", "tonghop.data-dir=target/test-data/spring" })
public @interface TonghopSpringTest {
}
