package dev.slipway.lesson;

import java.util.List;
import java.util.stream.Collectors;

/** The shell text a block runs, with the file line each piece starts on. */
final class BlockScripts {

    /**
     * Shell text of a block.
     *
     * @param firstLine 1-based file line of the text's first line
     */
    record Script(int firstLine, String text) {
    }

    private BlockScripts() {
    }

    /**
     * What a block runs in the sandbox: each transcript command, a run, check or solution
     * script, the typed commands of a terminal block. Empty for files, hints, Java and
     * declarative checks.
     */
    static List<Script> of(Block block) {
        int first = block.line() + 1;
        if (block instanceof TranscriptBlock transcript) {
            return transcript.commands().stream().map(c -> new Script(c.line(), c.commandText())).toList();
        }
        if (block instanceof ScriptBlock script) {
            return List.of(new Script(first, script.script()));
        }
        if (block instanceof CheckBlock check && check.body() instanceof CheckBlock.Shell shell) {
            return List.of(new Script(first, shell.script()));
        }
        if (block instanceof SolutionBlock solution && !solution.isJava()) {
            return List.of(new Script(first, solution.code()));
        }
        if (block instanceof TerminalBlock terminal) {
            return List.of(new Script(first, withoutPrompts(terminal.fence())));
        }
        return List.of();
    }

    /** True for blocks that headless checking runs without a terminal. */
    static boolean runsHeadless(Block block) {
        return !(block instanceof TerminalBlock) && !of(block).isEmpty();
    }

    private static String withoutPrompts(Fence fence) {
        return fence.lines().stream()
                .map(line -> CommandLines.isCommand(line) ? line.strip().substring(1) : line)
                .collect(Collectors.joining("\n"));
    }
}
