'use strict';
// The agent API explains its refusals in English for developers and names them by a stable
// code; gendarmes read French (a tester's F6): the console says what the code means here.
(function consoleErrors(exports) {
  function minutes(seconds) {
    const wait = Number(seconds);
    if (!Number.isFinite(wait) || wait <= 0) return 'dans quelques minutes';
    return wait < 60 ? `dans ${Math.ceil(wait)} s` : `dans ${Math.ceil(wait / 60)} min`;
  }

  const TEXTS = {
    unauthenticated: () => 'Votre session a pris fin : reconnectez-vous.',
    locked: (error) => 'Trop d\'essais infructueux pour cet identifiant depuis ce poste : '
      + `réessayez ${minutes(error.retryAfter)}.`,
    // the right password still gets in: no wait is announced (tester12's F13)
    address_locked: () => 'Identifiant ou mot de passe incorrect. Trop d\'échecs depuis '
      + 'cette adresse (tous comptes confondus) : avec le bon mot de passe, la connexion '
      + 'reste possible.',
    csrf: () => 'Votre session n\'est plus reconnue : rechargez la page.',
    conflict: () => 'Cette conversation a changé entre-temps (prise par un collègue, rendue '
      + 'au robot ou clôturée) : son état actuel est affiché.',
    emergency_waiting: () => 'Des URGENCES attendent dans la file : prenez-les d\'abord.',
    emergency_recent: () => 'Une URGENCE a été signalée dans cette conversation il y a peu : '
      + 'confirmez la clôture pour la rendre au robot.',
    forbidden: () => 'Cette action ne vous est pas permise (conversation d\'un collègue, ou '
      + 'droits insuffisants).',
    limit_reached: () => 'Vous avez déjà le nombre maximal de conversations ouvertes : '
      + 'clôturez-en une avant d\'en prendre une autre.',
    not_found: () => 'Cette conversation ou ce compte n\'existe plus.',
    too_large: () => 'Texte trop long : raccourcissez-le.',
    invalid_request: () => 'Le serveur a refusé cette demande : vérifiez ce qui a été saisi.',
    internal: () => 'Erreur du serveur : réessayez ; si elle se répète, signalez-la.',
  };

  // where the same code means something else: a 401 at sign-in is a wrong password
  const AT_SIGN_IN = {
    unauthenticated: () => 'Identifiant ou mot de passe incorrect.',
  };

  /** French text of an API error `{ code, message, retryAfter? }` (or none: network). */
  function errorText(error, status, signingIn) {
    const code = error && error.code;
    const text = (signingIn && AT_SIGN_IN[code]) || TEXTS[code];
    if (text) return text(error);
    return status ? `Erreur inattendue du serveur (${status}) : réessayez.`
      : 'Le serveur ne répond pas : vérifiez la connexion et réessayez.';
  }

  Object.assign(exports, { errorText, codes: Object.keys(TEXTS) });
}(window.consoleErrors = {}));
