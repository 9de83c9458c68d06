'use strict';
// The "Dossiers" view of the console: pré-plaintes and OTV requests as the records API
// serves them (list filtered by status, page by page; one file in full; its status moves).
// Only the kind, status filter and page go into the API's URLs, never anything personal;
// the reference of an opened file stays in the path as the API names it.
(function consoleRecords(exports) {
  const $ = (id) => document.getElementById(id);
  const labels = window.consoleRecordLabels;
  const { fillRecords } = window.consoleRecordsList;
  const detail = window.consoleRecordDetail;
  const PAGE = 20;
  const PATHS = { pre: '/api/records/pre-complaints', otv: '/api/records/otv' };

  // loads: an older answer arriving late must not replace a newer one
  const state = { api: null, kind: 'pre', status: '', offset: 0, reference: null, loads: 0 };

  function showError(id, error) {
    $(id).textContent = error ? labels.errorText(error, state.kind) : '';
  }

  function filePath(reference) {
    return `${PATHS[state.kind]}/${encodeURIComponent(reference)}`;
  }

  function fillStatuses() {
    const options = [['', 'Tous']].concat(labels.ORDER[state.kind]
      .map((code) => [code, labels.statusText(state.kind, code)]));
    $('records-status').replaceChildren(...options.map(([value, text]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = text;
      return option;
    }));
    $('records-status').value = state.status;
  }

  async function loadList() {
    showError('records-error');
    const query = new URLSearchParams({ limit: String(PAGE + 1), offset: String(state.offset) });
    if (state.status) query.set('status', state.status);
    const kind = state.kind;
    try {
      const { items } = await state.api('GET', `${PATHS[kind]}?${query}`);
      if (kind !== state.kind) return;
      fillRecords(kind, items.slice(0, PAGE), { offset: state.offset, more: items.length > PAGE },
        state.reference, open);
    } catch (error) {
      showError('records-error', error);
    }
  }

  async function open(reference, keepMessages) {
    state.reference = reference;
    if (!keepMessages) {
      showError('record-error');
      $('record-done').textContent = '';
    }
    const load = ++state.loads;
    try {
      const record = await state.api('GET', filePath(reference));
      if (load !== state.loads) return;
      detail.render(state.kind, record, move);
      if (!keepMessages) $('record-title').focus();
    } catch (error) {
      if (load === state.loads) showError('record-error', error);
    }
    document.querySelectorAll('#records .record-item').forEach((button) =>
      button.toggleAttribute('aria-current', button.dataset.reference === reference));
  }

  /** A refused move shows the API's reason, then the file as it really is now. */
  async function move(status) {
    const reference = state.reference;
    showError('record-error');
    $('record-done').textContent = '';
    try {
      const record = state.kind === 'otv'
        ? await state.api('POST', `${filePath(reference)}/handled`)
        : await state.api('POST', `${filePath(reference)}/status`, { status });
      ++state.loads;
      detail.render(state.kind, record, move);
      $('record-done').textContent =
        `Statut changé : ${labels.statusText(state.kind, record.status)}.`;
    } catch (error) {
      showError('record-error', error);
      if (error.code !== 'unauthenticated') await open(reference, true);
    }
    await loadList();
  }

  function reset() {
    state.reference = null;
    state.offset = 0;
    detail.hide();
    showError('record-error');
    $('record-done').textContent = '';
  }

  function setView(records) {
    $('app-view').classList.toggle('show-records', records);
    $('tab-records').setAttribute('aria-pressed', String(records));
    $('tab-conversations').setAttribute('aria-pressed', String(!records));
    if (records) loadList();
  }

  /** Called at each sign-in: the view starts again from the conversations. */
  function start(api) {
    state.api = api;
    state.kind = 'pre';
    state.status = '';
    $('records-kind').value = 'pre';
    fillStatuses();
    reset();
    showError('records-error');
    setView(false);
  }

  $('tab-records').addEventListener('click', () => setView(true));
  $('tab-conversations').addEventListener('click', () => setView(false));
  $('records-kind').addEventListener('change', () => {
    state.kind = $('records-kind').value === 'otv' ? 'otv' : 'pre';
    state.status = '';
    fillStatuses();
    reset();
    loadList();
  });
  $('records-status').addEventListener('change', () => {
    state.status = $('records-status').value;
    state.offset = 0;
    loadList();
  });
  $('records-filter').addEventListener('submit', (submit) => {
    submit.preventDefault();
    loadList();
  });
  // the pressed button may disappear on the new page: the keyboard goes on from its first file
  async function turnPage(offset) {
    state.offset = Math.max(0, offset);
    await loadList();
    const first = document.querySelector('#records .record-item');
    if (first) first.focus();
  }

  $('records-prev').addEventListener('click', () => turnPage(state.offset - PAGE));
  $('records-next').addEventListener('click', () => turnPage(state.offset + PAGE));

  Object.assign(exports, { PAGE, start });
}(window.consoleRecords = {}));
