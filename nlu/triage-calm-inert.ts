import { gatedReplace } from './regex-gate';
import { rx } from './triage-words';

/**
 * "le collège ne bouge pas", "la mairie ne réagit pas": an institution that does nothing,
 * not a body that no longer moves. Only the verb goes: the institution stays for the idioms
 * that read it ("au secours la CAF"), and a person down in the same message is still read.
 */
const INSTITUTION = '(le college|le lycee|la ecole|le ecole|la direction|le directeur|' +
  'la directrice|le principal|la principale|le proviseur|la proviseure|le cpe|la cpe|' +
  'les profs|le prof|la prof|le rectorat|la mairie|le maire|la police|les flics|' +
  'les gendarmes|la gendarmerie|le bailleur|le syndic|le proprio|le proprietaire|la regie|' +
  'la administration|le administration|la prefecture|la caf|la banque|le assurance|' +
  'la assurance|le patron|la boite|la hierarchie|les rh|le employeur|la justice|le juge|' +
  'personne|rien|les autorites|le etablissement|la entreprise|le club|la federation)';

const DOES_NOTHING = rx('g',
  `\\b${INSTITUTION}( ne| na| ne a)? (bouge|bougent|reagit|reagissent|repond|repondent|`,
  'fait|font|se bouge|se bougent)( toujours| jamais| plus)? (pas|rien|plus)( du tout)?\\b',
);

export function withoutInertInstitution(text: string): string {
  return gatedReplace(text, DOES_NOTHING, ' $1 ');
}
