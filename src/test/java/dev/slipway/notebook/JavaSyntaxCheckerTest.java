package dev.slipway.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.lesson.JavaSyntax.SyntaxError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class JavaSyntaxCheckerTest {

    private static final JavaSyntaxChecker CHECKER = new JavaSyntaxChecker();

    @AfterAll
    static void close() {
        CHECKER.close();
    }

    @Test
    void acceptsStatementsExpressionsDeclarationsAndImports() {
        assertThat(CHECKER.errorsIn("""
                import java.time.*;
                var containers = docker.listContainersCmd().withShowAll(true).exec();
                int twice(int x) {
                    return 2 * x;
                }
                System.out.println(containers.size());
                twice(21)
                """)).isEmpty();
    }

    @Test
    void ignoresTypeErrorsSinceEarlierCellsMayDefineTheNames() {
        assertThat(CHECKER.errorsIn("String s = definedInAnEarlierCell;\nundefinedMethod(s);\n")).isEmpty();
    }

    @Test
    void reportsASyntaxErrorOnItsLine() {
        assertThat(CHECKER.errorsIn("int a = 1;\n\nint b = ;\n"))
                .containsExactly(new SyntaxError(3, "illegal start of expression"));
    }

    @Test
    void reportsAnUnclosedBlockWhereItsSnippetStarts() {
        assertThat(CHECKER.errorsIn("int a = 1;\nfor (int i = 0; i < 3; i++) {\n    System.out.println(i);\n"))
                .containsExactly(new SyntaxError(2, JavaSyntaxChecker.UNFINISHED));
    }

    @Test
    void acceptsCommentsOnly() {
        assertThat(CHECKER.errorsIn("// nothing to run yet\n")).isEmpty();
    }
}
