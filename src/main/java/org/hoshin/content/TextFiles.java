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
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            int line = firstBadLine(bytes);
            throw new ContentException(ContentError.of(new Location(display, line, 0), "encoding.notUtf8"));
        }
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
