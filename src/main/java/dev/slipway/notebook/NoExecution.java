package dev.slipway.notebook;

import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * A JShell execution engine that never runs code: classes are "loaded" and snippets "invoked"
 * without effect, so the server can declare and analyse snippets (for completion and lint)
 * while all learner code runs only in the sandbox.
 */
final class NoExecution implements ExecutionControlProvider {

    @Override
    public String name() {
        return "slipway-no-execution";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new Control();
    }

    private static final class Control implements ExecutionControl {

        @Override
        public void load(ClassBytecodes[] classes) {
            // nothing is ever loaded, so nothing can run
        }

        @Override
        public void redefine(ClassBytecodes[] classes) {
            // as load
        }

        @Override
        public String invoke(String className, String methodName) {
            return "";
        }

        @Override
        public String varValue(String className, String varName) {
            return "";
        }

        @Override
        public void addToClasspath(String path) {
            // the compiler's class path is what analysis needs; JShell sets it itself
        }

        @Override
        public Object extensionCommand(String command, Object argument) throws NotImplementedException {
            throw new NotImplementedException("no extension commands: " + command);
        }

        @Override
        public void stop() {
            // nothing runs, so nothing to stop
        }

        @Override
        public void close() {
            // holds nothing
        }
    }
}
