package org.hoshin.content;

/** What looking for the published content found: the content ({@link PublishedContent}), or why there is none. */
sealed interface PublishedLookup permits PublishedContent, PublishedContent.NotFound {
}
