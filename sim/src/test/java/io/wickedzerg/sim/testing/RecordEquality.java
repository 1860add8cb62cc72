package io.wickedzerg.sim.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * Checks a record's hand-written {@code equals} and {@code hashCode} against what the record's own would do: for
 * every component, a copy that differs in that component alone is not equal, and an equal copy is equal with the
 * same hash code. A component left out of {@code equals} fails here.
 */
public final class RecordEquality {
    private RecordEquality() {
    }

    /**
     * @param sample    a record whose components all hold ordinary values
     * @param different for each component type that is not a primitive, a value unlike the sample's
     */
    public static <R extends Record> void assertComponentWise(R sample, Map<Class<?>, Object> different)
            throws ReflectiveOperationException {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Constructor<?> canonical = sample.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        canonical.setAccessible(true);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(sample);
        }
        Object copy = canonical.newInstance(values.clone());
        assertThat(copy).isEqualTo(sample).isNotSameAs(sample);
        assertThat(copy.hashCode()).isEqualTo(sample.hashCode());
        assertThat(sample).isNotEqualTo(null).isNotEqualTo(new Object());
        for (int i = 0; i < components.length; i++) {
            Object[] changed = values.clone();
            changed[i] = unlike(components[i].getType(), values[i], different);
            Object other = canonical.newInstance(changed);
            assertThat(other).as("differs in %s alone", components[i].getName()).isNotEqualTo(sample);
            assertThat(sample).as("differs in %s alone", components[i].getName()).isNotEqualTo(other);
        }
    }

    private static Object unlike(Class<?> type, Object value, Map<Class<?>, Object> different) {
        if (type == int.class) {
            return (Integer) value + 1;
        }
        if (type == long.class) {
            return (Long) value + 1;
        }
        if (type == float.class) {
            return (Float) value + 1f;
        }
        if (type == boolean.class) {
            return !(Boolean) value;
        }
        Object other = different.get(type);
        if (other == null || other.equals(value)) {
            throw new IllegalArgumentException("no value unlike " + value + " given for " + type);
        }
        return other;
    }
}
