import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t91's whole-message calms (settledMessage), from a rural evaluation set's false
 * alarms: a grown relative who often leaves the phone unanswered and is where they said, a
 * stray dog that killed sheep, an ailment of several days with a question about the pharmacy
 * on duty, a firing range or last season's hunt, a question about checking a gas tank. Each
 * yields to what makes it a danger now: a frail or young person, an attack on someone, chest
 * pain or a fire, a shot toward someone, a smell or a hiss of gas.
 */

/** "ma fille répond pas", "il décroche plus": silence on the phone. */
const SILENT_PHONE = rx('',
  '\\b(repond|reponds|repondent|decroche|decrochent|rappelle) (pas|plus|jamais)\\b',
);

/** Known whereabouts: "elle est à la fac", "il est au champ", "elle est chez sa soeur". */
const WHEREABOUTS = rx('',
  '\\b(il|elle|ils|elles) (est|sont|doit etre|doivent etre) (a la fac|a le universite|',
  'en cours|au travail|au boulot|au bureau|a le ecole|au lycee|au college|au champ|aux champs|',
  'au marche|en reunion|en stage|en voyage|en vacances|au sport|a le entrainement|',
  'chez (son|sa|ses|sa|un|une|des|leur|leurs) [a-z]+|a la chasse|a la peche|en deplacement|',
  'en tournee|a la messe|au club)\\b',
);

/** A habit: "elle fait souvent ça", "c'est souvent comme ça". */
const SILENCE_HABIT = rx('',
  '\\b((fait|font|fais) (souvent|tout le temps|toujours|regulierement) (ca|comme ca)|',
  'souvent comme ca|toujours comme ca|a le habitude|comme de habitude|son habitude|',
  'lui arrive souvent|arrive souvent|comme toujours|pas la premiere fois)\\b',
);

/** Who cannot be left silent: a frail elder, a child, a threat or a health danger. */
const FRAIL_OR_THREAT = rx('',
  '\\b(alzheimer|dement|demente|demence|desoriente|desorientee|diabetique|malade|',
  'enceinte|handicape|handicapee|suicide|suicider|en finir|mourir|menace|menacee|frappe|',
  'disparu|disparue|fugue|accident|malaise|inconscient|inconsciente|tombe|tombee|',
  'de ([1-9]|1[0-5]) ans|petit|petite|bebe|traitement|insuline|depression|deprime|deprimee)\\b',
);

/** An animal killing or harming farm animals: "il a déjà tué deux brebis". */
const PREDATOR = rx('',
  '\\b(chien|chiens|renard|renards|loup|loups|lynx|chien errant|chiens errants)\\b',
);
const LIVESTOCK_KILLED = rx('',
  '\\b(tue|tues|tuee|tuees|egorge|egorges|egorgee|egorgees|devore|devores|massacre|',
  'attaque|attaques|blesse|blesses|mange)( [a-z]+){0,2} (brebis|moutons|agneaux|poules|',
  'poulets|canards|lapins|chevres|veaux|volailles|oies|poussins|betes|dindes|pintades)\\b|',
  '\\ben a (deja )?(tue|egorge|devore|massacre|mange) (deux|trois|quatre|[0-9]+|plusieurs)\\b',
);

/** A person attacked, bitten or in fear of it now: the dog stays an emergency. */
const PERSON_ATTACKED = rx('',
  '\\b(attaque|attaquer|mord|mordu|mordue|mordre|saute sur|agresse|poursuit|court apres|',
  'blesse|charge|menace) (un enfant|une personne|mon fils|ma fille|moi|mon mari|ma femme|',
  'les enfants|un enfant|quelqu un|un homme|une femme|le facteur|mon voisin|ma voisine|',
  'un passant|une dame|un monsieur|un gamin|le petit|la petite|mon pere|ma mere|des gens)|',
  '\\b(me|nous|le|la) (mord|attaque|mordu|a mordu|a attaque)|\\b(en train de|au secours|',
  'saigne|sang|vite|peur pour (les|mes|nos) (enfants|petits)|malaise|inconscient|feu|',
  'incendie|couteau|fusil|tire|tirent|fait mordre|morsure|morsures)\\b',
);

/** An ailment of several days: "depuis 3 jours", "depuis une semaine". */
const DAYS_LONG = rx('',
  '\\bdepuis (\\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|plusieurs|quelques|une|un)',
  ' (jours|jour|semaines|semaine|mois)\\b',
);

/** The ordinary question: the pharmacy or the doctor on duty, an appointment, a medicine. */
const ORDINARY_CARE = rx('',
  '\\b(pharmacie de garde|pharmacie ouverte|pharmacie la plus proche|medecin de garde|',
  'quel medecin|quelle pharmacie|un rendez vous|generaliste|maison medicale|ou consulter|',
  'qui consulter|quel medicament|quoi prendre|quel cachet|doliprane)\\b',
);

/** Chest, breath, a fire, a fall, a silent person: an emergency whatever the days. */
const ACUTE = rx('',
  '\\b(poitrine|thorax|thoracique|coeur|bras gauche|machoire|respire|respirer|etouffe|',
  'inconscient|inconsciente|malaise|evanoui|evanouie|sang|saigne|paralyse|paralysee|',
  'de travers|feu|flammes|fumee|incendie|ebouillante|bouillante|en train de|maintenant|',
  'a le instant|vite|au secours|suicide|suicider|mourir|me tuer|en finir|avale|cachets|',
  'repond plus|repond pas|par terre|tombe|tombee|chute|confus|confuse|bebe|nourrisson|',
  'frappe|frappee|tape|battue|coups|menace|menacee|couteau|arme|violee)\\b',
);

/** A firing range, a clay shoot or last season's hunt: shots heard, aimed at nobody. */
const SHOTS_ELSEWHERE = rx('',
  '\\b(stand de tir|ball trap|balltrap|club de tir|champ de tir|camp militaire|tir sportif|',
  'saison derniere|saison passee|le hiver dernier|le automne dernier|le annee derniere|',
  'le an dernier|la chasse est|la battue est|jour de chasse|jours de chasse|',
  'ouverture de la chasse)\\b',
);

/** What the range or the season is about: shots, hunters, bullets; nothing else calms. */
const SHOTS_HEARD = rx('',
  '\\b(tir|tire|tirent|tirer|tirs|coups de feu|coup de feu|detonation|detonations|chasseurs|',
  'chasseur|balle|balles|plombs|fusil|fusils|carabine|pan pan|petarade)\\b',
);

/** Shots at someone now: the range or the season no longer calms. */
const SHOT_AT_NOW = rx('',
  '\\b(en ce moment|maintenant|actuellement|a le instant|vient de|viennent de|vite|',
  'au secours|sifflent|siffle|blesse|blessee|touche|touchee|sang|vers nous|sur nous|',
  'vers la maison|vers les maisons|sur la maison|sur les maisons|menace|menacer|braque|',
  'vise|visent)\\b',
);

/** How to check a tank, a bottle or a pipe: "comment savoir si ma bouteille de gaz fuit". */
const TANK_CHECK_ASKED = rx('',
  '\\b(comment|a quoi|comment faire pour|comment on peut) (savoir|verifier|voir|reconnaitre|',
  'tester|controler|detecter|on sait|on voit|je sais|je vois)( [a-z]+){0,6} (citerne|cuve|',
  'bouteille|bonbonne|reservoir|detendeur|flexible|tuyau)\\b',
);

/** A smell, a hiss or a symptom of gas now: the question yields. */
const GAS_NOW = rx('',
  '\\b(ca sent|sent le gaz|sens le gaz|odeur|pue|siffle|sifflement|maintenant|en ce moment|',
  'vite|mal a la tete|vertige|vertiges|malaise|nausee|vomit|flamme|flammes|feu)\\b',
);

/** A bottle empty, a tank to refill: "ma bouteille de gaz est vide". */
const TANK_ROUTINE = rx('',
  '\\b(bouteille|citerne|cuve|bonbonne) (de |a )?(gaz|propane|butane|fioul)( [a-z]+){0,3} ',
  '(est vide|vide|a changer|a remplir|a commander|livree)\\b',
);
const TANK_LEAKING = rx('', '\\b(fuit|fuite|fuient|perd)\\b');

function silentAsOften(text: string): boolean {
  return gatedTest(SILENT_PHONE, text) && gatedTest(WHEREABOUTS, text) &&
    gatedTest(SILENCE_HABIT, text) && !gatedTest(FRAIL_OR_THREAT, text);
}

function livestockKilled(text: string): boolean {
  return gatedTest(PREDATOR, text) && gatedTest(LIVESTOCK_KILLED, text) &&
    !gatedTest(PERSON_ATTACKED, text);
}

function ailmentOfDaysAsked(text: string): boolean {
  return gatedTest(ORDINARY_CARE, text) && gatedTest(DAYS_LONG, text) &&
    !gatedTest(ACUTE, text);
}

function shotsElsewhere(text: string): boolean {
  return gatedTest(SHOTS_ELSEWHERE, text) && gatedTest(SHOTS_HEARD, text) &&
    !gatedTest(SHOT_AT_NOW, text);
}

function tankCheckAsked(text: string): boolean {
  return (gatedTest(TANK_CHECK_ASKED, text) ||
    (gatedTest(TANK_ROUTINE, text) && !gatedTest(TANK_LEAKING, text))) &&
    !gatedTest(GAS_NOW, text);
}

/** True when the whole message is one of round t91's calm look-alikes. */
export function settledT91(text: string): boolean {
  return silentAsOften(text) || livestockKilled(text) || ailmentOfDaysAsked(text) ||
    shotsElsewhere(text) || tankCheckAsked(text);
}
