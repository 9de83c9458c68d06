import type { EmergencyAssessment } from './types';
import { gatedExec, gatedReplace, gatedTest } from './regex-gate';
import { countWords, createCorrector, type Corrector } from './corrector';
import { dreadsHomeTonight, unheardSituations, writesOnly } from './triage-unheard';
import { GAME_MARKERS } from './triage-context';
import { CANNOT_HEAR, CHILD, PERSON_THREAT, REAL_WORDS, REPORTED_AS } from './triage-words';
import { addNuances } from './triage-nuances';
import {
  FICTION_MARKERS, HABIT_MARKERS, NOW_MARKERS, PAST_MARKERS, SITUATION_NUMBERS,
  SITUATION_PRIORITY, STRONG_NOW_MARKERS, TRIAGE_RULES, type Situation, type TriageRule,
} from './triage-rules';
import { isNegated } from './triage-negated';
import { respelled } from './triage-spoken';
import { learnerFrenchNow } from './triage-learner';
import { IDIOMS } from './triage-idiom-list';
import { withForeignDanger } from './triage-foreign';
import { withoutCareStay } from './triage-care-stay';
import { numbersWithCompanions } from './triage-companions';
import { once } from './once';
import { withoutWatching } from './triage-watching';
import { namesAFictionTitle } from './triage-calm-titles';
import { blowsBesideMedia } from './triage-media-motive';
import { withFarFirst } from './triage-far';
import { childAwayDreadingTonight } from './triage-net-neglect';
import { childGoingBackToAbuse } from './triage-net-told';
import { withoutComplaintNow } from './triage-calm-complaint';
import { withoutThings } from './triage-calm-things';
import { inlandOnly } from './triage-net-capsized';
import { huntNotRoad } from './triage-hunt-not-road';
import { threatenedIfHome } from './triage-net-home-threat';
import { blowsPromisedTonight } from './triage-net-tonight';
import { insistedReading } from './triage-insisted';
import { withoutAdultKin } from './triage-adult-kin';
import {
  calmContext, contextOf, contextVocabulary, netSituations, netVocabulary, withoutHypotheticals,
} from './triage-net';

/**
 * Emergency triage: runs on the normalised text before any topic is looked for, and is
 * built for recall (a missed emergency is the worst bug) with the negation, past-time and
 * figurative checks that keep false alarms rare.
 */
export interface Triage {
  /** `normalized` must come from normalize(); typos are corrected here. */
  assess(normalized: string): EmergencyAssessment;
  /** Prepares the typo corrector now rather than on the first unknown word. */
  warm(): void;
}

// a child writing for himself counts too: "j'ai 11 ans, mon beau-père m'a tapé"
const CHILD_WORDS = new RegExp(`\\b(${CHILD}|eleves|je ai ([5-9]|1[0-7]) ans|(frere|soeur|` +
  'cousin|cousine|garcon|voisin|voisine) de ([1-9]|1[0-7]) ans)\\b');

/**
 * A citizen who cannot hear or speak on the phone, or can only write ("je ne peux
 * qu'écrire"): in any danger the SMS 114 comes first.
 */
const CANNOT_CALL = new RegExp(`\\b(je suis|suis|jsuis|chui) (${CANNOT_HEAR})\\b|` +
  // "malentendant. feu dans la cuisine": who they are, first
  `^(${CANNOT_HEAR})\\b|` +
  '\\b(peux|peut|pouvons) (que|seulement|juste|uniquement|plus que) (ecrire|taper|texter|' +
  'envoyer des (sms|messages|textos))\\b|\\b(peux|peut) (envoyer|ecrire) que des ' +
  '(sms|messages|textos)\\b');
const VIOLENT: ReadonlySet<Situation> = new Set(['violence', 'weapon', 'domestic_violence']);
/** Blows under way: not what a child away from home and dreading tonight tells. */
const HARM_NOW: readonly Situation[] = ['violence', 'domestic_violence', 'child_violence'];
/** Never cancelled by an information question: "comment me suicider", "au secours". */
const ALWAYS: ReadonlySet<Situation> = new Set(['hiding', 'suicide', 'generic']);
const NOT_DETECTED: EmergencyAssessment = { detected: false, numbers: [] };

function ruleMatches(rule: TriageRule, text: string): boolean {
  return rule.patterns.some((pattern) => {
    const match = gatedExec(pattern, text);
    return match !== null && !isNegated(text, match, rule.cooccurrence === true);
  });
}

/** The markers every rule looks at, read once per message. */
interface RuleContext {
  now: boolean;
  habit: boolean;
  past: boolean;
  fiction: boolean;
}

function ruleContextOf(text: string): RuleContext {
  const untimed = withoutComplaintNow(text);

  // who cannot call writes while it happens: their "il me frappe" needs no "en ce moment"
  return {
    now: gatedTest(NOW_MARKERS, untimed) || gatedTest(CANNOT_CALL, text) ||
      // who writes little French tells what happens with no "en ce moment"
      (learnerFrenchNow(text) && !gatedTest(PAST_MARKERS, text)),
    habit: gatedTest(HABIT_MARKERS, text) && !gatedTest(STRONG_NOW_MARKERS, text),
    past: gatedTest(PAST_MARKERS, withoutCareStay(text)),
    fiction: (gatedTest(FICTION_MARKERS, withoutWatching(text)) || namesAFictionTitle(text) ||
      (gatedTest(GAME_MARKERS, text) && !gatedTest(STRONG_NOW_MARKERS, text))) &&
      !blowsBesideMedia(text),
  };
}

function ruleApplies(rule: TriageRule, text: string, contextFor: () => RuleContext): boolean {
  // the danger words first: most messages have none, and need no context
  if (!ruleMatches(rule, text)) {
    return false;
  }

  const context = contextFor();
  const { now, habit } = context;
  if (rule.needsNow && (!now || habit)) {
    return false;
  }

  if (rule.pastCancels && !now && context.past) {
    return false;
  }

  if (rule.fictionCancels && context.fiction) {
    return false;
  }

  return !(rule.unless && gatedTest(rule.unless, text));
}

function withoutFigures(text: string): string {
  return IDIOMS.reduce((out, idiom) => gatedReplace(out, idiom, ' '), withoutThings(text))
    .replace(/ +/g, ' ')
    .trim();
}

/**
 * The message without what the rules read as no danger (idioms, "si ... je dois appeler
 * qui ?"), for a learned model to score: "mon patron va me tuer si j'arrive en retard" keeps
 * only "mon patron". `normalized` must come from normalize().
 */
export function withoutCalmClauses(normalized: string): string {
  return withoutFigures(withoutHypotheticals(normalized));
}

/**
 * The situations found in an already corrected text, most important first; `original` is
 * the text before correction, whose context (past, information question...) decides.
 */
export function situationsOf(text: string, original = text): Situation[] {
  const plain = withoutHypotheticals(text);
  const literal = withoutFigures(plain);
  const originalPlain = original === text ? plain : withoutHypotheticals(original);
  const netContext = once(() => contextOf(originalPlain));
  const calmFor = once(() => calmContext(netContext()));
  const context = once(() => ruleContextOf(literal));
  const found = new Set<Situation>();

  for (const rule of TRIAGE_RULES) {
    if (!ruleApplies(rule, literal, context)) {
      continue;
    }
    // a clear past ("hier", "l'an dernier", a date) calms every rule but a call for help
    const calm = calmFor();
    const cancelled = calm.settled ||
      (!ALWAYS.has(rule.situation) && (calm.question || calm.past));
    if (!cancelled) {
      found.add(rule.situation);
    }
  }

  // the safety net: danger words the phrase rules did not place in a sentence they know
  netSituations(literal, plain, netContext).forEach((situation) => found.add(situation));
  unheardSituations(literal).forEach((situation) => found.add(situation));
  if (found.has('drowning') && inlandOnly(literal)) {
    found.delete('sea');
  }

  if (found.has('road_injury') && huntNotRoad(literal)) {
    found.delete('road_injury');
    found.add('medical');
  }

  if ([...found].some((situation) => VIOLENT.has(situation)) &&
    gatedTest(CHILD_WORDS, withoutAdultKin(literal))) {
    found.add('child_violence');
  }

  addNuances(found, literal, calmFor);

  if (found.has('child_neglect') &&
    (childAwayDreadingTonight(literal) || dreadsHomeTonight(literal) ||
      childGoingBackToAbuse(literal) || threatenedIfHome(plain) ||
      blowsPromisedTonight(literal)) &&
    !gatedTest(STRONG_NOW_MARKERS, literal)) {
    HARM_NOW.forEach((situation) => found.delete(situation));
    // "son daron va le défoncer" is tonight's blows, not a door broken in
    if (dreadsHomeTonight(literal) || threatenedIfHome(plain) || blowsPromisedTonight(literal)) {
      found.delete('intrusion');
    }
  }

  if (found.size > 0 && (gatedTest(CANNOT_CALL, literal) || writesOnly(literal))) {
    // someone dangerous there: hiding (114, 17); else 114 ahead of the danger's own service
    found.add([...found].some((kind) => PERSON_THREAT.has(kind)) ? 'hiding' : 'cannot_call');
  }

  return SITUATION_PRIORITY.filter((situation) => found.has(situation));
}

function assessmentOf(situations: Situation[]): EmergencyAssessment {
  if (situations.length === 0) {
    return NOT_DETECTED;
  }

  const numbers = numbersWithCompanions(situations, (situation) => SITUATION_NUMBERS[situation]);
  // who cannot call only orders the numbers: the agents read the danger itself
  const reported = situations.find((situation) => situation !== 'cannot_call') ?? 'hiding';

  return { detected: true, numbers, situation: REPORTED_AS[reported] ?? reported };
}

/** Every word the rules look for, so that typos of them can be corrected back. */
export function triageVocabulary(): Map<string, number> {
  const sources = TRIAGE_RULES.flatMap((rule) => rule.patterns.map((pattern) => pattern.source))
    .concat(NOW_MARKERS.source, CHILD_WORDS.source);
  const words = sources.flatMap((source) =>
    source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{2,}/g) ?? []);
  return countWords([words.concat(netVocabulary()).join(' ')]);
}

/**
 * `knownWords` (the corpus vocabulary) keeps real words from being "corrected" into danger
 * words; triage words win ties so that "secour" becomes "secours".
 */
export function createTriage(knownWords: ReadonlyMap<string, number> = new Map()): Triage {
  const vocabulary = new Map(knownWords);
  for (const word of contextVocabulary(IDIOMS).concat(REAL_WORDS)) {
    vocabulary.set(word, vocabulary.get(word) ?? 1);
  }
  const dangerWords = triageVocabulary();
  for (const [word, count] of dangerWords) {
    vocabulary.set(word, (vocabulary.get(word) ?? 0) + count + 1000);
  }
  const corrector: Corrector = createCorrector(vocabulary);

  // only corrections INTO a danger word, keeping the first two letters: typos rarely start a
  // word, and "cachette" must not become "machette", nor "étage" "otage"
  const toDangerWord = (word: string): string => {
    const corrected = corrector.correctWord(word);
    const sameStart = corrected.slice(0, 2) === word.slice(0, 2);
    return sameStart && dangerWords.has(corrected) ? corrected : word;
  };

  return {
    warm: () => corrector.warm(),
    assess(normalized) {
      // both spellings: a correction must never hide what the citizen literally wrote; the
      // respelling reads dictation homophones and family words the way the rules do; a
      // message that insists is also read without its intensifiers and negated disclaimers
      const insisted = insistedReading(normalized);
      const corrected = respelled(insisted).split(' ').map(toDangerWord).join(' ');
      const found = new Set(situationsOf(normalized));
      if (insisted !== normalized) {
        situationsOf(insisted).forEach((situation) => found.add(situation));
      }
      if (corrected !== insisted) {
        situationsOf(corrected, insisted).forEach((situation) => found.add(situation));
      }
      const rules = assessmentOf(SITUATION_PRIORITY.filter((situation) => found.has(situation)));
      // a tourist's danger in English, Spanish, German or Italian: 112 first
      return withFarFirst(withForeignDanger(rules, normalized), normalized);
    },
  };
}
