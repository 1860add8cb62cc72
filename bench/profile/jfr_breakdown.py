"""Attributes the CPU samples of a JFR recording of `play` to the parts of a game loop (README, Benchmarks,
"Where a game's time goes"). A sample counts for the first part, in this order, whose classes are on its stack.
usage: python3 bench/profile/jfr_breakdown.py run.jfr   (needs the JDK's `jfr` tool on PATH)"""
import json, subprocess, sys, collections
f = sys.argv[1]
def load(kind, depth=96):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", str(depth), "--events", kind, f],
                         capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]
def has(fs, *pre): return any(x.startswith(pre) for x in fs)
def part(fs):
    if has(fs, "jdk.jfr"): return "JFR itself"
    if has(fs, "io.wickedzerg.sim.server.SimServer.send", "io.wickedzerg.sim.server.SimServer$$Lambda") and has(fs, "com.google.protobuf"):
        return "transport: protobuf serialize + parse"
    if has(fs, "io.wickedzerg.sim.protocol.ObservationEncoder", "io.wickedzerg.sim.server.Observations"):
        return "server: observation encoding (views + protobuf building)"
    if has(fs, "io.wickedzerg.sim.engine.Game.step", "io.wickedzerg.sim.server.GameClock"):
        return "server: game step (engine + built-in AI)"
    if has(fs, "com.github.ocraft.s2client.protocol.ResponseParser", "com.github.ocraft.s2client.protocol.response",
           "com.github.ocraft.s2client.protocol.observation", "com.github.ocraft.s2client.protocol.unit"):
        if has(fs, "com.google.protobuf") and not has(fs, "com.github.ocraft.s2client.protocol.unit", "com.github.ocraft.s2client.protocol.observation"):
            return "transport: protobuf serialize + parse"
        return "ocraft: protobuf -> ocraft objects"
    if has(fs, "com.google.protobuf"): return "transport: protobuf serialize + parse"
    if has(fs, "io.wickedzerg.bot"):
        inner = next((x for x in fs if x.startswith(("io.wickedzerg", "com.github.ocraft"))), "")
        if inner.startswith(("io.wickedzerg.bot.wire", "io.wickedzerg.bot.game.Wire")):
            return "wire client: protobuf -> units, unit events, actions (bot.wire, WireBot)"
        if inner.startswith("com.github.ocraft.s2client.bot"):
            return "ocraft: bot framework (observation interface, unit pool)"
        return "bot (managers, game loop)"
    if has(fs, "com.github.ocraft.s2client.bot"): return "ocraft: bot framework (observation interface, unit pool)"
    if has(fs, "io.netty", "io.vertx", "sun.nio", "com.github.ocraft.s2client.api", "io.reactivex", "jdk.internal.net.http"):
        return "transport: websocket (netty/vert.x/rx; the JDK's for the wire client)"
    if has(fs, "io.wickedzerg.sim"): return "server: other"
    if has(fs, "io.wickedzerg"): return "app: telemetry, progress, learning"
    return "other JDK (class loading, startup)"
ev = load("jdk.ExecutionSample")
c = collections.Counter()
for e in ev:
    st = e["values"].get("stackTrace") or {"frames": []}
    fs = [fr["method"]["type"]["name"].replace("/", ".") + "." + fr["method"]["name"] for fr in st["frames"]]
    c[part(fs)] += 1
n = sum(c.values())
print(f"{n} execution samples (Java threads)")
for k, v in c.most_common(): print(f"| {k} | {100*v/n:.1f} % |")
cpu = collections.Counter()
for e in load("jdk.ThreadCPULoad", 1):
    v = e["values"]; t = v["eventThread"]; name = t.get("javaName") or t.get("osName") or "?"
    kind = "JIT compiler threads" if "Compiler" in name else "Java threads"
    cpu[kind] += v["user"] + v["system"]
tot = sum(cpu.values())
print("process CPU (jdk.ThreadCPULoad):", {k: f"{100*v/tot:.0f} %" for k, v in cpu.items()})
gc = load("jdk.GarbageCollection", 1)
pause = sum(float(e["values"]["sumOfPauses"].replace("PT", "").replace("S", "")) for e in gc if e["values"]["sumOfPauses"].startswith("PT"))
print(f"GC: {len(gc)} collections, {pause:.2f} s paused")
