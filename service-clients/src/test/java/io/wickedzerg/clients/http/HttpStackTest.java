package io.wickedzerg.clients.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.config.HybridConfig;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class HttpStackTest {

    @Test
    void everyConnectionSendsWithoutNaglesDelay() throws Exception {
        List<Boolean> noDelay = new CopyOnWriteArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(200));
            server.start();
            OkHttpClient client = HttpStack.configure(new OkHttpClient.Builder(), HybridConfig.builder().build())
                    .eventListener(new EventListener() {
                        @Override
                        public void connectionAcquired(Call call, Connection connection) {
                            try {
                                noDelay.add(connection.socket().getTcpNoDelay());
                            } catch (IOException e) {
                                throw new AssertionError(e);
                            }
                        }
                    }).build();
            // a body over OkHttp's 8 KiB segment: the size at which Nagle held the last piece back
            RequestBody body = RequestBody.create(new byte[20_000], MediaType.get("application/json"));
            try (Response response = client.newCall(new Request.Builder().url(server.url("/api/telemetry"))
                    .post(body).build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }
            HttpStack.shutdown(client);
        }
        assertThat(noDelay).containsExactly(true);
    }
}
