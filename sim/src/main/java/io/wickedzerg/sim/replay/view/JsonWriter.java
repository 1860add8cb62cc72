package io.wickedzerg.sim.replay.view;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the replay page's data (sim has no JSON library, and needs only this much). Writes
 * maps with string keys, lists, int arrays, strings, numbers, booleans and null. Strings escape {@code < > &}
 * and the line separators, so the text is safe inside an HTML {@code <script>} element.
 */
final class JsonWriter {
    private final StringBuilder out;

    JsonWriter(StringBuilder out) {
        this.out = out;
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).value(value);
        return out.toString();
    }

    JsonWriter value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Float f && Float.isFinite(f) && f != Math.rint(f)) {
            out.append(f); // a float's own shortest digits: 0.4, not the double 0.4000000059604645
        } else if (value instanceof Number n) {
            number(n.doubleValue());
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof int[] ints) {
            ints(ints);
        } else if (value instanceof Map<?, ?> map) {
            object(map);
        } else if (value instanceof List<?> list) {
            array(list);
        } else {
            throw new IllegalArgumentException("no JSON for a " + value.getClass().getName());
        }
        return this;
    }

    private void number(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            out.append(d);
        }
    }

    private void ints(int[] ints) {
        out.append('[');
        for (int i = 0; i < ints.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(ints[i]);
        }
        out.append(']');
    }

    private void object(Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys are strings, got " + e.getKey());
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(key);
            out.append(':');
            value(e.getValue());
        }
        out.append('}');
    }

    private void array(List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            value(list.get(i));
        }
        out.append(']');
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
