import type { Understanding } from '../../nlu/types';
import { PROPERTY_FACTS } from './propertyFacts';

/**
 * Two questions whose topic is the pré-plainte but which ask for no procedure (t99): the
 * form began at "que faire si un jour on me vole mon vélo" and at "l'an dernier on m'a volé
 * mon vélo, je peux encore porter plainte ?". Read on normalised words.
 */

/** A case supposed, not told: "si un jour", "si jamais", "au cas où", "imaginons". */
const SUPPOSED = new RegExp('\\b(?:si un jour|un jour si|si jamais|si jms|au cas ou|'
  + 'au cas que|dans le cas ou|imaginons|imaginez|admettons|supposons|par exemple si|'
  + 'si (?:ca|cela) (?:arrive|arrivait|me arrive|me arrivait|nous arrive))\\b');

/** Asked: what to do, whom to call, how it goes. */
const ASKED = new RegExp('\\b(?:que faire|quoi faire|je fais quoi|je fait quoi|on fait quoi|'
  + 'il faut faire quoi|faut faire quoi|faut il faire|que dois je faire|que doit on faire|'
  + 'je dois faire quoi|on doit faire quoi|comment (?:faire|ca se passe|on fait|je fais|'
  + 'reagir|proceder)|qui (?:appeler|prevenir|contacter)|quelles? (?:demarches?|procedures?)|'
  + 'je (?:dois|peux) (?:appeler|porter plainte|faire)|on (?:doit|peut) porter plainte|'
  + 'il faut porter plainte|faut il porter plainte)\\b');

/** Something that did happen, told in the same message: the procedure may well be meant. */
const TOLD = new RegExp('\\b(?:on me a|on nous a|je me suis fait|je me suis fais|il me a|'
  + 'ils me ont|elle me a|hier|avant hier|ce matin|cette nuit|ce soir|tout a le heure|'
  + 'la semaine derniere|je viens de|on vient de)\\b');

/**
 * "si un jour on me vole mon vélo, je fais quoi ?", "et si on me cambriole pendant les
 * vacances ?": what the procedure is, and its button, not its first question.
 */
export function supposesTheCase(understanding: Understanding): boolean {
  const words = understanding.normalized;
  return SUPPOSED.test(words) && (ASKED.test(words) || understanding.text.includes('?'))
    && !TOLD.test(words);
}

/** A complaint named: "porter plainte", "déposer une plainte", "la pré-plainte". */
const COMPLAINT = /\b(?:pre ?)?plaintes?\b|\bplintes?\b/;

/** Whether there is still time: "encore", "trop tard", "quel délai", "combien de temps". */
const STILL_TIME = new RegExp('\\b(?:(?:je|on|j|tu) (?:peux|peut|peu|pe|pourrais|pourrait|'
  + 'ai le droit de|a le droit de|a encore le droit de) (?:encore|encor|toujours|tjrs)|'
  + '(?:encore|encor|toujours) (?:possible|temps|le temps|valable|faisable)|'
  + '(?:est ce|c est|ce est|il est|es) (?:pas )?trop tard|trop tard|'
  + 'quel (?:est le )?delai|quels? (?:sont les )?delais|un delai|le delai|delai max|'
  + 'delai maximum|combien de temps (?:pour|on a|je ai|ai je|a t on|apres|avant)|'
  + 'jusqu a quand|apres combien de temps|il y a prescription|prescrits?|prescrites?|'
  + 'prescription|perime|perimee|expire)\\b');


/** Violence told: the pré-plainte is not for it, its own answers are. */
const VIOLENCE = new RegExp('\\b(?:frappe|frappee|frapper|battu|battue|bat|tape|tapee|'
  + 'viol|violee|violences?|agresse|agressee|agression|menace|menacee|menaces|harcele|'
  + 'harcelee|harcelement|touche|attouchements?)\\b');

const PRE_COMPLAINT = 'procedure.pre_complaint';

/**
 * "l'an dernier on m'a volé mon vélo, je peux encore porter plainte ?": the delay is
 * answered and the pré-plainte offered, not begun. A violence of years ago keeps its own
 * path (the limitation answer, or the violence procedure and its safety question).
 */
export function asksIfStillTime(understanding: Understanding): boolean {
  const words = understanding.normalized;
  return COMPLAINT.test(words) && STILL_TIME.test(words) && !VIOLENCE.test(words)
    && (PROPERTY_FACTS.test(words) || understanding.topic === PRE_COMPLAINT);
}
