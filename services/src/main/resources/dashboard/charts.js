'use strict';
// Every chart is a uPlot instance (from its WebJar). The instances are kept in window.wz.charts, so a
// person can inspect them in the console and the browser test can read exactly what each one holds.
window.WZCharts = (() => {
  const COLORS = ['#3b6fd6', '#2ca02c', '#d6453b', '#9467bd', '#e08a00', '#17a2b8', '#8c564b', '#555'];
  /** Event kinds in the order they are drawn, bottom up; kinds not named here follow by name. */
  const EVENT_ORDER = ['game_start', 'structure_finished', 'unit_lost', 'attack_started', 'retreat', 'game_end'];
  const HEIGHT = 210;

  function width(el) {
    return Math.max(320, el.clientWidth || 480);
  }

  function line(label, color, scale) {
    return {label, stroke: color, width: 2, scale: scale || 'y', spanGaps: false};
  }

  /**
   * A chart over game seconds whose x range is shared with the game's other charts (range()
   * returns it), so that events line up with the samples; the cursor is synced across them too.
   */
  function gameChart(el, title, series, range) {
    const opts = {
      title, width: width(el), height: HEIGHT,
      scales: {x: {time: false, range: (u, min, max) => range() || [min, max]}},
      axes: [{label: 'game time (s)'}, {}],
      series: [{label: 't (s)'}, ...series],
      cursor: {sync: {key: 'wz-game'}},
    };
    return new uPlot(opts, [[], ...series.map(() => [])], el);
  }

  /** The charts of one game: samples as lines, events as points per kind, all on one time axis. */
  class GameCharts {
    constructor(elements) {
      this.elements = elements;
      this.range = null;
      this.kinds = [];
      const range = () => this.range;
      this.resources = gameChart(elements.resources, 'Resources',
          [line('minerals', COLORS[0]), line('gas', COLORS[1])], range);
      this.supply = gameChart(elements.supply, 'Supply',
          [line('supply used', COLORS[3]), line('supply cap', COLORS[7])], range);
      this.units = gameChart(elements.units, 'Workers and army',
          [line('workers', COLORS[4]), line('army supply', COLORS[2]), line('army units', COLORS[5])], range);
      this.events = this.eventChart([]);
    }

    eventChart(kinds) {
      const el = this.elements.events;
      el.replaceChildren();
      const opts = {
        title: 'Events', width: width(el), height: 70 + 24 * Math.max(1, kinds.length),
        scales: {
          x: {time: false, range: (u, min, max) => this.range || [min, max]},
          y: {range: [-0.5, Math.max(0, kinds.length - 1) + 0.5]},
        },
        axes: [{label: 'game time (s)'}, {
          size: 130,
          splits: () => kinds.map((_, i) => i),
          values: (u, splits) => splits.map(v => kinds[v] || ''),
        }],
        series: [{label: 't (s)'}, ...kinds.map((kind, i) => ({
          label: kind, stroke: COLORS[i % COLORS.length], paths: () => null,
          points: {show: true, size: 9, fill: COLORS[i % COLORS.length]},
        }))],
        cursor: {sync: {key: 'wz-game'}},
      };
      return new uPlot(opts, [[], ...kinds.map(() => [])], el);
    }

    /** samples: {t:[], minerals:[], ...}; events: [{t, kind, label}] in time order. */
    update(samples, events) {
      const times = samples.t.concat(events.map(e => e.t));
      const min = times.length ? Math.min(...times) : 0;
      const max = times.length ? Math.max(...times) : 1;
      this.range = min === max ? [min - 1, max + 1] : [min, max];
      this.resources.setData([samples.t, samples.minerals, samples.gas]);
      this.supply.setData([samples.t, samples.supply_used, samples.supply_cap]);
      this.units.setData([samples.t, samples.workers, samples.army_supply, samples.army_count]);
      const kinds = orderKinds(events.map(e => e.kind));
      if (kinds.join() !== this.kinds.join()) {
        this.events.destroy();
        this.kinds = kinds;
        this.events = this.eventChart(kinds);
      }
      // One x per event (two events at one loop stay two points); each kind's series holds its row
      // number where the event is of that kind, null elsewhere.
      this.events.setData([events.map(e => e.t),
        ...kinds.map((kind, row) => events.map(e => (e.kind === kind ? row : null)))]);
    }

    all() {
      return {resources: this.resources, supply: this.supply, units: this.units, events: this.events};
    }
  }

  function orderKinds(kinds) {
    const present = [...new Set(kinds)];
    const known = EVENT_ORDER.filter(k => present.includes(k));
    return known.concat(present.filter(k => !EVENT_ORDER.includes(k)).sort());
  }

  /** Win rate and mean fitness per generation; environment changes as marks at their generation. */
  function learningChart(el) {
    const opts = {
      title: 'Learning: per generation', width: width(el), height: 240,
      scales: {x: {time: false}, rate: {range: [0, 1]}, fitness: {}},
      axes: [
        {label: 'generation', incrs: [1, 2, 5, 10, 20, 50, 100]},
        {scale: 'rate', label: 'win rate'},
        {scale: 'fitness', label: 'mean fitness', side: 1, grid: {show: false}},
      ],
      series: [
        {label: 'generation'},
        line('win rate', COLORS[0], 'rate'),
        line('mean fitness', COLORS[4], 'fitness'),
        {label: 'environment change', scale: 'rate', stroke: COLORS[2], paths: () => null,
          points: {show: true, size: 12, fill: COLORS[2]}},
      ],
    };
    return new uPlot(opts, [[], [], [], []], el);
  }

  /** uPlot's aligned columns from /api/stats: x is every generation named by a row or a change. */
  function learningData(stats) {
    const byGeneration = new Map(stats.generations.map(g => [g.generation, g]));
    const changes = new Map(stats.environment_changes.map(c => [c.generation, c]));
    const xs = [...new Set([...byGeneration.keys(), ...changes.keys()])].sort((a, b) => a - b);
    return [xs,
      xs.map(x => (byGeneration.has(x) ? byGeneration.get(x).win_rate : null)),
      xs.map(x => (byGeneration.has(x) ? byGeneration.get(x).mean_fitness : null)),
      // a change is marked on the win-rate curve at its generation (its baseline/recent are in the legend's table)
      xs.map(x => (!changes.has(x) ? null
        : byGeneration.has(x) && byGeneration.get(x).win_rate != null ? byGeneration.get(x).win_rate
          : Math.min(1, Math.max(0, changes.get(x).recent))))];
  }

  return {GameCharts, learningChart, learningData};
})();
