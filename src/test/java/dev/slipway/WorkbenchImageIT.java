package dev.slipway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.engine.ImageProvisioner;
import dev.slipway.sandbox.TestEngine;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerfile: builds Slipway's image with no network, starts it against the test engine as
 * the README says, and opens it through its port on 127.0.0.1.
 */
@ExtendWith(TestEngine.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchImageIT {

    private static final String IMAGE = "slipway/workbench:it";
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    private Path home;
    private String engine;
    private String container;
    private int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    void buildAndStart(TestEngine test, @TempDir Path state) throws IOException, InterruptedException {
        home = state;
        engine = test.engine().host().toString();
        String base = new ImageProvisioner(test.engine(), test.home(), message -> System.out.println("[images] " + message))
                .ensureRuntimeImage();
        docker("build", "--quiet", "--build-arg", "BASE=" + base, "--tag", IMAGE, ".");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String socket = engine.replaceFirst("^unix://", "");
        Path lessons = Path.of("src/test/resources/web-lessons").toAbsolutePath();
        container = docker("run", "--detach", "--network", "host", "--pid", "host",
                "--volume", home + ":" + home, "--env", "SLIPWAY_HOME=" + home,
                "--volume", socket + ":" + socket, "--env", "DOCKER_HOST=" + engine,
                "--volume", lessons + ":/opt/slipway/lessons:ro",
                IMAGE, "serve", "--host", "127.0.0.1", "--port", Integer.toString(port), "--token", TOKEN, "--pool-size", "1")
                .strip();
        awaitHealth();
    }

    @AfterAll
    void stopAndRemove() throws IOException, InterruptedException {
        if (container != null) {
            docker("stop", "--time", "30", container);
            docker("rm", "--force", container);
        }
        docker("rmi", IMAGE);
    }

    @Test
    void answersHealthThroughItsPortOnTheLoopback() throws IOException, InterruptedException {
        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void servesALessonPageWithItsContentAndTheTerminalsScripts() throws IOException, InterruptedException {
        get("/?token=" + TOKEN);

        HttpResponse<String> page = get("/lessons/hello");
        HttpResponse<String> lesson = get("/api/lessons/hello");
        HttpResponse<String> xterm = get("/vendor/@xterm/xterm/lib/xterm.mjs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/static/lesson.js", "id=\"terminal\"");
        assertThat(lesson.statusCode()).isEqualTo(200);
        assertThat(lesson.body()).contains("\"title\":\"Hello, sandbox\"");
        assertThat(xterm.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHealth() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the Slipway container did not answer /health within 3 minutes; its log:\n"
                + docker("logs", container));
    }

    private String docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker", "--host", engine));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKER_BUILDKIT", "0");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
