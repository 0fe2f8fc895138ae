package nl.samenspel.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Headless Debian Chromium driven by Selenium, with axe-core run on every page visited.
 * Violations of impact serious or critical are collected and fail the test in {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    private static final String AXE = leesAxe();

    private final ChromeDriver driver;
    private final String basis;
    private final List<String> overtredingen = new ArrayList<>();
    private final List<String> bezocht = new ArrayList<>();

    public Browser(int port) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(programma("samenspel.chromium", "CHROMIUM", "/usr/bin/chromium"));
        try {
            o.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--window-size=1280,900",
                    "--lang=nl-NL",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profiel"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        File chromedriver = new File(programma("webdriver.chrome.driver", "CHROMEDRIVER", "/usr/bin/chromedriver"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, o);
        this.basis = "http://localhost:" + port;
    }

    /**
     * A browser path: the system property (set by Maven from chromium.path / chromedriver.path), else the
     * environment variable (for a run from an IDE), else Debian's path.
     */
    private static String programma(String eigenschap, String omgeving, String debian) {
        String waarde = System.getProperty(eigenschap);
        if (waarde == null || waarde.isBlank()) {
            waarde = System.getenv(omgeving);
        }
        return waarde == null || waarde.isBlank() ? debian : waarde;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page and checks it with axe. */
    public Browser open(String pad) {
        driver.get(basis + pad);
        controleer();
        return this;
    }

    public Browser inloggen(String gebruiker) {
        open("/inloggen");
        typ("gebruikersnaam", gebruiker);
        typ("wachtwoord", "samenspel");
        klikKnop("Inloggen");
        return this;
    }

    /** Types into the field with this name attribute (replacing its content). */
    public Browser typ(String naam, String tekst) {
        WebElement veld = driver.findElement(By.name(naam));
        veld.clear();
        veld.sendKeys(tekst);
        return this;
    }

    /** Clicks the button (or submit input) whose visible text is exactly this, then checks the new page. */
    public Browser klikKnop(String tekst) {
        WebElement knop = driver.findElement(By.xpath("//button[normalize-space(.)=" + xpathTekst(tekst)
                + "] | //input[@type='submit' and @value=" + xpathTekst(tekst) + "]"));
        knop.click();
        wachtTotGeladen();
        controleer();
        return this;
    }

    public Browser klikLink(String tekst) {
        driver.findElement(By.linkText(tekst)).click();
        wachtTotGeladen();
        controleer();
        return this;
    }

    public Browser vinkAan(String naam, String waarde) {
        WebElement vak = driver.findElement(By.cssSelector("input[name='" + naam + "'][value='" + waarde + "']"));
        if (!vak.isSelected()) {
            vak.click();
        }
        return this;
    }

    /** Chooses the option with this visible text in the select with this name attribute. */
    public Browser kies(String naam, String zichtbareTekst) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name(naam)))
                .selectByVisibleText(zichtbareTekst);
        return this;
    }

    public String tekst() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String titel() {
        return driver.getTitle();
    }

    public String pad() {
        return driver.getCurrentUrl().substring(basis.length());
    }

    public Path screenshot(String naam) {
        try {
            Path doel = Path.of("target", "screenshots", naam + ".png");
            Files.createDirectories(doel.getParent());
            Files.write(doel, driver.getScreenshotAs(OutputType.BYTES));
            return doel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot of the whole page, not only the window (for the documentation): the window grows to the page's
     * height for the picture and then returns to its size.
     */
    public Path screenshotHelePagina(String naam) {
        org.openqa.selenium.Dimension venster = driver.manage().window().getSize();
        Object hoogte = driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        int h = hoogte instanceof Number n ? n.intValue() : venster.getHeight();
        try {
            driver.manage()
                    .window()
                    .setSize(new org.openqa.selenium.Dimension(venster.getWidth(), Math.min(h + 200, 6000)));
            return screenshot(naam);
        } finally {
            driver.manage().window().setSize(venster);
        }
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA) on the current page and records serious and critical findings. */
    public Browser controleer() {
        String pagina = driver.getCurrentUrl();
        bezocht.add(pagina);
        driver.executeScript(AXE);
        Object resultaat = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var klaar = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa']})"
                                + ".then(function (r) { klaar(JSON.stringify(r.violations)); })"
                                + ".catch(function (e) { klaar(JSON.stringify([{id: 'axe-fout', impact: 'critical', description: String(e), nodes: []}])); });");
        JsonNode overtreding = Http.JSON.readTree(String.valueOf(resultaat));
        for (JsonNode v : overtreding) {
            String impact = v.path("impact").asString("");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                List<String> plekken = new ArrayList<>();
                v.path("nodes").forEach(n -> plekken.add(n.path("html").asString("")));
                overtredingen.add(pagina + " — " + v.path("id").asString() + " (" + impact + "): "
                        + v.path("description").asString() + " " + plekken);
            }
        }
        return this;
    }

    public List<String> bezochtePaginas() {
        return List.copyOf(bezocht);
    }

    private void wachtTotGeladen() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() {
        try {
            assertThat(overtredingen)
                    .as("axe-core: ernstige of kritieke toegankelijkheidsproblemen")
                    .isEmpty();
        } finally {
            driver.quit();
        }
    }

    private static String xpathTekst(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }

    private static String leesAxe() {
        try {
            return Files.readString(Path.of("node_modules", "axe-core", "axe.min.js"));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core ontbreekt: draai eerst de Maven-build (npm ci)", e);
        }
    }
}
