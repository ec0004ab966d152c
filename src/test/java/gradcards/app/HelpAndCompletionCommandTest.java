package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `gradcards help [COMMAND]`, config's list of setting keys, and `gradcards completion bash|zsh`. */
class HelpAndCompletionCommandTest {

    @Test
    void helpSubcommandPrintsTheUsageOfTheRootOrOfACommand() {
        TestEnv.Result root = TestEnv.cli("help");
        assertThat(root.code()).isZero();
        assertThat(root.out()).startsWith("Usage: gradcards [").contains("  study ").contains("  completion ");
        TestEnv.Result study = TestEnv.cli("--lang", "ko", "help", "study");
        assertThat(study.code()).isZero();
        assertThat(study.out()).startsWith("사용법: gradcards study").contains("오늘의 학습을 시작합니다.");
        TestEnv.Result unknown = TestEnv.cli("help", "stduy");
        assertThat(unknown.code()).isNotZero();
    }

    @Test
    void configHelpListsEverySettingKeyWithItsAllowedValuesInTheInterfaceLanguage() {
        TestEnv.Result ko = TestEnv.cli("--lang", "ko", "config", "--help");
        assertThat(ko.out()).contains("설정 키:").contains("허용 값: YYYY-MM-DD 또는").contains("허용 값: on 또는 off");
        TestEnv.Result en = TestEnv.cli("--lang", "en", "config", "--help");
        assertThat(en.out()).contains("Setting keys:").contains("allowed: 0.70–0.99");
        for (gradcards.config.SettingKey k : gradcards.config.SettingKey.values()) {
            assertThat(ko.out()).contains("\n  " + k.key() + " ");
            assertThat(en.out()).contains("\n  " + k.key() + " ");
        }
    }

    @Test
    void completionScriptsComeFromTheCommandTree() {
        for (String shell : new String[] {"bash", "zsh"}) {
            TestEnv.Result r = TestEnv.cli("completion", shell);
            assertThat(r.code()).as(shell).isZero();
            assertThat(r.out()).as(shell).contains("complete -F _complete_gradcards")
                    .contains("backup").contains("cards").contains("--lang").contains("--leech")
                    .contains("bashcompinit"); // the zsh part
        }
        TestEnv.Result bad = TestEnv.cli("--lang", "ko", "completion", "fish");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("gradcards: 셸은 bash 또는 zsh여야 합니다 (입력: fish)\n");
    }
}
