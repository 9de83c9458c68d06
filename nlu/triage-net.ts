import { NET_DOOR_FORCED } from './triage-net-door-forced';
import { NET_ROUND29_T37 } from './triage-net-round29';
import { NET_ATTEMPT_REDONE } from './triage-net-attempt-redone';
import { NET_ROUND_T39 } from './triage-net-round-t39';
import { NET_BACK_AFTER_PATROL } from './triage-net-back-after-patrol';
import { pastRoundT44 } from './triage-calm-round-t44';
import { NET_ROUNDS_T4X } from './triage-net-rounds-t4x';
import { withoutSupposedScene } from './triage-hypothetical-witness';
import { eventDatedAgo } from './triage-calm-ago';
import { everydayCalm } from './triage-calm-everyday';
import { NET_CHILD_HEIGHT } from './triage-net-child-height';
import {
  GAME_MARKERS, HABIT_MARKERS, NOW_MARKERS, STRONG_NOW_MARKERS, UNDER_WAY,
} from './triage-context';
import { NET_ABROAD, NET_GONE_ABROAD } from './triage-far';
import { NET_WATER } from './triage-net-water';
import { NET_BREAK_IN } from './triage-net-break-in';
import { NET_CUT } from './triage-net-cut';
import { NET_CAPSIZED } from './triage-net-capsized';
import { NET_THROWN } from './triage-net-thrown';
import { NET_DOER_HERE } from './triage-net-doer-here';
import { NET_STROKE } from './triage-net-stroke';
import { NET_AIMED } from './triage-net-aimed';
import { NET_PILLS_PLAN } from './triage-net-pills-plan';
import { NET_PILLS_FAREWELL } from './triage-net-pills-farewell';
import { NET_FORCED } from './triage-net-forced';
import { NET_THREAT_HERE } from './triage-net-threat-here';
import { NET_RELAYED_TONIGHT } from './triage-net-relayed-tonight';
import { NET_LETTERS } from './triage-net-letters';
import { NET_GAS_SMELL } from './triage-net-gas-smell';
import { NET_LETTERS_BEFORE } from './triage-net-letters-before';
import { NET_MINOR_PARENT } from './triage-net-minor-parent';
import { NET_FOUND_DEAD } from './triage-net-found-dead';
import { NET_HEAD_BLOW } from './triage-net-head-blow';
import { NET_HEARD_FALL } from './triage-net-heard-fall';
import { NET_TYPING_SECRET } from './triage-net-typing-secret';
import { NET_TIDE } from './triage-net-tide';
import { NET_PILLS_TONIGHT } from './triage-net-pills-tonight';
import { NET_ROUND23 } from './triage-net-round23';
import { NET_ROUND24 } from './triage-net-round24';
import { NET_ROUND25 } from './triage-net-round25';
import { NET_ROUND26 } from './triage-net-round26';
import { NET_ROUND27_T35 } from './triage-net-round27';
import { hitAndRunTold } from './triage-calm-fled-driver';
import { NET_HOME_THREAT } from './triage-net-home-threat';
import { NET_HIDDEN } from './triage-net-hidden';
import { NET_FAREWELL } from './triage-net-farewell';
import { NET_RELAYED } from './triage-net-relayed';
import { NET_SHUT_IN } from './triage-net-shut-in';
import { NET_STUCK } from './triage-net-stuck';
import { NET_TAKEN } from './triage-net-taken';
import { NET_TONIGHT } from './triage-net-tonight';
import { asksHowToWriteForHelp } from './triage-unheard-asks';
import { NET_DANGER } from './triage-net-danger';
import { NET_DESPAIR } from './triage-net-despair';
import { NET_NOW_VIOLENCE } from './triage-net-now';
import type { NetFamily } from './triage-net-families';
import { NET_FRAGMENTS } from './triage-net-fragments';
import { NET_SOUNDS } from './triage-net-sounds';
import { NET_IMPLIED } from './triage-net-implied';
import { NET_MISSING } from './triage-net-missing';
import { NET_RESCUE } from './triage-net-rescue';
import { NET_SCENE } from './triage-net-scene';
import { NET_SLANG } from './triage-net-slang';
import { NET_DELIBERATE } from './triage-net-deliberate';
import { NET_HARM } from './triage-net-harm';
import { NET_HOME } from './triage-net-home';
import { NET_BODY } from './triage-net-body';
import { NET_HEART } from './triage-net-heart';
import { withoutCareStay } from './triage-care-stay';
import { NET_VULNERABLE } from './triage-net-vulnerable';
import { NET_WITNESS } from './triage-net-witness';
import { NET_NEGLECT } from './triage-net-neglect';
import { NET_PLAN } from './triage-net-plan';
import { NET_SIGNS } from './triage-net-signs';
import { NET_GONE } from './triage-net-gone';
import { NET_TOLD } from './triage-net-told';
import { NET_REMOTE } from './triage-net-remote';
import { withoutComplaintNow } from './triage-calm-complaint';
import { calmReport } from './triage-calm-report';
import { toldSafe } from './triage-calm-safe';
import {
  boatNoOneAtRisk, pastEpisodeStillSore, travelMedicines,
} from './triage-calm-aftermath';
import { askedAhead, papersPlea, toldAsPattern } from './triage-calm-pattern';
import { overAlready, protectionQuestion, settledMessage } from './triage-net-calm';
import { notUnderWay, toldNotLived } from './triage-calm-story';
import { nextTimeQuestion, preventionQuestion } from './triage-calm-asked';
import { numbersExplained } from './triage-calm-numbers';
import { lockedInAsHabit, toldCalm, writtenFiction } from './triage-calm-told';
import {
  HYPOTHETICAL, NET_DRILL, NET_FICTION, NET_INFO, NET_NOW, NET_PAST, REAL_DURING_DRILL, negatedAt,
} from './triage-net-context';
import type { Situation } from './triage-words';
import { gatedExec, gatedList, gatedTest } from './regex-gate';
import { once } from './once';
import { withoutWatching } from './triage-watching';
import { namesAFictionTitle } from './triage-calm-titles';
import { faintOverAtCare } from './triage-calm-faint';
import { askedForSchoolwork } from './triage-calm-schoolwork';
import { foundAgain } from './triage-calm-found';
import { withoutAnimalBlows } from './triage-calm-animal';
import { weaponLawQuestion } from './triage-calm-weapon-law';
import { burglaryFeared } from './triage-calm-burglary-fear';
import { blowsBesideMedia } from './triage-media-motive';
import { meetingSetOnline } from './triage-net-round-t100';

export const NET_FAMILIES: readonly NetFamily[] = [
  ...NET_DANGER, ...NET_DESPAIR, ...NET_NOW_VIOLENCE, ...NET_WITNESS, ...NET_RESCUE,
  ...NET_VULNERABLE, ...NET_MISSING, ...NET_SCENE, ...NET_FRAGMENTS, ...NET_SOUNDS, ...NET_IMPLIED,
  ...NET_SLANG, ...NET_DELIBERATE, ...NET_HOME, ...NET_BODY, ...NET_HEART, ...NET_HARM,
  ...NET_NEGLECT, ...NET_PLAN, ...NET_SIGNS, ...NET_GONE, ...NET_TOLD, ...NET_REMOTE, ...NET_ABROAD,
  ...NET_WATER, ...NET_HOME_THREAT, ...NET_HIDDEN, ...NET_FAREWELL, ...NET_RELAYED, ...NET_CAPSIZED,
  ...NET_THROWN, ...NET_PILLS_PLAN, ...NET_TONIGHT, ...NET_SHUT_IN, ...NET_GONE_ABROAD,
  ...NET_BREAK_IN, ...NET_CUT, ...NET_STUCK, ...NET_DOER_HERE, ...NET_STROKE, ...NET_AIMED,
  ...NET_TAKEN, ...NET_PILLS_FAREWELL, ...NET_FORCED, ...NET_THREAT_HERE, ...NET_RELAYED_TONIGHT,
  ...NET_LETTERS, ...NET_GAS_SMELL, ...NET_LETTERS_BEFORE, ...NET_MINOR_PARENT, ...NET_FOUND_DEAD,
  ...NET_HEAD_BLOW, ...NET_HEARD_FALL, ...NET_TYPING_SECRET, ...NET_TIDE, ...NET_PILLS_TONIGHT,
  ...NET_ROUND23, ...NET_CHILD_HEIGHT, ...NET_ROUND24, ...NET_ROUND25, ...NET_ROUND26,
  ...NET_ROUND27_T35, ...NET_DOOR_FORCED, ...NET_ROUND29_T37, ...NET_ATTEMPT_REDONE,
  ...NET_ROUND_T39, ...NET_BACK_AFTER_PATROL, ...NET_ROUNDS_T4X,
];

/** One scan per family instead of one per pattern: the net runs on every message. */
const FAMILY_SCANS: readonly RegExp[] = NET_FAMILIES.map((family) =>
  new RegExp(family.patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'g'));
const scanMayMatch = gatedList(FAMILY_SCANS);

/**
 * The recall-oriented safety net behind the precise phrase rules: a danger word of any
 * family (weapon, fire, break-in, overdose, fear of someone here...) is an emergency unless
 * the message is clearly past, negated, informational, fiction or habitual. A false alarm
 * costs the citizen a line of numbers; a miss can cost a life.
 */
export interface NetContext {
  past: boolean;
  info: boolean;
  fiction: boolean;
  habit: boolean;
  /** A joke, a riddle, a healed past attempt: calms every rule, calls for help included. */
  settled: boolean;
  /** What the citizen wrote, before typo correction: its cancels count too. */
  original: string;
}

/**
 * Where a scene happened, which the now markers also read as "here, now": with a clear
 * past ("hier soir devant chez moi", a tester's threat that was over) it is yesterday's.
 */
const SCENE_PLACES = new RegExp('(?<!\\b(est|sont|attend|attendent|reste|restent|rode|rodent|' +
  'tourne|tournent|guette|guettent|la|encore|toujours) )' +
  '\\b(devant chez moi|dans la rue|devant moi|a cote de moi|la devant)\\b', 'g');

/** Now markers other than a scene's place; most messages have none, and skip the copy. */
function nowBeyondScenes(text: string): boolean {
  return gatedTest(NOW_MARKERS, text) && gatedTest(NOW_MARKERS, text.replace(SCENE_PLACES, ' '));
}

/** What cancels the net, read once per message from the text the citizen wrote. */
export function contextOf(text: string): NetContext {
  const untimed = withoutComplaintNow(text);
  const now = nowBeyondScenes(untimed) || gatedTest(NET_NOW, untimed);
  const strongNow = gatedTest(STRONG_NOW_MARKERS, untimed);
  const settled = settledMessage(text) || lockedInAsHabit(text) || toldSafe(text) ||
    papersPlea(text) || travelMedicines(text);
  const timed = withoutCareStay(text);

  return {
    past: (gatedTest(NET_PAST, timed) && !now) || overAlready(timed) || notUnderWay(timed) ||
      toldCalm(timed) || toldAsPattern(timed) || boatNoOneAtRisk(text) ||
      pastEpisodeStillSore(text) || calmReport(text) || foundAgain(timed) ||
      everydayCalm(text) || hitAndRunTold(text) || eventDatedAgo(text, now || strongNow) ||
      faintOverAtCare(text) || pastRoundT44(text),
    info: !asksHowToWriteForHelp(text) &&
      ((gatedTest(NET_INFO, text) && !strongNow && !gatedTest(UNDER_WAY, text)) ||
        protectionQuestion(text) || preventionQuestion(text) || nextTimeQuestion(text) ||
        askedAhead(text) || numbersExplained(text) || weaponLawQuestion(text) ||
        burglaryFeared(text) || askedForSchoolwork(text)),
    fiction: settled || toldNotLived(text) || writtenFiction(text) ||
      ((gatedTest(NET_FICTION, withoutWatching(text)) || namesAFictionTitle(text) ||
        (gatedTest(GAME_MARKERS, text) && !strongNow)) && !blowsBesideMedia(text) &&
        !meetingSetOnline(text)) ||
      (gatedTest(NET_DRILL, text) && !gatedTest(REAL_DURING_DRILL, text)),
    habit: gatedTest(HABIT_MARKERS, text) && !strongNow,
    settled,
    original: text,
  };
}

function matchesUnnegated(pattern: RegExp, text: string): boolean {
  const match = gatedExec(pattern, text);
  return match !== null && !negatedAt(text, match.index);
}

/** Any match not negated: "pas de fumée, mais des flammes" is a fire. */
function anyUnnegated(global: RegExp, text: string): boolean {
  global.lastIndex = 0;
  for (let match = gatedExec(global, text); match !== null; match = global.exec(text)) {
    if (!negatedAt(text, match.index, match.index + match[0].length)) {
      return true;
    }
    global.lastIndex = match.index + 1;
  }
  return false;
}

function familyFires(index: number, literal: string, plain: string,
  contextFor: () => NetContext): boolean {
  // the danger words first: most messages have none, and the context and the cancels are the
  // longer regexes
  const family = NET_FAMILIES[index];
  const target = family.beforeIdioms ? plain : literal;
  if (!scanMayMatch(index, target) || !anyUnnegated(FAMILY_SCANS[index], target)) {
    return false;
  }

  const context = contextFor();
  if (!family.always && (context.past || context.info)) {
    return false;
  }

  if (context.fiction || (family.habitCancels && context.habit)) {
    return false;
  }

  if (family.requires && !matchesUnnegated(family.requires, literal)) {
    return false;
  }

  const { unless } = family;
  return !(unless && (gatedTest(unless, plain) || gatedTest(unless, context.original)));
}

/**
 * For the phrase rules too: a clear past ("hier", a date, a court case) and an information
 * question or fiction ("comment reconnaître un AVC", "un incendie à la télé").
 */
export function calmContext(context: NetContext):
  { past: boolean; question: boolean; settled: boolean } {
  return { past: context.past, question: context.info || context.fiction,
    settled: context.settled };
}

/** Cheap test before the clause regexes: most messages have none. */
const HYPOTHETICAL_HINT = new RegExp('\\b(faire|reagir|agir|cas|jamais|signes|symptomes|dois|' +
  'doit|faut|fais|fait|numero|appelle|qui|quoi|17|112|maintenant|tenir|suivre|gestes|reflexes|' +
  'proteger|defendre)\\b');

/** "que faire en cas d'incendie" is a question about fire, not a fire. */
export function withoutHypotheticals(text: string): string {
  // blows to an animal endanger no person, for the families read before the idioms too
  const aboutPeople = withoutSupposedScene(withoutAnimalBlows(text));
  if (!gatedTest(HYPOTHETICAL_HINT, aboutPeople)) {
    return aboutPeople;
  }

  return HYPOTHETICAL.reduce((out, clause) => out.replace(clause, ' '), aboutPeople)
    .replace(/ +/g, ' ')
    .trim();
}

/**
 * Situations the net finds. `plain`: the normalised text without hypothetical clauses;
 * `literal`: the same with idioms removed ("feu rouge", "mort de rire"); `context`: read
 * from `plain` before typo correction (the corrector once made "détecteur" "électeur").
 */
export function netSituations(literal: string, plain: string,
  context: () => NetContext = once(() => contextOf(plain))): Situation[] {
  return NET_FAMILIES.filter((_, index) => familyFires(index, literal, plain, context))
    .map((family) => family.situation);
}

/**
 * Danger words worth correcting typos back to ("coutau" is "couteau"). A short list: the
 * whole lexicon made the corrector turn "fusées" into "fumées" and "bipe" into a fire.
 */
const TYPO_TARGETS = [
  'couteau', 'couteaux', 'flingue', 'pistolet', 'machette', 'revolver', 'carabine', 'poignard',
  'kalachnikov', 'fusillade', 'cagoule', 'cagoules', 'cagoulee', 'encagoules', 'defoncer',
  'defonce', 'cambrioleur', 'cambrioleurs', 'incendie', 'secours', 'overdose', 'inconscient',
  'inconsciente', 'etrangle', 'tabasse', 'agresser', 'suicider', 'medicaments', 'detresse',
];

export function netVocabulary(): readonly string[] {
  return TYPO_TARGETS;
}

/**
 * The words of what cancels (idioms, past, questions, fiction): known to the corrector, so
 * that it never "corrects" them away ("détecteur de fumée" became "électeur de fumée").
 */
export function contextVocabulary(idioms: readonly RegExp[]): string[] {
  const sources = [NET_PAST, NET_INFO, NET_FICTION, NET_DRILL, ...HYPOTHETICAL, ...idioms]
    .concat(NET_FAMILIES.flatMap((family) => (family.unless ? [family.unless] : [])))
    .map((pattern) => pattern.source);
  return sources.flatMap((source) =>
    source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{5,}/g) ?? []);
}
