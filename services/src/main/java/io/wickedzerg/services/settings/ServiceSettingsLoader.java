package io.wickedzerg.services.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Defaults, then a JSON file, then the environment, then command-line flags: each later one wins. */
public final class ServiceSettingsLoader {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param jsonFile a flat JSON object of setting keys, when given
     * @param env      the environment (System.getenv() in production)
     * @param flags    values from the command line, with the flag that gave each (e.g. "--port")
     */
    public LoadedSettings load(Optional<Path> jsonFile, Map<String, String> env, Map<ServiceSetting, Flag> flags) {
        LoadedSettings loaded = new LoadedSettings();
        for (ServiceSetting setting : ServiceSetting.values()) {
            loaded.put(setting, setting.defaultText(), "default");
        }
        jsonFile.ifPresent(file -> readFile(file, loaded));
        for (ServiceSetting setting : ServiceSetting.values()) {
            String value = env.get(setting.envVar());
            if (value != null) {
                loaded.put(setting, value, "env " + setting.envVar());
            }
        }
        flags.forEach((setting, flag) -> loaded.put(setting, flag.value(), "flag " + flag.name()));
        return loaded;
    }

    private void readFile(Path file, LoadedSettings loaded) {
        String source = "file " + file;
        JsonNode root;
        try {
            root = json.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new BadSettingException(source + ": not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadSettingException(source + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadSettingException(source + ": must be a JSON object of settings");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ServiceSetting setting = Arrays.stream(ServiceSetting.values())
                    .filter(s -> s.jsonKey().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new BadSettingException(source + ": unknown key '" + entry.getKey()
                            + "'; known keys: " + Arrays.stream(ServiceSetting.values()).map(ServiceSetting::jsonKey)
                            .collect(Collectors.joining(", "))));
            JsonNode value = entry.getValue();
            if (!value.isValueNode() || value.isNull()) {
                throw new BadSettingException(source + ": " + setting.jsonKey() + ": must be a string or a number; "
                        + "allowed: " + setting.allowed());
            }
            loaded.put(setting, value.asText(), source);
        }
    }

    /** A value given on the command line, and the flag's name for error messages. */
    public record Flag(String name, String value) {
    }
}
