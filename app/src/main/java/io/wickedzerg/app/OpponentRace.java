package io.wickedzerg.app;

import com.github.ocraft.s2client.protocol.game.Race;

/** The opponent race as the CLI spells it (lower case), and as ocraft wants it. */
enum OpponentRace {
    terran(Race.TERRAN), zerg(Race.ZERG), protoss(Race.PROTOSS), random(Race.RANDOM);

    private final Race ocraft;

    OpponentRace(Race ocraft) {
        this.ocraft = ocraft;
    }

    Race ocraft() {
        return ocraft;
    }
}
