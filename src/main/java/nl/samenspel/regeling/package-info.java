/**
 * What the regeling must contain once a form is chosen (Wgr art. 9 and 10 and the 2022 amendments): a checklist per
 * samenwerking, each item with its legal basis, marked as arranged with a reference to the draft regeling; per
 * municipality the raad's toestemming and zienswijze as dated decisions; and what each council can do under the
 * chosen form. {@link nl.samenspel.regeling.RegelingFeiten} gives the check what it needs in bulk.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Regeling",
        allowedDependencies = {"audit", "gemeente", "platform", "samenwerking", "security", "vorm"})
@org.jspecify.annotations.NullMarked
package nl.samenspel.regeling;
