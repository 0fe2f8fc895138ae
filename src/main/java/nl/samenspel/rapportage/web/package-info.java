@org.jspecify.annotations.NullMarked
package nl.samenspel.rapportage.web;
