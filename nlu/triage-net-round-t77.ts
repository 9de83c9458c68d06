import { gatedTest } from './regex-gate';
import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t77 (helpers' and testers' leftovers): a real weapon taken up while a game is named
 * (the game words read it as fiction), an intruder here now told after a question "pour plus
 * tard" (whose clause is stripped as hypothetical, taking the intrusion with it), a family
 * member's blows told bare in the present ("mon mari me bat", "mon fils ado me frappe").
 */

const BLADE = '(couteau|couteaux|cutter|ciseaux|arme|pistolet|flingue|hache|marteau|batte|' +
  'tournevis|machette|fusil|carabine|sabre|poignard|couteau de cuisine)';

/** "là il a un couteau", "en vrai il sort un couteau": a thing in the room, now. */
const WEAPON_TAKEN_NOW = rx('',
  '\\b(la|maintenant|pour de vrai|en vrai|irl|dans la vraie vie|et la) (il|elle|ils|elles) ',
  '(a|ont|prend|prennent|sort|sortent|tient|tiennent|brandit|a pris|a sorti|a attrape|',
  'attrape|a chope|chope) (un|une|le|la|des|mon|ma|notre) (vrai |vraie )?',
  `${BLADE}\\b|`,
  `\\b${BLADE}( [a-z]+){0,3} (il|elle|ils) (menace|menacent|court apres|poursuit|poursuivent|`,
  'veut planter|veut tuer|fonce sur|frappe|attaque) (son|sa|ses|mon|ma|mes|moi|nous|le|la)\\b',
);

/** The weapon is inside the game: "dans le jeu il a un couteau", "son perso". */
const INSIDE_THE_GAME = rx('',
  '\\b(dans|sur) (le|ce|son|mon|un) (jeu|jeu video|game|niveau|skin)\\b|',
  '\\bdans (fortnite|gta|minecraft|roblox|call of duty|warzone|valorant|free fire|',
  'among us|la partie)\\b|\\b(son|mon|le) (perso|personnage|avatar|skin)\\b',
);

/** Real weapon beside a game, which the game words must not read as fiction. */
export function realWeaponBesideGame(text: string): boolean {
  return gatedTest(WEAPON_TAKEN_NOW, text) && !gatedTest(INSIDE_THE_GAME, text);
}

/** "là il est dans le salon", "il essaie d'ouvrir la porte": somebody here now. */
const INTRUDER_HERE_NOW = rx('',
  '\\b(la|maintenant|en ce moment|actuellement) (il|ils|elle|quelqu un|qqn|un homme|un mec|',
  'le mec|le type|un type|le cambrioleur|le voleur) (est|sont) (dans|a) (le|la|mon|ma|notre|',
  'les) (salon|maison|cuisine|chambre|couloir|appartement|appart|entree|garage|escalier|',
  'escaliers|etage|cave|jardin|sejour|salle de bain)\\b|',
  '\\b(la|maintenant|en ce moment) (il|ils|quelqu un|qqn) (essaie|essaye|essaient|tente|',
  'tentent) de (ouvrir|rentrer|entrer|forcer)\\b',
);

/** A question on intruders asked ahead, or a word of break-in, which places the "il". */
const INTRUSION_CUE = rx('',
  '\\b(pour plus tard|si un jour|si jamais|au cas ou|question|cambrioleur|cambrioleurs|voleur|',
  'voleurs|intrus|rentre|rentrer|entre|entrer|porte|fenetre|effraction|cambriolage|',
  'je fais quoi|que faire)\\b',
);

/** A pet, or a worker expected: "là il est dans le salon, mon chat". */
const NOT_AN_INTRUDER = rx('',
  '\\b(chat|chien|chaton|chiot|lapin|hamster|oiseau|perroquet|souris|livreur|plombier|',
  'technicien|film|serie|jeu|reve)\\b',
);

/** A relative who hits, beyond the partners of round t73: "mon fils ado", "mon beau-père". */
const KIN = '(mon|ma|mn) (mari|copain|conjoint|compagnon|femme|copine|ex|pere|mere|frere|soeur|' +
  'fils|fille|beau pere|belle mere|beau frere|belle soeur|oncle|tante|cousin|grand frere|' +
  'demi frere|fils ado|fille ado|fils adolescent|fille adolescente|ado|petit fils|daron|' +
  'daronne|vieux|pere ivre|mari ivre)( de (1[2-9]|[2-9][0-9]) ans| adolescent| ado)?';

/** The whole message a relative's blows, now: "mon mari me bat", "mon fils ado me frappe". */
const KIN_BLOWS_BARE = rx('',
  '^(bonjour |bonsoir |salut |s il vous plait |aide |aidez moi |help |au secours )?',
  `${KIN} (me|nous) (bat|battent|frappe|frap|frappent|tape|tappe|cogne|tabasse|gifle|`,
  'etrangle|roue de coups)( encore| a nouveau| dessus| la| maintenant| en ce moment)?',
  '( s il vous plait| aidez moi| au secours| aide moi| vite)?$',
);

export const NET_ROUND_T77: readonly NetFamily[] = [
  {
    id: 'net-real-weapon-beside-game',
    situation: 'weapon',
    patterns: [WEAPON_TAKEN_NOW],
    unless: INSIDE_THE_GAME,
  },
  {
    id: 'net-intruder-here-after-question',
    situation: 'intrusion',
    always: true,
    patterns: [INTRUDER_HERE_NOW],
    requires: INTRUSION_CUE,
    unless: NOT_AN_INTRUDER,
  },
  {
    id: 'net-kin-blows-bare',
    situation: 'domestic_violence',
    habitCancels: true,
    patterns: [KIN_BLOWS_BARE],
  },
];
