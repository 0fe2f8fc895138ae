@org.jspecify.annotations.NullMarked
package nl.samenspel.afspraken.web;
