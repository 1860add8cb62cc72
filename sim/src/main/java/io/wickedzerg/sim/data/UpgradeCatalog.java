package io.wickedzerg.sim.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The immutable set of researches the simulator supports, by upgrade id, name or research ability. */
public final class UpgradeCatalog {
    private static final UpgradeCatalog STANDARD = new UpgradeCatalog(StandardUpgrades.all());

    private final List<UpgradeFacts> all;
    private final Map<Integer, UpgradeFacts> byId;
    private final Map<String, UpgradeFacts> byName;
    private final Map<Integer, UpgradeFacts> byAbility;

    public UpgradeCatalog(Collection<UpgradeFacts> upgrades) {
        this.all = List.copyOf(upgrades);
        Map<Integer, UpgradeFacts> ids = new HashMap<>();
        Map<String, UpgradeFacts> names = new HashMap<>();
        Map<Integer, UpgradeFacts> abilities = new HashMap<>();
        for (UpgradeFacts upgrade : all) {
            if (ids.put(upgrade.id(), upgrade) != null) {
                throw new IllegalArgumentException("duplicate upgrade id " + upgrade.id());
            }
            if (names.put(upgrade.name().toLowerCase(Locale.ROOT), upgrade) != null) {
                throw new IllegalArgumentException("duplicate upgrade name " + upgrade.name());
            }
            if (abilities.put(upgrade.abilityId(), upgrade) != null) {
                throw new IllegalArgumentException("duplicate research ability " + upgrade.abilityId());
            }
        }
        this.byId = Map.copyOf(ids);
        this.byName = Map.copyOf(names);
        this.byAbility = Map.copyOf(abilities);
    }

    public static UpgradeCatalog standard() {
        return STANDARD;
    }

    public List<UpgradeFacts> all() {
        return all;
    }

    public Optional<UpgradeFacts> find(int upgradeId) {
        return Optional.ofNullable(byId.get(upgradeId));
    }

    /** @throws IllegalArgumentException when the upgrade is not supported */
    public UpgradeFacts get(int upgradeId) {
        UpgradeFacts upgrade = byId.get(upgradeId);
        if (upgrade == null) {
            throw new IllegalArgumentException("unsupported upgrade id " + upgradeId);
        }
        return upgrade;
    }

    public Optional<UpgradeFacts> byName(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The upgrade a research ability order starts, if any. */
    public Optional<UpgradeFacts> researchedBy(int abilityId) {
        return Optional.ofNullable(byAbility.get(abilityId));
    }
}
