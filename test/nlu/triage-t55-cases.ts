/**
 * Round t55's phrasings (a fresh tester's findings), written for this round: typos, no
 * accents, SMS, dictation, someone writing for a neighbour, each beside its look-alikes.
 */

/** Someone a witness sees about to jump: the police first to hold them, 3114 after. */
export const WITNESS_LEDGE: readonly string[] = [
  'une femme est sur le toit de l immeuble elle menace de sauter',
  'un ado est assis sur le parapet du viaduc il pleure il va sauter',
  'mon voisin est sur le rebord de sa fenetre au 5eme et veut sauter',
  'il ya un homme qui a l air de vouloir sauter du pont je suis a coté',
  'y a un mec debout sur la rambarde du pont il veut se jeter',
  'Une jeune fille est assise au bord du toit du parking, elle dit qu\'elle va sauter !!',
  'ya 1 gars sur le parapet du pont il menace de se jeter vite',
  'la voisine du 3eme est sur son balcon de l autre cote de la rambarde elle veut sauter',
  'un homme est de l autre cote du parapet du viaduc',
  'je vois une dame au bord de la falaise qui semble vouloir sauter',
  'quelqu un est sur le toit de la gare il crie qu il va se jeter',
  'un étudiant est monté sur le toit de la fac il menace de sauter',
  'mon collegue est sur le rebord de la fenetre du 4e il veut en finir',
  'le voisin d en face est sur le toit de l immeuble il menace de sauter venez',
];

/** The writer's own jump, a relative's threat by message, a bare "elle": 3114 first. */
export const OWN_JUMP: readonly string[] = [
  'elle est sur le pont et elle dit qu elle veut sauter',
  'je vais sauter du pont', 'je suis sur le rebord je vais sauter',
  'ma copine veut sauter du balcon elle me l a ecrit',
];

/** A jump for sport, a pet, a roofer: calm. */
export const LEDGE_CALM: readonly string[] = [
  'il a sauté du pont en parachute', 'il a saute du viaduc a l elastique c etait genial',
  'saut à l\'élastique du viaduc ce week-end c\'est autorisé ?',
  'mon chat est sur le rebord de la fenêtre',
  'un homme est monte sur le toit pour reparer l antenne',
  'un homme veut sauter en parachute depuis le pont c est legal',
  'une femme veut sauter dans la piscine depuis le balcon mdr',
  'le couvreur est sur le toit il va descendre',
];

/** An old person beaten, shut in or starved now: 17 first, and no child line. */
export const ELDER_ABUSE: readonly string[] = [
  'mon voisin de 85 ans se fait battre par son petit fils qui vit chez lui je l entends crier',
  'mon voisin agé est enfermé chez lui par son fils qui le frappe et lui prend son argent',
  'ma mere agee est sous l emprise de son aide a domicile qui la frappe et la prive de manger',
  'mon grand pere se fait frapper par son auxiliaire de vie',
  'ma mamie se fait taper par mon cousin qui habite chez elle',
  'la vieille dame d a cote se fait tabasser par son fils jl entends hurler',
  'mon papi de 90 ans est battu par son petit fils il faut venir',
  'ma grand mere est frappée par l infirmiere a domicile elle a des bleus partout',
  'ma voisine de 82 ans est enfermee dans sa chambre par sa fille qui la prive de manger',
  'le petit fils de mon voisin age le frappe la maintenant',
];

/** Told afterwards, a disease, a game, a deaf grandfather: calm. */
export const ELDER_CALM: readonly string[] = [
  'ma grand-mère s\'est fait frapper par son aide à domicile l\'an dernier, '
    + 'comment porter plainte',
  'mon grand-père entend mal, il crie tout le temps',
  'mon grand pere est frappe d alzheimer il ne reconnait plus personne',
  'mon petit fils bat mon grand pere aux echecs',
  'comment reconnaitre une personne agee maltraitee',
  'ma grand mere agee est maltraitee par mon oncle qui vit chez elle, a qui le signaler',
  'mon grand pere tape sur son clavier toute la journee',
];

/** Held in a moving vehicle by its driver: 17 first. */
export const HELD_RIDE: readonly string[] = [
  'je suis dans un taxi et le chauffeur refuse de s arreter et prend une route bizarre',
  'le vtc veut pas me laisser descendre',
  'le chauffeur du bus refuse d\'ouvrir et roule',
  'jsuis dans un uber le chauffeur veut pas s arreter il roule vers l autoroute',
  'le taxi refuse de me deposer il continue de rouler j ai peur',
  'le conducteur a verrouille les portes et accelere il veut pas me laisser sortir',
  'je suis dans la voiture d un covoiturage blablacar il refuse de me laisser descendre',
  'le chauffeur du car ne veut pas ouvrir les portes on est bloques dedans il roule',
];

/** A refusal told afterwards, a skipped stop, a card refused: calm. */
export const RIDE_CALM: readonly string[] = [
  'le chauffeur de taxi a refusé de s\'arrêter devant chez moi hier, '
    + 'je peux faire une réclamation ?',
  'le bus ne s\'est pas arrêté à mon arrêt',
  'le taxi refuse la carte bancaire c est normal',
  'le vtc refuse de me prendre avec mon chien',
  'le chauffeur du bus refuse d ouvrir la porte arriere aux poussettes c est normal ?',
  'mon fils refuse d arreter de jouer a la voiture',
];

/** A theft this minute, the thief still running: 17 at the first message. */
export const SNATCH_FLED: readonly string[] = [
  'on vient de me voler mon sac a l arrache le gars court encore vers la gare',
  'il vient de m\'arracher mon portable il s\'enfuit en scooter',
  'un mec vient de m arracher mon collier il part en courant vers le parc',
  'on vient de me piquer mon tel il court toujours dans la rue principale',
  'vol a l arrache a l instant le voleur se sauve vers le metro',
  'deux jeunes viennent de voler le sac de ma mere ils s enfuient en scooter',
  'il vient de me voler mon velo je le vois encore il part vers la place',
  'ils m ont arraché mon sac je leur cours apres il file vers la gare',
];

/** A theft told afterwards, a sibling's or a dog's prank: calm. */
export const SNATCH_CALM: readonly string[] = [
  'on m\'a volé mon sac à l\'arraché hier, je veux porter plainte',
  'on m a arraché mon collier la semaine dernière',
  'mon petit frere vient de me piquer mon chargeur il se sauve dans sa chambre',
  'le chien vient de me voler mon sandwich il court encore mdr',
  'il vient de me prendre la tete il part en courant mdr',
];
