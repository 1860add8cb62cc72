"""A Zerg bot written as a python-sc2 user writes one: drones to 2 bases, pool, queens that inject,
zerglings and roaches that attack. Nothing in it knows which server it plays on."""
from sc2.bot_ai import BotAI
from sc2.ids.ability_id import AbilityId
from sc2.ids.buff_id import BuffId
from sc2.ids.unit_typeid import UnitTypeId

from report import Report


class ZergBot(BotAI):
    def __init__(self):
        super().__init__()
        self.report = Report(self)

    async def on_step(self, iteration: int):
        self.report.step()
        await self.distribute_workers()
        await self.macro()
        self.inject()
        self.fight()

    async def macro(self):
        larvae = self.larva
        if (self.supply_left < 3 + self.townhalls.amount and self.supply_cap < 200
                and self.already_pending(UnitTypeId.OVERLORD) < self.townhalls.amount and larvae
                and self.can_afford(UnitTypeId.OVERLORD)):
            larvae.random.train(UnitTypeId.OVERLORD)
            return
        wanted_drones = min(16 * self.townhalls.amount + 3 * self.gas_buildings.amount, 38)
        if (self.supply_workers + self.already_pending(UnitTypeId.DRONE) < wanted_drones and larvae
                and self.can_afford(UnitTypeId.DRONE) and self.supply_left >= 1):
            larvae.random.train(UnitTypeId.DRONE)
        if self.supply_workers >= 16 and self.townhalls.amount + self.already_pending(UnitTypeId.HATCHERY) < 2:
            if self.can_afford(UnitTypeId.HATCHERY):
                await self.expand_now()
            return
        if (self.structures(UnitTypeId.SPAWNINGPOOL).amount + self.already_pending(UnitTypeId.SPAWNINGPOOL) == 0
                and self.can_afford(UnitTypeId.SPAWNINGPOOL)):
            await self.build(UnitTypeId.SPAWNINGPOOL,
                             near=self.start_location.towards(self.game_info.map_center, 6))
        pool = self.structures(UnitTypeId.SPAWNINGPOOL).ready
        if pool and self.gas_buildings.amount + self.already_pending(UnitTypeId.EXTRACTOR) < 1 \
                and self.can_afford(UnitTypeId.EXTRACTOR):
            geyser = self.vespene_geyser.closest_to(self.start_location)
            drone = self.select_build_worker(geyser.position)
            if drone:
                drone.build_gas(geyser)
        if pool and self.structures(UnitTypeId.ROACHWARREN).amount + self.already_pending(UnitTypeId.ROACHWARREN) == 0 \
                and self.can_afford(UnitTypeId.ROACHWARREN):
            await self.build(UnitTypeId.ROACHWARREN,
                             near=self.start_location.towards(self.game_info.map_center, 9))
        for hatchery in self.townhalls.ready.idle:
            if pool and self.units(UnitTypeId.QUEEN).amount + self.already_pending(UnitTypeId.QUEEN) < self.townhalls.amount \
                    and self.can_afford(UnitTypeId.QUEEN):
                hatchery.train(UnitTypeId.QUEEN)
        if self.structures(UnitTypeId.ROACHWARREN).ready and larvae and self.can_afford(UnitTypeId.ROACH) \
                and self.supply_left >= 2:
            larvae.random.train(UnitTypeId.ROACH)
        elif pool and larvae and self.can_afford(UnitTypeId.ZERGLING) and self.supply_left >= 1 \
                and self.supply_workers >= 20:
            larvae.random.train(UnitTypeId.ZERGLING)

    def inject(self):
        for queen in self.units(UnitTypeId.QUEEN).idle:
            hatchery = self.townhalls.ready.closest_to(queen) if self.townhalls.ready else None
            if hatchery and queen.energy >= 25 and not hatchery.has_buff(BuffId.QUEENSPAWNLARVATIMER):
                queen(AbilityId.EFFECT_INJECTLARVA, hatchery)

    def fight(self):
        army = self.units.of_type({UnitTypeId.ZERGLING, UnitTypeId.ROACH})
        if army.amount >= 16 or self.supply_used > 120:
            target = self.enemy_structures.closest_to(self.start_location).position if self.enemy_structures \
                else self.enemy_start_locations[0]
            for unit in army.idle:
                unit.attack(target)
            if not self.enemy_structures and army.idle.amount > 8 and self.mineral_field:
                # the start location is cleared: look for what is left at the expansions
                for unit, field in zip(army.idle, self.mineral_field.random_group_of(army.idle.amount)):
                    unit.attack(field.position)

    async def on_end(self, game_result):
        self.report.end(game_result)
