package dev.slipway.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.slipway.lesson.LessonCatalog;
import dev.slipway.lesson.LessonRenderer;
import dev.slipway.session.SessionManager;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;

/**
 * The workbench's web server: the catalogue and lesson pages, their JSON API with runs
 * streamed as server-sent events, and the static browser files of the web folder under
 * {@code /static}. Every request passes the {@link RequestGuard}; errors become JSON answers in
 * {@link ErrorResponses}.
 */
public final class WebServer implements AutoCloseable {

    private final WebOptions options;
    private final Access access;
    private final Javalin app;

    public WebServer(LessonCatalog catalog, LessonRenderer renderer, SessionManager sessions, Access access, WebOptions options) {
        this.options = options;
        this.access = access;
        ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module());
        RequestGuard guard = new RequestGuard(access, options);
        LessonApi api = new LessonApi(catalog, renderer, new Learners(sessions), json);
        Pages pages = new Pages(options.webDir());
        ErrorResponses errors = new ErrorResponses();
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(json, false));
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = options.webDir().toAbsolutePath().toString();
                files.location = Location.EXTERNAL;
            });
            config.routes.before(guard::checkHost);
            config.routes.before(guard::checkBodySize);
            config.routes.before(guard::exchangeToken);
            config.routes.before("/api/*", guard::requireLogin);
            config.routes.before("/api/*", guard::checkOriginAndCsrf);
            config.routes.before("/", guard::requireLogin);
            config.routes.before("/lessons/*", guard::requireLogin);
            config.routes.get("/health", WebServer::health);
            config.routes.get("/", pages::catalogue);
            config.routes.get("/lessons/{lesson}", pages::lesson);
            config.routes.get("/api/me", ctx -> ctx.json(Map.of("csrfToken", guard.csrfToken(ctx))));
            config.routes.get("/api/lessons", api::catalogue);
            config.routes.get("/api/lessons/{lesson}", api::lesson);
            config.routes.post("/api/lessons/{lesson}/blocks/{block}/run", api::runBlock);
            config.routes.post("/api/lessons/{lesson}/exercises/{exercise}/check", api::checkExercise);
            config.routes.post("/api/sandbox/reset", api::resetSandbox);
            config.routes.exception(HttpResponseException.class, errors::http);
            config.routes.exception(IllegalArgumentException.class, errors::badInput);
            config.routes.exception(JacksonException.class, errors::badJson);
            config.routes.exception(Exception.class, errors::unexpected);
        });
    }

    public WebServer start() {
        app.start();
        return this;
    }

    /** The port listened on, once started. */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser, with the access token. */
    public String address() {
        String host = options.host().equals("0.0.0.0") || options.host().equals("::") ? "127.0.0.1" : options.host();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/?token=" + access.token();
    }

    private static void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    @Override
    public void close() {
        app.stop();
    }
}
