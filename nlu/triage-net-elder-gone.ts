import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A parent with dementia or disoriented who has just left, at the wheel or on foot: "mon
 * grand-père a Alzheimer, il est parti en voiture", "ma mère désorientée vient de partir à
 * pied". The wandering family wants night, slippers or hours; a car, or a departure just
 * now, is enough here (17 first: a search, and a driver lost on the road). Whether he may
 * still drive (a licence, a doctor's opinion) is the question of another day.
 */
const CONFUSED = rx('',
  '\\b(alzheimer|demence|dement|demente|desoriente|desorientee|senile|confus|confuse|',
  'perd la tete|perd la boule|perd la memoire|troubles de la memoire|troubles cognitifs|',
  'sait (plus|pas) ou (il|elle) (est|va|habite)|reconnait plus personne|parkinson)\\b',
);

const LEFT_NOW = rx('',
  '\\b((est |se est )?(parti|partie|sorti|sortie|barre|barree|en alle|en allee)( [a-z]+){0,2} ',
  '(en voiture|avec la voiture|avec sa voiture|avec ma voiture|avec notre voiture|au volant|',
  'a pied|seule?|tout seul|toute seule|sans rien dire|sans prevenir|on sait pas ou)|',
  '(a pris|prend|a vole|a embarque|a demarre) (la|sa|ma|notre|leur) (voiture|bagnole|caisse|',
  'auto|camionnette|moto|mobylette|cles)|',
  '(vient|viennent) de (partir|sortir|quitter|prendre la voiture|prendre le volant)|',
  '(est|etait) (au volant|sur la route|sur le autoroute) (la|maintenant|en ce moment))\\b',
);

/** Found, back, gone days ago, or a question about driving on another day. */
const SETTLED = rx('',
  '\\b(retrouve|retrouvee|rentre|rentree|revenu|revenue|ramene|ramenee|permis|retirer|',
  'medecin agree|aptitude|assurance|prefecture|a le droit|faut il|est ce que|comment (faire|',
  'lui|le|la)|que faire si|tous les jours|chaque jour|le dimanche|encore le droit|hier|',
  'avant hier|la semaine derniere|le mois dernier|le an dernier|il y a (\\d+|deux|trois|',
  'quelques|plusieurs) (jours|semaines|mois|ans))\\b',
);

export const NET_ELDER_GONE: readonly NetFamily[] = [
  {
    id: 'net-elder-gone-now',
    situation: 'missing_person',
    // "partie sans prévenir" is no prevention question: past and questions are read below
    always: true,
    habitCancels: true,
    patterns: [LEFT_NOW],
    requires: CONFUSED,
    unless: SETTLED,
  },
];
