package gradcards.interop;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** The few protocol-buffer wire rules Anki's package files need: read the top-level fields of a message, write some. */
final class Protobuf {
    /** One field: its number and either a varint value or length-delimited bytes (null for varints). */
    record Field(int number, long varint, byte[] bytes) {
    }

    private Protobuf() {
    }

    /** The top-level fields of a message; stops quietly at the first malformed byte. */
    static List<Field> fields(byte[] b) {
        List<Field> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < b.length) {
            long key = varint(b, pos);
            if (key < 0) break;
            int number = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (wire == 0) {
                long v = varint(b, pos);
                if (v < 0 && pos[0] > b.length) break;
                out.add(new Field(number, v, null));
            } else if (wire == 2) {
                long len = varint(b, pos);
                if (len < 0 || pos[0] + len > b.length) break;
                byte[] v = java.util.Arrays.copyOfRange(b, pos[0], pos[0] + (int) len);
                pos[0] += (int) len;
                out.add(new Field(number, 0, v));
            } else if (wire == 1) {
                pos[0] += 8;
            } else if (wire == 5) {
                pos[0] += 4;
            } else {
                break;
            }
        }
        return out;
    }

    private static long varint(byte[] b, int[] pos) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= b.length) {
                pos[0] = b.length + 1;
                return -1;
            }
            int x = b[pos[0]++] & 0xff;
            v |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) return v;
        }
        return -1;
    }

    /** A varint field (field number, value). */
    static byte[] varintField(int number, long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeVarint(out, ((long) number << 3));
        writeVarint(out, value);
        return out.toByteArray();
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
