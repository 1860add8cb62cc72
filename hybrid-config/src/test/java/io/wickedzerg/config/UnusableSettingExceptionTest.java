package io.wickedzerg.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnusableSettingExceptionTest {

    @Test
    void theMessageIsOneLineNamingKeyVariableSourceAndPath() {
        HybridConfig config = new HybridConfigLoader(Map.of("SPOOL_DIR", "/srv/spool"), Path.of(".")).load();
        IOException cause = new AccessDeniedException("/srv/spool/wz-0", null, "Permission denied\nreally");

        UnusableSettingException e = UnusableSettingException.forPath(config, Setting.SPOOL_DIR,
                Path.of("/srv/spool/wz-0/telemetry"), cause.toString(), cause);

        assertThat(e).isInstanceOf(ConfigException.class).hasCause(cause);
        assertThat(e.getMessage()).doesNotContain("\n")
                .startsWith("spool_dir = /srv/spool (env SPOOL_DIR): cannot write to /srv/spool/wz-0/telemetry: ")
                .contains("Permission denied really")
                .endsWith("set spool_dir in the config file or SPOOL_DIR in the environment)");
        assertThat(e.setting()).isEqualTo(Setting.SPOOL_DIR);
        assertThat(e.path()).isEqualTo(Path.of("/srv/spool/wz-0/telemetry"));
    }
}
