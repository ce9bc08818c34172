// Post: the text with entities, quotes and dates marked; "where else this appeared" (every copy on a timeline
// and in a table, with relation, lag, similarity and the uncredited marker); the chain from the origin; the
// edit history.
import {main, el, txt, api, csvUrl, csvLink, card, chartCard, table, fmt, path, relationTag, sourceLink, markedText, showError, setTitle, pageId} from './common.js';

const RELATION_COLOURS = {origin: '#1d2733', forwarded: '#2b5f8a', credited: '#3d8a4a', copied: '#c07a2e', translated: '#7a4fa0'};

function copiesChart(id, copies) {
  const sources = [...new Set(copies.map(c => c.label || c.source))];
  const byRel = new Map();
  for (const c of copies) {
    if (!c.published_at) continue;
    const rel = c.relation || 'origin';
    if (!byRel.has(rel)) byRel.set(rel, []);
    byRel.get(rel).push({value: [c.published_at, c.label || c.source], symbol: c.uncredited ? 'triangle' : 'circle',
      symbolSize: c.id === id ? 18 : 11});
  }
  const series = [...byRel.entries()].map(([rel, data]) => ({name: rel, type: 'scatter', data, itemStyle: {color: RELATION_COLOURS[rel] || '#888'}}));
  return chartCard('Where else this appeared: copies over time (triangles: uncredited)', csvUrl('posts/' + encodeURIComponent(id), null, 'copies'), {
    grid: {left: 150, right: 20, top: 40, bottom: 30},
    legend: {top: 0},
    tooltip: {trigger: 'item'},
    xAxis: {type: 'time'},
    yAxis: {type: 'category', data: sources, axisLabel: {width: 130, overflow: 'truncate'}},
    series,
  });
}

async function load() {
  const id = pageId();
  const r = await api('posts/' + encodeURIComponent(id));
  const p = r.post;
  setTitle(p.title || p.label || p.source, 'post');
  const base = 'posts/' + encodeURIComponent(id);
  const marks = [];
  for (const m of r.entities) if (m.field === 'text') marks.push({kind: 'entity', start: m.start, end: m.end, id: m.id, title: m.name + ' (' + m.type + ')'});
  for (const q of r.quotes) marks.push({kind: 'quote', start: q.start, end: q.end, title: 'quote' + (q.speaker ? ': ' + q.speaker : '')});
  for (const d of r.dates) if (d.field === 'text') marks.push({kind: 'date', start: d.start, end: d.end, title: d.value});

  const meta = el('div', {class: 'meta'}, sourceLink(p.source, p.label), el('span', null, fmt.time(p.published)),
    p.language ? el('span', {class: 'tag'}, p.language) : null,
    p.forwarded_from ? el('span', null, 'forwarded from ', txt(p.forwarded_from)) : null,
    p.views !== null ? el('span', null, fmt.int(p.views) + ' views') : null,
    p.url ? el('a', {href: p.url, rel: 'noopener noreferrer nofollow', target: '_blank'}, 'original') : null,
    p.relation ? relationTag(p.relation, p.uncredited) : null,
    p.story ? el('a', {href: path.story(p.story)}, 'story') : null);
  const textCard = el('section', {class: 'card wide'},
    p.title ? el('h2', null, txt(p.title)) : null,
    markedText(p.text, marks),
    el('div', {class: 'legend'}, el('span', {class: 'm-entity'}, 'entity'), el('span', {class: 'm-date'}, 'date'), el('span', {class: 'm-quote'}, 'quote')),
    p.hashtags.length ? el('div', null, p.hashtags.map(h => el('a', {class: 'tag', href: path.search({hashtag: h})}, txt('#' + h)))) : null);

  const copyColumns = [
    {label: 'Source', render: c => sourceLink(c.source, c.label)},
    {label: 'Published', render: c => el('a', {href: path.post(c.id)}, fmt.time(c.published))},
    {label: 'Relation', render: c => relationTag(c.relation, c.uncredited)},
    {label: 'Lag', render: c => fmt.lag(c.lag_seconds)},
    {label: 'Similarity', render: c => fmt.num(c.similarity)},
    {label: 'Coverage', render: c => fmt.num(c.coverage)},
  ];
  const parts = [el('h1', null, txt(p.title || ('Post in ' + (p.label || p.source)))), meta, el('div', {class: 'grid'}, textCard)];
  const grid = parts[2];
  if (r.copies.length > 1) {
    const chart = copiesChart(id, r.copies);
    chart.classList.add('wide');
    const copiesCard = card('Where else this appeared (' + r.copies.length + ' posts in the cluster)', [csvLink(csvUrl(base, null, 'copies'))],
      table(r.copies, copyColumns, c => c.id === p.id ? 'this' : null), p.cluster ? el('a', {href: path.cluster(p.cluster)}, 'the whole cluster') : null);
    copiesCard.classList.add('wide', 'copies');
    const chainCard = card('Chain from the origin to this post', [csvLink(csvUrl(base, null, 'chain'))], table(r.chain, copyColumns, c => c.id === p.id ? 'this' : null));
    chainCard.classList.add('wide', 'chain');
    grid.append(chart, copiesCard, chainCard);
  } else {
    grid.append(card('Where else this appeared', null, el('p', {class: 'empty'}, 'No copy of this post in the corpus.')));
  }
  grid.append(
    card('Entities', [csvLink(csvUrl(base, null, 'entities'))], table(r.entities, [
      {label: 'Entity', render: m => el('a', {href: path.entity(m.id)}, txt(m.name))}, {label: 'Type', key: 'type'},
      {label: 'As written', key: 'text'}])),
    card('Quotes', [csvLink(csvUrl(base, null, 'quotes'))], table(r.quotes, [
      {label: 'Quote', key: 'text'},
      {label: 'Speaker', render: q => q.speaker_id ? el('a', {href: path.entity(q.speaker_id)}, txt(q.speaker)) : txt(q.speaker || '—')},
      {label: 'Verb', key: 'verb'}])),
    card('Dates', [csvLink(csvUrl(base, null, 'dates'))], table(r.dates, [{label: 'Date', key: 'value'}, {label: 'As written', key: 'text'}])),
    card('Edit history', [csvLink(csvUrl(base, null, 'versions'))], table(r.versions, [
      {label: 'Version', key: 'version', num: true}, {label: 'Seen', render: v => fmt.time(v.seen_at)},
      {label: 'Changed', key: 'changed'}, {label: 'Text', render: v => txt(String(v.text || '').slice(0, 200))}])));
  main.replaceChildren(...parts);
}

load().catch(showError);
