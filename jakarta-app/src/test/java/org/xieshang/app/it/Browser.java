package org.xieshang.app.it;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
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
        this.base = deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/";
    }

    private static Optional<String> chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    void open(String page) {
        driver.get(base + page);
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

    void type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Types a day into a {@code p:datePicker}, as a user who knows the date does. */
    void typeDate(String id, String isoDate) {
        type(id + "_input", isoDate);
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

    /** Chooses an item of a {@code p:selectOneMenu} by its label. */
    void choose(String menuId, String label) {
        click(menuId);
        waitFor(d -> d.findElements(By.cssSelector("[id='" + menuId + "_items'] li")).stream()
                .filter(li -> label.equals(li.getAttribute("data-label")) && li.isDisplayed())
                .findFirst().orElse(null)).click();
        waitFor(d -> d.findElement(By.id(menuId + "_label")).getText().equals(label) && !d.findElement(By.id(menuId + "_panel")).isDisplayed());
    }

    /** Picks an option of a {@code p:selectOneRadio} by its label. */
    void pick(String radioId, String label) {
        waitFor(d -> d.findElements(By.cssSelector("[id='" + radioId + "'] label")).stream()
                .filter(l -> label.equals(l.getText())).findFirst().orElse(null)).click();
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
