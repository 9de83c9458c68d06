import { SOMEONE, type NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t80 (a fresh tester's misses): a present danger told after a "comment porter plainte"
 * question (the question read the whole message as information), "si j'appelle il me tue"
 * (who cannot speak: 114 first), a reported threat with the man in the house, and "chut il
 * m'entend si je téléphone" (114 ahead of the plea for help).
 */

/** Someone forcing the way in now: present tense only, "a essayé" is the complaint's past. */
const FORCING_IN_NOW = rx('',
  '(?<!\\b(a|ont|avait|avaient|aurait|auraient) )',
  '\\b(essaie|essaient|essayent|essaye|essai|essaies|tente|tentent|est en train|',
  'sont en train) de ((entrer|rentrer|casser|defoncer|forcer|fracturer|enfoncer|ouvrir|',
  'penetrer) (chez moi|chez nous|dans la maison|dans ma maison|dans mon appart|',
  'dans le appart|(ma|la|notre) (porte|fenetre|baie))|(la|le) (casser|defoncer|forcer|',
  'fracturer|enfoncer|ouvrir))\\b',
);

/** Followed for minutes, now: a stalker "depuis des mois" is the complaint itself. */
const FOLLOWED_FOR_MINUTES = rx('',
  `\\b${SOMEONE} qui (me|nous) (suit|suivent|poursuit|poursuivent|colle|collent) depuis `,
  '([0-9]+|quelques|cinq|dix|quinze|vingt|trente) (minutes|min|mn)\\b',
);

/** The information question the danger was told after. */
const COMPLAINT_QUESTION = rx('',
  '\\b(porter plainte|pre plainte|deposer plainte|deposer une plainte|faire une plainte|',
  'main courante|signaler)\\b',
);

/** A clear past or a far date: the complaint is about what is over. */
const OVER_ALREADY = rx('',
  '\\b(hier|avant hier|la semaine derniere|le mois dernier|la nuit derniere|le an dernier|',
  'il y a ([0-9]+|deux|trois|quelques) (jours|semaines|mois|ans))\\b',
);

/** "si j'appelle il me tue": the threat that silences, on the writer. */
const SILENCED_BY_THREAT = rx('',
  '\\bsi (je|j) (appelle|telephone|parle|crie|previens|porte plainte)',
  '( a la police| la police| aux flics| les flics| les gendarmes| aux gendarmes| le 17|',
  ' a quelqu un| quelqu un| a qqn)?( il| elle| ils)? (me|va me|vont me) (tue|tuer|tuent|',
  'defonce|defoncer|egorge|egorger|plante|planter|buter|bute)\\b|',
  '\\b(il|elle|ils) (me|va me|vont me) (tue|tuer|tuent|buter|bute|egorger|egorge) si (je|j) ',
  '(appelle|telephone|parle|crie|previens)\\b',
);

/** A threat told as said before ("il a dit que si"): the man here is the 17's. */
const REPORTED_THREAT = rx('',
  '\\b(a dit|me a dit|ma dit|avait dit|disait|a menace|me a menace|ma menace|menace)',
  '( de [a-z ]{0,20})? ',
  '(que )?si (je|j) (appelle|telephone|parle|previens|porte plainte)\\b',
);

/** Any threat told as said: the older rules read it with the man here (17 first). */
const THREAT_SAID = rx('',
  '\\b(dit|a dit|ma dit|me a dit|avait dit|disait|menace|a menace|ma menace|me a menace)\\b',
);

const THREATENER_HERE = rx('',
  '\\b(il|elle|ils) (est|sont) (dans la maison|a la maison|chez moi|chez nous|la|ici|',
  'la dehors|dehors|dans le salon|dans la chambre|en bas|derriere la porte|dans le appart|',
  'a cote)\\b',
);

/** "il m'entend si je téléphone": whoever writes must not be heard. */
const OVERHEARD_IF_CALLING = rx('',
  '\\b(il|elle|ils|on) (me |nous )?(entend|entendent|entendrait|entendraient|va entendre|',
  'vont entendre|va me entendre|vont me entendre) si (je|j|on) (telephone|appelle|parle|',
  'decroche)\\b|\\bsi (je|j) (telephone|appelle|parle) (il|elle|ils) (me |nous )?',
  '(entend|entendent|va entendre|vont entendre)\\b',
);

export const NET_ROUND_T80: readonly NetFamily[] = [
  {
    id: 'net-danger-after-complaint-question',
    situation: 'intrusion',
    patterns: [FORCING_IN_NOW],
    requires: COMPLAINT_QUESTION,
    unless: OVER_ALREADY,
    always: true,
  },
  {
    id: 'net-followed-after-complaint-question',
    situation: 'violence',
    patterns: [FOLLOWED_FOR_MINUTES],
    requires: COMPLAINT_QUESTION,
    unless: OVER_ALREADY,
    always: true,
  },
  {
    id: 'net-silenced-by-threat',
    situation: 'hiding',
    patterns: [SILENCED_BY_THREAT],
    unless: THREAT_SAID,
  },
  {
    id: 'net-reported-threat-here',
    situation: 'violence',
    patterns: [REPORTED_THREAT],
    requires: THREATENER_HERE,
    always: true,
  },
  {
    id: 'net-overheard-if-calling',
    situation: 'hiding',
    patterns: [OVERHEARD_IF_CALLING],
  },
];
