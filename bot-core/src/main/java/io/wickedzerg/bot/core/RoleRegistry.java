package io.wickedzerg.bot.core;

import io.wickedzerg.bot.model.StepSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unit tag to role, for the whole game. A manager only commands units in its roles and takes a unit
 * from another role explicitly ({@link #reassign}), so ownership changes are visible in one place.
 */
public final class RoleRegistry {

    private final Map<Long, Role> roles = new HashMap<>();

    public Optional<Role> roleOf(long tag) {
        return Optional.ofNullable(roles.get(tag));
    }

    public boolean has(long tag, Role role) {
        return roles.get(tag) == role;
    }

    /** Gives an unowned unit a role; false when someone already owns it. */
    public boolean claim(long tag, Role role) {
        return roles.putIfAbsent(tag, role) == null;
    }

    /** Moves a unit from {@code from} to {@code to}; false when it was not in {@code from}. */
    public boolean reassign(long tag, Role from, Role to) {
        return roles.replace(tag, from, to);
    }

    public void release(long tag) {
        roles.remove(tag);
    }

    public List<Long> tagsIn(Role role) {
        List<Long> out = new ArrayList<>();
        roles.forEach((tag, r) -> {
            if (r == role) {
                out.add(tag);
            }
        });
        out.sort(Long::compare);
        return out;
    }

    public int count(Role role) {
        int n = 0;
        for (Role r : roles.values()) {
            if (r == role) {
                n++;
            }
        }
        return n;
    }

    /** Forgets units that are gone (dead, or a drone that became a structure). */
    public void retainAlive(StepSnapshot snapshot) {
        roles.keySet().removeIf(tag -> {
            var unit = snapshot.byTag(tag);
            return unit == null || !unit.isMine();
        });
    }

    public int size() {
        return roles.size();
    }
}
