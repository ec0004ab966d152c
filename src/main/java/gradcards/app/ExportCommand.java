package gradcards.app;

import gradcards.io.SafeWriter;
import gradcards.store.Database;
import gradcards.store.ReviewRow;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `gradcards export reviews`: the review log as CSV in the FSRS optimizer's revlog format. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {"Export study data: the review log (reviews) or"
        + " the decks as an Anki package (anki).", "학습 데이터 내보내기: 복습 기록(reviews) 또는 Anki 패키지(anki)."},
        subcommands = ExportAnkiCommand.class)
public class ExportCommand implements Callable<Integer> {
    /** The revlog header the FSRS optimizer reads. */
    public static final String HEADER = "card_id,review_time,review_rating,review_state,review_duration";

    /** Which answers to export. */
    enum Mode { ALL, STUDY, QUIZ }

    @Spec
    CommandSpec spec;

    /** Without a subcommand: says which exports exist. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Writes the review log as CSV: review_time in ms since the epoch, review_state the state before (0–3). */
    @Command(name = "reviews", mixinStandardHelpOptions = true, description = {"The review log as CSV for the FSRS optimizer:",
        HEADER + " (review_time in ms since the epoch; review_state before the review: 0 New, 1 Learning,"
            + " 2 Review, 3 Relearning; review_duration in ms).", "복습 기록을 FSRS 최적화기용 CSV로 내보냅니다."})
    int reviews(@Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
                Path file,
                @Option(names = "--mode", paramLabel = "all|study|quiz", defaultValue = "all",
                        description = "Which answers to export (default: ${DEFAULT-VALUE}).") Mode mode,
                @Option(names = "--force", description = {"Replace an existing --out file (never the database).",
                    "있는 --out 파일을 바꿔 씁니다 (데이터베이스는 절대 아님)."}) boolean force) {
        Gradcards root = Gradcards.root(spec);
        Path dbPath = root.options().dbPath(root.env());
        SafeWriter writer = new SafeWriter(dbPath, force).creatingFolders();
        if (file != null) writer.check(file, "--out"); // before the database is even opened
        try (Database db = Database.open(dbPath)) {
            if (file == null) {
                PrintWriter out = spec.commandLine().getOut();
                writeCsv(db, mode, out);
                out.flush();
            } else {
                long n = writeFile(db, mode, file, writer);
                spec.commandLine().getOut().println(root.lang().t(
                        "복습 기록 " + n + "건을 " + file + "에 내보냈습니다", "exported " + n + (n == 1 ? " review" : " reviews") + " to " + file));
            }
        }
        return 0;
    }

    private static long writeFile(Database db, Mode mode, Path file, SafeWriter writer) {
        long[] n = {0};
        writer.write(file, "--out", out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            n[0] = writeCsv(db, mode, w);
            w.flush();
        });
        return n[0];
    }

    /** Writes the header and one line per review, in the order they were given; returns the number of reviews. */
    static long writeCsv(Database db, Mode mode, Writer out) {
        long[] count = {0};
        line(out, HEADER);
        db.forEachReview(stored -> {
            ReviewRow r = stored.review();
            if (mode != Mode.ALL && !mode.name().equalsIgnoreCase(r.mode())) return;
            line(out, csvField(r.cardId()) + "," + r.reviewedAt().toEpochMilli() + "," + r.rating().value() + ","
                    + r.stateBefore().revlogCode() + "," + r.durationMs());
            count[0]++;
        });
        return count[0];
    }

    private static void line(Writer out, String text) {
        try {
            out.write(text);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
