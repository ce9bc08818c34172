// Copy cluster: the origin and every copy, in time order.
import {main, el, txt, api, csvUrl, csvLink, card, table, fmt, path, sourceLink, relationTag, showError, setTitle, pageId, moreButton} from './common.js';

async function load() {
  const id = pageId();
  const base = 'clusters/' + encodeURIComponent(id);
  const r = await api(base);
  const c = r.cluster;
  setTitle('Copy cluster');
  const columns = [
    {label: 'Source', render: x => sourceLink(x.source, x.label)},
    {label: 'Published', render: x => el('a', {href: path.post(x.id)}, fmt.time(x.published))},
    {label: 'Relation', render: x => relationTag(x.relation, x.uncredited)},
    {label: 'Lag', render: x => fmt.lag(x.lag_seconds)}, {label: 'Similarity', render: x => fmt.num(x.similarity)},
    {label: 'Text', render: x => txt(x.snippet)}];
  const holder = el('div', null, table(r.copies, columns));
  const more = el('div');
  const add = cur => more.replaceChildren(moreButton(cur, async next => {
    const page = await api(base, {cursor: next});
    const tbody = holder.querySelector('tbody');
    table(page.copies, columns).querySelectorAll('tbody tr').forEach(tr => tbody.append(tr));
    add(page.next_cursor);
  }) || '');
  add(r.next_cursor);
  main.replaceChildren(el('h1', null, 'Copy cluster'),
    el('div', {class: 'meta'}, el('span', null, fmt.int(c.posts) + ' posts'), el('span', null, fmt.int(c.sources) + ' sources'),
      el('a', {href: path.post(c.origin_id)}, 'origin post')),
    card('Origin and copies', [csvLink(csvUrl(base, null, 'copies'))], holder, more));
}

load().catch(showError);
