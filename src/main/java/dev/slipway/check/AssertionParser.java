package dev.slipway.check;

import dev.slipway.lesson.CheckBlock;
import dev.slipway.lesson.CheckLine;
import dev.slipway.lesson.DeclarativeCheckSyntax;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads declarative check lines:
 * <pre>
 * container NAME running | stopped | exited [CODE]
 * container NAME port 80[/tcp] -> 8080
 * image REF exists | missing | does not exist
 * volume NAME exists
 * volume NAME mounted at /path in CONTAINER
 * file /path in CONTAINER exists | contains "text"
 * http URL status 200
 * http URL contains "text"
 * </pre>
 * Words are separated by spaces; text with spaces goes in double quotes.
 */
public final class AssertionParser implements DeclarativeCheckSyntax {

    private static final Pattern PORT = Pattern.compile("\\d{1,5}(/(tcp|udp|sctp))?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");

    /** Reads every line of a declarative check block, in order. */
    public List<Assertion> parse(CheckBlock.Declarative check) {
        return check.assertions().stream().map(this::parse).toList();
    }

    /**
     * Reads one line.
     *
     * @throws AssertionSyntaxException when the line is not an assertion; the message says how to write one
     */
    public Assertion parse(CheckLine line) {
        List<String> words = AssertionWords.split(line.text());
        String kind = words.isEmpty() ? "" : words.get(0);
        switch (kind) {
            case "container":
                return container(line, words);
            case "image":
                return image(line, words);
            case "volume":
                return volume(line, words);
            case "file":
                return file(line, words);
            case "http":
                return http(line, words);
            default:
                throw new AssertionSyntaxException("'" + line.text() + "' is not a known assertion; start it with"
                        + " container, image, volume, file or http");
        }
    }

    @Override
    public Optional<String> problemIn(String assertion) {
        try {
            parse(new CheckLine(1, assertion));
            return Optional.empty();
        } catch (AssertionSyntaxException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Assertion container(CheckLine checkLine, List<String> w) {
        int line = checkLine.line();
        String usage = "write container NAME running, stopped, exited [CODE] or port 80/tcp -> 8080";
        String state = w.size() > 2 ? w.get(2) : "";
        if (w.size() == 3 && state.equals("running")) {
            return new ContainerState(line, w.get(1), ContainerState.State.RUNNING, OptionalInt.empty());
        }
        if (w.size() == 3 && state.equals("stopped")) {
            return new ContainerState(line, w.get(1), ContainerState.State.STOPPED, OptionalInt.empty());
        }
        if (state.equals("exited") && (w.size() == 3 || w.size() == 4 && NUMBER.matcher(w.get(3)).matches())) {
            OptionalInt code = w.size() == 4 ? OptionalInt.of(Integer.parseInt(w.get(3))) : OptionalInt.empty();
            return new ContainerState(line, w.get(1), ContainerState.State.EXITED, code);
        }
        if (w.size() == 6 && state.equals("port") && PORT.matcher(w.get(3)).matches() && w.get(4).equals("->")
                && NUMBER.matcher(w.get(5)).matches()) {
            String port = w.get(3).contains("/") ? w.get(3) : w.get(3) + "/tcp";
            return new ContainerPort(line, w.get(1), port, Integer.parseInt(w.get(5)));
        }
        throw invalid(checkLine, usage);
    }

    private static Assertion image(CheckLine checkLine, List<String> w) {
        int line = checkLine.line();
        List<String> rest = w.subList(Math.min(2, w.size()), w.size());
        if (w.size() >= 3 && rest.equals(List.of("exists"))) {
            return new ImagePresence(line, w.get(1), true);
        }
        if (w.size() >= 3 && (rest.equals(List.of("missing")) || rest.equals(List.of("does", "not", "exist")))) {
            return new ImagePresence(line, w.get(1), false);
        }
        throw invalid(checkLine, "write image NAME exists, or image NAME missing");
    }

    private static Assertion volume(CheckLine checkLine, List<String> w) {
        int line = checkLine.line();
        if (w.size() == 3 && w.get(2).equals("exists")) {
            return new VolumeExists(line, w.get(1));
        }
        if (w.size() == 7 && w.get(2).equals("mounted") && w.get(3).equals("at") && w.get(4).startsWith("/")
                && w.get(5).equals("in")) {
            return new VolumeMount(line, w.get(1), w.get(4), w.get(6));
        }
        throw invalid(checkLine, "write volume NAME exists, or volume NAME mounted at /path in CONTAINER");
    }

    private static Assertion file(CheckLine checkLine, List<String> w) {
        int line = checkLine.line();
        boolean shape = w.size() >= 5 && w.get(1).startsWith("/") && w.get(2).equals("in");
        if (shape && w.size() == 5 && w.get(4).equals("exists")) {
            return new FileInContainer(line, w.get(1), w.get(3), Optional.empty());
        }
        if (shape && w.size() == 6 && w.get(4).equals("contains")) {
            return new FileInContainer(line, w.get(1), w.get(3), Optional.of(w.get(5)));
        }
        throw invalid(checkLine, "write file /path in CONTAINER exists, or file /path in CONTAINER contains \"text\"");
    }

    private static Assertion http(CheckLine checkLine, List<String> w) {
        int line = checkLine.line();
        boolean url = w.size() == 4 && (w.get(1).startsWith("http://") || w.get(1).startsWith("https://"));
        if (url && w.get(2).equals("status") && w.get(3).matches("\\d{3}")) {
            return new HttpStatus(line, w.get(1), Integer.parseInt(w.get(3)));
        }
        if (url && w.get(2).equals("contains")) {
            return new HttpContains(line, w.get(1), w.get(3));
        }
        throw invalid(checkLine, "write http http://HOST:PORT/PATH status 200, or http URL contains \"text\"");
    }

    private static AssertionSyntaxException invalid(CheckLine line, String usage) {
        return new AssertionSyntaxException("'" + line.text() + "' is not a valid assertion; " + usage);
    }
}
