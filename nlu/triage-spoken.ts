import { gatedTest } from './regex-gate';
import { learnerRespelled } from './triage-learner';

/**
 * Spoken, dictated and familiar French read the way the triage rules were written: voice
 * dictation types homophones ("sa tape" for "ça tape", "il et dans la chambre" for "il est"),
 * SMS glues the subject ("jpeu", "jvis seule"), families have their own words ("mon daron",
 * "la daronne", "le pitchoun"), and some misspellings are so common that the corpus holds
 * them, which keeps the typo corrector from turning them into the danger word ("frape").
 * The triage reads this respelling besides the text itself: it can add a detection, and the
 * context that cancels one is still read from what the citizen wrote.
 */

/** One word for another, whatever surrounds it. */
const WORDS: ReadonlyMap<string, string> = new Map([
  // familiar kin and people
  ['daron', 'pere'], ['daronne', 'mere'], ['darons', 'parents'], ['reuf', 'frere'],
  ['frangin', 'frere'], ['frerot', 'frere'], ['reus', 'soeur'], ['frangine', 'soeur'],
  ['meuf', 'femme'], ['keum', 'mec'], ['pitchoun', 'petit'], ['pitchounet', 'petit'],
  ['pitchounette', 'petite'], ['minot', 'petit'], ['minots', 'petits'], ['petiot', 'petit'],
  ['petiote', 'petite'], ['bambin', 'petit'], ['mome', 'petit'], ['marmot', 'petit'],
  ['papy', 'papi'], ['pepe', 'papi'], ['pepere', 'papi'], ['mamy', 'mamie'], ['memere', 'mamie'],
  ['mami', 'mamie'], ['bb', 'bebe'], ['bebou', 'bebe'], ['poto', 'pote'],
  // misspellings common enough to be in a corpus, of danger words
  ['frape', 'frappe'], ['frapes', 'frappes'], ['fraper', 'frapper'], ['frapee', 'frappee'],
  ['tappe', 'tape'], ['tabase', 'tabasse'], ['tabasee', 'tabassee'], ['brulle', 'brule'],
  ['cramme', 'crame'], ['etrengle', 'etrangle'],
  ['aggresse', 'agresse'], ['aggressee', 'agressee'], ['agresion', 'agression'],
  ['aggression', 'agression'], ['cambriolle', 'cambriole'], ['inconu', 'inconnu'],
  ['inconsient', 'inconscient'], ['inconsiente', 'inconsciente'], ['respir', 'respire'],
  ['repon', 'repond'], ['droi', 'droit'],
  ['sucide', 'suicide'], ['suiside', 'suicide'], ['suicid', 'suicide'], ['secour', 'secours'],
  ['ausecour', 'au secours'], ['ausecours', 'au secours'], ['alaide', 'a le aide'],
  ['coutau', 'couteau'], ['couto', 'couteau'], ['flinge', 'flingue'],
  ['seigne', 'saigne'], ['etouf', 'etouffe'], ['etoufe', 'etouffe'], ['tien', 'tient'],
  // SMS spellings of the words around a danger: "bato qui coule", "me foutre en lair"
  ['bato', 'bateau'], ['batos', 'bateaux'], ['dedan', 'dedans'], ['envi', 'envie'],
  ['lair', 'le air'],
  ['leau', 'le eau'], ['segne', 'saigne'], ['apele', 'appeler'], ['apeler', 'appeler'],
  ['suive', 'suivent'], ['depui', 'depuis'], ['pri', 'pris'], ['tou', 'tous'], ['blan', 'blanc'],
  ['transpir', 'transpire'],
]);

/** Verbs after which "sa" can only be "ça": "sa tape chez les voisins", "sa crame". */
const CA_VERBS = 'tape|tapent|cogne|frappe|crame|brule|fume|saigne|pue|sent|hurle|crie|gueule|' +
  'tire|explose|recommence|degenere|chauffe|craque|casse|bouge|brule|part|va|se|s|commence|' +
  'continue|arrete|flambe|prend|fait|devient|urge|presse';
const SA_IS_CA = new RegExp(`(^| )sa (?=(${CA_VERBS})( |$))`, 'g');

/** "il et dans la chambre": "et" right after a subject and before a state or a place. */
const ET_STATES = 'sur|dans|sous|par|en|tombe|tombee|blesse|blessee|coince|coincee|bloque|' +
  'bloquee|revenu|revenue|parti|partie|entre|entree|mort|morte|bleu|bleue|inconscient|' +
  'inconsciente|arme|armee|la|ici|encore|toujours|derriere|devant|chez|au|a|pas|plus|tout|' +
  'toute|seul|seule|enferme|enfermee|perdu|perdue|violent|fou|saoul|bourre|ivre|malade|mal';
const ET_IS_EST = new RegExp('(^| )(il|elle|on|qui|ca|ce|quelque un|(mon|ma|le|la|son|sa|ton|' +
  `ta|notre|mon ex|un|une) [a-z]+) et (?=(${ET_STATES})( |$))`, 'g');

/** "il ma frappée", "mon copain ma cassé": "m'a" without its apostrophe, after a subject. */
const MA_IS_ME_A = new RegExp('(^| )(il|elle|on|ils|elles|quelque un|qui|(mon|le|son|ton|un) ' +
  '[a-z]+) ma (?=[a-z]+(e|ee|es|i|ie|is|u|ue|t)( |$))', 'g');

/** A subject glued to its verb: "jpeu", "jvis", "jbouge"; no French word starts so. */
const GLUED_JE = /^j([bcdfgklmnpqrstvwxz][a-z]+)$/;
/** Vowel-initial verbs glued to "j": "jecris", "jentend"; "jeune" or "jouer" are words. */
const GLUED_JE_VOWEL: ReadonlySet<string> = new Set([
  'jecris', 'jecrit', 'jentend', 'jentent', 'jecoute', 'jappelle', 'jappel', 'jattend',
  'jessaie', 'jessaye', 'jouvre', 'jarrive', 'jhabite', 'jai', 'jetouffe', 'jesuis',
]);
/** After a glued "je", the homophone is the verb: "jpeu plus bouger". */
const AFTER_JE: ReadonlyMap<string, string> = new Map([
  ['peu', 'peux'], ['peut', 'peux'], ['pe', 'peux'], ['sui', 'suis'], ['vx', 'veux'],
  // "jve mourir", "jveu", "jvai me tuer", "jmen vais": the wish and the going, typed short
  ['ve', 'veux'], ['veu', 'veux'], ['veus', 'veux'], ['vai', 'vais'], ['vait', 'vais'],
  ['men', 'me en'],
]);

/** "j'ai pu envie de vivre": "plus" typed as it sounds, before what one no longer has. */
const PU_IS_PLUS = /(^| )pu (?=(envie|la force|le courage|gout|vivre|continuer|tenir)( |$))/g;
/** "elle respire pu", "il bouge pu": after what a body does, "pu" is "plus". */
const STATE_PU =
  /(^| )(respire|bouge|repond|reagit|parle|ouvre|voit|entend|marche) (pu|plu)(?= |$)/g;

/** "peu pas parler", "je pe plus bouger": the subject dropped or the verb misspelt. */
const PEUX = /(^|(^| )je )(peu|pe|peut) (?=(pas|plus)( |$))/g;

/**
 * "je peux pas parlé", "il va me tue": after a modal verb the -er infinitive is typed as it
 * sounds (-é, -e, -ez, -ait). Only verbs the danger rules read, so no other word changes.
 */
const MODAL = 'peux|peut|pouvons|pouvez|dois|doit|vais|va|vont|veux|veut|faut|ose|arrive';
const ER_STEMS = 'parl|appel|apel|telephon|boug|respir|cri|hurl|gueul|tu|frapp|bless|aid|sauv|' +
  'arret|lev|relev|march|rentr|entr|brul|noy|etrangl|tomb|saut|crev|suicid|ech?app|cach|jet|' +
  'reveill|aval|but|fum|saign|etouff|defonc|forc|cass|cambriol|vol|viol|sequestr|enferm';
const MODAL_INFINITIVE = new RegExp(`(^| )(${MODAL}) ((pas|plus|jamais) )?((me|te|se|le|la|` +
  `les|vous|nous|lui|leur|l|m|s) )?(${ER_STEMS})(e|es|ez|ai|ais|ait|ee)(?= |$)`, 'g');
/** "je suis bloquer dans ma voiture": after être, the participle typed as an infinitive. */
const BEING = 'suis|es|est|sommes|etes|sont|reste|restee|restes';
const STATE_STEMS = 'bloqu|coinc|enferm|bless|noy|pieg|sequestr|etrangl|brul|agress|attach';
const BEING_INFINITIVE = new RegExp(`(^| )(${BEING}) (${STATE_STEMS})er(?= |$)`, 'g');
/** "pas le droit de parlé": after "de" too, but no pronoun ("de la fumée" is a noun). */
const DE_INFINITIVE = new RegExp(`(^| )de (${ER_STEMS})(e|es|ez|ai|ais|ait)(?= |$)`, 'g');
const MODAL_HINT = new RegExp(`\\b(${MODAL}|${BEING}|de)\\b`);

/** Cheap test first: most messages have none of these. */
const HINT = new RegExp(`\\b(${[...WORDS.keys(), ...GLUED_JE_VOWEL].join('|')}|sa|et|ma|` +
  'pe|peu|peut|pu|plu|j[bcdfgklmnpqrstvwxz][a-z]*)\\b');

function respellWord(word: string): string {
  const glued = GLUED_JE.exec(word);
  if (glued) {
    return `je ${AFTER_JE.get(glued[1]) ?? glued[1]}`;
  }
  if (GLUED_JE_VOWEL.has(word)) {
    return `je ${word.slice(1)}`;
  }
  return WORDS.get(word) ?? word;
}

/**
 * "je rigole pas, il a un couteau": the "pas" denies the joke, not the knife that follows,
 * so it is read as the "sérieusement" it means.
 */
const NOT_JOKING = new RegExp('\\b(je (rigole|plaisante|deconne|blague) pas|(ce est|cest|ce) ' +
  'pas une blague|sans blague|sans rire)\\b', 'g');

/** `normalized` read as the rules spell it; the same text when nothing applies. */
export function respelled(normalized: string): string {
  return learnerRespelled(respelledWords(normalized.replace(NOT_JOKING, 'serieusement')));
}

function respelledWords(normalized: string): string {
  if (!gatedTest(HINT, normalized)) {
    return gatedTest(MODAL_HINT, normalized) ? withInfinitives(normalized) : normalized;
  }

  const words = normalized.split(' ').map(respellWord).join(' ');

  return withInfinitives(words.replace(SA_IS_CA, '$1ca ').replace(ET_IS_EST, '$1$2 est ')
    .replace(MA_IS_ME_A, '$1$2 me a ').replace(PEUX, '$1peux ').replace(PU_IS_PLUS, '$1plus ')
    .replace(STATE_PU, '$1$2 plus'));
}

function withInfinitives(text: string): string {
  return text.replace(MODAL_INFINITIVE, '$1$2 $3$5$7er').replace(DE_INFINITIVE, '$1de $2er')
    .replace(BEING_INFINITIVE, '$1$2 $3e');
}
