#!/usr/bin/env python3
"""Writes the ladder bot's warm-up list (bot-core/src/main/resources/ladder-warm-up.txt) from a class-load log.

The log comes from a short ladder game (README, Benchmarks: `sim serve --loop-limit 10`) with the warm-up off:
    java -Dwz.ladderWarmUp=false -XX:ActiveProcessorCount=1 -Xlog:class+load:file=cl.log -jar WickedZerg.jar \
        --LadderServer ...   (with the warm-up on, the log would show its loading instead of the game's)
Kept: classes read from the jar from the moment ocraft's S2Client loads (connecting, joining, playing), in
load order; left out: JDK classes, lambdas and other hidden classes, which cannot be loaded by name.

usage: ladder_warm_up_list.py cl.log > bot-core/src/main/resources/ladder-warm-up.txt
"""
import re
import sys

LINE = re.compile(r"^(?:\[[^\]]*\])+\s*(\S+) source: (\S+)")


def main(path):
    started = False
    seen = set()
    for line in open(path, encoding="utf-8"):
        m = LINE.match(line)
        if not m:
            continue
        name, source = m.groups()
        if name == "com.github.ocraft.s2client.api.S2Client":
            started = True
        if not started or not source.startswith("file:") or "$$Lambda" in name or "/0x" in name:
            continue
        if name not in seen:
            seen.add(name)
            print(name)
    if not started:
        sys.exit("no com.github.ocraft.s2client.api.S2Client in " + path + ": was it a ladder bot's class-load log?")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
