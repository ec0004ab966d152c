package gradcards.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How instants are written in the database: ISO-8601 UTC, always with milliseconds and a trailing Z
 * ({@code 2026-12-01T09:00:00.000Z}). Reading and writing that one shape by hand is about ten times cheaper than
 * {@code Instant.parse} and {@code DateTimeFormatter}, which matters when stats decodes 100,000 rows; any other shape
 * still goes through {@code Instant.parse}.
 */
final class Instants {
    private Instants() {
    }

    /** The database text of an instant (truncated to milliseconds); null stays null. */
    static String format(Instant instant) {
        if (instant == null) return null;
        long seconds = instant.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400);
        int secOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        int year = date.getYear();
        if (year < 0 || year > 9999) throw new IllegalArgumentException("instant out of range: " + instant);
        char[] c = new char[24];
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, date.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, date.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, secOfDay / 3600, 2);
        c[13] = ':';
        digits(c, 14, secOfDay / 60 % 60, 2);
        c[16] = ':';
        digits(c, 17, secOfDay % 60, 2);
        c[19] = '.';
        digits(c, 20, instant.getNano() / 1_000_000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    /** The instant of a database text, with or without milliseconds; null stays null. */
    static Instant parse(String text) {
        if (text == null) return null;
        int n = text.length();
        if ((n == 24 || n == 20) && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z'
                && (n == 20 || text.charAt(19) == '.')) {
            int year = number(text, 0, 4);
            int month = number(text, 5, 2);
            int dayOfMonth = number(text, 8, 2);
            int hour = number(text, 11, 2);
            int minute = number(text, 14, 2);
            int second = number(text, 17, 2);
            int milli = n == 24 ? number(text, 20, 3) : 0;
            if (year >= 0 && month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 28 + 3
                    && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && milli >= 0
                    && dayOfMonth <= LocalDate.of(year, month, 1).lengthOfMonth()) {
                long day = LocalDate.of(year, month, dayOfMonth).toEpochDay();
                return Instant.ofEpochSecond(day * 86_400 + hour * 3600L + minute * 60L + second, milli * 1_000_000L);
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number of width digits at from, or -1 when any of them is not a digit. */
    private static int number(String s, int from, int width) {
        int v = 0;
        for (int i = from; i < from + width; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
