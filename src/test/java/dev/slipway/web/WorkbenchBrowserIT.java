package dev.slipway.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonCatalog;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.lesson.LessonRenderer;
import dev.slipway.progress.ProgressStore;
import dev.slipway.run.BlockRunner;
import dev.slipway.sandbox.SandboxLimits;
import dev.slipway.sandbox.SandboxPool;
import dev.slipway.sandbox.TestEngine;
import dev.slipway.session.LessonRunner;
import dev.slipway.session.SessionManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workbench in a real browser, running blocks in real sandboxes. */
@ExtendWith(TestEngine.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchBrowserIT {

    private static final long MIB = 1024L * 1024;
    private static final Path LESSONS = Path.of("src/test/resources/web-lessons");

    @TempDir
    Path state;

    private SandboxPool pool;
    private ProgressStore progress;
    private SessionManager sessions;
    private WebServer server;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeAll
    void startPool(TestEngine engine) {
        SandboxLimits limits = new SandboxLimits(768 * MIB, 512, 1024, 384 * MIB, Duration.ofSeconds(60), MIB);
        pool = new SandboxPool(engine.factory(limits), 2, message -> System.out.println("[pool] " + message)).start();
    }

    @AfterAll
    void stopPool() {
        pool.close();
    }

    @BeforeEach
    void startServer() {
        progress = ProgressStore.open(state.resolve("progress"));
        sessions = new SessionManager(pool::acquire, LessonRunner.of(new BlockRunner()), progress, Duration.ofMinutes(5),
                Clock.systemUTC());
        LessonCatalog catalog = LessonCatalog.load(LESSONS, new LessonParser(),
                new LessonLinter(new LessonParser(), new AssertionParser(), code -> List.of()));
        server = new WebServer(catalog, new LessonRenderer(), sessions, new dev.slipway.notebook.CompletionService(),
                new Access(Access.randomToken()),
                WebOptions.of("127.0.0.1", 0, Path.of("web"))).start();
    }

    @AfterEach
    void stopServer() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
        stopEverythingButThePool();
    }

    private void stopEverythingButThePool() {
        server.close();
        sessions.close();
        progress.close();
    }

    private ChromeDriver learner() {
        ChromeDriver browser = Chrome.open();
        browsers.add(browser);
        browser.get(server.address());
        return browser;
    }

    private static WebElement block(ChromeDriver browser, int index) {
        return browser.findElement(By.cssSelector(".block[data-block='" + index + "']"));
    }

    private static WebElement exercise(ChromeDriver browser) {
        return browser.findElement(By.cssSelector(".exercise[data-exercise='leave-a-mark']"));
    }

    private static void openLesson(ChromeDriver browser, String id) {
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-lesson='" + id + "'] .lesson-title"))).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".block textarea")));
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    private static String verdictOf(WebElement area) {
        return area.findElement(By.cssSelector(".verdict")).getText();
    }

    private static void runAndWait(ChromeDriver browser, WebElement area, String button) {
        area.findElement(By.xpath(".//button[text()='" + button + "']")).click();
        waitFor(browser).until(d -> !verdictOf(area).isEmpty() && !verdictOf(area).startsWith("running"));
    }

    @Test
    void showsTheCatalogueInOrderWithEachLessonsProgressAndProblems() {
        ChromeDriver browser = learner();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lesson-card")));

        List<String> titles = browser.findElements(By.cssSelector(".lesson-title")).stream().map(WebElement::getText).toList();
        Chrome.screenshot(browser, "catalogue");

        assertThat(titles).containsExactly("Hello, sandbox", "A container", "Broken on purpose");
        assertThat(browser.findElement(By.cssSelector("[data-lesson='hello'] .lesson-progress")).getText())
                .isEqualTo("0 of 4 blocks passed · 0 of 1 exercises solved");
        assertThat(browser.findElement(By.cssSelector("[data-lesson='broken'] .problems")).getText())
                .contains("front matter key 'timout' is not known");
        assertThat(browser.getCurrentUrl()).doesNotContain("token");
    }

    @Test
    void streamsABlocksOutputWhileItRunsWithColoursAndStderrAndNoMarkup() {
        ChromeDriver browser = learner();
        openLesson(browser, "hello");
        WebElement script = block(browser, 1);

        script.findElement(By.xpath(".//button[text()='Run']")).click();
        waitFor(browser).until(d -> script.findElement(By.cssSelector(".output")).getText().contains("line 1"));
        String whileRunning = verdictOf(script);
        waitFor(browser).until(d -> verdictOf(script).startsWith("passed"));
        Chrome.screenshot(browser, "lesson-with-output");

        WebElement output = script.findElement(By.cssSelector(".output"));
        assertThat(whileRunning).isEqualTo("running…");
        assertThat(output.getText()).contains("line 3", "green and plain", "a warning",
                "<img src=x onerror=\"document.title=1\"><script>document.title=2</script>");
        assertThat(output.findElement(By.cssSelector(".ansi-fg-32")).getText()).isEqualTo("green");
        assertThat(output.findElement(By.cssSelector(".stderr")).getText()).contains("a warning");
        assertThat(output.findElements(By.cssSelector("img, script"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Hello, sandbox · Slipway");
        assertThat(verdictOf(script)).matches("passed in \\d+\\.\\d s");
    }

    @Test
    void failsAnExercisesCheckWithTheReasonThenPassesItAfterTheSolution() {
        ChromeDriver browser = learner();
        openLesson(browser, "hello");
        WebElement exercise = exercise(browser);

        runAndWait(browser, exercise, "Check");
        assertThat(verdictOf(exercise)).startsWith("failed");
        assertThat(exercise.findElement(By.cssSelector(".message")).getText())
                .contains("mark.txt does not exist yet; make it with touch");

        exercise.findElement(By.xpath(".//button[text()='Hint']")).click();
        assertThat(block(browser, 5).isDisplayed()).isTrue();
        exercise.findElement(By.xpath(".//button[text()='Solution']")).click();
        WebElement solution = block(browser, 6);
        runAndWait(browser, solution, "Run");
        runAndWait(browser, exercise, "Check");

        assertThat(verdictOf(exercise)).startsWith("passed");
        assertThat(exercise.findElement(By.cssSelector(".solved-badge")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("progress")).getText()).contains("1 of 1 exercises solved");
    }

    @Test
    void runsTheBlocksAboveThenAnEditedBlockWithShiftEnterAndRestoresTheOriginal() {
        ChromeDriver browser = learner();
        openLesson(browser, "hello");
        WebElement script = block(browser, 3);
        WebElement editor = script.findElement(By.tagName("textarea"));

        script.findElement(By.xpath(".//button[text()='Run all blocks above']")).click();
        waitFor(browser).until(d -> verdictOf(block(browser, 2)).startsWith("passed"));
        assertThat(List.of(0, 1).stream().map(i -> verdictOf(block(browser, i)))).allMatch(v -> v.startsWith("passed"));
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(editor));

        editor.sendKeys(Keys.END, "echo edited by the learner");
        editor.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        waitFor(browser).until(d -> verdictOf(script).startsWith("passed"));

        assertThat(script.findElement(By.cssSelector(".output")).getText()).contains("hello from a file", "edited by the learner");
        script.findElement(By.xpath(".//button[text()='Restore original']")).click();
        assertThat(editor.getAttribute("value")).isEqualTo("cat notes/today.txt\n");
    }

    @Test
    void keepsProgressAcrossAReloadAndAServerRestart() {
        ChromeDriver browser = learner();
        openLesson(browser, "hello");
        runAndWait(browser, block(browser, 0), "Run");
        assertThat(verdictOf(block(browser, 0))).startsWith("passed");

        browser.navigate().refresh();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".block textarea")));
        assertThat(block(browser, 0).getAttribute("class")).contains("passed");

        stopEverythingButThePool();
        startServer();
        browser.get(server.address());
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lesson-card")));
        assertThat(browser.findElement(By.cssSelector("[data-lesson='hello'] .lesson-progress")).getText())
                .startsWith("1 of 4 blocks passed");
        openLesson(browser, "hello");
        assertThat(block(browser, 0).getAttribute("class")).contains("passed");
    }

    @Test
    void showsASecondLearnerNoneOfTheFirstOnesResults() {
        ChromeDriver first = learner();
        openLesson(first, "hello");
        runAndWait(first, block(first, 0), "Run");
        first.findElement(By.xpath("//button[text()='Solution']")).click();
        runAndWait(first, block(first, 6), "Run");
        runAndWait(first, exercise(first), "Check");
        assertThat(verdictOf(exercise(first))).startsWith("passed");

        ChromeDriver second = learner();
        openLesson(second, "hello");
        WebElement exercise = exercise(second);
        runAndWait(second, exercise, "Check");

        assertThat(block(second, 0).getAttribute("class")).doesNotContain("passed");
        assertThat(second.findElement(By.id("progress")).getText()).isEqualTo("0 of 4 blocks passed · 0 of 1 exercises solved");
        assertThat(verdictOf(exercise)).startsWith("failed");
    }
}
