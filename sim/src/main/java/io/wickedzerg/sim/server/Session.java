package io.wickedzerg.sim.server;

import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.protocol.ObservationEncoder;

import java.util.function.Consumer;

/** One client connection's state: which seat it holds, its interface options, whether it quit. */
final class Session {
    final int id;
    final Consumer<Sc2Api.Response> out;
    final Runnable closer;
    int playerId;
    Lobby lobby;
    Sc2Api.InterfaceOptions options = Sc2Api.InterfaceOptions.newBuilder().setRaw(true).setScore(true).build();
    ObservationEncoder encoder;
    boolean quit;
    boolean left;

    Session(int id, Consumer<Sc2Api.Response> out, Runnable closer) {
        this.id = id;
        this.out = out;
        this.closer = closer;
    }

    boolean joined() {
        return lobby != null && playerId != 0 && !left;
    }

    Sc2Api.Status status(Lobby current) {
        if (quit) {
            return Sc2Api.Status.quit;
        }
        if (joined() && lobby.game != null) {
            return lobby.game.isOver() ? Sc2Api.Status.ended : Sc2Api.Status.in_game;
        }
        if (joined() || current != null && current.game == null && current.createdBy == this) {
            return Sc2Api.Status.init_game;
        }
        return Sc2Api.Status.launched;
    }

    @Override
    public String toString() {
        return "connection-" + id;
    }
}
