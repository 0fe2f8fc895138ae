package nl.samenspel.account.web;

import nl.samenspel.account.AccountAanvraag;

/**
 * A request as a page shows it: with the municipality's name, the samenwerking's title (when the reader may see it),
 * the requester's display name and, while it is open, the proposed user name.
 */
public record AanvraagWeergave(
        AccountAanvraag aanvraag,
        String gemeenteNaam,
        String samenwerkingTitel,
        String aangevraagdDoor,
        String voorstel) {}
