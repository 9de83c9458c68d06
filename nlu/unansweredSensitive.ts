/**
 * Words that make a message about violence, death, weapons, health, suicide, abuse, sexual
 * life, a child in danger, or other data the GDPR calls special (orientation, religion):
 * often a danger triage did not catch ("ma soeur a ouvert ses veines"). Such a message is
 * still counted as unanswered, but its text is never kept: nobody should find it in a
 * corpus-growing list 90 days later, and the list carries no conversation id that an
 * erasure could follow. The privacy notice (content/fr/bot/privacy.hbs) promises exactly
 * this, family by family: a word added here keeps that promise, one missing breaks it.
 * Matched on the normalised text (lower case, no accents, SMS spelling undone, "j'ai" →
 * "je ai"), from a word's beginning; the common typos are listed beside each word, since
 * the normaliser does not correct them all.
 */
export type SensitiveFamily = 'violence' | 'death' | 'weapons' | 'health' | 'suicide'
  | 'abuse' | 'sexual' | 'children' | 'danger' | 'special';

export const SENSITIVE_STEMS: Readonly<Record<SensitiveFamily, readonly string[]>> = {
  // 'gifl' alone matched only the whole word "gifl" (stems of 4 letters match whole), so
  // "une gifle" was kept (tester28): the stems below are 5 letters or more
  violence: ['frapp', 'frape', 'battu', 'cogne', 'tabas', 'gifle', 'giffl', 'gifla', 'baffe',
    'beigne', 'mandale', 'claque au visage', 'claque a mon', 'des claques', 'coup de poing',
    'coups de poing', 'coup de pied', 'coups de pied', 'agres', 'agrss', 'violen',
    'violance', 'brutalis', 'menac', 'harcel', 'harsel', 'arcel', 'racket', 'extorqu',
    'forcee', 'force a', 'forcer a', 'forcait', 'sequestr', 'kidnap', 'enlevement', 'otage',
    'bagarre', 'rixe', 'lynch', 'etrangl', 'strangul', 'tirer dessus', 'tire dessus',
    'tirer sur', 'tire sur', 'braqu'],
  death: ['mort', 'morte', 'mourir', 'meurt', 'mourant', 'tuer', 'tue', 'tuee', 'tuai',
    'tuait', 'tuant', 'tueur', 'tuerie', 'meurtr', 'assassin', 'homicid', 'feminicid',
    'infanticid', 'decede', 'deces', 'cadavre', 'corps sans vie', 'egorg', 'decapit', 'crever'],
  weapons: ['arme', 'fusil', 'pistolet', 'pistole', 'revolver', 'flingu', 'carabine',
    'kalach', 'kalash', 'couteau', 'couto', 'lame', 'machette', 'poignard', 'poingnard',
    'cutter', 'hache', 'coup de feu', 'coups de feu', 'balle', 'munition', 'grenade', 'bombe',
    'explos'],
  health: ['sang', 'saign', 'seign', 'blesse', 'blessure', 'bless', 'hopital', 'malade',
    'maladie', 'enceinte', 'enseinte', 'grossesse', 'accouch', 'avortement', 'fausse couche',
    'psychiatr', 'depression', 'cancer', 'vih', 'sida', 'cardiaque', 'massage cardiaque',
    'infarctus', 'avc', 'coeur', 'convuls', 'inconscient', 'evanoui', 'malaise', 'respir',
    'etouff', 'medoc', 'medicament', 'cachet', 'comprime', 'pilule', 'somnifere',
    'anxiolytique', 'antidepresseur', 'doliprane', 'paracetamol', 'lexomil', 'xanax',
    'insuline', 'drogue', 'poison', 'empoisonn', 'samu', 'ambulance', 'fracture'],
  suicide: ['suicid', 'sucid', 'suicd', 'suisid', 'suiscid', 'veine', 'poignet', 'scarifi',
    'pendre', 'pendu', 'en finir', 'plus envie de vivre', 'envie de mourir', 'mettre fin',
    'me foutre en le air', 'sauter du', 'sauter par', 'me jeter',
    // told of someone else: "il se jette du pont" was kept (tester28)
    'se jette', 'se jeter', 'se jetait', 'se jete', 'se pend', 'se tuer', 'se suicid',
    'jette du pont', 'sauter de le pont', 'sauter d un pont', 'se foutre en le air',
    'se ouvrir les', 'se est jete', 'se etait jete', 'overdose', 'od', 'adieu',
    'lettre de adieu', 'ecrit des lettres', 'ecrit une lettre', 'ce est fini', 'cest fini',
    'c fini', 'ce fini', 'ce est la fin', 'ce la fin', 'tout est fini',
    'dire au revoir a tout le monde'],
  abuse: ['maltrait', 'abus', 'abuse', 'abusa', 'attouch', 'inceste', 'pedophil', 'pedocrim',
    'emprise', 'sevice', 'negligence', 'humili', 'vulnerable'],
  sexual: ['viol', 'viole', 'sexe', 'sexue', 'porno', 'nude', 'nudes', 'sextorsion',
    'prostitu', 'exhib', 'masturb', 'intime', 'pedopornograph', 'me touch', 'me a touch'],
  children: ['enfant seul', 'enfants seuls', 'bebe seul', 'enfant en danger', 'enfant battu',
    'bebe secoue', 'laisse seul', 'laisses seuls', 'seul a la maison', 'fugue', 'disparu',
    'disparition', 'mineur', 'placement', 'aide sociale a le enfance', 'enfance en danger',
    '119'],
  // a danger told in words the rules did not catch (a tester's "bloque dans ma voiture sous
  // l eau" was kept word for word): where a life may be at stake, the text is not kept
  danger: ['noy', 'noie', 'noyade', 'noyer', 'noye', 'noyee', 'sous le eau', 'sous l eau',
    'sous leau', 'coince', 'bloque dans', 'bloquee dans', 'bloquer dans', 'bloques dans',
    'enferme', 'incendi', 'brule', 'fumee', 'secour', 'urgence', 'danger', 'pompier',
    'failli', 'suivie', 'me suit', 'me a suivi', 'falaise', 'ravin', 'perdu en montagne',
    'perdue en montagne', 'perdus en montagne'],
  // health, sexual orientation and religion, also special data (GDPR art. 9): "Kevin Moreau
  // est séropositif et alcoolique" was kept with the first name (tester d33); a name the
  // masking misses must never sit beside them, so such a text is not kept, named or not
  special: ['seropositi', 'alcoolique', 'alcoolisme', 'alcoolo', 'toxicomane', 'toxico',
    'handicap', 'autis', 'schizo', 'bipolaire', 'diabet', 'epilep', 'alzheimer', 'hepatite',
    'chimio', 'psy', 'homosexu', 'homo', 'gay', 'lesbi', 'bisexu', 'transgenre', 'transsexu',
    'homophob', 'religi', 'musulman', 'islam', 'juif', 'juive', 'chretien', 'catholique',
    'protestant', 'mosquee', 'synagogue', 'bouddhis', 'athee'],
};

/** Stems match a word's beginning ("frapp" → frappe, frappait); short ones match whole. */
function patternOf(stems: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${stems.map((stem) => stem.length <= 4
    ? `${stem}s?\\b` : stem).join('|')})`);
}

const PATTERN = patternOf(Object.values(SENSITIVE_STEMS).flat());

const FAMILIES: readonly SensitiveFamily[] = ['violence', 'death', 'weapons', 'health',
  'suicide', 'abuse', 'sexual', 'children', 'danger', 'special'];

/** The families a text speaks of, for specs and for the notice's promise. */
export function sensitiveFamilies(normalized: string): SensitiveFamily[] {
  return FAMILIES.filter((family) => patternOf(SENSITIVE_STEMS[family]).test(normalized));
}

export function isSensitiveText(normalized: string): boolean {
  return PATTERN.test(normalized);
}
