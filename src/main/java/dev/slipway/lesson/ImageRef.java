package dev.slipway.lesson;

import java.util.Optional;

/** Image references compared the way docker compares them. */
final class ImageRef {

    private ImageRef() {
    }

    /**
     * The canonical form of a reference: Docker Hub's {@code docker.io/} and {@code library/}
     * prefixes dropped and {@code :latest} added when there is no tag or digest, so
     * {@code busybox}, {@code busybox:latest} and {@code docker.io/library/busybox} are equal.
     *
     * @return empty for a word that is not a literal reference (it holds a {@code $} variable,
     *     starts with {@code -}, or is empty)
     */
    static Optional<String> canonical(String ref) {
        if (ref.isBlank() || ref.contains("$") || ref.startsWith("-")) {
            return Optional.empty();
        }
        String name = ref;
        for (String prefix : new String[] {"docker.io/", "index.docker.io/", "library/"}) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        if (name.contains("@") || name.lastIndexOf(':') > name.lastIndexOf('/')) {
            return Optional.of(name);
        }
        return Optional.of(name + ":latest");
    }
}
