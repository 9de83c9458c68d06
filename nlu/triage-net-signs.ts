import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for a danger told by its signs rather than named: blows heard over
 * the phone, an ex under a restraining order at the door, a spiked drink and a man who
 * insists on driving her home, a baby limp and blue, someone overdue at sea or drifting out.
 */

const BLOWS = rx('',
  '\\b((la|le|les|lui) (frappe|frappent|tape|tapent|bat|battent|cogne|cognent|tabasse|',
  'tabassent|etrangle|etranglent|secoue|menace|menacent|tue|poignarde)|se fait (frapper|taper|',
  'battre|tabasser|etrangler|agresser)|(il|elle|ils) (est|sont) en train de (la|le|les) ',
  '[a-z]+)\\b',
);

const ORDER = '(interdiction de (me |nous )?(approcher|contacter|paraitre|entrer en contact)|' +
  'ordonnance de (protection|eloignement)|bracelet anti rapprochement|bracelet electronique|' +
  'eloignement|pas le droit de (me |nous )?(approcher|venir|contacter))';

const SPIKED = rx('',
  '\\b(mis|mit|met|verse|glisse|ajoute|mettre)( (un truc|quelque chose|qqch|un produit|de la ',
  'drogue|du ghb|une pilule|un cachet|une poudre|de la poudre))?( [a-z]+){0,2} dans (mon|son|',
  'ton|notre|leur|ma|sa|le|la) (verre|boisson|cocktail|biere|coca|soda|gobelet)\\b',
);

/** "on m'a drogué dans un bar". */
const DRUGGED_OUT = rx('',
  '\\b(me|la|le|nous|les|ma) (a|ont)? ?(drogue|droguee|drogues)( [a-z]+){0,2} (dans|a|au|en) ',
  '(un |une |le |la |cette |ce )?(bar|boite|soiree|fete|club|concert|festival|discotheque)\\b',
);

const LIMP = '(mou|molle|flasque|inerte|tout mou|toute molle|sans tonus)';
const BLUE = '(bleu|bleue|gris|grise|violet|violette|livide|blanc comme un linge|blanche comme ' +
  'un linge)';
const BABY = '(bebe|nourrisson|petit|petite|fils|fille|enfant|loulou|bambin|neveu|niece)';

const AT_SEA = '(kayak|canoe|paddle|planche a voile|kite|kitesurf|kite surf|voilier|bateau|' +
  'barque|zodiac|annexe|jet ski|scooter des mers|plongee|plongeur|plongeuse|peche en mer|en mer|' +
  'au large|pedalo|catamaran|optimist|windsurf|chasse sous marine)';

/** What makes a hiker's message a call for help: night, cold, a fall, no way down. */
const OUTDOORS_TROUBLE = rx('',
  '\\b(nuit|froid|neige|orage|brouillard|bouger|blesse|blessee|tombe|tombee|peur|',
  'batterie|reseau|vide|plus de eau|depuis|il fait|fatigue|epuise|epuisee|aide|secours|',
  'vite|maintenant|pas redescendre|peux plus|peut plus)\\b',
);

export const NET_SIGNS: readonly NetFamily[] = [
  {
    // "randonneur bloqué sur une falaise ne peut plus bouger": someone to get down (18)
    id: 'net-stuck-outdoors',
    situation: 'trapped',
    patterns: [
      rx('',
        '\\b(bloque|bloquee|bloques|coince|',
        'coincee|coinces)( [a-z]+){0,3} (en|a la|dans la|sur (une|la|le)) (montagne|falaise|',
        'paroi|crete|glacier|sommet|foret|massif|pic|ravin|corniche)\\b',
      ),
      rx('',
        '\\b(en|a la|dans la|sur (une|la|le)) (montagne|falaise|paroi|crete|glacier|sommet|',
        'massif|pic|corniche)\\b( [a-z]+){0,4} (bloque|bloquee|bloques|coince|coincee|',
        'coinces)\\b',
      ),
      rx('',
        '\\b(randonneur|randonneuse|randonneurs|alpiniste|alpinistes|grimpeur|grimpeuse|',
        'skieur|skieuse|parapentiste|speleologue)s?\\b( [a-z]+){0,4} (bloque|bloquee|bloques|',
        'coince|coincee|coinces|perdu|perdue|perdus|tombe|tombee|blesse|blessee|',
        'ne peut plus bouger|peut plus bouger)\\b',
      ),
    ],
    requires: OUTDOORS_TROUBLE,
  },
  {
    // "on vient de nous agresser, mon mari est blessé, quel numéro j'appelle ?": the
    // question is how to get help for a wound of a minute ago, not a question of law
    id: 'net-just-attacked-hurt',
    situation: 'violence',
    always: true,
    patterns: [
      rx('',
        '\\b(vient|viens|venons|viennent|venez) de (me |nous |le |la |les |se )?(faire )?',
        '(agresser|attaquer|tabasser|frapper|poignarder|braquer|tirer dessus)\\b',
      ),
    ],
    requires: rx('',
      '\\b(blesse|blessee|blesses|blessees|saigne|saignent|en sang|par terre|a terre|',
      'inconscient|inconsciente|bouge plus|respire mal)\\b',
    ),
  },
  {
    id: 'net-vehicle-in-water',
    situation: 'drowning',
    patterns: [
      rx('',
        '\\b(voiture|vehicule|camion|camionnette|bus|auto|car|tracteur|moto) (vient de |est |a )?',
        '(tombe|tombee|plonge|coule|sombre|glisse|bascule|fini|finie|tomber|plonger|couler|',
        'glisser|basculer)( [a-z]+){0,2} (dans|a) ',
        '(le|la|les|un|une) (canal|riviere|lac|etang|port|mer|eau|fleuve|seine|loire|rhone|',
        'garonne|bassin|ravin)\\b',
      ),
      // "ma voiture est sous l'eau et mon fils est dedans": a vehicle under water, someone in
      rx('',
        '\\b(voiture|vehicule|camion|camionnette|bus|auto|car|tracteur|bagnole) (est |a )?',
        '(sous le eau|dans le eau|qui coule|en train de couler)\\b.{0,60}\\b(dedans|a le ',
        'interieur|coince|coincee|coinces|bloque|bloquee|bloques|enferme|enfermee)\\b',
      ),
    ],
    unless: /\b(jouet|miniature|maquette|casse|fourriere|repechee? depuis)\b/,
  },
  {
    id: 'net-grabbing-children',
    situation: 'child_violence',
    patterns: [
      rx('',
        '\\b(essaie|essaye|essayent|tente|cherche a) (de )?(attraper|enlever|',
        'embarquer|kidnapper|faire monter)( [a-z]+){0,2} (les|des|une|un|la|le|ma|',
        'mon|nos|mes) (gamins|gamines|enfants|enfant|petite|petit|petites|petits|fille|filles|',
        'garcon|garcons|ado|ados|eleves|gosses|mome|momes)\\b',
      ),
    ],
  },
  {
    // "ma soeur au téléphone elle crie son mari la frappe"
    id: 'net-heard-on-phone',
    situation: 'domestic_violence',
    habitCancels: true,
    patterns: [
      rx('',
        '\\b(au telephone|au tel|au bout du fil|en ligne avec (moi|elle|lui)|en appel|en visio|',
        'en facetime|me appelle|vient de me appeler|ma appele|me a appele|me a appelee|au phone|',
        'sur haut parleur|par telephone)\\b',
      ),
    ],
    requires: BLOWS,
  },
  {
    id: 'net-order-breached',
    situation: 'domestic_violence',
    patterns: [new RegExp(`\\b${ORDER}`)],
    requires: rx('',
      '\\b(devant|en bas|dehors|gare|garee|a la porte|sonne|sonner|frappe a la porte|ouvrir|',
      'est la|est ici|dans la rue|en face|me suit|rode|attend|guette|escalier|jardin|',
      'sur le parking|sous ma fenetre|essaie de entrer|veut entrer)\\b',
    ),
    unless: /\b(comment|demander|obtenir|je voudrais|est ce que|que faire si)\b/,
  },
  {
    id: 'net-spiked-drink',
    situation: 'violence',
    patterns: [
      SPIKED,
      rx('',
        '\\b(drogue|droguee|droguer)( [a-z]+){0,2} (au ghb|a mon insu|a son insu|',
        'dans (mon|son) verre)\\b',
      ),
      DRUGGED_OUT,
      /\b(ghb|soumission chimique)\b/,
    ],
    // the man who insists on taking her home: the police first, then the SAMU
    requires: rx('',
      '\\b(raccompagner|raccompagne|ramener|ramene|reconduire|emmener|insiste|insistent|',
      'veut me|veulent me|me suit|me suivent|me tient|chez lui|sa voiture|me fait sortir|',
      'me attend|me tire|me force|le mec|un mec|un homme|le type|un type|un gars|le gars|',
      'inconnu|la tire|le tire|la traine|ils sont)\\b',
    ),
    unless: rx('',
      '\\b(prevention|sensibilisation|test|tests|bracelet|capote|couvre verre|kit|comment ',
      'reconnaitre|que faire si|reveillee?|souvenirs?|rappelle (rien|plus))\\b',
    ),
  },
  {
    id: 'net-spiked-drink-body',
    situation: 'medical',
    patterns: [SPIKED, DRUGGED_OUT],
    // feeling it now; waking up without memories is the complaint the FAQ answers
    requires: rx('',
      '\\b(me sens|se sent|sent pas|sens pas|tourne|vertiges?|vomi|vomis|vomit|malaise|',
      'flotte|jambes|tiens plus|tient plus|bizarre|mal|endormie?|somnole|ferme les yeux|',
      'vois flou|voit flou|arrive plus a|parle bizarre|ne reagit)\\b',
    ),
    unless: rx('',
      '\\b(prevention|sensibilisation|test|tests|kit|comment reconnaitre|que faire si|',
      'reveillee?|souvenirs?|rappelle (rien|plus))\\b',
    ),
  },
  {
    id: 'net-limp-blue',
    situation: 'medical',
    patterns: [
      new RegExp(`\\b${BABY}( [a-z0-9]+){0,5} ${LIMP}( [a-z]+){0,3} ${BLUE}\\b`),
      new RegExp(`\\b${BABY}( [a-z0-9]+){0,5} ${BLUE}( [a-z]+){0,3} ${LIMP}\\b`),
      new RegExp(`\\b${BABY}( est| devient| a l air)? ${LIMP}( [a-z]+){0,3} (ne reagit|reagit|` +
        'respire|se reveille|ouvre)'),
    ],
    unless: /\b(fievre|vaccin|dort bien|sieste|peluche|doudou|pate|gateau)\b/,
  },
  {
    id: 'net-overdue-at-sea',
    situation: 'sea',
    patterns: [new RegExp(`\\b${AT_SEA}\\b`)],
    requires: rx('',
      '\\b(devait (rentrer|revenir|etre rentre|etre rentree|etre de retour)|toujours pas ',
      '(rentre|revenu|rentree|revenue|de retour|la)|pas (rentre|revenu|rentree|revenue|de retour)|',
      'sans nouvelles|pas de nouvelles|plus de nouvelles|aucune nouvelle|injoignables?|',
      '(revenu|revenue|rentre|remonte|remontee) sans (lui|elle|eux)|pas (remonte|remontee)|',
      'ne repond plus|repond plus|on ne le voit plus|on ne la voit plus|on le voit plus|',
      'on la voit plus|disparu|disparue|je le vois plus|je la vois plus)\\b',
    ),
    unless: rx('',
      '\\b((est|vient de|viennent de|sont) (rentre|rentree|rentres|arrive|arrivee|revenu|',
      'revenue|revenus)(?! sans)|bien rentre|bien rentree|sain et sauf|saine et sauve|',
      'location|louer|permis|assurance|vendre|vendu|acheter|vole|volee)\\b',
    ),
  },
  {
    id: 'net-drifting-out',
    situation: 'sea',
    patterns: [
      rx('',
        '\\b(matelas|matelas gonflable|bouee|paddle|pedalo|kayak|canoe|planche|bateau|',
        'gonflable|annexe|zodiac|barque|licorne gonflable|crocodile gonflable)( [a-z]+){0,8} ',
        '(vers le large|au large|(pousse|poussent|emporte|emportent|entraine|entrainent|derive|',
        'derivent|part|partent)( [a-z]+){0,3} (large|loin|vers la mer))\\b',
      ),
      rx('',
        '\\b(le vent|le courant|les vagues) (les|le|la|me|nous) (pousse|poussent|emporte|',
        'emportent|entraine|entrainent) (vers le large|au large|loin)\\b',
      ),
    ],
  },
];
