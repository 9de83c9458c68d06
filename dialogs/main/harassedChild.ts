import type { Understanding } from '../../nlu/types';

const HARASSMENT = 'faq.harassment';

/**
 * A parent telling of their child harassed ("mon ado est harcelé sur snapchat", "on écrit à
 * ma fille de se tuer sur insta"), or of someone else written to ("on lui écrit de se tuer"):
 * the violence procedure's "êtes-vous en sécurité ?" was asked of the parent (t101). The
 * topic's answer (the 3018, which also advises parents, and the evidence to keep) is theirs.
 */
const SOMEONE_ELSE = new RegExp('\\b((mon|ma|mes|notre|nos) (petit |petite )?(fils|fille|filles|' +
  'enfant|enfants|ado|ados|adolescent|adolescente|gamin|gamine|gamins|gosse|gosses|garcon|' +
  'fiston|fillette|minot|minots|pitchoun|neveu|niece|filleul|filleule|eleve|eleves)|' +
  // "on lui écrit de se tuer", "ils lui envoient des insultes": the one harassed is a third
  '(on|ils|elles|il|elle|des gens|des eleves|des filles|des garcons|des jeunes) (lui|leur) ' +
  '(ecrit|ecrivent|dit|disent|envoie|envoient|balance|balancent|poste|postent|met|mettent))\\b');

/** The writer as the one harassed ("on me harcèle", "je suis harcelée"): theirs is the help. */
const WRITER_HARASSED = new RegExp('\\b(je suis (harcele|harcelee|insulte|insultee|menace|' +
  'menacee|victime)|je me fais (harceler|insulter|menacer|traiter)|' +
  'me (harcele|harcelent|harceler|insulte|insultent|menace|menacent|traite|traitent|suit|' +
  'suivent|ecrit|ecrivent|envoie|envoient)|' +
  '(on|ils|elles) me (dit|disent)|moi aussi|nous (harcele|harcelent|insulte|insultent))\\b');

/** The answer route for a harassment told of one's child or of someone else, or undefined. */
export function harassedChildAnswer(understanding: Understanding,
  hasAnswer: (topic: string) => boolean): { kind: 'answer'; topic: string } | undefined {
  const { topic, normalized } = understanding;
  if (topic !== HARASSMENT || !hasAnswer(topic) || !SOMEONE_ELSE.test(normalized) ||
    WRITER_HARASSED.test(normalized)) {
    return undefined;
  }

  return { kind: 'answer', topic };
}
