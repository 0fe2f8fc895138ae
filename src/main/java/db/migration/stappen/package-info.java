/** Java Flyway migrations owned by module stappen. */
@org.jspecify.annotations.NullMarked
package db.migration.stappen;
