'use strict';
// The dashboard page: polls the dashboard's /data/* every POLL_MS and redraws each panel. A panel whose
// service is down says so; the others keep updating. State for people and tests is in window.wz.
(() => {
  const POLL_MS = 2000;
  const T = window.WZTables;
  const $ = id => document.getElementById(id);
  const wz = window.wz = {charts: {}, updates: 0, selected: null, loaded: null};
  let gameCharts = null;

  async function data(path) {
    const response = await fetch(path, {cache: 'no-store'});
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.problem || ('dashboard answered ' + response.status));
    return body;
  }

  function stateBadge(state) {
    return T.badge(state.replace('_', ' '), 'state-' + state);
  }

  // ---- services ----
  async function overview() {
    const o = await data('/data/overview');
    T.render($('services'), [
      {title: 'service', value: s => s.name},
      {title: 'state', value: s => stateBadge(s.state), className: 'nowrap'},
      {title: 'url', value: s => s.url + ' (' + s.found_by + ')'},
      {title: 'problem', value: s => s.problem || ''},
    ], o.services, {key: s => s.name});
    for (const row of $('services').tBodies[0].rows) {
      row.dataset.state = o.services.find(s => s.name === row.dataset.key).state;
    }
    const i = o.ingest;
    $('ingest').textContent = i.problem ? 'ingest: unknown (' + i.problem + ')'
      : 'ingest: ' + (i.per_second == null ? 'measuring…' : T.number(i.per_second, 1) + ' events/s')
        + ' · ' + T.number(i.events_total) + ' events stored · ' + T.number(i.duplicates_total) + ' duplicates skipped';
    const sup = o.supervisor;
    $('supervisor-status').textContent = sup.problem ? 'supervisor not running (' + sup.url + ': ' + sup.problem + ')'
      : 'supervisor at ' + sup.url;
    T.render($('supervisor'), [
      {title: 'service', value: c => c.service},
      {title: 'state', value: c => stateBadge(c.state), className: 'nowrap'},
      {title: 'pid', value: c => c.pid ?? ''},
      {title: 'restarts', value: c => String(c.restarts)},
      {title: 'gave up', value: c => String(c.give_ups)},
    ], sup.children, {key: c => c.service});
    const reg = o.registry;
    $('registry-status').textContent = reg.problem ? 'registry not readable (' + reg.registry + ': ' + reg.problem + ')'
      : reg.instances.length + ' healthy instance(s) at ' + reg.registry;
    T.render($('registered'), [
      {title: 'name', value: r => r.name},
      {title: 'instance', value: r => r.instance_id},
      {title: 'kind', value: r => r.kind || ''},
      {title: 'url', value: r => r.url},
      {title: 'last seen', value: r => T.time(r.last_seen)},
    ], reg.instances, {key: r => r.instance_id, empty: 'none'});
  }

  // ---- games ----
  let gameRows = [];

  function gameColumns(live) {
    return [
      {title: 'game', value: g => g.game_id},
      {title: 'opponent', value: g => g.opponent || ''},
      {title: 'map', value: g => g.map || ''},
      {title: live ? 'game time' : 'result', value: g => (live ? T.gameTime(g.game_seconds) : g.result || 'no result'),
        className: 'nowrap'},
      {title: live ? 'events' : 'game time', value: g => (live ? String(g.event_count) : T.gameTime(g.game_seconds)),
        className: 'nowrap'},
      {title: 'last telemetry', value: g => T.time(g.last_seen), className: 'nowrap'},
    ];
  }

  async function games() {
    const g = await data('/data/games');
    if (!g.available) {
      $('games-status').textContent = g.problem;
      return;
    }
    $('games-status').textContent = '';
    gameRows = g.live.concat(g.finished);
    const options = {key: r => r.game_id, onClick: r => select(r.game_id), selected: r => r.game_id === wz.selected};
    T.render($('live-games'), gameColumns(true), g.live, {...options, empty: 'no game is sending telemetry'});
    T.render($('finished-games'), gameColumns(false), g.finished, {...options, empty: 'none yet'});
    if (!wz.selected && gameRows.length) select(gameRows[0].game_id, false);
  }

  function select(gameId, redraw = true) {
    wz.selected = gameId;
    wz.loaded = null;
    for (const tr of document.querySelectorAll('#live-games tbody tr, #finished-games tbody tr')) {
      tr.classList.toggle('selected', tr.dataset.key === gameId);
    }
    if (redraw) loadGame().catch(showGameProblem);
  }

  function showGameProblem(e) {
    $('game-status').textContent = String(e.message || e);
  }

  /** Loads the selected game again when the games list says it changed (or it is not listed). */
  async function loadGame() {
    const id = wz.selected;
    if (!id) return;
    const row = gameRows.find(r => r.game_id === id);
    const version = row ? row.event_count + ':' + row.last_loop : null;
    if (version && wz.loaded === id + '@' + version) return;
    const d = await data('/data/games/' + encodeURIComponent(id));
    if (id !== wz.selected) return;
    const panel = $('game-panel');
    panel.hidden = false;
    if (!d.available) {
      $('game-status').textContent = d.problem;
      return;
    }
    $('game-status').textContent = '';
    const game = d.game;
    $('game-title').textContent = 'Game ' + game.game_id + (game.opponent ? ' — ' + game.opponent : '')
      + (game.map ? ' on ' + game.map : '') + ' — ' + (game.result || 'in progress');
    const counters = Object.entries(d.client);
    $('game-client').textContent = counters.length
      ? 'bot telemetry client this game: ' + counters.map(([k, v]) => k.replaceAll('_', ' ') + ' ' + v).join(' · ')
      : 'no telemetry client counters (spooled, replayed) for this game: they come with its game_end';
    if (!gameCharts) {
      gameCharts = new window.WZCharts.GameCharts({
        resources: $('chart-resources'), supply: $('chart-supply'), units: $('chart-units'), events: $('chart-events'),
      });
    }
    gameCharts.update(d.samples, d.events);
    Object.assign(wz.charts, gameCharts.all());
    T.render($('game-events'), [
      {title: 'time', value: e => T.gameTime(e.t)},
      {title: 'loop', value: e => String(e.game_loop)},
      {title: 'event', value: e => e.kind},
      {title: 'what', value: e => e.label},
    ], d.events, {key: e => e.kind + '@' + e.game_loop + '#' + e.seq, empty: 'no events'});
    panel.dataset.gameId = id;
    panel.dataset.eventCount = String(d.events.length);
    panel.dataset.sampleCount = String(d.samples.t.length);
    wz.loaded = id + '@' + (version || Date.now());
  }

  // ---- learning ----
  async function learning() {
    const l = await data('/data/learning');
    const panel = $('learning-panel');
    panel.dataset.available = String(l.available);
    if (!l.available) {
      $('learning-status').textContent = l.problem;
      $('tier-summary').textContent = '';
      $('tiers').replaceChildren();
      if (wz.charts.learning) wz.charts.learning.setData([[], [], [], []]);
      return;
    }
    const stats = l.stats;
    if (!wz.charts.learning) wz.charts.learning = window.WZCharts.learningChart($('chart-learning'));
    wz.charts.learning.setData(window.WZCharts.learningData(stats));
    const changes = stats.environment_changes;
    $('learning-status').textContent = stats.generations.length + ' generation(s); environment changes: '
      + (changes.length ? changes.map(c => 'generation ' + c.generation + ' (' + T.number(c.baseline, 2) + ' → '
        + T.number(c.recent, 2) + ')').join(', ') : 'none');
    const current = stats.current;
    const candidates = current ? current.candidates : [];
    const count = tier => candidates.filter(c => c.tier === tier).length;
    $('tier-summary').textContent = current ? 'generation ' + current.generation + ': ' + count('elite') + ' elite · '
      + count('significant') + ' significant · ' + count('deprecated') + ' deprecated · ' + count('unranked')
      + ' not yet ranked' : 'no generation under evaluation';
    T.render($('tiers'), [
      {title: 'parameter set', value: c => c.id},
      {title: 'tier', value: c => T.badge(c.tier, 'tier-' + c.tier)},
      {title: 'games', value: c => String(c.games)},
      {title: 'mean fitness', value: c => T.number(c.mean_fitness, 3)},
    ], candidates, {key: c => c.id});
  }

  // ---- logs ----
  async function logs() {
    const service = $('log-service').value;
    const level = $('log-level').value;
    const l = await data('/data/logs?level=' + level + (service ? '&service=' + encodeURIComponent(service) : ''));
    if (!l.available) {
      $('logs-status').textContent = l.problem;
      return;
    }
    $('logs-status').textContent = l.total > l.lines.length ? 'newest ' + l.lines.length + ' of ' + l.total
      : l.total + ' line(s)';
    const select = $('log-service');
    const offered = [...select.options].map(o => o.value).filter(Boolean);
    for (const name of l.services) {
      if (!offered.includes(name)) select.add(new Option(name, name));
    }
    T.render($('logs'), [
      {title: 'time', value: x => T.time(x.time), className: 'nowrap'},
      {title: 'service', value: x => x.service},
      {title: 'level', value: x => T.badge(x.level, 'level-' + x.level), className: 'nowrap'},
      {title: 'logger', value: x => x.logger},
      {title: 'message', value: x => x.message + (x.error ? ' — ' + x.error : ''), className: 'msg'},
    ], l.lines, {empty: 'no ' + (level === 'ERROR' ? 'errors' : 'warnings or errors') + ' in the last hour'});
  }

  // ---- the loop ----
  async function poll() {
    const results = await Promise.allSettled([overview(), games(), learning(), logs()]);
    await loadGame().catch(showGameProblem);
    const failed = results.filter(r => r.status === 'rejected');
    $('status').textContent = failed.length ? 'dashboard not answering: ' + failed[0].reason.message
      : 'updated ' + new Date().toLocaleTimeString('en-GB');
    wz.updates++;
    document.body.dataset.updates = String(wz.updates);
    setTimeout(poll, POLL_MS);
  }

  $('log-service').addEventListener('change', () => logs().catch(() => {}));
  $('log-level').addEventListener('change', () => logs().catch(() => {}));
  poll();
})();
