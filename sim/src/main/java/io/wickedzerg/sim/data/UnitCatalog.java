package io.wickedzerg.sim.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable set of unit types the simulator supports, looked up by SC2 type id, by name
 * (case-insensitive) or by the ability that creates a type.
 */
public final class UnitCatalog {
    private static final UnitCatalog STANDARD = new UnitCatalog(StandardUnits.all(), StandardUnits.modeSwitches());

    private final List<UnitFacts> all;
    private final Map<Integer, UnitFacts> byId;
    private final Map<String, UnitFacts> byName;
    private final Map<Integer, UnitFacts> byCreationAbility;
    private final Map<Integer, ModeSwitch> modeSwitches;

    public UnitCatalog(Collection<UnitFacts> units, Collection<ModeSwitch> modeSwitches) {
        this.all = List.copyOf(units);
        Map<Integer, UnitFacts> ids = new HashMap<>();
        Map<String, UnitFacts> names = new HashMap<>();
        Map<Integer, UnitFacts> abilities = new HashMap<>();
        for (UnitFacts unit : all) {
            if (ids.put(unit.id(), unit) != null) {
                throw new IllegalArgumentException("duplicate unit type id " + unit.id());
            }
            if (names.put(key(unit.name()), unit) != null) {
                throw new IllegalArgumentException("duplicate unit name " + unit.name());
            }
            // Modes (SiegeTankSieged) carry game_data's ability but are reached through a ModeSwitch, not an order that creates.
            if (unit.abilityId() != 0 && unit.production() != ProductionKind.NONE) {
                UnitFacts previous = abilities.put(unit.abilityId(), unit);
                if (previous != null) {
                    throw new IllegalArgumentException("ability " + unit.abilityId() + " creates both "
                            + previous.name() + " and " + unit.name());
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byName = Map.copyOf(names);
        this.byCreationAbility = Map.copyOf(abilities);
        Map<Integer, ModeSwitch> switches = new HashMap<>();
        for (ModeSwitch modeSwitch : modeSwitches) {
            if (!ids.containsKey(modeSwitch.fromType()) || !ids.containsKey(modeSwitch.toType())) {
                throw new IllegalArgumentException("mode switch between unknown types: " + modeSwitch);
            }
            if (switches.put(modeSwitch.abilityId(), modeSwitch) != null || abilities.containsKey(modeSwitch.abilityId())) {
                throw new IllegalArgumentException("ability " + modeSwitch.abilityId() + " used twice");
            }
        }
        this.modeSwitches = Map.copyOf(switches);
    }

    /** The catalog of every unit the simulator supports. */
    public static UnitCatalog standard() {
        return STANDARD;
    }

    public List<UnitFacts> all() {
        return all;
    }

    public Optional<UnitFacts> find(int typeId) {
        return Optional.ofNullable(byId.get(typeId));
    }

    /** @throws IllegalArgumentException when the type is not supported */
    public UnitFacts get(int typeId) {
        UnitFacts unit = byId.get(typeId);
        if (unit == null) {
            throw new IllegalArgumentException("unsupported unit type id " + typeId);
        }
        return unit;
    }

    public boolean contains(int typeId) {
        return byId.containsKey(typeId);
    }

    public Optional<UnitFacts> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The unit type an ability order creates (train, build, larva morph, morph, add-on), if any. */
    public Optional<UnitFacts> createdBy(int abilityId) {
        return Optional.ofNullable(byCreationAbility.get(abilityId));
    }

    /** The mode change an ability order makes (siege, unsiege, lower, raise, ...), if any. */
    public Optional<ModeSwitch> modeSwitch(int abilityId) {
        return Optional.ofNullable(modeSwitches.get(abilityId));
    }

    public List<UnitFacts> ofRace(Race race) {
        return all.stream().filter(unit -> unit.race() == race).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
