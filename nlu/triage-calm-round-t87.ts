import { gatedReplace, gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t87's false alarm: "quand on est témoin d'un incendie il faut faire quoi en général"
 * asks what anyone should do, about no fire of today. "je suis témoin d'un incendie là" is
 * not a supposition and keeps its alarm, and so does a danger told beside the question.
 */

/** "quand on est témoin d'un incendie", "si on assiste à un accident": a supposed scene. */
const SUPPOSED_WITNESS = rx('',
  '\\b(quand|si|lorsque|lorsqu|au cas ou|dans le cas ou) (on|je|tu|vous|une personne|',
  'quelqu un|un citoyen|un passant) (est|suis|es|etes|assiste|assistes|assistez|voit|vois|',
  'voyez|se retrouve|me retrouve|tombe sur|tombes sur) (temoin |temoins )?',
  '(de |a |sur )?(un|une|des|le|la) (incendie|feu|accident|agression|vol|bagarre|',
  'accident de la route|accident de voiture|noyade|malaise|cambriolage|rixe|explosion|',
  'fuite de gaz|feu de foret|feu de broussailles)\\b',
);

/** The same, to take every supposed scene out before looking for a danger left. */
const SUPPOSED_WITNESS_ALL = new RegExp(SUPPOSED_WITNESS.source, 'g');

/** What makes it a general question rather than a scene: "il faut faire quoi en général". */
const GENERAL_ASK = rx('',
  '\\b(il faut faire quoi|faut faire quoi|que faire|quoi faire|que faut il faire|',
  'faut il|doit on|on doit|on fait quoi|que doit on faire|comment reagir|en general|',
  'en principe|normalement|on appelle qui|qui faut il appeler|quel numero|quels sont les',
  ' reflexes|les bons reflexes|est ce que on|est on oblige|obligation)\\b',
);

/** Here and now, or a danger told beside the question: the alarm stays. */
const DANGER_LEFT = rx('',
  '\\b(la maintenant|maintenant|en ce moment|actuellement|vite|au secours|a le aide|aidez moi|',
  'juste la|devant moi|sous mes yeux|je vois|je suis temoin|il y a un|y a un|ca brule|',
  'flammes|fumee|sang|saigne|inconscient|inconsciente|respire|couteau|arme|blesse|blessee|',
  'blesses|coince|coincee|frappe|tape|suit|menace)\\b',
);

/** True for a question about what a witness should do in general, with no scene of today. */
export function settledT87(text: string): boolean {
  if (!gatedTest(SUPPOSED_WITNESS, text) || !gatedTest(GENERAL_ASK, text)) {
    return false;
  }

  return !gatedTest(DANGER_LEFT, gatedReplace(text, SUPPOSED_WITNESS_ALL, ' '));
}
