import { CHILD, rx } from './triage-words';
import { SOMEONE, type NetFamily } from './triage-net-families';

/** Strangers rather than "il": "il est dans le jardin" is often the dog or the son. */
const STRANGER = '(quelqu un|quelque un|quelquun|quelqun|qqn|un homme|des hommes|un inconnu|' +
  'des inconnus|un individu|des individus|des gens|un mec|des mecs|un type|des types|des gars|' +
  'une personne|des personnes|des jeunes)';
const VICTIM = '(une|un|des|sa|son|ses|ma|mon|mes|la|le|les|cette|ce) (femme|homme|enfant|' +
  'enfants|fille|fils|garcon|personne|vieille|vieux|dame|monsieur|mere|pere|soeur|frere|copine|' +
  'copain|bebe|gamin|gamine|sdf|jeune|passant|passante|voisine|voisin|caissiere|chauffeur|' +
  'passants|gens|personnes|clients)';

/** Family violence at home stays the FAQ's unless something says now (phrase rules). */
const NOT_FAMILY = '(?<!\\b(mon|ma|mes|son|sa|notre) (pere|mere|frere|soeur|mari|femme|conjoint|' +
  'conjointe|copain|copine|compagnon|compagne|ex|beau pere|belle mere|oncle|tante|fils|fille)' +
  '( nous| me| te| les)? )';

/** What a burglar takes: "il est en train de sortir leur télévision". */
const GOODS = '(television|tele|tv|ecran|meubles|affaires|bijoux|ordinateurs?|ordi|objets|' +
  'velos?|scooter|coffre|electromenager|cartons|sacs|tableaux|telephones?|outils|tondeuse)';
const PROPERTY = '(porte|portes|portiere|portieres|fenetre|fenetres|serrure|portail|maison|' +
  'appartement|appart|voiture|voitures|garage|cave|volets?|baie|vitre|coffre|boite aux lettres|' +
  'local|magasin)';

/** Safety-net families for what a witness or a victim describes in the present tense. */
export const NET_WITNESS: readonly NetFamily[] = [
  {
    id: 'net-beating',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        `${NOT_FAMILY}\\b(frappe|frappent|tape|tapent|cogne|cognent|bat|battent|agresse|`,
        'agressent|tabasse|',
        `tabassent|etrangle|etranglent|secoue|secouent) ${VICTIM}\\b`,
      ),
      rx('',
        '\\b(il|ils|on|elle|elles) (me|nous) (frappe|frappent|agresse|agressent|tape|tapent|',
        'cogne|cognent|bat|battent|encercle|encerclent|attaque|attaquent)\\b',
      ),
      new RegExp(`\\b${SOMEONE} (me|nous) (a |ont )?(encercle|encerclent|entoure|entourent|` +
        'coince|coincent|coincee|coinces|encerclee|encercles)\\b'),
      rx('',
        '(?<!\\bje )\\b(va|vont|veut|veulent|menace de) (tuer|egorger|poignarder|buter|flinguer|',
        'etrangler) (sa|son|ses|la|le|les|ma|mon|mes|une|un|des|tout le monde|quelqu un)\\b',
      ),
      new RegExp(`\\b${SOMEONE} (me|nous) (court|courent|cours) apres\\b`),
      /\b(me|nous) (frappe|frappent|tape|tapent|cogne|bat) (au ventre|a la tete|au visage|avec)\b/,
      /\b(emeute|emeutes|ca degenere|echauffouree|affrontements?|guet apens)\b/,
      rx('',
        '\\b(me|la|le|nous) (tient|tiennent|tire|tirent|traine|trainent|attrape) par (les ',
        'cheveux|le cou|la gorge)\\b|\\b(me|la|le) (traine|trainent) (par terre|au sol|dehors)\\b',
      ),
      /\b(il|ils|elle) (casse|cassent) tout\b/,
      rx('',
        '\\b(menace|menacent) (les|des|une|un|la|le) (passants|gens|clients|enfants|personnes|',
        'vendeuse|vendeur|caissiere|femme|homme)\\b|\\b(me|la|le) (etouffe|etouffent) avec\\b',
      ),
      rx('',
        // "on m'a enlevé mon chien pour la fourrière": an animal or a vehicle taken, no one
        '\\b(me|nous) (a|ont) (enleve|enlevee|enleves|kidnappe|kidnappee)\\b',
        '(?! (mon|ma|mes|notre|nos|le|la|les) (chiens?|chiennes?|chats?|chiots?|chatons?|animal|',
        'animaux|voitures?|vehicules?|autos?|motos?|scooters?|velos?|camions?|camionnettes?|',
        'caravanes?|camping cars?|bateaux?|cheval|chevaux|permis|points|plaques?|platre|',
        'points de suture|dents?|sabot)\\b)|',
        '\\bje (sais|sait) (pas|plus) ou je suis\\b',
      ),
      /\b(je suis|suis) (agresse|agressee|attaque|attaquee|frappe|frappee|poursuivi|poursuivie)\b/,
      rx('',
        '(?<!\\bje )\\b(va|vont|veut|veulent|allait|allaient|menace de|menacent de) (me|nous) ',
        '(buter|tuer|planter|crever|defoncer|faire la peau|egorger|flinguer|descendre|tabasser|',
        'violer)\\b',
      ),
      rx('',
        '\\b(sont|etaient) (\\d+|deux|trois|quatre|plusieurs|nombreux) (a|pour) (me|nous) (taper|',
        'frapper|tabasser|agresser|cogner|menacer|racketter)\\b',
      ),
      rx('',
        '\\b(lance|lancent|jette|jettent) des (pierres|cailloux|projectiles|cocktails molotov|',
        'briques|bouteilles|mortiers) (sur|contre|vers)\\b',
      ),
      rx('',
        `\\b${STRANGER} (qui )?(suit|suivent|poursuit|poursuivent) (ma fille|mon fils|ma femme|`,
        'ma soeur|ma mere|une femme|une fille|un enfant|des enfants|une jeune|mon enfant|',
        'ma copine|une dame)\\b',
      ),
    ],
    unless: /\b(quand il boit|quand il a bu|au college|au lycee|a le ecole|message|sms)\b/,
  },
  {
    id: 'net-door',
    situation: 'intrusion',
    habitCancels: true,
    beforeIdioms: true,
    patterns: [
      /\b(sonne|tape|tapent|frappe|frappent|tambourine|cogne|cognent)( [a-z]+){0,4} porte\b/,
    ],
    requires: rx('',
      '\\b(crie|hurle|insulte|menace|depuis \\d+ (min|minutes)|veut entrer|veut rentrer|peur|',
      'defoncer|casser|ivre|ex)\\b',
    ),
  },
  {
    id: 'net-stranger',
    situation: 'intrusion',
    patterns: [
      // telegraphic: "homme ds maison", "inconnu dans mon jardin"
      rx('',
        '((^|\\b(y a|il y a) )(un |des )?|(?<!\\b(le|la|les|un|une|des|du|de|ce|cet|cette|son|',
        'sa|ses|mon|ma|mes|au|aux|leur|notre|votre|ton|ta|quel|quelle) ))',
        '\\b(homme|hommes|inconnu|inconnus|individu|individus|mec|',
        'mecs|type|types|gars|qqn|quelqu un) (dans|devant|sur) ((le|la|les|mon|ma|notre|nos) )?',
        '(maison|jardin|cour|garage|cave|grenier|escalier|couloir|chambre|salon|cuisine|',
        'appartement|appart|balcon|terrasse)\\b',
      ),
      rx('',
        `\\b${STRANGER}( [a-z]+){0,2} (dans|devant) (le|la|mon|ma|notre|les) (jardin|cour|garage|`,
        'cave|grenier|maison|escalier|couloir|hall|fenetre|fenetres|volets)\\b',
      ),
      new RegExp(`\\b${STRANGER}( [a-z]+){0,2} (tourne|tournent|rode|rodent|traine|trainent) ` +
        '(autour|devant|dans)\\b'),
      rx('',
        '\\bqui (regarde|regardent|observe|observent|rode|rodent) (par|a travers) (la|les|ma|',
        'mes) fenetres?\\b',
      ),
      rx('',
        '(?<!\\bje )\\b(essaie|essaye|essaient|essayent|tente|tentent) de (voler|forcer|casser|',
        'cambrioler|braquer|fracturer|ouvrir)\\b',
      ),
      /\b(se|s) (introduit|introduisent) (dans|chez)\b/,
      rx('',
        '\\b(cambriolage|vol|agression|braquage|effraction)( [a-z]+){0,3} (en train de se ',
        'passer|en cours|se passe)\\b',
      ),
      rx('',
        '\\b(entrer|entre|rentrer|rentre|passer|passe|grimper|grimpe) (par|sur) (la|une|les|le) ',
        '(fenetre|fenetres|balcon|toit|soupirail|vasistas|gouttiere)\\b',
      ),
      rx('',
        `\\b${STRANGER}( [a-z]+){0,6} (attend|attendent|guette|guettent|reste|restent) (a cote de|`,
        'pres de|devant|derriere) (ma|mon|notre) (voiture|porte|maison|immeuble)\\b',
      ),
      rx('',
        `\\b${STRANGER} (volent|vole|fouillent|fouille|pillent|pille|siphonnent|forcent|cassent) `,
        '(des|les|la|le|une|un|dans|tout)\\b',
      ),
      rx('',
        '\\b(je entends|je entend|jentend|jentends) (du bruit|des bruits|quelqu un|qqn|des pas|',
        'des voix)\\b',
      ),
    ],
    requires: rx('',
      '\\b(chez moi|maison|seule|seul|rdc|rez de chaussee|en bas|la nuit|cette nuit|jardin|',
      'garage|cave|grenier|fenetre|fenetres|voisins?|voisines?|porte|dans|peur|voiture|pneus)\\b',
    ),
  },
  {
    // a burglary told by a polite or unsure witness: "semble cambrioler", "on dirait qu'ils
    // forcent la porte", or by what is carried out of a house whose owners are away
    id: 'net-burglary-witnessed',
    situation: 'intrusion',
    patterns: [
      rx('',
        '\\b(semble|semblent|a le air de|ont le air de|parait|paraissent) (en train de )?',
        // "le plombier semble forcer sur la vis": forcing is a burglar's only on a door
        '((cambrioler|piller|braquer|se introduire)\\b|(forcer|fracturer|fouiller)',
        `( [a-z]+){0,2} ${PROPERTY}\\b)`,
      ),
      rx('',
        '\\b(dirait|dirais|crois|pense|semble|apparemment|visiblement|clairement) (que )?(il|ils|',
        'quelqu un|qqn|des gens|on|(deux|trois|des|plusieurs|[0-9]+) (personnes|hommes|individus|',
        'types|mecs|gars|jeunes)) ((cambriole|cambriolent)\\b|(force|forcent|fracture|fracturent|',
        `fouille|fouillent|pille|pillent|braque|braquent)( [a-z]+){0,2} ${PROPERTY})`,
      ),
      rx('',
        '(?<!\\b(je suis|on est|nous sommes|je|on|nous) )\\b((est|sont) en train de (sortir|',
        'emporter|charger|embarquer|piquer|prendre|voler|vider)|sort|sortent|emporte|emportent|',
        `charge|chargent|embarque|embarquent)( [a-z]+){0,2} ${GOODS}`,
      ),
      rx('',
        '\\b(quelqu un|qqn|des gens|un homme|des hommes|un individu|des individus|un inconnu|',
        'des inconnus|lumiere|lumieres|lampe torche|lampes torches|du bruit|des bruits|des voix)',
        '( [a-z]+){0,3} (chez eux|chez elle|chez lui|dans leur|dans sa maison|dans son ',
        '(appartement|appart|jardin|garage)|chez (les|mes|nos|la|le|ma|mon) (voisins?|',
        'voisines?))\\b',
      ),
      /\bje (entends|entend|vois) (casser|forcer|fracturer|briser|fouiller|defoncer)\b/,
    ],
    requires: rx('',
      '\\b(voisins?|voisine|proprietaires?) ((qui )?(sont|est) )?(en vacances|absents?|',
      'absente|partis?|partie|pas la)|\\b(sont|est) (en vacances|absents?|absente)|',
      '\\b(maison|appartement|appart|logement)( [a-z]+){0,3} (est )?(vide|inoccupee|inhabitee|',
      'abandonnee)|',
      '\\b(cagoules?|cagoule|capuche|capuches|inconnus?|',
      'individus?|cambrioleurs?|voleurs?|camionnette|en pleine nuit|porte forcee|',
      'fenetre cassee|louche|suspect|suspects|semble|semblent|a le air|ont le air|dirait|crois|',
      'pense|apparemment|visiblement)\\b',
    ),
    unless: /\b(demenage|demenagent|demenagement|demenageurs|brocante|vide grenier|soldes)\b/,
  },
  {
    id: 'net-missing',
    situation: 'missing_child',
    patterns: [
      rx('',
        '\\b(frere|soeur|cousin|cousine|neveu|niece|fils|fille|enfant|petit|petite|bebe|gamin|',
        'gamine) de (\\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans\\b.{0,20}',
        // "a perdu son doudou" is the child who lost something
        '\\b(disparu|disparue|introuvable|perdu|perdue)\\b(?! (son|sa|ses|le|la|les|un|une|des|',
        'mon|ma|mes|leur|leurs|notre|nos|tout|toute|beaucoup|du|de)\\b)',
      ),
      rx('',
        '\\b(enfant|enfants|bebe|gamin|gamine|gamins|petit|petite|gosse|gosses|mome)',
        '( de [a-z0-9]+ (ans|mois))?( [a-z0-9]+){0,3} (seul|seule|tout seul|toute ',
        'seule)\\b.*\\b(route|autoroute|rue|nuit|voie ferree|rails|bord)\\b',
      ),
    ],
  },
  {
    id: 'net-drunk-driver',
    situation: 'generic',
    patterns: [
      rx('',
        '\\b(bourre|ivre|saoul|alcoolise|drogue|defonce)\\b.*\\b(conduit|conduire|au volant|',
        'prend la route|roule)\\b',
      ),
      /\b(conduit|au volant|roule)\b.*\b(bourre|ivre|saoul|alcoolise|drogue)\b/,
    ],
  },
  {
    id: 'net-abduction',
    situation: 'missing_child',
    patterns: [
      rx('',
        '\\b(faire monter|force a monter|embarquer|emmener de force|enlever) (un|une|des|mon|ma) ',
        '(enfant|enfants|fille|fils|gamin|gamine|petit|petite)\\b',
      ),
      rx('',
        '\\b(pris|embarque|emmene|attrape|fait monter|enleve|kidnappe)( [a-z]+){0,2} ',
        `(${CHILD})( [a-z]+){0,3} (voiture|camion|camionnette|de force|scooter|van)\\b`,
      ),
    ],
  },
  // others fighting, told with where or a weapon: "ça se bat devant le bar"
  {
    id: 'net-fight',
    situation: 'violence',
    habitCancels: true,
    patterns: [/\b(se battent|se bagarrent|bagarre|bagarres|se tapent dessus)\b/],
    requires: rx('',
      '\\b(devant|dans la rue|en bas|dehors|a la sortie|au bar|couteau|couteaux|barres?|armes?|',
      'battes?|sang|general|generale|blesse|vite)\\b',
    ),
  },
];
