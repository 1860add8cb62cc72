package io.wickedzerg.sim.data.table;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * One protobuf message of flat scalar fields as one tab-separated row, field by field in a fixed column
 * order; an unset field is an empty cell, so a row reads back to the same message, presence included
 * (proto2: the game leaves many fields unset, and clients tell unset from default); a set empty string is
 * written {@code ""}.
 */
final class TsvCodec<M extends Message> {
    /** A string field that is set but empty, told apart from an unset one (an empty cell). */
    static final String EMPTY_STRING = "\"\"";

    private final M prototype;
    private final List<FieldDescriptor> columns;

    TsvCodec(M prototype, List<String> columnNames) {
        this.prototype = prototype;
        this.columns = new ArrayList<>();
        for (String name : columnNames) {
            FieldDescriptor field = prototype.getDescriptorForType().findFieldByName(name);
            if (field == null || field.isRepeated() || field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
                throw new IllegalArgumentException(prototype.getDescriptorForType().getName() + " has no scalar field "
                        + name);
            }
            columns.add(field);
        }
    }

    String header() {
        return String.join("\t", columns.stream().map(FieldDescriptor::getName).toList());
    }

    String write(M message) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                row.append('\t');
            }
            FieldDescriptor field = columns.get(i);
            if (message.hasField(field)) {
                row.append(text(field, message.getField(field)));
            }
        }
        return row.toString();
    }

    @SuppressWarnings("unchecked")
    M read(String row, int lineNumber) {
        String[] cells = row.split("\t", -1);
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("line " + lineNumber + ": " + cells.length + " cells, expected "
                    + columns.size() + " (" + header().replace('\t', ',') + ")");
        }
        Message.Builder builder = prototype.newBuilderForType();
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                FieldDescriptor field = columns.get(i);
                try {
                    builder.setField(field, value(field, cells[i]));
                } catch (RuntimeException bad) {
                    throw new IllegalArgumentException("line " + lineNumber + ", column " + field.getName() + ": '"
                            + cells[i] + "' is not a " + field.getJavaType(), bad);
                }
            }
        }
        return (M) builder.build();
    }

    private static String text(FieldDescriptor field, Object value) {
        return switch (field.getJavaType()) {
            case ENUM -> ((com.google.protobuf.Descriptors.EnumValueDescriptor) value).getName();
            case BOOLEAN -> (Boolean) value ? "1" : "0";
            case STRING -> {
                String s = (String) value;
                if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException(field.getName() + " holds a tab or newline: " + s);
                }
                yield s.isEmpty() ? EMPTY_STRING : s;
            }
            default -> String.valueOf(value);
        };
    }

    private static Object value(FieldDescriptor field, String cell) {
        return switch (field.getJavaType()) {
            case INT -> Integer.parseInt(cell);
            case LONG -> Long.parseLong(cell);
            case FLOAT -> Float.parseFloat(cell);
            case DOUBLE -> Double.parseDouble(cell);
            case BOOLEAN -> switch (cell) {
                case "1" -> true;
                case "0" -> false;
                default -> throw new IllegalArgumentException("not 0 or 1");
            };
            case ENUM -> {
                var v = field.getEnumType().findValueByName(cell);
                if (v == null) {
                    throw new IllegalArgumentException("no " + field.getEnumType().getName() + " " + cell);
                }
                yield v;
            }
            case STRING -> cell.equals(EMPTY_STRING) ? "" : cell;
            default -> throw new IllegalArgumentException("unsupported type " + field.getJavaType());
        };
    }
}
