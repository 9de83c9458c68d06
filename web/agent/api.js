'use strict';
// The agent API as the console calls it: JSON in and out, the session cookie, and the CSRF
// token on every call once signed in. A 401 while signed in means the session ended.
(function consoleApi(exports) {
  function createApi(session, onSignedOut) {
    return async function api(method, path, body) {
      const headers = { 'content-type': 'application/json' };
      if (session.csrf) headers['x-csrf-token'] = session.csrf;
      const response = await fetch(path, { method, headers, credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body) });
      const data = await response.json().catch(() => ({}));
      if (response.status === 401 && session.me) {
        onSignedOut();
      }
      if (!response.ok) {
        const signingIn = method === 'POST' && path === '/api/agent/session';
        const error = new Error(window.consoleErrors.errorText(data.error, response.status,
          signingIn));
        error.code = data.error && data.error.code;
        // the English detail, for whoever reports the problem
        error.detail = data.error && data.error.message;
        throw error;
      }
      return data;
    };
  }

  exports.createApi = createApi;
}(window.consoleApi = {}));
