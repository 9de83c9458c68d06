'use strict';
// Rendering helpers of the agent console (loaded before console.js): every text goes into
// the page with textContent, never as HTML. Also loadable by Node for the specifications.
(function view(exports) {
  const WHO = { user: 'Usager', bot: 'Robot', agent: 'Gendarme', system: 'Système' };
  const EVENTS = { claimed: 'pris en charge', cancelled: "l'usager a annulé sa demande",
    left: "l'usager est retourné au robot", closed: 'clôturé, rendu au robot',
    transferred: 'transféré', emergency: 'URGENCE signalée',
    accepted: 'pris par un centre externe',
    failed: 'échec de la mise en relation', completed: 'terminé par le centre externe' };
  const STATES = { bot: 'avec le robot', queued: 'en attente', agent: 'avec un gendarme' };
  // emergency triage's situations (nlu/triage-words.ts), as a gendarme reads them
  const SITUATIONS = { hiding: 'ne peut pas parler', suicide: 'suicide',
    child_violence: 'enfant en danger', weapon: 'arme', domestic_violence: 'violences conjugales',
    violence: 'violences', intrusion: 'intrusion', fire: 'incendie', gas: 'gaz',
    road_injury: 'accident de la route', trapped: 'personne bloquée', medical: 'médical',
    sea: 'détresse en mer', drowning: 'noyade', missing_child: 'enfant disparu',
    generic: "appel à l'aide" };

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

  function subject(conversation) {
    if (conversation.priority === 'emergency' && conversation.situation) {
      return `urgence : ${SITUATIONS[conversation.situation] || conversation.situation}`;
    }
    return conversation.topic || 'sans sujet';
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function minutes(seconds) {
    if (seconds === null || seconds === undefined) return '';
    return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min`;
  }

  function entryItem(entry) {
    const kind = entry.kind === 'message' ? entry.from : entry.kind;
    const li = el('li', kind);
    li.dataset.from = entry.from;
    li.dataset.kind = entry.kind;
    if (entry.kind === 'event') {
      li.textContent = `— ${EVENTS[entry.text.split(':')[0]] || entry.text}`
        + `${entry.agentId ? ` (${entry.agentId})` : ''} —`;
      return li;
    }
    const who = entry.kind === 'note' ? `Note de ${entry.agentId}` :
      `${WHO[entry.from] || entry.from}${entry.agentId ? ` ${entry.agentId}` : ''}`;
    const time = new Date(entry.at).toLocaleTimeString('fr-FR');
    li.appendChild(el('span', 'who', `${who} · ${time}`));
    li.appendChild(el('span', 'text', shownText(entry.from, entry.text)));
    return li;
  }

  Object.assign(exports, { EVENTS, STATES, WHO, el, entryItem, minutes, plainText, shownText,
    subject });
}(typeof module === 'object' && module.exports ? module.exports
  : (window.consoleView = {})));
