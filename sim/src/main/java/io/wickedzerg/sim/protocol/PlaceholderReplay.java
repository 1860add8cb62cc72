package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Common;
import SC2APIProtocol.Sc2Api;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.PlayerReport;
import io.wickedzerg.sim.engine.PlayerSlot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What {@code RequestSaveReplay} answers: a placeholder for full replays (which would hold every command so a
 * game can be replayed), recording only who played where and how it ended, so that a client that saves a replay
 * after each game (python-sc2's {@code run_game(save_replay_as=...)}) gets a file instead of an error.
 *
 * <p>Format, version 1, big-endian ({@link DataOutputStream}; "str" is its modified UTF-8 with a u16 length):
 * <pre>
 * 8 bytes  magic, ASCII "WZREPLAY"
 * u16      version (1)
 * str      map name, e.g. "Wicked Cove"
 * str      map file name, e.g. "Wicked Cove.SC2Map"
 * i64      seed of the game
 * i64      game loop when the replay was saved
 * u8       1 if the game ran in realtime, else 0
 * u8       number of players, then for each:
 *   u8     player id
 *   str    type: "Participant" or "Computer"
 *   str    race requested: "Terran", "Zerg", "Protoss" or "Random"
 *   str    race played: "Terran", "Zerg" or "Protoss"
 *   str    name
 *   str    difficulty as the SC2 API spells it ("Easy", "CheatInsane", ...), "" for participants
 *   str    result: "Victory", "Defeat", "Tie", or "Undecided" while the game runs
 * </pre>
 * A later version may append fields; a reader must refuse versions it does not know.
 */
public record PlaceholderReplay(int version, String mapName, String mapFile, long seed, long gameLoop,
                                boolean realtime, List<Player> players) {
    public static final byte[] MAGIC = "WZREPLAY".getBytes(StandardCharsets.US_ASCII);
    public static final int VERSION = 1;

    /** One seat of the game, with names as the SC2 API's enums spell them. */
    public record Player(int playerId, String type, String raceRequested, String race, String name,
                         String difficulty, String result) {
    }

    public PlaceholderReplay {
        Objects.requireNonNull(mapName, "mapName");
        Objects.requireNonNull(mapFile, "mapFile");
        players = List.copyOf(players);
    }

    /** The replay of {@code game} as it stands now. */
    public static PlaceholderReplay of(Game game, boolean realtime) {
        List<Player> players = new ArrayList<>();
        for (PlayerSlot slot : game.setup().players()) {
            PlayerReport.Outcome outcome = game.outcomes().get(slot.playerId());
            players.add(new Player(slot.playerId(),
                    (slot.computer() ? Sc2Api.PlayerType.Computer : Sc2Api.PlayerType.Participant).name(),
                    Common.Race.forNumber(slot.raceRequested().protoValue()).name(),
                    Common.Race.forNumber(slot.race().protoValue()).name(),
                    slot.name(),
                    slot.computer() ? Sc2Api.Difficulty.forNumber(slot.difficulty().protoValue()).name() : "",
                    outcome == null ? Sc2Api.Result.Undecided.name() : switch (outcome) {
                        case VICTORY -> Sc2Api.Result.Victory.name();
                        case DEFEAT -> Sc2Api.Result.Defeat.name();
                        case TIE -> Sc2Api.Result.Tie.name();
                    }));
        }
        return new PlaceholderReplay(VERSION, game.setup().map().name(), game.setup().map().fileName(),
                game.setup().seed(), game.gameLoop(), realtime, players);
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeShort(version);
            out.writeUTF(mapName);
            out.writeUTF(mapFile);
            out.writeLong(seed);
            out.writeLong(gameLoop);
            out.writeByte(realtime ? 1 : 0);
            out.writeByte(players.size());
            for (Player p : players) {
                out.writeByte(p.playerId());
                out.writeUTF(p.type());
                out.writeUTF(p.raceRequested());
                out.writeUTF(p.race());
                out.writeUTF(p.name());
                out.writeUTF(p.difficulty());
                out.writeUTF(p.result());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** Reads a replay written by {@link #toBytes()}; {@link IllegalArgumentException} for anything else. */
    public static PlaceholderReplay parse(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException("not a Wicked Zerg replay: it does not start with \"WZREPLAY\"");
            }
            int version = in.readUnsignedShort();
            if (version != VERSION) {
                throw new IllegalArgumentException("replay version " + version + " is not supported; supported: " + VERSION);
            }
            String mapName = in.readUTF();
            String mapFile = in.readUTF();
            long seed = in.readLong();
            long loop = in.readLong();
            boolean realtime = in.readUnsignedByte() == 1;
            int count = in.readUnsignedByte();
            List<Player> players = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                players.add(new Player(in.readUnsignedByte(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
                        in.readUTF(), in.readUTF()));
            }
            return new PlaceholderReplay(version, mapName, mapFile, seed, loop, realtime, players);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated replay: " + e.getMessage(), e);
        }
    }
}
