package dev.slipway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonCatalog;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.lesson.LessonRenderer;
import dev.slipway.notebook.CompletionService;
import dev.slipway.progress.ProgressStore;
import dev.slipway.sandbox.FakeSandbox;
import dev.slipway.session.ScriptedRunner;
import dev.slipway.session.SessionManager;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's rules, with a runner that needs no Docker. */
class WebServerTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";
    private static final String RUN = "/api/lessons/hello/blocks/1/run";
    private static final String COMPLETE = "/api/complete";
    /** One for all tests: its JShell starts on the first completion and takes a moment. */
    private static final CompletionService COMPLETIONS = new CompletionService();

    @TempDir
    Path dir;

    private final ScriptedRunner runner = new ScriptedRunner();
    private ProgressStore progress;
    private SessionManager sessions;
    private WebServer server;
    private Client browser;

    @BeforeEach
    void start() {
        progress = ProgressStore.open(dir.resolve("progress"));
        AtomicInteger made = new AtomicInteger();
        sessions = new SessionManager(() -> FakeSandbox.named("s" + made.getAndIncrement()), runner, progress,
                Duration.ofMinutes(5), Clock.systemUTC());
        LessonCatalog catalog = LessonCatalog.load(Path.of("src/test/resources/web-lessons"), new LessonParser(),
                new LessonLinter(new LessonParser(), new AssertionParser(), code -> List.of()));
        server = new WebServer(catalog, new LessonRenderer(), sessions, COMPLETIONS, new Access(TOKEN),
                WebOptions.of("127.0.0.1", 0, Path.of("web"))).start();
        browser = new Client(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        sessions.close();
        progress.close();
    }

    @AfterAll
    static void closeCompletions() {
        COMPLETIONS.close();
    }

    @Test
    void answersHealthWithoutALogin() {
        HttpResponse<String> health = browser.get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void refusesTheApiAndPagesWithoutALogin() {
        assertThat(browser.get("/api/lessons").statusCode()).isEqualTo(403);
        HttpResponse<String> page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("\"status\":403", "?token=");
    }

    @Test
    void exchangesTheTokenForALoginCookieAndDropsItFromTheAddress() {
        HttpResponse<String> answer = browser.get("/?token=" + TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.uri().toString()).doesNotContain("token");
        assertThat(answer.body()).contains("catalogue.js");
        assertThat(browser.get("/api/lessons").statusCode()).isEqualTo(200);
    }

    @Test
    void servesTheLessonsPictures() {
        browser.get("/?token=" + TOKEN);

        HttpResponse<String> picture = browser.get("/lesson-files/images/dot.svg");

        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.body()).startsWith("<svg");
    }

    @Test
    void refusesAWrongToken() {
        assertThat(browser.get("/?token=" + TOKEN.replace('0', '1')).statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/lessons").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesHostNamesOutsideTheAllowList() {
        assertThat(browser.statusLineWithHost("/health", "attacker.example:" + server.port())).contains("403");
        assertThat(browser.statusLineWithHost("/health", "localhost:" + server.port())).contains("200");
        assertThat(browser.statusLineWithHost("/health", "127.0.0.1")).contains("200");
        assertThat(browser.statusLineWithHost("/health", "[::1]:" + server.port())).contains("200");
    }

    @Test
    void refusesStateChangesWithoutTheSameOrigin() {
        browser.login(TOKEN);
        String csrf = browser.csrfToken();

        HttpResponse<String> none = browser.post(RUN, "{}", Map.of("X-CSRF-Token", csrf));
        HttpResponse<String> foreign = browser.post(RUN, "{}", Map.of("X-CSRF-Token", csrf, "Origin", "http://attacker.example"));

        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("no Origin header");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(runner.ranIn).isEmpty();
    }

    @Test
    void refusesStateChangesWithoutTheLoginsCsrfToken() {
        browser.login(TOKEN);
        Client other = new Client(server.port()).login(TOKEN);

        HttpResponse<String> missing = browser.post(RUN, "{}", Map.of("Origin", browser.origin()));
        HttpResponse<String> someoneElses = browser.post(RUN, "{}", Map.of("Origin", browser.origin(),
                "X-CSRF-Token", other.csrfToken()));

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(someoneElses.statusCode()).isEqualTo(403);
        assertThat(someoneElses.body()).contains("X-CSRF-Token");
        assertThat(runner.ranIn).isEmpty();
    }

    @Test
    void opensTheTerminalOnlyForALoginFromTheSameOriginWithItsCsrfToken() {
        browser.login(TOKEN);
        browser.get("/api/lessons/hello");
        String csrf = browser.csrfToken();

        assertThat(browser.terminalHandshake("hello", "http://attacker.example", csrf)).isEqualTo(403);
        assertThat(browser.terminalHandshake("hello", browser.origin(), "0".repeat(48))).isEqualTo(403);
        assertThat(new Client(server.port()).terminalHandshake("hello", browser.origin(), csrf)).isEqualTo(403);
        assertThat(browser.terminalHandshake("hello", browser.origin(), csrf)).isEqualTo(101);
    }

    @Test
    void showsAnEmptySandboxPanelBeforeTheLearnersFirstRun() {
        browser.login(TOKEN);

        HttpResponse<String> panel = browser.get("/api/sandbox");

        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body()).matches("\\{\"running\":false,\"portLinks\":\"/s/[0-9a-f]{16}/port/\",\"containers\":\\[],"
                + "\"images\":\\[],\"volumes\":\\[]}");
    }

    @Test
    void answersAnotherLearnersPortLinkWith404AndTheOwnersWithoutASandboxToo() {
        browser.login(TOKEN);
        String link = browser.get("/api/sandbox").body().replaceAll(".*\"portLinks\":\"([^\"]+)\".*", "$1") + "8080/";
        Client other = new Client(server.port()).login(TOKEN);
        other.get("/api/sandbox");

        HttpResponse<String> refused = other.get(link);
        HttpResponse<String> notRunning = browser.get(link);

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("belongs to another learner");
        assertThat(notRunning.statusCode()).isEqualTo(404);
        assertThat(notRunning.body()).contains("your sandbox is not running");
        assertThat(new Client(server.port()).get(link).statusCode()).isEqualTo(403);
    }

    @Test
    void answersBadLessonsBlocksAndExercisesWithJsonErrors() {
        browser.login(TOKEN);

        assertError(browser.get("/api/lessons/nope"), 404, "there is no lesson 'nope'");
        assertError(browser.postAsPage("/api/lessons/hello/blocks/x/run", "{}"), 400, "'x' is not a block number");
        assertError(browser.postAsPage("/api/lessons/hello/blocks/-1/run", "{}"), 400, "is not a block number");
        assertError(browser.postAsPage("/api/lessons/hello/blocks/99/run", "{}"), 404, "has no block 99");
        assertError(browser.postAsPage("/api/lessons/hello/blocks/4/run", "{}"), 400, "check its exercise instead");
        assertError(browser.postAsPage("/api/lessons/hello/exercises/nope/check", "{}"), 404, "has no exercise 'nope'");
        assertError(browser.get("/api/nothing-here"), 404, "not found");
    }

    @Test
    void answersMalformedJsonWith400() {
        browser.login(TOKEN);

        assertError(browser.postAsPage(RUN, "{not json"), 400, "not the JSON expected");
    }

    @Test
    void answersAnOversizeBodyWith413() {
        browser.login(TOKEN);

        assertError(browser.postAsPage(RUN, "{\"text\":\"" + "x".repeat(70_000) + "\"}"), 413, "the most accepted is 65536");
        assertThat(runner.ranIn).isEmpty();
    }

    @Test
    void streamsOutputAsEventsTellingStdoutFromStderrThenTheResult() {
        browser.login(TOKEN);

        HttpResponse<String> run = browser.postAsPage(RUN, "{}");

        assertThat(run.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(run.body()).contains("event: output\ndata: {\"stream\":\"stdout\",\"text\":\"for i in 1 2 3",
                "event: output\ndata: {\"stream\":\"stderr\",\"text\":\"done\\n\"}",
                "event: result\ndata: {\"block\":1,\"verdict\":\"PASSED\"");
    }

    @Test
    void carriesMarkupInOutputOnlyInsideJsonStrings() {
        browser.login(TOKEN);

        String body = browser.postAsPage(RUN, "{}").body();

        assertThat(body).contains("<script>document.title=2</script>");
        assertThat(body.lines().filter(line -> line.contains("<script>")))
                .allSatisfy(line -> assertThat(line).startsWith("data: {\"stream\":\"stdout\",\"text\":"));
    }

    @Test
    void runsTheLearnersEditedTextAsTheSameKindOfBlock() {
        browser.login(TOKEN);

        assertThat(browser.postAsPage(RUN, "{\"text\":\"echo edited\\n\"}").body()).contains("\"text\":\"echo edited\\n\"");
        assertError(browser.postAsPage("/api/lessons/hello/blocks/0/run", "{\"text\":\"no prompt\\n\"}"), 400,
                "no longer a transcript block");
    }

    @Test
    void keepsOneLearnersResultsAndSandboxFromAnother() {
        browser.login(TOKEN);
        browser.postAsPage(RUN, "{}");
        browser.postAsPage("/api/lessons/hello/exercises/leave-a-mark/check", "{}");
        Client other = new Client(server.port()).login(TOKEN);

        String mine = browser.get("/api/lessons/hello").body();
        String theirs = other.get("/api/lessons/hello").body();
        other.postAsPage(RUN, "{}");

        assertThat(mine).contains("\"blocksPassed\":[1]", "\"exercisesSolved\":[\"leave-a-mark\"]");
        assertThat(theirs).contains("\"blocksPassed\":[]", "\"exercisesSolved\":[]");
        assertThat(runner.ranIn).containsExactly("s0", "s0", "s1");
    }

    @Test
    void listsTheCatalogueInOrderWithABrokenLessonAndItsProblems() {
        browser.login(TOKEN);

        String catalogue = browser.get("/api/lessons").body();

        assertThat(catalogue).containsSubsequence("\"id\":\"hello\"", "\"id\":\"containers\"", "\"id\":\"broken\"");
        assertThat(catalogue).contains("broken.md:4: front matter key 'timout' is not known");
    }

    @Test
    void completesTheMethodsOfThePredefinedDockerClient() {
        browser.login(TOKEN);

        HttpResponse<String> answer = browser.postAsPage(COMPLETE, completion("docker.list"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).startsWith("{\"anchor\":7,\"candidates\":[").contains("\"listImagesCmd()\"");
    }

    @Test
    void completesAVariableDeclaredEarlierInTheCell() {
        browser.login(TOKEN);

        HttpResponse<String> answer = browser.postAsPage(COMPLETE, completion("String s = \"x\"; s.len"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"anchor\":18,\"candidates\":[\"length()\"]}");
    }

    @Test
    void answersABadCompletionRequestWith400() {
        browser.login(TOKEN);

        assertError(browser.postAsPage(COMPLETE, "{\"code\":\"docker.\"}"), 400, "{\\\"code\\\": \\\"docker.li\\\"");
        assertError(browser.postAsPage(COMPLETE, "null"), 400, "a completion request is JSON such as");
        assertError(browser.postAsPage(COMPLETE, "{\"code\":\"docker.\",\"cursor\":99}"), 400, "cursor 99 is outside the code");
        assertError(browser.postAsPage(COMPLETE, "{\"code\":[1],\"cursor\":0}"), 400, "not the JSON expected");
        assertError(browser.postAsPage(COMPLETE, ""), 400, "not the JSON expected");
    }

    @Test
    void answersCodeLongerThanACellWith413() {
        browser.login(TOKEN);

        assertError(browser.postAsPage(COMPLETE, completion("x".repeat(30_000))), 413, "completion takes at most 20000");
    }

    @Test
    void refusesCompletionWithoutTheCsrfToken() {
        browser.login(TOKEN);

        HttpResponse<String> answer = browser.post(COMPLETE, completion("docker."), Map.of("Origin", browser.origin()));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("X-CSRF-Token");
    }

    /** A completion request with the caret at the end of {@code code}. */
    private static String completion(String code) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("code", code, "cursor", code.length()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertError(HttpResponse<String> answer, int status, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).startsWith("{\"status\":" + status + ",\"error\":\"").contains(message);
    }
}
