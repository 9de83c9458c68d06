import type { NetFamily } from './triage-net-families';
import { WEAPON, rx } from './triage-words';

/**
 * Someone else armed right now, told by the one they wrote or called ("ma cousine m'envoie
 * des sms, son copain est chez elle avec un couteau"). The weapon family steps aside when a
 * message is named, for weapons talked about online; a message that relays a scene under way
 * is no such talk, and the person at the other end needs the 17, not the writer's safety.
 */
const RELAYED = rx('',
  '\\b(me (envoie|envoient|ecrit|ecrivent|texte|textent|dit|disent|appelle|appellent|',
  'previent|supplie)|me a (envoye|ecrit|texte|dit|appele|appelee|prevenu|prevenue)|',
  'vient de me (ecrire|appeler|dire|envoyer|texter|prevenir))\\b',
);

const ARMS = `(${WEAPON}|opinel|cran de arret|lame|serpe|marteau)`;

/** The scene in the present: there, holding it, threatening with it. */
const ARMED_THERE = [
  rx('',
    '\\b(est|sont) (la|ici|chez (elle|lui|eux|elles)|devant|derriere|dans|en bas|a la porte|',
    'a sa porte)\\b( [a-z]+){0,5} (avec|arme de|armes de|arme d) (un|une|des|son|sa|ses) ',
    `${ARMS}\\b`,
  ),
  rx('',
    '\\b(a|ont|vient de) (sorti|sortir|pris|prendre|recupere) (un|une|des|son|sa|ses) ',
    `${ARMS}\\b`,
  ),
  rx('', `\\b(sort|sortent|brandit|brandissent|tient|tiennent|pointe|pointent|agite) `,
    `(un|une|des|son|sa|ses) ${ARMS}\\b`),
  rx('',
    '\\b(la|le|les|me|nous) (menace|menacent|braque|braquent|poursuit|poursuivent) ',
    `(avec (un|une|des|son|sa|ses)|au|a le) ${ARMS}\\b`,
  ),
];

/** Told afterwards, or about a weapon that is only a thing: a complaint or a sale. */
const TOLD_AFTER = rx('',
  '\\b(raconte|racontait|a raconte|hier|avant hier|semaine derniere|mois dernier|an dernier|',
  'annee derniere|il y a (\\d+|un|une|deux|trois|quelques|plusieurs) (jours|semaines|mois|ans)|',
  'avait|etait|menacait|autrefois|quand (ils|elles) (vivaient|etaient)|vendre|vend|acheter|',
  'achete|photo|photos|collection|club|couteaux? de cuisine|retrouve)\\b',
);

export const NET_RELAYED_NOW: readonly NetFamily[] = [
  {
    id: 'net-relayed-armed-now',
    situation: 'weapon',
    patterns: ARMED_THERE,
    requires: RELAYED,
    unless: TOLD_AFTER,
  },
];
