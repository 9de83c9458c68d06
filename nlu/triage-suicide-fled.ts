import { gatedTest } from './regex-gate';
import { suicidalAgain } from './triage-calm-recovered';
import { OTHERS_AT_RISK, SELF_HARM_DONE, STRANGER_ON_LEDGE } from './triage-net-despair';
import type { Situation } from './triage-rules';
import { rx } from './triage-words';
import { othersActNow } from './triage-suicide-relayed';
import { othersOutOfReach } from './triage-suicide-reach';

/** Gone from where someone watched them: a ward, a home, a door slammed, a run. */
const GONE = '(se est (enfui|enfuie|sauve|sauvee|barre|barree|tire|tiree|echappe|echappee|' +
  'casse|cassee|taille|taillee)|a (fugue|fui|quitte|claque la porte)|est (parti|partie|sorti|' +
  'sortie|reparti|repartie)|sont partis|vient de partir|a disparu|fugue|enfui|enfuie)';
/** Said on the way out: a height, a train, a river; never a pool or a parachute. */
const TO_JUMP = '(se jeter|sauter|se balancer|se lancer|se foutre en le air|en finir)' +
  '(?! (dans|a) (la|le|une|un) (piscine|lac pour nager|trampoline|flaque)| en parachute| a le ' +
  'elastique| dans ses bras| de joie| le pas| une classe| un repas)';

/**
 * Someone else who ran off saying they would jump ("un patient s'est enfui du service en
 * disant qu'il allait se jeter du pont"): a search now, so the police first, then the body,
 * the 3114 and 112; the person is gone, not on the line.
 */
export const FLED_TO_JUMP = rx('',
  `\\b${GONE}\\b( [a-z0-9]+){0,12} (en disant|en criant|en hurlant|en menacant|en parlant|`,
  'il a dit|elle a dit|il disait|elle disait|il repetait|elle repetait|il a ecrit|elle a ecrit|',
  'et dit|et a dit|en me disant|en nous disant|il dit|elle dit|il menace|elle menace)',
  `( [a-z]+){0,4} (${TO_JUMP})\\b`,
);

/** Gone for hours: a run-away, a missing adult, nobody knows where. */
const MISSING = '(a fugue|fugue|fuguer|a disparu|a disparue|disparu|disparue|introuvable|' +
  'pas rentre|pas rentree|pas revenu|pas revenue|est parti|est partie|se est enfui|' +
  'se est enfuie|se est barre|se est barree|sans nouvelles|plus de nouvelles)';
/** A farewell left behind: the note, the goodbye message, the words of an end. */
const FAREWELL_NOTE = '((lettre|mot|message|texto|sms|courrier|post|video)( [a-z]+){0,2} ' +
  '(de adieu|de adieux|dadieu|dadieux|pour dire adieu|pour nous dire adieu)|' +
  '(fait|faire|dit|dire) (ses|des) ' +
  'adieux|dit adieu|laisse un mot( [a-z]+){0,5} (en finir|mourir|partir pour toujours|' +
  'plus vivre|pardon))';

/**
 * Gone and a farewell left behind ("mon ado a fugué, il a laissé une lettre d'adieu"): the
 * person must be found before anything, so a search (17) leads, then 15, 3114 and 112.
 */
export const FLED_WITH_NOTE = rx('',
  `\\b${MISSING}\\b.{0,100}\\b${FAREWELL_NOTE}|\\b${FAREWELL_NOTE}.{0,100}\\b${MISSING}\\b`,
);

const SUICIDAL: ReadonlySet<Situation> = new Set(['suicide', 'suicide_attempt']);

/** What calms a message, read once (triage-net.ts calmContext). */
export interface SuicideCalm {
  past: boolean;
  question: boolean;
  settled: boolean;
}

/**
 * Who comes first for a suicidal message: the others at risk (17), someone to search for
 * (17), then the body (15). A message past, settled or told as over calms the search: a
 * run-off told from last year is no search tonight.
 */
export function addSuicideNuances(found: Set<Situation>, literal: string,
  calm: () => SuicideCalm): void {
  const calmNow = (): boolean => calm().settled || calm().past;
  const fled = gatedTest(FLED_TO_JUMP, literal) || gatedTest(FLED_WITH_NOTE, literal);
  if ((fled && !calmNow()) || suicidalAgain(literal)) {
    found.add('suicide');
  }
  // out of reach: the police locate them before the SAMU can reach the body
  if (othersOutOfReach(literal) && !calmNow() && !calm().question) {
    found.add('suicide_fled');
    found.delete('suicide_attempt');
    return;
  }
  // a young child on a ledge climbed there, as children do: a rescue, not the suicide line
  if (found.has('child_height')) {
    found.delete('suicide');
  }
  if (![...found].some((situation) => SUICIDAL.has(situation))) {
    return;
  }

  if (gatedTest(SELF_HARM_DONE, literal)) {
    found.add('suicide_attempt');
  }

  if (gatedTest(OTHERS_AT_RISK, literal) || gatedTest(STRANGER_ON_LEDGE, literal) ||
    othersActNow(literal)) {
    found.add('suicide_with_others');
  }

  if (fled) {
    found.add('suicide_fled');
  }
}
