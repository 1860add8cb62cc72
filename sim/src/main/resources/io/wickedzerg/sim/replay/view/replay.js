// The Wicked Zerg replay page, part 3 of 3: the page around the map (titles, side panel, timeline, playing, pointing).
(function () {
  'use strict';
  const {LOOPS_PER_SECOND, NEUTRAL, colourOf, MINERAL, GAS} = wzParts;
  const model = wzParts.model(JSON.parse(document.getElementById('wz-data').textContent));
  const {players, meta, frames, frameIndexAt, firstLoop, lastLoop} = model;
  const canvas = document.getElementById('map');
  const chart = document.getElementById('chart');
  const painter = wzParts.painter(model, canvas, chart);
  const timeline = document.getElementById('timeline');
  const playButton = document.getElementById('play');
  const speedSelect = document.getElementById('speed');
  const clockText = document.getElementById('clock');
  const tooltip = document.getElementById('tooltip');
  const hoverText = document.getElementById('hover');
  let position = firstLoop;
  let playing = false;
  let lastTick = 0;
  let frameRequest = 0;
  let drawn = 0;

  timeline.min = firstLoop; timeline.max = lastLoop; timeline.value = firstLoop;

  function clock(loop) {
    const s = Math.floor(loop / LOOPS_PER_SECOND);
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  // ---- header and side panel ----
  (function staticText() {
    const names = players.map(p => p.name);
    document.getElementById('title').textContent = names.join(' vs ');
    const results = players.filter(p => p.result && p.result !== 'Undecided').map(p => p.name + ': ' + p.result);
    document.getElementById('subtitle').textContent = [meta.map, 'seed ' + meta.seed,
      clock(meta.finalLoop) + ' (' + meta.finalLoop + ' loops)'].concat(results).join(' · ');
    document.title = names.join(' vs ') + ' · ' + meta.map + ' · Wicked Zerg replay';
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
    swatch('<circle cx="9" cy="7" r="5.5" fill="none" stroke="#ffd23f" stroke-width="1.5"/>', 'took damage just now');
    swatch('<path d="M5 3 L13 11 M13 3 L5 11" stroke="#ef4b3f" stroke-width="2"/>', 'died just now');
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

  /** Draws the moment at the current position and shows it everywhere: canvas, its data attributes, panel, clock. */
  function render() {
    const shown = painter.draw(position);
    drawn = shown.drawn;
    canvas.dataset.drawnUnits = String(shown.drawn);
    canvas.dataset.hitUnits = String(shown.hits);
    canvas.dataset.loop = String(Math.floor(position));
    canvas.dataset.frameLoop = String(shown.frame.loop);
    canvas.dataset.zoom = painter.zoom().toFixed(2);
    updatePanel(shown.frame);
    timeline.value = Math.floor(position);
    clockText.textContent = 'loop ' + Math.floor(position) + ' / ' + lastLoop + ' · ' + clock(position) + ' / '
      + clock(lastLoop);
  }

  // ---- playing ----
  function setPlaying(on) {
    if (on && position >= lastLoop) seek(firstLoop); // play at the end: from the start again
    playing = on;
    playButton.innerHTML = playing ? '&#10074;&#10074; Pause' : '&#9654; Play';
    cancelAnimationFrame(frameRequest); // one ticking loop, however often play and pause are pressed
    if (playing) {
      lastTick = performance.now();
      frameRequest = requestAnimationFrame(tick);
    }
  }

  function tick(now) {
    if (!playing) return;
    const speed = Number(speedSelect.value);
    // a frame's timestamp may precede the performance.now() taken when play was pressed
    position = Math.min(lastLoop, position + Math.max(0, now - lastTick) / 1000 * LOOPS_PER_SECOND * speed);
    lastTick = Math.max(lastTick, now);
    render();
    if (position >= lastLoop) setPlaying(false); else frameRequest = requestAnimationFrame(tick);
  }

  function seek(loop) {
    position = Math.max(firstLoop, Math.min(lastLoop, Math.floor(Number(loop))));
    render();
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
  /** The pointer in canvas pixels. */
  function pointer(e) {
    const box = canvas.getBoundingClientRect();
    return [(e.clientX - box.left) * painter.ratio(), (e.clientY - box.top) * painter.ratio()];
  }

  canvas.addEventListener('mousemove', e => {
    const d = painter.unitAt(...pointer(e));
    if (!d) { tooltip.hidden = true; return; }
    const owner = d.u.owner === NEUTRAL ? 'neutral' : 'P' + d.u.owner;
    const text = d.u.type.name + ' · ' + owner + ' · life ' + d.life + '%'
      + (d.build < 100 ? ' · built ' + d.build + '%' : '') + ' · (' + d.x.toFixed(1) + ', ' + d.y.toFixed(1) + ')';
    const box = canvas.getBoundingClientRect();
    tooltip.textContent = text;
    tooltip.hidden = false;
    tooltip.style.left = (e.clientX - box.left + 14) + 'px';
    tooltip.style.top = (e.clientY - box.top + 10) + 'px';
    hoverText.textContent = text + ' · tag ' + d.u.tag + ' · type ' + d.u.type.id;
  });

  // zoom about the pointer with the wheel, pan by dragging, the whole map again on a double click
  let dragging = null;
  canvas.addEventListener('mouseleave', () => { tooltip.hidden = true; dragging = null; });
  canvas.addEventListener('wheel', e => {
    e.preventDefault();
    painter.zoomAt(...pointer(e), e.deltaY < 0 ? 1.25 : 0.8);
    render();
  }, {passive: false});
  canvas.addEventListener('mousedown', e => { dragging = [e.clientX, e.clientY]; });
  window.addEventListener('mouseup', () => { dragging = null; });
  canvas.addEventListener('mousemove', e => {
    if (!dragging) return;
    painter.panBy((e.clientX - dragging[0]) * painter.ratio(), (e.clientY - dragging[1]) * painter.ratio());
    dragging = [e.clientX, e.clientY];
    render();
  });
  canvas.addEventListener('dblclick', () => { painter.reset(); render(); });
  window.addEventListener('resize', () => { painter.fit(); render(); });

  // read-only hooks for tests and for the curious at the console
  window.wzReplay = Object.freeze({
    seek,
    currentLoop: () => Math.floor(position),
    frameLoop: () => frames[frameIndexAt(position)].loop,
    drawnUnitCount: () => drawn,
    frameLoops: () => frames.map(f => f.loop),
    playing: () => playing,
    pixelOf: painter.pixelOf,
  });

  painter.fit();
  render();
})();
