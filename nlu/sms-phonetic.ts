import { gendarmerieRespelled } from './sms-phonetic-gendarmerie';

/**
 * French spelt as it sounds, by the very elderly, dyslexic writers, newcomers and voice
 * dictation: "depui des anné", "jé peur", "kelkun", "il é parti", "o secour". The emergency
 * rules and their calm markers (habit, past, "depuis des années") are written in the
 * dictionary's spelling, so that "il me tape depui des anné" read as a blow under way.
 * Words are listed only when no French word is spelt so; the ambiguous ones ("anne", "moi",
 * "e", "ce", "je") are respelt only in a context where they cannot be anything else.
 */

/** One word for another, whatever surrounds it. */
export const PHONETIC_WORDS: Readonly<Record<string, string>> = {
  // time markers: how long, how often
  depui: 'depuis',
  depuit: 'depuis',
  jamai: 'jamais',
  jame: 'jamais',
  toujour: 'toujours',
  toujoure: 'toujours',
  longtemp: 'longtemps',
  lontemp: 'longtemps',
  lontemps: 'longtemps',
  longtan: 'longtemps',
  lontan: 'longtemps',
  souven: 'souvent',
  souvan: 'souvent',
  parfoi: 'parfois',
  encor: 'encore',
  aujourdui: 'aujourd hui',
  ojourdui: 'aujourd hui',
  aujourdhui: 'aujourd hui',
  ojourdhui: 'aujourd hui',
  maintenan: 'maintenant',
  mintenan: 'maintenant',
  maintenent: 'maintenant',
  bocou: 'beaucoup',
  boucou: 'beaucoup',
  bocoup: 'beaucoup',
  // people
  enfan: 'enfants',
  kelk1: 'quelqu un',
  kelkin: 'quelqu un',
  kelqun: 'quelqu un',
  persone: 'personne',
  monsieu: 'monsieur',
  msieur: 'monsieur',
  msieu: 'monsieur',
  mdame: 'madame',
  motar: 'motard',
  // danger, body and help words
  secour: 'secours',
  repon: 'repond',
  fe: 'fait',
  telefone: 'telephone',
  telefon: 'telephone',
  telephonne: 'telephone',
  acident: 'accident',
  acciden: 'accident',
  accidan: 'accident',
  accidant: 'accident',
  aksident: 'accident',
  aksidan: 'accident',
  voitur: 'voiture',
  dedan: 'dedans',
  plusieur: 'plusieurs',
  // glued: "feu dartifice"
  dartifice: 'de artifice',
  grav: 'grave',
  inconcient: 'inconscient',
  inconciente: 'inconsciente',
  inconsien: 'inconscient',
  pompie: 'pompiers',
  ponpie: 'pompiers',
  ponpier: 'pompiers',
  ponpiers: 'pompiers',
  ambulanse: 'ambulance',
  urjence: 'urgence',
  urgense: 'urgence',
  tonbe: 'tombe',
  tonber: 'tomber',
  blese: 'blesse',
  menasse: 'menace',
};

/** "des anné", "3 moi": a count before them, they are years and months. */
const COUNT = '(des|les|ces|plusieurs|quelques|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|' +
  'vingt|trente|[0-9]+)';
const YEARS = new RegExp(`(^| )${COUNT} (anne|annes|anner)(?= |$)`, 'g');
const THE_YEAR = /(^| )(le|cette) (anne)(?= (derniere|passee|prochaine)( |$))/g;
const MONTHS = new RegExp(`(^| )${COUNT} moi(?= |$)`, 'g');
/** "depui 3 jour", "2 semaine": a count makes them plural, as the rules spell them. */
const UNITS = new RegExp(`(^| )${COUNT} (jour|semaine|heure|minute|an)(?= |$)`, 'g');

/**
 * "jé peur", "jé vu": after "je", a noun or a participle says "j'ai" was meant; not in an
 * inverted question ("ai-je besoin", "dois-je").
 */
const I_HAVE = new RegExp('(^| )(?<!\\b(ai|dois|puis|suis|peux|vais|sais|aurais|serais) )' +
  'je (?=(peur|mal|besoin|faim|froid|soif|vu|entendu|recu|eu|' +
  'perdu|compris)( |$))', 'g');
/** "je sé pa": "je se" before a negation or a question word is "je sais". */
const I_KNOW = /(^| )je se (?=(pas|plus|rien|quoi|que|pourquoi|comment|si|ou)( |$))/g;
/** "il é parti", "cé grave": after a subject pronoun, "e" and "ce" before a state. */
const HE_IS = /(^| )(il|elle|on|ca|qui|ce) e(?= )/g;
/** "le chauffeur é coincé": after a named subject, only before a state. */
const NAMED_IS = new RegExp('(^| )((le|la|mon|ma|son|sa|un|une) [a-z]+) e (?=(coince|coincee|' +
  'bloque|bloquee|tombe|tombee|blesse|blessee|parti|partie|mort|morte|inconscient|' +
  'inconsciente|enferme|enfermee|la|dedans|par terre)( |$))', 'g');
/** "je sui sourde": the verb, never the Latin. */
const I_AM = /(^| )je sui(?= )/g;
const IT_IS = new RegExp('(^| )(?<!est )ce (?=(pas|grave|urgent|normal|possible|legal|' +
  'interdit|un|une|mon|ma|mes|moi|lui|trop|tres|vrai|fini)( |$))', 'g');
/** "quand jété petit": "j'étais" before a childhood, not "jeté". */
const WHEN_I_WAS = new RegExp('(^| )(quand|lorsque) (jete|jetai|jetais|jeter|jetait) ' +
  '(?=(petit|petite|jeune|enfant|ado|bebe|gamin|gamine|mineur|mineure|au college|au lycee)' +
  '( |$))', 'g');
/** "pour eu", "avec eu": a pronoun, not the participle. */
const THEM = /(^| )(pour|avec|chez|sans|contre) eu(?= |$)/g;
/** "tou le temp", "tou les soir", "les soir": every time, every evening. */
const ALL_THE = /(^| )tou (le|les) /g;
const TIME = /(^| )le (temp|tan)(?= |$)/g;
const EVENINGS = /(^| )les (soir|jour|nuit|matin|week end)(?= |$)/g;
/**
 * "bonjour m'sieur dame": the country's elided address, not "me" and a word the corrector
 * then took for "soeur" (a sister, read as violence at home).
 */
const SIR = /(^| )me (sieur|sieu|ssieur)(?= |$)/g;
const MADAM = /(^| )me dame(?= |$)/g;

/**
 * Each respelling with a piece of text it needs, looked for before its regex runs: most
 * messages hold "je", "ce" or "les" but few of the spellings, and the regexes are global.
 */
type Respelling = readonly [needs: string, pattern: RegExp, by: string | Replacer];
type Replacer = (match: string, ...groups: string[]) => string;

const RESPELLINGS: readonly Respelling[] = [
  ['anne', YEARS, '$1$2 annees'],
  ['anne', THE_YEAR, '$1$2 annee'],
  ['moi', MONTHS, '$1$2 mois'],
  ['', UNITS, '$1$2 $3s'],
  ['je ', I_HAVE, '$1je ai '],
  ['je se ', I_KNOW, '$1je sais '],
  [' e ', HE_IS, '$1$2 est'],
  [' e ', NAMED_IS, '$1$2 est '],
  ['je sui', I_AM, '$1je suis'],
  ['ce ', IT_IS, '$1ce est '],
  [' eu', THEM, '$1$2 eux'],
  ['tou ', ALL_THE, (_, lead: string, article: string) =>
    `${lead}${article === 'le' ? 'tout' : 'tous'} ${article} `],
  ['le t', TIME, '$1le temps'],
  ['les ', EVENINGS, '$1les $2s'],
  ['jet', WHEN_I_WAS, '$1$2 je etais '],
  ['me s', SIR, '$1monsieur'],
  ['me dame', MADAM, '$1madame'],
];

/** Cheap test first: most messages hold none of these. */
const HINT = new RegExp('\\b(anne|annes|anner|moi|jour|semaine|heure|minute|an|je|e|ce|eu|tou|' +
  'temp|tan|les|jete|jetai|jetais|jeter|jetait|sieur|sieu|ssieur|dame)\\b');

/** `text` (normalised words) with its ambiguous phonetic spellings read in context. */
export function phoneticRespelled(dictated: string): string {
  const text = gendarmerieRespelled(dictated);
  if (!HINT.test(text)) {
    return text;
  }

  let out = text;
  for (const [needs, pattern, by] of RESPELLINGS) {
    if (out.includes(needs)) {
      // one call per shape: TypeScript picks replace's overload from the argument's type
      out = typeof by === 'string' ? out.replace(pattern, by) : out.replace(pattern, by);
    }
  }
  return out;
}
