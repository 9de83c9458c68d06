'use strict';
// Replies typed but not sent yet, one per gendarme and conversation, so that a reload (a
// tired tap, a phone dropping the tab) does not lose them (tester15's F17). Kept in this
// tab's sessionStorage only, never localStorage: a citizen's case must not outlive the tab
// nor reach another one; emptied on sign-out.
(function consoleDrafts(exports) {
  const PREFIX = 'brigade.agent.draft:';

  function storage() {
    try {
      return window.sessionStorage;
    } catch (error) {
      // storage blocked (policies): the console works, a reload loses the draft as before
      return null;
    }
  }

  const key = (agentId, conversationId) => `${PREFIX}${agentId}:${conversationId}`;

  function write(action) {
    const store = storage();
    try {
      if (store) action(store);
    } catch (error) {
      // full or blocked storage: the draft stays in the page only
    }
  }

  function save(agentId, conversationId, text) {
    write((store) => {
      if (text.trim() === '') store.removeItem(key(agentId, conversationId));
      else store.setItem(key(agentId, conversationId), text);
    });
  }

  function restore(agentId, conversationId) {
    const store = storage();
    try {
      return (store && store.getItem(key(agentId, conversationId))) || '';
    } catch (error) {
      return '';
    }
  }

  function clear(agentId, conversationId) {
    write((store) => store.removeItem(key(agentId, conversationId)));
  }

  function clearAll() {
    write((store) => {
      const keys = Array.from({ length: store.length }, (_, index) => store.key(index));
      keys.filter((name) => name && name.startsWith(PREFIX))
        .forEach((name) => store.removeItem(name));
    });
  }

  Object.assign(exports, { clear, clearAll, restore, save });
}(window.consoleDrafts = {}));
