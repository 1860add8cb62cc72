package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.data.Weapon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Attacks: weapons with damage, bonuses against attributes, hits per attack, range (edge to edge),
 * cooldown (game_data's seconds at normal speed, 16 loops each) and ground/air targets. Damage goes to
 * shields first (reduced only by shield research), then health reduced by armor, at least 0.5 a hit;
 * researched weapon and armor levels apply (see {@link CombatUpgrades}).
 *
 * <p>Target choice (attack-move, idle and hold-position units): enemies that can shoot back first, then
 * other units, then structures, then larva and eggs; the nearest of the best class, found by a
 * nearest-first search of per-player spatial grids. Idle units answer enemies within their
 * range; attack-moving units look as far as their sight. Searches are staggered over 4 loops per unit.
 */
final class Fighting {
    static final int SCAN_INTERVAL = 4;

    /** Units move up to this far in a loop before the grid is rebuilt; searches look this much further. */
    private static final double MOVE_SLACK = 1.0;
    private static final int BUCKET = 2;

    private final Game game;
    private final Moving moving;
    /** One grid per player, so a search for enemies never walks the searcher's own crowd. */
    private final Map<Integer, UnitGrid> grids = new TreeMap<>();
    private final List<UnitGrid> enemyGrids = new ArrayList<>();
    private final List<SimUnit> candidates = new ArrayList<>();

    Fighting(Game game, Moving moving) {
        this.game = game;
        this.moving = moving;
    }

    void tick(List<SimUnit> units) {
        grids.values().forEach(UnitGrid::clear);
        for (SimUnit u : units) {
            if (u.alive && u.owner != Game.NEUTRAL) {
                grids.computeIfAbsent(u.owner, owner -> new UnitGrid(game.terrain.width(), game.terrain.height(), BUCKET))
                        .add(u);
            }
        }
        for (SimUnit u : units) {
            if (!u.alive || !u.finished() || u.facts.weapons().isEmpty()) {
                continue;
            }
            if (u.weaponCooldown > 0) {
                u.weaponCooldown -= 1;
            }
            Order order = u.currentOrder();
            if (order instanceof Order.Attack attack) {
                SimUnit target = game.unit(attack.targetTag());
                if (target == null || !attackable(u, target)) {
                    u.orders.pollFirst();
                    u.engagedTarget = 0;
                    continue;
                }
                engage(u, target, true);
            } else if (order instanceof Order.AttackMove || order instanceof Order.Patrol) {
                // both fight whatever they see on the way, and walk on between fights
                SimUnit target = currentOrNewTarget(u, sightOf(u));
                if (target != null) {
                    engage(u, target, true);
                } else {
                    u.engagedTarget = 0;
                    walkOn(u, order);
                }
            } else if (order == null || order instanceof Order.Hold) {
                if (u.isStructure() && u.facts.weapons().isEmpty()) {
                    continue;
                }
                SimUnit target = currentOrNewTarget(u, rangeOf(u, null) + (order == null ? 1.0 : 0.0));
                if (target != null) {
                    engage(u, target, false);
                } else {
                    u.engagedTarget = 0;
                }
            }
        }
    }

    private void walkOn(SimUnit u, Order order) {
        if (order instanceof Order.Patrol patrol) {
            moving.patrol(u, patrol);
        } else if (order instanceof Order.AttackMove am
                && (moving.stepTowards(u, am.point(), 0.5) || moving.blocked(u, am, am.point()))) {
            u.orders.pollFirst();
            u.clearPath();
        }
    }

    private SimUnit currentOrNewTarget(SimUnit u, double within) {
        SimUnit current = u.engagedTarget == 0 ? null : game.unit(u.engagedTarget);
        boolean currentValid = current != null && attackable(u, current) && u.gapTo(current) <= within;
        boolean scanTurn = (game.loop() + u.tag) % SCAN_INTERVAL == 0;
        if (!scanTurn && (currentValid || u.engagedTarget == 0)) {
            return currentValid ? current : null;
        }
        SimUnit best = choose(u, within);
        u.engagedTarget = best == null ? 0 : best.tag;
        return best;
    }

    /**
     * The best target within {@code within} (edge to edge): units that can shoot back, then other units, then
     * structures; the nearest of the best class, the lower tag on a tie so the answer does not depend on the
     * grid's order.
     */
    private SimUnit choose(SimUnit u, double within) {
        SimUnit best = null;
        int bestClass = Integer.MAX_VALUE;
        double bestGap = Double.MAX_VALUE;
        enemyGrids.clear();
        double maxRadius = 0;
        for (Map.Entry<Integer, UnitGrid> e : grids.entrySet()) {
            if (e.getKey() != u.owner) {
                enemyGrids.add(e.getValue());
                maxRadius = Math.max(maxRadius, e.getValue().maxRadius());
            }
        }
        double slack = u.facts.radius() + maxRadius + MOVE_SLACK;
        for (int k = 0; ; k++) {
            // nearest first: ring k lies at least (k - 1) buckets away; stop once nothing there can be in
            // range or beat an armed target already found (strictly, so ties resolve as in a full scan)
            double nearestGap = (k - 1) * BUCKET - slack;
            if (nearestGap > within || bestClass == 0 && nearestGap > bestGap) {
                break;
            }
            candidates.clear();
            boolean onMap = false;
            for (UnitGrid grid : enemyGrids) {
                onMap |= grid.ring(u.x, u.y, k, candidates);
            }
            if (!onMap) {
                break;
            }
            for (SimUnit t : candidates) {
                if (!t.alive) {
                    continue;
                }
                double gap = u.gapTo(t);
                if (gap > within || !attackable(u, t)) {
                    continue;
                }
                int cls = targetClass(t);
                if (cls < bestClass || (cls == bestClass && (gap < bestGap || gap == bestGap && t.tag < best.tag))) {
                    best = t;
                    bestClass = cls;
                    bestGap = gap;
                }
            }
        }
        return best;
    }

    /**
     * Target priority, best first: units that can shoot back, other units, structures, and last larva and
     * eggs (armor 10: the real game's lowest priority too, or a crowd would hack at eggs while the hatchery
     * stands).
     */
    private static int targetClass(SimUnit t) {
        int type = t.facts.id();
        if (type == UnitTypeIds.LARVA || type == UnitTypeIds.EGG) {
            return 3;
        }
        return t.isStructure() ? 2 : (t.facts.weapons().isEmpty() ? 1 : 0);
    }

    /** Fires when in range and ready; otherwise walks closer (unless holding position). */
    private void engage(SimUnit u, SimUnit target, boolean mayMove) {
        Weapon weapon = weaponFor(u.facts, target);
        if (weapon == null) {
            return;
        }
        u.engagedTarget = target.tag;
        double gap = u.gapTo(target);
        if (gap <= weapon.range()) {
            u.facing = (float) StrictMath.atan2(target.y - u.y, target.x - u.x);
            if (u.weaponCooldown <= 0) {
                fire(u, target, weapon);
                PlayerState shooter = game.player(u.owner);
                boolean noCooldown = shooter != null && shooter.cheating(Cheat.COOLDOWN);
                u.weaponCooldown = noCooldown ? 0 : weapon.cooldownLoops();
            }
        } else if (mayMove && !u.isStructure()) {
            moving.stepTowards(u, target.position(), u.facts.radius() + target.facts.radius() + weapon.range() * 0.9);
        }
    }

    private void fire(SimUnit attacker, SimUnit target, Weapon weapon) {
        Set<Integer> attackerUpgrades = game.upgradesOf(attacker.owner);
        Set<Integer> targetUpgrades = game.upgradesOf(target.owner);
        double bonus = CombatUpgrades.attackBonus(attackerUpgrades, attacker.facts, weapon);
        float armor = target.facts.armor() + CombatUpgrades.armorBonus(targetUpgrades, target.facts);
        float shieldArmor = CombatUpgrades.shieldArmor(targetUpgrades, target.facts);
        PlayerState victim = game.player(target.owner);
        if (victim != null && victim.cheating(Cheat.GOD)) {
            return; // the god cheat: the real game shows the shot and takes nothing off
        }
        for (int hit = 0; hit < weapon.attacks() && target.alive; hit++) {
            double damage = weapon.damageAgainst(target.facts.attributes()) + bonus;
            if (target.shield > 0) {
                double onShield = Math.max(0, damage - shieldArmor);
                double absorbed = Math.min(target.shield, onShield);
                target.shield -= absorbed;
                damage = onShield - absorbed;
                if (damage <= 0) {
                    continue;
                }
            }
            target.health -= Math.max(0.5, damage - armor);
            target.lastDamagedLoop = (int) game.loop();
            if (victim != null) {
                victim.underAttack(target.isStructure(), game.loop());
            }
            if (target.health <= 0) {
                game.kill(target, attacker);
            }
        }
    }

    boolean attackable(SimUnit u, SimUnit target) {
        if (target.owner == u.owner || !target.alive) {
            return false;
        }
        if (weaponFor(u.facts, target) == null) {
            return false;
        }
        PlayerState viewer = game.player(u.owner);
        return viewer == null || game.player(target.owner) == null || Vision.sees(game, viewer, target);
    }

    static Weapon weaponFor(UnitFacts attacker, SimUnit target) {
        for (Weapon w : attacker.weapons()) {
            if (target.facts.flying() ? w.hitsAir() : w.hitsGround()) {
                return w;
            }
        }
        return null;
    }

    private static double rangeOf(SimUnit u, SimUnit target) {
        double r = 0;
        for (Weapon w : u.facts.weapons()) {
            r = Math.max(r, w.range());
        }
        return r;
    }

    private static double sightOf(SimUnit u) {
        return Math.max(u.facts.sightRange(), rangeOf(u, null));
    }
}
