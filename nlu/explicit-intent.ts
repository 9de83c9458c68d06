import type { TopicResult } from './classifier';

/**
 * A topic the citizen named outright, in a message whose other words split the topic
 * model's votes. Only when the model found nothing sure; a sure topic keeps its answer.
 */
interface ExplicitIntent {
  topic: string;
  pattern: RegExp;
}

const INTENTS: readonly ExplicitIntent[] = [
  // "je veux porter plainte" after facts ("mon voisin m'a menacé avec un couteau il y a 3
  // jours, je veux porter plainte": none 0.30, harassment 0.26, pré-plainte 0.19)
  {
    topic: 'procedure.pre_complaint',
    pattern: new RegExp('\\b(je|on) (veux|voudrais|veut|voudrait|souhaite|souhaiterais|' +
      'aimerais|vais|compte) (porter|deposer|faire) (une )?(pre )?plainte\\b'),
  },
  // the record's own names, which nothing else uses: a job or a place around them ("B3 pour
  // un CDD en maison de retraite") pulled the vote to `none` (pensions) or elsewhere
  {
    topic: 'faq.criminal_record',
    pattern: new RegExp('\\b(b3|bulletin (n|ne|no|numero) ?(3|trois)|casier judiciaire|' +
      'extrait de (mon |ton |son )?casier)\\b'),
  },
];

/** Below this the model's own answer is no answer (as the router's "not sure"). */
const SURE = 0.5;

export function withExplicitIntent(result: TopicResult, normalized: string): TopicResult {
  if (result.score >= SURE && result.topic !== 'none') {
    return result;
  }
  const named = INTENTS.find((intent) => intent.pattern.test(normalized));
  if (named === undefined) {
    return result;
  }

  const kept = result.alternatives.find((alternative) => alternative.topic === named.topic);
  const score = Math.max(SURE, kept?.score ?? 0);
  return { ...result, topic: named.topic, score, ambiguous: false,
    alternatives: [{ topic: named.topic, score },
      ...result.alternatives.filter((alternative) => alternative.topic !== named.topic)] };
}
