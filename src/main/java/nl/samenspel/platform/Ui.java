package nl.samenspel.platform;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template gets: texts, the CSRF token for its forms, the signed-in user and
 * the versioned asset URLs. Created per request by {@link UiAdvice}.
 */
public final class Ui {

    private final Teksten teksten;
    private final Assets assets;
    private final @Nullable CsrfToken csrf;
    private final String pad;
    private final @Nullable String gebruikersnaam;
    private final Set<String> rollen;
    private final @Nullable Indicator indicator;

    public Ui(
            Teksten teksten,
            Assets assets,
            @Nullable CsrfToken csrf,
            String pad,
            @Nullable String gebruikersnaam,
            Set<String> rollen,
            @Nullable Indicator indicator) {
        this.teksten = teksten;
        this.assets = assets;
        this.csrf = csrf;
        this.pad = pad;
        this.gebruikersnaam = gebruikersnaam;
        this.rollen = rollen;
        this.indicator = indicator;
    }

    public String t(Melding melding) {
        return teksten.t(melding);
    }

    public String t(String sleutel, Object... argumenten) {
        return teksten.t(sleutel, argumenten);
    }

    public @Nullable String fout(@Nullable Fouten fouten, String veld) {
        Fouten.Fout fout = fouten == null ? null : fouten.van(veld);
        return fout == null ? null : teksten.fout(fout);
    }

    public String fout(Fouten.Fout fout) {
        return teksten.fout(fout);
    }

    /** An amount for reading, in Dutch notation: {@code € 150.000,00}. */
    public String bedrag(java.math.BigDecimal bedrag) {
        return Bedrag.formatteer(bedrag);
    }

    public String asset(String naam) {
        return assets.url(naam);
    }

    public String csrfNaam() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public String pad() {
        return pad;
    }

    /** For navigation: is this menu item the current section? */
    public boolean actief(String prefix) {
        return pad != null && (pad.equals(prefix) || pad.startsWith(prefix + "/"));
    }

    public boolean ingelogd() {
        return gebruikersnaam != null;
    }

    public @Nullable String gebruikersnaam() {
        return gebruikersnaam;
    }

    public boolean heeftRol(String rol) {
        return rollen.contains(rol);
    }

    /** The golden-rules indicator of the samenwerking this page belongs to, or null. */
    public @Nullable Indicator indicator() {
        return indicator;
    }
}
