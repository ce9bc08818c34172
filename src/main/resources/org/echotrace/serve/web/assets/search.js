// Search: query and filters, facets, hits with highlighted snippets (marks as code-point offsets, shown as
// <mark> text nodes), attention over time for the same query, cursor paging.
import {main, el, txt, api, csvUrl, csvLink, card, chartCard, fmt, path, relationTag, sourceLink, seriesByKey, timeOption, showError, setTitle, moreButton} from './common.js';

const FILTERS = ['source', 'lang', 'entity', 'hashtag', 'relation', 'from', 'to'];
const params = new URLSearchParams(location.search);
const query = {};
for (const k of ['q', ...FILTERS]) if (params.get(k)) query[k] = params.get(k);

function snippet(text, marks) {
  const cps = Array.from(text || '');
  const out = el('div', {class: 'snippet', dir: 'auto'});
  let at = 0;
  for (const [s, e] of (marks || [])) {
    if (s < at) continue;
    out.append(document.createTextNode(cps.slice(at, s).join('')), el('mark', null, cps.slice(s, e).join('')));
    at = e;
  }
  out.append(document.createTextNode(cps.slice(at).join('')));
  return out;
}

function hit(h) {
  return el('div', {class: 'hit'},
    el('div', {class: 'title'}, el('a', {href: path.post(h.id)}, txt(h.title || h.label || h.source))),
    el('div', {class: 'meta'}, sourceLink(h.source, h.label), el('span', null, fmt.time(h.published)),
      h.language ? el('span', {class: 'tag'}, h.language) : null, h.relation ? relationTag(h.relation, h.uncredited) : null),
    snippet(h.snippet, h.marks));
}

function facet(name, title, rows, labelKey) {
  if (!rows || rows.length === 0) return null;
  return el('div', {class: 'facet'}, el('h3', null, title), rows.map(r => {
    const next = Object.assign({}, query, name === 'day' ? {from: r.value, to: r.value} : {[name]: r.value});
    return el('a', {href: path.search(next)}, el('span', null, txt(r[labelKey] || r.value)), el('span', null, fmt.int(r.count)));
  }));
}

function form() {
  const f = el('form', {class: 'filters', action: '/search', method: 'get'},
    el('label', null, 'Query', el('input', {type: 'search', name: 'q', value: query.q || '', placeholder: 'Lucene syntax: lavrov AND osce, "exact phrase"', maxlength: 1000})),
    el('label', null, 'From', el('input', {type: 'date', name: 'from', value: query.from || ''})),
    el('label', null, 'To', el('input', {type: 'date', name: 'to', value: query.to || ''})),
    el('label', null, 'Relation', el('select', {name: 'relation'}, ['', 'forwarded', 'credited', 'copied', 'translated'].map(r =>
      el('option', {value: r, selected: (query.relation || '') === r}, r || 'any')))),
    ['source', 'lang', 'entity', 'hashtag'].filter(k => query[k]).map(k => el('input', {type: 'hidden', name: k, value: query[k]})),
    el('button', {class: 'primary', type: 'submit'}, 'Search'));
  return f;
}

async function load() {
  setTitle(query.q ? 'Search: ' + query.q : 'Search');
  const [r, tl] = await Promise.all([api('search', query), api('timeline', {q: query.q, from: query.from, to: query.to})]);
  const active = FILTERS.filter(k => query[k] && k !== 'from' && k !== 'to' && k !== 'relation').map(k => {
    const rest = Object.assign({}, query); delete rest[k];
    return el('a', {class: 'tag', href: path.search(rest), title: 'remove this filter'}, k + ': ', txt(query[k]), ' ×');
  });
  const hits = el('div', {class: 'hits'}, r.hits.map(hit));
  const more = el('div');
  const addMore = cursor => more.replaceChildren(moreButton(cursor, async c => {
    const next = await api('search', Object.assign({}, query, {cursor: c}));
    next.hits.forEach(h => hits.append(hit(h)));
    addMore(next.next_cursor);
  }) || '');
  addMore(r.next_cursor);
  const facets = el('aside', {class: 'card'}, el('h2', null, 'Facets'),
    facet('source', 'Source', r.facet_source, 'label'), facet('lang', 'Language', r.facet_language),
    facet('entity', 'Entity', r.facet_entity, 'name'), facet('hashtag', 'Hashtag', r.facet_hashtag),
    facet('day', 'Day', r.facet_day));
  const chart = chartCard('Attention over time', csvUrl('timeline', {q: query.q, from: query.from, to: query.to}, 'series'),
    timeOption(seriesByKey(tl.series, 'day', 'key', 'label', 'posts', 'line'), 'posts'));
  const results = card(fmt.int(r.total) + ' posts', [csvLink(csvUrl('search', query, 'hits'))],
    r.hits.length ? hits : el('p', {class: 'empty'}, 'No post matches.'), more);
  main.replaceChildren(el('h1', null, 'Search'), form(), el('div', {class: 'active-filters'}, active),
    el('div', {class: 'layout'}, facets, el('div', null, chart, results)));
}

load().catch(showError);
