import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t73's whole-message calms (settledMessage), from a fresh tester's false alarms: a
 * curfew ("couvre-feu") read as a fire, a game's trash talk ("il va exploser la tête de
 * ses adversaires") read as an explosion, a nurse's patients who often faint told as her
 * job before another question. Each yields to a sign of danger here and now.
 */

const CURFEW = /\bcouvre feux?\b/;

/** A fire, a blast or a blow beside the curfew: "couvre-feu et là il y a le feu". */
const BESIDE_CURFEW = rx('',
  '\\b(feu|feux|flammes?|fumee|incendie|brule|brulent|crame|explose|explosion|gaz|blesse|',
  'blessee|blesses|sang|arme|couteau|frappe|frappent|agresse|agression|au secours|vite|',
  'urgent|aidez moi)\\b',
);

function curfewAsked(text: string): boolean {
  return gatedTest(CURFEW, text) &&
    !gatedTest(BESIDE_CURFEW, text.replace(/\bcouvre feux?\b/g, ' '));
}

/** A video game played, online or on a console. */
const GAME = rx('',
  '\\b(jeu|jeux|jeu video|jeux video|en ligne|console|manette|ps4|ps5|xbox|switch|fortnite|',
  'call of duty|cod|gta|minecraft|valorant|roblox|league of legends|partie|parties|gamer|',
  'stream|twitch|discord|fifa|pubg|apex|overwatch|counter strike|warzone)\\b',
);

/** The boast: blow up, smash, kill... */
const BOAST = rx('',
  '\\b(exploser|explose|defoncer|detruire|tuer|massacrer|eclater|atomiser|demolir|fumer|',
  'buter|niquer|rouler dessus|ecraser)\\b',
);

/** Whom the boast aims at: the other players, never a person named at home or at school. */
const PLAYERS = rx('',
  '\\b(adversaires?|ennemis?|joueurs?|equipe adverse|autres equipes?|boss|zombies?|noobs?|',
  'bots?|la team|les teams?)\\b',
);

/** A weapon, a wound, a real threat: the game no longer explains it. */
const REAL_HARM = rx('',
  '\\b(couteau|arme|fusil|pistolet|sang|saigne|blesse|blessee|frappe|tape|cogne|feu|fumee|',
  'flammes|gaz|odeur|a explose|vient de|en vrai|pour de vrai|vraie vie|ecole|college|lycee|',
  'son frere|sa soeur|sa mere|son pere|moi|nous|menace de mort|peur)\\b',
);

function gameTrashTalk(text: string): boolean {
  return gatedTest(GAME, text) && gatedTest(BOAST, text) && gatedTest(PLAYERS, text) &&
    !gatedTest(REAL_HARM, text);
}

/** Who cares for the sick as a job: "je suis infirmière", "je travaille en ehpad". */
const CARER = rx('',
  '\\b(je suis|suis|jsuis|je travaille comme|en tant que|je travaille (en|a le|dans une?|',
  'aux)) (une |un )?(infirmiere|infirmier|aide soignante?|auxiliaire de vie|medecin|',
  'docteur|pompier|ambulanciere?|ambulancier|secouriste|sage femme|kine|pharmacienne?|',
  'educatrice|educateur|ehpad|hopital|urgences|clinique|maison de retraite)\\b',
);

const CARED_FOR = rx('',
  '\\b(patients?|patientes?|residents?|residentes?|malades|personnes agees|pensionnaires|',
  'beneficiaires)\\b',
);

/** As a rule of the job, or put aside for another question. */
const AS_A_RULE_OR_ASIDE = rx('',
  '\\b(souvent|parfois|regulierement|tout le temps|tous les jours|rien a voir|',
  'autre question|autre chose|ma question|je voulais (demander|savoir)|sinon)\\b',
);

/** A patient down now: the job does not calm it. */
const DOWN_NOW = rx('',
  '\\b(en ce moment|maintenant|a le instant|vient de|viennent de|respire (plus|pas|mal)|',
  'inconsciente?|ne repond plus|repond plus|vite|au secours|aidez moi|urgent|urgence)\\b',
);

function carerSpeaksOfTheJob(text: string): boolean {
  return gatedTest(CARER, text) && gatedTest(CARED_FOR, text) &&
    gatedTest(AS_A_RULE_OR_ASIDE, text) &&
    !gatedTest(DOWN_NOW, text);
}

/** True when the message is calm by one of the round's families. */
export function settledT73(text: string): boolean {
  return curfewAsked(text) || gameTrashTalk(text) || carerSpeaksOfTheJob(text);
}
