// Propagation graph: sources as nodes sized by volume, edges by relation and weight; click a node to open its
// source page; filter by time, relation and minimum weight. Labels are plain canvas text.
import {main, el, txt, api, csvUrl, csvLink, card, table, fmt, path, sourceLink, relationTag, showError, setTitle} from './common.js';

const COLOURS = {forwarded: '#2b5f8a', credited: '#3d8a4a', copied: '#c07a2e', translated: '#7a4fa0'};
const params = new URLSearchParams(location.search);
const query = {};
for (const k of ['from', 'to', 'relation', 'min_weight']) if (params.get(k)) query[k] = params.get(k);

function filters() {
  return el('form', {class: 'filters', action: '/graph', method: 'get'},
    el('label', null, 'From', el('input', {type: 'date', name: 'from', value: query.from || ''})),
    el('label', null, 'To', el('input', {type: 'date', name: 'to', value: query.to || ''})),
    el('label', null, 'Relation', el('select', {name: 'relation'}, ['', 'forwarded', 'credited', 'copied', 'translated'].map(r =>
      el('option', {value: r, selected: (query.relation || '') === r}, r || 'any')))),
    el('label', null, 'Min. copies', el('input', {type: 'number', name: 'min_weight', min: 1, value: query.min_weight || 1})),
    el('button', {class: 'primary', type: 'submit'}, 'Apply'));
}

function clip(s, n) { const a = Array.from(String(s || '')); return a.length > n ? a.slice(0, n).join('') + '…' : a.join(''); }

async function load() {
  setTitle('Propagation graph');
  const g = await api('graph', query);
  const box = el('div', {id: 'network', role: 'img', 'aria-label': 'graph of sources and who copies whom'});
  const info = el('p', {class: 'note'}, fmt.int(g.nodes.length) + ' sources, ' + fmt.int(g.edges.length) + ' edges. Click a source to open it.');
  main.replaceChildren(el('h1', null, 'Propagation graph'), filters(), info,
    card('Sources and copies', [el('a', {href: csvUrl('graph', query, 'nodes'), download: '', class: 'csv'}, 'nodes CSV'),
      el('a', {href: csvUrl('graph', query, 'edges'), download: '', class: 'csv'}, 'edges CSV')], box),
    el('div', {class: 'grid'},
      card('Edges', [csvLink(csvUrl('graph', query, 'edges'))], table(g.edges.slice(0, 200), [
        {label: 'From', render: e => sourceLink(e.source, e.source_label)}, {label: 'To', render: e => sourceLink(e.target, e.target_label)},
        {label: 'Relation', render: e => relationTag(e.relation, false)}, {label: 'Copies', key: 'weight', num: true},
        {label: 'Uncredited', key: 'uncredited', num: true}, {label: 'Median lag', render: e => fmt.lag(e.median_lag_seconds)}])),
      card('Sources', [csvLink(csvUrl('graph', query, 'nodes'))], table(g.nodes.slice(0, 200), [
        {label: 'Source', render: n => sourceLink(n.id, n.label)}, {label: 'Posts', key: 'posts', num: true}]))));
  if (!window.vis) { box.replaceChildren(el('p', {class: 'error'}, 'graph library missing')); return; }
  const max = Math.max(1, ...g.nodes.map(n => n.posts));
  const nodes = new window.vis.DataSet(g.nodes.map(n => ({id: n.id, label: clip(n.label || n.id, 28),
    value: n.posts, size: 8 + 30 * Math.sqrt(n.posts / max), shape: 'dot', color: '#9fb9d1', font: {size: 13}})));
  const edges = new window.vis.DataSet(g.edges.map((e, i) => ({id: i, from: e.source, to: e.target, arrows: 'to',
    width: 1 + Math.log2(1 + e.weight), color: {color: COLOURS[e.relation] || '#999', opacity: 0.8},
    dashes: e.uncredited > 0 && e.uncredited === e.weight, smooth: {type: 'curvedCW', roundness: 0.15}})));
  const network = new window.vis.Network(box, {nodes, edges}, {
    physics: {stabilization: {iterations: 200}, barnesHut: {gravitationalConstant: -6000, springLength: 160}},
    interaction: {hover: true, navigationButtons: false},
  });
  network.once('stabilizationIterationsDone', () => { network.setOptions({physics: false}); box.dataset.ready = 'true'; });
  network.on('click', ev => { if (ev.nodes.length) location.href = path.source(ev.nodes[0]); });
  window.echotraceNetwork = network;
}

load().catch(showError);
