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
    static final int LAYOUT = 3; // 2: a problem keeps its Korean line; 3: a card's own fields are written by its type

    /** What a snapshot holds: the content and the problems (skipped decks) to report again on every start. */
    public record Loaded(Content content, List<Problem> problems) {
    }

    private ContentSnapshot() {
    }

    /** The content and problems as bytes. */
    public static byte[] encode(Content content, List<Problem> problems) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 19);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Out w = new Out(out);
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
                w.string(p.ko()); // the learner's language comes back from the snapshot too
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails
        }
        return bytes.toByteArray();
    }

    /** The snapshot in the bytes; IOException when they are not exactly one whole snapshot of this layout. */
    public static Loaded decode(byte[] data) throws IOException {
        try {
            In r = new In(ByteBuffer.wrap(data));
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
            for (int i = 0; i < problemCount; i++) problems.add(new Problem(r.string(), r.in.getInt(), r.in.getInt(), r.string(), r.string()));
            if (r.in.hasRemaining()) throw new IOException("snapshot has trailing bytes");
            return new Loaded(new Content(decks, facts, synonyms, measurements), problems);
        } catch (BufferUnderflowException | IllegalArgumentException | NullPointerException e) {
            throw new IOException("snapshot is cut short or damaged", e);
        }
    }

    /** A card: its type (registry position), the common fields, then the fields its type writes. */
    private static void card(Out w, Card c) throws IOException {
        DataOutputStream out = w.out;
        CardInfo i = c.info();
        out.writeByte(CardType.all().indexOf(i.type()));
        w.string(i.id());
        w.string(i.deck());
        w.strings(i.facts());
        out.writeByte(i.topic() == null ? -1 : i.topic().ordinal());
        out.writeInt(i.subject());
        out.writeBoolean(i.lowPriority());
        w.text(i.prompt());
        w.text(i.answer());
        w.text(i.explanation());
        w.text(i.precise());
        w.string(i.demo());
        c.writeSnapshot(w);
    }

    private static Card card(In r) throws IOException {
        int kind = r.in.get();
        if (kind < 0 || kind >= CardType.all().size()) throw new IOException("unknown card kind " + kind);
        CardType type = CardType.all().get(kind);
        CardInfo info = new CardInfo(r.string(), r.string(), type, r.strings(), r.constant(Topic.values()),
                r.in.getInt(), r.bool(), r.text(), r.text(), r.text(), r.text(), r.string());
        return type.read(info, r);
    }

    private static void measurements(Out w, Measurements m) throws IOException {
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

    private static Measurements measurements(In r) throws IOException {
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

    /**
     * The snapshot's writer, also given to each card's type for its own fields: strings as a length (-1: null) and
     * UTF-8 bytes; lists as a count and their items.
     */
    static final class Out {
        final DataOutputStream out;

        Out(DataOutputStream out) {
            this.out = out;
        }

        void bool(boolean b) throws IOException {
            out.writeBoolean(b);
        }

        void integer(int i) throws IOException {
            out.writeInt(i);
        }

        void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        void text(Text t) throws IOException {
            out.writeBoolean(t != null);
            if (t == null) return;
            string(t.ko());
            string(t.en());
        }

        void strings(List<String> list) throws IOException {
            if (list == null) {
                out.writeInt(-1);
                return;
            }
            out.writeInt(list.size());
            for (String s : list) string(s);
        }

        void number(Double d) throws IOException {
            out.writeBoolean(d != null);
            if (d != null) out.writeDouble(d);
        }

        /** A typed answer as the deck writes it. */
        void answer(AnswerSpec a) throws IOException {
            strings(a.accept());
            strings(a.reject());
            number(a.numeric());
            number(a.tolerance());
            out.writeBoolean(a.strictTypos());
        }
    }

    /** The snapshot's reader, also given to each card's type to read its own fields back. */
    static final class In {
        final ByteBuffer in;

        In(ByteBuffer in) {
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

        int integer() {
            return in.getInt();
        }

        /** A typed answer as {@link Out#answer} wrote it. */
        AnswerSpec answer() throws IOException {
            return new AnswerSpec(strings(), strings(), number(), number(), bool());
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
