import type { TopicResult } from './classifier';
import { europeanNumbers, generalQuestion, withFictionNumbers } from './numbers-general';

/**
 * A question about the emergency numbers themselves ("c'est quoi le numéro des pompiers",
 * "le 112 marche à l'étranger ?", "différence entre le 15 et le 18"): the classifier has no
 * topic for it (it went to "out of scope" with pages about phone portability), and this
 * service above all must answer it. A unit's own number ("numéro de la gendarmerie de
 * Rennes") stays the contact topic; "un numéro pour les sourds" is one of these questions.
 */
const DEAF = '(sourde?s?|malentendante?s?)';
const CALLED = '(15|17|18|112|114|196|3114)';

const ASKS_FOR_NUMBERS = new RegExp([
  '\\bnumeros? (de |d )?(urgence|urgences|secours)\\b',
  '\\b(numero|numeros|num|tel|telephone) (des |du |de la |de le |pour les |pour le )?'
    + '(pompiers?|samu|police|secours|urgences)\\b',
  // a visitor asks in Spanish, Portuguese or Italian ("cuál es el número de la policía")
  '\\b(numero|num) (de la |de los |de |da |della |di |del |dos )?(policia|polizia|bomberos|'
    + 'bombeiros|pompieri|emergencias?|emergenza|urgencias|carabinieri)\\b',
  // "le 18 juin", "15 euros", "17 ans" are no numbers to call
  '\\b(le |les )?(15|17|18|112|114|115|119|196|3114|3919)\\b(?! ?(janvier|fevrier|mars|avril|'
    + 'mai|juin|juillet|aout|septembre|octobre|novembre|decembre|ans|euros|e|h|heures|km|min'
    + '|minutes|mois|jours|fois)\\b).*\\b(quoi|gratuits?|marche|anglais|english|langues?|'
    + 'interpretes?|'
    + 'fonctionnent?|pour qui|difference|etranger|letranger|sert|servent|appeler quand)\\b',
  '\\b(difference|differences|diff) entre (le )?(15|17|18|112|114)\\b',
  // "appeler le 15 plutôt que le 18": which service, not an emergency told
  `\\b${CALLED} (plutot|au lieu) (que|de|du) (le |appeler le )?${CALLED}\\b`,
  `\\b(le )?${CALLED} ou (le )?${CALLED} (\\? )?(pour|quand|si|en cas)\\b`,
  `\\ble ${CALLED} ou le ${CALLED}$`,
  '\\b(c est quoi|ce est quoi|cest quoi|a quoi sert|a quoi servent|que fait|comment marche|'
    + 'comment fonctionne) (le |la |les )?(numero |num )?'
    + '(15|17|18|112|114|115|119|196|3114|3919)\\b',
  '\\b(sms|texto|message|messages) (au|a le|aux) (15|17|18|112|114)\\b',
  '\\b(quel|quels|c est quoi le|ce est quoi le) numeros? (appeler|composer|faire) '
    + '(en cas de |si )',
  // the deaf ask for "their" number, rarely for the 114 by name
  `\\b(numeros?|num|114)\\b.{0,40}\\b${DEAF}\\b`,
  `\\b${DEAF}\\b.{0,60}\\b(numeros?|num|114)\\b`,
  `\\b${DEAF}\\b.{0,40}\\b(comment|peut|peuvent|moyen)\\b.{0,30}`
    + '\\b(joindre|contacter|appeler|ecrire)\\b',
].join('|'));

/**
 * Every branch above needs a number (all hold a 1), "num", "tel" or a deaf word: most
 * messages have none, and the long alternation with its ".*" is not run for them.
 */
const MAY_ASK = /1|num|tel|sourd|malentend/;

export function asksForEmergencyNumbers(normalized: string): boolean {
  return MAY_ASK.test(normalized) && ASKS_FOR_NUMBERS.test(normalized);
}

/** Lines with a topic of their own: its answer explains them better than a list. */
const OWN_TOPIC: ReadonlyArray<[RegExp, string]> = [
  [/\b119\b/, 'faq.child_in_danger'],
  [/\b3919\b/, 'faq.domestic_violence'],
];

/**
 * What the service is for is about_service's scope, and the writers of every evaluation set
 * label these questions so; the model sent them to complaint_info ("différence entre le 15
 * et le 18") or out of scope. A general question about a number (abroad, seen on a poster,
 * in a film) is about no service of ours: out of scope, which the router answers with what
 * the number is.
 */
export function withNumbersQuestion(result: TopicResult, normalized: string): TopicResult {
  if (!asksForEmergencyNumbers(normalized)) {
    return withFictionNumbers(result, normalized);
  }

  const own = OWN_TOPIC.find(([number]) => number.test(normalized))?.[1];
  const general = own === undefined && generalQuestion(normalized)
    && !europeanNumbers(normalized);
  const topic = own ?? (general ? 'none' : 'faq.about_service');
  const score = Math.max(0.9, result.score);
  return { ...result, topic, score, ambiguous: false,
    alternatives: [{ topic, score },
      ...result.alternatives.filter((alternative) => alternative.topic !== topic)] };
}
