import { MESSAGING, rx } from './triage-words';
import { JUST_NOW_CUE } from './triage-net-now';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for harm someone does on purpose, where the police must come first
 * even when the firefighters are needed too: a fire set by a person or threatened ("il
 * menace de tous nous cramer", "il met le feu au canapé"), a person held for ransom, a
 * driver who is a danger to everyone on the road.
 */

/** Whoever can set a fire on purpose; not "on", which is also "we" lighting a barbecue. */
const FIRE_SETTER = '(il|elle|ils|elles|quelqu un|qqn|un homme|un mec|un type|des jeunes|' +
  'des mecs|des gars|un gars|mon ex|mon mari|mon pere|mon voisin|le voisin|un individu|' +
  'des individus)';

/** What a fire set on purpose burns: never the barbecue, the fireplace or a candle. */
const NOT_A_HEARTH = '(?! (au |a le |a la |aux |dans le |dans la )?(barbecue|bbq|cheminee|' +
  'poele|brasero|feu de camp|bougie|bougies|chaudiere|four)\\b)';

/** Someone dear, not a car: "ils ont enlevé ma voiture" is the pound. */
const KIN = '(mon|ma|mes|notre|nos|le|la|son|sa) (cousin|cousine|frere|soeur|pere|mere|mari|' +
  'femme|fils|fille|enfant|enfants|copain|copine|pote|ami|amie|oncle|tante|neveu|niece|' +
  'collegue|voisin|voisine|bebe|patron|associe)';

export const NET_DELIBERATE: readonly NetFamily[] = [
  {
    // the fire is there: the firefighters first, the police with them
    id: 'net-arson',
    situation: 'generic',
    habitCancels: true,
    patterns: [
      rx('',
        `\\b${FIRE_SETTER} (met|mettent|a mis|ont mis|vient de mettre|viennent de mettre) `,
        `le feu${NOT_A_HEARTH}\\b`,
      ),
      rx('', '\\b(asperge|aspergent|arrose|arrosent) (de |le |la |les |me |nous )?(essence|',
        'petrole|alcool a bruler)\\b'),
    ],
    unless: /\b(gateau|repas|steak|viande|plat|dechets|feuilles|branches|herbes|jardin)\b/,
  },
  {
    // not yet burning: the man with the jerrycan is the danger, the police first
    id: 'net-arson-threat',
    situation: 'weapon',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b((menace|menacent|dit que il va|a dit que il allait) de? ?(tous |tout )?(nous |me |la ',
        '|le |les )?|(va|vont|veut|veulent) (tous |tout )?(nous|me|la|le|les|tout) )(tous |tout )?',
        '(bruler|cramer|immoler|asperger|faire bruler|faire sauter|mettre le feu)\\b',
      ),
      rx('',
        `\\b${FIRE_SETTER} (essaie|essaye|veut|va) (de )?mettre le feu${NOT_A_HEARTH}\\b`,
      ),
    ],
    unless: MESSAGING,
  },
  {
    id: 'net-ransom',
    situation: 'violence',
    patterns: [
      rx('',
        `\\b(ont|a|viennent de|vient de) (enleve|enlever|kidnappe|kidnapper|sequestre) ${KIN}\\b|`,
        `\\b${KIN} (a ete|est|se est fait) (enleve|enlevee|kidnappe|kidnappee|sequestre|`,
        'sequestree|enlever|kidnapper)\\b',
      ),
    ],
    unless: /\b(dents?|plainte|platre|points|appendice|amygdales|pansement|jeu)\b/,
  },
  {
    id: 'net-group-beating',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(sont|etaient|se mettent) (\\d+|deux|trois|quatre|cinq|plusieurs|nombreux) ',
        'a (tabasser|frapper|taper|cogner|agresser|lyncher|tomber sur) (un|une|le|la|des|mon|ma|',
        'ce|cette)\\b',
      ),
    ],
  },
  {
    // a child grabbed and escaped, the man still there
    id: 'net-grabbed',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(agrippe|attrape|empoigne|saisi|chope|tire) (ma|mon|une|un|la|le|notre) (fille|fils|',
        'enfant|femme|soeur|petite|petit|gamine|gamin|copine|ado)\\b',
      ),
    ],
    requires: JUST_NOW_CUE,
  },
  {
    id: 'net-prowler-school',
    situation: 'generic',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(rode|rodent|traine|trainent|tourne|tournent|attend|attendent) (autour|devant|pres|',
        'a la sortie) (de le |de la |du |des )?(ecole|college|creche|parc|aire de jeux|',
        'ecoles|gymnase|piscine)\\b',
      ),
    ],
    requires: /\b(louche|bizarre|bonbons|enfants|photos|parle aux|suspect|chelou|camionnette)\b/,
    // a stray dog that prowls by the school is the animals FAQ, not a prowler
    unless: rx('',
      '\\b(chien|chiens|chienne|chiot|molosse|pitbull|chat|chats|renard|renards|sanglier|',
      'sangliers|animal|animaux|bete|betes)( [a-z]+){0,3} (rode|rodent|traine|trainent|tourne|',
      'tournent|attend|attendent)\\b',
    ),
  },
  {
    // a car taken with a child inside is a kidnapping, whatever the thief wanted
    id: 'net-car-taken-with-child',
    situation: 'missing_child',
    patterns: [
      rx('',
        '\\b(vole|volee|pris|parti avec|embarque) (ma|la|notre|sa) (voiture|auto|caisse) avec ',
        '(mon|ma|mes|le|la|les|notre|nos) (fils|fille|enfant|enfants|bebe|petit|petite|petits)\\b',
      ),
    ],
  },
  {
    // a parent taking a child abroad against a ruling: a border can still be watched tonight
    id: 'net-child-taken-abroad',
    situation: 'missing_child',
    patterns: [
      rx('',
        '\\b(pris|emmene|embarque|enleve|garde|recupere) (mon|ma|mes|notre|nos) (fils|fille|',
        'enfant|enfants|bebe|petit|petite|petits)\\b.*\\b(etranger|frontiere|aeroport|avion|',
        'quitter la france|son pays|au bled)\\b',
      ),
    ],
    requires: /\b(ce soir|maintenant|aujourd hui|menace|va partir|veut partir|en ce moment)\b/,
  },
  {
    // the wound is the SAMU's; the attackers still around are the police's
    id: 'net-attackers-here',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(les mecs|le mec|les gars|le gars|les types|le type|les agresseurs|le agresseur|',
        'les jeunes|ils|il)( [a-z]+)? (sont|est) (toujours|encore) (la|en bas|dehors|devant|',
        'dans)\\b',
      ),
    ],
    requires: rx('',
      '\\b(planter|plante|poignarde|poignardee|frappe|frappee|tabasse|tabassee|agresse|',
      'agressee|tire dessus|blesse|blessee|coups? de couteau|saigne)\\b',
    ),
  },
  {
    // gone, but coming back with more: "elle a dit qu'elle revenait avec ses potes"
    id: 'net-coming-back-with',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(revenir|revient|revenait|reviendra|reviennent|revenaient|reviendront|repasser) ',
        'avec (ses|des|leurs|son|sa|une|un) (potes|amis|copains|freres|cousins|renforts|bande|',
        'arme|armes|couteau|flingue|fusil|batte)\\b',
      ),
    ],
    unless: MESSAGING,
  },
  {
    id: 'net-intruder-inside',
    situation: 'intrusion',
    patterns: [
      /\b(se est|se sont) (introduit|introduits|introduite|infiltre|infiltres) (dans|chez)\b/,
    ],
    requires: /\b(encore|toujours|en ce moment|maintenant|dedans|vite)\b/,
  },
  {
    id: 'net-riot',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      /\b(emeutes?|pillages?|pillards|saccagent|pillent)\b/,
      rx('',
        '\\b(cassent|brulent|incendient|caillassent|defoncent|saccagent) (les|des) (vitrines|',
        'voitures|magasins|abribus|commerces|bus|poubelles)\\b',
      ),
    ],
    unless: /\b(jeu|jeux|gta|film|documentaire|reportage)\b/,
  },
  {
    // a dog that has bitten, and an owner who will not hold it
    id: 'net-dog-owner',
    situation: 'generic',
    patterns: [
      rx('',
        '\\b(proprietaire|maitre|maitresse)\\b( [a-z]+){0,3} (refuse|veut pas|ne veut pas|',
        'laisse faire|rigole|se moque|insulte|menace)\\b',
      ),
    ],
    requires: /\b(chien|chiens|pitbull|rottweiler|molosse)\b.*\b(mordu|mord|attaque|saute)\b/,
  },
  {
    id: 'net-drunk-start',
    situation: 'generic',
    patterns: [
      rx('',
        '\\b(a bu|a trop bu|bourre|ivre|saoul|alcoolise)\\b.*\\b(demarre|demarrer|prend le ',
        'volant|prendre le volant|va conduire|veut conduire)\\b',
      ),
    ],
  },
  {
    id: 'net-lift',
    situation: 'trapped',
    patterns: [
      rx('', '\\b(coince|coincee|coinces|coincees|bloque|bloquee|bloques|bloquees|enfermes?) ',
        'dans (le|un) ascenseur\\b'),
    ],
    requires: rx('',
      '\\b(enfant|enfants|bebe|chaud|chaleur|malaise|panique|respire|asthme|depuis|enceinte|',
      'agee|age|personne ne|repond pas|alarme)\\b',
    ),
  },
  {
    // followed all the way home: he knows where I live, and he is at the door
    id: 'net-followed-home',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(me|nous) (a|ont) (suivi|suivie|suivis|suivies)( [a-z]+){0,3} (jusque a|jusqua|',
        'jusqu a) (chez (moi|nous)|ma porte|mon immeuble|ma maison|mon appart)\\b',
      ),
    ],
    unless: MESSAGING,
  },
  {
    id: 'net-road-danger',
    situation: 'generic',
    patterns: [
      /\b(contresens|contre sens|roule en zigzag|zigzague|zigzaguent|fait des zigzags)\b/,
      rx('', '\\b(conducteur|conductrice|chauffeur|automobiliste) (completement |totalement )?',
        '(ivre|bourre|saoul)\\b'),
      /\bchauffard fou\b/,
    ],
  },
];
