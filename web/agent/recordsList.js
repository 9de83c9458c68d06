'use strict';
// The list of case files: one button per pré-plainte or OTV request (so that the keyboard
// opens it as the mouse does), with its reference, status, date, commune and the dates
// of the facts or of the absence. Personal details are only in the opened file.
(function recordsList(exports) {
  const { el, joined } = window.consoleView;
  const { day, factSpan, instant, span, statusText, text } = window.consoleRecordLabels;

  function about(kind, item) {
    if (kind === 'otv') return `absence ${span(item.absence.from, item.absence.to, day)}`;
    const when = item.facts
      ? ` · faits ${factSpan(item.facts.from, item.facts.to, item.facts.timeZone)}` : '';
    return `${text('offence', item.offence)}${when}`;
  }

  function row(kind, item, selected, onOpen) {
    const li = el('li');
    const button = el('button', 'record-item');
    button.type = 'button';
    button.dataset.reference = item.reference;
    if (item.reference === selected) button.setAttribute('aria-current', 'true');
    const status = el('span', `status status-${item.status}`, statusText(kind, item.status));
    status.dataset.status = item.status;
    button.append(
      joined('strong', 'head', [item.reference, status]),
      joined('span', 'line', [`reçu le ${instant(item.submittedAt)}`,
        item.commune ? `${item.commune.name} (${item.commune.postcode})` : '']),
      el('span', 'line', about(kind, item)));
    button.addEventListener('click', () => onOpen(item.reference));
    li.appendChild(button);
    return li;
  }

  /** Fills the list; says so when a page is empty, and which page this is. */
  function fillRecords(kind, items, page, selected, onOpen) {
    const $ = (id) => document.getElementById(id);
    $('records').replaceChildren(...items.map((item) => row(kind, item, selected, onOpen)));
    $('records-empty').hidden = items.length > 0;
    $('records-prev').hidden = page.offset === 0;
    $('records-next').hidden = !page.more;
    $('records-page').textContent = items.length === 0 ? ''
      : `${page.offset + 1}–${page.offset + items.length}`;
  }

  Object.assign(exports, { fillRecords });
}(window.consoleRecordsList = {}));
