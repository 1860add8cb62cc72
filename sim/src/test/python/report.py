"""What a test reads back from a python-sc2 game: one JSON line at the end, after the steps' numbers."""
import json
import os
import random

# python-sc2 picks "random" larvae, targets and workers with Python's random module: seeded, a game on the
# deterministic server plays the same every time (WZ_BOT_SEED, default 1)
random.seed(int(os.environ.get("WZ_BOT_SEED", "1")))


class Report:
    def __init__(self, bot):
        self.bot = bot
        self.steps = 0
        self.saw_inject_buff = False
        self.max_supply = 0

    def step(self):
        self.steps += 1
        self.max_supply = max(self.max_supply, self.bot.supply_used)
        from sc2.ids.buff_id import BuffId
        if any(h.has_buff(BuffId.QUEENSPAWNLARVATIMER) for h in self.bot.townhalls):
            self.saw_inject_buff = True

    def end(self, result):
        line = json.dumps({"player": self.bot.player_id, "race": str(self.bot.race), "result": str(result),
                           "game_loop": self.bot.state.game_loop, "steps": self.steps,
                           "max_supply": self.max_supply, "saw_inject_buff": self.saw_inject_buff,
                           "enemy_race": str(self.bot.enemy_race)})
        out = os.environ.get("WZ_REPORT")
        if out:
            with open(out, "a") as f:
                f.write(line + "\n")
        print("REPORT " + line, flush=True)
