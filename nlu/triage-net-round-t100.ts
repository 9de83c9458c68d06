import type { NetFamily } from './triage-net-families';
import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t100: a child locked in by someone (17, 119), an adult met online who set a meeting
 * with a child (17, 119), and an animal attacking a person now (17 first, 15 beside: the
 * gendarmes stop the attack, the SAMU treats the bite; a bite told done with its wound stays
 * the 15's, net-dog-attack).
 */

const KID = '(ma|mon|mes|sa|son|ses|la|le|les|notre|nos|leur|leurs) (fille|fils|enfant|' +
  'enfants|petite|petit|petits|bebe|gamin|gamine|gamins|petite soeur|petit frere|niece|neveu|' +
  'petite fille|petit fils|ado|fillette)';

/** "Mon beau-père a enfermé ma fille dans la salle de bain", "il l'a enfermée dans la cave". */
const CHILD_LOCKED_IN = rx('',
  '\\b(il|elle|ils|elles|on|(mon|ma|son|sa|le|la|leur|un|une) (beau pere|belle mere|pere|mere|',
  'mari|femme|ex|copain|copine|compagnon|compagne|oncle|tante|voisin|voisine|homme|nounou|',
  'baby sitter|frere|soeur|cousin|grand pere|grand mere)) (a|ont|vient de|viennent de) ',
  `(enferme|enfermee|enfermes|boucle|bouclee|sequestre|sequestree) ${KID}\\b`,
);
/** The child is named elsewhere: "il l'a enfermée", told of "ma fille". */
const LOCKED_PRONOUN = rx('',
  '\\b(il|elle|ils|elles) (la|le|les) (a|ont) (enferme|enfermee|enfermes|enfermees|boucle|',
  'bouclee|sequestre|sequestree)\\b',
);
const CHILD_NAMED = rx('', `\\b${KID}\\b|\\b([1-9]|1[0-7]) ans\\b`);

/** Met online: the networks, the games, "sur internet". */
const ONLINE = '(insta|instagram|snap|snapchat|tiktok|discord|facebook|fb|whatsapp|internet|' +
  'en ligne|un jeu|jeux en ligne|fortnite|roblox|minecraft|twitch|telegram|messenger|reseaux|' +
  'un site|une appli|une application)';
/** Plainly a grown-up: "un adulte", "un homme de 40 ans", "un majeur", "un vieux". */
const ADULT = '(un|cet|cette|ce|le|la|l) (adulte|majeur|majeure|vieux|quadragenaire)\\b|' +
  '\\b(homme|mec|type|gars|monsieur|inconnu|femme) (de|d) ([2-9][0-9]|1[89]) ans\\b|' +
  '\\b(homme|mec|type) (beaucoup |bien )?plus (age|vieux)';
/** Plainly a child: an age, "mineure", "collégienne", or who writes it at 13. */
const MINOR = '\\b(de ([5-9]|1[0-7]) ans|mineure?|mineurs|collegienne?|petite|fillette|' +
  'ado|adolescente?|je ai (1[0-7]|[5-9]) ans)\\b';
const STRANGER = '\\b(un|cet|ce) (homme|inconnu|mec|type|gars|monsieur)\\b';
/** A meeting ahead: "lui a donné rendez-vous demain", "veut la voir samedi". */
const MEETING = '(rendez vous|rdv|(veut|voudrait|va|doit|propose de|compte) (la|le|les) ' +
  '(voir|rencontrer|retrouver|rejoindre|chercher|recuperer)|(veut|voudrait|va|doit|compte) ' +
  '(voir|rencontrer|retrouver|rejoindre) (ma|mon|sa|son|leur)|(la|le) (retrouver|rejoindre|' +
  'rencontrer|voir) (demain|ce soir|samedi|dimanche|ce week end|apres l ecole|a la sortie)|' +
  'venir (la|le) chercher|se voir (demain|ce soir|samedi|dimanche|ce week end)|' +
  'se rencontrer|aller (le|la) voir chez (lui|elle))';
const GROOMING_MEETING = new RegExp(`^(?=.*\\b${ONLINE}\\b)` +
  `(?=.*(\\b${ADULT}|${STRANGER}.*${MINOR}|${MINOR}.*${STRANGER})).*\\b${MEETING}\\b`);

/**
 * A meeting set by a grown-up met online: real life even when they met in a game ("sur
 * fortnite"), which the net's fiction reading would otherwise take it for.
 */
export function meetingSetOnline(text: string): boolean {
  return gatedTest(GROOMING_MEETING, text);
}

/** The animals that maul, and whom. */
const ANIMAL = '(chien|chiens|chienne|molosse|molosses|pitbull|pitbulls|pitbul|pit bull|pit|' +
  'rottweiler|rotweiler|' +
  'rottweilers|berger allemand|doberman|dogue|malinois|staff|amstaff|cane corso)';
const VICTIM = '(un|une|mon|ma|des|le|la|les|mes|sa|son|notre|nos) (enfant|enfants|gamin|' +
  'gamine|bebe|fille|fils|femme|homme|personne|petit|petite|dame|vieux|vieille|passant|' +
  'passante|joggeur|joggeuse|cycliste|voisin|voisine|mere|pere|mari|facteur|livreur|ado|' +
  'grand mere|grand pere|copine|copain|soeur|frere|gosse|gosses|petits)';
const ATTACKING = '(attaque|attaquent|mord|mordent|est en train de (mordre|attaquer|devorer)|' +
  'sont en train de (mordre|attaquer)|se acharne sur|se acharnent sur|se jette sur|saute sur|' +
  'sautent sur|ne lache pas|devore|lacere)';
const ANIMAL_ATTACKING = rx('',
  `\\b${ANIMAL}( [a-z]+){0,4} ${ATTACKING} (${VICTIM}|moi|nous)\\b|`,
  `\\b${ANIMAL}( [a-z]+){0,4} (me|nous|le|la|les) (attaque|attaquent|mord|mordent)\\b|`,
  `\\b${ANIMAL}( [a-z]+){0,4} (est|sont) en train de (me|nous|le|la|les) (mordre|attaquer)\\b`,
);

export const NET_ROUND_T100: readonly NetFamily[] = [
  {
    id: 'net-child-locked-in-by-someone',
    situation: 'child_violence',
    patterns: [CHILD_LOCKED_IN, LOCKED_PRONOUN],
    requires: CHILD_NAMED,
    // an animal or a thing shut in, a child shut in by mistake with the keys; shut OUT in the
    // cold is net-child-put-out's neglect (119 first)
    unless: rx('',
      '\\b(chien|chat|chats|cles|clefs|par erreur|par accident|sans faire expres|dehors|',
      'a la porte|sur le balcon|sur la terrasse|dans le jardin|dans la cour|sur le palier)\\b',
    ),
  },
  {
    id: 'net-grooming-meeting',
    situation: 'child_violence',
    patterns: [GROOMING_MEETING],
    // the meeting called off, or a question asked in general
    unless: rx('',
      '\\b(annule|annulee|bloque|bloquee|supprime|a pas eu lieu|ne ira pas|ira pas|comment ',
      'proteger|comment prevenir|comment eviter|que faire si|prof|professeur|medecin|coach ',
      'de son club|entraineur de son club|orthophoniste|psychologue)\\b',
    ),
  },
  {
    id: 'net-animal-attack-now',
    situation: 'animal_attack',
    patterns: [ANIMAL_ATTACKING],
    unless: rx('',
      '\\b(hier|la semaine derniere|le mois dernier|il y a \\d+ (jours|mois)|porter plainte|',
      'la laisse|museliere|en jouant|pour jouer|joue avec|mordille|mordiller|dresse|dressage|',
      'chiot|chiots|balle|baton|jouet|croquettes|quand (je|on|il|elle|ils) (passe|passons|',
      'passent|sort|sortons|sortent|rentre|rentrons))\\b',
    ),
  },
];
