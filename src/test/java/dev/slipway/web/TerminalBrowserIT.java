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

/** The lesson page's terminal, sandbox panel and port links in a real browser, on real sandboxes. */
@ExtendWith(TestEngine.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalBrowserIT {

    private static final long MIB = 1024L * 1024;
    private static final Path LESSONS = Path.of("src/test/resources/terminal-lessons");
    private static final String PROMPT = "root@sandbox:/workspace#";

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
        server.close();
        sessions.close();
        progress.close();
    }

    /** A new learner's browser on the lesson page, with its terminal connected. */
    private ChromeDriver learnerOnLesson() {
        ChromeDriver browser = Chrome.open();
        browsers.add(browser);
        browser.get(server.address());
        browser.get(server.address().replaceFirst("/\\?token=.*", "/lessons/serve"));
        awaitPrompt(browser, 0);
        return browser;
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    private static String screen(ChromeDriver browser) {
        return browser.findElement(By.cssSelector("#terminal .xterm-rows")).getText();
    }

    /** Waits until the terminal shows at least {@code count} + 1 prompts, and returns how many it shows. */
    private static int awaitPrompt(ChromeDriver browser, int count) {
        waitFor(browser).until(d -> prompts(browser) > count);
        return prompts(browser);
    }

    private static int prompts(ChromeDriver browser) {
        return screen(browser).split(PROMPT, -1).length - 1;
    }

    private static void type(ChromeDriver browser, String line) {
        browser.findElement(By.cssSelector("#terminal .xterm-helper-textarea")).sendKeys(line, Keys.ENTER);
    }

    private static WebElement block(ChromeDriver browser, int index) {
        return browser.findElement(By.cssSelector(".block[data-block='" + index + "']"));
    }

    private static String startTheWebServer(ChromeDriver browser) {
        WebElement run = block(browser, 0);
        run.findElement(By.xpath(".//button[text()='Run']")).click();
        waitFor(browser).until(d -> run.findElement(By.cssSelector(".verdict")).getText().startsWith("passed"));
        return waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".sandbox-panel a.port-link"))).getAttribute("href");
    }

    @Test
    void typesDockerPsInTheTerminalAndSeesItsAnswer() {
        ChromeDriver browser = learnerOnLesson();

        type(browser, "docker ps");
        waitFor(browser).until(d -> screen(browser).contains("CONTAINER ID"));
        Chrome.screenshot(browser, "terminal");

        assertThat(screen(browser)).contains(PROMPT + " docker ps", "CONTAINER ID", "IMAGE", "STATUS");
        assertThat(browser.findElement(By.id("terminal-status")).getText()).isEqualTo("connected");
    }

    @Test
    void runsAnInteractiveBusyboxShellInTheTerminal() {
        ChromeDriver browser = learnerOnLesson();

        type(browser, "docker run -it --rm busybox sh");
        waitFor(browser).until(d -> screen(browser).contains("/ #"));
        type(browser, "echo hi");
        waitFor(browser).until(d -> screen(browser).lines().anyMatch(line -> line.strip().equals("hi")));
        type(browser, "exit");
        awaitPrompt(browser, 1);
        Chrome.screenshot(browser, "terminal-busybox");

        assertThat(screen(browser)).contains("BusyBox", "/ # echo hi", "/ # exit");
    }

    @Test
    void aTerminalBlocksRunButtonTypesItsCommandIntoTheTerminal() {
        ChromeDriver browser = learnerOnLesson();
        startTheWebServer(browser);

        block(browser, 1).findElement(By.xpath(".//button[text()='Run']")).click();

        waitFor(browser).until(d -> screen(browser).contains("web is Up"));
        assertThat(screen(browser)).contains("docker ps --format");
    }

    @Test
    void keepsATerminalAcrossAReloadWithANewShell() {
        ChromeDriver browser = learnerOnLesson();
        type(browser, "echo before > mark.txt");

        browser.navigate().refresh();
        awaitPrompt(browser, 0);
        type(browser, "cat mark.txt");

        waitFor(browser).until(d -> screen(browser).lines().anyMatch(line -> line.strip().equals("before")));
    }

    @Test
    void showsAContainerStartedByABlockInThePanelAndOpensItsPublishedPort() {
        ChromeDriver browser = learnerOnLesson();

        String link = startTheWebServer(browser);
        WebElement containers = browser.findElement(By.cssSelector(".sandbox-panel table.containers"));
        waitFor(browser).until(d -> containers.getText().contains("running") || containers.getText().contains("Up"));
        Chrome.screenshot(browser, "sandbox-panel");
        String row = containers.getText();
        browser.get(link);

        assertThat(row).contains("web", "busybox", "httpd -f -p 80 -h /www", "8080→80/tcp");
        assertThat(link).matches("http://127\\.0\\.0\\.1:\\d+/s/[0-9a-f]{16}/port/8080/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Served from the sandbox");
    }

    @Test
    void aSecondLearnerCannotOpenTheFirstLearnersPortLinkNorSeeTheirContainers() {
        ChromeDriver first = learnerOnLesson();
        String link = startTheWebServer(first);
        ChromeDriver second = learnerOnLesson();

        second.get(link);
        String refused = second.findElement(By.tagName("body")).getText();
        second.get(server.address().replaceFirst("/\\?token=.*", "/lessons/serve"));
        awaitPrompt(second, 0);
        type(second, "docker ps -a --format 'names: {{.Names}}.' | wc -l");
        waitFor(second).until(d -> screen(second).lines().anyMatch(line -> line.strip().equals("0")));

        assertThat(refused).contains("\"status\":404", "belongs to another learner");
    }
}
