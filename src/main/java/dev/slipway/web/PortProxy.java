package dev.slipway.web;

import dev.slipway.session.LearnerSession;
import io.javalin.http.BadGatewayResponse;
import io.javalin.http.Context;
import io.javalin.http.GatewayTimeoutResponse;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Opens what a learner's container serves on a port published in their sandbox:
 * {@code /s/{link}/port/{port}/path} is fetched from {@code http://<sandbox address>:<port>/path}
 * and streamed back. Only the learner whose link it is gets an answer; others get 404. The
 * page runs in a CSP sandbox, so its scripts cannot act on Slipway with the learner's login.
 */
final class PortProxy {

    private static final List<String> REQUEST_HEADERS = List.of(
            "Accept", "Accept-Language", "Content-Type", "If-None-Match", "If-Modified-Since", "Range", "User-Agent");
    private static final List<String> RESPONSE_HEADERS = List.of(
            "Content-Type", "Content-Length", "Content-Range", "Cache-Control", "ETag", "Last-Modified", "Expires", "Vary");
    private static final String PAGE_POLICY = "sandbox allow-scripts allow-forms allow-popups allow-modals allow-downloads";

    private final Learners learners;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    PortProxy(Learners learners) {
        this.learners = learners;
    }

    /** The path before the port number of {@code learner}'s port links. */
    static String linkPrefix(LearnerSession learner) {
        return "/s/" + learner.linkId() + "/port/";
    }

    /** {@code /s/{link}/port/{port}}: sends the browser to the port's root, so relative links work. */
    void root(Context ctx) {
        ctx.redirect(ctx.path() + "/");
    }

    void forward(Context ctx) throws InterruptedException {
        LearnerSession learner = learners.existing(ctx.cookie(Learners.COOKIE))
                .filter(candidate -> candidate.linkId().equals(ctx.pathParam("link")))
                .orElseThrow(() -> new NotFoundResponse("this port link belongs to another learner's sandbox; open the"
                        + " links of your own sandbox panel"));
        int port = port(ctx.pathParam("port"));
        String address = learner.sandboxAddress().orElseThrow(() -> new NotFoundResponse(
                "your sandbox is not running; run a block or open the terminal, then start the container again"));
        String prefix = linkPrefix(learner) + port + "/";
        String raw = ctx.req().getRequestURI();
        String rest = raw.length() > prefix.length() ? raw.substring(prefix.length()) : "";
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        URI target = URI.create("http://" + address + ":" + port + "/" + rest + query);
        HttpResponse<InputStream> answer = send(ctx, target, port);
        ctx.status(answer.statusCode());
        for (String name : RESPONSE_HEADERS) {
            answer.headers().firstValue(name).ifPresent(value -> ctx.header(name, value));
        }
        answer.headers().firstValue("Location").ifPresent(location -> ctx.header("Location",
                location.startsWith("/") ? prefix + location.substring(1) : location));
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        try (InputStream body = answer.body()) {
            body.transferTo(ctx.res().getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<InputStream> send(Context ctx, URI target, int port) throws InterruptedException {
        String method = ctx.method().name().toUpperCase(Locale.ROOT);
        byte[] body = ctx.bodyAsBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : REQUEST_HEADERS) {
            String value = ctx.header(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new BadGatewayResponse("nothing answers on port " + port + " of your sandbox; is its container running"
                    + " with the port published (docker run -p " + port + ":...)?");
        } catch (HttpTimeoutException e) {
            throw new GatewayTimeoutResponse("port " + port + " of your sandbox did not answer within 30 s");
        } catch (IOException e) {
            throw new BadGatewayResponse("port " + port + " of your sandbox answered something that is not HTTP: " + e.getMessage());
        }
    }

    private static int port(String text) {
        int port = text.matches("\\d{1,5}") ? Integer.parseInt(text) : 0;
        if (port < 1 || port > 65535) {
            throw new NotFoundResponse("'" + text + "' is not a port number");
        }
        return port;
    }
}
