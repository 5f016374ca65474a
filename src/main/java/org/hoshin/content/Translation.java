package org.hoshin.content;

/**
 * Whether an item's text is in the page's language, and how current it is. Each English file records the hash of
 * the Japanese file it translates ({@code source-sha256}), so a changed Japanese file marks exactly that item.
 */
public enum Translation {
    /** Japanese, the source language. */
    ORIGINAL,
    /** Translated from the current Japanese text. */
    CURRENT,
    /** Translated from an older version of the Japanese text. */
    STALE,
    /** Not translated yet: the Japanese text is shown instead. */
    MISSING
}
