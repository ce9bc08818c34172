// Ingest: upload files or name a folder on the server (both need the server's token), progress while a job
// runs, the sources in the corpus (deletable with the token).
import {main, el, txt, api, apiUrl, csvUrl, csvLink, card, table, fmt, sourceLink, showError, setTitle} from './common.js';

let token = '';

function auth() { return token ? {Authorization: 'Bearer ' + token} : {}; }

async function post(body, headers) {
  const res = await fetch(apiUrl('ingest'), {method: 'POST', body, headers: Object.assign({Accept: 'application/json'}, headers, auth())});
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(json && json.error ? json.error.message : 'the server answered ' + res.status);
  return json.job;
}

function watch(jobId, box) {
  const bar = el('div');
  const label = el('span', {class: 'note'}, 'queued');
  box.replaceChildren(el('div', {class: 'progress'}, bar), label);
  const tick = async () => {
    const j = await api('ingest/' + encodeURIComponent(jobId));
    const share = j.inputs_total ? j.inputs_done / j.inputs_total : 0;
    bar.style.width = Math.round(100 * (j.state === 'done' ? 1 : share)) + '%';
    label.textContent = j.state + ': ' + j.inputs_done + '/' + j.inputs_total + ' inputs, ' + fmt.int(j.posts) + ' posts, '
      + fmt.int(j.problems) + ' problems' + (j.last_problem ? ' (last: ' + j.last_problem + ')' : '');
    if (j.state === 'queued' || j.state === 'running') setTimeout(tick, 700); else refreshJobs();
  };
  tick().catch(e => { label.textContent = e.message; });
}

const jobsBox = el('div');
async function refreshJobs() {
  const j = await api('ingest');
  jobsBox.replaceChildren(table(j.jobs, [{label: 'Job', key: 'id'}, {label: 'Input', key: 'label'}, {label: 'State', key: 'state'},
    {label: 'Posts', key: 'posts', num: true}, {label: 'Problems', key: 'problems', num: true}, {label: 'Finished', render: r => fmt.time(r.finished)}]));
  return j;
}

async function load() {
  setTitle('Ingest');
  const status = await refreshJobs();
  const progress = el('div');
  const message = el('p', {class: 'note'});
  const tokenInput = el('input', {type: 'password', autocomplete: 'off', placeholder: 'the token given to echotrace serve'});
  tokenInput.addEventListener('input', () => { token = tokenInput.value.trim(); });
  const files = el('input', {type: 'file', multiple: true, name: 'files'});
  const upload = el('button', {class: 'primary', type: 'button'}, 'Upload and ingest');
  upload.addEventListener('click', async () => {
    if (!files.files.length) { message.textContent = 'Choose one or more files first.'; return; }
    const fd = new FormData();
    for (const f of files.files) fd.append('files', f, f.name);
    try { watch(await post(fd, {}), progress); message.textContent = ''; } catch (e) { message.textContent = e.message; }
  });
  const folder = el('input', {type: 'text', placeholder: '/path/on/the/server', size: 40});
  const start = el('button', {class: 'primary', type: 'button'}, 'Ingest folder');
  start.addEventListener('click', async () => {
    try { watch(await post(JSON.stringify({path: folder.value}), {'Content-Type': 'application/json'}), progress); message.textContent = ''; }
    catch (e) { message.textContent = e.message; }
  });
  const sources = await api('sources', {limit: 200});
  const sourceTable = table(sources.sources, [
    {label: 'Source', render: s => sourceLink(s.source, s.label)}, {label: 'Format', key: 'format'},
    {label: 'Posts', key: 'posts', num: true}, {label: 'Last post', render: s => fmt.time(s.last_published)},
    {label: '', render: s => {
      const b = el('button', {class: 'danger', type: 'button'}, 'Delete');
      b.addEventListener('click', async () => {
        if (!confirm('Delete every post of this source from the corpus?')) return;
        const res = await fetch(apiUrl('sources/' + encodeURIComponent(s.source)), {method: 'DELETE', headers: auth()});
        const json = await res.json().catch(() => null);
        if (res.ok) b.closest('tr').remove(); else message.textContent = json && json.error ? json.error.message : 'delete failed';
      });
      return b;
    }}]);
  main.replaceChildren(el('h1', null, 'Ingest'),
    el('p', {class: 'note'}, status.writable ? 'This server accepts uploads with its token.'
      : 'This server is read-only: start it with --token (or ECHOTRACE_TOKEN) to upload, ingest and delete.'),
    el('div', {class: 'grid'},
      card('Add material', null,
        el('p', null, el('label', null, 'Token ', tokenInput)),
        el('p', null, files, ' ', upload),
        el('p', null, folder, ' ', start), message, progress),
      card('Jobs', [csvLink(csvUrl('ingest', null, 'jobs'))], jobsBox),
      card('Sources in the corpus', [csvLink(csvUrl('sources', {limit: 10000}, 'sources'))], sourceTable)));
}

load().catch(showError);
