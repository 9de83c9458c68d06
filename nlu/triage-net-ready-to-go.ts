import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A departure for good prepared like a farewell: things given away, letters written, then
 * "je suis prêt à partir définitivement". No word of death: 3114 first. A move abroad, a
 * flat emptied for a new town or gifts to a charity stay calm.
 */
const FOR_GOOD = '(definitivement|pour de bon|pour toujours|a jamais|sans retour)';

const READY_TO_GO = rx('',
  '\\b(pret|prete|prets|pretes|je suis pret|je suis prete) (a|pour) (partir|me en aller|',
  'men aller|y aller|le grand depart|le grand voyage|disparaitre|tirer ma reverence)',
  `( [a-z]+)?( ${FOR_GOOD})\\b(?! (de|du|des|en|au|aux|a|vers|chez|dans|pour|loin)\\b)`,
);

/** Ready to leave this world: said so, it needs no preparation to be told. */
const READY_TO_LEAVE_WORLD = rx('',
  '\\b(pret|prete|prets|pretes) (a|pour) (quitter|partir de|laisser) (ce monde|cette terre|',
  'cette vie|la vie)\\b',
);

/** The preparations: things given away, letters, goodbyes, nothing left to hold on to. */
const PREPARED = rx('',
  '\\b((donne|distribue|legue|offert)( [a-z]+){0,2} (affaires|biens|vetements|objets|bijoux|',
  'chat|chien|livres|tout)|tout (donne|distribue|legue|range)|(ecrit|laisse|redige) (mes|des|',
  'une|ma) (lettres?|mots?)|lettres? de adieu|dit (au revoir|adieu)|fait mes adieux|',
  'plus rien ne me retient|rien ne me retient|plus la force|plus envie|personne ne)\\b',
);

/** A real departure: a move, a trip, a charity, a new life elsewhere. */
const MOVE = rx('',
  '\\b(demenage|demenagement|demenager|pays|ville|region|etranger|expatrie|expatriation|',
  'canada|quebec|nouvelle vie|appart|appartement|maison|vacances|voyage|valise|valises|',
  'billet|avion|train|association|emmaus|croix rouge|don|dons|retraite|colocation|boulot|',
  'travail|mutation|contrat)\\b',
);

/**
 * A parent or grandparent who wants to join their dead spouse ("maman n'arrête pas de dire
 * qu'elle veut rejoindre papa, elle ne mange plus"): the wish told, or the will to live gone.
 * 3114 first. A trip to join papa in Brittany names a place or a time and stays calm.
 */
const KIN = '(papa|maman|papi|papy|pepe|mamie|mami|meme|mon pere|ma mere|mon mari|ma femme|' +
  'son mari|sa femme|grand pere|grand mere|mon grand pere|ma grand mere|son epoux|son epouse|' +
  'mon epoux|mon epouse|son frere|sa soeur|mon frere|ma soeur|son fils|sa fille)';

const JOIN_KIN = rx('',
  '\\b(il|elle) (veut|voudrait|va|aimerait|souhaite|attend de|a hate de|est pret a|',
  `est prete a|prefere|prefererait) (aller )?(rejoindre|retrouver) ${KIN}\\b`,
  '(?! (en|a|aux|chez|dans|sur|vers|pour (?!(toujours|de bon)\\b)|ce|cet|cette|demain|',
  'apres|la bas|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|',
  'au (?!(ciel|paradis)\\b)))',
);

/** Said over and over, or the will to live gone with it. */
const TOLD_OR_FADING = rx('',
  '\\b(ne arrete pas de (le )?dire|arrete pas de (le )?dire|dit|disait|repete|redit|parle|',
  'raconte|ecrit|arrete de manger|arretee de manger|',
  'arrete de se nourrir|refuse de manger|refuse de se nourrir|ne mange plus|mange plus|',
  'mange presque plus|ne boit plus|boit plus|plus ses medicaments|arrete ses medicaments|',
  'arrete son traitement|se laisse aller|se laisse mourir|depuis (son|sa) (deces|mort|',
  'enterrement|depart))\\b',
);

/** Where one really goes to join someone. */
const TRIP = rx('',
  '\\b(vacances|voyage|week end|gare|aeroport|train|avion|bus|voiture|billet|restaurant|',
  'resto|marche|courses|magasin|travail|boulot|chantier|bretagne|appart|fete|anniversaire|',
  'en bas|dehors|jardin|plage|camping|cinema|match)\\b',
);

export const NET_READY_TO_GO: readonly NetFamily[] = [
  {
    id: 'net-ready-to-go',
    situation: 'suicide',
    always: true,
    patterns: [READY_TO_GO],
    requires: PREPARED,
    unless: MOVE,
  },
  {
    id: 'net-ready-to-leave-world',
    situation: 'suicide',
    always: true,
    patterns: [READY_TO_LEAVE_WORLD],
    unless: rx('', '\\b(film|serie|chanson|livre|roman|personnage|jeu)\\b'),
  },
  {
    id: 'net-join-late-spouse',
    situation: 'suicide',
    always: true,
    patterns: [JOIN_KIN],
    requires: TOLD_OR_FADING,
    unless: TRIP,
  },
];
