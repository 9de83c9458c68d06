/**
 * Compound first names and surnames with a particle, masked whole: "Jean-Pierre" was kept
 * as a mask then "-Pierre", "marie-claire" as a mask then "-claire", and "jean pierre"
 * (neither word a listed first name, "jean" and "pierre" being everyday words) as typed.
 */

/** First parts of French compound first names ("Jean-Luc", "Marie-Claire", "Anne-Sophie"). */
const HEADS: readonly string[] = ['jean', 'marie', 'anne', 'pierre', 'paul', 'louis', 'marc',
  'charles', 'françois', 'francois'];

/** Second parts; said alone most are everyday words ("claire", "rose", "france"). */
const TAILS: readonly string[] = ['pierre', 'claire', 'laure', 'yves', 'baptiste', 'france',
  'luc', 'marc', 'paul', 'louis', 'charles', 'jacques', 'michel', 'philippe', 'christophe',
  'claude', 'marie', 'sophie', 'hélène', 'helene', 'christine', 'noël', 'noel', 'henri',
  'josé', 'jose', 'thérèse', 'therese', 'andré', 'andre', 'françois', 'francois',
  'édouard', 'edouard', 'emmanuel', 'eric', 'éric', 'hugues', 'agnès',
  'agnes', 'odile', 'annick', 'cécile', 'cecile', 'dominique', 'alexandre', 'antoine'];

const HEAD_SET: ReadonlySet<string> = new Set(HEADS);
const TAIL_SET: ReadonlySet<string> = new Set(TAILS);

/** A hyphenated word: "Jean-Pierre", "marie-claire", "Saint-Étienne". */
const HYPHENATED = /\p{L}+(?:[-‐]\p{L}+)+/gu;

/** A head and the next word, one first name without its hyphen: "jean pierre". */
const TWO_WORDS = new RegExp(`(?<![\\p{L}'’-])(${HEADS.join('|')})\\s+(\\p{L}+)(?![\\p{L}'’-])`,
  'giu');

/** Particles of surnames ("de La Fontaine", "d'Artagnan", "Van der Berg", "Le Goff"). */
export const PARTICLES = "(?:de|du|des|d['’]|la|le|les|van|von|der|den|ben|el|al|di|da|dos)";

function isCompound(head: string, tail: string, isFirstName: (word: string) => boolean):
boolean {
  const first = head.toLowerCase();
  const second = tail.toLowerCase();
  return HEAD_SET.has(first) && (TAIL_SET.has(second) || isFirstName(second));
}

/**
 * `text` with compound first names replaced by `mask`: any hyphenated word one of whose
 * parts is a first name, and two words that make a known compound ("jean pierre").
 */
export function maskCompoundFirstNames(text: string, mask: string,
  isFirstName: (word: string) => boolean): string {
  const hyphenated = text.replace(HYPHENATED, (word) => {
    const parts = word.split(/[-‐]/);
    const [head = '', tail = ''] = parts;
    const named = parts.some((part) => isFirstName(part.toLowerCase()));
    return named || isCompound(head, tail, isFirstName) ? mask : word;
  });

  return hyphenated.replace(TWO_WORDS, (whole: string, head: string, tail: string) =>
    isCompound(head, tail, isFirstName) ? mask : whole);
}

/** One mask for one person: "masquenom de masquenom masquenom" ("Jean de La Fontaine"). */
export function joinNameMasks(text: string, mask: string): string {
  return text.replace(new RegExp(`${mask}(?:\\s*(?:${PARTICLES}\\s*)*${mask})+`, 'giu'), mask);
}
