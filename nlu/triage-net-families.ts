import type { Situation } from './triage-words';

/**
 * The safety net's danger lexicon, one family per kind of danger, over normalised text.
 * A family fires when one of its patterns matches (and its `requires` cue is there too),
 * unless the context (triage-net.ts) says it is past, negated, informational or fiction.
 * Built for recall: every family has emergencies and calm look-alikes in the spec.
 */
export interface NetFamily {
  id: string;
  situation: Situation;
  patterns: readonly RegExp[];
  /** A second cue that must be somewhere in the message. */
  requires?: RegExp;
  /** Cancelled when one of these is in the message. */
  unless?: RegExp;
  /** Information questions and past markers do not cancel it (calls for help, suicide). */
  always?: boolean;
  /** "souvent", "quand il boit" cancel it: habitual violence is the FAQ, not a 17. */
  habitCancels?: boolean;
  /** Matched before idioms are removed ("il a une arme à feu sur lui"). */
  beforeIdioms?: boolean;
}

/** Someone who can be a danger: the subject of "il me suit", "des mecs rodent". */
export const SOMEONE = '(il|elle|ils|elles|on|quelqu un|quelque un|quelquun|quelqun|qqn|un homme|' +
  'des hommes|un mec|des mecs|un type|des types|un gars|des gars|un individu|des individus|' +
  'des jeunes|un inconnu|des inconnus|une femme|un groupe|mon ex|des gens|un pervers|un fou|' +
  'un malade|un dingue|un tare|un ivrogne|des ados|un ado|une voiture|un scooter|' +
  'un automobiliste|un conducteur|un chauffard|un camion|une moto|un motard|un client|' +
  'une bande|jeunes|mecs|types|gars|hommes|individus|(deux|trois|\\d+) (mec|mecs|hommes|types|' +
  'gars|individus))';

/** A parent come for the children's weekend is no stalker: "il vient chercher les enfants". */
export const HANDOVER = new RegExp('\\b((vient|viennent|venu|venue|passe) (chercher|recuperer|' +
  'deposer|ramener) (les|mon|ma|nos|sa|son|ses) (enfants|enfant|fils|fille|petits|affaires)|' +
  'droit de visite|garde alternee)\\b');
