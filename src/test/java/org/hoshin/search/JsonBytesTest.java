package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index's files written as bytes are the bytes Jackson wrote as text and the build encoded as UTF-8. */
class JsonBytesTest {

    private final ObjectMapper jackson = new ObjectMapper();

    private byte[] jackson(Object value) throws Exception {
        return jackson.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void stringsAreEscapedAndEncodedAsJacksonAndUtf8Do() throws Exception {
        List<String> tricky = new ArrayList<>(List.of("", "防災訓練", "say \"hi\"", "back\\slash", "a/b",
                "tab\tline\nreturn\rform\fback\b", "\u0000\u0001\u001f\u007f", "line\u2028para\u2029",
                "😀 emoji 𠮷", "lone \ud83d high", "lone \ude00 low", "reversed \ude00\ud83d", "end \ud83d",
                "é ß ÿ ߿ ࠀ \uffff", "ＳＤＧｓ　全角"));
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x3100; c++) {
            every.append(c);
        }
        tricky.add(every.toString());
        for (String text : tricky) {
            assertArrayEquals(jackson(List.of(text)), JsonBytes.array(text), text);
        }
        assertArrayEquals(jackson(tricky), JsonBytes.array(tricky.toArray(String[]::new)));
    }

    @Test
    void numbersAndArraysAreWrittenAsJacksonDoes() throws Exception {
        int[] values = {0, 7, 10, 99, 100, 12345, Integer.MAX_VALUE, -1, -10, Integer.MIN_VALUE};
        assertArrayEquals(jackson(values), new JsonBytes(0).numbers(values, 0, values.length).bytes());
        assertArrayEquals(jackson(new int[0]), new JsonBytes(0).numbers(values, 3, 3).bytes());
    }
}
