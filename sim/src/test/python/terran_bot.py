"""A Terran bot written as a python-sc2 user writes one: SCVs, depots, barracks, an expansion, marines
that attack. Nothing in it knows which server it plays on."""
from sc2.bot_ai import BotAI
from sc2.ids.unit_typeid import UnitTypeId

from report import Report


class TerranBot(BotAI):
    def __init__(self):
        super().__init__()
        self.report = Report(self)

    async def on_step(self, iteration: int):
        self.report.step()
        await self.distribute_workers()
        await self.macro()
        self.fight()

    async def macro(self):
        cc = self.townhalls.ready
        if not cc:
            return
        if self.supply_left < 4 and self.already_pending(UnitTypeId.SUPPLYDEPOT) < 2 \
                and self.can_afford(UnitTypeId.SUPPLYDEPOT) and self.supply_cap < 200:
            await self.build(UnitTypeId.SUPPLYDEPOT, near=cc.first.position.towards(self.game_info.map_center, 8))
        for center in cc.idle:
            if self.supply_workers + self.already_pending(UnitTypeId.SCV) < 16 * self.townhalls.amount \
                    and self.can_afford(UnitTypeId.SCV):
                center.train(UnitTypeId.SCV)
        if self.supply_workers >= 18 and self.townhalls.amount + self.already_pending(UnitTypeId.COMMANDCENTER) < 2 \
                and self.can_afford(UnitTypeId.COMMANDCENTER):
            await self.expand_now()
            return
        depots = self.structures(UnitTypeId.SUPPLYDEPOT).ready
        barracks = self.structures(UnitTypeId.BARRACKS)
        if depots and barracks.amount + self.already_pending(UnitTypeId.BARRACKS) < 4 \
                and self.can_afford(UnitTypeId.BARRACKS):
            await self.build(UnitTypeId.BARRACKS, near=cc.first.position.towards(self.game_info.map_center, 12))
        for rax in barracks.ready.idle:
            if self.can_afford(UnitTypeId.MARINE) and self.supply_left >= 1:
                rax.train(UnitTypeId.MARINE)

    def fight(self):
        marines = self.units(UnitTypeId.MARINE)
        if marines.amount >= 30:
            target = self.enemy_structures.random_or(self.enemy_start_locations[0]).position
            for marine in marines.idle:
                marine.attack(target)
            if not self.enemy_structures and marines.idle.amount > 8 and self.mineral_field:
                for marine, field in zip(marines.idle, self.mineral_field.random_group_of(marines.idle.amount)):
                    marine.attack(field.position)

    async def on_end(self, game_result):
        self.report.end(game_result)
