package gradcards.render;

import java.util.Locale;

/** A minimal SVG document builder: elements are appended as text, with attribute and text escaping. */
final class Svg {
    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                x, y, w, h, fill));
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke) {
        body.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>%n",
                x1, y1, x2, y2, stroke));
        return this;
    }

    Svg text(double x, double y, String text, String attributes) {
        body.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s>%s</text>%n", x, y, attributes,
                escape(text)));
        return this;
    }

    Svg polyline(CharSequence points, String stroke) {
        body.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(stroke)
                .append("\" points=\"").append(points).append("\"/>\n");
        return this;
    }

    /** The whole standalone document. */
    String document(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"'Noto Sans CJK KR', "
                + "'Malgun Gothic', sans-serif\" font-size=\"12\">\n<title>" + escape(title) + "</title>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" + body + "</svg>\n";
    }

    /** The text with the XML special characters escaped and control characters dropped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\t') b.appendCodePoint(cp);
                }
            }
        });
        return b.toString();
    }
}
