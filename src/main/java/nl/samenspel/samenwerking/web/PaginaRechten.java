package nl.samenspel.samenwerking.web;

/**
 * What the samenwerking page offers the signed-in user, as decided by
 * {@link nl.samenspel.samenwerking.SamenwerkingRechten}: the page shows no button for what would be refused.
 */
public record PaginaRechten(
        boolean regisseur,
        boolean bewerken,
        boolean archiveren,
        boolean dearchiveren,
        boolean oefeningVerwijderen,
        boolean historie) {}
