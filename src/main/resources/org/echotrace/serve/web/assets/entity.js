// Entity: attention over time, co-mentioned entities, quotes by and about it, sources that name it, its posts.
import {main, el, txt, api, csvUrl, csvLink, card, chartCard, table, fmt, path, sourceLink, timeOption, showError, setTitle, pageId, postRows} from './common.js';

async function load() {
  const id = pageId();
  const base = 'entities/' + encodeURIComponent(id);
  const r = await api(base);
  const e = r.entity;
  setTitle(e.name, 'entity');
  const chart = chartCard('Attention over time', csvUrl(base, null, 'attention'),
    timeOption([{name: e.name, type: 'bar', data: r.attention.map(a => [a.day, a.posts])}], 'posts'));
  chart.classList.add('wide');
  const quoteCols = [{label: 'Quote', key: 'text'},
    {label: 'Speaker', render: q => q.speaker_id ? el('a', {href: path.entity(q.speaker_id)}, txt(q.speaker)) : txt(q.speaker || '—')},
    {label: 'Post', render: q => el('a', {href: path.post(q.post_id)}, fmt.day(q.published))}];
  main.replaceChildren(el('h1', null, txt(e.name)),
    el('div', {class: 'meta'}, el('span', {class: 'tag'}, e.type), el('span', null, e.known ? 'in the knowledge base' : 'not in the knowledge base'),
      el('span', null, fmt.int(e.posts) + ' posts'), el('span', null, fmt.day(e.first_published) + ' – ' + fmt.day(e.last_published)),
      el('a', {href: path.search({entity: id})}, 'search its posts')),
    el('div', {class: 'grid'}, chart,
      card('Named together with', [csvLink(csvUrl(base, null, 'co_mentioned'))], table(r.co_mentioned, [
        {label: 'Entity', render: m => el('a', {href: path.entity(m.id)}, txt(m.name))}, {label: 'Type', key: 'type'},
        {label: 'Posts', key: 'posts', num: true}])),
      card('Sources that name it', [csvLink(csvUrl(base, null, 'sources'))], table(r.sources, [
        {label: 'Source', render: s => sourceLink(s.source, s.label)}, {label: 'Posts', key: 'posts', num: true}])),
      card('Quotes by ' + e.name, [csvLink(csvUrl(base, null, 'quotes_by'))], table(r.quotes_by, quoteCols)),
      card('Quotes in posts about ' + e.name, [csvLink(csvUrl(base, null, 'quotes_about'))], table(r.quotes_about, quoteCols)),
      card('Posts', [csvLink(csvUrl(base, null, 'posts'))], postRows(base, r.posts, r.next_cursor))));
}

load().catch(showError);
