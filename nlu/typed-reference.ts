import type { TopicResult } from './classifier';

/**
 * The pré-plainte reference this service gave (PP-7K4M-Q2XD, records/reference.ts) typed
 * back, alone or with a few framing words ("ma référence est PP-…"): the citizen comes back
 * about the complaint, which is the follow-up answer. The model has no words to learn from
 * in a random code and said "out of scope" (tester, round 38).
 */
const FOLLOW_UP = 'faq.complaint_followup';

/** Normalised text: "PP-7K4M-Q2XD" reads "pp 7k4m q2xd", "PP7K4MQ2XD" reads "pp7k4mq2xd". */
const REFERENCE = /\bpp ?([a-z0-9]{4}) ?([a-z0-9]{4})\b/;

/** "pp" is also a profile picture ("ma pp insta"): a code has a digit or is typed in capitals. */
const CAPITALS = /\bPP[\s\-_.]?[A-Z0-9]{4}[\s\-_.]?[A-Z0-9]{4}\b/;

/** More words than a framing sentence: the message says something else, for the model. */
const MAX_OTHER_WORDS = 8;

/** Taking the pré-plainte back has its own answer (dialogs/common/keywordAnswers.ts). */
const TAKE_BACK = new RegExp('\\b(retirer|retire|retirez|annuler|annule|annulez|supprimer|'
  + 'supprime|supprimez|effacer|efface|abandonner|abandonne|arreter|arrete|stopper)\\b');

export function typesReference(raw: string, normalized: string): boolean {
  const match = REFERENCE.exec(normalized);
  if (match === null || !(/\d/.test(match[1] + match[2]) || CAPITALS.test(raw))) {
    return false;
  }

  const rest = normalized.replace(match[0], ' ').split(' ').filter((word) => word !== '');
  return rest.length <= MAX_OTHER_WORDS && !TAKE_BACK.test(normalized);
}

export function withTypedReference(result: TopicResult, raw: string, normalized: string):
  TopicResult {
  if (!typesReference(raw, normalized)) {
    return result;
  }

  const score = Math.max(0.9, result.score);
  return { ...result, topic: FOLLOW_UP, score, ambiguous: false,
    alternatives: [{ topic: FOLLOW_UP, score },
      ...result.alternatives.filter((alternative) => alternative.topic !== FOLLOW_UP)] };
}
