// Story: the posts about one event across sources, over time.
import {main, el, txt, api, csvUrl, csvLink, card, chartCard, table, fmt, path, sourceLink, seriesByKey, timeOption, showError, setTitle, pageId, postRows} from './common.js';

async function load() {
  const id = pageId();
  const base = 'stories/' + encodeURIComponent(id);
  const r = await api(base);
  const s = r.story;
  setTitle('Story', s.first_title || id);
  const chart = chartCard('Posts over time by source', csvUrl(base, null, 'timeline'),
    timeOption(seriesByKey(r.timeline, 'day', 'source', 'label', 'posts', 'bar'), 'posts'));
  chart.classList.add('wide');
  main.replaceChildren(el('h1', null, 'Story: ', txt(s.first_title || s.first_text || id)),
    el('div', {class: 'meta'}, el('span', null, fmt.int(s.posts) + ' posts'), el('span', null, fmt.int(s.sources) + ' sources'),
      el('span', null, fmt.time(s.first_published) + ' – ' + fmt.time(s.last_published)),
      el('a', {href: path.post(s.first_id)}, 'first post')),
    el('div', {class: 'grid'}, chart,
      card('Sources', [csvLink(csvUrl(base, null, 'sources'))], table(r.sources, [
        {label: 'Source', render: x => sourceLink(x.source, x.label)}, {label: 'Posts', key: 'posts', num: true},
        {label: 'First', render: x => fmt.time(x.first_published)}])),
      card('Entities', [csvLink(csvUrl(base, null, 'entities'))], table(r.entities, [
        {label: 'Entity', render: m => el('a', {href: path.entity(m.id)}, txt(m.name))}, {label: 'Posts', key: 'posts', num: true}])),
      card('Posts', [csvLink(csvUrl(base, null, 'posts'))], postRows(base, r.posts, r.next_cursor))));
}

load().catch(showError);
