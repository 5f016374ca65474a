package org.hoshin.content;

import java.nio.file.Path;

/**
 * Where each piece of a ward's content lives under {@code content/}; shared by import (which writes) and
 * build (which reads) so the two cannot drift apart. docs/content.md documents the same layout.
 */
public final class ContentLayout {

    public static final String WARDS = "wards";
    public static final String WARD_FILE = "ward.yaml";
    public static final String EDITION_FILE = "edition.yaml";
    public static final String INDEX = "index.md";
    public static final String PILLARS = "pillars";
    public static final String MANAGEMENT = "management";
    public static final String COLUMNS = "columns";
    public static final String TABLES = "tables";
    public static final String NOTES = "notes.md";

    private ContentLayout() {
    }

    public static Path wardDir(Path content, String wardId) {
        return content.resolve(WARDS).resolve(wardId);
    }

    /** The folder of one edition: {@code wards/<ward>/<year>/}, named by the Gregorian year the fiscal year starts. */
    public static Path editionDir(Path content, String wardId, FiscalYear year) {
        return wardDir(content, wardId).resolve(Integer.toString(year.start()));
    }

    /** A numbered file name that sorts in reading order: 01.md, 02.md, … */
    public static String numbered(int position, String extension) {
        return String.format("%02d.%s", position, extension);
    }

    /** The folder holding the initiatives of the pillar in {@code pillarFile} (pillars/01.md → pillars/01/). */
    public static String initiativesDirOf(String pillarFile) {
        return pillarFile.substring(0, pillarFile.lastIndexOf('.'));
    }
}
