package dev.slipway.lesson;

import java.util.List;
import java.util.Set;

/** What a fenced code block is for, with the attributes each kind accepts. */
enum BlockKind {
    TRANSCRIPT("a transcript", List.of(), List.of("timeout")),
    SCRIPT("a run block", List.of("run"), List.of("expect-exit", "timeout", "stdin")),
    FILE("a file block", List.of(), List.of("file")),
    TERMINAL("a terminal block", List.of("terminal"), List.of("stdin", "timeout")),
    JAVA("a java block", List.of(), List.of("timeout")),
    JAVA_CHECK("a java check", List.of("check"), List.of("title", "timeout")),
    CHECK("a check block", List.of("check"), List.of("title", "timeout")),
    HINT("a hint block", List.of("hint"), List.of()),
    SOLUTION("a solution block", List.of("solution"), List.of("timeout")),
    DISPLAY("a block that is only shown", List.of(), List.of());

    /** Flags that say what a block is for; a block has at most one. */
    static final Set<String> ROLE_FLAGS = Set.of("run", "terminal", "check", "hint", "solution");

    /** Languages run as shell scripts. */
    static final Set<String> SHELLS = Set.of("sh", "bash", "shell");

    /** Languages whose blocks starting with {@code $ } are transcripts. */
    static final Set<String> TRANSCRIPT_LANGUAGES = Set.of("console", "sh", "bash", "shell");

    private final String description;
    private final List<String> flags;
    private final List<String> keys;

    BlockKind(String description, List<String> flags, List<String> keys) {
        this.description = description;
        this.flags = flags;
        this.keys = keys;
    }

    String description() {
        return description;
    }

    boolean accepts(String name) {
        return name.endsWith("=") ? keys.contains(name.substring(0, name.length() - 1)) : flags.contains(name);
    }

    /** The attributes this kind accepts besides its role flag, as authors write them. */
    List<String> options() {
        return keys.stream().map(k -> k + "=").toList();
    }
}
