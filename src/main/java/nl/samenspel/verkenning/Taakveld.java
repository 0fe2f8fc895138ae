package nl.samenspel.verkenning;

import org.jspecify.annotations.Nullable;

/** An Iv3 taakveld as valid from {@code geldigVanaf} (and up to {@code geldigTot}, null when still valid). */
public record Taakveld(int geldigVanaf, @Nullable Integer geldigTot, String code, String naam, String hoofdtaakveld) {

    public String label() {
        return code + " " + naam;
    }
}
