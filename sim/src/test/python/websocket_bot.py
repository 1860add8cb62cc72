"""python-sc2's play_from_websocket on a game the server already created (the computer's slot taken,
one participant's open). Usage: websocket_bot.py PORT zerg|terran"""
import asyncio
import sys

from sc2.data import Race
from sc2.main import play_from_websocket
from sc2.player import Bot

from terran_bot import TerranBot
from zerg_bot import ZergBot

if __name__ == "__main__":
    port, bot = int(sys.argv[1]), sys.argv[2]
    player = Bot(Race.Zerg, ZergBot()) if bot == "zerg" else Bot(Race.Terran, TerranBot())
    result = asyncio.run(play_from_websocket(f"ws://127.0.0.1:{port}/sc2api", player, realtime=False))
    print("RESULT", result, flush=True)
