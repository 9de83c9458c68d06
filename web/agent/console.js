'use strict';
// Agent console of the brigade numérique: session, live events and the gendarme's actions.
// Every text that comes from a citizen or an agent is rendered with textContent, never as
// HTML (view.js): a message holding markup shows as text.
(function main() {
  const $ = (id) => document.getElementById(id);
  const { el, useLabels } = window.consoleView;
  const { beep, fill } = window.consoleInbox;
  const conversation = window.consoleConversation;
  const drafts = window.consoleDrafts;
  const BASE_TITLE = document.title;

  // live: transcript lines pushed over the socket for the open conversation, re-applied
  // after each reload so that a reload started before they arrived cannot hide them
  const state = { me: null, csrf: '', current: null, queueIds: new Set(), socket: null,
    typingTimer: 0, lastTyping: 0, live: [], loads: 0 };
  const api = window.consoleApi.createApi(state, () => {
    showSignIn();
    showError('signin-error', 'Votre session a pris fin : reconnectez-vous.');
  });

  function showError(id, error) {
    $(id).textContent = error ? String(error.message || error) : '';
  }

  function showSignIn() {
    state.me = null;
    state.csrf = '';
    if (state.socket) state.socket.close();
    $('app-view').hidden = true;
    $('signin-view').hidden = false;
  }

  async function showApp(session) {
    state.me = session;
    state.csrf = session.csrfToken;
    $('me').textContent = `${session.agentId} (${session.role})`;
    $('presence').value = session.presence;
    // the lists show labels, not codes: they wait for them (codes still show on failure)
    useLabels(await api('GET', '/api/agent/labels').catch(() => ({})));

    window.consoleRecords.start(api);
    $('signin-view').hidden = true;
    $('app-view').hidden = false;
    connect();
    refreshAll();
    loadCanned();
  }

  function show(listId, conversations) {
    fill($(listId), conversations, state.current, (id) => openConversation(id, true));
  }

  // On a phone the lists and the conversation are one column: the conversation opens under
  // every queue entry, thousands of pixels below the tap (tester15's F9)
  function reveal() {
    if (getComputedStyle($('app-view')).gridTemplateColumns.split(' ').length > 1) return;
    $('conversation').scrollIntoView({ block: 'start' });
    $('conv-title').focus({ preventScroll: true });
  }

  async function refreshQueue() {
    const data = await api('GET', '/api/agent/queue');
    const ids = new Set(data.conversations.map((c) => c.id));
    const arrivals = [...ids].filter((id) => !state.queueIds.has(id));
    state.queueIds = ids;
    show('queue', data.conversations);
    $('queue-count').textContent = String(ids.size);
    document.title = ids.size > 0 ? `(${ids.size}) ${BASE_TITLE}` : BASE_TITLE;
    if (arrivals.length > 0 && $('sound').checked) beep();
  }

  async function refreshMine() {
    show('mine', (await api('GET', '/api/agent/conversations?state=mine')).conversations);
  }

  async function refreshBot() {
    show('bot', (await api('GET', '/api/agent/conversations?state=bot')).conversations);
  }

  function refreshAll() {
    Promise.all([refreshQueue(), refreshMine()]).catch((error) => showError('conv-error', error));
  }

  /** Shows a conversation; `tapped` when the gendarme chose it in a list (not a refresh). */
  async function openConversation(id, tapped = false) {
    if (state.current !== id) {
      state.live = [];
      // the box holds this conversation's own draft, never another citizen's reply
      $('reply-text').value = drafts.restore(state.me.agentId, id);
    }
    state.current = id;
    showError('conv-error');
    $('typing').hidden = true;
    const load = ++state.loads;
    try {
      const data = await api('GET', `/api/agent/conversations/${encodeURIComponent(id)}`);
      // an older load answering late must not replace a newer one
      if (load === state.loads && state.current === id) {
        conversation.render(data, state.me, state.live);
        if (data.state === 'bot') forgetDraft(id);
        if (tapped) reveal();
        loadAgents().catch(() => undefined);
      }
    } catch (error) {
      showError('conv-error', error);
    }
    document.querySelectorAll('.inbox li').forEach((li) =>
      li.classList.toggle('selected', li.dataset.id === id));
  }

  /** The conversation went back to the robot (closed, or the citizen left): no reply left. */
  function forgetDraft(id) {
    drafts.clear(state.me.agentId, id);
    if (state.current === id) $('reply-text').value = '';
  }

  async function act(method, action, body) {
    showError('conv-error');
    try {
      const path = `/api/agent/conversations/${encodeURIComponent(state.current)}/${action}`;
      const result = await api(method, path, body);
      await openConversation(state.current);
      refreshAll();
      return result;
    } catch (error) {
      showError('conv-error', error);
      return undefined;
    }
  }

  // Emergencies come first: taking anything else while one waits, or handing back to the
  // robot a conversation soon after an URGENCE in it (tester12's F12), needs a deliberate yes.
  async function actConfirmed(action, code, question, flag) {
    showError('conv-error');
    const path = `/api/agent/conversations/${encodeURIComponent(state.current)}/${action}`;
    try {
      await api('POST', path);
    } catch (error) {
      if (error.code !== code) {
        showError('conv-error', error);
        return;
      }
      if (!window.confirm(question)) {
        return;
      }
      await act('POST', action, { [flag]: true });
      return;
    }
    await openConversation(state.current);
    refreshAll();
  }

  const claim = () => actConfirmed('claim', 'emergency_waiting', 'Des URGENCES attendent '
    + 'dans la file. Prendre quand même cette conversation avant elles ?', 'force');

  const close = () => actConfirmed('close', 'emergency_recent', 'Une URGENCE a été signalée '
    + 'dans cette conversation il y a peu. Clôturer quand même et la rendre au robot ?',
    'confirm');

  async function loadAgents() {
    const { agents } = await api('GET', '/api/agent/agents');
    $('transfer-to').replaceChildren(...agents.filter((a) => a.agentId !== state.me.agentId)
      .map((a) => {
        const option = el('option', '', `${a.agentId} (${a.status}, ${a.open}/${a.limit})`);
        option.value = a.agentId;
        return option;
      }));
  }

  async function loadCanned() {
    const { replies } = await api('GET', '/api/agent/canned');
    $('canned').replaceChildren(...replies.map((reply) => {
      const label = reply.text.length > 60 ? `${reply.text.slice(0, 60)}…` : reply.text;
      const option = el('option', '', label);
      option.value = reply.key;
      return option;
    }));
  }

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/api/agent/ws`);
    state.socket = socket;
    socket.addEventListener('open', () => {
      $('live').classList.add('on');
      // a reload closes the old feed (presence "offline") before this one opens it again
      // ("online"): the status shown is the server's once the feed is open (tester12's F15)
      api('GET', '/api/agent/session').then((session) => {
        $('presence').value = session.presence;
      }).catch(() => {});
    });
    socket.addEventListener('close', () => {
      $('live').classList.remove('on');
      // reconnect while signed in: the server may have restarted
      if (state.me && state.socket === socket) setTimeout(connect, 3000);
    });
    socket.addEventListener('message', (message) => onEvent(JSON.parse(message.data)));
  }

  function onEvent(event) {
    if (event.type === 'presence' && state.me && event.agentId === state.me.agentId) {
      $('presence').value = event.status;
    }
    if (event.type === 'queue' || event.type === 'state') refreshAll();
    if (event.conversationId !== state.current) return;
    if (event.type === 'entry') {
      state.live = [...state.live.slice(-199), event.entry];
      conversation.appendEntry(event.entry);
      if (event.entry.from === 'user') $('typing').hidden = true;
    } else if (event.type === 'unstored') {
      state.live = state.live.filter((entry) => entry.id !== event.entryId);
      conversation.markUnstored(event.entryId);
    } else if (event.type === 'typing' && event.from === 'user') {
      $('typing').hidden = false;
      clearTimeout(state.typingTimer);
      state.typingTimer = setTimeout(() => { $('typing').hidden = true; }, 4000);
    } else if (event.type === 'state') {
      openConversation(state.current);
    }
  }

  /** Sends a composer's text, and empties it once the server took it. */
  function composer(formId, textId, action, onSent = () => undefined) {
    $(formId).addEventListener('submit', async (submit) => {
      submit.preventDefault();
      const text = $(textId).value;
      const id = state.current;
      if (text.trim() === '') return;
      if (await act('POST', action, { text })) {
        $(textId).value = '';
        onSent(id);
      }
    });
  }

  $('signin-form').addEventListener('submit', async (submit) => {
    submit.preventDefault();
    showError('signin-error');
    try {
      const session = await api('POST', '/api/agent/session',
        { login: $('signin-login').value.trim(), password: $('signin-password').value });
      $('signin-password').value = '';
      await showApp(session);
    } catch (error) {
      showError('signin-error', error);
    }
  });
  $('signout').addEventListener('click', async () => {
    drafts.clearAll();
    await api('DELETE', '/api/agent/session').catch(() => undefined);
    showSignIn();
  });
  $('presence').addEventListener('change', () =>
    api('PUT', '/api/agent/presence', { status: $('presence').value })
      .catch((error) => showError('conv-error', error)));
  $('refresh-bot').addEventListener('click', () => refreshBot().catch(() => undefined));
  $('claim').addEventListener('click', () => claim());
  $('watch').addEventListener('click', () => act('PUT', 'watch'));
  $('unwatch').addEventListener('click', () => act('DELETE', 'watch'));
  $('close').addEventListener('click', close);
  $('transfer').addEventListener('click', () =>
    act('POST', 'transfer', { agentId: $('transfer-to').value }));
  composer('reply-form', 'reply-text', 'messages', (id) => drafts.clear(state.me.agentId, id));
  composer('note-form', 'note-text', 'notes');
  $('canned-send').addEventListener('click', () =>
    act('POST', 'messages', { canned: $('canned').value }));
  $('reply-text').addEventListener('input', () => {
    if (state.current) drafts.save(state.me.agentId, state.current, $('reply-text').value);
    // at most one typing signal every 3 s: enough for the citizen's indicator
    if (Date.now() - state.lastTyping < 3000 || !state.current) return;
    state.lastTyping = Date.now();
    api('POST', `/api/agent/conversations/${encodeURIComponent(state.current)}/typing`)
      .catch(() => undefined);
  });

  api('GET', '/api/agent/session').then(showApp, showSignIn);
}());
