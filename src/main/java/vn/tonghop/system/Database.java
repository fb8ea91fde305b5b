package vn.tonghop.system;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which database the connection settings chose (embedded HSQLDB, or a PostgreSQL server), and the few pieces of SQL
 * that differ between the two. Every other statement of the application is written once, in SQL both accept.
 */
@Component
public class Database {

	public enum Vendor {
		HSQLDB, POSTGRESQL
	}

	private final Vendor vendor;

	private final JdbcClient jdbc;

	Database(DataSource dataSource, JdbcClient jdbc) {
		this.vendor = vendorOf(dataSource);
		this.jdbc = jdbc;
	}

	public Vendor vendor() {
		return vendor;
	}

	/** The expression giving a sequence's next value, for use inside a statement. */
	public String nextValueOf(String sequence) {
		return vendor == Vendor.POSTGRESQL ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
	}

	/** Takes a sequence's next value. */
	public long nextValue(String sequence) {
		return jdbc.sql("SELECT " + nextValueOf(sequence) + (vendor == Vendor.HSQLDB ? " FROM (VALUES (0))" : ""))
			.query(Long.class)
			.single();
	}

	private static Vendor vendorOf(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource,
					DatabaseMetaData::getDatabaseProductName);
			if (product.startsWith("HSQL")) {
				return Vendor.HSQLDB;
			}
			if (product.startsWith("PostgreSQL")) {
				return Vendor.POSTGRESQL;
			}
			throw new IllegalStateException("Unsupported database: " + product + " (HSQLDB or PostgreSQL)");
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot reach the database", ex);
		}
	}
}
