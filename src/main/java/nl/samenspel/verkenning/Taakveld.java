package nl.samenspel.verkenning;

/** An Iv3 taakveld as valid from {@code geldigVanaf} (and up to {@code geldigTot}, null when still valid). */
public record Taakveld(int geldigVanaf, Integer geldigTot, String code, String naam, String hoofdtaakveld) {

    public String label() {
        return code + " " + naam;
    }
}
