"""How a python-sc2 bot joins an AI Arena game: the ladder template's parsing of the flags the match runner
passes (--LadderServer --GamePort --StartPort [--OpponentId] [--RealTime]), then python-sc2's _play_game on
that websocket, as multiplayer with the ports derived from --StartPort. Usage: ladder.py zerg|terran FLAGS"""
import argparse
import asyncio
import sys

import aiohttp
import sc2.main
from sc2.client import Client
from sc2.data import Race
from sc2.player import Bot
from sc2.portconfig import Portconfig

from terran_bot import TerranBot
from zerg_bot import ZergBot


async def join_ladder_game(host, port, player, realtime, portconfig):
    async with aiohttp.ClientSession() as session:
        ws = await session.ws_connect(f"ws://{host}:{port}/sc2api", timeout=120)
        client = Client(ws)
        try:
            result = await sc2.main._play_game(player, client, realtime, portconfig)
            await client.leave()
            await client.quit()
        finally:
            await ws.close()
        return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--GamePort", type=int, required=True)
    parser.add_argument("--StartPort", type=int, required=True)
    parser.add_argument("--LadderServer", type=str, default="127.0.0.1")
    parser.add_argument("--OpponentId", type=str)
    parser.add_argument("--RealTime", action="store_true")
    args, _ = parser.parse_known_args(sys.argv[2:])
    ports = [args.StartPort + p for p in range(1, 6)]
    portconfig = Portconfig()
    portconfig.server = [ports[1], ports[2]]
    portconfig.players = [[ports[3], ports[4]]]
    bot = Bot(Race.Zerg, ZergBot()) if sys.argv[1] == "zerg" else Bot(Race.Terran, TerranBot())
    result = asyncio.run(join_ladder_game(args.LadderServer, args.GamePort, bot, args.RealTime, portconfig))
    print("RESULT", result, "opponent", args.OpponentId, flush=True)


if __name__ == "__main__":
    main()
