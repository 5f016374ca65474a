package org.hoshin.content;

/**
 * Where a ward's content came from: the seed text it was imported from, named as the city published it.
 *
 * @param file   the seed's file name
 * @param sha256 hex SHA-256 of the seed's bytes, so anyone can check the text is the one imported
 */
public record SourceInfo(String file, String sha256) {
}
