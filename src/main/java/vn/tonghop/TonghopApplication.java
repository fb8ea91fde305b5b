package vn.tonghop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.tonghop.system.DataDirectory;

/**
 * The jar is both the command-line tool and (later) the server. Arguments belong to picocli, not to Spring's
 * property binding; only {@code --data-dir} is read before start-up because the database lives there.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TonghopApplication {

	public static void main(String[] args) {
		DataDirectory.fromArguments(args).ifPresent(dir -> System.setProperty(DataDirectory.PROPERTY, dir));
		SpringApplication application = new SpringApplication(TonghopApplication.class);
		application.setAddCommandLineProperties(false);
		System.exit(SpringApplication.exit(application.run(args)));
	}
}
