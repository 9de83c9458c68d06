/*
 * Starts the official Web Chat against our own Direct Line endpoint. The page gets its
 * conversation token from our server (a self-hosted chat has no Azure secret to hide), or
 * goes on with the conversation this tab had before a reload (resume.js).
 * Kept in a file, not inline, so that the Content-Security-Policy can forbid inline scripts.
 */
(function startChat() {
  'use strict';

  var host = document.getElementById('webchat');
  var status = document.getElementById('chat-status');
  var domain = window.location.origin + host.getAttribute('data-directline-path');
  var speakers = createSpeakers();

  function showError() {
    status.textContent = "L'assistant est momentanément indisponible. " +
      "En cas d'urgence, appelez le 17 ou le 112 (SMS au 114).";
  }

  /*
   * Who speaks: the assistant, or a gendarme who took the conversation (the server marks
   * those replies with channelData.brigadeHandoff "agent" and names their sender in `from`).
   */
  function createSpeakers() {
    // The full bundle does not expose React: elements are made in the shape React 16
    // reads (the one Babel's inline-elements transform emits), for this middleware only.
    var ELEMENT = Symbol.for('react.element');

    function element(type, key, props, children) {
      return { $$typeof: ELEMENT, type: type, key: key, ref: null, _owner: null,
        props: Object.assign({}, props, { children: children }) };
    }

    function isGendarme(activity) {
      return activity.type === 'message' && activity.from && activity.from.role === 'bot' &&
        Boolean(activity.from.name) && Boolean(activity.channelData) &&
        activity.channelData.brigadeHandoff === 'agent';
    }

    // the reply as text: markdown rendered by Web Chat's own renderer, then read as text by
    // an inert parser (no script runs, nothing loads)
    function plainText(activity) {
      if (activity.textFormat === 'plain') {
        return activity.text;
      }
      var html = window.WebChat.renderMarkdown(activity.text,
        { markdownRespectCRLF: true, markdownRenderHTML: false });
      return new DOMParser().parseFromString(html, 'text/html').body.textContent.trim();
    }

    /** Screen readers hear "<sender> : <text>" for every reply (Web Chat's fallback text). */
    function namedForScreenReaders() {
      return function (next) {
        return function (action) {
          var activity = action.payload && action.payload.activity;
          if (action.type !== 'DIRECT_LINE/INCOMING_ACTIVITY' || !activity ||
            activity.type !== 'message' || !activity.from || activity.from.role !== 'bot' ||
            !activity.from.name || !activity.text) {
            return next(action);
          }
          var channelData = Object.assign({}, activity.channelData);
          channelData['webchat:fallback-text'] = activity.from.name + ' : ' +
            plainText(activity);
          return next(Object.assign({}, action, { payload: Object.assign({}, action.payload,
            { activity: Object.assign({}, activity, { channelData: channelData }) }) }));
        };
      };
    }

    /** A gendarme's reply: their own avatar initial, name and colours, as a named group. */
    function gendarmeActivity() {
      return function (next) {
        return function (options) {
          var render = next(options);
          var activity = options.activity;
          if (!render || !isGendarme(activity)) {
            return render;
          }
          var name = activity.from.name;
          return function (renderAttachment, props) {
            return element('div', null, { className: 'bn-gendarme', role: 'group',
              'aria-label': name }, [
              element('div', 'sender', { className: 'bn-gendarme__sender', 'aria-hidden': 'true' },
                [element('span', 'avatar', { className: 'bn-gendarme__avatar' }, name.charAt(0)),
                  element('span', 'name', { className: 'bn-gendarme__name' }, name)]),
              element('div', 'body', { className: 'bn-gendarme__body' },
                render(renderAttachment, props)),
            ]);
          };
        };
      };
    }

    /*
     * The emergency numbers in the assistant's answers become links to call them (tel:, a
     * scheme Web Chat keeps); a gendarme's own words are shown as written.
     */
    function phoneLinks() {
      return function (next) {
        return function (action) {
          var activity = action.payload && action.payload.activity;
          if (action.type !== 'DIRECT_LINE/INCOMING_ACTIVITY' || !activity ||
            activity.type !== 'message' || !activity.from || activity.from.role !== 'bot' ||
            !activity.text || activity.textFormat === 'plain' || isGendarme(activity)) {
            return next(action);
          }
          var text = window.BrigadeChatFormat.phoneLinks(activity.text, ['tel']);
          return next(Object.assign({}, action, { payload: Object.assign({}, action.payload,
            { activity: Object.assign({}, activity, { text: text }) }) }));
        };
      };
    }

    /*
     * Web Chat says the time on a 12-hour clock ("9:43 PM") whatever the locale: a sent
     * message gets the French 24-hour time, shown and read out. A message whose time Web
     * Chat hides (one of several sent the same minute) still has it read out, so it gets
     * the spoken French time alone. Sending and failed states, with their retry link, stay
     * Web Chat's.
     */
    function frenchTimestamps() {
      return function (next) {
        return function (args) {
          var timestamp = args.activity && args.activity.timestamp;
          if (args.sendState !== 'sent' || !timestamp) {
            return next(args);
          }
          var said = window.BrigadeChatFormat.frenchTime(new Date(timestamp));
          var spoken = element('span', 'spoken', { className: 'bn-sr-only' }, said.spoken);
          if (args.hideTimestamp) {
            return element('span', null, { className: 'bn-time bn-time--hidden' }, [spoken]);
          }
          return element('span', null, { className: 'bn-time' }, [
            spoken,
            element('span', 'shown', { 'aria-hidden': 'true' }, said.time),
          ]);
        };
      };
    }

    return { gendarmeActivity: gendarmeActivity, namedForScreenReaders: namedForScreenReaders,
      phoneLinks: phoneLinks, frenchTimestamps: frenchTimestamps };
  }

  window.BrigadeResume.grant(domain)
    .then(function (grant) {
      status.remove();
      document.getElementById('chat-expired').hidden = !grant.expired;
      var sendLimit = window.BrigadeSendLimit.create(host,
        document.getElementById('chat-length-hint'), Number(host.getAttribute('data-max-length')));
      // with a kept conversation id, Direct Line reconnects and replays its history
      var directLine = window.WebChat.createDirectLine(Object.assign({
        token: grant.token,
        domain: domain,
        conversationStartProperties: { locale: host.getAttribute('data-locale') },
      }, grant.conversationId ? { conversationId: grant.conversationId } : {}));
      window.BrigadeResume.keep(directLine);
      window.WebChat.renderWebChat({
        directLine: directLine,
        locale: host.getAttribute('data-locale'),
        store: window.WebChat.createStore({}, speakers.phoneLinks,
          speakers.namedForScreenReaders, sendLimit.middleware),
        activityMiddleware: speakers.gendarmeActivity,
        activityStatusMiddleware: speakers.frenchTimestamps,
        // Web Chat would say "Le bot a dit" of every reply, a gendarme's too: each reply
        // names its own sender instead (speakers.js), and this greeting is left empty
        overrideLocalizedStrings: { ACTIVITY_BOT_SAID_ALT: '$1' },
        styleOptions: {
          hideUploadButton: true,
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          primaryFont: 'Marianne, Arial, Helvetica, sans-serif',
          accent: '#000091',
          // buttons wrap onto several lines: on a phone none hides under a scroll arrow
          suggestedActionLayout: 'flow',
        },
      }, host);
      host.focus();
    })
    .catch(showError);
}());
