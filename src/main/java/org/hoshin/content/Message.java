package org.hoshin.content;

import java.util.Arrays;
import java.util.List;

/**
 * A message to the user by catalogue key, with the values for its placeholders; worded only when shown, in the
 * language of {@link Catalogue#current()}, so every text exists once per language in one place.
 *
 * @param key  the catalogue key, e.g. {@code yaml.tab}; its hint, if any, is under {@code key.hint}
 * @param args the values for {@code {0}}, {@code {1}}, …; a {@link Message} argument is worded too
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The text of {@code key} with {@code args} in the current language, for a line printed as it is. */
    public static String format(String key, Object... args) {
        return of(key, args).text();
    }

    /** The message in the current language. */
    public String text() {
        return Catalogue.current().text(this);
    }

    /** How to fix it in the current language ({@code key.hint}), or empty when the catalogue has no hint. */
    public String hint() {
        return Catalogue.current().hint(this);
    }

    @Override
    public String toString() {
        return text();
    }
}
