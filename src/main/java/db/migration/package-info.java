/** Java Flyway migrations and their shared helpers; the SQL migrations live in src/main/resources/db/migration. */
@org.jspecify.annotations.NullMarked
package db.migration;
