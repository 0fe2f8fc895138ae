/** Java Flyway migrations owned by module toets. */
@org.jspecify.annotations.NullMarked
package db.migration.toets;
