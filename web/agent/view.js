'use strict';
// Rendering helpers of the agent console (loaded before the other scripts): every text goes
// into the page with textContent, never as HTML. Codes (topic ids, triage situations, queue
// reasons, events) are shown by their French label from GET /api/agent/labels, the code
// itself kept in the title attribute for the gendarme who needs it.
(function view(exports) {
  let labels = { topics: {}, situations: {}, reasons: {}, events: {}, states: {}, who: {} };

  function useLabels(loaded) {
    labels = { ...labels, ...loaded };
  }

  function label(table, code) {
    return (labels[table] && labels[table][code]) || code;
  }

  // The bot writes markdown for Web Chat; the console shows text only (textContent), so the
  // markers are dropped rather than shown as "**".
  function plainText(text) {
    return String(text)
      .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1 ($2)')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[\s(])[*_](\S(?:[^*_\n]*\S)?)[*_](?=[\s.,;:!?)]|$)/gm, '$1$2')
      .replace(/`([^`\n]*)`/g, '$1')
      .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
      .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
      .replace(/^[ \t]*[-*+][ \t]+/gm, '• ');
  }

  function shownText(from, text) {
    return from === 'bot' || from === 'system' ? plainText(text) : text;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** A label in a span whose title is the code it stands for. */
  function coded(className, text, code) {
    const node = el('span', className, text);
    node.dataset.code = code;
    node.title = code;
    return node;
  }

  /** What the conversation is about: the emergency's situation first, else the topic. */
  function subject(conversation) {
    if (conversation.priority === 'emergency' && conversation.situation) {
      return coded('subject', `urgence : ${label('situations', conversation.situation)}`,
        conversation.situation);
    }
    if (!conversation.topic) return el('span', 'subject', 'sans sujet');
    return coded('subject', label('topics', conversation.topic), conversation.topic);
  }

  function reason(conversation) {
    return conversation.reason
      ? coded('reason', `motif : ${label('reasons', conversation.reason)}`, conversation.reason)
      : undefined;
  }

  function stateText(state) {
    return label('states', state);
  }

  function who(from) {
    return label('who', from);
  }

  /** Parts (strings or nodes) in one element, separated by " · ". */
  function joined(tag, className, parts) {
    const node = el(tag, className);
    parts.filter(Boolean).forEach((part, index) => {
      if (index > 0) node.append(' · ');
      node.append(part);
    });
    return node;
  }

  function minutes(seconds) {
    if (seconds === null || seconds === undefined) return '';
    return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min`;
  }

  /** "queued:user_request" → "… : à sa demande"; "rated:4" → "… : 4/5". */
  function eventText(code) {
    const [name, detail] = code.split(':');
    const text = label('events', name);
    if (name === 'queued' && detail) return `${text} : ${label('reasons', detail)}`;
    if (name === 'rated' && detail) return `${text} : ${detail}/5`;
    return text;
  }

  function entryItem(entry) {
    const kind = entry.kind === 'message' ? entry.from : entry.kind;
    const li = el('li', kind);
    li.dataset.from = entry.from;
    li.dataset.kind = entry.kind;
    if (entry.kind === 'event') {
      li.append('— ', coded('event', eventText(entry.text), entry.text),
        `${entry.agentId ? ` (${entry.agentId})` : ''} —`);
      return li;
    }
    const author = entry.kind === 'note' ? `Note de ${entry.agentId}` :
      `${who(entry.from)}${entry.agentId ? ` ${entry.agentId}` : ''}`;
    const time = new Date(entry.at).toLocaleTimeString('fr-FR');
    li.appendChild(el('span', 'who', `${author} · ${time}`));
    li.appendChild(el('span', 'text', shownText(entry.from, entry.text)));
    return li;
  }

  Object.assign(exports, { coded, el, entryItem, eventText, joined, label, minutes, plainText,
    reason, shownText, stateText, subject, useLabels, who });
}(typeof module === 'object' && module.exports ? module.exports
  : (window.consoleView = {})));
