/**
 * Round t39's phrasings, written for this round (typos, no accents, SMS, long and short),
 * each family beside its calm look-alikes. Also lines of nlp-models/triage/adversarial.jsonl.
 */

/** Beaten and kept from leaving, abroad: 112 first. */
export const ABROAD_HELD: readonly string[] = [
  'je suis en tunisie mon mari me frappe et il a caché mon passeport je peux pas partir',
  'chui en algerie mon copain me tape et ma confisqué mon passport jpeu pas rentrer',
  "en vacances en turquie mon mari me bat, il m'enferme dans la chambre d'hotel",
  'je suis a dakar avec mon conjoint il me frappe il a pris mes papiers je peux pas sortir',
  "mon mari me bat ici au maroc, il garde mon passeport et m'empeche de sortir",
  'au senegal ma belle famille me sequestre et mon mari me frappe',
  'je suis coincée en egypte, mon copain me cogne et il a pris mon passeport',
  "je suis en espagne mon mec me frappe il m'a enfermée dans l'appart de location",
  'mon mari m a emmenee au pakistan il me bat et garde mon passeport je peux pas revenir',
  'jsui en turquie mon mari me bat il ma pri mon pasport jpeu pa sortir',
  "je suis au liban chez ma belle famille, ils m'enferment et mon mari me frappe",
  'on est en thailande mon copain me frappe et il a gardé mon passeport, je peux pas partir',
  'je suis a l etranger mon mari me bat il m a confisque mes papiers je ne peux pas partir',
  'en vacance en italie mon compagnon me frappe, je suis enfermee dans la chambre',
  'je suis au mali, mon mari me bat et ne me laisse pas sortir, il a mes papiers',
  'au maroc. mari me bat. passeport pris. bloquee',
  'jsuis o maroc mon mari me bat g plu mon passeport aidez moi',
  "je suis en algérie chez mes beaux parents mon mari me frappe ils m'empechent de quitter la " +
    'maison',
  'au secours je suis a marrakech mon copain me frappe et il a mon passeport',
  'mon mari me bat, on est en tunisie chez sa famille, il a pris mes papiers et je peux pas ' +
    'sortir',
  'je suis enfermée chez mon mari au maroc il me frappe, j ai plus mes papiers',
  'on est a istanbul mon mari me bat depuis hier soir il veut pas me rendre mon passeport',
  'je suis au cameroun mon mari me frappe et me retient a la maison, il a pris mon passeport',
  "en thaïlande avec mon copain, il me cogne et me laisse pas sortir de l'hôtel",
  'je suis au bled en algérie chez ma belle mere, mon mari me frappe et il a caché mes ' +
    'papiers',
  'on est au maroc pour l été, il me bat et il garde mon passeport, je peux pas rentrer',
  'je suis en vacances en grece mon copain me cogne et ne me laisse pas quitter la chambre',
];

export const ABROAD_HELD_CALM: readonly string[] = [
  "on est rentrés du maroc hier, super séjour, par contre j'ai perdu mon passeport là bas",
  "j'ai perdu mon passeport en espagne pendant les vacances, comment faire ?",
  'mon passeport a été volé en tunisie, comment en refaire un ?',
  'je pars au maroc avec mon mari la semaine prochaine, faut il un visa ?',
  'de retour de turquie, les vacances étaient top, les enfants ont adoré',
  "quand on était au maroc l'été dernier mon mari me frappait, je veux porter plainte " +
    "maintenant qu'on est rentrés",
  'mon passeport est périmé et je suis en vacances au maroc, je peux rentrer en france avec ?',
  "je suis en espagne et j'ai perdu mon passeport, où est le consulat ?",
  'on revient de thailande, le passeport de ma fille est abimé il faut le refaire ?',
  'je suis au portugal pour le travail, mon passeport expire bientot, je fais comment ?',
  "mon mari garde mon passeport chez sa mère, j'ai le droit de le récupérer ?",
  "on est rentrés d'algérie, mon passeport a été tamponné deux fois c'est grave ?",
];

/** A driver who hit someone lying there: 18 first. */
export const DRIVER_HIT: readonly string[] = [
  "j'ai bu et j'ai renversé un piéton il bouge plus",
  'jai percuté un cycliste il est par terre il bouge pas jsuis bourré',
  "j'ai roulé sur quelqu'un en sortant du bar, il est allongé sur la route",
  "je conduisais un peu alcoolisé j'ai heurté une femme elle est inconsciente sur la chaussée",
  'jai renverse un mec en scooter il reagit pas jai trop bu',
  'je viens de taper un piéton avec ma voiture il est au sol et bouge plus',
  'j ai fauché un gars à vélo il est étendu sur la route, j ai bu',
  'g écrasé qqn avec la voiture il bouge plus',
  "je suis ivre j'ai renversé un motard il est allongé et répond pas",
  'mon pote est bourré il a renversé un piéton qui bouge plus',
  "je conduisais et j'ai touché un homme, il est couché sur le bitume immobile",
  'jai bu 4 bieres et jai renversé une dame elle est par terre et saigne',
  "on rentrait de soirée j'ai percuté un jeune il ne bouge plus sur la route",
  "j'ai heurté quelqu'un en voiture, il est allongé au milieu de la route, j'ai un peu bu",
  "j'ai pas vu le piéton, je l'ai renversé en voiture, il est inerte",
  "je suis saoul j'ai tapé un mec en trottinette il est étendu par terre",
  'jsui torché jai renversé qq1 il bouge plu aidé moi',
  "j'ai trop bu j'ai percuté une personne elle est allongée sur la route et répond plus",
  "j'ai renversé un vieux monsieur en reculant, il est au sol il bouge pas",
  "j'ai un coup dans le nez et j'ai renversé un gamin à vélo il est par terre",
  "je l'ai renversée en reculant, elle est par terre et bouge pas",
  "j'ai percuté un piéton en rentrant de soirée, il est couché dans le fossé et bouge plus",
  "je crois que j'ai tué quelqu'un avec la voiture il bouge plus, j'avais bu",
];

export const DRIVER_HIT_CALM: readonly string[] = [
  "j'ai accroché une voiture sur le parking, personne n'est blessé, constat à faire",
  "la semaine dernière j'ai renversé un cycliste, il va bien, l'assurance demande un constat",
  "j'ai bu un verre et j'ai eu un petit accrochage, pas de blessé",
  "j'ai eu un accident le mois dernier, un piéton a été blessé, je suis convoqué au tribunal",
  "j'ai reculé dans un poteau en sortant du bar, la voiture est rayée",
  "un piéton a traversé sans regarder je l'ai frôlé, il va bien et il est reparti",
  "j'ai été contrôlé positif à l'alcool hier soir, je vais perdre mon permis ?",
  "petit choc avec un cycliste ce matin, il s'est relevé, rien de cassé, on a fait un constat",
  "il y a 3 jours j'ai percuté un scooter, le jeune a une égratignure, que faire pour " +
    "l'assurance ?",
  "l'an dernier j'ai renversé un piéton en état d'ivresse, je passe au tribunal demain",
  "j'ai renversé le vase, il est par terre en mille morceaux",
  "j'ai tapé un mec à la boxe, il est tombé au sol mais il s'est relevé direct",
  "j'ai renversé ma tasse de café sur la route en marchant",
  "en jouant à gta j'ai écrasé un piéton il bouge plus mdr",
];

/** Someone else about to end their life, out of reach: 17 first. */
export const OTHERS_OUT_OF_REACH: readonly string[] = [
  "ma fille de 15 ans m'a envoyé un message d'adieu et elle répond plus",
  'mon ado a écrit adieu maman sur snap et son tel est éteint',
  "le voisin dit qu'il va se pendre dans son garage, il a une corde",
  "mon pote m'a dit qu'il avait avalé toute sa boite de cachets et il repond plus",
  "ma copine dit qu elle a pris des médocs pour en finir, elle décroche plus",
  "mon frère m'a envoyé pardon pour tout et il ne répond plus depuis une heure",
  "mon fils m'a laissé une lettre d'adieu ce matin et il est injoignable",
  "un pote a posté un message d'adieu sur insta et personne n'arrive à le joindre",
  "ma soeur dit qu'elle a avalé tous ses somnifères, elle répond plus au tel",
  "mon copain m'a envoyé une photo de cachets avec adieu et il decroche pas",
  "mon père a dit qu'il allait se pendre dans la grange et il est parti",
  "mon ex m'a écrit qu'il s'ouvre les veines là maintenant, il répond plus",
  "mon amie m'a envoyé un sms d'adieu y a 20 min et son portable est coupé",
  "ma mere dit qu'elle va sauter par la fenetre, je suis pas chez elle",
  "mon fils de 16 ans a écrit sur discord qu'il va se suicider cette nuit, il répond plus",
  'un ami vient de m envoyer adieu les gars, depuis plus rien',
  "ma niece a envoyé un message qu'elle en peut plus et va en finir, son tel sonne dans le " +
    'vide',
  'ma meilleure amie a mis une story d adieu, elle lit plus mes messages',
  'mon voisin menace de se pendre dans sa grange, il a la corde',
  "mon mari m'écrit qu'il a pris toutes ses pilules, il décroche plus",
];

export const OWN_SUICIDAL: readonly string[] = [
  "je veux en finir ce soir j'ai préparé mes cachets",
  "j'ai envie de mourir, je pense à me pendre",
  'je vais me tuer ce soir',
  "mon ami dit qu'il va se pendre ce soir",
];

export const OTHERS_OUT_OF_REACH_CALM: readonly string[] = [
  "dans le roman que je lis l'héroïne écrit une lettre d'adieu à sa mère",
  "mon ami avait des idées suicidaires l'an dernier, aujourd'hui il va beaucoup mieux",
  'que faire si un proche parle de se suicider ?',
  'que dire si un collègue parle de mettre fin à ses jours ?',
  'si un proche évoque le suicide, que faire ?',
  "ma fille a fait une tentative il y a deux ans, elle va bien maintenant, elle est suivie",
  'dans la série le personnage laisse un mot d\'adieu avant de partir',
  "mon collègue part à la retraite, il nous a envoyé un message d'adieu très touchant",
  "ma copine a déménagé à lyon, elle m'a écrit un petit mot d'adieu trop mignon",
  'mon grand père a dit adieu à sa maison, il part en ehpad',
];

/** "adieu" said at a departure: calm for the rules and the vote. */
export const FAREWELL_FOR_A_TRIP: readonly string[] = [
  "une amie m'a dit adieu à la gare, elle part vivre au canada",
  'mon collègue nous a fait ses adieux, il part à la retraite vendredi',
  'on a dit adieu à nos voisins qui déménagent à bordeaux',
];

/** Thanks once help came: calm for the rules and the vote. */
export const THANKS_ONCE_HELP_CAME: readonly string[] = [
  'merci les pompiers sont là',
  "c'est bon les secours sont arrivés merci beaucoup",
  'merci la police est arrivée tout va bien',
  'les gendarmes sont là merci pour votre aide',
  'ok merci ils sont arrivés',
  'le samu est arrivé, merci',
  'merci bcp les flics sont la c bon',
  "c'est réglé les gendarmes sont venus merci",
  "l'ambulance vient d'arriver, merci de votre aide",
  'c bon ils sont là merci bcp',
  'les secours sont là, merci à vous',
  'merci beaucoup, les pompiers sont arrivés et ont tout éteint',
  'mrc les gendarmes sont arrivés',
  'c bon la police est venue merci',
  "merci pour l'aide, les secours s'occupent de lui",
  "merci c'est bon ils sont là",
  'cest bon ils sont la merci',
  'ouf les secours sont arrivés, merci',
  "c'est ok la police est sur place merci",
];

export const THANKS_BUT_DANGER: ReadonlyArray<readonly [string, string]> = [
  ['merci la police est là mais il a un couteau', '17'],
  ['les pompiers sont pas encore là et le feu gagne l\'étage', '18'],
  ['merci, les secours sont là mais il respire plus', '15'],
];

/** Fiction named by its title. */
export const FICTION_TITLES: readonly string[] = [
  'la casa de papel saison 2, le braquage est ouf',
  'dans breaking bad il tue tout le monde à la fin',
  'dans peaky blinders ils se tirent dessus tout le temps',
  'la scène où il se fait poignarder dans game of thrones m\'a choquée',
  'dans squid game ils se font tous tuer',
  'dans walking dead un zombie le mord au bras',
  'dans la saison 3 de narcos ils font exploser une voiture',
  "la prise d'otage dans la casa de papel est dingue",
  'dans stranger things la fille se fait enlever',
  'dans prison break ils s\'évadent en creusant un tunnel',
  'dans lupin il cambriole le louvre',
  'dans dexter il poignarde ses victimes à chaque épisode',
  'jai regardé narcos hier soir, escobar fait exploser un avion',
];

/** A faint at a blood test, over. */
export const FAINT_AT_CARE: readonly string[] = [
  "j'ai fait un malaise ce matin pendant une prise de sang, maintenant ça va, je peux conduire ?",
  'je suis tombée dans les pommes au labo ce matin pendant la prise de sang, tout va bien',
  "malaise vagal tout à l'heure à la prise de sang, ça va mieux, j'ai le droit de prendre le " +
    'volant ?',
  "ce matin je me suis évanoui au laboratoire en faisant une prise de sang, c'est passé",
  'jai fais un malaise au vaccin tout a lheure, ca va, je peux rentrer en voiture ?',
];

/** A theft told done in a foreign language: calm for the rules and the vote. */
export const FOREIGN_THEFT_DONE: readonly string[] = [
  'anoche me robaron la mochila en un bar',
  'my backpack got stolen yesterday, can you help me?',
  'someone stole my wallet on the metro, help',
  'help, my handbag was stolen on the bus',
  'me han robado la cartera en el tren, necesito ayuda para denunciar',
  'me robaron, ayuda',
  'me robaron el pasaporte, necesito ayuda',
  'someone stole my passport, please help',
  'mi hanno rubato il portafoglio ieri, aiuto',
];

export const FOREIGN_DANGER_NOW: readonly string[] = [
  'help a man with a knife is attacking me',
  'ayuda me están robando con un cuchillo',
  'someone stole my bag and he is following me now, help',
];

/** A help line asked for schoolwork. */
export const SCHOOLWORK: readonly string[] = [
  "c'est quoi le num pour les enfants qui se font taper ? c pour un devoir",
  "le numéro pour signaler un enfant qui se fait frapper, c'est pour un tpe",
  "c'est pour un TPE sur les violences faites aux enfants, quel numéro ?",
  "c'est pour mon devoir d'EMC, quel numéro pour les enfants victimes de violence ?",
  'c pour mon expo a l ecole sur les enfants frappés',
  'si un enfant se fait battre il appelle quel numéro ? c pour un exposé',
  "c'est pour l'école, quel numéro pour un enfant battu ?",
  'cé pour un exposé en classe',
  "c'est pour mon exposé au collège",
  'le prof nous a demandé le numéro pour les enfants maltraités pour le devoir',
];

export const SCHOOLWORK_DANGER: ReadonlyArray<readonly [string, string]> = [
  ["mon père me tape parce que j'ai raté mon devoir, il est dans ma chambre là", '17'],
  ["c'est pour un exposé mais là mon beau père me frappe en ce moment", '17'],
];
