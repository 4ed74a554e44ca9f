package dev.slipway.lesson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Turns one fenced code block into a {@link Block}, reporting what is wrong with it. */
final class BlockReader {

    private final Problems problems;

    BlockReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads a fence.
     *
     * @param index the index the block gets if it is one
     * @return empty for a code block that is only shown, or one too broken to use
     */
    Optional<Block> read(int index, int line, String infoText, String content) {
        InfoString info;
        try {
            info = InfoString.parse(infoText);
        } catch (InfoStringException e) {
            problems.error(line, "the info string '" + infoText.strip() + "' cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        Fence fence = new Fence(index, line, info, content);
        return kindOf(fence).flatMap(kind -> {
            reportUnknownAttributes(fence, kind);
            return build(fence, kind);
        });
    }

    private Optional<BlockKind> kindOf(Fence fence) {
        InfoString info = fence.info();
        if (info.attribute("file").isPresent()) {
            return Optional.of(BlockKind.FILE);
        }
        Set<String> roles = new TreeSet<>(info.flags());
        roles.retainAll(BlockKind.ROLE_FLAGS);
        if (BlockKind.ROLE_FLAGS.contains(info.language())) {
            roles.add(info.language());
        }
        if (roles.size() > 1) {
            problems.error(fence.line(), "a block can be only one of " + String.join(", ", roles) + "; keep one");
            return Optional.empty();
        }
        return roles.isEmpty() ? plainKind(fence) : roleKind(fence, roles.iterator().next());
    }

    private Optional<BlockKind> plainKind(Fence fence) {
        String language = fence.info().language();
        if (language.equals("java")) {
            return Optional.of(BlockKind.JAVA);
        }
        if (!BlockKind.TRANSCRIPT_LANGUAGES.contains(language)) {
            return Optional.of(BlockKind.DISPLAY);
        }
        List<String> lines = fence.lines();
        int first = CommandLines.firstNonBlank(lines);
        if (first < lines.size() && CommandLines.isCommand(lines.get(first))) {
            return Optional.of(BlockKind.TRANSCRIPT);
        }
        if (language.equals("console") && first == lines.size()) {
            problems.error(fence.line(), "the console block has no commands; add a line such as $ docker ps, or remove the block");
            return Optional.empty();
        }
        if (lines.stream().anyMatch(CommandLines::isCommand)) {
            problems.warning(fence.line(), "this block has '$ ' commands but does not start with one, so it is shown"
                    + " and not run; start it with the first '$ ' line, or use ```text to only show it");
        }
        return Optional.of(BlockKind.DISPLAY);
    }

    private Optional<BlockKind> roleKind(Fence fence, String role) {
        String language = fence.info().language();
        boolean shell = BlockKind.SHELLS.contains(language);
        boolean java = language.equals("java");
        switch (role) {
            case "hint":
                return Optional.of(BlockKind.HINT);
            case "check":
                if (language.equals("check") || shell) {
                    return Optional.of(BlockKind.CHECK);
                }
                return java ? Optional.of(BlockKind.JAVA_CHECK) : cannotRun(fence, role, "sh, bash, shell or java");
            case "solution":
                return shell || java ? Optional.of(BlockKind.SOLUTION) : cannotRun(fence, role, "sh, bash, shell or java");
            case "terminal":
                return shell || language.equals("console") ? Optional.of(BlockKind.TERMINAL)
                        : cannotRun(fence, role, "sh, bash, shell or console");
            default:
                return shell ? Optional.of(BlockKind.SCRIPT) : cannotRun(fence, role, "sh, bash or shell");
        }
    }

    private Optional<BlockKind> cannotRun(Fence fence, String role, String languages) {
        String language = fence.info().language();
        String message = language.equals(role) || language.isEmpty()
                ? "```" + role + " does not say which language runs it; write it like ```sh " + role
                : "```" + language + " " + role + ": Slipway cannot run " + language + " blocks; use " + languages
                        + ", such as ```sh " + role;
        problems.error(fence.line(), message);
        return Optional.empty();
    }

    private void reportUnknownAttributes(Fence fence, BlockKind kind) {
        for (String name : fence.info().names()) {
            if (kind.accepts(name)) {
                continue;
            }
            problems.error(fence.line(), "attribute '" + name + "' is not known for " + kind.description() + "; "
                    + advice(name, kind));
        }
    }

    private static String advice(String name, BlockKind kind) {
        Optional<String> near = Suggestion.closest(name, kind.options());
        if (near.isPresent()) {
            return "did you mean " + near.get() + "?";
        }
        if (kind == BlockKind.DISPLAY) {
            return "remove it, or add file=PATH to write the block to the workspace";
        }
        List<String> options = kind.options();
        return options.isEmpty() ? "remove it" : "use " + String.join(", ", options) + " or remove it";
    }

    private Optional<Block> build(Fence fence, BlockKind kind) {
        String text = fence.text();
        switch (kind) {
            case TRANSCRIPT:
                return Optional.of(new TranscriptBlock(fence, CommandLines.transcript(fence, problems), timeout(fence)));
            case SCRIPT:
                return Optional.of(new ScriptBlock(fence, text, expectExit(fence), timeout(fence), stdin(fence)));
            case FILE:
                return file(fence);
            case TERMINAL:
                return Optional.of(new TerminalBlock(fence, CommandLines.typed(fence), stdin(fence), timeout(fence)));
            case JAVA:
                return Optional.of(new JavaBlock(fence, text, false, Optional.empty(), timeout(fence)));
            case JAVA_CHECK:
                return Optional.of(new JavaBlock(fence, text, true, fence.info().attribute("title"), timeout(fence)));
            case CHECK:
                return Optional.of(new CheckBlock(fence, checkBody(fence), fence.info().attribute("title"), timeout(fence)));
            case HINT:
                return Optional.of(new HintBlock(fence));
            case SOLUTION:
                return Optional.of(new SolutionBlock(fence, text, timeout(fence)));
            default:
                return Optional.empty();
        }
    }

    private Optional<Block> file(Fence fence) {
        String path = fence.info().attribute("file").orElse("");
        Optional<String> problem = WorkspacePath.problem(path);
        problem.ifPresent(message -> problems.error(fence.line(), message));
        return problem.isPresent() ? Optional.empty()
                : Optional.of(new FileBlock(fence, WorkspacePath.normalise(path), fence.text(), fence.info().language()));
    }

    private static CheckBlock.Body checkBody(Fence fence) {
        if (BlockKind.SHELLS.contains(fence.info().language())) {
            return new CheckBlock.Shell(fence.text());
        }
        List<CheckLine> assertions = new ArrayList<>();
        List<String> lines = fence.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                assertions.add(new CheckLine(fence.lineOf(i), line));
            }
        }
        return new CheckBlock.Declarative(assertions);
    }

    private Optional<Duration> timeout(Fence fence) {
        return fence.info().attribute("timeout").flatMap(value -> {
            Optional<Duration> parsed = DurationText.parse(value);
            if (parsed.isEmpty()) {
                problems.error(fence.line(), "timeout=" + value + " is not a duration; " + DurationText.HINT);
            }
            return parsed;
        });
    }

    private int expectExit(Fence fence) {
        return fence.info().attribute("expect-exit").map(value -> {
            if (value.matches("\\d{1,3}") && Integer.parseInt(value) <= 255) {
                return Integer.parseInt(value);
            }
            problems.error(fence.line(), "expect-exit=" + value + " is not an exit code; write a number from 0 to 255");
            return 0;
        }).orElse(0);
    }

    /** The input to feed, ending with a newline as if typed. */
    private static Optional<String> stdin(Fence fence) {
        return fence.info().attribute("stdin").map(value -> value.endsWith("\n") ? value : value + "\n");
    }
}
