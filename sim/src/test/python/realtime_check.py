"""A short realtime game through python-sc2's own run_game, checking what its realtime loop needs from the server:
observations held until the loop it asks for (RequestObservation.game_loop), its accepted commands listed back in
the next observation (state.actions), chat (state.chat) and a saved replay (save_replay_as).
Usage: realtime_check.py PORT REPLAY_PATH [SECONDS]; prints CHECK lines and exits 1 on a failed check."""
import sys
import time
from pathlib import Path

import existing_server
from sc2.bot_ai import BotAI
from sc2.data import Difficulty, Race
from sc2.ids.unit_typeid import UnitTypeId
from sc2.main import run_game
from sc2.maps import Map
from sc2.player import Bot, Computer


class RealtimeProbe(BotAI):
    def __init__(self):
        super().__init__()
        self.loops = []
        self.wall = []
        self.sent_tags = set()
        self.echoed_tags = set()
        self.chat = []

    async def on_step(self, iteration: int):
        self.loops.append(self.state.game_loop)
        self.wall.append(time.monotonic())
        for action in self.state.actions_unit_commands:
            self.echoed_tags.update(action.unit_tags)
        self.chat.extend((m.player_id, m.message) for m in self.state.chat)
        if iteration == 0:
            await self.chat_send("gl hf")
        if iteration % 20 == 0:
            for drone in self.workers.idle[:1] or self.workers[:1]:
                drone.move(drone.position.towards(self.game_info.map_center, 2))
                self.sent_tags.add(drone.tag)
        if self.larva and self.can_afford(UnitTypeId.DRONE):
            self.larva.random.train(UnitTypeId.DRONE)


def check(name, ok, detail):
    print(f"CHECK {'ok ' if ok else 'FAIL'} {name}: {detail}", flush=True)
    return ok


if __name__ == "__main__":
    port, replay = int(sys.argv[1]), sys.argv[2]
    seconds = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    existing_server.use(port)
    bot = RealtimeProbe()
    started = time.monotonic()
    result = run_game(Map(Path("Wicked Cove.SC2Map")), [Bot(Race.Zerg, bot), Computer(Race.Terran, Difficulty.Easy)],
                      realtime=True, game_time_limit=seconds, save_replay_as=replay)
    wall = time.monotonic() - started
    steps = list(zip(bot.loops, bot.loops[1:]))
    ok = all([
        check("result", result is not None, result),
        check("game time took wall time", wall >= seconds * 0.9, f"{seconds} game s in {wall:.1f} wall s"),
        check("loops advance", all(b > a for a, b in steps), f"{len(bot.loops)} steps, last loop {bot.loops[-1]}"),
        check("no step repeats a loop", len(set(bot.loops)) == len(bot.loops), "distinct loops"),
        check("actions echoed", bot.sent_tags and bot.sent_tags <= bot.echoed_tags,
              f"sent {len(bot.sent_tags)} tags, echoed {len(bot.echoed_tags & bot.sent_tags)}"),
        check("chat", (bot.player_id, "gl hf") in bot.chat, bot.chat),
        check("replay", Path(replay).read_bytes()[:8] == b"WZREPLAY", f"{Path(replay).stat().st_size} bytes"),
    ])
    print("RESULT", result, flush=True)
    sys.exit(0 if ok else 1)
