package dev.slipway.notebook;

/** How a Java cell ended. */
public enum CellStatus {
    /** Every snippet of the cell ran without an exception. */
    COMPLETED,
    /** A snippet did not compile; nothing after it ran. */
    COMPILE_ERROR,
    /** A snippet threw; nothing after it ran. */
    EXCEPTION,
    /** The cell ran past its time limit and was stopped. */
    STOPPED,
    /** The notebook session ended under the cell (it called System.exit, or the runner died). */
    SESSION_ENDED
}
