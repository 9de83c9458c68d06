/*
 * The send box stops at the server's text limit (Direct Line refuses a longer text with a
 * 400, which Web Chat only shows as "Échec de l'envoi", forever): the citizen sees at once
 * why the typing stops and that the rest goes in another message. Web Chat 4.18 has no
 * option for it, so the input it renders (and re-renders) gets a maxlength here.
 */
(function defineSendLimit(global) {
  'use strict';

  var INPUT = '[data-id="webchat-sendbox-input"]';

  function limitInputs(host, max) {
    var inputs = host.querySelectorAll(INPUT);
    for (var i = 0; i < inputs.length; i += 1) {
      if (inputs[i].maxLength !== max) {
        inputs[i].maxLength = max;
      }
    }
  }

  /**
   * Caps every send box under `host` at `max` characters. The returned store middleware
   * fills `hint` while the send box is full and empties it otherwise (a sent message too).
   */
  function create(host, hint, max) {
    // the hint's words are the page's (index.html); it stays empty until they are needed
    var message = hint.getAttribute('data-message').replace(/\s+/g, ' ').trim();

    function show(text) {
      var said = text.length >= max ? message : '';
      if (hint.textContent !== said) {
        hint.textContent = said;
      }
    }

    limitInputs(host, max);
    new MutationObserver(function () {
      limitInputs(host, max);
    }).observe(host, { childList: true, subtree: true });

    function middleware() {
      return function (next) {
        return function (action) {
          if (action.type === 'WEB_CHAT/SET_SEND_BOX' && action.payload) {
            show(String(action.payload.text || ''));
          }
          return next(action);
        };
      };
    }

    return { middleware: middleware };
  }

  global.BrigadeSendLimit = { create: create };
}(window));
