'use strict';
// Tables and small formatting helpers. Every value goes in as text, never as HTML: log lines, game ids
// and registry entries come from outside the dashboard.
window.WZTables = (() => {
  /**
   * Fills `table` with a header of the columns' titles and a row per item.
   * columns: [{title, value: row => text | Node, className}]
   * options: {key: row => string (data-key), onClick: row => void, selected: row => bool, empty: text}
   */
  function render(table, columns, rows, options = {}) {
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    for (const column of columns) {
      const th = document.createElement('th');
      th.textContent = column.title;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      if (options.key) tr.dataset.key = options.key(row);
      if (options.onClick) tr.addEventListener('click', () => options.onClick(row));
      if (options.selected && options.selected(row)) tr.classList.add('selected');
      for (const column of columns) {
        const td = tr.insertCell();
        const value = column.value(row);
        if (value instanceof Node) td.appendChild(value); else td.textContent = value ?? '';
        if (column.className) td.className = column.className;
      }
    }
    if (!rows.length && options.empty) {
      const td = body.insertRow().insertCell();
      td.colSpan = columns.length;
      td.className = 'muted';
      td.textContent = options.empty;
    }
  }

  function badge(text, kind) {
    const span = document.createElement('span');
    span.className = 'badge ' + kind;
    span.textContent = text;
    return span;
  }

  /** Game seconds as m:ss. */
  function gameTime(seconds) {
    if (seconds == null || !isFinite(seconds)) return '';
    const whole = Math.floor(seconds);
    return Math.floor(whole / 60) + ':' + String(whole % 60).padStart(2, '0');
  }

  function number(value, digits = 0) {
    if (value == null || !isFinite(value)) return '–';
    return Number(value).toLocaleString('en', {maximumFractionDigits: digits, minimumFractionDigits: digits});
  }

  /** An ISO instant as local time of day. */
  function time(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleTimeString('en-GB');
  }

  return {render, badge, gameTime, number, time};
})();
