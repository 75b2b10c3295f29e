package org.newsgraph.sparql.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.BrowserTest;
import org.newsgraph.sparql.TestStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query page and the linked-data pages in a real headless Chromium: pick a saved query,
 * run it, see its rows; complete a prefix; open an entity and follow a link to a post.
 * Screenshots go to {@code target/screenshots/}.
 * <p>
 * Uses Debian's {@code chromium} and {@code chromium-driver} (installed by {@code .ci/run});
 * both paths are given to Selenium, so it neither looks for nor downloads a driver or browser.
 * Without them the test is skipped, saying what to install.
 */
@QuarkusTest
@WithTestResource(TestStore.class)
class QueryPageBrowserTest extends BrowserTest {

    @Test
    void aSavedQueryRunsAndItsRowsFillTheTable() throws IOException {
        browser.get(root.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#editor .cm-content")));
        new Select(browser.findElement(By.id("saved"))).selectByValue("meetings");
        assertTrue(editorText().contains("ng:Meeting"), "the saved query is in the editor");
        browser.findElement(By.id("run")).click();
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results table")));
        assertEquals(1, table.findElements(By.cssSelector("tbody tr")).size());
        assertTrue(table.getText().contains("Ines Varga"), table.getText());
        assertTrue(table.getText().contains("Ines Varga met the Seafarers' Union at the port."), table.getText());
        assertEquals("1 row", browser.findElement(By.id("status")).getText().replaceAll(" in .*", ""));
        screenshot("query-page.png");

        // A prefix completes, and its declaration is added to the query.
        WebElement editor = browser.findElement(By.cssSelector("#editor .cm-content"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "sch");
        WebElement completion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".cm-tooltip-autocomplete")));
        assertTrue(completion.getText().contains("schema:"), completion.getText());
        screenshot("query-completion.png");
        editor.sendKeys(Keys.ENTER);
        wait.until(d -> editorText().startsWith("PREFIX schema: <https://schema.org/>"));
    }

    @Test
    void anEntityPageLinksToThePostsOfItsEvents() throws IOException {
        browser.get(root + "id/person/ines-varga");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        assertEquals("Ines Varga", browser.findElement(By.id("title")).getText());
        assertTrue(browser.findElement(By.id("roles")).getText().contains("Transport Minister of Freedonia"));
        screenshot("entity-page.png");
        browser.findElement(By.cssSelector(".evidence cite a")).click();
        wait.until(ExpectedConditions.textToBe(By.id("title"), "Minister meets union"));
        assertTrue(browser.getCurrentUrl().startsWith(root + "id/post/ferry-strike/"), browser.getCurrentUrl());
        screenshot("post-page.png");
    }

    private String editorText() {
        return (String) browser.executeScript(
                "return [...document.querySelectorAll('#editor .cm-line')].map(l => l.textContent).join('\\n')");
    }
}
