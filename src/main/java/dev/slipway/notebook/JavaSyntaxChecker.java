package dev.slipway.notebook;

import com.sun.source.util.JavacTask;
import dev.slipway.lesson.JavaSyntax;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Finds the syntax errors of Java cells on the server, without compiling or running them: JShell's
 * source code analysis splits the code into snippets and wraps each as JShell would compile it,
 * and the wrapped source is only parsed. Type errors (an unknown variable, a wrong type) are not
 * reported, since they depend on what earlier cells defined. Its JShell starts on first use.
 */
public final class JavaSyntaxChecker implements JavaSyntax, AutoCloseable {

    static final String UNFINISHED = "the code ends in the middle of a statement or a block; is a ';', ')' or '}' missing?";

    /** JShell wraps a top-level {@code var x = ...} as a field, and gives it its type when it compiles. */
    private static final String VAR_AS_FIELD = "compiler.err.restricted.type.not.allowed";

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private Optional<AnalysisShell> shell = Optional.empty();

    @Override
    public synchronized List<SyntaxError> errorsIn(String code) {
        SourceCodeAnalysis analysis = shell().analysis();
        List<SyntaxError> errors = new ArrayList<>();
        String remaining = code;
        while (!remaining.isBlank()) {
            int start = code.length() - remaining.length() + SourceText.leadingSpace(remaining);
            remaining = code.substring(start);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
                    errors.add(new SyntaxError(SourceText.lineOf(code, start), UNFINISHED));
                }
                break;
            }
            for (SourceCodeAnalysis.SnippetWrapper wrapper : analysis.wrappers(info.source())) {
                for (Diagnostic<? extends JavaFileObject> diagnostic : parse(wrapper.wrapped())) {
                    int position = wrapper.wrappedToSourcePosition((int) diagnostic.getPosition());
                    errors.add(new SyntaxError(SourceText.lineOf(code, start + Math.max(0, position)),
                            diagnostic.getMessage(Locale.ROOT)));
                }
            }
            if (info.remaining().length() >= remaining.length()) {
                break;
            }
            remaining = info.remaining();
        }
        return errors;
    }

    /** The errors of parsing {@code source}: syntax only, no names or types are resolved. */
    private List<Diagnostic<? extends JavaFileObject>> parse(String source) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Cell.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file));
        try {
            task.parse();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .filter(d -> !d.getCode().startsWith(VAR_AS_FIELD)).toList();
    }

    private AnalysisShell shell() {
        if (shell.isEmpty()) {
            // Parsing needs neither the libraries nor the preamble.
            shell = Optional.of(new AnalysisShell(List.of(), List.of()));
        }
        return shell.get();
    }

    @Override
    public synchronized void close() {
        shell.ifPresent(AnalysisShell::close);
        shell = Optional.empty();
    }
}
