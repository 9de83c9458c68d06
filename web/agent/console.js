'use strict';
// Agent console of the brigade numérique. Every text that comes from a citizen or an agent
// is rendered with textContent, never as HTML: a message holding markup shows as text.
(function main() {
  const $ = (id) => document.getElementById(id);
  const { STATES, WHO, el, entryItem, minutes, shownText, subject } = window.consoleView;
  const BASE_TITLE = document.title;

  // live: transcript lines pushed over the socket for the open conversation, re-applied
  // after each reload so that a reload started before they arrived cannot hide them
  const state = { me: null, csrf: '', current: null, queueIds: new Set(), socket: null,
    typingTimer: 0, lastTyping: 0, live: [], loads: 0 };

  async function api(method, path, body) {
    const headers = { 'content-type': 'application/json' };
    if (state.csrf) headers['x-csrf-token'] = state.csrf;
    const response = await fetch(path, { method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
    const data = await response.json().catch(() => ({}));
    if (response.status === 401 && state.me) {
      showSignIn();
    }
    if (!response.ok) {
      const error = new Error((data.error && data.error.message) || `erreur ${response.status}`);
      error.code = data.error && data.error.code;
      throw error;
    }
    return data;
  }

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

  function showApp(session) {
    state.me = session;
    state.csrf = session.csrfToken;
    $('me').textContent = `${session.agentId} (${session.role})`;
    $('presence').value = session.presence;
    $('signin-view').hidden = true;
    $('app-view').hidden = false;
    connect();
    refreshAll();
    loadCanned();
  }

  function inboxItem(conversation) {
    const li = el('li', conversation.priority === 'emergency' ? 'emergency' : '');
    li.dataset.id = conversation.id;
    const head = [conversation.priority === 'emergency' ? 'URGENCE' : 'normal',
      subject(conversation), STATES[conversation.state] || conversation.state];
    if (conversation.waitSeconds !== null) {
      head.push(`attend depuis ${minutes(conversation.waitSeconds)}`);
    }
    if (conversation.position) head.unshift(`#${conversation.position}`);
    li.appendChild(el('strong', '', head.join(' · ')));
    for (const message of conversation.lastMessages || []) {
      li.appendChild(el('div', 'last',
        `${WHO[message.from] || message.from} : ${shownText(message.from, message.text)}`));
    }
    if (state.current === conversation.id) li.classList.add('selected');
    li.addEventListener('click', () => openConversation(conversation.id));
    return li;
  }

  function fill(listId, conversations) {
    const list = $(listId);
    list.replaceChildren(...conversations.map(inboxItem));
  }

  async function refreshQueue() {
    const data = await api('GET', '/api/agent/queue');
    const ids = new Set(data.conversations.map((c) => c.id));
    const arrivals = [...ids].filter((id) => !state.queueIds.has(id));
    state.queueIds = ids;
    fill('queue', data.conversations);
    $('queue-count').textContent = String(ids.size);
    document.title = ids.size > 0 ? `(${ids.size}) ${BASE_TITLE}` : BASE_TITLE;
    if (arrivals.length > 0 && $('sound').checked) beep();
  }

  async function refreshMine() {
    fill('mine', (await api('GET', '/api/agent/conversations?state=mine')).conversations);
  }

  async function refreshBot() {
    fill('bot', (await api('GET', '/api/agent/conversations?state=bot')).conversations);
  }

  function refreshAll() {
    Promise.all([refreshQueue(), refreshMine()]).catch((error) => showError('conv-error', error));
  }

  function beep() {
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      tone.frequency.value = 880;
      tone.connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.2);
    } catch (error) {
      // no audio device: the title change still signals the arrival
    }
  }

  function appendEntry(entry) {
    const list = $('transcript');
    if (list.querySelector(`[data-entry="${CSS.escape(entry.id)}"]`)) return;
    const li = entryItem(entry);
    li.dataset.entry = entry.id;
    list.appendChild(li);
    list.scrollTop = list.scrollHeight;
  }

  function renderConversation(data) {
    $('conversation').hidden = false;
    $('conv-title').textContent = `Conversation ${data.id}`;
    const meta = [STATES[data.state] || data.state, data.priority === 'emergency' ? 'URGENCE' : '',
      `sujet : ${subject(data)}`, data.agentId ? `gendarme : ${data.agentId}` : '',
      data.rating ? `note : ${data.rating}/5` : ''].filter(Boolean);
    $('conv-meta').textContent = meta.join(' · ');
    const mine = data.state === 'agent' && data.agentId === state.me.agentId;
    const watching = data.watchers.includes(state.me.agentId);
    const boss = state.me.role !== 'agent';
    $('claim').hidden = !(data.state === 'queued' || (data.state === 'bot' && watching));
    $('watch').hidden = watching;
    $('unwatch').hidden = !watching;
    $('close').hidden = !(data.state === 'agent' && (mine || boss));
    $('transfer').hidden = $('transfer-to').hidden = !(data.state === 'agent' && (mine || boss));
    $('reply-form').hidden = !mine;

    const collected = $('collected');
    collected.replaceChildren();
    for (const [key, value] of Object.entries(data.collected || {})) {
      collected.appendChild(el('dt', '', key));
      collected.appendChild(el('dd', '', value));
    }
    collected.hidden = collected.childElementCount === 0;

    $('transcript').replaceChildren();
    data.transcript.forEach(appendEntry);
    state.live.forEach(appendEntry);
    loadAgents().catch(() => undefined);
  }

  async function openConversation(id) {
    if (state.current !== id) state.live = [];
    state.current = id;
    showError('conv-error');
    $('typing').hidden = true;
    const load = ++state.loads;
    try {
      const data = await api('GET', `/api/agent/conversations/${encodeURIComponent(id)}`);
      // an older load answering late must not replace a newer one
      if (load === state.loads && state.current === id) renderConversation(data);
    } catch (error) {
      showError('conv-error', error);
    }
    document.querySelectorAll('.inbox li').forEach((li) =>
      li.classList.toggle('selected', li.dataset.id === id));
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

  // Emergencies come first: taking anything else while one waits needs a deliberate yes.
  async function claim() {
    showError('conv-error');
    const path = `/api/agent/conversations/${encodeURIComponent(state.current)}/claim`;
    try {
      await api('POST', path);
    } catch (error) {
      if (error.code !== 'emergency_waiting') {
        showError('conv-error', error);
        return;
      }
      if (!window.confirm('Des URGENCES attendent dans la file. '
        + 'Prendre quand même cette conversation avant elles ?')) {
        return;
      }
      await act('POST', 'claim', { force: true });
      return;
    }
    await openConversation(state.current);
    refreshAll();
  }

  async function loadAgents() {
    const select = $('transfer-to');
    const { agents } = await api('GET', '/api/agent/agents');
    select.replaceChildren(...agents.filter((a) => a.agentId !== state.me.agentId).map((a) => {
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
    socket.addEventListener('open', () => $('live').classList.add('on'));
    socket.addEventListener('close', () => {
      $('live').classList.remove('on');
      // reconnect while signed in: the server may have restarted
      if (state.me && state.socket === socket) setTimeout(connect, 3000);
    });
    socket.addEventListener('message', (message) => onEvent(JSON.parse(message.data)));
  }

  function onEvent(event) {
    if (event.type === 'queue' || event.type === 'state') refreshAll();
    if (event.conversationId !== state.current) return;
    if (event.type === 'entry') {
      state.live = [...state.live.slice(-199), event.entry];
      appendEntry(event.entry);
      if (event.entry.from === 'user') $('typing').hidden = true;
    } else if (event.type === 'typing' && event.from === 'user') {
      $('typing').hidden = false;
      clearTimeout(state.typingTimer);
      state.typingTimer = setTimeout(() => { $('typing').hidden = true; }, 4000);
    } else if (event.type === 'state') {
      openConversation(state.current);
    }
  }

  $('signin-form').addEventListener('submit', async (submit) => {
    submit.preventDefault();
    showError('signin-error');
    try {
      const session = await api('POST', '/api/agent/session',
        { login: $('signin-login').value.trim(), password: $('signin-password').value });
      $('signin-password').value = '';
      showApp(session);
    } catch (error) {
      showError('signin-error', error);
    }
  });
  $('signout').addEventListener('click', async () => {
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
  $('close').addEventListener('click', () => act('POST', 'close'));
  $('transfer').addEventListener('click', () =>
    act('POST', 'transfer', { agentId: $('transfer-to').value }));
  $('reply-form').addEventListener('submit', async (submit) => {
    submit.preventDefault();
    const text = $('reply-text').value;
    if (text.trim() === '') return;
    if (await act('POST', 'messages', { text })) $('reply-text').value = '';
  });
  $('canned-send').addEventListener('click', () =>
    act('POST', 'messages', { canned: $('canned').value }));
  $('reply-text').addEventListener('input', () => {
    // at most one typing signal every 3 s: enough for the citizen's indicator
    if (Date.now() - state.lastTyping < 3000 || !state.current) return;
    state.lastTyping = Date.now();
    api('POST', `/api/agent/conversations/${encodeURIComponent(state.current)}/typing`)
      .catch(() => undefined);
  });
  $('note-form').addEventListener('submit', async (submit) => {
    submit.preventDefault();
    const text = $('note-text').value;
    if (text.trim() === '') return;
    if (await act('POST', 'notes', { text })) $('note-text').value = '';
  });

  api('GET', '/api/agent/session').then(showApp, showSignIn);
}());
