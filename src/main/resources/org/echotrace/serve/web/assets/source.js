// Source: volume over time, top entities and hashtags, whom it copies and who copies it, its share of
// uncredited copies and median lag behind origins, its posts.
import {main, el, txt, api, csvUrl, csvLink, card, chartCard, table, fmt, path, sourceLink, relationTag, timeOption, showError, setTitle, pageId, postRows} from './common.js';

async function load() {
  const id = pageId();
  const base = 'sources/' + encodeURIComponent(id);
  const r = await api(base);
  const s = r.source;
  setTitle(s.label || s.source, 'source');
  const chart = chartCard('Volume over time', csvUrl(base, null, 'volume'),
    timeOption([{name: 'posts', type: 'bar', data: r.volume.map(v => [v.day, v.posts])}], 'posts'));
  chart.classList.add('wide');
  const flow = key => [
    {label: 'Source', render: f => sourceLink(f[key], f.label)},
    {label: 'Relation', render: f => relationTag(f.relation, false)},
    {label: 'Copies', key: 'copies', num: true}, {label: 'Uncredited', key: 'uncredited', num: true},
    {label: 'Median lag', render: f => fmt.lag(f.median_lag_seconds)}];
  main.replaceChildren(el('h1', null, txt(s.label || s.source)),
    el('div', {class: 'meta'}, el('span', {class: 'tag'}, s.format), s.channel ? el('span', null, '@', txt(s.channel)) : null,
      s.outlet ? el('span', null, txt(s.outlet)) : null, el('a', {href: path.search({source: id})}, 'search its posts')),
    s.description ? el('p', {class: 'note', dir: 'auto'}, txt(s.description)) : null,
    el('div', {class: 'stats'}, [['posts', fmt.int(s.posts)], ['copies of others', fmt.int(s.copies_made)],
      ['uncredited share', fmt.pct(s.uncredited_share)], ['median lag behind origin', fmt.lag(s.median_lag_seconds)],
      ['copied by others', fmt.int(s.copied_by)]].map(([l, v]) => el('div', {class: 'stat'}, el('b', null, v || '—'), el('span', null, l)))),
    el('div', {class: 'grid'}, chart,
      card('Copies from (whom it copies)', [csvLink(csvUrl(base, null, 'copies_from'))], table(r.copies_from, flow('origin_source'))),
      card('Copied by', [csvLink(csvUrl(base, null, 'copied_by'))], table(r.copied_by, flow('source'))),
      card('Top entities', [csvLink(csvUrl(base, null, 'top_entities'))], table(r.top_entities, [
        {label: 'Entity', render: m => el('a', {href: path.entity(m.id)}, txt(m.name))}, {label: 'Type', key: 'type'},
        {label: 'Posts', key: 'posts', num: true}])),
      card('Top hashtags', [csvLink(csvUrl(base, null, 'top_hashtags'))], table(r.top_hashtags, [
        {label: 'Hashtag', render: h => el('a', {href: path.search({hashtag: h.tag, source: id})}, txt('#' + h.tag))},
        {label: 'Posts', key: 'posts', num: true}])),
      card('Posts', [csvLink(csvUrl(base, null, 'posts'))], postRows(base, r.posts, r.next_cursor))));
}

load().catch(showError);
