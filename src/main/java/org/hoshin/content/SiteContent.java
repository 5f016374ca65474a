package org.hoshin.content;

import java.util.List;

/**
 * Everything under {@code content/}, checked and ready to render.
 *
 * @param wards the wards, ordered by id
 */
public record SiteContent(List<Ward> wards) {

    public SiteContent {
        wards = List.copyOf(wards);
    }
}
