package dev.slipway.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.slipway.lesson.LessonCatalog;
import dev.slipway.lesson.LessonLinks;
import dev.slipway.lesson.LessonRenderer;
import dev.slipway.notebook.CompletionService;
import dev.slipway.session.SessionManager;
import dev.slipway.sandbox.NotInSandboxException;
import dev.slipway.sandbox.SandboxException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's web server: the catalogue and lesson pages, their JSON API with runs
 * streamed as server-sent events, the terminal's WebSocket, the sandbox panel, the links to
 * the ports published in sandboxes, code completion for Java cells, the static browser files of
 * the web folder under {@code /static} and the npm packages under {@code /vendor}. Every request
 * passes the {@link RequestGuard}; errors become JSON answers in {@link ErrorResponses}.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String PORT = "/s/{link}/port/{port}";

    private final WebOptions options;
    private final Access access;
    private final Javalin app;

    /** @param completions completes the Java cells' code; its owner closes it after the server */
    public WebServer(LessonCatalog catalog, LessonRenderer renderer, SessionManager sessions, CompletionService completions,
            Access access, WebOptions options) {
        this.options = options;
        this.access = access;
        ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module());
        RequestGuard guard = new RequestGuard(access, options);
        Learners learners = new Learners(sessions);
        LessonApi api = new LessonApi(catalog, renderer, learners, json);
        SandboxApi sandbox = new SandboxApi(learners);
        CompletionApi completion = new CompletionApi(completions, json);
        PortProxy ports = new PortProxy(learners);
        TerminalSocket terminal = new TerminalSocket(catalog, learners, json);
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
            config.staticFiles.add(files -> {
                files.hostedPath = LessonLinks.FILES.substring(0, LessonLinks.FILES.length() - 1);
                files.directory = catalog.folder().toAbsolutePath().toString();
                files.location = Location.EXTERNAL;
            });
            if (Files.isDirectory(options.modulesDir())) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/vendor";
                    files.directory = options.modulesDir().toString();
                    files.location = Location.EXTERNAL;
                });
            } else {
                LOG.warn("{} is missing, so the terminal cannot load; run bin/setup to install the browser packages",
                        options.modulesDir());
            }
            config.routes.before(guard::checkHost);
            config.routes.before(guard::checkBodySize);
            config.routes.before(guard::exchangeToken);
            config.routes.before("/api/*", guard::requireLogin);
            config.routes.before("/api/*", guard::checkOriginAndCsrf);
            config.routes.before("/", guard::requireLogin);
            config.routes.before("/lessons/*", guard::requireLogin);
            config.routes.before("/s/*", guard::requireLogin);
            config.routes.get("/health", WebServer::health);
            config.routes.get("/", pages::catalogue);
            config.routes.get("/lessons/{lesson}", pages::lesson);
            config.routes.get("/api/me", ctx -> ctx.json(Map.of("csrfToken", guard.csrfToken(ctx))));
            config.routes.get("/api/lessons", api::catalogue);
            config.routes.get("/api/lessons/{lesson}", api::lesson);
            config.routes.post("/api/lessons/{lesson}/blocks/{block}/run", api::runBlock);
            config.routes.post("/api/lessons/{lesson}/exercises/{exercise}/check", api::checkExercise);
            config.routes.post("/api/sandbox/reset", api::resetSandbox);
            config.routes.post("/api/complete", completion::complete);
            config.routes.get("/api/sandbox", sandbox::state);
            config.routes.post("/api/sandbox/containers/{container}/stop", sandbox::stop);
            config.routes.post("/api/sandbox/containers/{container}/remove", sandbox::remove);
            config.routes.get("/api/sandbox/containers/{container}/logs", sandbox::logs);
            config.routes.wsBeforeUpgrade("/api/lessons/{lesson}/terminal", guard::checkUpgrade);
            config.routes.ws("/api/lessons/{lesson}/terminal", terminal::configure);
            config.routes.get(PORT, ports::root);
            for (HandlerType method : List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.POST, HandlerType.PUT,
                    HandlerType.PATCH, HandlerType.DELETE)) {
                config.routes.addHttpHandler(method, PORT + "/<path>", ports::forward);
            }
            config.routes.exception(HttpResponseException.class, errors::http);
            config.routes.exception(IllegalArgumentException.class, errors::badInput);
            config.routes.exception(JacksonException.class, errors::badJson);
            config.routes.exception(NotInSandboxException.class, errors::notInSandbox);
            config.routes.exception(SandboxException.class, errors::sandboxFailed);
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
