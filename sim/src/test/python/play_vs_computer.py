"""python-sc2's own run_game against the built-in AI, on a server that is already running.
Usage: play_vs_computer.py PORT zerg|terran MAP COMPUTER_RACE DIFFICULTY"""
import sys
from pathlib import Path

import existing_server
from sc2.data import Difficulty, Race
from sc2.main import run_game
from sc2.maps import Map
from sc2.player import Bot, Computer

from terran_bot import TerranBot
from zerg_bot import ZergBot

if __name__ == "__main__":
    port, bot, map_name, computer_race, difficulty = sys.argv[1:6]
    existing_server.use(int(port))
    player = Bot(Race.Zerg, ZergBot()) if bot == "zerg" else Bot(Race.Terran, TerranBot())
    result = run_game(Map(Path(map_name + ".SC2Map")),
                      [player, Computer(Race[computer_race], Difficulty[difficulty])], realtime=False)
    print("RESULT", result, flush=True)
