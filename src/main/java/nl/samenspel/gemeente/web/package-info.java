/** The REST API (*Api) and pages (*Paginas) of module gemeente, with their form records and page models. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.gemeente.web;
