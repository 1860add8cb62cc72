#!/usr/bin/env bash
# JVM launch to first step of ladder bot jars, side by side: for each run, each jar in turn plays against a fresh
# `sim serve` game (listening and idle before the bot starts, as the real game is up first; not timed), as AI
# Arena starts it. Prints each run and then, per jar, the median wall time and the bot's CPU time (user+sys) at its
# first step. The bot's output is watched with `tail -f`, not by starting grep in a loop: on two cores a grep every
# 20 ms took CPU from the starting bot and added 0.5-0.9 s to what was measured.
# Each jar keeps one data folder over its runs, as AI Arena keeps a bot's data/ between matches, and first plays one
# short game to its end, untimed to the game's end but reported as its first start: that game leaves the bot's class
# archive (ClassArchiveLauncher) for the timed runs, as a bot's first match on the ladder does for the later ones.
#
# usage: bench/profile/ladder_start.sh [--runs N] [--bot-dir DIR] [--pin] JAR [JAR...]
#   --runs N       runs per jar (default 8), alternating jars
#   --bot-dir DIR  the folder the bot runs in (default: the project's root; a `run.sh package-ladder` folder is
#                  what AI Arena uses)
#   --pin          one real core: the bot pinned to CPU 0 and the server to CPU 1 (taskset) instead of the
#                  default, the bot's JVM told it has one core (-XX:ActiveProcessorCount=1) on every CPU
# Run from the project's root after a build (the server is app/target/wicked-zerg.jar).
set -euo pipefail
runs=8
bot_dir=$PWD
pin=false
while [[ $# -gt 0 && $1 == --* ]]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --bot-dir) bot_dir=$2; shift 2 ;;
    --pin) pin=true; shift ;;
    *) echo "ladder_start.sh: unknown option $1 (allowed: --runs N, --bot-dir DIR, --pin)" >&2; exit 2 ;;
  esac
done
[[ $# -ge 1 ]] || { echo "usage: bench/profile/ladder_start.sh [--runs N] [--bot-dir DIR] [--pin] JAR [JAR...]" >&2; exit 2; }
server_cpu=() bot_cpu=() bot_flags=(-XX:ActiveProcessorCount=1)
if $pin; then
  command -v taskset > /dev/null || { echo "ladder_start.sh: --pin needs taskset (util-linux)" >&2; exit 2; }
  server_cpu=(taskset -c 1) bot_cpu=(taskset -c 0) bot_flags=()
fi
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "ladder_start.sh: --runs must be a whole number >= 1, not '$runs'" >&2; exit 2; }
server_jar=$PWD/app/target/wicked-zerg.jar
[[ -f $server_jar ]] || { echo "ladder_start.sh: $server_jar is missing; build first (./run.sh test or mvn package)" >&2; exit 2; }
jars=()
for j in "$@"; do
  [[ -f $j ]] || { echo "ladder_start.sh: no jar at $j" >&2; exit 2; }
  jars+=("$(cd "$(dirname "$j")" && pwd)/$(basename "$j")")
done
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

one_run() {  # jar data_dir [prime] -> "wall_ms cpu_ms"; prime: let the bot play its short game to the end
  local jar=$1 data=$2 prime=${3:-} d
  d=$(mktemp -d "$work/run.XXXX")
  WZ_DATA_DIR=$d/server HYBRID_MODE=local "${server_cpu[@]}" java -jar "$server_jar" sim serve --port 0 --computer-race terran \
      --difficulty easy --seed 1 --loop-limit "$([[ -n $prime ]] && echo 448 || echo 2240)" > "$d/server.out" 2>&1 &
  local server=$! port=""
  for _ in $(seq 1 600); do
    port=$(grep -o 'listening on ws://[^:/]*:[0-9]*' "$d/server.out" | grep -o '[0-9]*$' || true)
    [[ -n $port ]] && break
    kill -0 $server 2>/dev/null || { echo "ladder_start.sh: the server exited; see $d/server.out" >&2; return 1; }
    sleep 0.1
  done
  idle $server
  cat "$jar" "$server_jar" > /dev/null   # the same page cache for every run
  local start bot
  start=$(date +%s%N)
  (cd "$bot_dir" && WZ_DATA_DIR=$data HYBRID_MODE=local exec "${bot_cpu[@]}" java "${bot_flags[@]}" -jar "$jar" \
      --LadderServer 127.0.0.1 --GamePort "$port" --StartPort "$port" --OpponentId bench) > "$d/bot.out" 2>&1 &
  bot=$!
  grep -q -m1 "first step at" < <(tail -n +1 -f --pid=$bot "$d/bot.out") \
      || { echo "ladder_start.sh: the bot exited before its first step; see $d/bot.out" >&2; return 1; }
  local end cpu
  end=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14+$15+$16+$17)*1000/hz)}' /proc/$bot/stat)
  # the bot's CPU: its own and that of its waited-for children, plus a child JVM's still running (the launcher's)
  local kid
  for kid in $(pgrep -P $bot || true); do
    cpu=$(( cpu + $(awk -v hz="$(getconf CLK_TCK)" '{print int(($14+$15)*1000/hz)}' /proc/$kid/stat 2>/dev/null || echo 0) ))
  done
  if [[ -n $prime ]]; then
    wait $bot || { echo "ladder_start.sh: the bot's first game failed; see $d/bot.out" >&2; return 1; }
  fi
  kill $bot $server 2>/dev/null || true
  wait $bot $server 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $cpu"
}

idle() {  # pid: until the process used under 10 ms of CPU in 0.2 s (its start-up and JIT done), at most 20 s
  local hz before now
  hz=$(getconf CLK_TCK)
  before=$(awk '{print $14+$15}' /proc/$1/stat)
  for _ in $(seq 1 100); do
    sleep 0.2
    now=$(awk '{print $14+$15}' /proc/$1/stat)
    (( (now - before) * 1000 / hz < 10 )) && return 0
    before=$now
  done
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2))}'; }

for i in "${!jars[@]}"; do
  mkdir -p "$work/data$i"
  result=$(one_run "${jars[$i]}" "$work/data$i" prime)
  echo "first start, ${jars[$i]}: ${result% *} ms to the first step, bot CPU ${result#* } ms (a short game to its end)"
done
for r in $(seq 1 "$runs"); do
  for i in "${!jars[@]}"; do
    result=$(one_run "${jars[$i]}" "$work/data$i")
    echo "$result" >> "$work/jar$i"
    echo "run $r, ${jars[$i]}: ${result% *} ms to the first step, bot CPU ${result#* } ms"
  done
done
for i in "${!jars[@]}"; do
  echo "median of $runs: ${jars[$i]}: $(cut -d' ' -f1 "$work/jar$i" | median) ms, bot CPU $(cut -d' ' -f2 "$work/jar$i" | median) ms"
done
