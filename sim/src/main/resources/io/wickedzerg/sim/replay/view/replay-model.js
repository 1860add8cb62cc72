// The Wicked Zerg replay page, part 1 of 3: the embedded data (see ReplayJson for its shape) made ready to draw.
// Parts 2 (replay-draw.js) and 3 (replay.js) follow in the same <script> (ReplayHtml puts them there); they share
// only window.wzParts.
// Written for this page, no libraries: the page must open anywhere, offline, from a CI artifact.
window.wzParts = (function () {
  'use strict';
  const NEUTRAL = 16;
  const COLOURS = {1: '#ef4b3f', 2: '#3d8bff'};
  const OTHER_COLOURS = ['#f2c14e', '#b56cf0', '#4fd1c5', '#f08a4b'];

  function colourOf(owner) {
    if (owner === NEUTRAL) return '#b9c2cc';
    return COLOURS[owner] || OTHER_COLOURS[owner % OTHER_COLOURS.length];
  }

  function model(data) {
    const map = data.map;
    const types = data.types;
    const units = data.units.map(([tag, type, owner]) => ({tag, type: types[type], owner}));

    // ---- frames: rebuilt from the deltas once; each is a flat Int32Array of (id, x10, y10, life, build, hit),
    // hit = 1 when the unit lost life since the frame before, plus where units died since then ----
    const STRIDE = 6;
    const frames = [];
    (function decode() {
      const alive = new Map();
      for (const f of data.frames) {
        const gone = [];
        for (const id of f.r) {
          const kind = units[id].type.kind;
          if (alive.has(id) && kind !== 'minerals' && kind !== 'vespene') gone.push([id, alive.get(id)]);
          alive.delete(id);
        }
        const hit = new Set();
        const founded = [];
        for (let i = 0; i < f.c.length; i += 5) {
          const before = alive.get(f.c[i]);
          if (before && f.c[i + 3] < before[2]) hit.add(f.c[i]);
          if (!before && units[f.c[i]].type.kind === 'structure') founded.push(f.c[i]);
          alive.set(f.c[i], f.c.slice(i + 1, i + 5));
        }
        // not deaths: a morph keeps its tag (larva to egg to unit, hatchery to lair), a drone becomes a structure
        const tags = new Set();
        for (const id of alive.keys()) tags.add(units[id].tag);
        const deaths = gone.filter(([id, s]) => !tags.has(units[id].tag) && !founded.some(b => units[b].owner
            === units[id].owner && Math.hypot(alive.get(b)[0] - s[0], alive.get(b)[1] - s[1]) < 25))
          .map(([id, s]) => [s[0] / 10, s[1] / 10, units[id].owner]);
        const flat = new Int32Array(alive.size * STRIDE);
        let k = 0;
        for (const [id, s] of alive) {
          flat[k++] = id; flat[k++] = s[0]; flat[k++] = s[1]; flat[k++] = s[2]; flat[k++] = s[3];
          flat[k++] = hit.has(id) ? 1 : 0;
        }
        const panel = {};
        for (const p of f.p) {
          panel[p[0]] = {minerals: p[1], vespene: p[2], supplyUsed: p[3], supplyCap: p[4], armySupply: p[5],
            armyUnits: p[6], workers: p[7]};
        }
        frames.push({loop: f.l, units: flat, count: alive.size, panel, deaths});
      }
    })();

    function frameIndexAt(loop) {
      let lo = 0, hi = frames.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (frames[mid].loop <= loop) lo = mid; else hi = mid - 1;
      }
      return lo;
    }

    // ---- the map background: one pixel a cell, drawn scaled ----
    const terrain = (function paintTerrain() {
      const w = map.width, h = map.height;
      const heights = Uint8Array.from(atob(map.heights), c => c.charCodeAt(0));
      const pathing = Uint8Array.from(atob(map.pathing), c => c.charCodeAt(0));
      const placement = Uint8Array.from(atob(map.placement), c => c.charCodeAt(0));
      const bit = (bytes, x, y) => {
        if (x < 0 || y < 0 || x >= w || y >= h) return false;
        const i = y * w + x;
        return (bytes[i >> 3] & (0x80 >> (i & 7))) !== 0;
      };
      let lo = 255, hi = 0;
      for (let i = 0; i < w * h; i++) {
        if (bit(pathing, i % w, Math.floor(i / w)) || bit(placement, i % w, Math.floor(i / w))) {
          lo = Math.min(lo, heights[i]); hi = Math.max(hi, heights[i]);
        }
      }
      const span = Math.max(1, hi - lo);
      const canvas = document.createElement('canvas');
      canvas.width = w; canvas.height = h;
      const ctx = canvas.getContext('2d');
      const img = ctx.createImageData(w, h);
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const i = y * w + x;
          const t = Math.max(0, Math.min(1, (heights[i] - lo) / span));
          const walk = bit(pathing, x, y) || bit(placement, x, y);
          let r, g, b;
          if (!walk) {
            r = 20 + 10 * t; g = 23 + 10 * t; b = 30 + 12 * t;
          } else {
            // higher ground lighter, so mains, naturals and the low middle read apart
            r = 52 + 58 * t; g = 60 + 58 * t; b = 58 + 52 * t;
            if (!bit(placement, x, y)) { r -= 8; g -= 4; b += 6; } // ramps and other cells one cannot build on
            const edge = [[1, 0], [-1, 0], [0, 1], [0, -1]].some(([dx, dy]) => {
              const nx = x + dx, ny = y + dy;
              return nx >= 0 && ny >= 0 && nx < w && ny < h
                && (!(bit(pathing, nx, ny) || bit(placement, nx, ny)) || Math.abs(heights[ny * w + nx] - heights[i]) > 8);
            });
            if (edge) { r *= 0.62; g *= 0.62; b *= 0.62; }
          }
          const o = ((h - 1 - y) * w + x) * 4; // y grows upwards in the game, downwards in an image
          img.data[o] = r; img.data[o + 1] = g; img.data[o + 2] = b; img.data[o + 3] = 255;
        }
      }
      ctx.putImageData(img, 0, 0);
      return canvas;
    })();

    return {map, units, players: data.meta.players, meta: data.meta, frames, terrain, STRIDE, frameIndexAt,
      firstLoop: frames[0].loop, lastLoop: frames[frames.length - 1].loop};
  }

  return {
    LOOPS_PER_SECOND: 22.4,
    NEUTRAL,
    MINERAL: '#a9dcf2', // paler than player 2's blue, so its workers stand out on its mineral line
    GAS: '#45d483',
    colourOf,
    model,
  };
})();
