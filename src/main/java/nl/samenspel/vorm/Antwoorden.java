package nl.samenspel.vorm;

import org.jspecify.annotations.Nullable;

/**
 * The regisseur's answers to the questions of the form advice; null is "not answered yet" (the advice then marks
 * the criterion as open, it never guesses).
 *
 * @param personeel staff moves to the shared organisation
 * @param vermogen assets or contracts move to it
 * @param heffingen regulatory powers or levies are to be transferred
 * @param alleenBedrijfsvoering the task is business operations only (no policy, no decisions towards inhabitants)
 * @param maatwerk each participant wants its own, custom service
 * @param risico the financial risk of the task
 */
public record Antwoorden(
        @Nullable Boolean personeel,
        @Nullable Boolean vermogen,
        @Nullable Boolean heffingen,
        @Nullable Boolean alleenBedrijfsvoering,
        @Nullable Boolean maatwerk,
        @Nullable Risico risico) {

    public static final Antwoorden GEEN = new Antwoorden(null, null, null, null, null, null);

    /** How many of the six questions are still unanswered. */
    public int open() {
        int n = 0;
        for (Object o :
                new @Nullable Object[] {personeel, vermogen, heffingen, alleenBedrijfsvoering, maatwerk, risico}) {
            if (o == null) {
                n++;
            }
        }
        return n;
    }
}
