'use strict';
// French labels of the case files (pré-plaintes, OTV requests) the console shows, by the
// codes the records API sends; an unknown code shows as itself. Dates are shown in French
// form: ISO days without a time zone shift, the record's own instants in the browser's local
// time, the facts' times in the zone the citizen spoke in (their commune's).
(function recordLabels(exports) {
  const STATUSES = {
    pre: { submitted: 'Déposée', called_back: 'Rappelé', appointment_set: 'Rendez-vous fixé',
      signed: 'Signée', closed: 'Clôturée' },
    otv: { submitted: 'À traiter', handled: 'Traitée' },
  };
  // the order the API accepts: a status only moves forward
  const ORDER = {
    pre: ['submitted', 'called_back', 'appointment_set', 'signed', 'closed'],
    otv: ['submitted', 'handled'],
  };
  const ACTIONS = {
    pre: { called_back: 'Marquer « rappelé »',
      appointment_set: 'Marquer « rendez-vous fixé »', signed: 'Marquer « signée »',
      closed: 'Clôturer' },
    otv: { handled: 'Marquer « traitée »' },
  };
  const TABLES = {
    offence: { theft: 'Vol', burglary: 'Cambriolage', damage: 'Dégradation',
      fraud: 'Escroquerie', vehicle_theft: 'Vol de véhicule',
      theft_from_vehicle: 'Vol dans un véhicule' },
    callback: { morning: 'le matin', afternoon: 'l\'après-midi', evening: 'le soir',
      any: 'à tout moment' },
    role: { victim: 'la victime elle-même', parent: 'un parent (victime mineure)',
      company: 'une société' },
    precision: { time: 'à l\'heure près', part_of_day: 'moment de la journée',
      day: 'au jour près', range: 'période' },
    home: { house: 'Maison', flat: 'Appartement', other: 'Autre' },
    channel: { webchat: 'Web Chat', directline: 'Direct Line' },
  };

  function statusText(kind, code) {
    return STATUSES[kind][code] || code;
  }

  function actionText(kind, code) {
    return ACTIONS[kind][code] || code;
  }

  /** The statuses a record may still move to, in order. */
  function nextStatuses(kind, current) {
    const order = ORDER[kind];
    return order.slice(order.indexOf(current) + 1);
  }

  function text(table, code) {
    return (TABLES[table] && TABLES[table][code]) || code;
  }

  /** "2026-07-12" → "12/07/2026", without going through a Date (no time zone shift). */
  function day(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso || ''));
    return match ? `${match[3]}/${match[2]}/${match[1]}` : String(iso || '');
  }

  function instant(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso || '')
      : date.toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
  }

  // the zones of overseas communes (dialogs/prompts/communeTimeZone.ts), by their IANA name
  const ZONES = {
    'America/Guadeloupe': 'Guadeloupe', 'America/Martinique': 'Martinique',
    'America/Cayenne': 'Guyane', 'Indian/Reunion': 'La Réunion', 'Indian/Mayotte': 'Mayotte',
    'America/Miquelon': 'Saint-Pierre-et-Miquelon', 'Pacific/Wallis': 'Wallis-et-Futuna',
    'Pacific/Tahiti': 'Polynésie française', 'Pacific/Noumea': 'Nouvelle-Calédonie',
  };
  const PARIS = 'Europe/Paris';

  /** "heure de Guadeloupe"; empty for Paris (the usual case) or an unknown zone. */
  function zoneText(timeZone) {
    return ZONES[timeZone] ? `heure de ${ZONES[timeZone]}` : '';
  }

  /**
   * An instant of the facts as the citizen said it, in their zone (Paris when the record
   * does not say), whatever the gendarme's browser: "23:00" said in Paris stays 23:00.
   */
  function factInstant(timeZone) {
    const zone = timeZone || PARIS;
    return (iso) => {
      const date = new Date(iso);
      try {
        return Number.isNaN(date.getTime()) ? String(iso || '')
          : date.toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short',
            timeZone: zone });
      } catch {
        // a zone this browser does not know: Paris, as for older records
        return factInstant(PARIS)(iso);
      }
    };
  }

  /** The facts' span in the citizen's zone, naming it when it is not Paris. */
  function factSpan(from, to, timeZone) {
    const zone = zoneText(timeZone);
    return `${span(from, to, factInstant(timeZone))}${zone ? ` (${zone})` : ''}`;
  }

  /** One date, or "du … au …" when the span has two ends. */
  function span(from, to, format) {
    return from === to || !to ? format(from) : `du ${format(from)} au ${format(to)}`;
  }

  // the API explains its refusals in English for developers; gendarmes read French (the
  // detail stays, for whoever reports the problem)
  const ERRORS = {
    conflict: {
      pre: 'Ce dossier a changé entre-temps (un statut ne fait qu\'avancer) : '
        + 'voici son état actuel.',
      otv: 'Cette demande a déjà été traitée entre-temps : voici son état actuel.',
    },
    not_found: 'Ce dossier n\'existe plus (supprimé à la fin de sa durée de conservation).',
  };

  function errorText(error, kind) {
    const known = error && ERRORS[error.code];
    if (known) {
      return typeof known === 'string' ? known : known[kind] || known.pre;
    }
    const detail = String((error && (error.detail || error.message)) || error || '');
    return error && error.code === 'invalid_request'
      ? `Le serveur a refusé cette demande (${detail}).` : detail;
  }

  Object.assign(exports, { actionText, day, errorText, factSpan, instant, nextStatuses, span,
    statusText, text, zoneText, STATUSES, ORDER });
}(window.consoleRecordLabels = {}));
