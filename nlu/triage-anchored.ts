import type { EmergencyAssessment } from './types';
import { normalize } from './normalize';
import { rx } from './triage-words';
import { gatedTest } from './regex-gate';
import { turnedClauses } from './triage-turn';
import { assessAfterLoss } from './triage-after-loss';

/**
 * A long message whose calm beginning hides a danger told after it: "je voulais savoir
 * comment on obtient un certificat... Mais là il est revenu, il est dans le jardin avec un
 * couteau". Read whole, the administrative question or the settled past of the beginning
 * calms everything; the sentence that says "now" is an emergency on its own. So when the
 * whole is calm, each sentence anchored in the present is read alone.
 *
 * A story told in the present ("hier soir... et là il sort un couteau") uses the same "et
 * là": in a message dated in the past the weak anchors (mais là, et là) do not count, only
 * the strong ones (maintenant, en ce moment...). Dreams, films, news and games count none.
 */
const STRONG_ANCHOR = rx('',
  '\\b(maintenant|en ce moment|actuellement|a le instant|la tout de suite|a cette minute|',
  'en direct|right now|il y a (une|deux|cinq) minutes?|ce soir|cette nuit)\\b',
);

/** "Mais là il est revenu", "et là, ils sont devant" at the head of a sentence. */
const WEAK_ANCHOR = rx('', '^(mais|et|sauf que|seulement|en fait|et en fait|or) la\\b');

/** The whole message is a story of another day: its "et là" is narration. */
const DATED_STORY = rx('',
  '\\b((?<!depuis )hier|avant hier|le an dernier|le annee derniere|le mois dernier|',
  'la semaine derniere|le ete dernier|le hiver dernier|le autre jour|le autre soir|',
  'il y a (\\d+|quelques|plusieurs|deux|trois|quatre|cinq|six|dix) ',
  '(jours|semaines|mois|ans|annees)|quand je etais|a le epoque|autrefois|une fois|',
  'ce jour la|ce soir la|cette nuit la|ce week end|le week end dernier)\\b',
);

/** Not lived at all: a dream, a screen, a book, the news, a game, a drill. */
const NOT_LIVED = rx('',
  '\\b(reve|reves|revee|cauchemar|cauchemars|film|films|serie|series|livre|roman|nouvelle|',
  'scenario|episode|netflix|manga|bd|theatre|jeu video|jeux video|partie de|aux infos|',
  'au journal|reportage|documentaire|article|exercice|simulation|jeu de role|fiction|',
  'imagine|imaginons|supposons|et si)\\b',
);

const MIN_SENTENCES = 2;

/** What the learned vote calls its own detections. */
const UNCERTAIN = 'uncertain';

/** The message's sentences, as the citizen cut them. */
function sentencesOf(raw: string): string[] {
  return raw.split(/(?<=[.!?;…])\s+|\n+/).map((part) => part.trim()).filter(Boolean);
}

/** The sentences worth reading alone, normalised; none when the message is not lived. */
export function anchoredSentences(raw: string): string[] {
  const sentences = sentencesOf(raw);
  if (sentences.length < MIN_SENTENCES) {
    return [];
  }

  const whole = normalize(raw);
  if (gatedTest(NOT_LIVED, whole)) {
    return [];
  }

  const dated = gatedTest(DATED_STORY, whole);
  return sentences.map(normalize).filter((sentence) =>
    gatedTest(STRONG_ANCHOR, sentence) || (!dated && gatedTest(WEAK_ANCHOR, sentence)));
}

/** The sentences and the clauses after a turn worth reading alone; none in a dream. */
function presentParts(raw: string, whole: string): string[] {
  return anchoredSentences(raw).concat(turnedClauses(whole));
}

/** The first anchored sentence that is an emergency on its own, or the calm verdict. */
export function assessAnchored(raw: string, calm: EmergencyAssessment,
  assess: (normalized: string) => EmergencyAssessment): EmergencyAssessment {
  const whole = normalize(raw);
  if (gatedTest(NOT_LIVED, whole)) {
    return calm;
  }

  for (const sentence of presentParts(raw, whole)) {
    const alone = assess(sentence);
    // the learned vote has read the whole message; a sentence out of its context needs the
    // rules' own reading ("j'ai 38 ans maintenant" is no danger)
    if (alone.detected && alone.situation !== UNCERTAIN) {
      return alone;
    }
  }
  // what follows a theft or a loss is not calmed by its complaint
  return assessAfterLoss(whole, calm, assess);
}
