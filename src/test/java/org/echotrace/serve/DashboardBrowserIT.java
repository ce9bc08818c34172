package org.echotrace.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser (Debian's headless Chromium): every page loads without a console message,
 * search, a post with its copies, the graph and a click on a node, a CSV download, and the hostile fixture never
 * running anything in any view. Screenshots go to {@code target/screenshots/}. Skipped, with the reason, where
 * no browser is installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    static ServedCorpus corpus;
    static DashboardServer server;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        String why = Browser.unavailable();
        Assumptions.assumeTrue(why == null, why);
        ServeOptions o = ServeOptions.defaults(ServedSamples.dataDir()).withListen("127.0.0.1", 0);
        corpus = ServedCorpus.open(o);
        server = DashboardServer.start(o, corpus.queries(), corpus.ingester());
        base = "http://127.0.0.1:" + server.port();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
            corpus.close();
        }
    }

    /** Opens a page, waits for its script, checks the console and the hostile fixture, takes a screenshot. */
    static void visit(String path, String shot) throws Exception {
        browser.open(base + path);
        browser.awaitRendered();
        Thread.sleep(400); // charts draw on the next frame
        assertThat(browser.all("main .error")).as("error box on " + path).isEmpty();
        assertClean(path);
        browser.screenshot(shot);
    }

    static void assertClean(String where) {
        assertThat(browser.consoleProblems()).as("console on " + where).isEmpty();
        assertThat(browser.js("return window.__xss === undefined")).as("hostile script ran on " + where).isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.js("return Array.from(document.querySelectorAll('a[href]'))"
                + ".map(a => a.getAttribute('href'))");
        assertThat(hrefs).as("links on " + where).noneMatch(h -> h.trim().toLowerCase(java.util.Locale.ROOT)
                .startsWith("javascript:"));
        assertThat(browser.js("return document.querySelectorAll('main script, main img, main iframe, main svg').length"))
                .as("markup from content on " + where).isEqualTo(0L);
    }

    @Test
    @Order(1)
    void overviewLoads() throws Exception {
        visit("/", "overview");
        assertThat(browser.all(".stat")).hasSizeGreaterThan(3);
        assertThat(browser.all("canvas")).isNotEmpty();
    }

    @Test
    @Order(2)
    void searchShowsHitsMarksAndFacets() throws Exception {
        visit("/search?q=" + java.net.URLEncoder.encode("ОБСЕ", java.nio.charset.StandardCharsets.UTF_8), "search");
        assertThat(browser.all(".hit")).isNotEmpty();
        assertThat(browser.all(".hit mark")).isNotEmpty();
        assertThat(browser.all(".facet a")).isNotEmpty();
    }

    @Test
    @Order(3)
    void aPostShowsWhereElseItAppeared() throws Exception {
        visit("/", "overview-again");
        WebElement cluster = browser.find("table.list a[href^='/clusters/']");
        browser.open(cluster.getAttribute("href"));
        browser.awaitRendered();
        List<WebElement> copies = browser.all("table.list a[href^='/posts/']");
        assertThat(copies).hasSizeGreaterThan(1);
        browser.open(copies.get(copies.size() - 1).getAttribute("href"));
        browser.awaitRendered();
        Thread.sleep(400);
        assertClean("post");
        assertThat(browser.find(".card.copies").getText()).contains("Where else this appeared");
        assertThat(browser.all(".card.copies tbody tr")).hasSizeGreaterThan(1);
        assertThat(browser.all(".card.copies .tag.rel-origin")).isNotEmpty();
        assertThat(browser.all(".card.chain tbody tr")).isNotEmpty();
        browser.screenshot("post");
    }

    @Test
    @Order(4)
    void graphNodeOpensItsSource() throws Exception {
        visit("/graph", "graph");
        browser.find("#network[data-ready='true']");
        String node = (String) browser.js("return window.echotraceNetwork.body.data.nodes.getIds()[0];");
        // vis-network selects on a tap (a click at the node's position): use the browser's own click there
        org.openqa.selenium.Point at = pointOf(node);
        new org.openqa.selenium.interactions.Actions(browser.driver).moveToLocation(at.x, at.y)
                .pause(java.time.Duration.ofMillis(100)).clickAndHold().pause(java.time.Duration.ofMillis(40)).release()
                .perform();
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(
                browser.driver, java.time.Duration.ofSeconds(10));
        wait.until(d -> d.getCurrentUrl().contains("/sources/"));
        browser.awaitRendered();
        Thread.sleep(400);
        assertClean("source");
        browser.screenshot("source");
    }

    /** The node's position in the viewport. */
    static org.openqa.selenium.Point pointOf(String node) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) browser.js("const n = window.echotraceNetwork; n.fit({animation: false}); const p = n.canvasToDOM("
                + "n.getPositions([arguments[0]])[arguments[0]]); const r = document.querySelector('#network canvas')"
                + ".getBoundingClientRect(); return [r.left + p.x, r.top + p.y];", node);
        return new org.openqa.selenium.Point(xy.get(0).intValue(), xy.get(1).intValue());
    }

    @Test
    @Order(5)
    void csvDownloads() throws Exception {
        visit("/", "overview-csv");
        browser.find("a.csv").click();
        Path file = browser.awaitDownload();
        String csv = Files.readString(file);
        assertThat(file.getFileName().toString()).endsWith(".csv");
        assertThat(csv).startsWith("\uFEFF").contains("\r\n");
    }

    @Test
    @Order(6)
    void everyOtherPageLoadsAndTheHostilePostStaysText() throws Exception {
        visit("/search?q=onerror", "search-hostile");
        List<WebElement> hits = browser.all(".hit .title a");
        assertThat(hits).isNotEmpty();
        browser.open(hits.get(0).getAttribute("href"));
        browser.awaitRendered();
        Thread.sleep(400);
        assertClean("hostile post");
        assertThat(browser.find(".post-text").getText()).contains("<script>window.__xss=1</script>")
                .contains("onerror");
        browser.screenshot("post-hostile");
        String source = browser.find(".meta a[href^='/sources/']").getAttribute("href");
        visit(source.substring(base.length()), "source-hostile");
        visit("/entities/osce", "entity");
        visit("/ingest", "ingest");
        assertThat(browser.find("main").getText()).contains("read-only");
    }

    @Test
    @Order(7)
    void storyAndClusterPages() throws Exception {
        visit("/", "overview-3");
        String cluster = browser.find("table.list a[href^='/clusters/']").getAttribute("href");
        visit(cluster.substring(base.length()), "cluster");
        String post = browser.find("table.list a[href^='/posts/']").getAttribute("href");
        visit(post.substring(base.length()), "post-origin");
        String story = browser.find(".meta a[href^='/stories/']").getAttribute("href");
        visit(story.substring(base.length()), "story");
        assertThat(browser.all("table.list tbody tr")).isNotEmpty();
    }
}
