/**
 * Ordinary French words and place names the corpus may lack, that the typo corrector would
 * otherwise turn into another word one letter away, often a topic or danger word ("mauvaise"
 * into "malaise", "drome" into "drone", "poitiers" into "pompiers", "danser" into "danger"):
 * they are real words as typed, never corrected.
 */

const PLACES = ['drome', 'savoie', 'vendee', 'manche', 'vienne', 'charente', 'marne', 'meuse',
  'allier', 'nievre', 'yonne', 'finistere', 'lorraine', 'corse', 'rouen', 'poitiers', 'amiens',
  'nimes', 'chambery', 'tours', 'villa'];

const DAYS = ['mardi', 'vendredi', 'novembre'];

const NAMES = ['gilles', 'martin', 'marie', 'camille'];

const WORDS = ['mauvaise', 'mauvaises', 'gentille', 'etage', 'etages', 'batiment', 'devoir',
  'texte', 'textes', 'attention', 'position', 'description', 'decision', 'solution',
  'content', 'contente', 'heureuse', 'pause', 'soigner', 'soigne', 'clinique', 'disque',
  'future', 'avenir', 'tente', 'loueur', 'banquier', 'former', 'forme', 'courte', 'collectif',
  'sourire', 'danser', 'danse', 'debut', 'masse', 'dites', 'contexte', 'evidence', 'interieur',
  'appartient', 'corriger', 'desormais', 'concerne', 'revanche', 'delivrer', 'creneaux',
  'puisse', 'accompagne', 'habituel', 'emise', 'revenons', 'majorite', 'passeront',
  'raccrochez', 'subissez', 'fines', 'files'];

export const COMMON_WORDS: readonly string[] = [...PLACES, ...DAYS, ...NAMES, ...WORDS];

export const PROTECTED_WORDS: ReadonlySet<string> = new Set(COMMON_WORDS);
