"""Two python-sc2 bots in one game through python-sc2's own run_game (it hosts with one connection and joins
with a second, with a port config), on a server that is already running. Usage: bot_vs_bot.py PORT MAP
[HOST_DELAY_SECONDS]: with a delay the host creates its game that much later, so the joiner's join_game comes
first, as it can when a loaded machine answers the joiner's ping first."""
import asyncio
import sys
from pathlib import Path

import existing_server
import sc2.main
from sc2.data import Race
from sc2.main import run_game
from sc2.maps import Map
from sc2.player import Bot

from terran_bot import TerranBot
from zerg_bot import ZergBot


def late_host(delay: float) -> None:
    setup_host_game = sc2.main._setup_host_game

    async def after_a_delay(*args, **kwargs):
        await asyncio.sleep(delay)
        return await setup_host_game(*args, **kwargs)

    sc2.main._setup_host_game = after_a_delay


if __name__ == "__main__":
    port, map_name = int(sys.argv[1]), sys.argv[2]
    existing_server.use(port)
    if len(sys.argv) > 3:
        late_host(float(sys.argv[3]))
    result = run_game(Map(Path(map_name + ".SC2Map")), [Bot(Race.Zerg, ZergBot()), Bot(Race.Terran, TerranBot())],
                      realtime=False, game_time_limit=60 * 30)
    print("RESULT", result, flush=True)
