/** The REST API (*Api) and pages (*Paginas) of module vorm, with their form records and page models. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.vorm.web;
