/** Pages and REST API of the start of the running cooperation. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.overgang.web;
