import type { Understanding } from '../../nlu/types';
import {
  asksForHuman, interruptionFor, isPunctuationOnly, sameWords, shortcutFor,
} from '../common/commands';
import type { Interruption } from '../common/commands';
import { type KeywordAnswer, keywordAnswerFor } from '../common/keywordAnswers';
import { asksForEmergencyNumbers } from '../../nlu/numbers-question';
import { isBabble } from '../common/babble';
import { isMarkupOnly } from '../common/markup';
import { numberNamedIn } from '../common/numberNamed';
import { numbersAsked } from './emergencyNumbers';
import { asksAboutOtv } from './otvQuestion';
import { asksAboutPreComplaint } from './preComplaintQuestion';
import { childWitnessAnswer } from './childWitness';
import { violenceInsteadOfPreComplaint } from './violenceComplaint';
import { asksIfStillTime, supposesTheCase } from './complaintAsked';
import { harassedChildAnswer } from './harassedChild';

export const PRE_COMPLAINT_TOPIC = 'procedure.pre_complaint';
export const OTV_TOPIC = 'procedure.otv';

/** Its answer closes the exchange: "merci" needs no classifier to be understood. */
const THANKS_TOPIC = 'smalltalk.thanks';

/** What the router remembers between turns, in conversation state. */
export interface RouterMemory {
  /** "Not sure" answers in a row; reset by any understood message. */
  notUnderstood: number;
  /** The two topics offered by the last clarification, until the next message. */
  clarification?: string[];
  /** References filed in this conversation, for "finalement je veux la retirer". */
  filed?: { preComplaint?: string; otv?: string };
}

export type Route =
  | { kind: 'interruption'; interruption: Interruption }
  | { kind: 'ask' }
  | { kind: 'closing' }
  | { kind: 'answer'; topic: string }
  | { kind: 'keyword'; answer: KeywordAnswer }
  | { kind: 'procedure'; topic: string; dialogId: string }
  | { kind: 'explain'; topic: string }
  | { kind: 'handoff' }
  | { kind: 'clarify'; candidates: [string, string] }
  | { kind: 'outOfScope' }
  | { kind: 'notSure' }
  /** Every emergency number, those the question names (`asked`) first. */
  | { kind: 'numbers'; asked: string[] };

export interface RoutingRules {
  /** Below this score the router does not trust the topic and says it is not sure. */
  minScore: number;
  /** An ambiguous message is clarified only when its best candidate reaches this score. */
  minClarifyScore: number;
  /** topic id → dialog id of the registered procedures. */
  procedures: ReadonlyMap<string, string>;
  /** True when a template answers this topic (faq/<topic>). */
  hasAnswer(topic: string): boolean;
  /** The label shown for a topic on a clarification button. */
  labelOf(topic: string): string;
}

/** The clarification button the citizen clicked (or typed), if any. */
function chosenCandidate(
  text: string,
  memory: RouterMemory,
  rules: RoutingRules,
): string | undefined {
  return memory.clarification?.find((topic) => sameWords(text, rules.labelOf(topic)));
}

function routeTopic(topic: string, rules: RoutingRules): Route {
  const dialogId = rules.procedures.get(topic);
  if (dialogId !== undefined) {
    return { kind: 'procedure', topic, dialogId };
  }
  if (topic === 'handoff.request') {
    return { kind: 'handoff' };
  }
  return rules.hasAnswer(topic) ? { kind: 'answer', topic } : { kind: 'notSure' };
}

function clarifiable(
  understanding: Understanding,
  rules: RoutingRules,
): [string, string] | undefined {
  const [first, second] = understanding.alternatives.map((alternative) => alternative.topic);
  const usable = (topic: string | undefined): topic is string =>
    topic !== undefined && topic !== 'none' && rules.hasAnswer(topic);
  const confident = (understanding.alternatives[0]?.score ?? 0) >= rules.minClarifyScore;
  const distinct = usable(first) && usable(second) && first !== second;
  return understanding.ambiguous && confident && distinct ? [first, second] : undefined;
}

/** Decides what the main dialog does with a message, when no procedure is running. */
export function route(
  understanding: Understanding,
  memory: RouterMemory,
  rules: RoutingRules,
): Route {
  const interruption = isPunctuationOnly(understanding.text) ? 'help'
    : interruptionFor(understanding.text);
  if (interruption !== undefined) {
    return { kind: 'interruption', interruption };
  }
  if (asksForHuman(understanding.text)) {
    // what the rest of the message is about matters less than the person asked for
    return { kind: 'interruption', interruption: 'handoff' };
  }

  if (isBabble(understanding.normalized) || isMarkupOnly(understanding.text)) {
    // whatever topic the model is nearest to, nothing was said: a goodbye would end it
    return { kind: 'notSure' };
  }

  const shortcut = shortcutFor(understanding.text);
  if (shortcut === 'ask' || shortcut === 'yes') {
    return { kind: 'ask' };
  }
  if (shortcut === 'done') {
    // "non", "ok", "merci" after "autre chose ?": understood, nothing left to answer
    return { kind: 'closing' };
  }
  if (shortcut === 'thanks') {
    return routeTopic(THANKS_TOPIC, rules);
  }
  if (shortcut === 'preComplaint') {
    return routeTopic(PRE_COMPLAINT_TOPIC, rules);
  }
  if (shortcut === 'otv') {
    return routeTopic(OTV_TOPIC, rules);
  }

  // "on m'a volé mon vélo l'an dernier, je peux encore porter plainte ?": the delay, and the
  // pré-plainte offered rather than begun (t99)
  if (asksIfStillTime(understanding) && rules.procedures.has(PRE_COMPLAINT_TOPIC)) {
    return { kind: 'keyword', answer: 'lateComplaint' };
  }

  // what the model has no topic for, or reads as another one ("retirer ma pré-plainte" is
  // no follow-up of a complaint filed at a brigade)
  const keyword = keywordAnswerFor(understanding.text,
    { filedPreComplaint: memory.filed?.preComplaint !== undefined });
  if (keyword !== undefined) {
    return { kind: 'keyword', answer: keyword };
  }

  // a question about a procedure is answered, and the procedure offered, not begun
  const explained = asksAboutPreComplaint(understanding) ? PRE_COMPLAINT_TOPIC
    : asksAboutOtv(understanding) ? OTV_TOPIC : undefined;
  if (explained !== undefined && rules.procedures.has(explained)
    && rules.hasAnswer(explained)) {
    return { kind: 'explain', topic: explained };
  }

  // the specialised lines (119, 3919) keep their topic's answer, which explains them
  if (asksForEmergencyNumbers(understanding.normalized)
    && understanding.topic === 'faq.about_service') {
    return { kind: 'numbers', asked: numbersAsked(understanding.normalized) };
  }

  // a general question about a number (abroad, on a poster, in a film) is no question about
  // this service, yet what the number is still answers it better than "out of scope"
  const named = understanding.topic === 'none' ? numberNamedIn(understanding.normalized)
    : undefined;
  if (named !== undefined) {
    return named === 'emergency'
      ? { kind: 'numbers', asked: numbersAsked(understanding.normalized) }
      : { kind: 'keyword', answer: 'lineFor' };
  }

  const chosen = chosenCandidate(understanding.text, memory, rules);
  if (chosen !== undefined) {
    return routeTopic(chosen, rules);
  }

  const candidates = clarifiable(understanding, rules);
  if (candidates !== undefined) {
    return { kind: 'clarify', candidates };
  }

  if (understanding.score < rules.minScore) {
    return { kind: 'notSure' };
  }
  if (understanding.topic === 'none') {
    return { kind: 'outOfScope' };
  }
  // "si un jour on me vole mon vélo, je fais quoi ?" supposes the case: explained (t99)
  const topic = understanding.topic;
  if ((topic === PRE_COMPLAINT_TOPIC || topic === OTV_TOPIC) && supposesTheCase(understanding)
    && rules.procedures.has(topic) && rules.hasAnswer(topic)) {
    return { kind: 'explain', topic };
  }
  // violence told with a complaint asked: not the online form, which would turn it away
  const violence = violenceInsteadOfPreComplaint(understanding);
  if (violence !== undefined && rules.procedures.has(violence)) {
    return routeTopic(violence, rules);
  }
  const hasAnswer = (known: string): boolean => rules.hasAnswer(known);
  return childWitnessAnswer(understanding, hasAnswer)
    ?? harassedChildAnswer(understanding, hasAnswer)
    ?? routeTopic(topic, rules);
}
