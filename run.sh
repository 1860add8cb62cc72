#!/usr/bin/env bash
# Wicked Zerg: one script for a newcomer.
#   ./run.sh [play options]      play a full game on the embedded headless SC2 server (default)
#   ./run.sh test                run every test
#   ./run.sh config              print the effective hybrid configuration and where each value came from
#   ./run.sh sim serve ...       run the headless SC2 server on its own (ocraft connect / ladder mode)
#   ./run.sh bench [--quick] [--out DIR]  run every benchmark and print one table (row, value, target, ratio, pass/miss);
#                                the full run also writes DIR/bench.json and DIR/bench.md (default target/bench)
#   ./run.sh bench <jmh args>    the JMH benchmarks themselves: any first argument other than --quick or --out (and
#                                none) goes to JMH, e.g. ./run.sh bench TelemetrySendBenchmark, ./run.sh bench -l
#   ./run.sh <other subcommand>  anything else the CLI offers (sc2, package-ladder, --help)
# Relative paths (config files, --summary-json, data/) are relative to this folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

BOT_JAR="app/target/wicked-zerg.jar"
BENCH_JAR="bench/target/benchmarks.jar"

die() { echo "run.sh: $*" >&2; exit 1; }

need_java() {
  command -v java >/dev/null 2>&1 || die "java not found on PATH. Install a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk) and try again."
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  major="${major#1.}"
  [[ -n "$major" && "$major" -ge 17 ]] || die "Java 17 or newer is required; 'java' on PATH is version ${major:-unknown}."
}

need_maven() {
  command -v mvn >/dev/null 2>&1 || die "mvn (Apache Maven 3.8+) not found on PATH. Install it (Debian: apt-get install maven) and try again."
}

# Builds when the jar is missing or any source or POM is newer than it.
build_if_needed() {
  local jar="$1"
  if [[ -f "$jar" ]] && [[ -z "$(find . -path ./data -prune -o \( -name pom.xml -o -path '*/src/main/*' -o -path './config/*' \) -newer "$jar" -print -quit 2>/dev/null)" ]]; then
    return 0
  fi
  need_maven
  echo "run.sh: building (mvn -q -B -DskipTests package) ..." >&2
  mvn -q -B -DskipTests package >&2 || die "the build failed; see the Maven output above."
}

# games: the JVM options in config/jvm.options (why there); WZ_JAVA_OPTS after them wins
java_opts=(-Dlogback.configurationFile=config/logback.xml @config/jvm.options)
if [ "${1:-}" = services ]; then
  # a service logs JSON lines under data/logs/services/<service>.jsonl and INFO to the console
  case "${2:-}" in telemetry|learning|registry|dashboard) service_name=$2 ;; *) service_name=supervisor ;; esac
  java_opts=(-Dlogback.configurationFile=config/logback-services.xml "-Dwz.service=$service_name")
fi

run_bot() {
  need_java
  build_if_needed "$BOT_JAR"
  exec java "${java_opts[@]}" ${WZ_JAVA_OPTS:-} -jar "$BOT_JAR" "$@"
}

case "${1:-}" in
  test)
    shift
    need_java
    need_maven
    exec mvn -B verify "$@"
    ;;
  bench)
    shift
    need_java
    build_if_needed "$BENCH_JAR"
    case "${1:-}" in
      ""|--quick|--out)
        # the table: its own flags only (a bad one is named, exit 2); games run the app jar as child processes
        build_if_needed "$BOT_JAR"
        exec java -cp "$BENCH_JAR" io.wickedzerg.bench.table.BenchTable "$@"
        ;;
      *)
        exec java -jar "$BENCH_JAR" "$@"
        ;;
    esac
    ;;
  --LadderServer|--GamePort|--StartPort|--OpponentId|--RealTime)
    # ladder mode, with the flags AI Arena starts a bot with
    run_bot "$@"
    ;;
  -h|--help|-V|--version|help)
    run_bot "$@"
    ;;
  ""|-*)
    # No subcommand, or only options: play a game; ladder mode when AI Arena's flags come after the bot's own
    # (e.g. --build-order 12-pool --LadderServer ..., as play --vs-bot starts another copy of this bot).
    for arg in "$@"; do
      [ "$arg" = --LadderServer ] && run_bot "$@"
    done
    run_bot play "$@"
    ;;
  *)
    run_bot "$@"
    ;;
esac
