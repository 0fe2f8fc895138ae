package nl.samenspel.gesprek;

/**
 * A probing question of the question bank: for which kind of agenda item, its text, its place among the questions
 * of that kind.
 *
 * @param id negative for a question of the default set while the samenwerking has not changed its bank (the first
 *     change makes the set its own; the question keeps its place)
 * @param versie 0 for a question of the default set
 */
public record Vraag(long id, Agendasoort soort, String tekst, int volgorde, long versie) {

    public boolean standaard() {
        return id < 0;
    }
}
