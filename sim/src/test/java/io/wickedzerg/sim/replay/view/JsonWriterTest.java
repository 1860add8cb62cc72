package io.wickedzerg.sim.replay.view;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonWriterTest {

    @Test
    void writesNestedValuesCompactly() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("n", 3);
        root.put("big", 1L << 40);
        root.put("whole", 2.0);
        root.put("half", 0.375f);
        root.put("float", 0.4f);
        root.put("double", 0.4);
        root.put("ok", true);
        root.put("none", null);
        root.put("ints", new int[] {1, -2});
        root.put("list", List.of("a", List.of()));
        root.put("empty", Map.of());

        assertThat(JsonWriter.write(root)).isEqualTo(
                "{\"n\":3,\"big\":1099511627776,\"whole\":2,\"half\":0.375,\"float\":0.4,\"double\":0.4,"
                        + "\"ok\":true,\"none\":null,"
                        + "\"ints\":[1,-2],\"list\":[\"a\",[]],\"empty\":{}}");
    }

    @Test
    void stringsCannotCloseTheScriptElementTheyAreEmbeddedIn() {
        assertThat(JsonWriter.write("</script><b>\"Q\" & \\ \n\t\u0001\u2028"))
                .isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\\"Q\\\" \\u0026 \\\\ \\n\\t\\u0001\\u2028\"");
    }

    @Test
    void refusesWhatJsonCannotSay() {
        assertThatThrownBy(() -> JsonWriter.write(Double.NaN)).hasMessage("JSON has no NaN");
        assertThatThrownBy(() -> JsonWriter.write(Map.of(1, 2))).hasMessage("JSON object keys are strings, got 1");
        assertThatThrownBy(() -> JsonWriter.write(Arrays.asList(new Object())))
                .hasMessage("no JSON for a java.lang.Object");
    }
}
