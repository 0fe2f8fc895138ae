@org.jspecify.annotations.NullMarked
package nl.samenspel.raad.web;
