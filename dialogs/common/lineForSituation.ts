import { helpForSomeoneSuicidalAsked } from '../../nlu/triage-calm-suicide-worry';

/** The national listening lines a situation has, each with its answer in answers/lines. */
export type HelpLine = '119' | '3919' | '3114' | '3018';

const LINES: ReadonlyArray<[HelpLine, RegExp]> = [
  ['119', new RegExp('\\benfants? (?:en danger|maltraites?|battus?|victimes?|abuses?)\\b|'
    + '\\b(?:maltraitance|violences?|abus) (?:sur |des |envers |contre |faites aux )?'
    + '(?:les |des )?(?:enfants?|mineurs?)\\b|\\benfance en danger\\b|'
    + '\\bmaltraitance infantile\\b')],
  ['3919', new RegExp('\\bviolences? (?:conjugales?|faites aux femmes|contre les femmes|'
    + 'sur les femmes)\\b|\\bfemmes? (?:battues?|victimes?)\\b')],
  ['3114', /\b(?:suicide|suicidaire|suicidaires|se suicider|idees noires|envie de mourir)\b/],
  ['3018', new RegExp('\\b(?:harcelement (?:scolaire|en ligne|sur internet|sur les reseaux)|'
    + 'cyber ?harcelement)\\b')],
];

/** "quel est le numéro pour…", "c'est quoi le numéro des…", "qui appeler pour…". */
const ASKS_NUMBER = new RegExp('\\b(?:quels?|ce est quoi|c est quoi|c quoi|existe|y a|'
  + 'il y a)\\b.{0,30}\\b(?:numeros?|num|tel|telephone|ligne)\\b|'
  + '\\b(?:numeros?|num)\\b (?:pour|des|du|de la|contre|en cas de|sur|a appeler)\\b|'
  + '\\bqui (?:appeler|contacter)\\b');

/** A victim telling their own case: the violence help begins, with its safety question. */
const TELLS_OWN_CASE = new RegExp('\\b(?:me|m) (?:frappe|bat|battu|menace|viole|agresse|'
  + 'harcele|tape|maltraite)\\b|\\bje suis (?:victime|battue?|frappee?|maltraitee?)\\b|'
  + '\\bje (?:veux|vais) me (?:suicider|tuer)\\b');

/**
 * The line a question asks the number of ("quel est le numéro pour les enfants maltraités,
 * c'est pour un exposé" started the violence help and never gave the 119: tester F7b);
 * 'several' when it names more than one. Read on normalised text.
 */
export function lineAskedFor(words: string): HelpLine | 'several' | undefined {
  // how to help a friend who talks of suicide asks for the 3114 without saying "numéro"
  if (helpForSomeoneSuicidalAsked(words)) {
    return '3114';
  }

  if (!ASKS_NUMBER.test(words) || TELLS_OWN_CASE.test(words)) {
    return undefined;
  }
  const named = LINES.filter(([, situation]) => situation.test(words));
  if (named.length > 1) {
    return 'several';
  }
  return named[0]?.[0];
}
