package db.migration.stappen;

import db.migration.Modulegrens;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The rows of the steps no longer cascade from {@code samenwerking} (ADR 0012): this module deletes them when samenwerking publishes
 * {@code SamenwerkingVerwijderd}. In Java because the inline keys have no name of their own (see
 * {@link Modulegrens}).
 */
public class V202611290841__stappen_zonder_cascade_van_samenwerking extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Modulegrens.verwijderSleutels(
                context.getConnection(),
                "samenwerking",
                Set.of(
                        "doel",
                        "werkwijze",
                        "spanning",
                        "dynamiek",
                        "stap_besproken",
                        "vorm_ontgrendeling",
                        "besluit_uitstel"));
    }
}
