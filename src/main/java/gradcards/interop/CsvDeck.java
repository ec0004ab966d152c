package gradcards.interop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CSV / TSV in Anki's text conventions: header lines #separator:, #html:, #tags:, #tags column:, #guid column:,
 * #deck column:, #notetype column:, #columns:; fields may be quoted ("…", "" for a quote) and hold line breaks.
 * Columns: front, back, then the rest as explanation. A front with {{c1::…}} makes cloze cards.
 */
final class CsvDeck {
    private CsvDeck() {
    }

    static ImportPlan read(String file, String text, String deck, String defaultDeck, boolean tsvByName) {
        if (text.startsWith("\ufeff")) text = text.substring(1);
        if (text.isBlank()) throw ImportException.of(file, "the file is empty", "빈 파일입니다");
        char sep = tsvByName ? '\t' : 0;
        Boolean html = null;
        int tagsCol = 0;
        int guidCol = 0;
        int deckCol = 0;
        int typeCol = 0;
        List<String> globalTags = new ArrayList<>();
        int pos = 0;
        int line = 1;
        while (pos < text.length() && text.charAt(pos) == '#') {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            String h = text.substring(pos + 1, end).strip();
            int colon = h.indexOf(':');
            String key = colon < 0 ? h : h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : h.substring(colon + 1).strip();
            switch (key) {
                case "separator" -> sep = separator(value, file, line);
                case "html" -> html = value.equalsIgnoreCase("true");
                case "tags" -> globalTags.addAll(List.of(value.split("\\s+")));
                case "tags column" -> tagsCol = number(value, file, line);
                case "guid column" -> guidCol = number(value, file, line);
                case "deck column" -> deckCol = number(value, file, line);
                case "notetype column" -> typeCol = number(value, file, line);
                default -> { } // #columns:, #deck:, #notetype:, #if matches: … need nothing here
            }
            pos = end + 1;
            line++;
        }
        List<Row> rows = parse(text, pos, line, sep == 0 ? guess(text, pos) : sep, file);
        if (!rows.isEmpty() && isHeaderRow(rows.get(0))) rows = rows.subList(1, rows.size());
        boolean isHtml = html == null || html; // Anki treats fields as HTML unless told otherwise
        ImportPlan plan = new ImportPlan(file, tsvByName ? "TSV" : "CSV");
        Set<Integer> special = new HashSet<>(List.of(tagsCol, guidCol, deckCol, typeCol));
        Set<String> seen = new HashSet<>();
        for (Row r : rows) {
            plan.notes++;
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < r.fields.size(); i++) {
                if (special.contains(i + 1)) continue;
                fields.add(isHtml ? Html.toText(r.fields.get(i)) : Html.tidy(r.fields.get(i)));
            }
            List<String> tags = new ArrayList<>(globalTags.stream().filter(t -> !t.isEmpty()).toList());
            if (tagsCol > 0 && tagsCol <= r.fields.size()) {
                for (String t : r.fields.get(tagsCol - 1).strip().split("\\s+")) if (!t.isEmpty()) tags.add(t);
            }
            String rowDeck = deck;
            if (deckCol > 0 && deckCol <= r.fields.size() && deck == null) rowDeck = r.fields.get(deckCol - 1).strip();
            if (rowDeck == null || rowDeck.isEmpty()) rowDeck = defaultDeck;
            String guid = guidCol > 0 && guidCol <= r.fields.size() ? r.fields.get(guidCol - 1).strip() : "";
            String front = fields.isEmpty() ? "" : fields.get(0);
            String back = fields.size() < 2 ? "" : fields.get(1);
            String extra = fields.size() < 3 ? "" : String.join("\n", fields.subList(2, fields.size()).stream()
                    .filter(s -> !s.isBlank()).toList());
            if (front.isBlank()) {
                plan.skip("empty front", "앞면이 비어 있음");
                continue;
            }
            String base = !guid.isEmpty() ? Ids.anki(guid.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0)
                    : "csv:" + Ids.part(rowDeck) + ":" + Ids.hash(front);
            if (!seen.add(base)) {
                plan.skip("the same front twice (the later row is skipped)", "같은 앞면이 두 번 (뒤의 행은 건너뜀)");
                continue;
            }
            List<Integer> clozes = ClozeText.numbers(front);
            if (!clozes.isEmpty()) {
                for (int n : clozes) {
                    ClozeText.Card c = ClozeText.card(front, n);
                    plan.cards.add(new UserCard(base + ":c" + n, rowDeck, true, c.prompt(), back.isBlank() ? c.answer() : back,
                            extra, c.answers(), tags, null, 0));
                }
            } else if (back.isBlank()) {
                plan.skip("empty back", "뒷면이 비어 있음");
            } else {
                plan.cards.add(new UserCard(base, rowDeck, false, front, back, extra, List.of(), tags, null, 0));
            }
        }
        return plan;
    }

    record Row(int line, List<String> fields) {
    }

    private static final Set<String> HEADER_WORDS = Set.of("front", "back", "question", "answer", "q", "a", "text",
            "tags", "extra", "질문", "답", "앞면", "뒷면", "정답", "문제", "태그");

    /** A first row of column names (front,back[,tags]) as spreadsheets write it: not a card. */
    private static boolean isHeaderRow(Row r) {
        return r.fields().size() >= 2 && HEADER_WORDS.contains(r.fields().get(0).strip().toLowerCase(Locale.ROOT))
                && HEADER_WORDS.contains(r.fields().get(1).strip().toLowerCase(Locale.ROOT));
    }

    /** RFC 4180 fields with Anki's separator; a quote opened and never closed is an error at its line and column. */
    static List<Row> parse(String text, int pos, int line, char sep, String file) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int rowLine = line;
        int col = 1;
        boolean any = false;
        int i = pos;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '"' && f.length() == 0) {
                int qLine = line;
                int qCol = col;
                i++;
                col++;
                boolean closed = false;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            f.append('"');
                            i += 2;
                            col += 2;
                            continue;
                        }
                        i++;
                        col++;
                        closed = true;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                        col = 1;
                    } else {
                        col++;
                    }
                    if (q != '\r') f.append(q);
                    i++;
                }
                if (!closed) {
                    throw ImportException.of(file + ":" + qLine + ":" + qCol, "this quote is never closed (a field"
                            + " that starts with \" must end with \"; write \"\" for a quote inside)",
                            "따옴표가 닫히지 않았습니다 (\"로 시작한 필드는 \"로 끝나야 하며, 안의 따옴표는 \"\"로 씁니다)");
                }
                any = true;
                continue;
            }
            if (ch == sep) {
                fields.add(f.toString());
                f.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                if (any || f.length() > 0) {
                    fields.add(f.toString());
                    rows.add(new Row(rowLine, new ArrayList<>(fields)));
                }
                fields.clear();
                f.setLength(0);
                any = false;
                line++;
                col = 0;
                rowLine = line;
            } else {
                f.append(ch);
            }
            i++;
            col++;
        }
        if (any || f.length() > 0) {
            fields.add(f.toString());
            rows.add(new Row(rowLine, fields));
        }
        return rows;
    }

    private static char guess(String text, int pos) {
        int end = text.indexOf('\n', pos);
        String first = text.substring(pos, end < 0 ? text.length() : end);
        for (char c : new char[] {'\t', ';', ',', '|'}) if (first.indexOf(c) >= 0) return c;
        return '\t';
    }

    private static char separator(String v, String file, int line) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "tab": return '\t';
            case "comma": return ',';
            case "semicolon": return ';';
            case "space": return ' ';
            case "pipe": return '|';
            case "colon": return ':';
            default:
                if (v.length() == 1) return v.charAt(0);
                throw ImportException.of(file + ":" + line + ":1", "#separator: must be Tab, Comma, Semicolon, Space,"
                        + " Pipe, Colon or one character (got " + v + ")", "#separator:는 Tab, Comma, Semicolon, Space, Pipe,"
                        + " Colon 또는 한 글자여야 합니다 (입력: " + v + ")");
        }
    }

    private static int number(String v, String file, int line) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ImportException.of(file + ":" + line + ":1", "a column header needs a column number (got " + v + ")",
                    "열 머리말에는 열 번호가 필요합니다 (입력: " + v + ")");
        }
    }
}
