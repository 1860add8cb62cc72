package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.Race;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UpgradeCatalog;
import io.wickedzerg.sim.engine.command.Command;
import io.wickedzerg.sim.engine.command.CommandResult;
import io.wickedzerg.sim.engine.command.PlayerCommands;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.WorldView;
import io.wickedzerg.sim.map.Grid;
import io.wickedzerg.sim.map.Point2;
import io.wickedzerg.sim.map.Terrain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One game: the deterministic world the players act in. Not thread-safe: one thread owns it. The same
 * setup and the same commands at the same loops give the same game.
 *
 * <p>A loop runs the systems in a fixed order: computer players decide, production and larva, harvesting,
 * movement and combat, units pushed apart, deaths, vision, then the end rule.
 */
public final class Game {
    /** Owner of mineral fields and geysers, as the SC2 API reports it. */
    public static final int NEUTRAL = 16;
    /** Computers decide every 8 loops (about 3 times a second at faster), like a quick human. */
    static final int COMPUTER_INTERVAL = 8;

    final GameSetup setup;
    final Terrain terrain;
    final UnitCatalog catalog;
    final UpgradeCatalog upgradeCatalog;
    final Map<Long, SimUnit> units = new LinkedHashMap<>();
    final Map<Integer, PlayerState> players = new TreeMap<>();
    final GroundGrid ground;
    final Obstacles obstacles;
    final PathFinder paths;
    final CreepMap creep;
    final Placement placement;
    final CreepTumors tumors;
    final AddOns addOns;
    final Deaths deaths;
    private final Map<Integer, ComputerPlayer> computers = new TreeMap<>();
    private final Map<Integer, PlayerCommands> computerSinks = new TreeMap<>();
    private final CommandExecutor executor;
    private final AvailableAbilities abilities;
    private final Harvesting harvesting;
    private final Producing producing;
    private final Moving moving;
    private final Fighting fighting;
    private final Separation separation;
    private final Vision vision;
    private final Errands errands;
    private final DebugCommands debug;
    private final List<SimUnit> spawned = new ArrayList<>();
    private final List<Consumer<Game>> loopListeners = new ArrayList<>();
    private long loop;
    private long nextTagIndex = 1;
    private boolean over;

    public Game(GameSetup setup) {
        this.setup = setup;
        this.terrain = new Terrain(setup.map());
        this.catalog = setup.units();
        this.upgradeCatalog = setup.upgrades();
        this.ground = new GroundGrid(terrain);
        this.obstacles = new Obstacles(ground);
        this.paths = new PathFinder(ground);
        this.creep = new CreepMap(terrain);
        this.placement = new Placement(this);
        this.tumors = new CreepTumors(this);
        this.addOns = new AddOns(this);
        Requirements requirements = new Requirements(this);
        UnitOrders orders = new UnitOrders(this);
        Construction construction = new Construction(this, requirements, orders);
        ProductionCommands production = new ProductionCommands(this, requirements);
        Casts casts = new Casts(this, orders);
        this.executor = new CommandExecutor(this, orders, construction, production, casts);
        this.abilities = new AvailableAbilities(this, requirements, production);
        this.harvesting = new Harvesting(this);
        this.producing = new Producing(this);
        this.moving = new Moving(this);
        this.fighting = new Fighting(this, moving);
        this.separation = new Separation(this);
        this.vision = new Vision(this);
        this.deaths = new Deaths(this, vision);
        this.errands = new Errands(this, moving, construction, casts);
        this.debug = new DebugCommands(this);
        SplittableRandom seeds = new SplittableRandom(setup.seed());
        for (PlayerSlot slot : setup.players()) {
            Point2 start = terrain.startLocations().get(slot.playerId() - 1);
            players.put(slot.playerId(), new PlayerState(slot, start, terrain.width() * terrain.height()));
        }
        new StartingUnits(this, producing).place();
        for (PlayerSlot slot : setup.players()) {
            long seed = seeds.nextLong();
            if (slot.computer()) {
                computers.put(slot.playerId(), setup.computers().create(
                        new ComputerSpec(slot.playerId(), slot.race(), slot.difficulty(), seed)));
                computerSinks.put(slot.playerId(), command -> executor.execute(slot.playerId(), command));
            }
        }
        vision.update();
        sampleIncome();
    }

    // ---- public API -------------------------------------------------------------------------------------

    public long gameLoop() {
        return loop;
    }

    public boolean isOver() {
        return over;
    }

    /** {@code game_info}'s pathing grid now: the map's minus the players' structures and the standing rocks. */
    public Grid pathingGrid() {
        return PathingGrids.withStructures(setup.map().pathing(), units.values(), obstacles);
    }

    public GameSetup setup() {
        return setup;
    }

    public Terrain terrain() {
        return terrain;
    }

    /** Advances up to {@code loops} game loops; stops early when the game ends. */
    public void step(int loops) {
        for (int i = 0; i < loops && !over; i++) {
            tick();
        }
    }

    /** Checks and applies a command for a player at the current loop. */
    public CommandResult issue(int playerId, Command command) {
        requirePlayer(playerId);
        if (over) {
            return CommandResult.Error;
        }
        return executor.execute(playerId, command);
    }

    /** Lists a command refused at the protocol in the player's next observation, as the real game does. */
    public void reportRefusal(int playerId, long unitTag, int abilityId, CommandResult result) {
        requirePlayer(playerId).actionErrors.add(new PlayerState.ActionError(unitTag, abilityId, result));
    }

    /** What a player knows now. */
    public PlayerView view(int playerId) {
        return new Views(this).view(requirePlayer(playerId));
    }

    /** The whole world now, as an observer (a replay viewer) sees it: every unit and every player's bank and supply. */
    public WorldView observe() {
        return new Views(this).world();
    }

    /** The observation-only facts a protocol needs beyond the view; drains dead units and action errors. */
    public PlayerReport report(int playerId) {
        return PlayerReport.drain(requirePlayer(playerId), outcomes(), creep, loop);
    }

    /** Results once the game is over: player id to outcome. */
    public Map<Integer, PlayerReport.Outcome> outcomes() {
        Map<Integer, PlayerReport.Outcome> outcomes = new TreeMap<>();
        if (over) {
            players.values().forEach(p -> outcomes.put(p.id(), PlayerReport.Outcome.valueOf(p.outcome.name())));
        }
        return outcomes;
    }

    /** Ground distance between two points, or empty when unreachable. */
    public Optional<Double> pathingDistance(Point2 from, Point2 to) {
        double d = paths.distance(from, to);
        return d == Double.POSITIVE_INFINITY ? Optional.empty() : Optional.of(d);
    }

    /** Whether a structure of {@code structureType} may be placed there by this player now. */
    public CommandResult checkPlacement(int playerId, int structureType, Point2 centre) {
        requirePlayer(playerId);
        return catalog.find(structureType).map(f -> placement.check(playerId, f, centre)).orElse(CommandResult.Error);
    }

    /** Abilities a unit of this player could use now (requirements met, ignoring cost). */
    public List<Integer> availableAbilities(int playerId, long tag) {
        return abilities.of(playerId, tag);
    }

    /** Ends the game now: the player who leaves or surrenders loses. */
    public void surrender(int playerId) {
        end(playerId, false);
    }

    /** The SC2 API's debug commands (cheats, kills, unit values, ending the game) on this game. */
    public DebugCommands debug() {
        return debug;
    }

    /**
     * Calls {@code listener} at the end of every loop from now on, with the loop's state complete (replays record
     * and check state hashes there). It must only read the game.
     */
    public void onLoop(Consumer<Game> listener) {
        loopListeners.add(listener);
    }

    /** A 64-bit hash of the whole game state now; see {@link StateHash}. */
    public long stateHash() {
        return StateHash.of(this);
    }

    public int unitCount() {
        return units.size();
    }

    /**
     * Places a unit for a player as if it had just finished (debug create_unit, benchmarks, tests). Returns
     * its tag.
     */
    public long spawnFinished(int owner, int unitType, Point2 at) {
        UnitFacts facts = catalog.get(unitType);
        SimUnit unit = createUnit(owner, facts, at.x(), at.y(), true);
        return unit.tag;
    }

    // ---- the loop ---------------------------------------------------------------------------------------

    private void tick() {
        loop++;
        for (Map.Entry<Integer, ComputerPlayer> entry : computers.entrySet()) {
            if ((loop + entry.getKey()) % COMPUTER_INTERVAL == 0) {
                entry.getValue().onStep(view(entry.getKey()), computerSinks.get(entry.getKey()));
            }
        }
        List<SimUnit> snapshot = new ArrayList<>(units.values());
        producing.tick(snapshot);
        harvesting.tick(snapshot);
        fighting.tick(snapshot);
        errands.tick(snapshot);
        moving.tick(snapshot);
        separation.tick(snapshot);
        deaths.removeDead();
        if (!spawned.isEmpty()) {
            spawned.forEach(u -> units.put(u.tag, u));
            spawned.clear();
        }
        if (loop % Vision.INTERVAL == 0) {
            vision.update();
        }
        if (loop % CollectionRate.SAMPLE_LOOPS == 0) {
            sampleIncome();
        }
        debug.endIfAsked();
        over = over || EndRule.over(players.values(), loop, setup.loopLimit());
        for (Consumer<Game> listener : loopListeners) {
            listener.accept(this);
        }
    }

    private void sampleIncome() {
        for (PlayerState p : players.values()) {
            p.income.sample(loop, p.collectedMinerals, p.collectedVespene);
        }
    }

    // ---- helpers for the systems -----------------------------------------------------------------------

    long loop() {
        return loop;
    }

    PlayerState player(int id) {
        return players.get(id);
    }

    /** A player's finished upgrades; none for neutral units. */
    Set<Integer> upgradesOf(int playerId) {
        PlayerState p = players.get(playerId);
        return p == null ? Set.of() : p.upgrades;
    }

    Collection<PlayerState> allPlayers() {
        return players.values();
    }

    SimUnit unit(long tag) {
        SimUnit u = units.get(tag);
        if (u != null && u.alive) {
            return u;
        }
        for (SimUnit s : spawned) {
            if (s.tag == tag) {
                return s;
            }
        }
        return null;
    }

    /** Ends the game now: this player wins or loses, everyone else gets the other result. */
    void end(int playerId, boolean won) {
        requirePlayer(playerId);
        if (over) {
            return;
        }
        for (PlayerState p : players.values()) {
            p.outcome = (p.id() == playerId) == won ? PlayerState.Outcome.VICTORY : PlayerState.Outcome.DEFEAT;
        }
        over = true;
    }

    PlayerState requirePlayer(int playerId) {
        PlayerState p = players.get(playerId);
        if (p == null) {
            throw new IllegalArgumentException("no player " + playerId + " in this game; players are " + players.keySet());
        }
        return p;
    }

    long nextTag() {
        // SC2 tags are (index << 18) | recycle; ours never recycle.
        return (nextTagIndex++ << 18) | 1;
    }

    /** Creates a unit now (joins the world at the end of the loop when called during one). */
    SimUnit createUnit(int owner, UnitFacts facts, double x, double y, boolean finished) {
        SimUnit unit = new SimUnit(nextTag(), owner, facts, x, y);
        if (!finished) {
            unit.builtLoops = 0;
            unit.health = Math.max(1, facts.hp() * 0.1);
        }
        if (facts.isStructure()) {
            footprint(unit, +1);
            if (owner != NEUTRAL) {
                players.get(owner).structures++;
            }
            if (finished && facts.race() == Race.ZERG) {
                creep.addSource(unit);
            }
        }
        if (loop == 0 || units.isEmpty()) {
            units.put(unit.tag, unit);
        } else {
            spawned.add(unit);
        }
        return unit;
    }

    void footprint(SimUnit unit, int delta) {
        int w = unit.facts.footprint().width();
        int h = unit.facts.footprint().height();
        if (w == 0 || h == 0 || unit.facts.flying()) {
            return;
        }
        if (TypeGroups.isGasBuilding(unit.facts.id())) {
            return; // the geyser under it already covers these cells
        }
        ground.cover(Placement.x0(unit.facts, unit.x), Placement.y0(unit.facts, unit.y), w, h, delta);
    }

    /** A unit dies: it leaves the world at the end of the loop and counts as lost for its owner. */
    void kill(SimUnit unit, SimUnit killer) {
        deaths.kill(unit, killer);
    }

    /** The mineral field with minerals left nearest a unit, closer than {@code within}; null when there is none. */
    SimUnit nearestMineral(SimUnit from, double within) {
        SimUnit best = null;
        double bestD = within;
        for (SimUnit u : units.values()) {
            if (u.alive && u.facts.resource() == ResourceKind.MINERALS && u.mineralContents > 0) {
                double d = u.distanceTo(from);
                if (d < bestD) {
                    bestD = d;
                    best = u;
                }
            }
        }
        return best;
    }

    /** Centre of the mineral line nearest a point. */
    Point2 mineralCentre(Point2 near) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (SimUnit u : units.values()) {
            if (u.facts.resource() == ResourceKind.MINERALS && near.distanceTo(u.x, u.y) < 12) {
                sx += u.x;
                sy += u.y;
                n++;
            }
        }
        return n == 0 ? Point2.of(near.x(), near.y() + 1) : Point2.of(sx / n, sy / n);
    }
}
