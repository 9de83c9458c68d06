import { gatedReplace, gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "il va me tuer ce nouveau radar", "cette chaleur va me tuer", "je vais la tuer cette
 * imprimante": a thing, weather or chore that "will kill" or be killed is a complaint.
 * Only nouns that cannot be a person are listed, so "il va me tuer ce type" and "mon mari
 * va me tuer" stay threats.
 */
const THING = '(radar|radars|scooter|moto|voiture|bagnole|caisse|imprimante|ordi|ordinateur|' +
  'pc|telephone|portable|box|wifi|chaleur|canicule|froid|pluie|bruit|travaux|chantier|devoir|' +
  'devoirs|boulot|travail|taf|reunion|reunions|exam|examen|examens|partiels|controle|facture|' +
  'factures|impots|regime|sport|footing|escalier|escaliers|trajet|bouchons|embouteillages|' +
  'clim|chaudiere|machine|alarme|reveil|serie|match|rhume|migraine|grippe|dos|genou|talons|' +
  'chaussures|vent|moustiques|paperasse|administration|formulaire|dossier|demenagement|' +
  'menage|rentree|horaires|planning|loyer|credit|prix|essence|gasoil|pv|amende|amendes|' +
  'flash|flashs|peage|parking|stationnement|code|permis|ampoule|jardin|pelouse|tondeuse|' +
  'musique|telephone|appli|application|site|logiciel|mise a jour|ascenseur|jeu|course|' +
  'marathon|velo|rando|randonnee|montee|cote|bus|train|tram|rer|metro|retard|retards)';
const ADJECTIVE = '((nouveau|nouvelle|nouveaux|maudit|maudite|foutu|foutue|satane|satanee|' +
  'vieux|vieille|sale|petit|petite|grosse|gros) )?';
const DETERMINER = '(ce|cette|ces|mon|ma|mes|le|la|les|son|sa|ses|leur|leurs|cet)';
/** Aimed at the writer ("va me tuer") or by the writer at the thing ("je vais la tuer"). */
const KILLS = '(va|vont|vas|veut|veulent|vais|finira par|finiront par) (me|le|la|les) ' +
  '(tuer|buter|achever|defoncer|exploser)';

/**
 * What may come between the thing and the verb: a complement ("sur l'A6", "de maths"),
 * never a person nor "il dit que" ("le parking, il dit qu'il va me tuer" is a threat).
 */
const COMPLEMENT = '( (de|du|des|sur|en|au|a|dans) [a-z0-9]+( [a-z0-9]+)?)?';

/** Only the verb goes: the thing stays the subject, so "il démarre plus" is still its. */
const THING_KILLS = rx('g',
  `\\b((il|elle|ils|elles|ca|je|on) )?${KILLS}(?= ${DETERMINER} ${ADJECTIVE}${THING}\\b)|`,
  `(?<=(?<!\\b(avec|de|par|sous|dans|sur) )\\b${DETERMINER} ${ADJECTIVE}${THING}${COMPLEMENT})`,
  ` ${KILLS}\\b`,
);

/** For the vote: a killing aimed at a thing, whose remainder it must not read alone. */
export function killsAThing(text: string): boolean {
  return gatedTest(THING_KILLS, text);
}

export function withoutThingsThatKill(text: string): string {
  return gatedReplace(text, THING_KILLS, ' ');
}
