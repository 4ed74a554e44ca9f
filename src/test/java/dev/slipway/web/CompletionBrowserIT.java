package dev.slipway.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonCatalog;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.lesson.LessonRenderer;
import dev.slipway.notebook.CompletionService;
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

/** Code completion in a Java cell's editor, in a real browser, with the cell then run in a real sandbox. */
@ExtendWith(TestEngine.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionBrowserIT {

    private static final long MIB = 1024L * 1024;
    private static final Path LESSONS = Path.of("src/test/resources/notebook-lessons");
    private static final By CANDIDATES = By.cssSelector(".completions [role=option]");

    @TempDir
    Path state;

    private SandboxPool pool;
    private final CompletionService completions = new CompletionService();
    private ProgressStore progress;
    private SessionManager sessions;
    private WebServer server;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeAll
    void startPool(TestEngine engine) {
        SandboxLimits limits = new SandboxLimits(768 * MIB, 512, 1024, 384 * MIB, Duration.ofSeconds(60), MIB);
        pool = new SandboxPool(engine.factory(limits), 1, message -> System.out.println("[pool] " + message)).start();
    }

    @AfterAll
    void stopPool() {
        completions.close();
        pool.close();
    }

    @BeforeEach
    void startServer() {
        progress = ProgressStore.open(state.resolve("progress"));
        sessions = new SessionManager(pool::acquire, LessonRunner.of(new BlockRunner()), progress, Duration.ofMinutes(5),
                Clock.systemUTC());
        LessonCatalog catalog = LessonCatalog.load(LESSONS, new LessonParser(),
                new LessonLinter(new LessonParser(), new AssertionParser(), code -> List.of()));
        server = new WebServer(catalog, new LessonRenderer(), sessions, completions, new Access(Access.randomToken()),
                WebOptions.of("127.0.0.1", 0, Path.of("web"))).start();
    }

    @AfterEach
    void stopServer() {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
        server.close();
        sessions.close();
        progress.close();
    }

    /** A learner's browser on the lesson, with the Java cell's editor emptied and focused. */
    private WebElement emptyEditor() {
        ChromeDriver browser = Chrome.open();
        browsers.add(browser);
        browser.get(server.address());
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-lesson='notebook'] .lesson-title"))).click();
        WebElement editor = waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".block[data-kind='java'] textarea")));
        editor.clear();
        return editor;
    }

    private ChromeDriver browser() {
        return browsers.get(browsers.size() - 1);
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    private List<String> candidatesShown() {
        return waitFor(browser()).until(d -> {
            List<String> shown = d.findElements(CANDIDATES).stream().map(WebElement::getText).toList();
            return shown.isEmpty() ? null : shown;
        });
    }

    private String selected() {
        return browser().findElement(By.cssSelector(".completions [aria-selected=true]")).getText();
    }

    @Test
    void listsTheDockerClientsMethodsOnCtrlSpaceAndPutsTheOnePickedWithEnterInPlace() {
        WebElement editor = emptyEditor();

        editor.sendKeys("docker.list");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
        List<String> shown = candidatesShown();
        Chrome.screenshot(browser(), "completion");
        assertThat(shown).contains("listImagesCmd()", "listContainersCmd()").allMatch(c -> c.startsWith("list"));
        for (int i = 0; i < shown.size() && !selected().equals("listImagesCmd()"); i++) {
            editor.sendKeys(Keys.ARROW_DOWN);
        }
        editor.sendKeys(Keys.ENTER);

        assertThat(editor.getAttribute("value")).isEqualTo("docker.listImagesCmd()");
        assertThat(browser().findElement(By.cssSelector(".completions")).isDisplayed()).isFalse();
        assertThat(editor.findElement(By.xpath("ancestor::div[contains(@class,'block')]")).getAttribute("class"))
                .contains("edited");
    }

    @Test
    void escapeClosesTheListAndLeavesTheTextAsTyped() {
        WebElement editor = emptyEditor();

        editor.sendKeys("docker.ping");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
        assertThat(candidatesShown()).contains("pingCmd()");
        editor.sendKeys(Keys.ESCAPE);

        assertThat(browser().findElement(By.cssSelector(".completions")).isDisplayed()).isFalse();
        assertThat(editor.getAttribute("value")).isEqualTo("docker.ping");
    }

    @Test
    void putsAClickedCandidateInPlaceAndTheCompletedCellRuns() {
        WebElement editor = emptyEditor();
        WebElement block = editor.findElement(By.xpath("ancestor::div[contains(@class,'block')]"));

        editor.sendKeys("String greeting = \"hello\";", Keys.ENTER, "greeting.len");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
        assertThat(candidatesShown()).containsExactly("length()");
        browser().findElement(CANDIDATES).click();
        assertThat(editor.getAttribute("value")).isEqualTo("String greeting = \"hello\";\ngreeting.length()");
        editor.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));

        WebElement verdict = block.findElement(By.cssSelector(".verdict"));
        waitFor(browser()).until(d -> !verdict.getText().isEmpty() && !verdict.getText().startsWith("running"));
        assertThat(verdict.getText()).as(block.getText()).startsWith("passed");
        assertThat(block.findElement(By.cssSelector(".output")).getText()).contains("5");
    }
}
