import type { TopicResult } from './classifier';

/**
 * "je veux porter plainte" said outright, in a message whose facts split the topic model's
 * votes ("mon voisin m'a menacé avec un couteau il y a 3 jours, je veux porter plainte":
 * none 0.30, harassment 0.26, pré-plainte 0.19): the citizen named what they want.
 * Only when the model found nothing sure; a sure topic keeps its answer.
 */
const WANTS_TO_COMPLAIN = new RegExp('\\b(je|on) (veux|voudrais|veut|voudrait|souhaite|' +
  'souhaiterais|aimerais|vais|compte) (porter|deposer|faire) (une )?(pre )?plainte\\b');

const PRE_COMPLAINT = 'procedure.pre_complaint';

/** Below this the model's own answer is no answer (as the router's "not sure"). */
const SURE = 0.5;

export function withExplicitIntent(result: TopicResult, normalized: string): TopicResult {
  if (result.score >= SURE && result.topic !== 'none') {
    return result;
  }
  if (!WANTS_TO_COMPLAIN.test(normalized)) {
    return result;
  }
  const kept = result.alternatives.find((alternative) => alternative.topic === PRE_COMPLAINT);
  const score = Math.max(SURE, kept?.score ?? 0);
  return { ...result, topic: PRE_COMPLAINT, score, ambiguous: false,
    alternatives: [{ topic: PRE_COMPLAINT, score },
      ...result.alternatives.filter((alternative) => alternative.topic !== PRE_COMPLAINT)] };
}
