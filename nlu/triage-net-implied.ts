import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for danger told by its circumstances rather than named: a weapon just
 * picked up, a door broken down to reach the citizen, fumes that make a household sick, water
 * rising to the roof, an avalanche, a stalker on his way, a dog at a child, lost in the
 * mountains at nightfall.
 */
export const NET_IMPLIED: readonly NetFamily[] = [
  {
    id: 'net-weapon-taken',
    situation: 'weapon',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(il|elle|ils|mon mari|mon pere|mon ex|mon fils|mon frere|le voisin) (a pris|prend|',
        'a sorti|sort|a charge|charge|recharge|va chercher|est alle chercher|est parti chercher) ',
        '(le|un|son|sa|mon|une|ses) (fusil|carabine|couteau|couteaux|flingue|pistolet|revolver|',
        'hache|machette|batte|arme|armes|fusil de chasse)\\b',
      ),
    ],
    unless: rx('',
      '\\b(pour couper|pain|viande|legumes|cuisine pour|nettoyer|ranger|vendre|club|stand|',
      'permis|saison|ball trap|partie de chasse|chasse ce matin|en chasse)\\b',
    ),
  },
  {
    id: 'net-door-broken-to-me',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(casse|defonce|force|enfonce|cassent|defoncent|forcent|enfoncent) (la|ma) porte ',
        '(de la (chambre|salle de bain|piece|cuisine)|ou je suis|ou on est|ou nous sommes|',
        'de ma chambre|des toilettes)\\b',
      ),
    ],
  },
  {
    id: 'net-fumes',
    situation: 'gas',
    patterns: [
      rx('',
        '\\b(chauffage|poele|brasero|groupe electrogene|chaudiere|barbecue|charbon|cheminee|',
        'chauffe eau)\\b',
      ),
    ],
    requires: rx('',
      '\\b(tout le monde|tous|toute la famille|les enfants|on a tous|nous avons tous) ',
      '(a|ont|avons)? ?(mal a la tete|vomit|vomissent|nausee|des nausees|malaise|la tete qui ',
      'tourne)|\\b(evanoui|evanouie|endormis|somnolent|inconscient|inconsciente)\\b',
    ),
    unless: /\b(entretien|ramonage|installer|installation|devis|prix|norme|normes)\b/,
  },
  {
    id: 'net-rising-water',
    situation: 'trapped',
    patterns: [
      rx('',
        '\\b((la )?(riviere|eau|crue|inondation|fleuve|ruisseau) (monte|montent|arrive|envahit|',
        'rentre)|(on est|nous sommes|je suis|ils sont|il est|elle est|sommes|suis) ',
        '(refugies? |bloques? |coinces? )?sur le toit)\\b',
      ),
    ],
    requires: rx('',
      '\\b(toit|etage|coinces?|coincees?|bloques?|bloquees?|bebe|enfants|vite|encercles?|',
      'voiture|plus sortir|peut plus|pouvons plus|cou|taille|poitrine)\\b',
    ),
    unless: /\b(reparer|tuiles|antenne|travaux|bricole|neige sur le toit|panneaux)\b/,
  },
  {
    id: 'net-avalanche',
    situation: 'trapped',
    patterns: [/\b(avalanche|coulee de neige|ensevelis?|ensevelies?)\b/],
    requires: rx('',
      '\\b(personnes?|dessous|ensevelis?|ensevelies?|emporte|emportes|emportee|skieurs?|',
      'randonneurs?|ami|amis|copain|copains|mon|ma|mes|un|une|deux|trois)\\b',
    ),
    unless: /\b(risque|bulletin|alerte|de courriers|de messages|de mails|de travail)\b/,
  },
  {
    id: 'net-coming-for-me',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(il|elle|ils|mon ex) (arrive|arrivent|vient|viennent|debarque|debarquent|est en ',
        'route|sont en route|monte|montent)\\b',
      ),
    ],
    requires: rx('',
      '\\b(sait ou je habite|sait ou on habite|a mon adresse|me a retrouvee?|nous a retrouves|',
      'me tuer|me buter|me faire la peau|me menace|menace de|couteau|arme|fusil|ordonnance de ',
      'protection|interdiction de|bracelet)\\b',
    ),
  },
  {
    id: 'net-dog-attack',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(chien|chiens|molosse|pitbull|rottweiler|berger|doberman) (attaque|attaquent|mord|',
        'mordent|est en train de mordre|sont en train de mordre|saute sur|se jette sur|a mordu|',
        'vient de mordre|a attaque|ont mordu|ont attaque) (un|une|',
        'mon|ma|des|le|la|les|mes) (enfant|enfants|gamin|gamine|bebe|fille|fils|femme|homme|',
        'personne|petit|petite|dame|vieux|vieille|passant|joggeur|cycliste)\\b',
      ),
      // "un gros chien s'acharne sur une dame", "le chien du voisin mord mon fils"
      rx('',
        '\\b(chien|chiens|molosse|pitbull|rottweiler|doberman)( [a-z]+){0,3} (se acharne|',
        'se acharnent|se jette|attaque|mord|mordent|est en train de mordre|attaquent|devore|',
        'lacere|ne lache pas) (sur )?(un|une|mon|ma|des|le|la|les|mes|sa|son) ',
        '(enfant|enfants|gamin|gamine|bebe|fille|fils|femme|homme|personne|petit|petite|dame|',
        'vieux|vieille|passant|passante|joggeur|cycliste|voisin|voisine|mere|pere|facteur)\\b',
      ),
    ],
    // an attack under way with no wound told is the gendarmes' first (net-animal-attack-now):
    // the SAMU leads once the bite is done or bleeds
    requires: rx('',
      '\\b(a mordu|ont mordu|vient de mordre|viennent de mordre|a attaque|ont attaque|saigne|',
      'saignent|sang|plaie|plaies|blesse|blessee|blesses|arrache|arrachee|profonde|morsure|',
      'morsures|inconscient|inconsciente|egorge|dechire|dechiree|lacere|lacerer|devore)\\b',
    ),
    unless: /\b(hier|la semaine derniere|le mois dernier|il y a \d+ (jours|mois)|porter plainte)\b/,
  },
  {
    id: 'net-lost-outdoors',
    situation: 'generic',
    patterns: [
      rx('',
        '\\b(perdu|perdue|perdus|perdues|egare|egaree|egares) (en|dans la|dans les|sur le|',
        'sur la) (montagne|foret|bois|glacier|massif|randonnee|crete|falaise|marais|neige)\\b',
      ),
      // "je suis en montagne perdu il fait nuit": the place first
      rx('',
        '\\b(en|dans la|dans les|sur le|sur la) (montagne|foret|bois|glacier|massif|crete|',
        'falaise|marais|neige)( [a-z]+){0,2} (perdu|perdue|perdus|perdues|egare|egaree|egares)\\b',
      ),
    ],
    requires: rx('',
      '\\b(nuit|froid|neige|blesse|blessee|batterie|plus de reseau|orage|brouillard|tombe|',
      'on a peur|epuise|epuisee|gele|geles)\\b',
    ),
    unless: /\b(demarches|papiers|dossier|administration|perdu mon|perdu ma|perdu mes)\b/,
  },
  {
    id: 'net-car-boot',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(crie|crient|cris|tape|tapent|frappe|appelle|enferme|enfermee|enfermes|quelque un|',
        'une femme|un homme|un enfant|une personne|quelqu un) (dans|depuis) (le|un) coffre\\b',
      ),
    ],
  },
  {
    id: 'net-on-the-tracks',
    situation: 'generic',
    patterns: [
      rx('',
        '\\b(marche|marchent|assis|assise|allonge|allongee|couche|couchee|debout|joue|jouent|',
        'est|sont|traverse|traversent) (sur|entre) (la voie ferree|les rails|les voies|la voie)',
        '\\b',
      ),
    ],
    unless: /\b(train miniature|maquette|photo|photos|abandonnee|desaffectee|velorail)\b/,
  },
  {
    id: 'net-about-to-fall',
    situation: 'trapped',
    patterns: [
      rx('',
        '\\b(sur le toit|sur le rebord|sur la corniche|au bord du toit|sur la rambarde|',
        'sur le balcon|a la fenetre|sur la grue|sur le pont)\\b',
      ),
    ],
    requires: /\b(va tomber|risque de tomber|glisse|tient plus|pendu par les mains|accroche)\b/,
    unless: /\b(chat|chaton|ballon|frisbee|linge|drone)\b/,
  },
];
