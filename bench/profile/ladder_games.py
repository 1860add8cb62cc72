"""Whole ladder games of AI Arena bot jars, side by side: for each run, each difficulty and each jar in turn, a fresh
`sim serve` game (Terran, --seed 1) and the jar started as AI Arena starts it (`java -jar WickedZerg.jar --LadderServer
... --GamePort P --StartPort P --OpponentId bench --strategy-file F`, F the strategy's defaults so every game of a
difficulty is the same game; no JVM flag of ours) in a folder of its own with the config/ of
--bot-dir and a data folder kept over the runs, as AI Arena keeps data/ (the first game writes the class archive the
later ones map). Telemetry to local files. Prints each game, then per jar and difficulty the medians of: the bot
process's CPU (its launcher and bot JVM, from wait4), the game's wall time (bot start to exit) and the step times
of the bot's result line (p50, mean, p99 wall and CPU, max), and the bot's time on the server's clock, as AI Arena's
proxy times it (`sim serve --summary-json`'s bot_time_ms: from each answer to the next request, summed per step).

usage: python3 bench/profile/ladder_games.py [--runs N] [--difficulty easy,hard] [--bot-dir DIR] [--pin]
                                            [--server-jvm OPTS] JAR[::OPTS] ...
  JAR::OPTS         the jar with JVM options for the bot alone (JAVA_TOOL_OPTIONS, which its launcher's bot JVM
                    inherits), e.g. 'WickedZerg.jar::-Xmn16m'; the same jar may be given with several.
                    Words NAME=VALUE among them set the bot's environment instead (over HYBRID_MODE=local), e.g.
                    'WickedZerg.jar::HYBRID_MODE=hybrid TELEMETRY_SERVICE_URL=http://127.0.0.1:9' (hybrid mode,
                    nothing listening: the whole game spooled)
  --runs N          games per jar and difficulty (default 5), alternating jars
  --difficulty L    comma-separated sim serve difficulties (default easy,hard)
  --bot-dir DIR     a `run.sh package-ladder` folder, for its config/ (default: make one with run.sh package-ladder)
  --server-jvm OPTS JVM options of sim serve, space-separated (default: none; CI games use -XX:TieredStopAtLevel=1)
  --pin             the bot's processes on CPU 0 and the server on CPU 1 (taskset), instead of wherever the
                    scheduler puts them: which threads share a CPU then no longer changes from step to step
Run from the project's root after a build (the server is app/target/wicked-zerg.jar). Linux."""
import json, os, re, shutil, socket, statistics, subprocess, sys, tempfile, time

RESULT = re.compile(r"^result (\w+) .* after (\d+) loops;.*step time p50 ([\d.]+) ms, p99 ([\d.]+) ms, "
                    r"max ([\d.]+) ms, mean ([\d.]+) ms.*CPU p99 ([\d.]+) ms")


def die(message):
    print(f"ladder_games.py: {message}", file=sys.stderr)
    sys.exit(2)


def parse(argv):
    runs, levels, bot_dir, jars, pin, server_jvm = 5, ["easy", "hard"], None, [], False, []
    it = iter(argv)
    for arg in it:
        if arg == "--runs":
            value = next(it, "")
            if not value.isdigit() or int(value) < 1:
                die(f"--runs must be a whole number >= 1, not '{value}'")
            runs = int(value)
        elif arg == "--difficulty":
            levels = [d for d in next(it, "").split(",") if d]
            if not levels:
                die("--difficulty needs one or more sim serve difficulties, e.g. easy,hard")
        elif arg == "--bot-dir":
            bot_dir = next(it, "")
            if not os.path.isdir(os.path.join(bot_dir, "config")):
                die(f"--bot-dir {bot_dir} has no config/ (make one with ./run.sh package-ladder --out DIR)")
        elif arg == "--server-jvm":
            server_jvm = next(it, "").split()
        elif arg == "--pin":
            pin = True
        elif arg.startswith("-"):
            die(f"unknown option {arg}; see the usage at the top of this file")
        else:
            jar, _, options = arg.partition("::")
            if not os.path.isfile(jar):
                die(f"no jar at {jar}")
            jars.append((os.path.abspath(jar), options))
    if not jars:
        die("usage: bench/profile/ladder_games.py [--runs N] [--difficulty easy,hard] [--bot-dir DIR] [--pin] JAR [JAR...]")
    return runs, levels, bot_dir, jars, pin, server_jvm


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_game(server_jar, folder, data, level, log, strategy, options, pin, server_jvm):
    port = free_port()
    with open(log + ".server", "w") as server_out:
        server = subprocess.Popen((["taskset", "-c", "1"] if pin else []) + ["java"] + server_jvm + ["-jar", server_jar, "sim", "serve", "--port", str(port), "--computer-race",
                                   "terran", "--difficulty", level, "--seed", "1", "--summary-json",
                                   log + ".summary.json"], stdout=server_out,
                                  stderr=subprocess.STDOUT, env=dict(os.environ, WZ_DATA_DIR=data + "-server"))
    try:
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    die(f"the server did not listen; see {log}.server")
                time.sleep(0.1)
        env = dict(os.environ, HYBRID_MODE="local", WZ_DATA_DIR=data)
        words = options.split()
        settings = [w for w in words if re.match(r"^[A-Z][A-Z0-9_]*=", w)]
        env.update(w.split("=", 1) for w in settings)
        jvm = " ".join(w for w in words if w not in settings)
        if jvm:
            env["JAVA_TOOL_OPTIONS"] = jvm
        start = time.time()
        with open(log, "w") as out:
            bot = subprocess.Popen((["taskset", "-c", "0"] if pin else []) + ["java", "-jar", "WickedZerg.jar", "--LadderServer", "127.0.0.1", "--GamePort",
                                    str(port), "--StartPort", str(port), "--OpponentId", "bench",
                                    "--strategy-file", strategy], cwd=folder,
                                   stdout=out, stderr=subprocess.STDOUT, env=env)
            _, status, usage = os.wait4(bot.pid, 0)
            bot.returncode = os.waitstatus_to_exitcode(status)
        wall = time.time() - start
    finally:
        server.kill()
        server.wait()
    lines = [m for m in map(RESULT.match, open(log)) if m]
    if bot.returncode != 0 or not lines:
        die(f"the bot exited with {bot.returncode} and no result line; see {log}")
    m = lines[-1]
    # written before the game's last answer went out, so before the bot could exit
    bot_time = next(p for p in json.load(open(log + ".summary.json"))["games"][0]["players"] if "bot_time_ms" in p)
    return {"result": m.group(1), "loops": int(m.group(2)), "wall s": wall,
            "cpu s": usage.ru_utime + usage.ru_stime, "p50 ms": float(m.group(3)), "mean ms": float(m.group(6)),
            "p99 ms": float(m.group(4)), "cpu p99 ms": float(m.group(7)), "max ms": float(m.group(5)),
            "server p50 ms": bot_time["bot_time_ms"]["p50"], "server mean ms": bot_time["bot_time_ms"]["mean"],
            "server p99 ms": bot_time["bot_time_ms"]["p99"], "server max ms": bot_time["bot_time_ms"]["max"],
            "server over 40 ms": bot_time["steps_over_40ms"]}


def main():
    runs, levels, bot_dir, jars, pin, server_jvm = parse(sys.argv[1:])
    server_jar = os.path.abspath("app/target/wicked-zerg.jar")
    if not os.path.isfile(server_jar):
        die(f"{server_jar} is missing; build first (./run.sh test or mvn package)")
    work = tempfile.mkdtemp(prefix="wz-ladder-games-")
    if bot_dir is None:
        bot_dir = os.path.join(work, "package")
        subprocess.run(["./run.sh", "package-ladder", "--out", bot_dir], check=True, stdout=subprocess.DEVNULL)
    folders = []
    for i, (jar, _) in enumerate(jars):
        folder = os.path.join(work, f"bot{i}")
        shutil.copytree(os.path.join(bot_dir, "config"), os.path.join(folder, "config"))
        shutil.copy2(jar, os.path.join(folder, "WickedZerg.jar"))
        folders.append(folder)
    # the strategy's defaults for every game, so what the bot learns per opponent does not make later games others
    strategy = os.path.join(work, "strategy.json")
    with open(strategy, "w") as f:
        f.write('{"version": "ladder-games-defaults", "parameters": {}}')
    games = {}
    for run in range(1, runs + 1):
        for level in levels:
            for i, (jar, options) in enumerate(jars):
                g = one_game(server_jar, folders[i], os.path.join(work, f"data{i}"), level,
                             os.path.join(work, f"bot{i}-{level}-{run}.log"), strategy, options, pin, server_jvm)
                games.setdefault((i, level), []).append(g)
                print(f"run {run}, {level}, {jar} {options}: {g['result']} at loop {g['loops']}, "
                      + ", ".join(f"{k} {v:.3f}" for k, v in g.items() if k not in ("result", "loops")), flush=True)
    print(f"medians of {runs} (the first game of each jar wrote its class archive); logs in {work}")
    for level in levels:
        for i, (jar, options) in enumerate(jars):
            rows = games[(i, level)]
            print(f"{level}, {jar} {options}: " + ", ".join(f"{k} {statistics.median(g[k] for g in rows):.3f}"
                                                   for k in rows[0] if k not in ("result", "loops")))


if __name__ == "__main__":
    main()
