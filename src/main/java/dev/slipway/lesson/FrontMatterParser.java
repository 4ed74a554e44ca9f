package dev.slipway.lesson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the YAML between a lesson's {@code ---} lines with a real YAML parser, so flow lists
 * and block scalars work, keeping the file line of every key for messages.
 */
final class FrontMatterParser {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** A key of the front matter with its value and the file line it is on. */
    record Entry(int line, JsonNode value) {
    }

    /**
     * Reads top-level keys; reports malformed YAML, repeated keys and a non-mapping document.
     *
     * @param firstLine the file line of the YAML's first line (the line after the opening {@code ---})
     * @return the keys read before any error, in order
     */
    Map<String, Entry> read(String text, int firstLine, Problems problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (JsonParser parser = yaml.createParser(text)) {
            readInto(parser, firstLine, entries, problems);
        } catch (JsonProcessingException e) {
            reportSyntax(e, firstLine, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("reading front matter from a string failed", e);
        }
        return entries;
    }

    private void readInto(JsonParser parser, int firstLine, Map<String, Entry> entries, Problems problems)
            throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            problems.error(firstLine, "the front matter must be 'key: value' lines, such as title: Running containers");
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = firstLine - 1 + parser.currentTokenLocation().getLineNr();
            parser.nextToken();
            JsonNode value = yaml.readTree(parser);
            Entry previous = entries.putIfAbsent(key, new Entry(line, value));
            if (previous != null) {
                problems.error(line, "front matter key '" + key + "' is given twice (first on line "
                        + previous.line() + "); keep one");
            }
        }
    }

    private static void reportSyntax(JsonProcessingException e, int firstLine, Problems problems) {
        int yamlLine = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
        String what = e.getOriginalMessage().lines().findFirst().orElse("unreadable YAML");
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            yamlLine = marked.getProblemMark().getLine() + 1;
            what = marked.getProblem();
        }
        problems.error(firstLine - 1 + yamlLine, "the front matter is not valid YAML (" + what
                + "); check the indentation and put values containing ': ' or starting with [ { & * ! | > ' \" % @ in quotes");
    }
}
