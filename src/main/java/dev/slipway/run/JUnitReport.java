package dev.slipway.run;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a check as JUnit XML, the format CI servers read: a {@code testsuite} per lesson, a
 * {@code testcase} per block named after its kind and line, with {@code failure} (failed,
 * timed out), {@code error} (could not run) or {@code skipped}. A lesson stopped by lint
 * errors or a failed setup gets one {@code testcase} named {@code lesson} with an error.
 * Terminal escapes and bytes XML cannot hold are removed from output and messages.
 */
public final class JUnitReport {

    private static final int MAX_OUTPUT = 64 * 1024;
    /** Characters XML 1.0 does not allow, such as lone surrogates. */
    private static final Pattern NOT_XML = Pattern.compile("[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF]");

    private JUnitReport() {
    }

    /** Writes {@code run} to {@code file}, replacing it. */
    public static void write(CheckRun run, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, toXml(run), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JUnit report " + file + ": " + e.getMessage(), e);
        }
    }

    /** The report as an XML document. */
    public static String toXml(CheckRun run) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "slipway check");
            counts(xml, run.lessons(), run.elapsed());
            for (LessonReport lesson : run.lessons()) {
                suite(xml, lesson);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JUnit report could not be written: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    private static void suite(XMLStreamWriter xml, LessonReport lesson) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", lesson.lessonId());
        xml.writeAttribute("file", lesson.file().toString());
        counts(xml, List.of(lesson), lesson.elapsed());
        if (!lesson.errors().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", lesson.lessonId());
            xml.writeAttribute("name", "lesson");
            xml.writeAttribute("file", lesson.file().toString());
            xml.writeStartElement("error");
            xml.writeAttribute("message", clean(firstLine(lesson.errors().get(0))));
            xml.writeCharacters(clean(String.join("\n", lesson.errors())));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (BlockReport block : lesson.blocks()) {
            testcase(xml, lesson.lessonId(), block);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, String lessonId, BlockReport block) throws XMLStreamException {
        RunResult result = block.result();
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", lessonId);
        xml.writeAttribute("name", "block " + result.blockIndex() + ": " + block.label() + " (line " + block.line() + ")");
        xml.writeAttribute("file", block.file().toString());
        xml.writeAttribute("line", Integer.toString(block.line()));
        xml.writeAttribute("time", seconds(result.elapsed()));
        String element = switch (result.verdict()) {
            case FAILED, TIMED_OUT -> "failure";
            case ERROR -> "error";
            case SKIPPED -> "skipped";
            case PASSED -> "";
        };
        if (!element.isEmpty()) {
            xml.writeStartElement(element);
            xml.writeAttribute("message", clean(firstLine(result.message())));
            xml.writeAttribute("type", result.verdict().name());
            xml.writeCharacters(clean(String.join("\n", result.message(), String.join("\n", result.notes())).strip()));
            xml.writeEndElement();
        }
        if (!result.output().isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(cap(result.output())));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, List<LessonReport> lessons, Duration time) throws XMLStreamException {
        long stopped = lessons.stream().filter(l -> !l.errors().isEmpty()).count();
        xml.writeAttribute("tests", Long.toString(stopped + count(lessons, EnumSet.allOf(Verdict.class))));
        xml.writeAttribute("failures", Long.toString(count(lessons, EnumSet.of(Verdict.FAILED, Verdict.TIMED_OUT))));
        xml.writeAttribute("errors", Long.toString(stopped + count(lessons, EnumSet.of(Verdict.ERROR))));
        xml.writeAttribute("skipped", Long.toString(count(lessons, EnumSet.of(Verdict.SKIPPED))));
        xml.writeAttribute("time", seconds(time));
    }

    private static long count(List<LessonReport> lessons, Set<Verdict> verdicts) {
        return lessons.stream().flatMap(l -> l.blocks().stream()).filter(b -> verdicts.contains(b.result().verdict())).count();
    }

    private static String clean(String text) {
        return NOT_XML.matcher(PlainText.of(text)).replaceAll("\uFFFD");
    }

    private static String cap(String output) {
        return output.length() <= MAX_OUTPUT ? output
                : output.substring(0, MAX_OUTPUT) + "\n... (" + (output.length() - MAX_OUTPUT) + " more characters)";
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toMillis() / 1000.0);
    }
}
