package dev.slipway.lesson;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Finds everything wrong with lessons without running them: what the parser reports, plus
 * exercises without a check or a solution, interactive docker commands in blocks that run
 * without a terminal, images used but not provided, unreadable declarative check lines,
 * transcript regular expressions that do not compile and Java cells with syntax errors.
 */
public final class LessonLinter {

    private final LessonParser parser;
    private final DeclarativeCheckSyntax checkSyntax;
    private final JavaSyntax javaSyntax;

    /**
     * @param checkSyntax judges the lines of declarative checks
     * @param javaSyntax judges the code of Java cells and Java solutions
     */
    public LessonLinter(LessonParser parser, DeclarativeCheckSyntax checkSyntax, JavaSyntax javaSyntax) {
        this.parser = parser;
        this.checkSyntax = checkSyntax;
        this.javaSyntax = javaSyntax;
    }

    /** Lints lesson text; {@code path} names it in problems and is not read. */
    public List<LessonProblem> lint(Path path, String markdown) {
        return lint(parser.parse(path, markdown));
    }

    /** Every problem of a parsed lesson, sorted by line. */
    public List<LessonProblem> lint(ParsedLesson parsed) {
        Lesson lesson = parsed.lesson();
        Problems problems = new Problems(lesson.path());
        lesson.exercises().forEach(exercise -> exerciseRules(exercise, problems));
        for (Block block : lesson.blocks()) {
            interactiveRule(block, problems);
            checkLineRule(block, problems);
            regexRule(block, problems);
            javaRule(block, problems);
        }
        new ImageAvailability(lesson, problems).check();
        List<LessonProblem> all = new ArrayList<>(parsed.problems());
        all.addAll(problems.list());
        all.sort(LessonProblem.BY_LOCATION);
        return all;
    }

    /**
     * Lints files and folders: a folder stands for every {@code .md} file under it. Files are
     * linted in path order, and the problems come sorted by file and line. A file that is not
     * UTF-8 text is one problem, and the other files are still linted.
     *
     * @throws IOException when a path cannot be listed or read
     */
    public List<LessonProblem> lintPaths(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        List<LessonProblem> problems = new ArrayList<>();
        for (Path file : files.stream().distinct().sorted().toList()) {
            try {
                problems.addAll(lint(parser.read(file)));
            } catch (CharacterCodingException e) {
                problems.add(LessonProblem.error(file, 1, "the file is not UTF-8 text; save it as UTF-8"));
            }
        }
        problems.sort(LessonProblem.BY_LOCATION);
        return problems;
    }

    private static void exerciseRules(Exercise exercise, Problems problems) {
        if (exercise.checks().isEmpty()) {
            problems.error(exercise.line(), "exercise '" + exercise.id() + "' has no check; add a ```check or"
                    + " ```sh check block under its heading");
        }
        if (exercise.solutions().isEmpty()) {
            problems.error(exercise.line(), "exercise '" + exercise.id() + "' has no solution; add a ```sh solution"
                    + " block under its heading, so headless checking can solve it");
        }
    }

    private static void interactiveRule(Block block, Problems problems) {
        if (!BlockScripts.runsHeadless(block)) {
            return;
        }
        for (BlockScripts.Script script : BlockScripts.of(block)) {
            ShellScanner.scan(script.text()).stream().flatMap(c -> DockerCall.of(c).stream())
                    .filter(DockerCall::needsTerminal)
                    .forEach(call -> problems.error(script.firstLine() + call.line(), "'docker " + call.verb()
                            + " -it' needs a terminal, but this block runs without one; put it in a ```sh terminal"
                            + " block, or drop -it (use -d, or -i with stdin=\"...\")"));
        }
    }

    private void checkLineRule(Block block, Problems problems) {
        if (block instanceof CheckBlock check && check.body() instanceof CheckBlock.Declarative declarative) {
            for (CheckLine line : declarative.assertions()) {
                checkSyntax.problemIn(line.text()).ifPresent(message -> problems.error(line.line(), message));
            }
        }
    }

    private void javaRule(Block block, Problems problems) {
        boolean java = block instanceof JavaBlock || block instanceof SolutionBlock solution && solution.isJava();
        if (java) {
            for (JavaSyntax.SyntaxError error : javaSyntax.errorsIn(block.text())) {
                problems.error(block.fence().lineOf(error.line() - 1), "Java: " + error.message());
            }
        }
    }

    private static void regexRule(Block block, Problems problems) {
        if (!(block instanceof TranscriptBlock transcript)) {
            return;
        }
        for (Command command : transcript.commands()) {
            int firstOutputLine = command.line() + (int) command.commandText().lines().count();
            List<String> expected = command.expectedLines();
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> regex = Command.regexOf(expected.get(i));
                if (regex.isPresent()) {
                    regexProblem(regex.get(), firstOutputLine + i, problems);
                }
            }
        }
    }

    private static void regexProblem(String regex, int line, Problems problems) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            problems.error(line, "the regular expression does not compile (" + e.getDescription() + "); fix it, or"
                    + " remove \" (re)\" to match the text as written");
        }
    }
}
