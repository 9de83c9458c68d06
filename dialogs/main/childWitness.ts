import type { Understanding } from '../../nlu/types';

const CHILD_IN_DANGER = 'faq.child_in_danger';

/**
 * Someone else's child, told by a witness: "la voisine frappe ses gosses", "la petite d'à
 * côté se fait frapper", "ma nièce est maltraitée par son beau-père". The writer is not the
 * victim: the violence procedure's "êtes-vous en sécurité ?" is not theirs to answer, and the
 * topic's own answer (the 119, reporting a child in danger) is what they came for.
 */
const ANOTHER_CHILD = new RegExp('\\b((son|sa|ses|leur|leurs) (gosse|gosses|enfant|enfants|' +
  'fils|fille|filles|petit|petite|petits|gamin|gamine|gamins|bebe|ado|minot|minots)|' +
  '(un|une|le|la|les|l|des) (enfant|enfants|gosse|gosses|gamin|gamine|gamins|petit|petite|' +
  'bebe|ado|eleve|eleves) (de|du|des|d|a)( ma| mon| notre| la| le)? (a cote|voisin|voisine|' +
  'voisins|en face|dessus|dessous|immeuble|palier|etage|quartier|classe|ecole)|' +
  // a relative's child, who lives elsewhere (tester20: "ma nièce" was asked "êtes-vous en
  // sécurité ?"); not "ma petite fille", which is also one's own little girl
  '(ma|mon) (petite |petit )?(niece|nieces|neveu|neveux|filleul|filleule))\\b');
/**
 * The writer as the child or the victim, or living with the one who hits ("mon mari frappe sa
 * fille"): the procedure asks them how safe they are.
 */
const WRITER_HURT = new RegExp('\\b(me|moi|mon pere|ma mere|mes parents|mon beau pere|' +
  'ma belle mere|mon mari|ma femme|mon copain|ma copine|mon compagnon|ma compagne|mon conjoint|' +
  'mon ex|chez moi|chez nous|a la maison|mes enfants|mon fils|ma fille)\\b');

/** The answer route for a witness's report of a child in danger, or undefined. */
export function childWitnessAnswer(understanding: Understanding,
  hasAnswer: (topic: string) => boolean): { kind: 'answer'; topic: string } | undefined {
  const { topic, normalized } = understanding;
  if (topic !== CHILD_IN_DANGER || !hasAnswer(topic) || !ANOTHER_CHILD.test(normalized) ||
    WRITER_HURT.test(normalized)) {
    return undefined;
  }

  return { kind: 'answer', topic };
}
