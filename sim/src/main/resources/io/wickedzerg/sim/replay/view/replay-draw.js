// The Wicked Zerg replay page, part 2 of 3: draws one moment of the game on the map canvas, and the army chart.
wzParts.painter = function (model, canvas, chart) {
  'use strict';
  const {map, units, frames, terrain, STRIDE, frameIndexAt, firstLoop, lastLoop, players} = model;
  const {colourOf, LOOPS_PER_SECOND, MINERAL, GAS} = wzParts;
  const ctx = canvas.getContext('2d');
  let view = {scale: 1, ox: 0, oy: 0, ratio: 1};
  let zoom = 1;
  let centre = null; // the map cell at the canvas centre; null for the playable area's centre
  let drawn = 0;
  let drawnUnits = []; // for pointing: {x, y, r, d} in canvas pixels

  function fit() {
    const ratio = window.devicePixelRatio || 1;
    const box = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(box.width * ratio));
    canvas.height = Math.max(1, Math.round(box.height * ratio));
    const [x0, y0, x1, y1] = map.playable;
    const margin = 10 * ratio;
    const scale = zoom * Math.min((canvas.width - 2 * margin) / (x1 - x0), (canvas.height - 2 * margin) / (y1 - y0));
    const [cx, cy] = centre || [(x0 + x1) / 2, (y0 + y1) / 2];
    view = {scale, ox: canvas.width / 2 - cx * scale, oy: canvas.height / 2 + cy * scale, ratio};
    const c = chart.getBoundingClientRect();
    chart.width = Math.max(1, Math.round(c.width * ratio));
    chart.height = Math.max(1, Math.round(c.height * ratio));
  }
  const px = x => view.ox + x * view.scale;
  const py = y => view.oy - y * view.scale;
  const cellAt = (mx, my) => [(mx - view.ox) / view.scale, (view.oy - my) / view.scale];

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
      for (let k = 0; k < next.length; k += STRIDE) pos.set(next[k], [next[k + 1], next[k + 2]]);
      nextCache = {index, pos};
    }
    return nextCache.pos;
  }

  /** Draws the game at a loop (gliding between samples); says what it drew. */
  function draw(position) {
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
    for (let k = 0; k < list.length; k += STRIDE) {
      const u = units[list[k]];
      let x = list[k + 1] / 10, y = list[k + 2] / 10;
      const to = glide && glide.get(list[k]);
      if (to && Math.abs(to[0] / 10 - x) < 8 && Math.abs(to[1] / 10 - y) < 8) {
        x += (to[0] / 10 - x) * t; y += (to[1] / 10 - y) * t;
      }
      buckets[layer(u)].push({u, id: list[k], x, y, life: list[k + 3], build: list[k + 4], hit: list[k + 5] === 1});
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
    const hits = drawFighting(buckets, frame.deaths, s);
    drawChart(position);
    return {frame, drawn, hits};
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

  /** Where the fighting is: a yellow ring on what lost life since the last frame, a cross where something died. */
  function drawFighting(buckets, deaths, s) {
    ctx.strokeStyle = '#ffd23f';
    ctx.lineWidth = Math.max(1, 0.12 * s);
    let hits = 0;
    for (const b of buckets) {
      for (const d of b) {
        if (!d.hit) continue;
        hits++;
        ctx.beginPath();
        ctx.arc(px(d.x), py(d.y), (Math.max(0.55, d.u.type.radius) + 0.25) * s + 1.5, 0, 2 * Math.PI);
        ctx.stroke();
      }
    }
    const arm = Math.max(2.5, 0.5 * s);
    ctx.lineWidth = Math.max(1.5, 0.2 * s);
    for (const [x, y, owner] of deaths) {
      ctx.strokeStyle = colourOf(owner);
      ctx.beginPath();
      ctx.moveTo(px(x) - arm, py(y) - arm); ctx.lineTo(px(x) + arm, py(y) + arm);
      ctx.moveTo(px(x) + arm, py(y) - arm); ctx.lineTo(px(x) - arm, py(y) + arm);
      ctx.stroke();
    }
    return hits;
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
  function drawChart(position) {
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


  // ---- looking closer: canvas pixels in, the map cell under the pointer stays put ----
  function zoomAt(mx, my, factor) {
    const [cx, cy] = cellAt(mx, my);
    zoom = Math.max(1, Math.min(16, zoom * factor));
    fit();
    centre = zoom === 1 ? null : [cx - (mx - canvas.width / 2) / view.scale, cy + (my - canvas.height / 2) / view.scale];
    fit();
  }

  function panBy(dx, dy) {
    if (zoom === 1) return;
    const [cx, cy] = centre || cellAt(canvas.width / 2, canvas.height / 2);
    centre = [cx - dx / view.scale, cy + dy / view.scale];
    fit();
  }

  function reset() {
    zoom = 1;
    centre = null;
    fit();
  }

  /** The unit drawn nearest a canvas pixel, if the pixel is on it. */
  function unitAt(mx, my) {
    let best = null, bestD = Infinity;
    for (const h of drawnUnits) {
      const d = Math.hypot(h.x - mx, h.y - my);
      if (d <= h.r + 2 && d < bestD) { best = h; bestD = d; }
    }
    return best && best.d;
  }

  return {fit, draw, zoomAt, panBy, reset, unitAt, ratio: () => view.ratio, zoom: () => zoom,
    /** Where a map cell is drawn, in CSS pixels from the canvas' top left corner. */
    pixelOf: (x, y) => [px(x) / view.ratio, py(y) / view.ratio]};
};
