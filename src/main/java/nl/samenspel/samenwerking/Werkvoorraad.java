package nl.samenspel.samenwerking;

import java.util.List;

/**
 * What a samenwerking still waits for in one module's area, contributed as a bean by that module (verkenning:
 * positions; stappen: steps to discuss; ...), so this module can say "what is next and who it waits for" on the
 * start page and the samenwerking page without depending on the others. Answers for the samenwerking as a whole,
 * regardless of who asks; the caller filters for the viewer. Must never reveal the content of a confidential
 * position (a punt says that something is missing or to be confirmed, never what it says).
 */
public interface Werkvoorraad {

    List<OpenPunt> open(Samenwerking samenwerking);
}
