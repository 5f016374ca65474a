package org.hoshin.search;

/**
 * Which vocabulary shard holds a word: a hash of its first two characters (hiragana folded to katakana) modulo the
 * shard count. Keying on the start of a word lets the browser segment a query by longest match while loading at most
 * two shards per position a match can start at (one for one-character words); folding kana puts a term, its kana
 * reading and a typed hiragana word in the same shard; two characters rather than one spread English words, which
 * share 26 initials, over many shards. The browser computes the same function (templates/assets/search/index.js,
 * shardKey; browser-tests/search-contract.test.mjs compares them).
 */
public final class ShardKey {

    private ShardKey() {
    }

    public static int of(String word, int shards) {
        int hash = 0;
        for (int i = 0, n = 0; i < word.length() && n < 2; i += Character.charCount(word.codePointAt(i)), n++) {
            hash = hash * 31 + katakana(word.codePointAt(i));
        }
        return hash % shards;
    }

    private static int katakana(int c) {
        return c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c;
    }
}
