package nl.samenspel.verkenning.web;

import java.util.List;

/** Options of a {@code <select>}, grouped ({@code <optgroup>}). */
public record Keuzelijst(List<Groep> groepen) {

    public record Groep(String naam, List<Optie> opties) {}

    public record Optie(String waarde, String label, boolean gekozen) {}
}
