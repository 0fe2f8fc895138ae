package nl.samenspel.samenwerking.web;

import nl.samenspel.platform.Indicator;
import nl.samenspel.samenwerking.Samenwerking;
import org.jspecify.annotations.Nullable;

/** One samenwerking on the start page, with its check status when known. */
public record StartRegel(
        Samenwerking samenwerking, @Nullable Indicator toets) {}
