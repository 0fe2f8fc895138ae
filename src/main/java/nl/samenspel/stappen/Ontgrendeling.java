package nl.samenspel.stappen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.samenwerking.BesluitOrgaan;
import org.jspecify.annotations.Nullable;

/**
 * The form step opened early by the regisseur, with the reason and what was missing then. {@code door} and
 * {@code op}: who recorded it and when; {@code datum}: the day it was decided; {@code besluitOrgaan}: who decided.
 */
public record Ontgrendeling(
        String reden,
        List<String> ontbrak,
        String door,
        Instant op,
        LocalDate datum,
        @Nullable BesluitOrgaan besluitOrgaan) {}
