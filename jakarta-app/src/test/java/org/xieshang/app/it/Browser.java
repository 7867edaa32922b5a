package org.xieshang.app.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through ChromeDriver, with what it takes to work PrimeFaces' widgets the
 * way a user does: open the menu, click the item.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;

    Browser(URL deployment) {
        ChromeOptions options = new ChromeOptions();
        chromium().ifPresent(options::setBinary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000", "--lang=zh-CN");
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        if (Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            service.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile());
        }
        this.driver = new ChromeDriver(service.build(), options);
        // localhost, not the address Arquillian reports: browsers keep Secure session cookies over plain HTTP only there.
        String local = deployment.toString().replace("//" + deployment.getHost() + ":", "//localhost:");
        this.base = local.endsWith("/") ? local : local + "/";
    }

    private static Optional<String> chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    void open(String page) {
        driver.get(base + page);
    }

    /** Signs in through the login form and waits for the page after it. */
    void signIn(String username, String password) {
        open("login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        find("loginForm:signIn").click();
        waitFor(d -> !d.getCurrentUrl().contains("login.xhtml") || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    WebElement find(String id) {
        return waitFor(d -> d.findElement(By.id(id)));
    }

    List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    String text(String id) {
        return find(id).getText();
    }

    /**
     * Types into a field, again if the text did not stay there: a date picker closing nearby takes the focus back for a
     * moment, and what was typed meanwhile goes to it.
     */
    void type(String id, String text) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            WebElement input = find(id);
            input.clear();
            input.sendKeys(text);
            if (text.equals(find(id).getAttribute("value"))) {
                return;
            }
        }
    }

    /** Types a day into a {@code p:datePicker}, as a user who knows the date does. */
    void typeDate(String id, String isoDate) {
        type(id + "_input", isoDate);
    }

    /**
     * Types a date and closes its calendar, which would otherwise cover the fields below it. The calendar heeds Escape
     * only once it has finished sliding open, and takes the focus back while it slides shut.
     */
    void typeDateAndClose(String id, String isoDate) {
        typeDate(id, isoDate);
        By calendar = By.id(id + "_panel");
        WebElement panel = waitFor(d -> !d.findElement(calendar).isDisplayed() || opened(d.findElement(calendar)) ? d.findElement(calendar) : null);
        if (panel.isDisplayed()) {
            find(id + "_input").sendKeys(Keys.ESCAPE);
            waitFor(d -> !d.findElement(calendar).isDisplayed());
        }
    }

    void click(String id) {
        waitFor(d -> {
            WebElement element = d.findElement(By.id(id));
            return element.isDisplayed() && element.isEnabled() ? element : null;
        }).click();
    }

    /** Clicks a table's column header by its title, which sorts by that column. */
    void sortBy(String tableId, String columnTitle) {
        waitFor(d -> d.findElement(By.xpath("//*[@id='" + tableId + "']//th[.//span[text()='" + columnTitle + "']]"))).click();
    }

    /**
     * Chooses an item of a {@code p:selectOneMenu} by its label, once its panel has finished sliding open (a click during
     * the slide lands beside the item); tries again if a click only closed another popup (a date picker's calendar)
     * instead of opening the menu, or was intercepted.
     */
    void choose(String menuId, String label) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!find(menuId + "_panel").isDisplayed()) {
                    click(menuId); // a click on an open menu would close it
                }
                WebDriverWait shortly = new WebDriverWait(driver, Duration.ofSeconds(5));
                shortly.ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                        .until(d -> opened(d.findElement(By.id(menuId + "_panel")))
                                ? d.findElements(By.cssSelector("[id='" + menuId + "_items'] li")).stream()
                                        .filter(li -> label.equals(li.getAttribute("data-label")) && li.isDisplayed()).findFirst().orElse(null)
                                : null)
                        .click();
                shortly.until(d -> d.findElement(By.id(menuId + "_label")).getText().equals(label) && !d.findElement(By.id(menuId + "_panel")).isDisplayed());
                return;
            } catch (TimeoutException | ElementNotInteractableException e) {
                if (attempt == 3) {
                    throw new TimeoutException("could not choose '" + label + "' in " + menuId + "; the page is kept in " + keepPage(), e);
                }
            }
        }
    }

    /** @return whether a PrimeFaces overlay panel is shown and its opening transition has ended */
    private static boolean opened(WebElement panel) {
        List<String> classes = List.of(panel.getAttribute("class").split("\\s+"));
        return panel.isDisplayed() && !classes.contains("ui-connected-overlay-enter") && !classes.contains("ui-connected-overlay-enter-active");
    }

    /** Picks an option of a {@code p:selectOneRadio} by its label. */
    void pick(String radioId, String label) {
        waitFor(d -> d.findElements(By.cssSelector("[id='" + radioId + "'] label")).stream()
                .filter(l -> label.equals(l.getText())).findFirst().orElse(null)).click();
    }

    /**
     * Waits for the condition; a timeout names the page and its messages, which is what one needs to see why. An element
     * read while the page is replaced may belong to the old document (Chrome's inspector then says so): asked again.
     */
    <T> T waitFor(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, PATIENCE).ignoring(NoSuchElementException.class)
                    .ignoring(StaleElementReferenceException.class).until(d -> {
                        try {
                            return condition.apply(d);
                        } catch (WebDriverException e) {
                            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                                return null;
                            }
                            throw e;
                        }
                    });
        } catch (TimeoutException e) {
            throw new TimeoutException("still waiting on " + driver.getCurrentUrl() + " showing " + messages() + " and next to fields "
                    + all(".ui-message-error").stream().map(WebElement::getText).toList() + "; the page is kept in " + keepPage(), e);
        }
    }

    /** Keeps the page as the browser shows it, for the reader of a failed test (CI keeps only the build's output). */
    private Path keepPage() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser-pages"));
            return Files.writeString(folder.resolve("page-" + System.currentTimeMillis() + ".html"), driver.getPageSource());
        } catch (IOException | WebDriverException e) {
            return Path.of("(not kept: " + e.getMessage() + ")");
        }
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** @return the session cookie's value, or null */
    String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** @return the session cookie as the browser keeps it, or null */
    Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    /** @return the texts of the page's global messages */
    List<String> messages() {
        return all(".ui-messages li, .ui-messages span.ui-messages-error-summary, .ui-messages span.ui-messages-warn-summary").stream()
                .map(WebElement::getText).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
