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
            "gedoe",
            "gemeente",
            "overgang",
            "platform",
            "regeling",
            "samenwerking",
            "security",
            "stappen",
            "toets",
            "verkenning",
            "vorm"
        })
@org.jspecify.annotations.NullMarked
package nl.samenspel.demo;
