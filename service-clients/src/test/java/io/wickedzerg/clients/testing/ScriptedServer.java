package io.wickedzerg.clients.testing;

import java.io.IOException;
import java.net.InetAddress;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;

/** A MockWebServer on loopback that plays its scripted answers first, then answers 200. */
public final class ScriptedServer {

    private ScriptedServer() {
    }

    public static MockWebServer start() throws IOException {
        MockWebServer server = new MockWebServer();
        // the default dispatcher would wait for a script forever once the script runs out
        QueueDispatcher dispatcher = new QueueDispatcher();
        dispatcher.setFailFast(new MockResponse().setResponseCode(200));
        server.setDispatcher(dispatcher);
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }
}
