package org.hoshin.preview;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hoshin.routes.Routes;
import org.hoshin.stages.OutputTree;

/**
 * Maps the raw path of a request to a file of the site the preview holds in memory, strictly: a request is either a
 * plain path to one of the site's files (or a folder with an {@code index.html}), or it is answered with a status.
 * Anything odd (bad percent-encoding, control characters such as {@code %00}, {@code ..} segments even when encoded,
 * paths longer than any page's) is refused rather than repaired, because the preview only ever needs the site's own
 * links. Nothing is read from disk, so no request can reach a file outside the site.
 */
final class SitePath {

    /** Longer raw paths are refused; the site's longest is a small fraction of this. */
    static final int MAX_LENGTH = 2048;

    /**
     * The outcome.
     *
     * @param status 200 when {@code file} is to be served, else the status to answer with
     * @param file   the site's path of the file to serve ("ja/wards/izumi/index.html"), or null
     * @param reason a short text for the answer when not served
     */
    record Lookup(int status, String file, String reason) {

        static Lookup refused(int status, String reason) {
            return new Lookup(status, null, reason);
        }
    }

    private SitePath() {
    }

    /** Looks up {@code rawPath} (still percent-encoded, as sent) among the site's files ({@code null}: none yet). */
    static Lookup lookup(OutputTree site, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Lookup.refused(400, "bad request path");
        }
        if (rawPath.length() > MAX_LENGTH) {
            return Lookup.refused(400, "request path too long");
        }
        String path = decode(rawPath);
        if (path == null || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return Lookup.refused(400, "bad request path");
        }
        String[] segments = path.substring(1).split("/", -1);
        for (String segment : segments) {
            if (segment.equals("..") || segment.equals(".")) {
                return Lookup.refused(404, "not found");
            }
        }
        String file = String.join("/", Arrays.stream(segments).filter(s -> !s.isEmpty()).toList());
        String index = Routes.fileOf(file.isEmpty() ? "" : file + "/");
        if (site != null && !file.isEmpty() && site.contains(file)) {
            return new Lookup(200, file, "");
        }
        return site != null && site.contains(index) ? new Lookup(200, index, "") : Lookup.refused(404, "not found");
    }

    /** Percent-decodes UTF-8; null when an escape is incomplete, not hexadecimal or not valid UTF-8. */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
