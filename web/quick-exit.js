/*
 * Quick exit ("Quitter rapidement") for people who may be watched while they ask for help.
 * A visible button, or Escape pressed three times, at once:
 *   1. removes the conversation from the page (Web Chat transcript and everything else),
 *   2. empties localStorage and sessionStorage of this site,
 *   3. replaces the page with a neutral site, with location.replace so that "Back" does
 *      not return to the chat.
 * The browser history of earlier visits is NOT erased; the bot says so to the citizen.
 *
 * Wiring: one script tag and one button, nothing else:
 *   <button type="button" data-quick-exit>Quitter rapidement</button>
 *   <script src="/quick-exit.js"></script>
 * Optional attribute on the button: data-quick-exit-url="/neutre" (default: google.fr).
 */
(function quickExit(global) {
  'use strict';

  var DEFAULT_URL = 'https://www.google.fr/';
  var PRESSES = 3;
  // presses further apart than this do not count as one gesture
  var PRESS_WINDOW_MS = 1500;

  var doc = global.document;
  var presses = [];
  var leaving = false;

  function button() {
    return doc.querySelector('[data-quick-exit]');
  }

  function targetUrl() {
    var source = button();
    var url = source && source.getAttribute('data-quick-exit-url');
    return url || global.QUICK_EXIT_URL || DEFAULT_URL;
  }

  function emptyStorage(name) {
    try {
      global[name].clear();
    } catch (ignored) {
      // storage disabled or blocked: nothing was kept there
    }
  }

  function wipePage() {
    doc.title = '';
    if (doc.body) {
      doc.body.textContent = '';
    }
  }

  function leave() {
    if (leaving) {
      return;
    }
    leaving = true;
    var url = targetUrl();

    wipePage();

    emptyStorage('localStorage');
    emptyStorage('sessionStorage');

    global.location.replace(url);
  }

  function onKey(event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function recent(at) {
      return now - at <= PRESS_WINDOW_MS;
    });
    presses.push(now);
    if (presses.length >= PRESSES) {
      leave();
    }
  }

  function onClick(event) {
    var target = event.target;
    if (target && target.closest && target.closest('[data-quick-exit]')) {
      event.preventDefault();
      leave();
    }
  }

  function injectStyle() {
    var style = doc.createElement('style');
    style.textContent = '[data-quick-exit]{position:fixed;top:.75rem;right:.75rem;z-index:1000;' +
      'padding:.6rem 1rem;font:bold 1rem/1.2 Marianne,Arial,sans-serif;color:#fff;' +
      'background:#c9191e;border:2px solid #fff;border-radius:.25rem;cursor:pointer;' +
      'box-shadow:0 2px 6px rgba(0,0,0,.3)}[data-quick-exit]:focus{outline:3px solid #000091}';
    doc.head.appendChild(style);
  }

  // capture phase: Web Chat's own key handlers must not swallow the Escape presses
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('click', onClick, true);
  injectStyle();

  // resume.js asks, so as not to keep the conversation again as the page goes
  global.BrigadeQuickExit = { leave: leave, leaving: function isLeaving() { return leaving; } };
}(window));
