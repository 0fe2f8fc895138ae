/** The governance designer's REST API and pages. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.bestuur.web;
