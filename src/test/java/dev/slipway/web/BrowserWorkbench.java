package dev.slipway.web;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench for tests in a real browser, on real sandboxes: a pool of two sandboxes for the
 * test class, and for each test a fresh progress store, learners' sessions and web server serving
 * one folder of lessons, and the learners' browsers, quit after it. Register it on a static field:
 * {@code @RegisterExtension static final BrowserWorkbench workbench = new BrowserWorkbench(LESSONS);}
 */
final class BrowserWorkbench implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final long MIB = 1024L * 1024;

    private final Path lessons;
    private final List<ChromeDriver> browsers = new ArrayList<>();
    private SandboxPool pool;
    private Path state;
    private ProgressStore progress;
    private SessionManager sessions;
    private WebServer server;
    private CompletionService completions;

    BrowserWorkbench(Path lessons) {
        this.lessons = lessons;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SandboxLimits limits = new SandboxLimits(768 * MIB, 512, 1024, 384 * MIB, Duration.ofSeconds(60), MIB);
        pool = new SandboxPool(TestEngine.of(context).factory(limits), 2, message -> System.out.println("[pool] " + message))
                .start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        pool.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        state = Files.createTempDirectory("slipway-browser-");
        startServer();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        browsers.forEach(ChromeDriver::quit);
        browsers.clear();
        stopServer();
        try (Stream<Path> files = Files.walk(state)) {
            files.sorted(Comparator.reverseOrder()).forEach(BrowserWorkbench::delete);
        }
    }

    private void startServer() {
        progress = ProgressStore.open(state.resolve("progress"));
        sessions = new SessionManager(pool::acquire, LessonRunner.of(new BlockRunner()), progress, Duration.ofMinutes(5),
                Clock.systemUTC());
        LessonCatalog catalog = LessonCatalog.load(lessons, new LessonParser(),
                new LessonLinter(new LessonParser(), new AssertionParser(), code -> List.of()));
        completions = new CompletionService();
        server = new WebServer(catalog, new LessonRenderer(), sessions, completions, new Access(Access.randomToken()),
                WebOptions.of("127.0.0.1", 0, Path.of("web"))).start();
    }

    private void stopServer() {
        server.close();
        completions.close();
        sessions.close();
        progress.close();
    }

    /** Stops the server, the sessions and the progress store and starts them again on the same progress; the pool stays. */
    void restartServer() {
        stopServer();
        startServer();
    }

    /** The server's address with its access token, as {@code serve} prints it. */
    String address() {
        return server.address();
    }

    /** The address of a page of the server, without the access token. */
    String page(String path) {
        return server.address().replaceFirst("/\\?token=.*", path);
    }

    /** A new learner's browser on the catalogue, let in by the address with the token; quit after the test. */
    ChromeDriver learner() {
        ChromeDriver browser = Chrome.open();
        browsers.add(browser);
        browser.get(server.address());
        return browser;
    }

    static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    /** The lesson page's block number {@code index}. */
    static WebElement block(ChromeDriver browser, int index) {
        return browser.findElement(By.cssSelector(".block[data-block='" + index + "']"));
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
