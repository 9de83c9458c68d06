import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';
import { SUBSTANCES, TOXIC } from './triage-net-rescue';
import { ANIMAL_THREW_ITSELF } from './triage-calm-wildlife';

/**
 * Safety-net families for suicide said without the word: farewells, the means at hand, and
 * an attempt already made. Calls for help of this kind are never calmed by a question or a
 * past marker (`always`): "c'est la fin pour moi, adieu" has no "now" in it.
 */

const WEAPON_AT_HAND = 'arme|pistolet|flingue|fusil|revolver|carabine|calibre';
const MEANS = `${SUBSTANCES}|boite|boites|plaquette|plaquettes`;

/** A drink is not an overdose: "j'ai bu, je veux mourir" stays with the suicide line first. */
const OVERDOSED = SUBSTANCES.split('|').filter((word) => word !== 'alcool').join('|');

/** Pills or poison already taken: with a suicidal sentence, the SAMU comes first. */
export const SELF_HARM_DONE = rx('',
  // "je songe à avaler": a thought, the plan (3114), not pills already down (15)
  '\\b(?<!(pense|songe|reflechis|hesite|envie) )(ai|a|avons|ont|viens de|vient de|me suis|',
  'se est|je suis) (pris|avale|avaler|gobe|',
  `ingere|bu|prendre|enfile|vide|vider)( [a-z]+){0,4} (${OVERDOSED}|${TOXIC})\\b`,
);

/** Others in the plan ("se tuer avec eux"): the police first, for them. */
export const OTHERS_AT_RISK = rx('',
  // "ma femme est partie avec les enfants": they are away, not at risk
  '\\b((?<!\\b(partie?|partis|parties|allee?|enfuie?|barree?|retournee?) )',
  'avec (eux|elles|nous|(les|mes|nos|ses|leurs|son|sa|mon|ma|notre|le|la) (enfants|',
  'enfant|bebe|bebes|petits|petit|petite|fille|filles|fils|gamins|gosses))|(emmener|emporter|',
  'tuer|prendre) (les|mes|nos|ses|leurs|le|la|son|sa|notre) (enfants|bebe|petits|famille|',
  'fille|fils|gamins)|tuer (toute la famille|tout le monde))\\b',
);

/**
 * Someone else about to jump in a public place ("ya un mec qui menace de sauter du pont"):
 * the police first to hold them, then 3114 (numbers of suicide_with_others).
 */
export const STRANGER_ON_LEDGE = rx('',
  '\\b(un mec|un homme|une femme|un type|un gars|une fille|un jeune|une jeune|quelqu un|',
  'quelque un|une personne|un ado|une ado|un monsieur|une dame)( [a-z]+){0,3} ',
  '(menace de sauter|va sauter|veut sauter|est sur le parapet|est au bord du (pont|toit|vide)|',
  'enjambe|a enjambe|est de le autre cote de la rambarde)\\b',
);

export const NET_DESPAIR: readonly NetFamily[] = [
  {
    id: 'net-farewell',
    situation: 'suicide',
    always: true,
    patterns: [
      /\b(lettres?|messages?|mots?) (de adieu|dadieu|de adieux|dadieux)\b/,
      // "adieu" alone is also how some say goodbye to the bot: a second farewell word is needed
      rx('',
        '^(?=.*\\b(la fin|pardon|pardonnez|pardonne|je vous aime|je te aime|prenez soin|plus la|',
        'mourir|pour toujours|ce monde|la vie|je le aime|je la aime|je les aime|laisse tout|',
        'pour tout)\\b).*',
        '\\badieu\\b',
      ),
      /\badieu a (tous|toi|vous|tout le monde|ma famille|mes enfants|maman|papa|la vie)\b/,
      // a goodbye to everyone, then gone with a gun or a rope
      rx('',
        '^(?=.*\\b(au revoir|adieu|adieux)\\b).*\\b(parti|partie|sorti|sortie|enferme|enfermee) ',
        'avec (son|sa|ses|un|une|des|la|le) (fusil|arme|corde|pistolet|carabine|revolver|',
        'medicaments|cachets|couteau)\\b',
      ),
      // a farewell sent, then silence: "elle m'a envoyé adieu et elle répond plus"
      rx('',
        '^(?=.*\\b((repond|decroche|reagit) (plus|pas)|injoignable|telephone eteint)\\b).*',
        '\\b(envoye|ecrit|dit|texte|laisse|mis)( un| une)?( message| mot| sms| texto)?( de)? ',
        '(adieu|adieux)\\b',
      ),
      /\bla fin pour moi\b/,
      /\bce est (bientot )?la fin\b(?! (de|du|des|le|la|les|pour (le|la|les))\b)/,
      /\b(ce est|cest) (fini|termine) pour moi\b(?! (le|la|les|ce|cette|cet|au|a)\b)/,
      rx('',
        '^(?=.*\\b(lettre|mot|adieu|message)\\b).*\\b(desole|desolee|pardon|pardonnez moi) pour ',
        'tout\\b(?! (le|la|les|ce|ca|cela|ces)\\b)',
      ),
      /\b(debarrasses?|debarrassees?) de moi\b|\bvous (serez|allez etre) (enfin )?libres\b/,
      rx('',
        '\\bserai (plus|bientot plus) (de ce monde|en vie|parmi vous|la\\b(?! (pour|a|au|aux|le|',
        'la|les|en|entre|avant|apres|de|du|des|lundi|mardi|mercredi|jeudi|vendredi|samedi|',
        'dimanche|jusque|quand)\\b))',
      ),
      rx('',
        '\\bpersonne (ne )?(me|va me|ne va me) (manquera|regrettera|pleurera|manquer|regretter|',
        'pleurer)\\b|\\bje (ne )?(manquerai|vais manquer) a personne\\b',
      ),
      rx('',
        '\\b(plus|aucune|pas) (aucune |de |une )?raisons? de (vivre|rester en vie|exister|',
        'rester sur terre|me lever le matin)\\b',
      ),
      rx('',
        '\\b(rejoindre|rejoins|rejoint|retrouver|retrouve) ([a-z]+ ){1,3}(au ciel|la haut|au ',
        'paradis|de le autre cote|',
        'dans la mort|dans la tombe)\\b',
      ),
      /\b(je suis|suis|me sens|on est) au bord du (gouffre|precipice)\b(?! (financier|econom))/,
      /\b(dormir|endormir|partir dormir) pour (toujours|de bon)\b|\bplus jamais me reveiller\b/,
    ],
    unless: rx('',
      '\\b(collegues|retraite|pot de depart|mutation|demenagement|demenage|demenager|herit\\w*|',
      'testament|succession|notaire|assurance vie|obseques|donation|heritiers|tutelle|',
      'mandat de protection|proteger|emission|concert|tournee|rendez vous|rdv|colis|livraison|',
      'livreur|horaires|absent|absente|conges|vacances|peut passer|pouvez passer|repasser|',
      'joignable|disponible|dispo)\\b',
    ),
  },
  {
    id: 'net-suicide-means',
    situation: 'suicide',
    always: true,
    patterns: [
      rx('',
        '^(?=.*\\b(ce soir|cette nuit|demain|maintenant|pendre|plafond|poutre|cou|tabouret|en ',
        'finir|adieu)\\b)(?!.*\\b(cordes? (a sauter|a linge|de guitare|vocales)|escalade|bateau|',
        'camping|randonnee|chantier|bricolage|chien|cheval|chevre|tente|demenagement)\\b).*',
        '\\b((achete|pris|prepare|trouve|accroche|attache|noue|ai|tiens) (une|la|ma) corde|(la|ma|',
        'une) corde (est )?(prete|accrochee|attachee|nouee|installee))\\b',
      ),
      rx('',
        '\\b(je ai|jai|je tiens|je me mets|je mets|je met) (mon|ma|un|une|le|la) ',
        `(${WEAPON_AT_HAND})( [a-z]+){0,4} (sur|contre|dans) (la|ma) (tempe|bouche|tete)\\b`,
      ),
      /\bcanon( [a-z]+){0,3} (dans|sur|contre) (la|ma) (bouche|tempe)\b/,
      // "dans ma bouche" is the citizen's own hand, unless someone else put it there (17)
      rx('',
        '^(?!.*\\b(me|nous) (a |ont )?(met|mettent|mis|pose|colle|pointe|pointent|braque)\\b)',
        `.*\\b(${WEAPON_AT_HAND}|canon)( [a-z]+){0,3} (dans|sur|contre) ma (bouche|tempe)\\b`,
      ),
      rx('',
        '^(?=.*\\b(pardon a tous|pardon maman|pardon papa|pardonnez moi|adieu|je vous aime|',
        'prenez soin|lettre)\\b).*\\b(pars|partir|',
        'part|men vais|me en vais|disparais|disparaitre) ([a-z]+ ){0,2}pour (toujours|de bon)\\b',
      ),
      /\bje me tue\b(?! (a|au|aux|pour)\b)/,
      rx('',
        '\\b(me|se) (foutre|jeter|lancer|mettre|allonger) (sous|devant) (un|le|une|la) (train|',
        'camion|voiture|bus|metro|tram|rer|tgv)\\b',
      ),
      new RegExp(`^(?=.*\\b(${MEANS})\\b).*\\b(vais|veux|va) tout (prendre|avaler)\\b`),
      new RegExp(`\\b(${MEANS}) (est |sont )?(devant moi|a cote de moi|dans ma main)\\b`),
      /\b(suis|je suis) (pret|prete) a (sauter|le faire|en finir|mourir|passer a le acte)\b/,
    ],
  },
  {
    id: 'net-attempt',
    situation: 'suicide_attempt',
    // "une biche s'est jetée sous mes roues": the animal ran into the car; a parachute or a
    // rope names a jump for sport
    unless: rx('', ANIMAL_THREW_ITSELF.source, '|\\b(en parachute|en parapente|a le elastique|',
      'en base jump|en wingsuit|du plongeoir|dans la piscine)\\b'),
    patterns: [
      rx('',
        '\\b(me suis|se est|te es|ai|a) (ouvert|ouverte|coupe|coupee|taillade|tailladee|tranche|',
        'tranchee|entaille|entaillee|scarifie|scarifiee|taille|taillee)( [a-z]+){0,2} ',
        '((les|ses|mes) veines|(les|ses|mes) poignets|(le|son|mon) poignet|la gorge)\\b',
      ),
      /\b(se est|me suis) (pendu|pendue)\b|\b(est|suis) (pendu|pendue)\b(?! (a|au|aux)\b)/,
      rx('',
        '\\b(ai|a|avons|ont|suis|est) (saute|sautee) (du|de le|de la|par la) ',
        '([a-z0-9]+ ){0,2}(pont|fenetre|balcon|toit|immeuble|etage|\\d+e|\\d+eme|\\d+ eme)\\b',
      ),
      rx('',
        '\\b(se est|me suis) (jete|jetee|defenestre|defenestree|lance|lancee) (du|de le|de la|par ',
        'la|sous)\\b|\\b(se est|me suis) (plante|plantee|poignarde|poignardee)\\b',
      ),
    ],
  },
];
