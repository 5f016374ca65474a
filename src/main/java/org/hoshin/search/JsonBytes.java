package org.hoshin.search;

import java.util.Arrays;

/**
 * A JSON text written straight as UTF-8 bytes, the same bytes as Jackson's {@code ObjectMapper} writes the same
 * values as a string which is then encoded as UTF-8 (the index's files were written so): {@code "}, {@code \} and
 * control characters escaped as Jackson escapes them ({@code \n}, or a u and four upper-case hex digits), the rest
 * as it is (U+2028 too), and a lone surrogate as {@code ?}, as {@link String#getBytes} encodes one. The merge writes
 * the index's files with it, without a text for each file to encode afterwards. Commas are the caller's:
 * {@link #comma} before every element but the first.
 */
final class JsonBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;

    JsonBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** The JSON array of {@code values}: {@code ["a","b"]}. */
    static byte[] array(String... values) {
        JsonBytes json = new JsonBytes(64);
        json.raw('[');
        for (int v = 0; v < values.length; v++) {
            json.comma(v).string(values[v]);
        }
        return json.raw(']').bytes();
    }

    /** One ASCII character of the syntax ({@code [ ] { } : ,}). */
    JsonBytes raw(char c) {
        room(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** A comma, unless {@code index} is the first element's (0). */
    JsonBytes comma(int index) {
        return index == 0 ? this : raw(',');
    }

    JsonBytes number(int value) {
        if (value < 0) {
            if (value == Integer.MIN_VALUE) {
                return ascii(Integer.toString(value));
            }
            raw('-');
            value = -value;
        }
        int digits = 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            digits++;
        }
        room(digits);
        for (int at = size + digits - 1; at >= size; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    /** {@code values[from]} to {@code values[to - 1]} as a JSON array of numbers. */
    JsonBytes numbers(int[] values, int from, int to) {
        raw('[');
        for (int i = from; i < to; i++) {
            comma(i - from).number(values[i]);
        }
        return raw(']');
    }

    /** {@code value} as a JSON string, quoted and escaped. */
    JsonBytes string(String value) {
        room(value.length() * 6 + 2); // at most an escape (6 bytes) per character
        bytes[size++] = '"';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    bytes[size++] = (byte) c;
                } else {
                    escape(c);
                }
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                bytes[size++] = '?';
            }
        }
        bytes[size++] = '"';
        return this;
    }

    /** Appends bytes written elsewhere as they are (a JSON value). */
    JsonBytes bytes(byte[] json) {
        room(json.length);
        System.arraycopy(json, 0, bytes, size, json.length);
        size += json.length;
        return this;
    }

    /** Forgets what was written after the first {@code size} bytes. */
    JsonBytes truncate(int size) {
        this.size = size;
        return this;
    }

    /** Bytes written so far. */
    int size() {
        return size;
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }

    private void escape(char c) {
        room(6);
        bytes[size++] = '\\';
        switch (c) {
            case '"', '\\' -> bytes[size++] = (byte) c;
            case '\b' -> bytes[size++] = 'b';
            case '\t' -> bytes[size++] = 't';
            case '\n' -> bytes[size++] = 'n';
            case '\f' -> bytes[size++] = 'f';
            case '\r' -> bytes[size++] = 'r';
            default -> {
                bytes[size++] = 'u';
                bytes[size++] = '0';
                bytes[size++] = '0';
                bytes[size++] = HEX[c >> 4];
                bytes[size++] = HEX[c & 0xF];
            }
        }
    }

    private JsonBytes ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            raw(text.charAt(i));
        }
        return this;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }
}
