package io.wickedzerg.services.settings;

import java.util.EnumMap;
import java.util.Map;

/** Every setting's value and where it came from ("default", "file x.json", "env SERVICE_PORT", "flag --port"). */
public final class LoadedSettings {

    private final Map<ServiceSetting, Object> values = new EnumMap<>(ServiceSetting.class);
    private final Map<ServiceSetting, String> sources = new EnumMap<>(ServiceSetting.class);

    void put(ServiceSetting setting, String text, String source) {
        try {
            values.put(setting, setting.parse(text));
            sources.put(setting, source);
        } catch (IllegalArgumentException e) {
            throw new BadSettingException(source + ": " + setting.jsonKey() + ": " + e.getMessage() + "; allowed: "
                    + setting.allowed());
        }
    }

    public Object value(ServiceSetting setting) {
        return values.get(setting);
    }

    public String source(ServiceSetting setting) {
        return sources.get(setting);
    }

    /** "api_key = (hidden) (env SERVICE_API_KEY)" lines, for the log at start: secrets stay hidden. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (ServiceSetting setting : ServiceSetting.values()) {
            out.append(setting.jsonKey()).append(" = ").append(values.get(setting)).append(" (")
                    .append(sources.get(setting)).append(")\n");
        }
        return out.toString();
    }
}
