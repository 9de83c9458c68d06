/**
 * Round t79's tables: dangers only the learned vote caught, each as a family of wordings
 * (SMS, no accents, no punctuation, written for a relative) beside the calm look-alikes
 * (past, question, fiction, habit) that must stay calm.
 */
type Row = readonly [string, string];

/** A kitesurfer, a windsurfer, a swimmer far out, not coming back, signalling. */
export const RIDER_FAR_OUT: readonly Row[] = [
  ['ma soeur nage tres loin elle arrive plus a revenir elle fait des signes', '196'],
  ['mon mari est parti nager il est tres loin il revient pas il fait des grands gestes avec les ' +
    'bras', '196'],
  ['mon fils en planche a voile est trop loin il arrive plus a rentrer il fait signe', '196'],
];

export const RIDER_CALM: readonly string[] = [
  'le nageur est tres loin il fait des grands gestes pour dire bonjour on le voit bien',
  'ma fille nage tres loin elle revient pas avant la nuit c est normal elle est championne',
  'hier un kitesurfeur est parti trop loin il est revenu tout seul',
  'comment faire du kite sans partir trop loin',
  'dans le film le nageur agite les bras au large',
  'chaque week end je fais du windsurf au large',
];

/** A shop's or a home's shutter or door forced now, the writer upstairs. */
export const WAY_IN_FORCED: readonly Row[] = [
  ['qqn crochete la serrure de la maison je suis a l etage', '17'],
  ['quelqu un force le rideau de mon magasin je suis a l etage', '17'],
  ['on force mon rideau metallique je suis au dessus avec les enfants', '17'],
  ['des mecs arrachent la grille du magasin je suis dans l appartement au dessus', '17'],
];

export const WAY_IN_CALM: readonly string[] = [
  'quelqu un a force la porte de mon magasin cette nuit je veux porter plainte',
  'comment forcer la porte de ma maison j ai perdu mes cles',
  'faut il forcer le volet roulant quand il est bloque',
  'quelqu un a force la porte de ma maison pendant que j etais a l etage la semaine derniere',
];

/** An old woman or man just fallen outside, trembling, no longer speaking. */
export const ELDER_FALLEN: readonly Row[] = [
  ['un papy vient de tomber devant le tabac il tremble il dit rien', '15'],
  ['une vieille dame tremble elle vient de tomber sur le trottoir et elle parle plus', '15'],
  ['une dame agee vient de chuter devant chez moi elle tremble elle dit plus rien', '15'],
];

export const ELDER_FALLEN_CALM: readonly string[] = [
  'ma grand mere est tombee la semaine derniere sur le trottoir elle va mieux',
  'que faire quand une personne agee tombe et tremble',
  'ma mamie tremble toujours un peu elle a parkinson',
  'ma grand mere est tombee hier elle parle plus beaucoup depuis son avc',
];

/** A sailboat dismasted offshore, water coming in, people aboard. */
export const BOAT_DISMASTED: readonly Row[] = [
  ['le catamaran de mon oncle a demate en mer l eau rentre ils sont 2 a bord', '196'],
  ['on a demate on coule on est 5 a bord', '196'],
  ['notre voilier a demate au large l eau rentre on est 4 a bord', '196'],
  ['mon pere est sur son voilier il a demate l eau monte dans le bateau', '196'],
  ['urgence notre bateau a demate on est 3 a bord l eau rentre dans la cale', '196'],
  ['le voilier de mon frere a demate au large de belle ile l eau monte', '196'],
];

export const BOAT_CALM: readonly string[] = [
  'notre voilier a demate l an dernier on l a fait reparer',
  'comment reparer un voilier demate',
  'dans le roman le voilier demate et prend l eau',
  'on a demate pendant la transat l annee derniere',
  'est ce que l assurance couvre un voilier demate',
  'le mat est casse sur notre voilier au port on cherche un chantier',
];

/** A child followed since school, a man trying to get them into his car. */
export const CHILD_LURED: readonly Row[] = [
  ['ma fille de 12 ans m appelle un homme la suit depuis l arret de bus il veut la faire ' +
    'monter dans sa voiture', '17'],
  ['ma fille m appelle en pleurant un homme la suit depuis l ecole et essaie de la faire monter ' +
    'dans sa voiture', '17'],
  ['ma fille de 14 ans pleure au tel un mec la suit depuis le college il veut la faire monter ' +
    'dans sa voiture', '17'],
  ['ma fille me dit qu un homme la suit depuis la sortie du lycee et veut la faire ' +
    'monter dans sa voiture', '17'],
  ['mon fils me dit en pleurant qu un homme le suit depuis le college et veut le faire monter ' +
    'dans sa camionnette', '17'],
];

export const CHILD_LURED_CALM: readonly string[] = [
  'l an dernier un homme a suivi ma fille depuis l ecole la police l a arrete',
  'comment apprendre a ma fille a ne pas monter dans la voiture d un inconnu',
  'un homme a suivi ma fille depuis l ecole hier je veux porter plainte',
  'mon fils de 8 ans veut monter dans la voiture de son copain',
];

/** Groped in a train or a bus, pinned against the window, nobody reacts. */
export const GROPED_IN_TRAIN: readonly Row[] = [
  ['un mec me tripote dans le tram il me plaque contre la porte', '17'],
  ['un homme me touche dans le train il me plaque contre la vitre personne reagit', '17'],
  ['dans le metro un type me touche les fesses et me bloque contre la vitre', '17'],
  ['y a un homme qui me touche dans le tgv il me colle contre la vitre et personne bouge', '17'],
  ['un type me frotte dans le bus et personne reagit', '17'],
];

export const GROPED_CALM: readonly string[] = [
  'un homme me a touchee dans le train hier je veux porter plainte',
  'que faire si un homme vous touche dans le train',
  'dans le train un mec me colle avec son sac c est penible',
  'un homme m a touchee dans le metro il y a deux ans',
];

/** A deaf writer, a shop window being smashed now. */
export const DEAF_WINDOW_SMASHED: readonly Row[] = [
  ['je suis muette qqn casse la vitrine de la pharmacie', '114'],
  ['chui sourd qqn casse la vitrine du magasin la maintenant', '114'],
  ['je suis sourd un homme est en train de briser la vitrine de ma boutique', '114'],
];

export const DEAF_CALM: readonly string[] = [
  'je suis sourd on m a casse la vitrine la semaine derniere comment porter plainte',
  'je suis sourde comment contacter la gendarmerie par sms',
  'quelqu un a casse la vitrine de mon magasin cette nuit',
  'je suis sourd les jeunes cassent souvent les vitres des voitures du parking',
  'on m a casse la vitre de ma voiture sur le parking hier',
  'comment eviter qu on casse les vitres de ma voiture sur le parking',
];

/** The upstairs neighbour beating his children, heard screaming now. */
export const NEIGHBOUR_BEATS_KIDS: readonly Row[] = [
  ['le voisin du dessus bat ses gosses on les entend hurler', '17'],
  ['le voisin du dessus frappe ses gosses on les entend hurler', '17'],
];

export const NEIGHBOUR_KIDS_CALM: readonly string[] = [
  'le voisin du dessus frappait ses enfants avant il a demenage',
  'le voisin du dessus crie souvent sur ses enfants',
  'dans la serie le voisin du dessus bat ses gosses on les entend hurler',
];

/** A car just rolled over on the road, people trapped inside. */
export const CAR_ROLLED: readonly Row[] = [
  ['une voiture vient de faire un tonneau sur la route il y a des gens coinces dedans', '18'],
  ['une bagnole a fait des tonneaux y a du monde coince a l interieur', '18'],
  ['une voiture vient de se retourner devant moi des gens sont coinces', '18'],
];

export const CAR_ROLLED_CALM: readonly string[] = [
  'j ai fait un tonneau l an dernier avec ma voiture',
  'dans le film la voiture fait un tonneau et ils sont coinces dedans',
  'ma voiture a fait un tonneau en 2019 j etais coince dedans',
];

/** A neighbour's child out in the snow in a t-shirt, a parent hitting them. */
export const CHILD_IN_SNOW: readonly Row[] = [
  ['le petit d a cote est dehors en short dans la neige depuis 2 heures sa mere le tape', '17'],
  ['l enfant des voisins est dehors en tshirt dans la neige depuis une heure son pere le frappe ' +
    'dans la cour', '17'],
  ['le petit du voisin est dehors en t shirt sous la neige depuis 1h son pere le tape dans le ' +
    'jardin', '17'],
  ['le fils des voisins est dehors dans la neige en tee shirt depuis une heure et son pere le ' +
    'frappe', '17'],
  ['le gamin des voisins est dehors pieds nus dans la neige depuis 1h sa mere la frappe', '17'],
];

/** Shut out in the cold with no blow told: the child line first. */
export const CHILD_SHUT_OUT: readonly Row[] = [
  ['l enfant du voisin est dehors en tshirt dans la neige depuis une heure', '119'],
  ['la petite d a cote est pieds nus dans la neige depuis 1h elle pleure', '119'],
];

export const CHILD_SNOW_CALM: readonly string[] = [
  'quand j etais petit mon pere me laissait dehors dans la neige',
  'les enfants jouent dehors dans la neige en tshirt',
  'les enfants des voisins jouent dans la neige en tshirt depuis une heure',
  'mon fils est sorti en tshirt dans la neige 5 minutes',
  'le pere frappe son fils dans le film',
];

/** Men with headlamps prowling the barn, the writer alone at the farm. */
export const FARM_PROWLERS: readonly Row[] = [
  ['trois types avec des frontales rodent autour de l etable je suis seul', '17'],
  ['deux hommes avec des lampes frontales rodent dans ma grange je suis seule a la ferme', '17'],
  ['y a 2 mecs avec des frontales dans mon hangar la je suis tout seul a la ferme', '17'],
  ['des types avec des lampes torches rodent autour de la grange je suis seule', '17'],
  ['des mecs avec des lampes torches sont dans le hangar je suis seule avec les enfants', '17'],
];

export const FARM_CALM: readonly string[] = [
  'on a eu des rodeurs dans la grange le mois dernier',
  'quelle lampe frontale acheter pour la grange',
  'deux hommes avec des lampes frontales sont dans la grange ce sont les chasseurs du coin',
  'des randonneurs avec des lampes frontales sont passes devant la ferme hier',
];

/** An old neighbour seen through the window on her floor, barely moving. */
export const NEIGHBOUR_ON_FLOOR: readonly Row[] = [
  ['par la fenetre je vois ma voisine de 90 ans allongee par terre dans sa cuisine elle bouge a ' +
    'peine', '15'],
  ['je vois par la fenetre la voisine agee couchee sur le sol de sa cuisine elle bouge presque ' +
    'plus', '15'],
  ['ma voisine de 90 ans est par terre dans sa cuisine je la vois par la fenetre elle bouge a ' +
    'peine', '15'],
  ['par la fenetre je vois mamie etendue sur le carrelage elle respire a peine', '15'],
];

export const FLOOR_CALM: readonly string[] = [
  'ma voisine de 90 ans fait sa gym allongee par terre dans sa cuisine',
  'ma voisine est tombee dans sa cuisine l an dernier',
  'ma voisine de 90 ans est allongee par terre pour faire ses exercices',
  'ma voisine de 90 ans est tombee par terre hier elle se releve pas seule depuis on a appele ' +
    'son fils',
];

/** A driver tailgating and pushing the writer off the road, already hit. */
export const RAMMED_ON_ROAD: readonly Row[] = [
  ['un 4x4 me colle et essaie de me pousser dans le fosse il m a deja percute', '17'],
  ['sur l autoroute un conducteur me colle et essaie de me pousser hors de la route il m a deja ' +
    'percute', '17'],
  ['un mec me colle sur l autoroute il veut me faire sortir de la route il m a deja tape', '17'],
  ['sur l a7 une voiture me colle et me pousse vers le bas cote elle m a deja touche', '17'],
  ['un camion me pousse vers le fosse sur la nationale il m a deja touche', '17'],
];

export const RAMMED_CALM: readonly string[] = [
  'hier sur l autoroute un conducteur me a colle je veux porter plainte',
  'un conducteur me colle souvent sur l autoroute le matin',
  'sur l autoroute un camion a essaye de me pousser hors de la route l an dernier',
  'comment reagir si un conducteur essaie de vous pousser hors de la route',
];

/** A man smashing car windows in the car park now, taking the bags. */
export const CAR_WINDOWS_SMASHED: readonly Row[] = [
  ['un homme casse les vitres des voitures sur le parking la et prend les sacs', '17'],
  ['y a un mec qui casse les vitres des voitures dans le parking en ce moment il vole ' +
    'les sacs', '17'],
  ['un type est en train de briser les vitres des voitures au parking du supermarche il ' +
    'prend les sacs', '17'],
];

/** Heat wave: an old woman burning hot, not answering, talking nonsense. */
export const HEAT_ELDER: readonly Row[] = [
  ['avec la chaleur mamie 89 ans repond plus elle est brulante et raconte n importe quoi', '15'],
  ['ma grand mere 89 ans repond plus avec la canicule elle est brulante elle raconte ' +
    'nimporte quoi', '15'],
];

export const HEAT_CALM: readonly string[] = [
  'ma grand mere supporte mal la canicule comment l aider',
  'ma grand mere dit toujours n importe quoi quand il fait chaud elle a 89 ans',
  'ma grand mere de 89 ans est brulante de fievre depuis hier le medecin passe',
  'mamie dit nimporte quoi quand elle a chaud c est son caractere',
];

/** At a cliff's or a bridge's edge, wanting to end it. */
export const EDGE_END: readonly Row[] = [
  ['je suis au bord des falaises d etretat envie de tout finir', '3114'],
  ['chui en haut des falaises jveux tout finir', '3114'],
];

export const EDGE_CALM: readonly string[] = [
  'on a fait une balade au bord de la falaise c etait beau',
  'ce pont me donne envie de sauter a l elastique',
];
