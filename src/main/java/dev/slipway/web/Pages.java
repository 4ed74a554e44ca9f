package dev.slipway.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two HTML pages, read from the web folder on each request so edits show on reload. */
final class Pages {

    private final Path webDir;

    Pages(Path webDir) {
        this.webDir = webDir;
    }

    void catalogue(Context ctx) {
        ctx.html(read("index.html"));
    }

    void lesson(Context ctx) {
        ctx.html(read("lesson.html"));
    }

    private String read(String name) {
        Path file = webDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundResponse("the page " + name + " is missing from " + webDir.toAbsolutePath()
                    + "; run Slipway from its repository");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
