package org.hoshin.content;

/**
 * Where an edition's content came from.
 *
 * @param file   the seed's file name
 * @param sha256 hex SHA-256 of the seed's bytes, so anyone can check the text is the one imported
 * @param url    the city's page or PDF of this edition where known, else empty
 */
public record SourceInfo(String file, String sha256, String url) {
}
