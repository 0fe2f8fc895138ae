/** Pages and REST API of the money per municipality. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.financien.web;
