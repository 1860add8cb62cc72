package io.wickedzerg.sim.protocol;

import SC2APIProtocol.Common;
import SC2APIProtocol.Error;
import SC2APIProtocol.Raw;
import SC2APIProtocol.Sc2Api;
import SC2APIProtocol.ScoreOuterClass;
import com.google.protobuf.ByteString;
import io.wickedzerg.sim.data.ResourceKind;
import io.wickedzerg.sim.data.UnitCatalog;
import io.wickedzerg.sim.data.UnitFacts;
import io.wickedzerg.sim.data.UnitTypeIds;
import io.wickedzerg.sim.engine.Alert;
import io.wickedzerg.sim.engine.Game;
import io.wickedzerg.sim.engine.PlayerReport;
import io.wickedzerg.sim.engine.command.Target;
import io.wickedzerg.sim.engine.view.OrderView;
import io.wickedzerg.sim.engine.view.PlayerView;
import io.wickedzerg.sim.engine.view.UnitView;
import io.wickedzerg.sim.map.HeightGrid;
import io.wickedzerg.sim.map.Terrain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one player's {@code ResponseObservation}. At step size 1 a client asks thousands of times a second
 * while most of the world stands still, so it reuses what has not changed since the last observation: the
 * visibility and creep grids, the score, and each unit whose view is unchanged (resources, idle structures).
 */
public final class ObservationEncoder {
    private final Common.Size2DI size;
    private final Terrain terrain;
    private long visibilityVersion = -1;
    private ByteString visibility;
    private long creepVersion = -1;
    private ByteString creep;
    private Map<Long, EncodedUnit> lastUnits = new HashMap<>();
    private Map<Long, EncodedUnit> nextUnits = new HashMap<>();
    private ScoreKey scoreKey;
    private ScoreOuterClass.Score scoreProto;

    public ObservationEncoder(Terrain terrain) {
        this.terrain = terrain;
        this.size = Common.Size2DI.newBuilder().setX(terrain.width()).setY(terrain.height()).build();
    }

    public Sc2Api.ResponseObservation encode(Game game, int playerId) {
        return encode(game, playerId, List.of(), List.of());
    }

    /**
     * With the player's own actions accepted since its last observation and the chat it received, which the
     * real game lists in {@code actions} and {@code chat}.
     */
    public Sc2Api.ResponseObservation encode(Game game, int playerId, List<Sc2Api.Action> actions,
                                             List<Sc2Api.ChatReceived> chat) {
        // the units sent last time become the reference; this observation's go into the emptied other map
        Map<Long, EncodedUnit> swap = lastUnits;
        lastUnits = nextUnits;
        nextUnits = swap;
        nextUnits.clear();
        PlayerView view = game.view(playerId);
        PlayerReport report = game.report(playerId);
        Raw.ObservationRaw.Builder raw = Raw.ObservationRaw.newBuilder()
                .setPlayer(Raw.PlayerRaw.newBuilder()
                        .setCamera(Common.Point.newBuilder().setX(view.startLocation().x()).setY(view.startLocation().y()))
                        .addAllUpgradeIds(view.upgrades()))
                .setMapState(Raw.MapState.newBuilder()
                        .setVisibility(Common.ImageData.newBuilder().setBitsPerPixel(8).setSize(size)
                                .setData(visibility(report)))
                        .setCreep(Common.ImageData.newBuilder().setBitsPerPixel(1).setSize(size).setData(creep(report))));
        int idleWorkers = 0;
        int army = 0;
        int larva = 0;
        for (UnitView u : view.ownUnits()) {
            raw.addUnits(unit(u, Raw.Alliance.Self, view.units()));
            UnitFacts facts = view.units().find(u.type()).orElse(null);
            boolean worker = facts != null && facts.worker();
            if (worker && u.isIdle()) {
                idleWorkers++;
            }
            if (u.type() == UnitTypeIds.LARVA) {
                larva++;
            } else if (!worker && facts != null && !facts.isStructure() && facts.foodRequired() > 0) {
                army++;
            }
        }
        for (UnitView u : view.enemyUnits()) {
            raw.addUnits(unit(u, Raw.Alliance.Enemy, view.units()));
        }
        for (UnitView u : view.neutralUnits()) {
            raw.addUnits(unit(u, Raw.Alliance.Neutral, view.units()));
        }
        if (!report.deadUnits().isEmpty()) {
            raw.setEvent(Raw.Event.newBuilder().addAllDeadUnits(report.deadUnits()));
        }
        Sc2Api.PlayerCommon.Builder common = Sc2Api.PlayerCommon.newBuilder()
                .setPlayerId(playerId)
                .setMinerals(view.minerals())
                .setVespene(view.vespene())
                .setFoodCap(view.foodCap())
                .setFoodUsed(view.foodUsed())
                .setFoodArmy(view.foodArmy())
                .setFoodWorkers(view.foodWorkers())
                .setIdleWorkerCount(idleWorkers)
                .setArmyCount(army)
                .setWarpGateCount(0);
        if (larva > 0) {
            common.setLarvaCount(larva); // the real game leaves it unset for a Terran at loop 0 (see the fixtures)
        }
        Sc2Api.Observation.Builder obs = Sc2Api.Observation.newBuilder()
                .setGameLoop((int) view.gameLoop())
                .setPlayerCommon(common)
                .setRawData(raw)
                .setScore(score(report.score(), view.foodArmy(), view.foodWorkers()));
        for (Alert alert : report.alerts()) {
            obs.addAlerts(Sc2Api.Alert.valueOf(alert.name()));
        }
        Sc2Api.ResponseObservation.Builder out = Sc2Api.ResponseObservation.newBuilder().setObservation(obs)
                .addAllActions(actions).addAllChat(chat);
        for (PlayerReport.ActionFailure failure : report.actionErrors()) {
            out.addActionErrors(Sc2Api.ActionError.newBuilder().setUnitTag(failure.unitTag())
                    .setAbilityId(failure.abilityId())
                    .setResult(ActionResults.toProto(failure.result())));
        }
        report.outcomes().forEach((id, outcome) -> out.addPlayerResult(Sc2Api.PlayerResult.newBuilder()
                .setPlayerId(id)
                .setResult(switch (outcome) {
                    case VICTORY -> Sc2Api.Result.Victory;
                    case DEFEAT -> Sc2Api.Result.Defeat;
                    case TIE -> Sc2Api.Result.Tie;
                })));
        return out.build();
    }

    private ByteString visibility(PlayerReport report) {
        if (report.visibilityVersion() != visibilityVersion || visibility == null) {
            visibility = ByteString.copyFrom(report.visibility());
            visibilityVersion = report.visibilityVersion();
        }
        return visibility;
    }

    private ByteString creep(PlayerReport report) {
        if (report.creepVersion() != creepVersion || creep == null) {
            creep = ByteString.copyFrom(report.creepBits());
            creepVersion = report.creepVersion();
        }
        return creep;
    }

    /** A unit as last sent: reused while the view and the alliance it was encoded from stay equal. */
    private record EncodedUnit(UnitView view, Raw.Alliance alliance, Raw.Unit proto) {
    }

    private Raw.Unit unit(UnitView u, Raw.Alliance alliance, UnitCatalog units) {
        EncodedUnit last = lastUnits.get(u.tag());
        Raw.Unit proto = last != null && last.alliance() == alliance && last.view().equals(u)
                ? last.proto() : encodeUnit(u, alliance, units);
        nextUnits.put(u.tag(), last != null && last.proto() == proto ? last : new EncodedUnit(u, alliance, proto));
        return proto;
    }

    private Raw.Unit encodeUnit(UnitView u, Raw.Alliance alliance, UnitCatalog units) {
        float z = (float) HeightGrid.byteToWorld(terrain.heightAt((int) u.position().x(), (int) u.position().y()));
        Raw.Unit.Builder b = Raw.Unit.newBuilder()
                .setDisplayType(u.snapshot() ? Raw.DisplayType.Snapshot : Raw.DisplayType.Visible)
                .setAlliance(alliance)
                .setTag(u.tag())
                .setUnitType(u.type())
                .setOwner(u.owner())
                .setPos(Common.Point.newBuilder().setX(u.position().x()).setY(u.position().y()).setZ(z))
                .setFacing(u.facing())
                .setRadius(u.radius())
                .setBuildProgress(u.buildProgress())
                .setIsOnScreen(false)
                .setIsBlip(false);
        if (u.snapshot()) {
            // what the real game sends for a unit under fog: no vitals, contents or flags (see the fixtures)
            return b.setCloak(Raw.CloakState.CloakedUnknown).setIsPowered(false).build();
        }
        b.setCloak(Raw.CloakState.NotCloaked)
                .setIsSelected(false)
                .setIsFlying(u.flying())
                .setIsBurrowed(false)
                .setIsHallucination(false)
                .setIsActive(!u.orders().isEmpty())
                .setHealth(u.health())
                .setHealthMax(u.healthMax())
                .setShield(u.shield())
                .setShieldMax(u.shieldMax())
                .setArmorUpgradeLevel(u.upgradeLevels().armor())
                .setShieldUpgradeLevel(u.upgradeLevels().shield());
        UnitFacts facts = units.find(u.type()).orElse(null);
        boolean armed = facts != null && !facts.weapons().isEmpty();
        if (armed) {
            b.setAttackUpgradeLevel(u.upgradeLevels().attack());
        }
        if (facts == null || facts.isStructure() || alliance == Raw.Alliance.Neutral) {
            b.setIsPowered(u.powered()); // the real game sends it on structures and neutrals, not on units
        }
        if (u.rally() != null) {
            Raw.RallyTarget.Builder rally = Raw.RallyTarget.newBuilder()
                    .setPoint(Common.Point.newBuilder().setX(u.rally().x()).setY(u.rally().y()));
            if (u.rallyTag() != 0) {
                rally.setTag(u.rallyTag());
            }
            b.addRallyTargets(rally);
        }
        b.setEnergy(u.energy()).setEnergyMax(u.energyMax());
        ResourceKind resource = facts == null ? ResourceKind.NONE : facts.resource();
        if (resource == ResourceKind.MINERALS || u.mineralContents() > 0) {
            b.setMineralContents(u.mineralContents());
        }
        if (resource == ResourceKind.VESPENE || u.vespeneContents() > 0) {
            b.setVespeneContents(u.vespeneContents());
        }
        if (alliance == Raw.Alliance.Self) {
            b.setAssignedHarvesters(u.assignedHarvesters()).setIdealHarvesters(u.idealHarvesters());
            if (armed) {
                b.setWeaponCooldown(u.weaponCooldown());
            }
            if (u.engagedTargetTag() != 0) {
                b.setEngagedTargetTag(u.engagedTargetTag());
            }
            if (u.addOnTag() != 0) {
                b.setAddOnTag(u.addOnTag());
            }
            if (u.carryingMinerals()) {
                b.addBuffIds(DataEncoder.BUFF_CARRY_MINERALS);
            }
            if (u.carryingVespene()) {
                b.addBuffIds(DataEncoder.BUFF_CARRY_GAS);
            }
            if (u.larvaInjected()) {
                b.addBuffIds(DataEncoder.BUFF_QUEEN_SPAWN_LARVA_TIMER);
            }
            for (OrderView o : u.orders()) {
                Raw.UnitOrder.Builder ob = Raw.UnitOrder.newBuilder().setAbilityId(o.abilityId());
                if (o.target() instanceof Target.At at) {
                    ob.setTargetWorldSpacePos(Common.Point.newBuilder().setX(at.point().x()).setY(at.point().y()));
                } else if (o.target() instanceof Target.OnUnit on) {
                    ob.setTargetUnitTag(on.tag());
                }
                if (o.progress() > 0) {
                    ob.setProgress(o.progress());
                }
                b.addOrders(ob);
            }
        }
        return b.build();
    }

    private ScoreOuterClass.Score score(PlayerReport.Score s, int foodArmy, int foodWorkers) {
        ScoreKey key = new ScoreKey(s, foodArmy, foodWorkers);
        if (!key.equals(scoreKey)) {
            scoreKey = key;
            scoreProto = encodeScore(s, foodArmy, foodWorkers);
        }
        return scoreProto;
    }

    /** What the score message depends on: it changes far less often than once a loop. */
    private record ScoreKey(PlayerReport.Score score, int foodArmy, int foodWorkers) {
    }

    private static ScoreOuterClass.Score encodeScore(PlayerReport.Score s, int foodArmy, int foodWorkers) {
        ScoreOuterClass.CategoryScoreDetails zero = category(0, 0);
        ScoreOuterClass.VitalScoreDetails vital = ScoreOuterClass.VitalScoreDetails.newBuilder()
                .setLife(0).setShields(0).setEnergy(0).build();
        ScoreOuterClass.ScoreDetails details = ScoreOuterClass.ScoreDetails.newBuilder()
                .setIdleProductionTime(0).setIdleWorkerTime(0)
                .setTotalValueUnits(0).setTotalValueStructures(0)
                .setKilledValueUnits(s.killedValueUnits()).setKilledValueStructures(s.killedValueStructures())
                .setCollectedMinerals(s.collectedMinerals()).setCollectedVespene(s.collectedVespene())
                .setCollectionRateMinerals(s.collectionRateMinerals()).setCollectionRateVespene(s.collectionRateVespene())
                .setSpentMinerals(s.spentMinerals()).setSpentVespene(s.spentVespene())
                .setFoodUsed(category(foodArmy, foodWorkers))
                .setKilledMinerals(zero).setKilledVespene(zero)
                .setLostMinerals(category(s.lostMinerals(), 0)).setLostVespene(category(s.lostVespene(), 0))
                .setFriendlyFireMinerals(zero).setFriendlyFireVespene(zero)
                .setUsedMinerals(zero).setUsedVespene(zero)
                .setTotalUsedMinerals(zero).setTotalUsedVespene(zero)
                .setTotalDamageDealt(vital).setTotalDamageTaken(vital).setTotalHealed(vital)
                .setCurrentApm(0).setCurrentEffectiveApm(0)
                .build();
        int value = (int) (s.collectedMinerals() + s.collectedVespene() + s.killedValueUnits() + s.killedValueStructures());
        return ScoreOuterClass.Score.newBuilder().setScoreType(ScoreOuterClass.Score.ScoreType.Melee)
                .setScore(value).setScoreDetails(details).build();
    }

    private static ScoreOuterClass.CategoryScoreDetails category(float army, float economy) {
        return ScoreOuterClass.CategoryScoreDetails.newBuilder()
                .setNone(0).setArmy(army).setEconomy(economy).setTechnology(0).setUpgrade(0).build();
    }
}
