import { rx } from './triage-words';
import { SCOLD_IDIOMS } from './triage-idioms-scold';

/** A threat over a trivial motive: an idiom, for the rules and the learned vote alike. */
export const TRIVIAL_THREAT = rx('g',
  '\\b(je vais|on va|il va|elle va|ils vont|va|vont) (le |la |les |te |me )?(tuer|buter|',
  'etrangler|massacrer|assassiner|defoncer|trucider|tuer)\\b(?=.*\\b(il|elle|ils|elles|',
  'me|je) (a|ont|ai|avait)( encore| pas| deja)? (fini|mange|pris|pique|bu|casse|efface|',
  'oublie|perdu|raye|vole|regarde|spoile|fait|peint|dessine|renverse|dechire|mordille|',
  'bouffe|vomi|salit|tache)\\b.*\\b(chips|gateaux?|bonbons|chocolat|pizza|',
  'frites|biere|lait|yaourts?|chargeur|telecommande|manette|sauvegarde|console|serie|part|',
  'glace|nutella|cafe|pain|biscuits|jeu|ps5|switch|devoirs|anniversaire|',
  // the walls drawn on, the slippers chewed: a child's or a pet's mischief
  'murs?|canape|peinture|chaussons|pantoufles|baskets|chaussures|tapis|pull|dessert)\\b)',
);

/** What slang calls "le feu": a song, a show, a party, an outfit. */
const HYPE = '(rap|rappeur|ce son|le son|ton son|nouveau son|sons|clip|clips|album|morceau|' +
  'chanson|musique|playlist|concert|' +
  'festival|soiree|fete|teuf|dj|match|film|serie|episode|saison|jeu|tenue|look|sape|sapes|' +
  'outfit|baskets|style|spectacle|show|ambiance|artiste|chanteur|chanteuse|titre|track|feat|' +
  'beat|prod|freestyle|danse|choree|live|stream|humoriste|sketch|equipe)';
const SLANG_FIRE = '((ce est|ce|c etait|ca etait|ca va etre|sera|etait|cest|c est)' +
  '( trop| grave| ' +
  'vraiment| tellement| carrement| juste)? le feu|(met|mettent|mettait|va mettre|a mis|ont mis)' +
  ' (trop |grave |vraiment )?le feu)' +
  '(?! (a|au|aux|chez|dans|a le|a la|de) (la |le |les |ma |mon )?' +
  '(maison|appart|appartement|immeuble|voiture|poubelle|poubelles|foret|cuisine|garage|' +
  'grange|batiment|ecole|voisin|voisine|cave|chambre|salon|bus))';
export const FIRE_SLANG = rx('g',
  `\\b${HYPE}\\b( [a-z0-9]+){0,5} ${SLANG_FIRE}\\b|\\b${SLANG_FIRE}\\b(?=( [a-z0-9]+){0,4} `,
  `${HYPE}\\b)`,
);

/** A restaurant's service, where "le coup de feu" is the rush. */
const KITCHEN = '(couverts|resto|restaurant|brasserie|bistrot|en cuisine|commis|clients|' +
  'tables|rush|service du midi|service du soir)';
/** What makes "un coup de feu" a shot, whatever the place. */
const SHOT = '(entendu|entend|entendre|tire|tirer|tireur|arme|armes|fusil|pistolet|' +
  'carabine|blesse|blessee|balle|balles|detonation|detonations|sang)';

/**
 * Figures of speech read before the rules, beside triage-context.ts's FIGURATIVE and the
 * net's MORE_IDIOMS (full): a subject or a chore that "will kill me", a head "on fire" with
 * paperwork. Removed from the text the rules read, so a real danger told beside them still
 * alarms ("les maths vont me tuer, et là il y a le feu à la cuisine").
 */
export const STORY_IDIOMS: readonly RegExp[] = [
  // school subjects and chores, never a person: "les maths vont me tuer"
  rx('g',
    '\\b(les|la|le|ces|cette|ce|mes|ma|mon|l) (maths|math|mathematiques|physique|chimie|',
    'philo|philosophie|francais|anglais|espagnol|allemand|histoire|geo|svt|compta|partiels|',
    'partiel|revisions|exams|examens|controles|interros|brevet|memoire|these|dissert|',
    'dissertation|code|impots|declaration|papiers|demarches|paperasse|carte grise|formulaires?|',
    'imprimante|ordi|ordinateur|wifi|box|tondeuse|voiture|bagnole|lessive|repassage|',
    // work and its hours: "ce boulot de nuit va me tuer"
    'boulot|travail|taf|job|horaires|gardes|astreintes|chantier|demenagement)',
    '( [a-z]+){0,2} ((va|vont|allait|allaient) me (tuer|achever|rendre fou|rendre folle)|',
    'me (tue|tuent|achevent|achevera|auront|aura))\\b',
  ),
  // a head "on fire" or "exploding" with worries: nothing burns
  rx('g',
    '\\b((ce est )?le feu|en feu|ca brule|explose|explosent|va exploser|vont exploser) ',
    '(dans|a) (ma|la|sa|ta|mon|son|nos|vos) (tete|cerveau|crane|caboche|neurones)\\b|',
    '\\b(ma|la|sa|mon) (tete|cerveau|crane|caboche) (est en feu|va exploser|explose|brule)',
    '(?= (avec|a cause|pour|de|des|tous|toutes|ces|ce|cette|les|entre)\\b)',
  ),
  // "je suis en feu aujourd'hui, j'ai tout vendu": on a roll, nothing burns
  rx('g',
    '\\b(je suis|suis|chui|on est|tu es|il est|elle est) en feu (aujourd hui|ce matin|',
    'cette semaine|cette saison|ce mois ci|cette annee|au boulot|au travail|sur le terrain)',
    '(?=.*\\b(vendu|gagne|reussi|marque|cartonne|record|signe|boucle|fini|termine)\\b)',
  ),
  // slang for great: "c'est le feu ce nouveau rap", "cette playlist met le feu"
  FIRE_SLANG,
  // the nursery rhyme sung by a child: "au feu les pompiers, ma fille chante ça en boucle"
  rx('g',
    '\\bau feu les pompiers( la maison qui brule| la maison est brulee)?\\b',
    '(?=.*\\b(chante|chantent|chantait|chanter|comptine|chanson|fredonne|refrain)\\b)|',
    '(?<=\\b(chante|chantent|chantait|chanter|comptine|chanson|fredonne|refrain)\\b.*)',
    '\\bau feu les pompiers( la maison qui brule| la maison est brulee)?\\b',
  ),
  // a threat over a trivial motive: "je vais tuer mon frère, il a fini mes chips"
  TRIVIAL_THREAT,
  // "me jeter à l'eau" is taking the plunge, unless a bridge or drowning is named
  rx('g',
    '\\b(me|se|te|nous|vous) jeter a le eau\\b',
    '(?!.*\\b(pont|falaise|quai|noyer|noie|canal|riviere|seine|mer|lac|fleuve)\\b)',
  ),
  // scolded: "mon chef m'a incendié devant tout le monde" (triage-idioms-scold.ts)
  ...SCOLD_IDIOMS,
  // a kitchen's rush hour: "un coup de feu en cuisine ce soir, 40 couverts", never a shot
  rx('g',
    `(?<!\\b${SHOT}\\b.*)\\bcoup de feu\\b(?!.*\\b${SHOT}\\b)(?=.*\\b${KITCHEN}\\b)|`,
    `(?<!\\b${SHOT}\\b.*)(?<=\\b${KITCHEN}\\b.*)\\bcoup de feu\\b(?!.*\\b${SHOT}\\b)`,
  ),
];
