package org.hoshin.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * The templates' {@code message} filter: {@code {{ t.themes_count | message({"n": row.total}) }}} formats a UI
 * message with named values through {@link UiMessage}, in the page's language (the locale the page is rendered
 * with), so that counts read "1 initiative" and "2 initiatives". The result is escaped like any other value.
 * Also {@code keep_end}, which keeps the last characters of a short line together ({@link LineEnds}).
 */
final class UiMessageExtension extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("message", new MessageFilter(), "keep_end", new KeepEndFilter());
    }

    /** {@code {{ ward.slogan | keep_end }}}: see {@link LineEnds}. */
    private static final class KeepEndFilter implements Filter {

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                            EvaluationContext context, int lineNumber) {
            return input == null ? null : new SafeString(LineEnds.keepEnd(input.toString()));
        }
    }

    private static final class MessageFilter implements Filter {

        @Override
        public List<String> getArgumentNames() {
            return List.of("values");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                            EvaluationContext context, int lineNumber) {
            @SuppressWarnings("unchecked")
            Map<String, ?> values = args.get("values") instanceof Map<?, ?> map ? (Map<String, ?>) map : Map.of();
            try {
                return input == null ? null : UiMessage.format(input.toString(), values, context.getLocale());
            } catch (IllegalArgumentException e) {
                throw new PebbleException(e, e.getMessage(), lineNumber, self.getName());
            }
        }
    }
}
