package gradcards.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Html as it was before its passes were skipped when they cannot match: the reference HtmlReferenceTest holds {@link Html} to. */
final class PlainHtml {
    private static final Pattern DROP = Pattern.compile("(?is)<(style|script)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b[^>]*?\\bsrc\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))[^>]*>");
    private static final Pattern SOUND = Pattern.compile("\\[sound:([^\\]]+)]");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(div|p|tr|h[1-6]|ul|ol|table|blockquote)\\b[^>]*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("middot", "·"),
            Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("minus", "−"), Map.entry("le", "≤"),
            Map.entry("ge", "≥"), Map.entry("ne", "≠"), Map.entry("rarr", "→"), Map.entry("larr", "←"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("bull", "•"), Map.entry("deg", "°"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("sigma", "σ"), Map.entry("lambda", "λ"),
            Map.entry("eta", "η"), Map.entry("copy", "©"), Map.entry("shy", ""), Map.entry("zwj", ""));

    private PlainHtml() {
    }

    /** The text a learner sees: tags removed, breaks and list items as lines, entities decoded, spaces tidied. */
    public static String toText(String html) {
        if (html == null || html.isEmpty()) return "";
        if (plain(html)) return html.strip(); // most fields of a large deck: no markup, nothing to tidy
        String s = DROP.matcher(html).replaceAll("");
        s = IMG.matcher(s).replaceAll("");
        s = SOUND.matcher(s).replaceAll("");
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\n', ' '); // in HTML a newline is a space
        s = ITEM.matcher(s).replaceAll("\n• ");
        s = CELL.matcher(s).replaceAll(" | ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
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

    /** Decodes character references (&amp;amp; &amp;#44032; &amp;#xAC00; …); unknown names stay as written. */
    static String entities(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep;
            if (e.startsWith("#")) {
                int cp = e.length() > 1 && (e.charAt(1) == 'x' || e.charAt(1) == 'X')
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                rep = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
            } else {
                rep = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(b, Matcher.quoteReplacement(rep));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Spaces collapsed within lines, lines trimmed, empty lines dropped. */
    static String tidy(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.replace('\u00a0', ' ').replace('\t', ' ').split("\n", -1)) {
            String t = SPACES.matcher(line).replaceAll(" ").strip();
            if (t.isEmpty()) continue;
            if (b.length() > 0) b.append('\n');
            b.append(t);
        }
        return b.toString();
    }

    /** Plain text as Anki field HTML: special characters escaped, line breaks as &lt;br&gt;. */
    public static String fromText(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
