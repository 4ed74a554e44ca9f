package dev.slipway.cli;

import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonCatalog;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.notebook.CompletionService;
import dev.slipway.notebook.JavaSyntaxChecker;
import dev.slipway.notebook.Notebooks;
import dev.slipway.lesson.LessonRenderer;
import dev.slipway.lesson.ParsedLesson;
import dev.slipway.progress.ProgressStore;
import dev.slipway.run.BlockRunner;
import dev.slipway.sandbox.SandboxLimits;
import dev.slipway.sandbox.SandboxPool;
import dev.slipway.session.LessonRunner;
import dev.slipway.session.SessionManager;
import dev.slipway.web.Access;
import dev.slipway.web.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The running workbench, wired once for {@code serve}, {@code up} and {@code bench web}: the
 * sandbox pool, the progress store, the lesson catalogue, the Java notebook sessions, the
 * learners' sessions, code completion and the web server. Closing it stops them, last started first.
 */
final class Workbench implements AutoCloseable {

    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private final WebServer server;
    private final SandboxPool pool;

    private Workbench(Slipway slipway, ServeOptions serve, SandboxOptions sandbox, Path progressFile) {
        try {
            SandboxLimits limits = sandbox.limits();
            JavaSyntaxChecker java = own(new JavaSyntaxChecker());
            LessonCatalog catalog = LessonCatalog.load(serve.lessons, new LessonParser(),
                    new LessonLinter(new LessonParser(), new AssertionParser(), java));
            catalog.lessons().stream().filter(ParsedLesson::hasErrors).forEach(parsed -> Console.info("lesson '"
                    + parsed.lesson().id() + "' has problems, shown in the catalogue: " + parsed.problems().get(0).format()));
            pool = own(new SandboxPool(slipway.sandboxFactory(limits), sandbox.poolSize, Console::info).start());
            ProgressStore progress = own(ProgressStore.open(progressFile));
            Notebooks notebooks = own(new Notebooks(limits.outputCap()));
            SessionManager sessions = own(new SessionManager(pool::acquire,
                    LessonRunner.of(new BlockRunner(limits.outputCap(), notebooks)), progress, serve.idle(),
                    Clock.systemUTC()).start());
            Access access = new Access(serve.token.isEmpty() ? Access.randomToken() : serve.token);
            CompletionService completions = own(new CompletionService());
            server = own(new WebServer(catalog, new LessonRenderer(), sessions, completions, access, serve.web()).start());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts the workbench with its progress in {@code progressFile}; on failure, stops what it started.
     */
    static Workbench start(Slipway slipway, ServeOptions serve, SandboxOptions sandbox, Path progressFile) {
        try {
            Files.createDirectories(progressFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the folder of " + progressFile + ": " + e.getMessage(), e);
        }
        return new Workbench(slipway, serve, sandbox, progressFile);
    }

    WebServer server() {
        return server;
    }

    SandboxPool pool() {
        return pool;
    }

    private <T extends AutoCloseable> T own(T part) {
        parts.push(part);
        return part;
    }

    @Override
    public void close() {
        while (!parts.isEmpty()) {
            try {
                parts.pop().close();
            } catch (Exception e) {
                Console.info("while stopping: " + e.getMessage());
            }
        }
    }
}
