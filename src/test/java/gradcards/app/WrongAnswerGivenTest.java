package gradcards.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gradcards.content.Card;
import gradcards.content.ContentLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, point 6: the notebook's "last answer given" is kept for wrong answers of study, quiz and exam alike. */
class WrongAnswerGivenTest {
    private static final Map<String, Card> BANK = ContentLoader.bundled().content().cards().stream()
            .collect(Collectors.toMap(Card::id, c -> c));
    private static final String NOW = "2026-12-01T09:00:00Z";

    @TempDir
    Path tmp;

    /** Runs a scripted command, answering each prompt line (the lines gradcards prints) with reply(prompt). */
    private static int converse(Function<String, String> reply, String... args) throws Exception {
        PipedOutputStream toApp = new PipedOutputStream();
        PipedInputStream appIn = new PipedInputStream(toApp, 1 << 16);
        PipedInputStream fromApp = new PipedInputStream(1 << 16);
        PrintStream appOut = new PrintStream(new PipedOutputStream(fromApp), true, StandardCharsets.UTF_8);
        int[] code = {-1};
        Map<String, String> vars = Map.of("TZ", "UTC", "LANG", "en_US.UTF-8", "HOME", "/nonexistent-home-for-tests");
        Env env = new Env(vars, appIn, appOut, new PrintStream(new java.io.ByteArrayOutputStream()), false, false);
        Thread app = new Thread(() -> {
            code[0] = Main.run(args, env);
            appOut.close();
        });
        app.start();
        try (BufferedReader from = new BufferedReader(new InputStreamReader(fromApp, StandardCharsets.UTF_8));
             PrintWriter to = new PrintWriter(toApp, true, StandardCharsets.UTF_8)) {
            String line;
            while ((line = from.readLine()) != null) {
                String r = reply.apply(line);
                if (r != null) to.println(r);
            }
        }
        app.join();
        return code[0];
    }

    private Map<String, JsonNode> notebook(String db) throws Exception {
        TestEnv env = new TestEnv("");
        assertThat(env.run("--db", db, "--lang", "en", "wrong", "--json")).isZero();
        Map<String, JsonNode> out = new HashMap<>();
        new ObjectMapper().readTree(env.out()).get("cards").forEach(c -> out.put(c.get("card_id").asText(), c));
        return out;
    }

    @Test
    void studyQuizAndExamWrongAnswersAllKeepTheAnswerGiven() throws Exception {
        String db = tmp.resolve("w.sqlite").toString();
        int[] inputs = {0};
        // study: every flashcard rated Again, option 1 chosen, O answered, "sigmoid" typed; quit after 30 inputs
        assertThat(converse(p -> {
            if (!p.contains("q quit")) return null;
            if (inputs[0]++ >= 30) return "q";
            if (p.contains("reveal")) return "";
            if (p.contains("1–4 choose")) return "1";
            if (p.contains("O/X")) return "o";
            if (p.contains("type the answer")) return "sigmoid";
            if (p.contains("default rating")) return "1";
            return "";
        }, "--db", db, "--now", NOW, "--lang", "en", "study")).isZero();
        Map<String, JsonNode> notes = notebook(db);
        int typed = 0;
        int ox = 0;
        int choice = 0;
        int flash = 0;
        for (JsonNode n : notes.values()) {
            Card c = BANK.get(n.get("card_id").asText());
            JsonNode given = n.get("last_answer");
            switch (c.type().code()) {
                case "short", "cloze" -> {
                    assertThat(given.asText()).isEqualTo("sigmoid");
                    typed++;
                }
                case "ox" -> {
                    assertThat(given.asText()).isEqualTo("O");    // said o (wrong, or right and then rated Again)
                    ox++;
                }
                case "mcq" -> {                                                  // the text of the option chosen
                    assertThat(c.choices().stream().map(t -> t.en())).contains(given.asText());
                    choice++;
                }
                case "flashcard" -> {
                    assertThat(given.isNull()).isTrue();                      // self-rated: nothing typed
                    flash++;
                }
                default -> throw new AssertionError(c.type());
            }
        }
        assertThat(typed).isPositive();
        assertThat(ox + choice + flash).isPositive();

        // quiz: typed questions only, each answered "tanh"
        assertThat(converse(p -> p.contains("q quit") ? "tanh" : p.contains("Enter") && p.contains("q") ? "q" : null,
                "--db", db, "--now", "2026-12-01T10:00:00Z", "--lang", "en", "quiz", "--type", "short,cloze",
                "--count", "3", "--seed", "5")).isZero();
        long quizTyped = notebook(db).values().stream().filter(n -> n.get("last_answer").asText().equals("tanh")).count();
        assertThat(quizTyped).isEqualTo(3);

        // exam: every question answered 2 (or 3 when 2 is right); last_answer is the option shown there
        Path report = tmp.resolve("r.json");
        assertThat(new TestEnv("").run("--db", db, "--now", "2026-12-01T11:00:00Z", "--lang", "en", "exam", "--count", "4", "--seed", "8",
                "--report", report.toString())).isZero(); // no input: every answer blank, blank keeps no text
        JsonNode blank = new ObjectMapper().readTree(Files.readString(report));
        for (JsonNode q : blank.get("questions")) {
            JsonNode n = notebook(db).get(q.get("card_id").asText());
            assertThat(n).isNotNull();
            assertThat(n.get("last_wrong").asText()).isEqualTo("2026-12-01T11:00:00Z");
            assertThat(n.get("last_answer").isNull()).isTrue();
        }
        StringBuilder lines = new StringBuilder();
        for (JsonNode q : blank.get("questions")) lines.append(q.get("correct_choice").asInt() == 2 ? "3" : "2").append('\n');
        TestEnv exam = new TestEnv(lines.toString());
        Path report2 = tmp.resolve("r2.json");
        assertThat(exam.run("--db", db, "--now", "2026-12-01T12:00:00Z", "--lang", "en", "exam", "--count", "4",
                "--seed", "8", "--report", report2.toString())).isZero();
        JsonNode sat = new ObjectMapper().readTree(Files.readString(report2));
        Map<String, JsonNode> after = notebook(db);
        for (JsonNode q : sat.get("questions")) {
            JsonNode n = after.get(q.get("card_id").asText());
            assertThat(q.get("correct").asBoolean()).isFalse();
            assertThat(n.get("last_answer").asText())
                    .isEqualTo(q.get("shown_choices").get(q.get("answer_given").asInt() - 1).asText());
            assertThat(n.get("times_wrong").asInt()).isGreaterThanOrEqualTo(2);
        }
    }
}
