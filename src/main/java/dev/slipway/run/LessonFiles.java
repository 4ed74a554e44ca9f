package dev.slipway.run;

import dev.slipway.lesson.LessonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds lesson files: a folder stands for every {@code .md} file under it. */
public final class LessonFiles {

    private LessonFiles() {
    }

    /**
     * The lesson files of {@code paths}, sorted, each once.
     *
     * @throws IllegalArgumentException when a path does not exist
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(markdownUnder(path));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException(path + " does not exist; give a lesson file or a folder of them,"
                        + " such as lessons/");
            }
        }
        return files.stream().distinct().sorted().toList();
    }

    /**
     * The images that the lessons in {@code files} list in their front matter, each once. Files
     * that cannot be read are passed over: checking them reports why.
     */
    public static Set<String> imagesUsedBy(List<Path> files) {
        LessonParser parser = new LessonParser();
        Set<String> images = new TreeSet<>();
        for (Path file : files) {
            try {
                images.addAll(parser.read(file).lesson().frontMatter().images());
            } catch (IOException e) {
                // reported when the lesson itself is checked
            }
        }
        return images;
    }

    private static List<Path> markdownUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
