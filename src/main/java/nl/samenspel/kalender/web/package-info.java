@org.jspecify.annotations.NullMarked
package nl.samenspel.kalender.web;
