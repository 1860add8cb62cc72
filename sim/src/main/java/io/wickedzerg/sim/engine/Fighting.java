package io.wickedzerg.sim.engine;

import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.Weapon;

import java.util.List;

/**
 * Attacks: weapons with damage, bonuses against attributes, hits per attack, range (edge to edge),
 * cooldown (game_data's seconds at normal speed, 16 loops each) and ground/air targets. Damage goes to
 * shields first (no armor there), then health reduced by armor, at least 0.5 a hit.
 *
 * <p>Target choice (attack-move, idle and hold-position units): enemies that can shoot back first, then
 * other units, then structures; the nearest of the best class. Idle units answer enemies within their
 * range; attack-moving units look as far as their sight. Searches are staggered over 4 loops per unit.
 */
final class Fighting {
    static final int SCAN_INTERVAL = 4;

    private final Game game;
    private final Moving moving;

    Fighting(Game game, Moving moving) {
        this.game = game;
        this.moving = moving;
    }

    void tick(List<SimUnit> units) {
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
            } else if (order instanceof Order.AttackMove am) {
                SimUnit target = currentOrNewTarget(u, sightOf(u));
                if (target != null) {
                    engage(u, target, true);
                } else {
                    u.engagedTarget = 0;
                    if (moving.stepTowards(u, am.point(), 0.5)) {
                        u.orders.pollFirst();
                        u.clearPath();
                    }
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

    private SimUnit choose(SimUnit u, double within) {
        SimUnit best = null;
        int bestClass = Integer.MAX_VALUE;
        double bestGap = Double.MAX_VALUE;
        for (SimUnit t : game.units.values()) {
            if (!t.alive || t.owner == u.owner || t.owner == Game.NEUTRAL || !attackable(u, t)) {
                continue;
            }
            double gap = u.gapTo(t);
            if (gap > within) {
                continue;
            }
            int cls = t.isStructure() ? 2 : (t.facts.weapons().isEmpty() ? 1 : 0);
            if (cls < bestClass || (cls == bestClass && gap < bestGap)) {
                best = t;
                bestClass = cls;
                bestGap = gap;
            }
        }
        return best;
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
            u.facing = (float) Math.atan2(target.y - u.y, target.x - u.x);
            if (u.weaponCooldown <= 0) {
                fire(u, target, weapon);
                u.weaponCooldown = weapon.cooldownLoops();
            }
        } else if (mayMove && !u.isStructure()) {
            moving.stepTowards(u, target.position(), u.facts.radius() + target.facts.radius() + weapon.range() * 0.9);
        }
    }

    private void fire(SimUnit attacker, SimUnit target, Weapon weapon) {
        PlayerState owner = game.player(attacker.owner);
        float armor = target.facts.armor() + armorUpgrades(target);
        for (int hit = 0; hit < weapon.attacks() && target.alive; hit++) {
            double damage = weapon.damageAgainst(target.facts.attributes()) + attackUpgrades(owner, attacker);
            if (target.shield > 0) {
                double absorbed = Math.min(target.shield, damage);
                target.shield -= absorbed;
                damage -= absorbed;
                if (damage <= 0) {
                    continue;
                }
            }
            target.health -= Math.max(0.5, damage - armor);
            target.lastDamagedLoop = (int) game.loop();
            if (target.health <= 0) {
                game.kill(target, attacker);
            }
        }
    }

    /** Weapon and armor upgrades are not modelled yet: researched upgrades count only as tech. */
    private static double attackUpgrades(PlayerState owner, SimUnit attacker) {
        return 0;
    }

    private static float armorUpgrades(SimUnit target) {
        return 0;
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
