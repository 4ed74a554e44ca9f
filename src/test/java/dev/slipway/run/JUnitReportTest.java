package dev.slipway.run;

import static dev.slipway.run.CheckRunTest.block;
import static dev.slipway.run.CheckRunTest.lesson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitReportTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesASuitePerLessonAndACasePerBlock() throws Exception {
        CheckRun run = new CheckRun(List.of(lesson(List.of(block(Verdict.PASSED, ""),
                block(Verdict.FAILED, "container web: expected running, found exited (code 1)"),
                block(Verdict.SKIPPED, "terminal block: run it in the terminal"), block(Verdict.ERROR, "no sandbox")),
                List.of())), Duration.ofSeconds(3), Duration.ofSeconds(1));

        Document xml = parse(JUnitReport.toXml(run));

        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("a");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        Element failed = (Element) xml.getElementsByTagName("testcase").item(1);
        assertThat(failed.getAttribute("name")).isEqualTo("block 0: check \"web is running\" (line 7)");
        assertThat(((Element) failed.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("container web: expected running, found exited (code 1)");
        assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("error").getLength()).isEqualTo(1);
    }

    @Test
    void stoppedLessonIsOneErroredCase() throws Exception {
        CheckRun run = new CheckRun(List.of(lesson(List.of(), List.of("lessons/a.md:3: front matter key 'timout' is not known"))),
                Duration.ofSeconds(1), Duration.ZERO);

        Document xml = parse(JUnitReport.toXml(run));

        Element testcase = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("lesson");
        assertThat(testcase.getElementsByTagName("error").item(0).getTextContent())
                .isEqualTo("lessons/a.md:3: front matter key 'timout' is not known");
    }

    @Test
    void binaryOutputAndTerminalEscapesStayValidXml() throws Exception {
        RunResult result = new RunResult(0, Verdict.FAILED, "\u001B[31mred\u001B[0m ok\u0000\u0007 \uD800 é",
                "bad \u001B[1mbold\u001B[0m \u0001", Duration.ZERO, List.of());
        CheckRun run = new CheckRun(List.of(lesson(List.of(new BlockReport(Path.of("a.md"), 3, "script", Optional.empty(), result)),
                List.of())), Duration.ZERO, Duration.ZERO);

        Document xml = parse(JUnitReport.toXml(run));

        assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("red ok \uFFFD é");
        assertThat(((Element) xml.getElementsByTagName("failure").item(0)).getAttribute("message")).isEqualTo("bad bold ");
    }

    @Test
    void writesTheReportToAFileMakingItsFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reports/check.xml");

        JUnitReport.write(new CheckRun(List.of(), Duration.ZERO, Duration.ZERO), file);

        assertThat(Files.readString(file)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<testsuites");
    }
}
