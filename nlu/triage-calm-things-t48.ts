import { gatedReplace, gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Two clauses about things that use a danger's words, removed before matching like idioms
 * (so a person in danger told beside them is still read): exhaust fumes, which are no gas
 * leak ("ça sent le gaz d'échappement dans la rue"), and a fist on the table, the desk or
 * the wall, which hits no one ("papa tape sur la table quand on parle politique").
 */
const EXHAUST = rx('g',
  '\\b((le|les|des|du|de|un|une|la|cette|ces) )?(gaz|fumee|fumees|odeur|odeurs|vapeurs) ',
  '(de )?(pot de )?echappement\\b|\\b(pot|pots|tuyau|tuyaux) de echappement\\b',
);
/**
 * Exhaust that poisons a person: someone inside a closed garage or car, unwell, a hose.
 * Then the clause stays, and so does the alarm.
 */
const POISONING = rx('',
  '\\b(malaise|inconscient|inconsciente|respire|evanoui|evanouie|vomi|vomit|endormi|',
  'endormie|somnolent|somnolente|repond plus|repond pas|bouge plus|bouge pas|suicid[a-z]*|',
  'en finir|mourir|mal a la tete|vertiges?|etourdi|etourdie|tousse|etouffe|intoxique|',
  'intoxiquee|monoxyde|dedans|a le interieur|enferme|enfermee|ferme|fermee|branche|',
  'bebe|enfant)\\b',
);

/** A fist or a hand on a piece of furniture or a wall; a door is left to the rules. */
const STRUCK_FURNITURE = rx('g',
  // "ça cogne contre le mur" is a sound from next door, not someone's temper
  '(?<!\\b(ca|sa|on|qui|entends|entend) )\\b(tape|tapes|tapent|taper|frappe|frappent|frapper|',
  'cogne|cognent|cogner|tambourine|',
  'donne des coups|donne un coup|met des coups|met un coup)( du poing| des poings| du pied| ',
  'des pieds| de la main| fort| tres fort)? (sur|dans|contre) (la|le|les|un|une|son|sa|ses|',
  'mon|ma|mes|des) (table|tables|bureau|mur|murs|volant|clavier|meuble|meubles|cloison|',
  'cloisons|plafond|comptoir|frigo|placard|placards|plan de travail|accoudoir|canape|',
  'coussin|oreiller|sac de frappe|punching ball|batterie|tambour)\\b',
);

/** The gate: one of the two clauses' rare words. */
const GATE = rx('',
  '\\b(echappement|tables?|bureau|murs?|volant|clavier|meubles?|cloisons?|plafond|comptoir|',
  'frigo|placards?|plan de travail|accoudoir|canape|coussin|oreiller|sac de frappe|',
  'punching ball|batterie|tambour)\\b',
);

/** Someone in distress beside the blows: they may not be on the table. */
const DISTRESS = /\b(pleure|pleurent|hurle|hurlent|au secours|a le aide|gemit|supplie)\b/;

export function withoutThingsT48(text: string): string {
  if (!gatedTest(GATE, text)) {
    return text;
  }

  const noExhaust = gatedTest(POISONING, text) ? text : gatedReplace(text, EXHAUST, ' ');
  return gatedTest(DISTRESS, noExhaust)
    ? noExhaust
    : gatedReplace(noExhaust, STRUCK_FURNITURE, ' ');
}
