package nl.samenspel.toets;

/** How much a finding weighs: worth a conversation (AANDACHT) or likely to derail the cooperation (RISICO). */
public enum Ernst {
    AANDACHT,
    RISICO
}
