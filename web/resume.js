/*
 * A reloaded page (a wrong tap, a phone that drops a tab kept in the background) goes on
 * with the same conversation: its history comes back, and so do a form half filled and a
 * place in a gendarme's queue. The conversation's id and token are kept in this tab's
 * sessionStorage only (gone when the tab closes, emptied by the quick exit, never shared
 * with other tabs), saved again as Direct Line refreshes the token. A token the server no
 * longer accepts (expired after 30 minutes away, or altered) starts a new conversation,
 * and the page says so (chat.js).
 */
(function resume(global) {
  'use strict';

  var KEY = 'brigade.conversation';
  // Direct Line refreshes its token every 15 minutes; the kept copy is at most this old
  var SAVE_EVERY_MS = 60 * 1000;

  function storage() {
    try {
      return global.sessionStorage;
    } catch (ignored) {
      // storage blocked (private modes, policies): the chat works, a reload starts anew
      return null;
    }
  }

  function read() {
    var store = storage();
    try {
      var saved = store && JSON.parse(store.getItem(KEY) || 'null');
      return saved && typeof saved.token === 'string' && typeof saved.conversationId === 'string'
        ? saved : null;
    } catch (ignored) {
      return null;
    }
  }

  function forget() {
    var store = storage();
    try {
      if (store) {
        store.removeItem(KEY);
      }
    } catch (ignored) {
      // nothing was kept
    }
  }

  function leaving() {
    return Boolean(global.BrigadeQuickExit && global.BrigadeQuickExit.leaving());
  }

  function json(response) {
    if (!response.ok) {
      throw new Error('token ' + response.status);
    }
    return response.json();
  }

  function fresh(domain) {
    return global.fetch(domain + '/tokens/generate', { method: 'POST' }).then(json)
      .then(function (body) {
        return { token: body.token, conversationId: null, expired: false };
      });
  }

  /**
   * The kept conversation with a fresh token, or a new conversation; `expired` when a kept
   * one could not be taken up again.
   */
  function grant(domain) {
    var saved = read();
    if (!saved) {
      return fresh(domain);
    }
    return global.fetch(domain + '/tokens/refresh', {
      method: 'POST', headers: { Authorization: 'Bearer ' + saved.token },
    }).then(json).then(function (body) {
      if (body.conversationId !== saved.conversationId || typeof body.token !== 'string') {
        throw new Error('another conversation');
      }
      return { token: body.token, conversationId: saved.conversationId, expired: false };
    }).catch(function () {
      forget();
      // the citizen must be told: a form half filled before the pause is gone with it
      return fresh(domain).then(function (grant) {
        return Object.assign(grant, { expired: true });
      });
    });
  }

  /** Keeps the Direct Line conversation's id and latest token for a reload of this tab. */
  function keep(directLine) {
    function save() {
      var store = storage();
      if (!store || leaving() || !directLine.token || !directLine.conversationId) {
        return;
      }
      try {
        store.setItem(KEY, JSON.stringify(
          { conversationId: directLine.conversationId, token: directLine.token }));
      } catch (ignored) {
        // storage full or blocked: a reload will start a new conversation
      }
    }

    directLine.connectionStatus$.subscribe(function (status) {
      // 2 = online: the conversation exists on the server
      if (status === 2) {
        save();
      }
    });
    global.setInterval(save, SAVE_EVERY_MS);
    global.addEventListener('pagehide', save);
  }

  global.BrigadeResume = { grant: grant, keep: keep, forget: forget };
}(window));
