/** The named checks of the golden-rules check, one class per rule. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.toets.controles;
