package dev.slipway.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the server listens.
 *
 * @param host the address to bind; 127.0.0.1 keeps the workbench on this machine
 * @param port the port; 0 picks a free one
 * @param webDir the folder of static browser files (HTML, CSS, JS modules)
 * @param allowedHosts host names accepted in the Host header besides localhost and IP addresses
 * @param maxBodyBytes the largest request body accepted
 */
public record WebOptions(String host, int port, Path webDir, List<String> allowedHosts, long maxBodyBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY = 64 * 1024;

    public WebOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(webDir, "webDir");
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** Listens on {@code host}:{@code port}, with the static files in {@code webDir}. */
    public static WebOptions of(String host, int port, Path webDir) {
        return new WebOptions(host, port, webDir, List.of(), DEFAULT_MAX_BODY);
    }
}
