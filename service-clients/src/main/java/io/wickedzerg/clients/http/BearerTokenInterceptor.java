package io.wickedzerg.clients.http;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer <key>} to every request. The key is never logged. */
final class BearerTokenInterceptor implements Interceptor {

    private final String headerValue;

    BearerTokenInterceptor(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey: must not be blank when the interceptor is installed");
        }
        this.headerValue = "Bearer " + apiKey;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("Authorization", headerValue).build());
    }

    @Override
    public String toString() {
        return "BearerTokenInterceptor{key=******}";
    }
}
