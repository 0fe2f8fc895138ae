/** The REST API (*Api) and pages (*Paginas) of module toets, with their form records and page models. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.toets.web;
