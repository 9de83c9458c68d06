import type { TopicResult } from './classifier';

/**
 * A topic the citizen named outright, in a message whose other words split the topic
 * model's votes. Only when the model found nothing sure; a sure topic keeps its answer.
 */
interface ExplicitIntent {
  topic: string;
  pattern: RegExp;
  /** What the same words mean elsewhere: the model's answer stands. */
  unless?: RegExp;
}

const INTENTS: readonly ExplicitIntent[] = [
  // "je veux porter plainte" after facts ("mon voisin m'a menacé avec un couteau il y a 3
  // jours, je veux porter plainte": none 0.30, harassment 0.26, pré-plainte 0.19)
  {
    topic: 'procedure.pre_complaint',
    pattern: new RegExp('\\b(je|on) (veux|voudrais|veut|voudrait|souhaite|souhaiterais|' +
      'aimerais|vais|compte) (porter|deposer|faire) (une )?(pre )?plainte\\b'),
    // a complaint against a town hall for a fall on its pavement is no offence the form
    // takes: how such a complaint works is the answer (tester, round 26)
    // ... nor a joke ("tué 20 fois sur un jeu, je vais porter plainte mdr"), left to the model
    unless: new RegExp('\\bplainte contre (la |ma |notre |une |l |le )?(mairie|commune|ville|'
      + 'municipalite|administration|prefecture|departement|collectivite|service public)\\b|'
      + '\\b(mdr|ptdr|lol|lool|xd|jpp|haha|hahaha|mort de rire)\\b'),
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

/**
 * A kind of facts named alone ("un vol", "cambriolage svp") says neither whether the citizen
 * wants to file a complaint or to know what to do: the model still picked one FAQ, sure of
 * it ("un vol" got the vehicle theft answer, tester14 F7). The pré-plainte and the closest
 * FAQ are both offered, the pré-plainte first.
 */
const BARE_FACTS: ReadonlyArray<[RegExp, string]> = [
  [/^vols?$/, 'faq.complaint_info'],
  [/^cambriolages?$/, 'faq.burglary_prevention'],
  [/^(escroquerie|escroqueries|arnaque|arnaques)$/, 'faq.online_scam'],
  [/^(agression|agressions|degradation|degradations|vandalisme)$/, 'faq.complaint_info'],
];
const AROUND = new RegExp('^((?:ce est|c est|ce etait|c etait|j ai eu|j ai subi|on a eu|pour|'
  + 'je viens pour|signaler|declarer) )*'
  + '(un |une |des |le |la |mon |ma )?(.+?)( svp| s il vous plait| stp'
  + '| merci)?$');
const PRE_COMPLAINT = 'procedure.pre_complaint';

function bareFact(result: TopicResult, normalized: string): TopicResult | undefined {
  const fact = AROUND.exec(normalized.trim())?.[3] ?? '';
  const faq = BARE_FACTS.find(([pattern]) => pattern.test(fact))?.[1];
  if (faq === undefined) {
    return undefined;
  }
  const score = Math.max(SURE, result.alternatives.find((entry) => entry.topic === PRE_COMPLAINT)
    ?.score ?? 0);
  return { ...result, topic: PRE_COMPLAINT, score, ambiguous: true,
    alternatives: [{ topic: PRE_COMPLAINT, score }, { topic: faq, score: score - 0.01 }] };
}

export function withExplicitIntent(result: TopicResult, normalized: string): TopicResult {
  const bare = bareFact(result, normalized);
  if (bare !== undefined) {
    return bare;
  }
  if (result.score >= SURE && result.topic !== 'none') {
    return result;
  }
  const named = INTENTS.find((intent) => intent.pattern.test(normalized));
  if (named === undefined || named.unless?.test(normalized) === true) {
    return result;
  }

  const kept = result.alternatives.find((alternative) => alternative.topic === named.topic);
  const score = Math.max(SURE, kept?.score ?? 0);
  return { ...result, topic: named.topic, score, ambiguous: false,
    alternatives: [{ topic: named.topic, score },
      ...result.alternatives.filter((alternative) => alternative.topic !== named.topic)] };
}
