package org.hoshin.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads editor files as strict UTF-8, because a file saved in Shift_JIS would otherwise turn into mojibake
 * on the published site without anyone noticing.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * Reads a file as UTF-8 with Unix line ends, failing with the line of the first byte that is not UTF-8. The
     * file is read through {@link SafeFiles}: never through a link, never a FIFO, never beyond its size limit.
     *
     * @param file    the file to read
     * @param display how to name the file in messages
     */
    public static String readUtf8(Path file, Path display) throws ContentException {
        return decodeUtf8(SafeFiles.read(file, display), display);
    }

    /** Decodes bytes already read as strict UTF-8 with Unix line ends, as {@link #readUtf8} does. */
    public static String decodeUtf8(byte[] bytes, Path display) throws ContentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            refuseControls(text, display);
            return text;
        } catch (CharacterCodingException e) {
            int line = firstBadLine(bytes);
            throw new ContentException(ContentError.of(new Location(display, line, 0), "encoding.notUtf8"));
        }
    }

    /**
     * Refuses C0 and C1 control characters (tab and line breaks aside) and the bidirectional overrides and isolates
     * (U+202A–U+202E, U+2066–U+2069): invisible in an editor, they would reach pages, the CSV and terminals as
     * they are (an ESC sequence, text shown backwards). Every editor file is read here, so this is the one check.
     */
    private static void refuseControls(String text, Path display) throws ContentException {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (isForbidden(c)) {
                throw new ContentException(ContentError.of(new Location(display, line, i - lineStart + 1),
                        "encoding.controlCharacter", String.format("U+%04X", (int) c)));
            }
        }
    }

    /** A control character other than tab and line feed, or a bidirectional override or isolate. */
    public static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    private static int firstBadLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
