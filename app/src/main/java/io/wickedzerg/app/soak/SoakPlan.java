package io.wickedzerg.app.soak;

import java.util.ArrayList;
import java.util.List;

/**
 * The games of a soak: races, maps and difficulties cycled at different periods so every combination comes
 * up, and every other game in hybrid mode with the services absent (the condition the 60-second stall was
 * first seen in).
 */
public record SoakPlan(List<String> races, List<String> maps, List<String> difficulties) {

    public SoakPlan {
        races = List.copyOf(races);
        maps = List.copyOf(maps);
        difficulties = List.copyOf(difficulties);
        if (races.isEmpty() || maps.isEmpty() || difficulties.isEmpty()) {
            throw new IllegalArgumentException("a soak needs at least one race, map and difficulty");
        }
    }

    public List<SoakGame> games(int count, long firstSeed) {
        List<SoakGame> games = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            games.add(new SoakGame(i + 1, firstSeed + i,
                    races.get(i % races.size()),
                    maps.get(i / races.size() % maps.size()),
                    difficulties.get(i / (races.size() * maps.size()) % difficulties.size()),
                    i % 2 == 1));
        }
        return games;
    }
}
