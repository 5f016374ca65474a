package org.hoshin.site;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole built site in memory, path by path, so nothing touches disk until every page rendered.
 */
public final class OutputTree {

    private final SortedMap<String, byte[]> files = new TreeMap<>();

    public void put(String path, String text) {
        put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void put(String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("two pages want the same path: " + path);
        }
    }

    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }
}
