package nl.samenspel.samenwerking;

import java.util.List;

/**
 * Which steps had been discussed by only some parties at a given moment; recorded with every phase
 * transition. Implemented by the module that keeps the steps (optional: without it nothing is recorded).
 */
public interface BesprekingStand {

    /**
     * Gets the samenwerking itself, so the implementing module need not call back into this one
     * (samenwerking → stappen only, never samenwerking → stappen → samenwerking).
     */
    List<String> deelsBesproken(Samenwerking samenwerking);
}
