package dev.slipway.lesson;

import java.time.Duration;
import java.util.Optional;

/**
 * A fenced code block that the workbench acts on: runs, writes, checks, or hides until asked.
 * Code blocks that are only shown (such as {@code ```text} or {@code ```yaml} without
 * {@code file=}) are not blocks; they stay in the markdown for display.
 */
public sealed interface Block
        permits TranscriptBlock, ScriptBlock, FileBlock, TerminalBlock, JavaBlock, CheckBlock, HintBlock,
        SolutionBlock {

    /** The fenced code block this block was read from. */
    Fence fence();

    /** 0-based position among the lesson's blocks; display-only code blocks are not counted. */
    default int index() {
        return fence().index();
    }

    /** 1-based line of the opening fence in the lesson file. */
    default int line() {
        return fence().line();
    }

    default InfoString info() {
        return fence().info();
    }

    /** The block's content as written. */
    default String text() {
        return fence().text();
    }

    /** The block's own time limit; empty when the lesson's default applies or it runs nothing. */
    default Optional<Duration> timeout() {
        return Optional.empty();
    }
}
