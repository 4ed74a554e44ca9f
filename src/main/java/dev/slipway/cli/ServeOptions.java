package dev.slipway.cli;

import dev.slipway.web.WebOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How the workbench server listens and what it serves, shared by {@code serve} and {@code up}. */
final class ServeOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = WebOptions.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only;"
            + " 0.0.0.0 for every interface).")
    String host = WebOptions.DEFAULT_HOST;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "A host name browsers may use to reach the server, besides"
            + " localhost and IP addresses (repeatable).")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--lessons", paramLabel = "DIR", description = "Folder of lesson .md files (default: ${DEFAULT-VALUE}).")
    Path lessons = Path.of("lessons");

    @Option(names = "--web", paramLabel = "DIR", description = "Folder of the browser files (default: ${DEFAULT-VALUE}).")
    Path web = Path.of("web");

    @Option(names = "--idle-minutes", paramLabel = "N", description = "Minutes a learner may be idle before their sandbox is"
            + " given back; it is made again, lesson set up, when they return (default: ${DEFAULT-VALUE}).")
    long idleMinutes = 30;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token for the printed address (default: a new random one"
            + " at each start).")
    String token = "";

    WebOptions web() {
        return new WebOptions(host, port, web, allowedHosts, WebOptions.DEFAULT_MAX_BODY);
    }

    Duration idle() {
        if (idleMinutes < 1) {
            throw new IllegalArgumentException("--idle-minutes must be 1 or more, not " + idleMinutes);
        }
        return Duration.ofMinutes(idleMinutes);
    }
}
