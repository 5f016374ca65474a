package org.hoshin.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an edition's open data as indented JSON with LF line ends on every platform, so the same content always
 * gives the same bytes.
 */
public final class EditionJson {

    private static final ObjectWriter WRITER = JsonMapper.builder().build()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private EditionJson() {
    }

    public static byte[] write(EditionData edition) {
        try {
            return (WRITER.writeValueAsString(edition) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing JSON in memory cannot fail", e);
        }
    }
}
