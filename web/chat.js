/*
 * Starts the official Web Chat against our own Direct Line endpoint. The page gets its
 * conversation token from our server (a self-hosted chat has no Azure secret to hide).
 * Kept in a file, not inline, so that the Content-Security-Policy can forbid inline scripts.
 */
(function startChat() {
  'use strict';

  var host = document.getElementById('webchat');
  var status = document.getElementById('chat-status');
  var domain = window.location.origin + host.getAttribute('data-directline-path');

  function showError() {
    status.textContent = "L'assistant est momentanément indisponible. " +
      "En cas d'urgence, appelez le 17 ou le 112 (SMS au 114).";
  }

  fetch(domain + '/tokens/generate', { method: 'POST' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('token ' + response.status);
      }
      return response.json();
    })
    .then(function (grant) {
      status.remove();
      window.WebChat.renderWebChat({
        directLine: window.WebChat.createDirectLine({
          token: grant.token,
          domain: domain,
          conversationStartProperties: { locale: host.getAttribute('data-locale') },
        }),
        locale: host.getAttribute('data-locale'),
        styleOptions: {
          hideUploadButton: true,
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          primaryFont: 'Marianne, Arial, Helvetica, sans-serif',
          accent: '#000091',
        },
      }, host);
      host.focus();
    })
    .catch(showError);
}());
