package dev.slipway.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One simulated learner for the benchmark: logs in with the token and talks to the server like the lesson page. */
final class BenchClient {

    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([0-9a-f]+)\"");
    private static final Pattern VERDICT = Pattern.compile("\"verdict\":\"([A-Z_]+)\"");

    private final String origin;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String csrf;

    /** @param address the address the server prints, with its token */
    BenchClient(String address) {
        URI uri = URI.create(address);
        origin = uri.getScheme() + "://" + uri.getAuthority();
        get(address.substring(origin.length()));
        Matcher matcher = CSRF.matcher(get("/api/me"));
        if (!matcher.find()) {
            throw new IllegalStateException("the server gave no CSRF token; is the address's token right?");
        }
        csrf = matcher.group(1);
    }

    String get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(origin + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a block (with {@code text} in place of its own when not empty), passing each output
     * event's text to {@code onOutput} with the moment it arrived.
     *
     * @return the verdict, such as PASSED; or HTTP and the status when the server refused
     */
    String run(String lesson, int block, String text, BiConsumer<Instant, String> onOutput) {
        String body = text.isEmpty() ? "{}" : "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + "/api/lessons/" + lesson + "/blocks/" + block + "/run"))
                .header("Origin", origin).header("X-CSRF-Token", csrf).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                if (response.statusCode() != 200) {
                    return "HTTP " + response.statusCode();
                }
                return verdict(lines, onOutput);
            }
        } catch (IOException e) {
            return "IO " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String verdict(BufferedReader lines, BiConsumer<Instant, String> onOutput) throws IOException {
        String event = "";
        List<String> results = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ") && event.equals("output")) {
                onOutput.accept(Instant.now(), line);
            } else if (line.startsWith("data: ") && event.equals("result")) {
                Matcher matcher = VERDICT.matcher(line);
                results.add(matcher.find() ? matcher.group(1) : "UNREADABLE");
            }
        }
        return results.isEmpty() ? "NO RESULT" : results.get(0);
    }
}
