// Shared helpers of the dashboard's page scripts. All content from the corpus is untrusted: it only ever
// enters the page as text (textContent / text nodes), inside <bdi> so that right-to-left overrides in a channel
// name cannot reorder the text around it. Links are built by us: internal paths with encoded ids, and external
// links only for http(s) URLs.

export const main = document.getElementById('main');

/** Builds an element: el('a', {href: '/x', class: 'c'}, 'text', child…). Attributes never take content as HTML. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'dataset') Object.assign(node.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else if (k === 'href') node.setAttribute('href', safeHref(v));
      else node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Untrusted text, isolated for bidi. */
export function txt(s, cls) {
  const b = document.createElement('bdi');
  if (cls) b.className = cls;
  b.textContent = s === null || s === undefined ? '' : String(s);
  return b;
}

/** Only our own paths and http(s) URLs become links; anything else (javascript:, data:) is dropped. */
export function safeHref(href) {
  const s = String(href);
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (e) { /* not a URL */ }
  return '#';
}

export const path = {
  post: id => '/posts/' + encodeURIComponent(id),
  entity: id => '/entities/' + encodeURIComponent(id),
  source: id => '/sources/' + encodeURIComponent(id),
  story: id => '/stories/' + encodeURIComponent(id),
  cluster: id => '/clusters/' + encodeURIComponent(id),
  search: params => '/search?' + new URLSearchParams(params).toString(),
};

/** The id in the page's own path (/posts/{id}), decoded. */
export function pageId() {
  const parts = location.pathname.split('/');
  return decodeURIComponent(parts[2] || '');
}

export function apiUrl(route, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return '/api/' + route + (s ? '?' + s : '');
}

export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

export async function api(route, params, init) {
  const res = await fetch(apiUrl(route, params), Object.assign({headers: {Accept: 'application/json'}}, init || {}));
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : ('the server answered ' + res.status);
    throw new ApiError(res.status, msg);
  }
  return body;
}

export function csvUrl(route, params, table) {
  return apiUrl(route, Object.assign({}, params || {}, {format: 'csv', table: table}));
}

export function showError(e) {
  main.replaceChildren(el('h1', null, e.status === 404 ? 'Not found' : 'Something went wrong'),
    el('p', {class: 'error'}, e.message || String(e)));
}

export function setTitle(...parts) {
  document.title = parts.filter(Boolean).join(' · ') + ' · echotrace';
}

export const fmt = {
  int: n => n === null || n === undefined ? '' : Number(n).toLocaleString('en-US'),
  pct: x => x === null || x === undefined ? '' : (100 * x).toFixed(1) + '%',
  num: (x, d) => x === null || x === undefined ? '' : Number(x).toFixed(d === undefined ? 3 : d),
  day: s => s ? String(s).slice(0, 10) : '',
  time: s => s ? String(s).replace('T', ' ').replace(/(\.\d+)?(Z|[+-]\d\d:\d\d)?$/, m => m.replace(/\.\d+/, '')) : '',
  lag: s => {
    if (s === null || s === undefined) return '';
    const a = Math.abs(s), sign = s < 0 ? '−' : '+';
    if (a < 60) return sign + a + ' s';
    if (a < 3600) return sign + Math.round(a / 60) + ' min';
    if (a < 172800) return sign + (a / 3600).toFixed(1) + ' h';
    return sign + (a / 86400).toFixed(1) + ' d';
  },
};

/** A card with a title, download links and a body. */
export function card(title, downloads, ...body) {
  const head = el('div', {class: 'card-head'}, el('h2', null, title), el('div', {class: 'downloads'}, downloads || []));
  return el('section', {class: 'card'}, head, body);
}

export function csvLink(url) {
  return el('a', {href: url, download: '', class: 'csv', title: 'Download as CSV'}, 'CSV');
}

/**
 * A table of rows (objects) with column specs [{key, label, num, render(row) → Node|string}]; empty tables say so.
 */
export function table(rows, columns, rowClass) {
  if (!rows || rows.length === 0) return el('p', {class: 'empty'}, 'Nothing here yet.');
  const head = el('tr', null, columns.map(c => el('th', null, c.label)));
  const body = rows.map(r => el('tr', {class: rowClass ? rowClass(r) : null}, columns.map(c => {
    const v = c.render ? c.render(r) : r[c.key];
    return el('td', {class: c.num ? 'num' : null}, v instanceof Node ? v : txt(c.num ? fmt.int(v) : v));
  })));
  return el('table', {class: 'list'}, el('thead', null, head), el('tbody', null, body));
}

export function relationTag(rel, uncredited) {
  const tags = [el('span', {class: 'tag rel-' + String(rel || 'origin')}, rel || 'origin')];
  if (uncredited) tags.push(el('span', {class: 'tag uncredited', title: 'copied without forwarding or credit'}, 'uncredited'));
  return el('span', null, tags);
}

export function sourceLink(id, label) {
  return el('a', {href: path.source(id)}, txt(label || id));
}

/**
 * An ECharts chart in a card, with PNG and CSV downloads. Tooltips render as canvas text (renderMode richText),
 * never as HTML, so series names from the corpus cannot inject markup.
 */
export function chartCard(title, csv, option, tall) {
  const box = el('div', {class: 'chart' + (tall ? ' tall' : '')});
  const png = el('a', {href: '#', class: 'png', title: 'Download as PNG'}, 'PNG');
  const c = card(title, [png, csv ? csvLink(csv) : null], box);
  requestAnimationFrame(() => {
    if (!window.echarts) { box.replaceChildren(el('p', {class: 'error'}, 'chart library missing')); return; }
    const chart = window.echarts.init(box, null, {renderer: 'canvas'});
    option.tooltip = Object.assign({trigger: 'axis', renderMode: 'richText', confine: true}, option.tooltip || {});
    option.animation = false;
    chart.setOption(option);
    window.addEventListener('resize', () => chart.resize());
    png.addEventListener('click', ev => {
      ev.preventDefault();
      const a = el('a', {download: title.toLowerCase().replace(/[^a-z0-9]+/g, '-') + '.png'});
      a.href = chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
      document.body.append(a); a.click(); a.remove();
    });
  });
  return c;
}

/** Long-format rows (day, key, value) → ECharts series, one per key, days on a time axis. */
export function seriesByKey(rows, dayKey, key, labelKey, valueKey, type) {
  const groups = new Map();
  const days = [...new Set(rows.map(r => r[dayKey]))].sort();
  for (const r of rows) {
    const k = r[key];
    if (!groups.has(k)) groups.set(k, {name: String(r[labelKey] || k), values: new Map()});
    groups.get(k).values.set(r[dayKey], r[valueKey]);
  }
  // stacked bars need a value on every day of every series (0 where a series is silent)
  return [...groups.values()].map(g => ({name: g.name, type: type || 'line', showSymbol: false,
    stack: type === 'bar' ? 'all' : null, data: days.map(d => [d, g.values.get(d) || 0])}));
}

export function timeOption(series, yName) {
  return {
    grid: {left: 50, right: 20, top: 40, bottom: 30},
    legend: {type: 'scroll', top: 0},
    xAxis: {type: 'time'},
    yAxis: {type: 'value', name: yName || ''},
    series: series,
  };
}

/** Post text with entities, dates and quotes marked, from code-point offsets (the output contract's). */
export function markedText(text, marks) {
  const cps = Array.from(text || '');
  const cuts = new Set([0, cps.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(cps.length, m.start))); cuts.add(Math.max(0, Math.min(cps.length, m.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el('div', {class: 'post-text', dir: 'auto'});
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const s = cps.slice(a, b).join('');
    const covering = marks.filter(m => m.start <= a && m.end >= b);
    if (covering.length === 0) { out.append(document.createTextNode(s)); continue; }
    const ent = covering.find(m => m.kind === 'entity');
    const node = ent ? el('a', {href: path.entity(ent.id), title: ent.title}, s) : el('span', {title: covering[0].title}, s);
    node.className = covering.map(m => 'm-' + m.kind).join(' ');
    out.append(node);
  }
  return out;
}

/** A "more" button that fetches the next page and appends its rows. */
export function moreButton(nextCursor, load) {
  if (!nextCursor) return null;
  const b = el('button', {class: 'more'}, 'More');
  b.addEventListener('click', async () => { b.disabled = true; try { await load(nextCursor); b.remove(); } catch (e) { b.disabled = false; b.textContent = 'More (failed: ' + e.message + ')'; } });
  return b;
}

/** A table of posts (published, source, text) with a "more" button paging through {@code base}'s posts. */
export function postRows(base, first, cursor) {
  const columns = [
    {label: 'Published', render: r => el('a', {href: path.post(r.id)}, fmt.time(r.published))},
    {label: 'Source', render: r => sourceLink(r.source, r.label)},
    {label: 'Text', render: r => txt(r.title || r.snippet)}];
  const holder = el('div', null, table(first, columns));
  const more = el('div');
  const add = c => more.replaceChildren(moreButton(c, async next => {
    const page = await api(base, {cursor: next});
    const tbody = holder.querySelector('tbody');
    if (tbody) table(page.posts, columns).querySelectorAll('tbody tr').forEach(tr => tbody.append(tr));
    add(page.next_cursor);
  }) || '');
  add(cursor);
  return [holder, more];
}

