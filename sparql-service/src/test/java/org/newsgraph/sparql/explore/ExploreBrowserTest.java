package org.newsgraph.sparql.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.sparql.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pictures of an entity page in a real headless Chromium, over {@link Summits}' stories:
 * the neighbourhood of the Northern Coastguard (200 of its 201 delegates) and its timeline are drawn,
 * the filters hide what they should, and a click on a node opens that delegate's page.
 * Screenshots go to {@code target/screenshots/}.
 * <p>
 * Uses Debian's {@code chromium} and {@code chromium-driver}; without them the test is skipped,
 * saying what to install.
 */
@QuarkusTest
@WithTestResource(ExploreStore.class)
class ExploreBrowserTest extends BrowserTest {
    private static final String DRAWN = "return window.newsgraphPictures && window.newsgraphPictures.graph.nodes().length";

    @Test
    void anEntityPageDrawsItsNeighbourhoodAndAClickOpensANeighbour() throws IOException {
        browser.get(root + "id/organisation/northern-coastguard");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> Long.valueOf(201).equals(script(DRAWN)));
        assertFalse(browser.findElements(By.cssSelector("#graph canvas")).isEmpty(), "the graph is drawn on a canvas");
        assertFalse(browser.findElements(By.cssSelector("#timeline canvas")).isEmpty(), "so is the timeline");
        assertEquals(67L, script("return window.newsgraphPictures.events.nodes('.event').length"));
        assertEquals("200 of 200 neighbours, 67 of 67 events (the 200 most connected of 201)", status());
        WebElement graph = browser.findElement(By.id("graph"));
        scrollTo(graph);
        screenshot("explore-neighbourhood.png");
        scrollTo(browser.findElement(By.id("timeline")));
        screenshot("explore-timeline.png");
        scrollTo(graph);

        // Filters: without "met", the 69 delegates met are hidden; a three-day range keeps 9 neighbours, 3 events.
        browser.findElement(By.cssSelector("#relation-filter input[value='met']")).click();
        assertEquals("131 of 200 neighbours, 67 of 67 events (the 200 most connected of 201)", status());
        browser.findElement(By.cssSelector("#relation-filter input[value='met']")).click();
        setDate("time-from", "2025-04-01");
        setDate("time-to", "2025-04-03");
        assertEquals("9 of 200 neighbours, 3 of 67 events (the 200 most connected of 201)", status());
        screenshot("explore-filtered.png");
        browser.findElement(By.id("time-reset")).click();
        assertEquals("200 of 200 neighbours, 67 of 67 events (the 200 most connected of 201)", status());

        // A click on a node, where it is drawn, opens that entity's page.
        String delegate = Summits.iri("id/person/aino-berg");
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) script(
                "return window.newsgraphPictures.graph.getElementById(arguments[0]).renderedPosition()", delegate);
        int dx = (int) Math.round(at.get("x").doubleValue() - graph.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
        wait.until(ExpectedConditions.textToBe(By.id("title"), "Aino Berg"));
        assertTrue(browser.getCurrentUrl().endsWith("/id/person/aino-berg"), browser.getCurrentUrl());
    }

    @Test
    void theExplorationPageOfAPersonShowsTimelineNeighboursAndPictures() throws IOException {
        browser.get(root + "explore/entity?entity=" + ExploreLinks.encoded(Summits.iri("id/person/karl-brandt")));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> Long.valueOf(5).equals(script(DRAWN)));
        assertEquals(4, browser.findElements(By.cssSelector("#timeline-table tbody tr")).size());
        assertTrue(browser.findElement(By.id("neighbours")).getText().contains("met (2)"),
                browser.findElement(By.id("neighbours")).getText());
        screenshot("explore-person.png");
        browser.get(root + "explore/story?story=" + ExploreLinks.encoded(Summits.iri("id/story/border-dispute")));
        assertEquals("Harbour talks", browser.findElement(By.cssSelector("#storyline tbody tr:nth-child(2) .also-in a"))
                .getText());
        screenshot("explore-storyline.png");
    }

    private static Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static String status() {
        return browser.findElement(By.id("picture-status")).getText();
    }

    /** Sets a date input as a person's choice would: the value, then its change event. */
    private static void setDate(String id, String value) {
        script("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + "input.dispatchEvent(new Event('change'));", id, value);
    }

    private static void scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
