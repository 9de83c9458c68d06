'use strict';
// One opened case file: its reference and status, the status moves the API accepts (a
// pré-plainte only moves forward; an OTV request becomes "traitée"), what the citizen
// answered, and the history of its statuses with the gendarme who set each one.
(function recordDetail(exports) {
  const { el } = window.consoleView;
  const { actionText, instant, nextStatuses, statusText } = window.consoleRecordLabels;
  const { fileLines, sections } = window.consoleRecordFields;
  const $ = (id) => document.getElementById(id);

  function list(lines) {
    const dl = el('dl');
    for (const [label, value] of lines) {
      dl.append(el('dt', '', label), el('dd', '', value));
    }
    return dl;
  }

  function showActions(kind, record, onMove) {
    const buttons = nextStatuses(kind, record.status).map((status) => {
      const button = el('button', '', actionText(kind, status));
      button.type = 'button';
      button.dataset.status = status;
      button.addEventListener('click', () => onMove(status));
      return button;
    });
    $('record-actions').replaceChildren(...buttons);
    $('record-actions').hidden = buttons.length === 0;
  }

  function historyItem(kind, change) {
    const by = change.agentId ? ` · par ${change.agentId}` : ' · par l\'usager';
    const li = el('li', '', `${statusText(kind, change.status)} · ${instant(change.at)}${by}`);
    li.dataset.status = change.status;
    return li;
  }

  function render(kind, record, onMove) {
    $('record').hidden = false;
    $('record-title').textContent = `${kind === 'otv' ? 'OTV' : 'Pré-plainte'} `
      + `${record.reference}`;
    const status = el('span', `status status-${record.status}`,
      statusText(kind, record.status));
    status.dataset.status = record.status;
    $('record-status').replaceChildren('Statut : ', status);
    showActions(kind, record, onMove);

    const body = [el('h3', '', 'Le dossier'), list(fileLines(record))];
    for (const [title, lines] of sections(kind, record)) {
      body.push(el('h3', '', title), list(lines));
    }
    $('record-body').replaceChildren(...body);
    $('record-history').replaceChildren(...record.history.map((c) => historyItem(kind, c)));
  }

  function hide() {
    $('record').hidden = true;
    $('record-body').replaceChildren();
    $('record-history').replaceChildren();
  }

  Object.assign(exports, { hide, render });
}(window.consoleRecordDetail = {}));
