package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.map.GameMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Everything that fixes a game: map, players, facts, seed and loop limit. Same setup + same commands = same game. */
public record GameSetup(
        GameMap map,
        List<PlayerSlot> players,
        UnitCatalog units,
        UpgradeCatalog upgrades,
        ComputerPlayerFactory computers,
        long seed,
        long loopLimit) {

    /** 60 minutes at faster speed; a game still running then is a tie. */
    public static final long DEFAULT_LOOP_LIMIT = 80_640;

    public GameSetup {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(upgrades, "upgrades");
        Objects.requireNonNull(computers, "computers");
        players = List.copyOf(players);
        if (players.size() != 2) {
            throw new IllegalArgumentException("a game needs exactly 2 players, got " + players.size());
        }
        if (loopLimit <= 0) {
            throw new IllegalArgumentException("loopLimit must be positive, got " + loopLimit);
        }
    }

    public static Builder builder(GameMap map) {
        return new Builder(map);
    }

    public static final class Builder {
        private final GameMap map;
        private final List<PlayerSlot> players = new ArrayList<>();
        private UnitCatalog units = UnitCatalog.standard();
        private UpgradeCatalog upgrades = UpgradeCatalog.standard();
        private ComputerPlayerFactory computers = spec -> {
            throw new IllegalStateException("player " + spec.playerId() + " is a computer, but the game setup names no "
                    + "ComputerPlayerFactory; give one to GameSetup.Builder.computers (the server passes the built-in AI's)");
        };
        private long seed = 1;
        private long loopLimit = DEFAULT_LOOP_LIMIT;

        private Builder(GameMap map) {
            this.map = map;
        }

        public Builder player(PlayerSlot slot) {
            players.add(slot);
            return this;
        }

        public Builder units(UnitCatalog units) {
            this.units = units;
            return this;
        }

        public Builder upgrades(UpgradeCatalog upgrades) {
            this.upgrades = upgrades;
            return this;
        }

        public Builder computers(ComputerPlayerFactory computers) {
            this.computers = computers;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder loopLimit(long loopLimit) {
            this.loopLimit = loopLimit;
            return this;
        }

        public GameSetup build() {
            return new GameSetup(map, players, units, upgrades, computers, seed, loopLimit);
        }
    }
}
