// Overview: corpus counts, attention over time by source, top entities, hashtags and sources, the newest copy
// clusters with their origins, and the ingest log.
import {main, el, txt, api, csvUrl, csvLink, card, chartCard, table, fmt, path, sourceLink, seriesByKey, timeOption, showError, setTitle} from './common.js';

async function load() {
  const o = await api('overview');
  setTitle('Overview');
  const c = o.counts;
  const stats = el('div', {class: 'stats'}, [
    ['posts', c.posts], ['sources', c.sources], ['copy clusters', c.clusters], ['copies', c.copies],
    ['uncredited copies', c.uncredited], ['stories', c.stories], ['entities', c.entities],
  ].map(([label, n]) => el('div', {class: 'stat'}, el('b', null, fmt.int(n)), el('span', null, label))));
  const span = c.first_published ? el('p', {class: 'note'}, 'Published ' + fmt.day(c.first_published) + ' to ' + fmt.day(c.last_published)) : null;
  const attention = chartCard('Attention over time by source', csvUrl('overview', null, 'attention'),
    timeOption(seriesByKey(o.attention, 'day', 'source', 'label', 'posts', 'bar'), 'posts'), true);
  attention.classList.add('wide');
  const grid = el('div', {class: 'grid'},
    attention,
    card('Top entities', [csvLink(csvUrl('overview', null, 'top_entities'))], table(o.top_entities, [
      {label: 'Entity', render: r => el('a', {href: path.entity(r.id)}, txt(r.name))},
      {label: 'Type', key: 'type'}, {label: 'Posts', key: 'posts', num: true}])),
    card('Top hashtags', [csvLink(csvUrl('overview', null, 'top_hashtags'))], table(o.top_hashtags, [
      {label: 'Hashtag', render: r => el('a', {href: path.search({hashtag: r.tag})}, txt('#' + r.tag))},
      {label: 'Posts', key: 'posts', num: true}])),
    card('Top sources', [csvLink(csvUrl('overview', null, 'top_sources'))], table(o.top_sources, [
      {label: 'Source', render: r => sourceLink(r.source, r.label)},
      {label: 'Posts', key: 'posts', num: true}, {label: 'Copies made', key: 'copies', num: true},
      {label: 'Uncredited', key: 'uncredited', num: true}])),
    card('Newest copy clusters', [csvLink(csvUrl('overview', null, 'clusters'))], table(o.clusters, [
      {label: 'Origin', render: r => el('span', null, el('a', {href: path.post(r.origin_id)}, txt(r.origin_text || r.origin_id)))},
      {label: 'Source', render: r => sourceLink(r.origin_source, r.origin_label)},
      {label: 'Posts', render: r => el('a', {href: path.cluster(r.cluster)}, fmt.int(r.posts))},
      {label: 'Sources', key: 'sources', num: true},
      {label: 'First', render: r => fmt.time(r.first_published)}])),
    card('Ingest status', [csvLink(csvUrl('overview', null, 'ingests'))], table(o.ingests, [
      {label: 'Input', key: 'input'}, {label: 'Status', key: 'status'}, {label: 'New posts', key: 'posts_new', num: true},
      {label: 'Errors', key: 'errors', num: true}, {label: 'Finished', render: r => fmt.time(r.finished_at)}])));
  main.replaceChildren(el('h1', null, 'Overview'), stats, span, grid);
}

load().catch(showError);
