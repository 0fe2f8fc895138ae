/** The REST API and pages of the samenwerkingsscan. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.scan.web;
