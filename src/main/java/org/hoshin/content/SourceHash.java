package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * The fingerprint an English file records ({@code source-sha256:}) of the Japanese file it translates. It is
 * taken over the text, not the bytes, so that what an editor's tools do to a file without changing a word does
 * not mark its translation stale: line ends are made LF (Windows editors and Git may write CRLF), a leading
 * byte-order mark is dropped, and the text is put in Unicode NFC (a dakuten typed or pasted as a combining mark
 * reads the same as the precomposed letter). Everything else counts, trailing spaces included, because they can
 * change the page. Files saved as LF, without BOM and in NFC, as all committed content is, hash exactly like their
 * bytes, so recorded hashes stay valid. Build, check, serve and {@code hoshin translations} all use this one
 * definition.
 */
public final class SourceHash {

    private SourceHash() {
    }

    /** The hash of a Japanese file as it is on disk now. */
    public static String of(Path japaneseFile) throws IOException {
        return ofText(new String(Files.readAllBytes(japaneseFile), StandardCharsets.UTF_8));
    }

    /** The hash of a Japanese text, e.g. an older version from the history. */
    public static String ofText(String text) {
        return Sha256.of(normalise(text));
    }

    /**
     * The text the hash is taken over: LF line ends, no byte-order mark, NFC, and without import's review marks
     * ({@link ReviewMarks}: deleting one confirms a place and changes nothing the page shows).
     */
    public static String normalise(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        String noBom = lf.startsWith("\uFEFF") ? lf.substring(1) : lf;
        return ReviewMarks.withoutMarkLines(Normalizer.normalize(noBom, Normalizer.Form.NFC));
    }
}
