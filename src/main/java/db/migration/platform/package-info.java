/** Java Flyway migrations owned by module platform. */
@org.jspecify.annotations.NullMarked
package db.migration.platform;
