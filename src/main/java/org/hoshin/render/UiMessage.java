package org.hoshin.render;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats one UI message of {@code templates/messages/<lang>.yaml} with named values, through the JDK's
 * {@link MessageFormat}, so that counts take the right form: {@code "{n,choice,1#1 initiative|1<{n} initiatives}"}
 * reads "1 initiative" and "5 initiatives", and numbers are written the language's way. Messages name their values
 * ({@code {ward}}, {@code {n}}) for the translators' sake; they are numbered here before formatting. An apostrophe
 * is always an apostrophe ("Yokohama's"): UI text never needs MessageFormat's quoting. Only inside a choice
 * ({@code 1#…|1<…}), which MessageFormat reads a second time, would an apostrophe start a quotation: word those
 * parts without one.
 */
public final class UiMessage {

    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)");

    private UiMessage() {
    }

    /** {@code message} with each {@code {name}} (and {@code {name,choice,…}}) filled from {@code values}. */
    public static String format(String message, Map<String, ?> values, Locale locale) {
        List<Object> arguments = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher found = NAME.matcher(message.replace("'", "''"));
        StringBuilder numbered = new StringBuilder();
        while (found.find()) {
            String name = found.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for {" + name + "} in UI message: " + message);
            }
            int index = names.indexOf(name);
            if (index < 0) {
                index = names.size();
                names.add(name);
                arguments.add(values.get(name));
            }
            found.appendReplacement(numbered, "{" + index);
        }
        found.appendTail(numbered);
        return new MessageFormat(numbered.toString(), locale).format(arguments.toArray());
    }
}
