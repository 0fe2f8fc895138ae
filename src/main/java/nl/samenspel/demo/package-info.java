/**
 * The demo set-up of the embedded default: demo accounts and the fictional practice case
 * (oefencasus), created on first start when {@code samenspel.demo.enabled=true}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {
            "account",
            "afspraken",
            "bestuur",
            "evaluatie",
            "financien",
            "gedoe",
            "gemeente",
            "gesprek",
            "kalender",
            "overgang",
            "platform",
            "rapportage",
            "regeling",
            "samenwerking",
            "scan",
            "security",
            "stappen",
            "toets",
            "verkenning",
            "vorm"
        })
@org.jspecify.annotations.NullMarked
package nl.samenspel.demo;
