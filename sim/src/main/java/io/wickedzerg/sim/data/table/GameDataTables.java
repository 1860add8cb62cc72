package io.wickedzerg.sim.data.table;

import SC2APIProtocol.Data;
import java.util.ArrayList;
import java.util.List;

/**
 * The game's own abilities, buffs and effects as the real StarCraft II serves them in {@code ResponseData}:
 * facts tables generated once from the fixtures' game_data.pb (by {@code GameDataTablesTest} with
 * {@code -Dwz.regenerateGameData=true}) and shipped as resources, so the server needs no game files.
 * Every ability is kept, not only those the engine plays: the list must be dense (ids 0..n-1), because
 * clients follow {@code remaps_to_ability_id} into it (ocraft fails on a remap past the end).
 */
public final class GameDataTables {
    static final String ABILITIES = "abilities.tsv";
    static final String BUFFS = "buffs.tsv";
    static final String EFFECTS = "effects.tsv";

    static final List<String> ABILITY_COLUMNS = List.of("ability_id", "link_name", "link_index", "button_name",
            "friendly_name", "hotkey", "remaps_to_ability_id", "available", "target", "allow_minimap",
            "allow_autocast", "is_building", "footprint_radius", "is_instant_placement", "cast_range");
    static final List<String> BUFF_COLUMNS = List.of("buff_id", "name");
    static final List<String> EFFECT_COLUMNS = List.of("effect_id", "name", "friendly_name", "radius");

    private final List<Data.AbilityData> abilities;
    private final List<Data.BuffData> buffs;
    private final List<Data.EffectData> effects;

    private GameDataTables(List<Data.AbilityData> abilities, List<Data.BuffData> buffs, List<Data.EffectData> effects) {
        this.abilities = List.copyOf(abilities);
        this.buffs = List.copyOf(buffs);
        this.effects = List.copyOf(effects);
        for (int i = 0; i < this.abilities.size(); i++) {
            if (this.abilities.get(i).getAbilityId() != i) {
                throw new IllegalStateException(ABILITIES + ": row " + i + " holds ability "
                        + this.abilities.get(i).getAbilityId() + "; the list must be dense and in id order");
            }
        }
    }

    /** The tables shipped with the server. */
    public static GameDataTables load() {
        return new GameDataTables(
                read(ABILITIES, new TsvCodec<>(Data.AbilityData.getDefaultInstance(), ABILITY_COLUMNS)),
                read(BUFFS, new TsvCodec<>(Data.BuffData.getDefaultInstance(), BUFF_COLUMNS)),
                read(EFFECTS, new TsvCodec<>(Data.EffectData.getDefaultInstance(), EFFECT_COLUMNS)));
    }

    /** Every ability of the game, indexed by id. */
    public List<Data.AbilityData> abilities() {
        return abilities;
    }

    public Data.AbilityData ability(int id) {
        if (id < 0 || id >= abilities.size()) {
            throw new IllegalArgumentException("no ability " + id + "; ids are 0.." + (abilities.size() - 1));
        }
        return abilities.get(id);
    }

    public List<Data.BuffData> buffs() {
        return buffs;
    }

    public List<Data.EffectData> effects() {
        return effects;
    }

    private static <M extends com.google.protobuf.Message> List<M> read(String name, TsvCodec<M> codec) {
        return TsvResource.read(GameDataTables.class, name, codec.header(), codec::read);
    }

    /** Rows as the tables hold them, header first: what the generator writes. */
    static <M extends com.google.protobuf.Message> List<String> rows(List<M> messages, M prototype, List<String> columns) {
        TsvCodec<M> codec = new TsvCodec<>(prototype, columns);
        List<String> rows = new ArrayList<>();
        rows.add(codec.header());
        messages.stream().map(codec::write).forEach(rows::add);
        return rows;
    }
}
