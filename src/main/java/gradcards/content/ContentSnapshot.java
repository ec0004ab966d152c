package gradcards.content;

import gradcards.i18n.Text;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validated content as compact bytes and back: the decks with every card, the facts, the synonyms' text, the
 * measurements and the problems of the learner's decks that were skipped. Reading it back builds the same records
 * without parsing JSON or validating again (the start-up's deck snapshot, see {@link SnapshotStore}).
 * Bytes that do not decode to a whole snapshot throw {@link IOException}; nothing half-read is returned.
 */
public final class ContentSnapshot {
    /** Changes whenever the byte layout below changes, so older snapshots are never read as newer ones. */
    static final int LAYOUT = 1;

    /** What a snapshot holds: the content and the problems (skipped decks) to report again on every start. */
    public record Loaded(Content content, List<Problem> problems) {
    }

    private ContentSnapshot() {
    }

    /** The content and problems as bytes. */
    public static byte[] encode(Content content, List<Problem> problems) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 19);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Writer w = new Writer(out);
            out.writeInt(LAYOUT);
            out.writeInt(content.decks().size());
            for (Deck d : content.decks()) {
                w.string(d.name());
                w.text(d.title());
                out.writeInt(d.order());
                w.string(d.source());
                out.writeInt(d.cards().size());
                for (Card c : d.cards()) card(w, c);
            }
            out.writeInt(content.facts().size());
            for (Fact f : content.facts().values()) {
                w.string(f.id());
                w.text(f.statement());
                w.string(f.category());
                w.string(f.source());
                w.string(f.demo());
                w.string(f.errata());
                out.writeBoolean(f.lowPriority());
            }
            w.string(content.synonymsJson());
            measurements(w, content.measurements());
            out.writeInt(problems.size());
            for (Problem p : problems) {
                w.string(p.file());
                out.writeInt(p.line());
                out.writeInt(p.column());
                w.string(p.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails
        }
        return bytes.toByteArray();
    }

    /** The snapshot in the bytes; IOException when they are not exactly one whole snapshot of this layout. */
    public static Loaded decode(byte[] data) throws IOException {
        try {
            Reader r = new Reader(ByteBuffer.wrap(data));
            if (r.in.getInt() != LAYOUT) throw new IOException("snapshot layout differs");
            int deckCount = r.count();
            List<Deck> decks = new ArrayList<>(deckCount);
            for (int i = 0; i < deckCount; i++) {
                String name = r.string();
                Text title = r.text();
                int order = r.in.getInt();
                String source = r.string();
                int n = r.count();
                List<Card> cards = new ArrayList<>(n);
                for (int k = 0; k < n; k++) cards.add(card(r));
                decks.add(new Deck(name, title, order, cards, source));
            }
            int factCount = r.count();
            Map<String, Fact> facts = new LinkedHashMap<>();
            for (int i = 0; i < factCount; i++) {
                Fact f = new Fact(r.string(), r.text(), r.string(), r.string(), r.string(), r.string(), r.bool());
                facts.put(f.id(), f);
            }
            String synonyms = r.string();
            Measurements measurements = measurements(r);
            int problemCount = r.count();
            List<Problem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) problems.add(new Problem(r.string(), r.in.getInt(), r.in.getInt(), r.string()));
            if (r.in.hasRemaining()) throw new IOException("snapshot has trailing bytes");
            return new Loaded(new Content(decks, facts, synonyms, measurements), problems);
        } catch (BufferUnderflowException | IllegalArgumentException | NullPointerException e) {
            throw new IOException("snapshot is cut short or damaged", e);
        }
    }

    private static final int FLASHCARD = 0;
    private static final int MCQ = 1;
    private static final int OX = 2;
    private static final int SHORT = 3;
    private static final int CLOZE = 4;

    private static void card(Writer w, Card c) throws IOException {
        DataOutputStream out = w.out;
        out.writeByte(c.match(f -> FLASHCARD, m -> MCQ, t -> OX, s -> SHORT, z -> CLOZE));
        CardInfo i = c.info();
        w.string(i.id());
        w.string(i.deck());
        out.writeByte(i.type() == null ? -1 : i.type().ordinal());
        w.strings(i.facts());
        out.writeByte(i.topic() == null ? -1 : i.topic().ordinal());
        out.writeInt(i.subject());
        out.writeBoolean(i.lowPriority());
        w.text(i.prompt());
        w.text(i.answer());
        w.text(i.explanation());
        w.text(i.precise());
        w.string(i.demo());
        byte[] rest = c.match(f -> new byte[0], m -> w.bytes(o -> {
            o.writeBoolean(m.askIncorrect());
            o.writeInt(m.choices().size());
            for (Text t : m.choices()) w.text(o, t);
            o.writeInt(m.key());
        }), t -> w.bytes(o -> o.writeBoolean(t.truth())), s -> w.bytes(o -> answer(w, o, s.answer())), z -> w.bytes(o -> {
            o.writeInt(z.blanks().size());
            for (AnswerSpec a : z.blanks()) answer(w, o, a);
            o.writeBoolean(z.unordered());
        }));
        out.write(rest);
    }

    private static Card card(Reader r) throws IOException {
        int kind = r.in.get();
        CardInfo info = new CardInfo(r.string(), r.string(), r.constant(CardType.values()), r.strings(),
                r.constant(Topic.values()), r.in.getInt(), r.bool(), r.text(), r.text(), r.text(), r.text(), r.string());
        switch (kind) {
            case FLASHCARD:
                return new Card.Flashcard(info);
            case MCQ: {
                boolean askIncorrect = r.bool();
                int n = r.count();
                List<Text> choices = new ArrayList<>(n);
                for (int k = 0; k < n; k++) choices.add(r.text());
                return new Card.MultipleChoice(info, askIncorrect, List.copyOf(choices), r.in.getInt());
            }
            case OX:
                return new Card.TrueFalse(info, r.bool());
            case SHORT:
                return new Card.ShortAnswer(info, answer(r));
            case CLOZE: {
                int n = r.count();
                List<AnswerSpec> blanks = new ArrayList<>(n);
                for (int k = 0; k < n; k++) blanks.add(answer(r));
                return new Card.Cloze(info, List.copyOf(blanks), r.bool());
            }
            default:
                throw new IOException("unknown card kind " + kind);
        }
    }

    private static void answer(Writer w, DataOutputStream out, AnswerSpec a) throws IOException {
        w.strings(out, a.accept());
        w.strings(out, a.reject());
        w.number(out, a.numeric());
        w.number(out, a.tolerance());
        out.writeBoolean(a.strictTypos());
    }

    private static AnswerSpec answer(Reader r) throws IOException {
        return new AnswerSpec(r.strings(), r.strings(), r.number(), r.number(), r.bool());
    }

    private static void measurements(Writer w, Measurements m) throws IOException {
        DataOutputStream out = w.out;
        out.writeInt(m.seeds().size());
        for (long s : m.seeds()) out.writeLong(s);
        out.writeInt(m.demos().size());
        for (var d : m.demos().entrySet()) {
            w.string(d.getKey());
            out.writeInt(d.getValue().size());
            for (var e : d.getValue().entrySet()) {
                w.string(e.getKey());
                Measurements.Stat s = e.getValue();
                out.writeDouble(s.median());
                out.writeDouble(s.min());
                out.writeDouble(s.max());
                out.writeInt(s.divergedSeeds());
                out.writeInt(s.values().length);
                for (double v : s.values()) out.writeDouble(v);
            }
        }
    }

    private static Measurements measurements(Reader r) throws IOException {
        int n = r.count();
        List<Long> seeds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) seeds.add(r.in.getLong());
        int demoCount = r.count();
        Map<String, Map<String, Measurements.Stat>> demos = new LinkedHashMap<>();
        for (int i = 0; i < demoCount; i++) {
            String demo = r.string();
            int metricCount = r.count();
            Map<String, Measurements.Stat> metrics = new LinkedHashMap<>();
            for (int k = 0; k < metricCount; k++) {
                String metric = r.string();
                double median = r.in.getDouble();
                double min = r.in.getDouble();
                double max = r.in.getDouble();
                int diverged = r.in.getInt();
                double[] values = new double[r.count()];
                for (int v = 0; v < values.length; v++) values[v] = r.in.getDouble();
                metrics.put(metric, new Measurements.Stat(median, min, max, diverged, values));
            }
            demos.put(demo, metrics);
        }
        return new Measurements(seeds, demos);
    }

    /** Strings as a length (-1: null) and UTF-8 bytes; lists as a count and their items. */
    private static final class Writer {
        final DataOutputStream out;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        interface Part {
            void write(DataOutputStream out) throws IOException;
        }

        /** A part written on its own (for the type-specific fields, written from Card.match's functions). */
        byte[] bytes(Part part) {
            ByteArrayOutputStream b = new ByteArrayOutputStream(64);
            try (DataOutputStream o = new DataOutputStream(b)) {
                part.write(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array never fails
            }
            return b.toByteArray();
        }

        void string(String s) throws IOException {
            string(out, s);
        }

        void string(DataOutputStream o, String s) throws IOException {
            if (s == null) {
                o.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            o.writeInt(b.length);
            o.write(b);
        }

        void text(Text t) throws IOException {
            text(out, t);
        }

        void text(DataOutputStream o, Text t) throws IOException {
            o.writeBoolean(t != null);
            if (t == null) return;
            string(o, t.ko());
            string(o, t.en());
        }

        void strings(List<String> list) throws IOException {
            strings(out, list);
        }

        void strings(DataOutputStream o, List<String> list) throws IOException {
            if (list == null) {
                o.writeInt(-1);
                return;
            }
            o.writeInt(list.size());
            for (String s : list) string(o, s);
        }

        void number(DataOutputStream o, Double d) throws IOException {
            o.writeBoolean(d != null);
            if (d != null) o.writeDouble(d);
        }
    }

    private static final class Reader {
        final ByteBuffer in;

        Reader(ByteBuffer in) {
            this.in = in;
        }

        /** A count of items: never negative, never more than the bytes left could hold. */
        int count() throws IOException {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) throw new IOException("snapshot count out of range: " + n);
            return n;
        }

        String string() throws IOException {
            int n = in.getInt();
            if (n == -1) return null;
            if (n < 0 || n > in.remaining()) throw new IOException("snapshot string length out of range: " + n);
            String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
            in.position(in.position() + n);
            return s;
        }

        Text text() throws IOException {
            return bool() ? new Text(string(), string()) : null;
        }

        List<String> strings() throws IOException {
            int n = in.getInt();
            if (n == -1) return null;
            if (n < 0 || n > in.remaining()) throw new IOException("snapshot count out of range: " + n);
            String[] a = new String[n];
            for (int i = 0; i < n; i++) a[i] = string();
            return java.util.Arrays.asList(a);
        }

        Double number() throws IOException {
            return bool() ? in.getDouble() : null;
        }

        boolean bool() throws IOException {
            byte b = in.get();
            if (b != 0 && b != 1) throw new IOException("snapshot flag out of range: " + b);
            return b == 1;
        }

        <E extends Enum<E>> E constant(E[] values) throws IOException {
            int i = in.get();
            if (i == -1) return null;
            if (i < 0 || i >= values.length) throw new IOException("snapshot constant out of range: " + i);
            return values[i];
        }
    }
}
