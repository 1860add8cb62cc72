package io.wickedzerg.clients.testing;

import java.io.IOException;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test class whose every test gets its own {@link ScriptedServer} on loopback and a temporary folder. */
public abstract class WithScriptedServer {

    @TempDir
    protected Path tmp;

    protected MockWebServer server;

    @BeforeEach
    final void startScriptedServer() throws IOException {
        server = ScriptedServer.start();
    }

    @AfterEach
    final void stopScriptedServer() throws IOException {
        server.shutdown();
    }
}
