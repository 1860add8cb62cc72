"""What python-sc2 makes of a map's grids: its ramps and main base ramp helpers for every start location, and its
expansion locations. Run by RampAnalysisTest with the map's game_info and resources; prints one JSON line per
start location and one for the expansions, computed by python-sc2's own unmodified code on a BotAI that has no
game behind it (only what those computations read is set).

usage: ramp_check.py GAME_INFO_PB RESOURCES_TXT
  GAME_INFO_PB   a serialized ResponseGameInfo listing every start location (as an observer sees it)
  RESOURCES_TXT  one resource a line: unit type id, unit type name, x, y
"""
import json
import sys
from types import SimpleNamespace

from s2clientprotocol import common_pb2, raw_pb2, sc2api_pb2
from sc2.bot_ai import BotAI
from sc2.game_info import GameInfo
from sc2.unit import Unit
from sc2.units import Units


def point(p):
    return None if p is None else [round(float(p[0]), 3), round(float(p[1]), 3)]


def points(ps):
    return sorted(point(p) for p in ps)


def bot_for(proto, start):
    """A BotAI as python-sc2 prepares it before the first step, for the player at start."""
    bot = BotAI()
    bot._initialize_variables()
    # Plain math.hypot distances: the matrix methods need a game's observation.
    bot._distances_override_functions(0)
    bot.game_info = GameInfo(proto)
    bot.game_info.player_start_location = start
    bot.game_info.map_ramps, bot.game_info.vision_blockers = bot.game_info._find_ramps_and_vision_blockers()
    return bot


def placeable(game_info, center, size):
    """Whether a size x size building centred at center fits on the placement grid."""
    x0 = int(round(center[0] - size / 2))
    y0 = int(round(center[1] - size / 2))
    return all(game_info.placement_grid[(x, y)] == 1 for x in range(x0, x0 + size) for y in range(y0, y0 + size))


def ramp_facts(proto, start):
    bot = bot_for(proto, start)
    facts = {"start": point(start), "ramps": len(bot.game_info.map_ramps)}
    try:
        ramp = bot.main_base_ramp
    except ValueError as e:
        facts["error"] = "no main base ramp: " + str(e)
        return facts
    facts.update({
        "top_center": point(ramp.top_center),
        "bottom_center": point(ramp.bottom_center),
        "distance": round(start.distance_to(ramp.top_center), 2),
        "size": ramp.size,
        "upper": points(ramp.upper),
        "lower": len(ramp.lower),
        "top_height": max(bot.game_info.terrain_height[p] for p in ramp.upper),
        "start_height": bot.game_info.terrain_height[start.rounded],
    })
    try:
        facts["upper2"] = points(ramp.upper2_for_ramp_wall)
        facts["corner_depots"] = points(ramp.corner_depots)
        facts["depot_in_middle"] = point(ramp.depot_in_middle)
        facts["barracks_in_middle"] = point(ramp.barracks_in_middle)
        facts["barracks_correct_placement"] = point(ramp.barracks_correct_placement)
    except Exception as e:  # python-sc2 raises a bare Exception for a ramp of the wrong shape
        facts["error"] = type(e).__name__ + ": " + str(e)
        return facts
    # The wall must go on the main's high ground: each building on placeable cells at the ramp's top height.
    gi = bot.game_info
    top = max(gi.terrain_height[p] for p in ramp.upper)
    wall = [(d, 2) for d in ramp.corner_depots] + [(ramp.depot_in_middle, 2), (ramp.barracks_correct_placement, 3)]
    facts["wall_placeable"] = all(c is not None and placeable(gi, c, s) for c, s in wall)
    facts["wall_on_top"] = all(c is not None and gi.terrain_height[c.rounded] == top for c, _ in wall)
    return facts


def expansions(proto, resources_file):
    bot = bot_for(proto, None)
    names = {}
    protos = []
    with open(resources_file) as f:
        for tag, line in enumerate(f, start=1):
            type_id, name, x, y = line.split()
            names[int(type_id)] = SimpleNamespace(name=name)
            protos.append(raw_pb2.Unit(tag=tag, unit_type=int(type_id), alliance=raw_pb2.Neutral,
                                       pos=common_pb2.Point(x=float(x), y=float(y), z=0)))
    # Unit reads only the loop and the type's name from its bot here.
    bot.state = SimpleNamespace(game_loop=0)
    bot.game_data = SimpleNamespace(units=names)
    bot.resources = Units([Unit(p, bot) for p in protos], bot)
    bot._find_expansion_locations()
    return {"expansions": points(bot.expansion_locations_list)}


def main():
    proto = sc2api_pb2.ResponseGameInfo()
    with open(sys.argv[1], "rb") as f:
        proto.ParseFromString(f.read())
    starts = GameInfo(proto).start_locations
    for start in starts:
        print(json.dumps(ramp_facts(proto, start)), flush=True)
    print(json.dumps(expansions(proto, sys.argv[2])), flush=True)


if __name__ == "__main__":
    main()
