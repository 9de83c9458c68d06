import { IF } from './triage-net-context';
import { rx } from './triage-words';
import { HANDOVER, SOMEONE, type NetFamily } from './triage-net-families';

/**
 * Safety-net families for scenes the older families read wrong or not at all: an obstacle
 * on a fast road, a vehicle fallen on a person (18, not a blow), burglars seen at work, a
 * threat from someone at the door, a citizen hiding from intruders or only able to write,
 * the means of suicide in hand, and a plea to come.
 */

const ROAD = '(route|nationn?ale|autoroute|chaussee|voie|voies|departementale|rocade|periph|' +
  'peripherique|quatre voies|4 voies|bande de arret|rond point|bretelle|a\\d{1,3}|n\\d{1,3}|' +
  'rn\\d{1,3}|d\\d{1,4})';
const OBSTACLE = '(palettes?|pneus?|arbres?|branches?|rochers?|pierres?|debris|chargement|' +
  'objets?|obstacles?|planches?|matelas|vaches?|chevaux|cheval|moutons|sangliers?|cerfs?|' +
  'chevreuils?|animal|animaux|troupeau|carcasse|poutres?|echelle|bidons?|caisses?|cartons|' +
  'sacs|gravats|tuyaux|barres?|plaques?|meuble|frigo|canape|remorque|velo|pieton|pietons|' +
  'enfant|gamin|personne|quelqu un|un homme|une femme|un mec|(voiture|vehicule|camion|car|bus|' +
  'moto) (en panne|arrete|arretee|immobilise|immobilisee|a le arret|sans feux|accidente|' +
  'accidentee))';
/** "au milieu de la route", "en travers du périph". */
const ACROSS = '(au milieu|en travers) (de la|de le|du|des|de les|de une|de un)';
/** Roads where walking or stopping kills: "un homme marche sur l'autoroute". */
const FAST_ROAD = '(autoroute|nationn?ale|periph|peripherique|rocade|voie rapide|quatre voies|' +
  '4 voies|a\\d{1,3}|n\\d{1,3}|rn\\d{1,3})';
const VEHICLE = '(camion|camions|voiture|bus|car|tracteur|moto|scooter|vehicule|camionnette|' +
  'poids lourd|semi remorque|tram|tramway|train|engin|grue|remorque|benne|fourgon|chauffard|' +
  'conducteur|automobiliste|pelleteuse|chariot elevateur)';
const PERSON = '(un|une|le|la|des|les|mon|ma|son|sa|notre|deux|trois|plusieurs|quelques) ' +
  '(cycliste|pieton|pietonne|enfant|homme|femme|personne|gamin|gamine|motard|ouvrier|' +
  'passant|passante|vieille|vieux|dame|' +
  'monsieur|velo|scooter|jeune|fille|garcon|bebe|poussette|collegien|collegienne|eleve|mamie|' +
  'papi|joggeur|joggeuse|trottinette|fils|pere|mere|mari|copain|copine|frere|soeur|' +
  'agriculteur|cultivateur|pompier|policier|gendarme|livreur|employe|collegue|eboueur|' +
  'mecanicien|technicien|agent|salarie|salariee|client|cliente|voisin|voisine|gars|mec|type|' +
  'travailleur|bucheron|elagueur|macon|couvreur|chauffeur|conducteur|camarade|petit|petite)s?';
const BODY_PART = '(la|le|les|sa|son|ses) (jambe|jambes|pied|pieds|bras|main|tete|corps)';
const CRUSHER = '(mur|muret|toit|plafond|arbre|echafaudage|grue|charge|poutre|tas|palette|' +
  'palettes|etagere|armoire|portail|engin|branche|rocher|pierre|bloc|dalle|tranchee|' +
  'cheminee|balcon|escalier|meuble|rayonnage|tas de bois|tronc|pylone|poteau|panneau)';
const OFFENDER = '(cambrioleurs?|voleurs?|intrus|casseurs?|squatteurs?|pillards?|braqueurs?)';
const HIDDEN = '(cache|cachee|caches|cachees|planque|planquee|planques|planquees|refugie|' +
  'refugiee|refugies|refugiees|enfermee?s?)';
const MEANS = '(couteau|lame|rasoir|cutter|ciseaux|tesson|cachets|medicaments|medocs|pilules|' +
  'comprimes|corde|arme|pistolet|flingue|fusil|revolver|boite de \\w+|flacon)';
const NEAR = '(la cage de escalier|le palier|ma porte|la porte|le hall|le couloir|la cour|' +
  'le parking|mon immeuble|le immeuble|mon jardin|le jardin|ma fenetre|mon balcon|le escalier|' +
  'ma rue|ma voiture|la entree|le local a poubelles)';

export const NET_SCENE: readonly NetFamily[] = [
  {
    id: 'net-road-obstacle',
    situation: 'generic',
    patterns: [
      new RegExp(`\\b${OBSTACLE}( [a-z0-9]+){0,4} (${ACROSS}|(sur|dans) (la|le|une|un|les)) ` +
        `${ROAD}\\b`),
    ],
    requires: rx('',
      '\\b(pilent|pile|freinent|freine|evitent|evite|ecarts?|slalom|klaxonnent|dangereux|',
      'dangereuse|danger|risque|percuter|percute|va y avoir|en pleine nuit|brouillard|virage|',
      'sans eclairage|pas visibles?|visibilite|maintenant|en ce moment|vite|roulent|a fond|',
      '130|110|90|de nuit|il fait nuit|accident|provoquer|carambolage|deportent|deporte|',
      'ecartent|zigzaguent|sans feux|sans lumiere)\\b',
    ),
    unless: /\b(travaux|mairie|amende|contravention|pv|encombrants|depot sauvage|ramasser)\b/,
  },
  {
    id: 'net-road-walker',
    situation: 'generic',
    patterns: [
      new RegExp(`\\b(marche|marchent|erre|errent|court|courent|traverse|traversent|se promene)` +
        `( [a-z]+){0,2} (au milieu de |sur |a pied sur )?(la|le|les) ${FAST_ROAD}\\b`),
      // a bicycle, a scooter or a pram where cars pass at 130
      new RegExp('\\b(velo|trottinette|cycliste|cyclistes|poussette|fauteuil roulant|pietons?)' +
        `\\b( [a-z0-9]+){0,5} (sur|dans) (la|le|les) ${FAST_ROAD}\\b`),
    ],
    unless: /\b(pont|passerelle|passage pieton|passage souterrain|interdit|amende|pv)\b/,
  },
  {
    id: 'net-fast-road-blocked',
    situation: 'generic',
    patterns: [
      new RegExp(`\\b${ACROSS} ${FAST_ROAD}\\b`),
      new RegExp(`\\b${OBSTACLE}( [a-z0-9]+){0,6} ${ACROSS} ${ROAD}\\b`),
      new RegExp(`\\b${OBSTACLE}( [a-z0-9]+){0,4} sur la (voie|file) (de gauche|de droite|du ` +
        'milieu|centrale|rapide)\\b'),
    ],
    unless: /\b(travaux|bouchons?|embouteillage|amende|pv|radar|nid de poule|nids de poule)\b/,
  },
  {
    // an old shell in a field: the bomb squad comes through the 17, even for a question
    id: 'net-explosive-found',
    situation: 'weapon',
    always: true,
    patterns: [
      rx('',
        '\\b(trouve|decouvert|deterre|deterre|ramasse|tombe sur)( [a-z]+){0,3} (un |une |des )?',
        '(obus|grenade|grenades|mine|mines|munitions de guerre|bombe|engin explosif|explosif|',
        'explosifs|detonateur)\\b',
      ),
    ],
    unless: rx('',
      '\\b(musee|collection|collectionneur|reconstitution|inerte|neutralise|desamorce|factice|',
      'replique|airsoft|jeu|mine de crayon|mines de crayon|mine de or)\\b',
    ),
  },
  {
    id: 'net-vehicle-on-person',
    situation: 'road_injury',
    patterns: [
      new RegExp(`\\b${VEHICLE}( [a-z]+){0,5} (sur|contre) ${PERSON}\\b`),
      new RegExp(`\\b${VEHICLE}( [a-z]+){0,3} (renverse|percute|fauche|ecrase|heurte|roule sur) ` +
        `${PERSON}\\b`),
      rx('',
        '\\b(vient|viennent|viens) de (me |nous |la |le |les |se )?(faire )?(renverser|',
        'percuter|faucher|ecraser)\\b|\\b(me|se|te) (faire|fait|fais) (renverser|faucher|',
        'percuter|ecraser)\\b',
      ),
      new RegExp(`\\b(ecrase|ecrasee|coince|coincee) sous (un|une|le|la|son|sa) ${VEHICLE}\\b`),
      new RegExp('\\b(a|ont|vient de|viennent de) (ecrase|ecraser|roule sur|recule sur|' +
        `rouler sur|reculer sur) (${PERSON}|${BODY_PART} (de|du|des))\\b`),
      new RegExp(`\\b${VEHICLE}( [a-z]+){0,3} (roule|passe|recule) sur ${BODY_PART} ` +
        '(de|du|des)\\b'),
    ],
    unless: rx('',
      '\\b(cafe|verre|eau|peinture|jeu|jouet|jouets|ballon|film|serie|rayure|rayures|retro|',
      'retroviseur|parking paye|stationne|stationnee|garee|gare sur|chat|chaton|cle|cles|',
      'telephone|portable)\\b',
    ),
  },
  {
    // a wall, a load or a car fallen on someone: the firefighters free them first
    id: 'net-crushed',
    situation: 'trapped',
    patterns: [
      new RegExp(`\\b(${CRUSHER}|${VEHICLE})( [a-z]+){0,3} (tombe|tombee|tombes|effondre|` +
        'effondree|ecroule|ecroulee|bascule|basculee|renverse|renversee|affaisse|affaissee|' +
        `ecrase|ecrasee) sur ${PERSON}\\b`),
    ],
    unless: /\b(film|jeu|lego|playmobil|figurine|poupee|jouet)\b/,
  },
  {
    id: 'net-burglars-at-work',
    situation: 'intrusion',
    patterns: [
      new RegExp(`\\b${OFFENDER}( [a-z]+){0,3} (en train de|sont en train|est en train|` +
        'sont encore|sont toujours|sortent|chargent|vident|fouillent|pillent|forcent|cassent|' +
        'sort|charge|vide|fouille|pille|force|casse)\\b'),
      new RegExp(`^(?=.*\\b${OFFENDER}\\b).*\\bje (les|le) (vois|entends|regarde)\\b`),
      rx('',
        '\\ben train de (piller|fouiller|cambrioler|forcer|defoncer|siphonner|fracturer|',
        'desosser|voler) (la|le|les|une|un|des|ma|mon|notre|nos)\\b',
      ),
    ],
  },
  {
    id: 'net-threat-here',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      new RegExp(`\\b${SOMEONE}( [a-z]+)? (est|sont|attend|attendent|reste|restent|traine|` +
        'rode|crie|hurle|tape)( [a-z]+){0,2} (dans|sur|devant|derriere|en bas de|contre) ' +
        `${NEAR}\\b`),
    ],
    requires: rx('',
      '\\b((va|vont|veut|veulent|menace de|menacent de|dit que il va) (tout )?(casser|defoncer|',
      'bruler|detruire|peter|tuer|frapper|me|nous|la|le|entrer|rentrer|monter)|casse tout|',
      'hurle|crie|insulte|ivre|bourre|couteau|arme|peur|defonce|tambourine|menace)\\b',
    ),
    unless: HANDOVER,
  },
  {
    id: 'net-hiding-from',
    situation: 'hiding',
    always: true,
    patterns: [
      new RegExp(`\\b${HIDDEN} (dans|sous|derriere|au fond de|sur) (le|la|les|un|une|mon|ma)\\b`),
      /\b(il|elle|ils) (me )?(ecoute|ecoutent|entend|entendent|surveille|surveillent) tout\b/,
    ],
    requires: rx('',
      `\\b(${OFFENDER}|quelqu un|qqn|un homme|des hommes|des gens|ils sont|il est|armes?|`,
      'couteau|peur|entre|entres|rentre|rentres|en bas|frappe|tire|tirs|cris|hurle|defonce|',
      'chu+t|que ecrire|peux pas parler|fusillade|attentat|terroriste|des voix|des pas|du bruit|',
      'je entends|on entend)\\b',
    ),
    unless: rx('',
      '\\b(cle|cles|cadeau|cadeaux|argent|bijoux|chat|chaton|chien|jeu|cache cache|chocolat|',
      'oeufs|paques|telecommande|doudou|ou est|ou sont|bonbons|surprise)\\b',
    ),
  },
  {
    id: 'net-means-in-hand',
    situation: 'suicide',
    always: true,
    patterns: [
      rx('',
        '\\b(pense|pensent|pensais)( [a-z]+){0,4} a (ca |cela )?(en finir(?! avec (ce|cette|cet|',
        'ces|le|les|mon|mes|son|ses)\\b)|mourir|me tuer|me ',
        'suicider|me foutre en le air|me pendre|sauter|me jeter|la mort|le suicide)\\b',
      ),
      new RegExp(`\\bje (ai|tiens|garde|serre)( [a-z]+){0,2} ${MEANS}( [a-z]+){0,3} (dans la ` +
        'main|dans ma main|a la main|en main|sur (le|mon|les|mes) poignets?|sur (la|ma) gorge|' +
        'a cote|a cote de moi|devant moi|sous (la|ma) gorge|pretes?|prets|' +
        'contre (mon|ma|les|mes) (poignet|poignets|gorge|ventre|coeur|tempe))\\b'),
      new RegExp('\\bje (ai|les ai) (prepare|sorti|aligne|compte|rassemble|achete|garde|' +
        `accroche|attache|commande|recupere|mis de cote|cache|trouve|mis|pose|installe|noue|fixe)` +
        `( [a-z]+){0,2} ${MEANS}`),
      /\bje (ai|me suis) (rempli|fait couler|fait couler un|fait couler le) (la baignoire|bain)\b/,
      // the jump told in the present, with despair around it (requires)
      rx('',
        '\\bje (saute|me jette|me balance|vais sauter|vais me jeter|vais me balancer) (du|de le|',
        'par la|sous|de la|de un|dans le) (pont|fenetre|balcon|toit|train|immeuble|falaise|',
        'viaduc|vide)\\b',
      ),
      new RegExp(`\\bje vais (prendre|avaler) (tous |toutes )?(les|mes|ses|des)( [a-z]+)? ` +
        `${MEANS}`),
    ],
    requires: rx('',
      '\\b(en finir|mourir|plus vivre|la fin|adieu|me tuer|plus la force|marre|craque|craquer|',
      'veux plus|suicide|disparaitre|plus envie|personne|seul|seule|pense a|pense que a|',
      'sais plus|tout arreter|mort|crever|pardon|pendre|sauter|en peux plus|peux plus|',
      'que (ca|tout) (se )?arrete|',
      // futility says the same without death: "ça sert à rien que je continue"
      '(sert|servirait|sers) (plus )?a rien|a quoi bon|plus la peine|(continuer|continue|tenir) ',
      '(plus|pas|encore)|plus (continuer|tenir)|un (poids|fardeau)|mieux sans moi|plus de sens|',
      'aucun sens|fatigue de (tout|vivre)|bout du rouleau|',
      // the negation is the despair itself: "plus aucune raison de continuer"
      '(aucune |plus de |pas de )?raisons? de (vivre|continuer|rester)|',
      'supporte plus|plus supporter)\\b',
    ),
    // a rope or a blade bought for a use: "une corde pour l'escalade"
    unless: rx('',
      '\\bpour (le |la |les |mon |ma |mes )?(escalade|linge|bateau|voilier|camping|bricolage|',
      'demenagement|chien|velo|sport|jardin|jardinage|randonnee|sapin|balancoire|remorque|',
      'cuisine|peche|chasse|travail|boulot|atelier)\\b',
    ),
  },
  {
    // "s'il me trouve il me tue": someone is looking for the citizen, who hides
    id: 'net-if-he-finds-me',
    situation: 'hiding',
    always: true,
    patterns: [
      rx('',
        `\\b${IF} (il|ils|elle|elles|on) (me|nous) (voit|voient|trouve|trouvent|entend|entendent|`,
        'attrape|attrapent|chope|chopent|retrouve|retrouvent) (il|ils|elle|elles|on) (me|nous) ',
        '(tue|tuent|tuera|tueront|bute|butent|massacre|massacrent)\\b',
      ),
    ],
  },
  {
    // only able to write, with him near: the SMS 114 first
    id: 'net-writing-only',
    situation: 'hiding',
    always: true,
    patterns: [
      /\b(peux|peut|pouvons) (que|seulement|juste|uniquement|plus que) (ecrire|taper|texter)\b/,
    ],
    requires: rx('',
      '\\b((il|elle|ils|elles) (est|sont) (la|juste la|devant|derriere|a cote|dans)|dans la piece|',
      'ecoute|ecoutent|entend|entendent|surveille|surveillent|me regarde|frappe|menace|va me|',
      'cache|cachee|peur|chu+t|enferme|enfermee)\\b',
    ),
  },
  {
    id: 'net-plea',
    situation: 'generic',
    patterns: [
      rx('',
        '\\bvenez (vite|(se |s )?il vous plait|il te plait|nous aider|me aider|aider|',
        'tout de suite|immediatement|chez moi|je vous en supplie|je vous en prie|au plus vite)\\b',
      ),
    ],
    unless: rx('',
      '\\b(plainte|rendez vous|rdv|constater|formulaire|dossier|recuperer|chercher mon|',
      'decouvrir|visiter|nombreux|feter|manger|diner|jouer)\\b',
    ),
  },
];
