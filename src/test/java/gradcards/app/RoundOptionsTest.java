package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quiz and exam declare --count/--seed/--report/--force/--no-schedule once (RoundOptions) and check them alike. */
class RoundOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void quizAndExamRefuseABadCountWithTheSameLineInBothLanguages() {
        String db = tmp.resolve("r.sqlite").toString();
        for (String lang : new String[] {"en", "ko"}) {
            for (String bad : new String[] {"0", "501"}) {
                TestEnv.Result quiz = TestEnv.cli("--db", db, "--lang", lang, "quiz", "--count", bad);
                TestEnv.Result exam = TestEnv.cli("--db", db, "--lang", lang, "exam", "--count", bad);
                assertThat(quiz.code()).isEqualTo(1);
                assertThat(exam.code()).isEqualTo(1);
                assertThat(quiz.err()).isEqualTo(exam.err()).contains("--count").contains(bad).hasLineCount(1);
            }
        }
    }

    @Test
    void theSharedOptionsHaveOneKoreanHelpTextForBothCommands() {
        for (String opt : new String[] {"--count", "--seed", "--report", "--force", "--no-schedule"}) {
            String quiz = line(TestEnv.cli("--lang", "ko", "quiz", "--help").out(), opt);
            String exam = line(TestEnv.cli("--lang", "ko", "exam", "--help").out(), opt);
            assertThat(quiz).isEqualTo(exam);
            assertThat(HelpLanguage.hangulShare(quiz)).as(quiz).isGreaterThan(0.3);
        }
    }

    private static String line(String help, String option) {
        for (String l : help.split("\n")) {
            if (l.strip().startsWith(option + " ") || l.strip().startsWith(option + "=")) return l;
        }
        throw new AssertionError(option + " not in\n" + help);
    }
}
