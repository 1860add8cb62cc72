// The Wicked Zerg replay page: draws the embedded game (see ReplayJson for the data's shape) on a canvas.
// Written for this page, no libraries: the file must open anywhere, offline, from a CI artifact.
(function () {
  'use strict';
  const LOOPS_PER_SECOND = 22.4;
  const NEUTRAL = 16;
  const COLOURS = {1: '#ef4b3f', 2: '#3d8bff'};
  const OTHER_COLOURS = ['#f2c14e', '#b56cf0', '#4fd1c5', '#f08a4b'];
  const MINERAL = '#a9dcf2'; // paler than player 2's blue, so its workers stand out on its mineral line
  const GAS = '#45d483';
  const data = JSON.parse(document.getElementById('wz-data').textContent);
  const map = data.map;
  const types = data.types;
  const units = data.units.map(([tag, type, owner]) => ({tag, type: types[type], owner}));
  const players = data.meta.players;

  // ---- frames: rebuilt from the deltas once, then each is a flat Int32Array of (id, x10, y10, life, build) ----
  const frames = [];
  (function decode() {
    const alive = new Map();
    for (const f of data.frames) {
      for (const id of f.r) alive.delete(id);
      for (let i = 0; i < f.c.length; i += 5) alive.set(f.c[i], f.c.slice(i + 1, i + 5));
      const flat = new Int32Array(alive.size * 5);
      let k = 0;
      for (const [id, s] of alive) {
        flat[k++] = id; flat[k++] = s[0]; flat[k++] = s[1]; flat[k++] = s[2]; flat[k++] = s[3];
      }
      const panel = {};
      for (const p of f.p) {
        panel[p[0]] = {minerals: p[1], vespene: p[2], supplyUsed: p[3], supplyCap: p[4], armySupply: p[5],
          armyUnits: p[6], workers: p[7]};
      }
      frames.push({loop: f.l, units: flat, count: alive.size, panel});
    }
  })();
  const firstLoop = frames[0].loop;
  const lastLoop = frames[frames.length - 1].loop;

  function colourOf(owner) {
    if (owner === NEUTRAL) return '#b9c2cc';
    return COLOURS[owner] || OTHER_COLOURS[owner % OTHER_COLOURS.length];
  }

  function frameIndexAt(loop) {
    let lo = 0, hi = frames.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (frames[mid].loop <= loop) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function clock(loop) {
    const s = Math.floor(loop / LOOPS_PER_SECOND);
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
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

  // ---- state and elements ----
  const canvas = document.getElementById('map');
  const ctx = canvas.getContext('2d');
  const chart = document.getElementById('chart');
  const timeline = document.getElementById('timeline');
  const playButton = document.getElementById('play');
  const speedSelect = document.getElementById('speed');
  const clockText = document.getElementById('clock');
  const tooltip = document.getElementById('tooltip');
  const hoverText = document.getElementById('hover');
  let position = firstLoop;
  let playing = false;
  let lastTick = 0;
  let drawn = 0;
  let view = {scale: 1, ox: 0, oy: 0};
  let drawnUnits = []; // for pointing: {x, y, r, id, life, build} in canvas pixels

  timeline.min = firstLoop; timeline.max = lastLoop; timeline.value = firstLoop;

  // ---- header and side panel ----
  (function staticText() {
    const names = players.map(p => p.name);
    document.getElementById('title').textContent = players.map(p => p.name + ' · ' + p.race).join('  vs  ');
    const results = players.filter(p => p.result && p.result !== 'Undecided').map(p => p.name + ': ' + p.result);
    document.getElementById('subtitle').textContent = [data.meta.map, 'seed ' + data.meta.seed,
      clock(data.meta.finalLoop) + ' (' + data.meta.finalLoop + ' loops)'].concat(results).join(' · ');
    document.title = names.join(' vs ') + ' · ' + data.meta.map + ' · Wicked Zerg replay';
    const box = document.getElementById('players');
    for (const p of players) {
      const card = document.createElement('div');
      card.className = 'player';
      card.id = 'player-' + p.id;
      card.style.setProperty('--colour', colourOf(p.id));
      const h2 = document.createElement('h2');
      h2.textContent = 'P' + p.id + ' ' + p.name;
      const who = document.createElement('div');
      who.className = 'who';
      const result = document.createElement('span');
      result.className = 'result-' + p.result;
      result.textContent = p.result;
      who.append(p.race + ' · ', result);
      const stats = document.createElement('dl');
      stats.className = 'stats';
      for (const [key, label] of [['minerals', 'Minerals'], ['vespene', 'Gas'], ['supply', 'Supply'],
        ['army', 'Army supply (units)'], ['workers', 'Workers']]) {
        const dt = document.createElement('dt');
        dt.textContent = label;
        const dd = document.createElement('dd');
        dd.id = 'p' + p.id + '-' + key;
        stats.append(dt, dd);
      }
      card.append(h2, who, stats);
      box.append(card);
    }
    const legend = document.getElementById('legend');
    const swatch = (svg, text) => {
      const holder = document.createElement('div');
      holder.innerHTML = '<svg width="18" height="14" viewBox="0 0 18 14">' + svg + '</svg>';
      const label = document.createElement('div');
      label.textContent = text;
      legend.append(holder, label);
    };
    swatch('<circle cx="9" cy="7" r="5.5" fill="#ef4b3f" stroke="#fff" stroke-width="1.2"/>', 'army unit (glow: army nearby)');
    swatch('<circle cx="9" cy="7" r="3" fill="#ef4b3f" opacity=".7"/>', 'worker, larva, other unit');
    swatch('<circle cx="9" cy="7" r="5" fill="none" stroke="#ef4b3f" stroke-width="2" stroke-dasharray="3 2"/>', 'flying unit');
    swatch('<rect x="3" y="1" width="12" height="12" fill="#ef4b3f" fill-opacity=".55" stroke="#ef4b3f"/>', 'structure (faint: being built)');
    swatch('<rect x="2" y="4" width="14" height="6" fill="' + MINERAL + '"/>', 'mineral field');
    swatch('<rect x="3" y="1" width="12" height="12" fill="' + GAS + '" fill-opacity=".8"/>', 'vespene geyser');
  })();

  function updatePanel(frame) {
    for (const p of players) {
      const s = frame.panel[p.id];
      if (!s) continue;
      document.getElementById('p' + p.id + '-minerals').textContent = s.minerals;
      document.getElementById('p' + p.id + '-vespene').textContent = s.vespene;
      document.getElementById('p' + p.id + '-supply').textContent = s.supplyUsed + ' / ' + s.supplyCap;
      document.getElementById('p' + p.id + '-army').textContent = s.armySupply + ' (' + s.armyUnits + ')';
      document.getElementById('p' + p.id + '-workers').textContent = s.workers;
    }
  }

  // ---- drawing ----
  function fit() {
    const ratio = window.devicePixelRatio || 1;
    const box = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(box.width * ratio));
    canvas.height = Math.max(1, Math.round(box.height * ratio));
    const [x0, y0, x1, y1] = map.playable;
    const margin = 10 * ratio;
    const scale = Math.min((canvas.width - 2 * margin) / (x1 - x0), (canvas.height - 2 * margin) / (y1 - y0));
    view = {scale, ox: (canvas.width - scale * (x1 - x0)) / 2 - scale * x0,
      oy: (canvas.height - scale * (y1 - y0)) / 2 + scale * y1, ratio};
    const c = chart.getBoundingClientRect();
    chart.width = Math.max(1, Math.round(c.width * ratio));
    chart.height = Math.max(1, Math.round(c.height * ratio));
  }
  const px = x => view.ox + x * view.scale;
  const py = y => view.oy - y * view.scale;

  function layer(u) {
    const k = u.type.kind;
    if (k === 'minerals' || k === 'vespene') return 0;
    if (k === 'structure') return 1;
    return u.type.flying ? 3 : 2;
  }

  /** Positions of the next frame's units, to glide between samples while playing. */
  let nextCache = {index: -1, pos: null};
  function nextPositions(index) {
    if (nextCache.index !== index) {
      const pos = new Map();
      const next = frames[Math.min(index + 1, frames.length - 1)].units;
      for (let k = 0; k < next.length; k += 5) pos.set(next[k], [next[k + 1], next[k + 2]]);
      nextCache = {index, pos};
    }
    return nextCache.pos;
  }

  function draw() {
    const index = frameIndexAt(position);
    const frame = frames[index];
    const next = frames[Math.min(index + 1, frames.length - 1)];
    const t = next.loop > frame.loop ? Math.min(1, (position - frame.loop) / (next.loop - frame.loop)) : 0;
    const glide = t > 0 ? nextPositions(index) : null;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#0f1216';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(terrain, px(0), py(map.height), map.width * view.scale, map.height * view.scale);
    drawStarts();

    const s = view.scale;
    const buckets = [[], [], [], []];
    const list = frame.units;
    for (let k = 0; k < list.length; k += 5) {
      const u = units[list[k]];
      let x = list[k + 1] / 10, y = list[k + 2] / 10;
      const to = glide && glide.get(list[k]);
      if (to && Math.abs(to[0] / 10 - x) < 8 && Math.abs(to[1] / 10 - y) < 8) {
        x += (to[0] / 10 - x) * t; y += (to[1] / 10 - y) * t;
      }
      buckets[layer(u)].push({u, id: list[k], x, y, life: list[k + 3], build: list[k + 4]});
    }
    drawn = 0;
    drawnUnits = [];
    // army glow first, under everything, so where the armies stand shows at a glance
    for (const b of [buckets[2], buckets[3]]) {
      for (const d of b) {
        if (d.u.type.kind !== 'army') continue;
        ctx.fillStyle = colourOf(d.u.owner);
        ctx.globalAlpha = 0.16;
        ctx.beginPath();
        ctx.arc(px(d.x), py(d.y), Math.max(d.u.type.radius + 2.2, 2.6) * s, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
    for (const d of buckets[0]) drawResource(d, s);
    for (const d of buckets[1]) drawStructure(d, s);
    for (const d of buckets[2]) drawUnit(d, s);
    for (const d of buckets[3]) drawUnit(d, s);
    canvas.dataset.drawnUnits = String(drawn);
    canvas.dataset.loop = String(Math.floor(position));
    canvas.dataset.frameLoop = String(frame.loop);
    updatePanel(frame);
    timeline.value = Math.floor(position);
    clockText.textContent = 'loop ' + Math.floor(position) + ' / ' + lastLoop + ' · ' + clock(position) + ' / '
      + clock(lastLoop);
    drawChart();
  }

  function remember(d, x, y, r) {
    drawn++;
    drawnUnits.push({x, y, r: Math.max(r, 4 * view.ratio), d});
  }

  function drawResource(d, s) {
    const x = px(d.x), y = py(d.y);
    if (d.u.type.kind === 'minerals') {
      ctx.fillStyle = MINERAL;
      ctx.fillRect(x - s, y - 0.5 * s, 2 * s, s);
      ctx.strokeStyle = 'rgba(0,0,0,.45)';
      ctx.lineWidth = 1;
      ctx.strokeRect(x - s, y - 0.5 * s, 2 * s, s);
      remember(d, x, y, s);
    } else {
      const half = Math.max(1.5, d.u.type.radius) * s;
      ctx.fillStyle = GAS;
      ctx.globalAlpha = 0.8;
      ctx.fillRect(x - half, y - half, 2 * half, 2 * half);
      ctx.globalAlpha = 1;
      remember(d, x, y, half);
    }
  }

  function drawStructure(d, s) {
    const x = px(d.x), y = py(d.y);
    const half = Math.max(0.5, d.u.type.radius) * s;
    const colour = colourOf(d.u.owner);
    ctx.fillStyle = colour;
    ctx.globalAlpha = d.build < 100 ? 0.18 + 0.3 * d.build / 100 : 0.55;
    ctx.fillRect(x - half, y - half, 2 * half, 2 * half);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colour;
    ctx.lineWidth = Math.max(1, 0.18 * s);
    if (d.build < 100) ctx.setLineDash([Math.max(2, 0.5 * s), Math.max(2, 0.4 * s)]);
    ctx.strokeRect(x - half, y - half, 2 * half, 2 * half);
    ctx.setLineDash([]);
    if (d.life < 100) lifeBar(x, y + half + 0.25 * s, 2 * half, d.life, s);
    remember(d, x, y, half);
  }

  function drawUnit(d, s) {
    const x = px(d.x), y = py(d.y);
    const kind = d.u.type.kind;
    const army = kind === 'army';
    const r = Math.max(army ? 0.55 : 0.42, d.u.type.radius * (army ? 1 : 0.8)) * s;
    const colour = colourOf(d.u.owner);
    ctx.beginPath();
    ctx.arc(x, y, Math.max(r, 1.5), 0, 2 * Math.PI);
    if (d.u.type.flying) {
      ctx.fillStyle = colour;
      ctx.globalAlpha = 0.35;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = colour;
      ctx.lineWidth = Math.max(1.2, 0.2 * s);
      ctx.setLineDash([Math.max(2, 0.35 * s), Math.max(1.5, 0.25 * s)]);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.fillStyle = colour;
      ctx.globalAlpha = army ? 1 : 0.85;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = army ? 'rgba(255,255,255,.85)' : 'rgba(0,0,0,.6)';
      ctx.lineWidth = Math.max(1, 0.12 * s);
      ctx.stroke();
    }
    if (army && d.life < 100) lifeBar(x, y + r + 0.2 * s, Math.max(2 * r, 0.9 * s), d.life, s);
    remember(d, x, y, r);
  }

  function lifeBar(cx, top, width, life, s) {
    const h = Math.max(2, 0.22 * s);
    ctx.fillStyle = 'rgba(0,0,0,.7)';
    ctx.fillRect(cx - width / 2, top, width, h);
    ctx.fillStyle = life > 50 ? '#5fd38a' : life > 25 ? '#f2c14e' : '#ff5b4f';
    ctx.fillRect(cx - width / 2, top, width * life / 100, h);
  }

  /** Faint rings where each player started: who is where, even once the start is lost. */
  function drawStarts() {
    map.starts.forEach(([x, y], i) => {
      ctx.strokeStyle = colourOf(i + 1);
      ctx.globalAlpha = 0.35;
      ctx.lineWidth = 1.5 * view.ratio;
      ctx.beginPath();
      ctx.arc(px(x), py(y), 7 * view.scale, 0, 2 * Math.PI);
      ctx.stroke();
    });
    ctx.globalAlpha = 1;
  }

  // ---- the army chart over the whole game, with where we are ----
  function drawChart() {
    const c = chart.getContext('2d');
    const ratio = view.ratio || 1;
    // 8 px in from each side: where the slider's thumb centre runs, so the cursor stands above the thumb
    const w = chart.width, h = chart.height, pad = 8 * ratio, top0 = 14 * ratio;
    c.clearRect(0, 0, w, h);
    let top = 1;
    for (const f of frames) for (const p of players) if (f.panel[p.id]) top = Math.max(top, f.panel[p.id].armySupply);
    const span = Math.max(1, lastLoop - firstLoop);
    const cx = loop => pad + (w - 2 * pad) * (loop - firstLoop) / span;
    const cy = v => h - 2 * ratio - (h - 2 * ratio - top0) * v / top;
    c.font = Math.round(10 * ratio) + 'px system-ui, sans-serif';
    c.lineWidth = 1;
    const title = 'army supply, top ' + top;
    const titleEnd = pad + c.measureText(title).width + 12 * ratio;
    const minutes = Math.max(1, Math.ceil((lastLoop / LOOPS_PER_SECOND / 60) / 12)); // at most a dozen marks
    for (let m = 0; m * 60 * LOOPS_PER_SECOND <= lastLoop; m += minutes) {
      if (m * 60 * LOOPS_PER_SECOND < firstLoop) continue;
      const x = Math.round(cx(m * 60 * LOOPS_PER_SECOND)) + 0.5;
      c.strokeStyle = '#2a313b';
      c.beginPath(); c.moveTo(x, top0 - 2 * ratio); c.lineTo(x, h); c.stroke();
      c.fillStyle = '#5d6675';
      c.textAlign = x > w - 20 * ratio ? 'right' : 'center';
      if (m > 0 && x > titleEnd) c.fillText(m + ':00', Math.min(x, w - 1), 10 * ratio);
    }
    for (const p of players) {
      c.strokeStyle = colourOf(p.id);
      c.lineWidth = 1.5 * ratio;
      c.beginPath();
      frames.forEach((f, i) => {
        const v = f.panel[p.id] ? f.panel[p.id].armySupply : 0;
        if (i === 0) c.moveTo(cx(f.loop), cy(v)); else c.lineTo(cx(f.loop), cy(v));
      });
      c.stroke();
    }
    c.fillStyle = '#8a94a3';
    c.textAlign = 'left';
    c.fillText(title, pad, 10 * ratio);
    c.strokeStyle = '#ffffff';
    c.lineWidth = 1.5;
    const x = cx(position);
    c.beginPath(); c.moveTo(x, 0); c.lineTo(x, h); c.stroke();
  }

  // ---- playing ----
  function setPlaying(on) {
    playing = on && position < lastLoop;
    playButton.innerHTML = playing ? '&#10074;&#10074; Pause' : '&#9654; Play';
    if (playing) {
      lastTick = performance.now();
      requestAnimationFrame(tick);
    }
  }

  function tick(now) {
    if (!playing) return;
    const speed = Number(speedSelect.value);
    position = Math.min(lastLoop, position + (now - lastTick) / 1000 * LOOPS_PER_SECOND * speed);
    lastTick = now;
    draw();
    if (position >= lastLoop) setPlaying(false); else requestAnimationFrame(tick);
  }

  function seek(loop) {
    position = Math.max(firstLoop, Math.min(lastLoop, Math.floor(Number(loop))));
    draw();
    return Math.floor(position);
  }

  function stepFrames(delta) {
    setPlaying(false);
    const i = Math.max(0, Math.min(frames.length - 1, frameIndexAt(position) + delta));
    seek(frames[i].loop);
  }

  timeline.addEventListener('input', () => { seek(timeline.value); });
  playButton.addEventListener('click', () => setPlaying(!playing));
  document.getElementById('back').addEventListener('click', () => stepFrames(-1));
  document.getElementById('forward').addEventListener('click', () => stepFrames(1));
  chart.addEventListener('click', e => {
    const box = chart.getBoundingClientRect();
    seek(firstLoop + (lastLoop - firstLoop) * (e.clientX - box.left) / box.width);
  });
  document.addEventListener('keydown', e => {
    if (e.target === timeline || e.target.tagName === 'SELECT') return;
    if (e.key === ' ') { e.preventDefault(); setPlaying(!playing); }
    if (e.key === 'ArrowLeft') stepFrames(-1);
    if (e.key === 'ArrowRight') stepFrames(1);
  });
  canvas.addEventListener('mousemove', e => {
    const box = canvas.getBoundingClientRect();
    const mx = (e.clientX - box.left) * view.ratio, my = (e.clientY - box.top) * view.ratio;
    let best = null, bestD = Infinity;
    for (const h of drawnUnits) {
      const d = Math.hypot(h.x - mx, h.y - my);
      if (d <= h.r + 2 && d < bestD) { best = h; bestD = d; }
    }
    if (!best) { tooltip.hidden = true; return; }
    const d = best.d;
    const owner = d.u.owner === NEUTRAL ? 'neutral' : 'P' + d.u.owner;
    const text = d.u.type.name + ' · ' + owner + ' · life ' + d.life + '%'
      + (d.build < 100 ? ' · built ' + d.build + '%' : '') + ' · (' + d.x.toFixed(1) + ', ' + d.y.toFixed(1) + ')';
    tooltip.textContent = text;
    tooltip.hidden = false;
    tooltip.style.left = (e.clientX - box.left + 14) + 'px';
    tooltip.style.top = (e.clientY - box.top + 10) + 'px';
    hoverText.textContent = text + ' · tag ' + d.u.tag + ' · type ' + d.u.type.id;
  });
  canvas.addEventListener('mouseleave', () => { tooltip.hidden = true; });
  window.addEventListener('resize', () => { fit(); draw(); });

  // read-only hooks for tests and for the curious at the console
  window.wzReplay = Object.freeze({
    seek,
    currentLoop: () => Math.floor(position),
    frameLoop: () => frames[frameIndexAt(position)].loop,
    drawnUnitCount: () => drawn,
    frameLoops: () => frames.map(f => f.loop),
    playing: () => playing,
  });

  fit();
  draw();
})();
