/**
 * After "je la trouve plus" / "on ne le trouve pas": how the person seems, not where they
 * are ("je la trouve plus la même depuis son opération", "on ne le trouve pas bien"). A
 * lookahead to put after the verb's negation, so that only a person not found is read.
 */
export const NOT_HOW_SEEN = '(?! (bien|en forme|la meme|le meme|comme|tres|si|aussi|normal|' +
  'normale|pareil|pareille|change|changee|mieux|drole|belle|beau|bizarre|fatigue|fatiguee|' +
  'maigre|amaigri|amaigrie|triste|vieilli|vieillie|different|differente|en bonne sante|' +
  'joyeux|joyeuse|gai|gaie|souriant|souriante|lucide|present|presente)\\b)';
