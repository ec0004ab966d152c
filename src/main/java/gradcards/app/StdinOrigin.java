package gradcards.app;

import gradcards.error.UserError;
import gradcards.i18n.Text;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether standard input is what the learner gave (a terminal, a pipe, a file). When gradcards is started with
 * standard input closed (`<&-`), the JVM's first opened file takes descriptor 0 (its modules image, a jar): reading
 * it would store garbage answers, so it is refused (issue 12, Why-6).
 */
final class StdinOrigin {
    private StdinOrigin() {
    }

    /** Refuses to read a standard input that the JVM opened itself (Linux /proc; elsewhere nothing is checked). */
    static void check(Env env) {
        if (env.in() != System.in) return; // a test's or an embedding program's stream
        Path target;
        try {
            target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
        } catch (Exception | Error e) {
            return; // no /proc: cannot tell
        }
        if (openedByJvm(target)) {
            throw new UserError(Text.of(
                    "표준 입력이 닫혀 있습니다: 터미널에서 실행하거나 답을 파이프나 파일로 주세요 (예: gradcards study < 답.txt)",
                    "standard input is closed: run in a terminal, or give the answers through a pipe or a file"
                            + " (e.g. gradcards study < answers.txt)"));
        }
    }

    /** Whether a file is one the JVM itself opens at start: its runtime image, a class-path jar, a CDS archive. */
    static boolean openedByJvm(Path target) {
        String t = target.toString();
        String javaHome = System.getProperty("java.home", "");
        if (!javaHome.isEmpty() && t.startsWith(javaHome + File.separator)) return true;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jar") || lower.endsWith(".jsa") || lower.endsWith(".so")) return true;
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty() && t.equals(Path.of(entry).toAbsolutePath().toString())) return true;
        }
        return false;
    }
}
