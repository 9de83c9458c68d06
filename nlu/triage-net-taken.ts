import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';
import { NET_TAKEN_AWAY } from './triage-net-taken-away';

/**
 * Three dangers from the fresh sets blind38-42 (in our own words):
 * - someone vulnerable taken away in a vehicle right now: a car driven off with a child
 *   asleep in the back, a person pushed into a van (17; abroad 112 leads, triage-far.ts);
 * - arson threatened by someone there with the means (a can of petrol, a lighter, the door
 *   sprinkled): violence now, 17 ahead of the fire's 18 (a fire burning stays 18 first);
 * - someone pinned under or inside a vehicle, a machine, a tree or rubble: the firemen free
 *   them first, then the SAMU (18, 15, 112), even when the message tells of blood.
 */

const KIN = '(mon|ma|mes|notre|nos|le|la|les|son|sa|ses|un|une|leur) ((deux|trois|[0-9]+) )?' +
  '(fils|fille|bebe|enfant|' +
  'enfants|petit|petite|petits|gamin|gamine|gamins|gosse|gosses|bout de chou|nourrisson|' +
  'grand mere|grand pere|mamie|papi|soeur|frere|neveu|niece|fillette|garcon)';
const CAR = '(voiture|auto|caisse|bagnole|camionnette|camion|van|fourgon|fourgonnette|' +
  'vehicule|monospace|4x4|suv)';

const TAKE = '(parti|partie|partir|demarre|demarrer|file|filer|barre|barrer|enfui|enfuir|' +
  'embarque|pris|prendre|vole|voler|volee|pique|piquer|piquee|taxe|taxer|taxee)';
const STRANGER = '(un homme|un type|un mec|un gars|un inconnu|une inconnue|quelqu un|un individu|' +
  'des hommes|des types|des mecs|deux hommes|le voleur|les voleurs|un voleur|une femme)';
const ABOARD = '(dedans|a le arriere|a bord|a le interieur|derriere|sur la banquette|' +
  'dans son siege|dans le siege|endormie?s?|qui dormai(t|ent)|attachee?s?)';

const VICTIM = '(une|la|ma|sa|cette|un|le|mon|son|ce) (femme|fille|jeune|jeune femme|ado|' +
  'adolescente?|gamine?|enfant|petite?|garcon|homme|mec|type|dame|fillette|etudiante?|soeur|' +
  'frere|fils|copine|voisine?|passante?)';

const PINNED_UNDER = '(tracteur|voiture|camion|vehicule|moto|quad|engin|machine|remorque|' +
  'carcasse|arbre|tronc|mur|muret|gravats|decombres|poutre|dalle|eboulement|tas de bois|' +
  'pelleteuse|tractopelle|chariot|benne|voiture renversee|bus|charpente|toit|tole|palette)';

/** Arson threatened with the means at hand: violence now (17) and the fire's 18 after. */
const ARSON_THREAT = {
  patterns: [
    rx('', '\\b(va|vais|vont|veut|veulent|menace de|menacent de|jure de|jure que il va) ',
      '(tout )?(bruler|cramer|incendier|mettre le feu|foutre le feu|faire bruler|faire ',
      'sauter|faire tout sauter|tout faire bruler|nous bruler|nous cramer|me bruler)\\b'),
    rx('', '\\b(arrose|asperge|verse|repand|renverse|balance) (de le )?(essence|gasoil|',
      'gazole|alcool a bruler|white spirit|petrole)\\b|\\b(arrose|asperge|aspergee|',
      'arrosee) (la|ma|notre|sa|le|mon|les|nos) (porte|maison|voiture|entree|palier|',
      'facade|escalier|appart|appartement|chambre|volets|cabane|caravane)( [a-z]+){0,2} ',
      '(de|avec de le|avec le|a le) (essence|gasoil|gazole|alcool|white spirit|petrole)\\b'),
  ],
  requires: rx('', '\\b(bidon|bidons|jerrican|jerricane|jerrycan|essence|gasoil|gazole|',
    'briquet|allumettes|allumette|petrole|alcool a bruler|white spirit|cocktail molotov|',
    'molotov|chalumeau|torche|arrose|asperge|verse)\\b'),
  unless: rx('', '\\b(jeu|film|serie|roman|chanson|barbecue|feu de camp|brulage|herbes|',
    'broussailles|hier|la semaine derniere|mdr|lol)\\b'),
};

export const NET_TAKEN: readonly NetFamily[] = [
  {
    id: 'net-taken-in-vehicle',
    situation: 'missing_child',
    patterns: [
      // "il vient de démarrer avec ma voiture, mon bébé encore dans son siège à l'arrière"
      new RegExp(`\\b${TAKE} (avec )?(ma|notre|la|sa|leur|mon|nos) ${CAR}\\b.{0,40}\\b${KIN}` +
        `( [a-z0-9]+){0,5} ${ABOARD}\\b`),
      // "un homme vient de partir avec notre voiture et mon fils"
      new RegExp(`\\b${STRANGER}( [a-z]+){0,3} ${TAKE} avec (ma|notre|la|sa|leur|mon|nos) ` +
        `${CAR}( [a-z]+){0,3} (et|avec) ${KIN}\\b`),
      new RegExp(`\\b(force|forcee|forces|pousse|poussee|jete|jetee|traine|trainee|embarque|` +
        `embarquee|fait monter|faite monter|fourre|fourree|balance|balancee|enleve|enlevee|` +
        `kidnappe|kidnappee)( ${VICTIM})? (de force )?(dans|a le arriere de|a le interieur de) ` +
        '(le coffre de |le coffre du |le coffre )?(une|un|sa|la|le|leur) ' +
        `${CAR}\\b`),
      new RegExp(`\\b${KIN}( [a-z]+){0,3} (est|etait|sont|etaient) (encore |toujours )?` +
        `(dedans|a le arriere|a bord)( [a-z]+){0,3} (quand|lorsque) (il|elle|ils|on|un homme|` +
        `quelqu un|le voleur|un mec|un type) (a|ont|est|sont) (parti|partis|demarre|vole|file)\\b`),
    ],
    unless: rx('', '\\b(hier|la semaine derniere|jeu|film|serie|livre|roman|police ',
      'le a retrouve|retrouve sain|on le a retrouve|tout va bien|pour rire|dessin anime|',
      'porter plainte|declaration de vol|assurance)\\b'),
  },
  {
    // a break-in under way told by its tool: "ils découpent le portail à la disqueuse là"
    id: 'net-cutting-in-now',
    situation: 'intrusion',
    patterns: [
      rx('', '\\b(decoupe|decoupent|decouper|scie|scient|scier|force|forcent|forcer|fracture|',
        'fracturent|fracturer|defonce|defoncent|defoncer|crochete|crochetent|crocheter) (le|la|',
        'les|un|une|notre|mon|ma|nos|mes) (portail|porte|grille|cadenas|serrure|volet|volets|',
        'vitrine|rideau metallique|grillage|cloture|hangar|entrepot|local|garage|barriere)\\b'),
    ],
    requires: rx('', '\\b(en train de|maintenant|la maintenant|actuellement|en ce moment|',
      'disqueuse|pied de biche|meuleuse|tronconneuse|cisaille|vite|encore la)\\b'),
    unless: rx('', '\\b(hier|la semaine derniere|cette nuit ils ont|serrurier|le proprio|',
      'mon mari|le jardinier|les ouvriers|travaux|chantier prevu|reparer)\\b'),
  },
  { id: 'net-arson-threat-with-means', situation: 'violence', ...ARSON_THREAT },
  { id: 'net-arson-threat-fire', situation: 'fire', ...ARSON_THREAT },
  {
    id: 'net-pinned-under',
    situation: 'road_injury',
    patterns: [
      rx('', '\\b(pris|prise) sous (le|la|les|un|une|son|sa|ses|leur|des)( [a-z]+){0,2} ',
        PINNED_UNDER, '\\b'),
      rx('', '\\b(coince|coincee|coinces|coincees|bloque|bloquee|bloques|ecrase|',
        'ecrasee|ecrases|pieges?|piegee|enseveli|ensevelie|incarcere|incarceree|incarceres|',
        'coincer|bloquer|immobilise|immobilisee)( [a-z]+){0,2} (dessous|en dessous|la dessous|',
        'sous (le|la|les|un|une|son|sa|ses|leur|l|de le|des)( [a-z]+){0,2} ', PINNED_UNDER,
        '|dans (la|sa|le|son|une|un) (carcasse|habitacle|cabine|voiture|epave|tole|machine))\\b'),
      rx('', '\\b', PINNED_UNDER, '( [a-z]+){0,5} (sur|dessus) (lui|elle|eux|moi|son corps|',
        'ses jambes|sa jambe|ses jambes|son bras|sa poitrine|le conducteur|mon pere|mon fils|',
        'ma mere|mon mari|ma femme|mon frere|le gamin|le petit)\\b'),
      rx('', '\\b(tracteur|quad|voiture|camion|engin|tractopelle|moto|remorque|arbre)',
        '( [a-z]+){0,4}',
        ' (se est |est |a )?(renverse|renversee|bascule|basculee|couche|tombe|tombee|',
        'retourne|retournee|ecroule)( [a-z]+){0,6} (sur (lui|elle|eux)|dessous)\\b'),
    ],
    unless: rx('', '\\b(chat|chaton|chien|chiot|jouet|ballon|cle|cles|telephone|portable|',
      'hier|la semaine derniere|le an dernier|jeu|film|serie|livre)\\b'),
  },
  // a relative taken by burglars or strangers, said without a vehicle
  ...NET_TAKEN_AWAY,
];
