'use strict';
// The open conversation: its summary line, the actions this gendarme may take, what a
// procedure already collected (above the transcript), and the transcript itself.
(function consoleConversation(exports) {
  const { el, entryItem, joined, reason, stateText, subject } = window.consoleView;
  const $ = (id) => document.getElementById(id);

  function appendEntry(entry) {
    const list = $('transcript');
    if (list.querySelector(`[data-entry="${CSS.escape(entry.id)}"]`)) return;
    const li = entryItem(entry);
    li.dataset.entry = entry.id;
    list.appendChild(li);
    list.scrollTop = list.scrollHeight;
  }

  /** A live line the server then failed to store: left in view, struck out and said so. */
  function markUnstored(entryId) {
    const li = $('transcript').querySelector(`[data-entry="${CSS.escape(entryId)}"]`);
    if (!li || li.classList.contains('unstored')) return;
    li.classList.add('unstored');
    li.appendChild(el('span', 'unstored-note',
      ' — non enregistré : le citoyen a reçu une erreur et peut le renvoyer'));
  }

  function showMeta(data) {
    $('conv-title').textContent = `Conversation ${data.id}`;
    const topic = el('span');
    topic.append('sujet : ', subject(data));
    const meta = joined('span', '', [stateText(data.state),
      data.priority === 'emergency' ? 'URGENCE' : '', topic, reason(data),
      data.agentId ? `gendarme : ${data.agentId}` : '',
      data.rating ? `note : ${data.rating}/5` : '']);
    $('conv-meta').replaceChildren(...meta.childNodes);
  }

  function showActions(data, me) {
    const mine = data.state === 'agent' && data.agentId === me.agentId;
    const watching = data.watchers.includes(me.agentId);
    const boss = me.role !== 'agent';
    const holds = data.state === 'agent' && (mine || boss);
    $('claim').hidden = !(data.state === 'queued' || (data.state === 'bot' && watching));
    $('watch').hidden = watching;
    $('unwatch').hidden = !watching;
    $('close').hidden = !holds;
    $('transfer').hidden = $('transfer-to').hidden = !holds;
    $('reply-form').hidden = !mine;
  }

  /**
   * The answers a procedure collected before the handover, label → answer, in order. Those
   * given before a request was filed meanwhile are struck out: the citizen may have
   * corrected them at its summary, and the filed record is what counts.
   */
  function showCollected(collected, superseded) {
    const list = $('collected');
    const old = new Set(superseded || []);
    list.replaceChildren();
    for (const [key, value] of Object.entries(collected || {})) {
      const mark = old.has(key) ? 'superseded' : '';
      list.appendChild(el('dt', mark, key));
      list.appendChild(el('dd', mark, value));
    }
    $('collected-superseded').hidden = old.size === 0;
    $('collected-box').hidden = list.childElementCount === 0;
  }

  function render(data, me, live) {
    $('conversation').hidden = false;
    showMeta(data);
    showActions(data, me);
    showCollected(data.collected, data.superseded);

    $('transcript').replaceChildren();
    data.transcript.forEach(appendEntry);
    live.forEach(appendEntry);
  }

  Object.assign(exports, { appendEntry, markUnstored, render });
}(window.consoleConversation = {}));
