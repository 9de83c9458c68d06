import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "L'inondation a emporté nos papiers, comment les refaire": papers lost to a flood, a cyclone
 * or a fire, asked how to replace. The disaster is told as what took them (blind77, t58), not
 * as under way. Water still rising, someone trapped or hurt keeps the alarm.
 */
const DISASTER_TOOK_PAPERS = rx('',
  '\\b(inondation|inondations|crue|cyclone|ouragan|tempete|incendie|feu|eau|coulee de boue)',
  '\\b.{0,30}\\b(a|ont|avait) (emporte|emportes|detruit|detruits|brule|brules|abime|abimes|',
  'noye|noyes|pris|ravage) (nos|mes|tous nos|tous mes|toutes nos|toutes mes|nos derniers|',
  'les) (papiers|documents|cartes|passeports|permis|carte|passeport|livret)\\b',
);

const HOW_TO_REPLACE = rx('',
  '\\b(refaire|remplacer|recuperer|duplicata|demarches|comment|que faire|on fait quoi|',
  'je fais comment|qui contacter)\\b',
);

const STILL_UNDER_WAY = rx('',
  '\\b(monte|montent|encore|toujours|en ce moment|maintenant|coince|coinces|coincee|bloque|',
  'bloques|bloquee|sur le toit|blesse|blesses|blessee|disparu|disparue|au secours|vite|',
  'a l aide|urgent)\\b',
);

export function papersLostToADisaster(text: string): boolean {
  return gatedTest(DISASTER_TOOK_PAPERS, text) && gatedTest(HOW_TO_REPLACE, text) &&
    !gatedTest(STILL_UNDER_WAY, text);
}
