/** The REST API and pages of evaluation and exit. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.evaluatie.web;
