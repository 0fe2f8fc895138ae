/** Pages and REST API of the gedoelog. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.gedoe.web;
