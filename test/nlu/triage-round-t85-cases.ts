/**
 * Round t85's messages: writers who spell by sound (the very elderly, dyslexic writers,
 * newcomers, voice dictation) and mountain or overseas writers. Written for this round,
 * never taken from an evaluation set.
 */
type Row = readonly [string, string];

/** A crash with people hurt or trapped, however spelt: the firefighters first. */
export const CRASH_HURT: readonly Row[] = [
  ['choc frontal deux voitures ya des blessé sur la departementale une femme coincé', '18'],
  ['choc frontal entre deux voitures des blesses', '18'],
  ['acident grav sur la nationale un motar par terre il bouge pu', '18'],
  ['collision camion voiture sur la route du col le conducteur est coincé', '18'],
  ['CARAMBOLAGE SUR L AUTOROUTE PLUSIEUR BLESSÉ', '18'],
  ['ya une voiture ki a fait des tonneau le chauffeur é coincé', '18'],
  ['sortie de route dans le virage la dame saigne elle bouge pas', '18'],
];

export const CRASH_CALM: readonly string[] = [
  'j ai eu un choc frontal hier des blesses legers comment faire le constat',
  'accident sans blesses sur la nationale constat amiable',
  'collision entre deux voitures pas de blesse juste de la tole',
  'dans le film ca commence par un choc frontal avec des blesses',
  'choc frontal la semaine derniere mon frere blesse comment porter plainte',
];

/** Fireworks into the crowd: the firefighters. */
export const FIREWORKS_HURT: readonly Row[] = [
  ['feu d artifice tombe sur la foule des blesses', '18'],
  ['une fusee du feu dartifice est partie dans le public ya des brulés', '18'],
];

/** A deaf writer who says so their own way, threatened: the SMS 114 first, then 17. */
export const DEAF_THREATENED: readonly Row[] = [
  ['moi sourde homme casse porte chez moi maintenant aide', '114'],
  ['moi sourd muet homme dans maison', '114'],
  ['je sui sourde un homme veut entrer il tape la porte', '114'],
  ['Moi sourd. Mon mari me frappe maintenant', '114'],
];

/** A deaf writer and another danger: 114 first, then the danger's own service. */
export const DEAF_OTHER: readonly Row[] = [
  ['moi malentendante feu dans cuisine', '114'],
  ['moi sourde mon mari est tombé par terre il respire mal', '114'],
];

export const DEAF_CALM: readonly string[] = [
  'moi sourde comment je fais pour contacter la gendarmerie',
  'je suis sourde un homme est venu reparer ma chaudiere hier',
  'moi sourd je veux faire une pre plainte un homme m a vole mon portable',
  'moi sourde homme dans la rue me regarde bizarre tous les jours',
  'je suis malentendante l incendie d hier m a fait peur',
];

/** Fallen or calling for help behind a locked door: 18 forces the door, 15 comes with it. */
export const LOCKED_OUT: readonly Row[] = [
  ['le vieux monsieur d a coté il est tombé chez lui je l entend crier a l aide et la porte ' +
    'est fermée a clé', '18'],
  ['la vieille dame du dessus est tombé je l entend apeler o secour mais la porte est fermé',
    '18'],
  ['mon grand pere est tombé dans sa maison il crie mais cest fermé a clé on peut pa rentrer',
    '18'],
  ['ma voisine de 85 ans appelle au secours derriere sa porte fermee a cle', '18'],
  ['papi par terre dans la salle de bain porte verrouillee il gemit', '18'],
];

export const LOCKED_OUT_CALM: readonly string[] = [
  'ma mere est tombee la semaine derniere et la porte etait fermee a cle comment installer ' +
    'une boite a cle',
  'mon ado hurle au secours derriere sa porte pour rire',
  'ma grand mere est tombee hier les pompiers ont force la porte elle va bien',
  'porte fermee a cle j ai perdu ma cle un serrurier svp',
];

/** A child or a teenager unseen since last night: the police. */
export const MINOR_UNSEEN: readonly Row[] = [
  ['mon fils de 14 ans repond plus depuis hier soir personne l a vu', '17'],
  ['ma fille de 13 ans est pas rentree depuis hier personne la vu', '17'],
];

/**
 * A grown-up not answering for days with no danger named: the dev set labels a grown-up's
 * disappearance with no sign of danger as the missing-person answer, not an emergency.
 */
export const GROWN_UP_SILENT_CALM: readonly string[] = [
  'mon frere il repond plus au telephone depuis 4 jours personne l a vu',
  'ma soeur repond plu depui 3 jour personne la vu',
  'mon cousin na plus donné de nouvelle depui 2 semaine comment signaler',
  'mon fils de 16 ans repond plus depuis hier soir mais il est chez un copain',
];

/** The same with a danger beside it: the search first. */
export const GROWN_UP_SILENT_DANGER: readonly Row[] = [
  ['mon frere repond plus depuis 4 jours il avait parle de en finir', '17'],
  ['mon pere de 85 ans a alzheimer il repond plus depuis 2 jours personne l a vu', '17'],
];

/** Blows or fear told over years, in phonetic spelling: the FAQ (as the dev set labels it). */
export const HABIT_PHONETIC_CALM: readonly string[] = [
  'mon mari il me tape depui des anné jé peur de partir avec les enfan',
  'mon mari me bat depui des anné je sé pa koi fair',
  'ma femme me frappe souvan depui 2 an je ose pa porter plainte',
  'la femme du voisin elle cri bocou le soir depui des moi je sé pa si il la tape',
  'la voisine laisse ses enfan seul le soir depui longtemp jai peur pour eu',
  'les voisins laisse leur bebe seul tou les soir pour aller au bar',
];

export const HABIT_BESIDE_NOW: readonly Row[] = [
  ['mon mari me tape la maintenant jé peur', '17'],
  ['la voisine laisse ses enfants seuls depuis ce matin ils pleurent a la fenetre', '119'],
];

/** A parked car hit or a thing stolen, the one who did it gone: the complaint. */
export const GONE_AFTER_CALM: readonly string[] = [
  'kelkun a tapé ma voiture au parking et il é parti',
  'kelkun a rayé ma voitur au supermarché il é parti sans laissé de mot',
  'on m\'a volé mon vtt electrique au pied des pistes a tignes',
  'on ma vole mes ski devant le chalet',
  'on m a pique mon vtt au parking du telesiege',
];

export const THIEF_STILL_THERE: readonly Row[] = [
  ['on vient de me voler mon sac il me menace avec un couteau', '17'],
  ['on me vole mon sac la maintenant au secours', '17'],
];

/** "au secours" about paperwork, homework, a recipe or a device. */
export const PLEA_THINGS_CALM: readonly string[] = [
  'o secour dé impot jcomprend rien au formulaire',
  'au secours la declaration d\'impots',
  'au secour mon ordi veut plus s allumer',
  'o secour le formulaire de la caf je comprend rien',
];

export const PLEA_DANGER: readonly Row[] = [
  ['au secour jé rempli le formulaire et il me frappe', '17'],
  ['o secour ya un homme chez moi', '17'],
];

/** Fire words that are no fire. */
export const FIRE_FIGURE_CALM: readonly string[] = [
  'le feu d artifice du 14 juillet c est a quelle heure',
  'feu dartifice ce soir a quelle heure',
  'je suis au coin du feu avec mamie',
  'on fait un feu de camp ce soir a la plage c est autorise',
  'au feu rouge il a griller',
];

export const FIRE_BESIDE_FIGURE: readonly Row[] = [
  ['on etait au coin du feu et la le feu a pris dans le salon', '18'],
  ['le feu de camp a pris dans la foret ya des flammes partout', '18'],
];

/** A neighbour shooting birds or pests, asked about as law. */
export const SHOOTING_BIRDS_CALM: readonly string[] = [
  'mon voisin tire sur les merles avec son fusil le dimanche c\'est legal ?',
  'mon voisin tir sur les pigeons avec une carabine c legal',
  'le voisin tire sur les corbeaux avec un fusil a plomb il a le droit',
];

export const SHOOTING_PEOPLE: readonly Row[] = [
  ['mon voisin tire sur les gens avec son fusil', '17'],
  ['mon voisin tire sur nous', '17'],
  ['il tire sur les oiseaux avec un fusil la il vise les enfants c est legal ca', '17'],
];
