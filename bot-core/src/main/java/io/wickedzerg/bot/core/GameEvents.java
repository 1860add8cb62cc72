package io.wickedzerg.bot.core;

import java.util.Map;

/** Notable moments a manager reports (attack started, ...); telemetry records them. */
@FunctionalInterface
public interface GameEvents {

    GameEvents NONE = (kind, fields) -> { };

    void emit(String kind, Map<String, Object> fields);
}
