package gradcards.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Anki field HTML to plain text: line breaks, lists, entities; images and sounds are named, not kept. */
public final class Html {
    private static final Pattern DROP = Pattern.compile("(?is)<(style|script)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b[^>]*?\\bsrc\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>");
    private static final Pattern SOUND = Pattern.compile("\\[sound:([^\\]]+)]");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(div|p|tr|h[1-6]|ul|ol|table|blockquote)\\b[^>]*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("middot", "·"),
            Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("minus", "−"), Map.entry("le", "≤"),
            Map.entry("ge", "≥"), Map.entry("ne", "≠"), Map.entry("rarr", "→"), Map.entry("larr", "←"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("bull", "•"), Map.entry("deg", "°"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("sigma", "σ"), Map.entry("lambda", "λ"),
            Map.entry("eta", "η"), Map.entry("copy", "©"), Map.entry("shy", ""), Map.entry("zwj", ""));

    private Html() {
    }

    /** The text a learner sees: tags removed, breaks and list items as lines, entities decoded, spaces tidied. */
    public static String toText(String html) {
        if (html == null || html.isEmpty()) return "";
        if (plain(html)) return html.strip(); // most fields of a large deck: no markup, nothing to tidy
        // each pattern but SOUND and ENTITY needs a '<' to match: a field with none (entities only) skips them
        String s = html;
        if (s.indexOf('<') >= 0) {
            s = DROP.matcher(s).replaceAll("");
            s = IMG.matcher(s).replaceAll("");
        }
        if (s.contains("[sound:")) s = SOUND.matcher(s).replaceAll("");
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\n', ' '); // in HTML a newline is a space
        if (s.indexOf('<') >= 0) {
            s = ITEM.matcher(s).replaceAll("\n• ");
            s = CELL.matcher(s).replaceAll(" | ");
            s = BREAK.matcher(s).replaceAll("\n");
            s = TAG.matcher(s).replaceAll("");
        }
        s = entities(s);
        return tidy(s);
    }

    /** True when the text has nothing toText would change but the outer spaces. */
    private static boolean plain(String s) {
        char prev = 'x';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '&' || c == '[' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0'
                    || (c == ' ' && prev == ' ')) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    /** The media files a field names (images and [sound:…]), in order of appearance. */
    public static List<String> media(String html) {
        List<String> out = new ArrayList<>();
        if (html == null || html.indexOf('<') < 0 && !html.contains("[sound:")) return out;
        Matcher m = IMG.matcher(html);
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            if (!name.isBlank()) out.add(entities(name));
        }
        Matcher snd = SOUND.matcher(html);
        while (snd.find()) out.add(snd.group(1));
        return out;
    }

    /**
     * Decodes character references (&amp;amp; &amp;#44032; &amp;#xAC00; …); unknown names stay as written. A scanner
     * for exactly what {@code &(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});} matches (each run must
     * be followed by the ';', so the longest run decides), without a regex per field.
     */
    static String entities(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        int done = 0;
        for (int i = amp; i >= 0; i = s.indexOf('&', i + 1)) {
            int end = reference(s, i + 1); // index of the ';', or -1
            if (end < 0) continue;
            String e = s.substring(i + 1, end);
            String rep;
            if (e.charAt(0) == '#') {
                int cp = e.length() > 1 && (e.charAt(1) == 'x' || e.charAt(1) == 'X')
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                rep = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
            } else {
                rep = NAMED.getOrDefault(e, s.substring(i, end + 1));
            }
            b.append(s, done, i).append(rep);
            done = end + 1;
            i = end;
        }
        if (done == 0) return s;
        return b.append(s, done, s.length()).toString();
    }

    /** The index of the ';' closing a character reference whose body starts at from, or −1 when there is none. */
    private static int reference(String s, int from) {
        int n = s.length();
        if (from >= n) return -1;
        char c = s.charAt(from);
        int i;
        if (c == '#') {
            if (from + 1 < n && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X')
                    && from + 2 < n && hex(s.charAt(from + 2))) {
                i = from + 2;
                while (i < n && hex(s.charAt(i))) i++;
                return i - (from + 2) <= 6 && i < n && s.charAt(i) == ';' ? i : -1;
            }
            i = from + 1;
            while (i < n && digit(s.charAt(i))) i++;
            int len = i - (from + 1);
            return len >= 1 && len <= 7 && i < n && s.charAt(i) == ';' ? i : -1;
        }
        if (!letter(c)) return -1;
        i = from + 1;
        while (i < n && (letter(s.charAt(i)) || digit(s.charAt(i)))) i++;
        int len = i - (from + 1);
        return len >= 1 && len <= 31 && i < n && s.charAt(i) == ';' ? i : -1;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hex(char c) {
        return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Spaces collapsed within lines, lines trimmed, empty lines dropped. */
    static String tidy(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.replace('\u00a0', ' ').replace('\t', ' ').split("\n", -1)) {
            String t = collapseSpaces(line).strip();
            if (t.isEmpty()) continue;
            if (b.length() > 0) b.append('\n');
            b.append(t);
        }
        return b.toString();
    }

    /** Runs of two or more spaces as one (what {@code " {2,}"} replaced by a space does, without a regex per line). */
    private static String collapseSpaces(String line) {
        if (!line.contains("  ")) return line;
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' && i > 0 && line.charAt(i - 1) == ' ') continue;
            b.append(c);
        }
        return b.toString();
    }

    /** Plain text as Anki field HTML: special characters escaped, line breaks as &lt;br&gt;. */
    public static String fromText(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
