package nl.samenspel.verkenning.web;

import nl.samenspel.verkenning.SamenwerkingTaak;

/** A task on the tasks page, with what the signed-in user may do with it (per {@link nl.samenspel.verkenning.VerkenningRechten}). */
public record TaakRij(SamenwerkingTaak taak, boolean wijzigen, boolean verwijderen) {}
