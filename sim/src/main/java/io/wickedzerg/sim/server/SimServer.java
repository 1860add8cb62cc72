package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.netty.buffer.Unpooled;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.BindException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The headless SC2 server: a websocket endpoint at {@code ws://host:port/sc2api} speaking the SC2 API, one
 * connection per player. Start it in-process with {@link #start(SimServerOptions)} (port 0 for a free port)
 * and close it when done; it is listening when {@code start} returns.
 */
public final class SimServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SimServer.class);
    /** Large enough for any request; responses always go out as one frame whatever their size. */
    private static final int MAX_MESSAGE = 64 * 1024 * 1024;

    private final Vertx vertx;
    private final HttpServer http;
    private final GameHost host;
    private final int port;

    private SimServer(Vertx vertx, HttpServer http, GameHost host) {
        this.vertx = vertx;
        this.http = http;
        this.host = host;
        this.port = http.actualPort();
    }

    /** A listening server; {@link ListenException} when it cannot listen at the options' host and port. */
    public static SimServer start(SimServerOptions options) {
        // one event loop: the game runs on it too (see EventLoopGameThread)
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1)
                // A stuck game must show up in the log with its stack; a client asking for thousands
                // of loops in one step may hold the loop that long too, and then only logs a warning.
                .setMaxEventLoopExecuteTime(TimeUnit.SECONDS.toNanos(10))
                .setWarningExceptionTime(TimeUnit.SECONDS.toNanos(10)));
        GameHost host = new GameHost(options, EventLoopGameThread.of(vertx));
        HttpServer http = vertx.createHttpServer(new HttpServerOptions()
                .setMaxWebsocketFrameSize(MAX_MESSAGE)
                .setMaxWebsocketMessageSize(MAX_MESSAGE)
                .setTcpNoDelay(true));
        http.websocketHandler(ws -> accept(host, ws));
        CompletableFuture<HttpServer> listening = new CompletableFuture<>();
        http.listen(options.port(), options.host(), done -> {
            if (done.succeeded()) {
                listening.complete(done.result());
            } else {
                listening.completeExceptionally(done.cause());
            }
        });
        try {
            listening.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            host.close();
            vertx.close();
            throw new IllegalStateException("interrupted while starting the server", e);
        } catch (ExecutionException | TimeoutException e) {
            host.close();
            vertx.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ListenException(options.host(), options.port(), portInUse(cause), cause);
        }
        SimServer server = new SimServer(vertx, http, host);
        log.info("SC2 API server listening on ws://{}:{}/sc2api", options.host(), server.port());
        return server;
    }

    private static boolean portInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException && String.valueOf(t.getMessage()).contains("in use")) {
                return true;
            }
        }
        return false;
    }

    private static void accept(GameHost host, ServerWebSocket ws) {
        if (!"/sc2api".equals(ws.path())) {
            ws.reject(404);
            return;
        }
        GameHost.Connection connection = host.open(response -> send(ws, response), () -> vertxClose(ws));
        ws.binaryMessageHandler(buffer -> connection.request(buffer.getBytes()));
        ws.textMessageHandler(text -> connection.request(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ws.closeHandler(v -> connection.closed());
        ws.exceptionHandler(e -> log.debug("websocket error: {}", e.toString()));
    }

    private static void send(ServerWebSocket ws, byte[] response) {
        try {
            // wrapped, not copied: Buffer.buffer(byte[]) would copy every observation once more before netty writes it
            ws.writeFrame(WebSocketFrame.binaryFrame(Buffer.buffer(Unpooled.wrappedBuffer(response)), true));
        } catch (IllegalStateException closed) {
            // the client hung up first (ocraft closes right after sending quit): nobody is left to read it
            log.debug("a response of {} bytes not sent: connection already closed", response.length);
        }
    }

    private static void vertxClose(ServerWebSocket ws) {
        try {
            ws.close();
        } catch (IllegalStateException alreadyClosed) {
            log.debug("websocket already closed");
        }
    }

    /**
     * How many participants have joined the game the server holds now, started or waiting for their opponent: a
     * bot-vs-bot host shows with it that the first bot is in.
     */
    public int joinedParticipants() {
        return askGameThread(host.joinedParticipants());
    }

    private static int askGameThread(CompletableFuture<Integer> answer) {
        try {
            return answer.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the game thread", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the game thread did not answer: " + e, e);
        }
    }

    /** How many joins between clients wait for a host to create a game ({@link WaitingJoins}). */
    public int joinsWaitingForAGame() {
        return askGameThread(host.joinsWaitingForAGame());
    }

    public int port() {
        return port;
    }

    /** The games finished so far: replay file (with a replay folder), final loop, state hash, results. */
    public java.util.List<io.wickedzerg.sim.replay.SavedGame> savedGames() {
        return host.savedGames();
    }

    @Override
    public void close() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        http.close(done -> vertx.close(v -> closed.complete(null)));
        try {
            closed.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("server did not close cleanly: {}", e.toString());
        } finally {
            host.close();
        }
    }
}
