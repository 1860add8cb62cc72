package io.wickedzerg.clients.http;

import io.wickedzerg.config.HybridConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The one HTTP stack of the three clients: a single OkHttpClient (one connection pool, one
 * dispatcher) with the timeouts of {@link HybridConfig} and the bearer token when one is set.
 * OkHttp retries nothing itself here: {@link ResilientSender} owns every retry decision.
 */
public final class HttpStack {

    private HttpStack() {
    }

    public static OkHttpClient create(HybridConfig config) {
        return configure(new OkHttpClient.Builder(), config).build();
    }

    /** Applies the project's settings on top of a builder (tests add TLS trust material this way). */
    public static OkHttpClient.Builder configure(OkHttpClient.Builder builder, HybridConfig config) {
        Duration timeout = config.connectionTimeout();
        builder.connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                // a server that trickles bytes resets the read timeout forever; the call timeout bounds it
                .callTimeout(timeout.multipliedBy(3))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .socketFactory(new NoDelaySocketFactory())
                .connectionPool(new ConnectionPool(4, 1, TimeUnit.MINUTES));
        if (!config.apiKey().isEmpty()) {
            builder.addInterceptor(new BearerTokenInterceptor(config.apiKey()));
        }
        return builder;
    }

    /** Stops the stack's threads and idle connections (for a client that created its own stack). */
    public static void shutdown(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
