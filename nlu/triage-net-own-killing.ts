import { rx } from './triage-words';

/**
 * Who does the killing in "pour me tuer": the writer ("des cachets pour me tuer") is a
 * suicide; a killer paid, sent or come ("un tueur payé pour me tuer", "il est venu pour me
 * tuer") is a threat, read by the violence families, or a scam e-mail's lie, which the
 * suicide family read as 3114 first.
 */
const SOMEONE_ELSE = 'paye|payes|payee|payees|engage|engages|engagee|embauche|embauches|' +
  'mandate|commandite|recrute|envoye|envoyes|envoyee|venu|venue|venus|vient|viennent|revenu|' +
  'revenue|revient|reviennent|la|ici|quelqu un|qqn|quelquun|tueur|tueurs|homme|hommes|mec|' +
  'mecs|type|types|gars|gens|lui|eux|contrat|argent|euros|bas|devant|dehors|porte|arrive|' +
  'arrives|arrivee|entre|entres|rentre|monte|montes';

/** "pour mourir", "pour en finir", or "pour me tuer" when nobody else is sent for it. */
export const FOR_OWN_END = new RegExp('\\bpour (mourir|en finir|ne plus me reveiller|plus me ' +
  `reveiller)\\b|(?<!\\b(${SOMEONE_ELSE}) )\\bpour me tuer\\b`);

/**
 * After "partir définitivement": a place or a direction makes it a move ("de cette ville",
 * "à l'étranger"), unless the place left is this world ("de ce monde").
 */
export const NOT_A_MOVE = '(?! (de|du|des|en|au|aux|a|vers|chez|dans|pour|loin|sur)\\b' +
  '(?! (ce monde|cette terre|cette vie|la vie|de bon|toujours)\\b))';

/**
 * Weary of living: "je peux plus vivre", "marre de la vie". Said of someone else, "il ne
 * peut plus vivre seul / chez lui" is an old parent's lost autonomy (a care home's papers),
 * not despair; the writer's own "je peux plus vivre seule" stays read as despair.
 */
export const WEARY_OF_LIFE = rx('',
  '\\bpeux plus (de vivre|vivre)|\\bpeut plus (de )?vivre(?! (seul|seule|tout seul|',
  'toute seule|chez (lui|elle|soi)|a la maison|a domicile|sans aide|en autonomie))|',
  '\\b(marre|fatigue|fatiguee) de (la vie|vivre)\\b',
);
