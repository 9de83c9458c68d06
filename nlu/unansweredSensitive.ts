/**
 * Words that make a message about health, self-harm, violence, sexual life or orientation,
 * or religion: data the GDPR calls special, and often a danger triage did not catch ("ma
 * soeur a ouvert ses veines"). Such a message is still counted as unanswered, but its text
 * is never kept: nobody should find it in a corpus-growing list 90 days later, and the list
 * carries no conversation id that an erasure could follow.
 * Matched on the normalised text (lower case, no accents, SMS spelling undone), whole words.
 */
const SENSITIVE_STEMS: readonly string[] = [
  // self-harm and death
  'suicid', 'veine', 'poignet', 'scarifi', 'pendre', 'pendu', 'mourir', 'mort', 'tuer',
  'crever', 'sauter du', 'en finir', 'plus envie de vivre', 'overdose', 'od',
  // medicines and drugs
  'medoc', 'medicament', 'cachet', 'comprime', 'pilule', 'somnifere', 'anxiolytique',
  'antidepresseur', 'doliprane', 'paracetamol', 'lexomil', 'xanax', 'drogue', 'poison',
  'empoisonn',
  // body and health
  'sang', 'saign', 'blesse', 'blessure', 'hopital', 'malade', 'maladie', 'enceinte',
  'avortement', 'fausse couche', 'psychiatr', 'depression', 'cancer', 'vih', 'sida',
  // violence and sexual life
  'frapp', 'battu', 'cogne', 'viol', 'violen', 'agress', 'attouchement', 'inceste', 'sexe',
  'sexuel',
  'couteau', 'lame', 'arme', 'fusil', 'etrangl', 'menace', 'harcel',
  // a danger told in words the rules did not catch (a tester's "bloque dans ma voiture sous
  // l eau" was kept word for word): where a life may be at stake, the text is not kept
  'noy', 'noie', 'noyade', 'sous le eau', 'sous l eau', 'sous leau', 'coince', 'bloque dans',
  'bloquee dans', 'bloquer dans', 'bloques dans', 'enferme',
  'incendi', 'brule', 'fumee', 'explos', 'secour', 'urgence', 'danger', 'respir', 'etouff',
  'inconscient', 'evanoui', 'malaise', 'samu', 'pompier', 'noyer', 'noye', 'noyee',
  'failli', 'poignard', 'suivie', 'me suit', 'me a suivi', 'falaise', 'ravin',
  'perdu en montagne', 'perdue en montagne', 'perdus en montagne',
  // health, sexual orientation and religion, also special data (GDPR art. 9): "Kevin Moreau
  // est séropositif et alcoolique" was kept with the first name (tester d33); a name the
  // masking misses must never sit beside them, so such a text is not kept, named or not
  'seropositi', 'alcoolique', 'alcoolisme', 'alcoolo', 'toxicomane', 'toxico', 'handicap',
  'autis', 'schizo', 'bipolaire', 'diabet', 'epilep', 'alzheimer', 'hepatite', 'chimio',
  'psy', 'homosexu', 'homo', 'gay', 'lesbi', 'bisexu', 'transgenre', 'transsexu', 'homophob',
  'religi', 'musulman', 'islam', 'juif', 'juive', 'chretien', 'catholique', 'protestant',
  'mosquee', 'synagogue', 'bouddhis', 'athee',
];

/** Stems match a word's beginning ("frapp" → frappe, frappait); short ones match whole. */
const PATTERN = new RegExp(`\\b(?:${SENSITIVE_STEMS.map((stem) => stem.length <= 4
  ? `${stem}s?\\b` : stem).join('|')})`);

export function isSensitiveText(normalized: string): boolean {
  return PATTERN.test(normalized);
}
