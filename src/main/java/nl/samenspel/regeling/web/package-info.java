@org.jspecify.annotations.NullMarked
package nl.samenspel.regeling.web;
