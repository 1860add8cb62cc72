package io.wickedzerg.bot.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.wickedzerg.bot.model.StepSnapshot;
import io.wickedzerg.bot.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RoleRegistryTest {

    @Test
    void aUnitHasOneOwnerAndMovesOnlyFromTheRoleItIsIn() {
        RoleRegistry roles = new RoleRegistry();

        assertThat(roles.claim(100, Role.MINERALS)).isTrue();
        assertThat(roles.claim(100, Role.ARMY)).as("already owned").isFalse();
        assertThat(roles.reassign(100, Role.GAS, Role.SCOUT)).as("not in GAS").isFalse();
        assertThat(roles.reassign(100, Role.MINERALS, Role.BUILDER)).isTrue();
        assertThat(roles.tagsIn(Role.BUILDER)).containsExactly(100L);
        assertThat(roles.count(Role.MINERALS)).isZero();
    }

    @Test
    void forgetsUnitsThatAreGone() {
        RoleRegistry roles = new RoleRegistry();
        roles.claim(100, Role.MINERALS);
        roles.claim(999, Role.ARMY);
        StepSnapshot s = Fixtures.opening().build(Fixtures.TECH);

        roles.retainAlive(s);

        assertThat(roles.roleOf(100)).contains(Role.MINERALS);
        assertThat(roles.roleOf(999)).isEmpty();
        assertThat(roles.size()).isEqualTo(1);
    }
}
