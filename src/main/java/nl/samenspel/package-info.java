/** Samenspel: the application class; every module is a sub-package. */
@org.jspecify.annotations.NullMarked
package nl.samenspel;
