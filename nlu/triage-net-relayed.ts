import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Violence told by a relative who was just told: "ma fille vient de m'écrire que son copain
 * la frappe". The message just came: the blows are now, 17 first (114 is for the victim).
 */
export const NET_RELAYED: readonly NetFamily[] = [
  {
    id: 'net-violence-relayed-now',
    situation: 'domestic_violence',
    patterns: [
      rx('',
        '\\b(vient|viens|viennent) de (me ecrire|me appeler|me envoyer un (sms|message|texto)|',
        'me texter|me dire au telephone|me appeler en pleurs)( [a-z]+){0,8} (la|le|les|me) ',
        '(frappe|frappent|bat|battent|tape|tapent|cogne|cognent|tabasse|tabassent|etrangle|',
        'etranglent|menace|menacent)\\b',
      ),
    ],
    unless: rx('', '\\b(souvent|parfois|depuis des (mois|annees)|avant|autrefois|plus jeune)\\b'),
  },
];
