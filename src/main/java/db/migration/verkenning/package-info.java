/** Java Flyway migrations owned by module verkenning. */
@org.jspecify.annotations.NullMarked
package db.migration.verkenning;
