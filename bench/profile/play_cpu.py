"""Plays `play --games N --difficulty medium --seed 1` with a jar in a fresh folder (no learning state carried over,
so the same seeds play the same games) and prints per game loops per wall second and process CPU seconds per
1000 game loops (read from /proc when each game's result line appears; steadier than wall time on a busy machine).
usage: python3 bench/profile/play_cpu.py JAR LABEL GAMES [java options...] [-- play options...]   (Linux)
e.g. `... app/target/wicked-zerg.jar wire 4 -- --client wire` against `... ocraft 4 -- --client ocraft`."""
import subprocess, sys, os, json, re, shutil, time, tempfile
jar, label, games = sys.argv[1], sys.argv[2], sys.argv[3]
extra = sys.argv[4:]
play_extra = extra[extra.index("--") + 1:] if "--" in extra else []
extra = extra[:extra.index("--")] if "--" in extra else extra
jar = os.path.abspath(jar)
d = tempfile.mkdtemp(prefix=f"wz-play-{label}-")
shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "config"), d + "/config")
tck = os.sysconf("SC_CLK_TCK")
def cpu(pid):
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / tck
t0 = time.time()
p = subprocess.Popen(["java"] + extra + ["-jar", jar, "play", "--games", games, "--difficulty", "medium", "--seed", "1",
                      "--summary-json", d + "/s.json"] + play_extra, cwd=d, stdout=subprocess.PIPE, stderr=open(d + "/err", "w"), text=True)
marks = []
out = open(d + "/out", "w")
for line in p.stdout:
    out.write(line)
    if re.match(r"^wz-.* wall$", line.strip()):
        marks.append(cpu(p.pid))
p.wait()
wall = time.time() - t0
s = json.load(open(d + "/s.json"))
prev = 0.0
rows = []
for i, g in enumerate(s["games"]):
    c = marks[i] - prev if i < len(marks) else float('nan'); prev = marks[i] if i < len(marks) else prev
    rows.append((g["game_loops"], g["wall_seconds"], c))
    print(f"{label} g{i+1} seed {g['seed']} {g['result']} loops {g['game_loops']} wall {g['wall_seconds']} s  {g['game_loops']/g['wall_seconds']:.0f} loops/s  cpu {c:.1f} s = {1000*c/g['game_loops']:.2f} cpu-s/1000 loops")
L = sum(r[0] for r in rows[1:]); W = sum(r[1] for r in rows[1:]); C = sum(r[2] for r in rows[1:])
if len(rows) > 1:
    print(f"{label} later games: {L/W:.0f} loops/s, {1000*C/L:.2f} cpu-s/1000 loops")
L = sum(r[0] for r in rows); W = sum(r[1] for r in rows); C = sum(r[2] for r in rows)
print(f"{label} all: {L/W:.0f} loops/s (game wall), process wall {wall:.1f} s, {L/wall:.0f} loops/s overall, {1000*C/L:.2f} cpu-s/1000 loops, load {os.getloadavg()[0]:.1f}")
