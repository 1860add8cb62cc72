package io.wickedzerg.sim.data;

import io.wickedzerg.sim.data.table.TsvResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every neutral structure and resource type the real game knows (mineral field and geyser variants, rocks,
 * debris, towers...), so a recorded ladder map with any of them loads. Critters and other neutral non-structures
 * are left out: they wander, and a recorded map leaves them out too. Read from
 * {@code neutral_units.tsv}, generated from the fixtures' game_data.pb by {@code NeutralUnitsTest}
 * ({@code -Dwz.regenerateGameData=true}): id, name, armor, sight, attributes, ability, alias and whether it holds minerals or
 * vespene are the game's. Not in game_data, so set by rule here: mineral fields 2x1 cells, radius 1.125,
 * geysers 3x3, radius 1.5 (as the hand-written resources); everything else radius 1 and no footprint (a
 * recorded map gives each of them its observed radius and the cells it blocks), 2000 hit points for
 * destructibles (Liquipedia's value for most rocks; the game's differ by size), 10000 for resources.
 */
final class NeutralUnits {
    static final String RESOURCE = "neutral_units.tsv";
    static final String HEADER = "unit_id\tname\tarmor\tsight_range\tattributes\tresource\tability_id\tunit_alias";
    static final int DESTRUCTIBLE_HP = 2000;

    private NeutralUnits() {
    }

    /** The table's types but those in {@code except} (the hand-written rows win). */
    static List<UnitFacts> all(Set<Integer> except) {
        List<UnitFacts> out = new ArrayList<>();
        for (String[] row : rows()) {
            int id = Integer.parseInt(row[0]);
            if (!except.contains(id)) {
                out.add(facts(id, row));
            }
        }
        return out;
    }

    private static UnitFacts facts(int id, String[] row) {
        UnitRow unit = UnitRow.unit(id, row[1], Race.NO_RACE).cost(0, 0)
                .armor(Float.parseFloat(row[2])).sight(Float.parseFloat(row[3]));
        if (!row[4].isEmpty()) {
            for (String number : row[4].split(",")) {
                unit.attributes(Attribute.fromProto(Integer.parseInt(number)));
            }
        }
        if (!row[6].equals("0")) {
            unit.ability(Integer.parseInt(row[6]));
        }
        if (!row[7].equals("0")) {
            unit.alias(Integer.parseInt(row[7]));
        }
        switch (ResourceKind.valueOf(row[5])) {
            case MINERALS -> unit.minerals().hp(10000).radius(1.125f).footprint(2, 1);
            case VESPENE -> unit.vespene().hp(10000).radius(1.5f).footprint(3);
            default -> unit.hp(DESTRUCTIBLE_HP).radius(1f);
        }
        return unit.build();
    }

    private static List<String[]> rows() {
        return TsvResource.read(NeutralUnits.class, RESOURCE, HEADER, (line, number) -> {
            String[] cells = line.split("\t", -1);
            if (cells.length != 8) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": needs 8 columns, has " + cells.length);
            }
            return cells;
        });
    }
}
