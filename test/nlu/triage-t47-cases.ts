/**
 * Round t47's phrasings (alarm families a fresh set missed), written for this round: typos,
 * no accents, SMS, long and short, each beside its calm look-alikes. Also lines of
 * nlp-models/triage/adversarial.jsonl.
 */

/** Someone in trouble in the sea, seen from the shore, no "noyade" said: 196 first. */
export const SWIMMER_SEA: readonly string[] = [
  'une femme tres loin dans la mer agite les bras et sa tete passe sous l eau',
  'y a un nageur au large qui fait des grands gestes, on dirait qu il coule',
  'a la plage un monsieur se debat loin du bord, pas de maitre nageur',
  'mon fils est parti trop loin dans les vagues il arrive plus a revenir',
  'mon mari nage depuis 20 min il arrive plus a rejoindre la plage il fatigue',
  'on le voit plus il a coule, il etait dans la mer juste la',
  'la baigneuse a disparu sous l eau, on la voit plus du tout a la plage',
  'un ado crie au secours dans les vagues et personne va le chercher',
  'jvois un mec ki agite les bras dans la mer sa tete remonte plus',
  'un enfant est emporte par le courant a la plage il s eloigne',
  'ya quelqun dans l ocean qui appelle a l aide, il est super loin',
  'ma copine est allee se baigner elle reussit plus a revenir au bord, la mer est forte',
  'Sur la plage : un homme au loin lève les bras puis disparaît sous les vagues !!',
  'vite une nageuse en difficulte devant la plage, sa tete s enfonce',
  'mon pote s est fait emporter par une baine, il arrive pas a rentrer',
  'un homme au large se debat dans les vagues, personne le voit a part moi',
  'le petit est dans l eau a la plage il arrive plus a garder la tete hors de l eau',
  'quelqu un dans la mer qui coule je crois, il remonte pas',
];

/** The same, in a lake, a river or a pool: the drowning numbers, 18 first. */
export const SWIMMER_INLAND: readonly string[] = [
  'au lac une nageuse agite les bras et sa tete passe sous l eau',
  'dans la riviere un homme se debat il arrive plus a regagner la berge',
  'un gamin dans l etang, on le voit plus il a coule',
  'a la piscine municipale un enfant se debat au fond du grand bain',
  'mon cousin a plonge dans le lac il remonte pas, ca fait une minute',
  'un kayakiste est tombe dans la riviere, le courant l emporte',
  'y a une dame au milieu du lac qui appelle a l aide',
  'mon fils nage dans le canal il arrive plus a rejoindre le bord, sa tete disparait',
  'jvoi plus ma fille dans la piscine elle etait sous l eau',
  'dans le fleuve quelqu un est emporte, on voit juste ses bras',
];

/** A swimmer waving hello, surfers far out, a safety question, a past scare: calm. */
export const SWIMMER_CALM: readonly string[] = [
  'ma fille me fait coucou depuis la mer, elle agite les bras toute contente',
  'les surfeurs sont tres loin au large ce matin, les vagues sont belles',
  'est ce que c est dangereux de nager loin du bord quand il y a du courant ?',
  'comment reconnaitre quelqu un qui se noie, quels sont les signes ?',
  'l ete dernier mon fils avait du mal a revenir au bord, on a eu une sacree peur',
  'quand j etais petit j ai failli couler a la piscine, j en fais encore des cauchemars',
  'mon fils apprend a nager, il met la tete sous l eau maintenant',
  'on a vu un dauphin au large, il sautait dans les vagues',
  'mon chien nage trop loin, il revient toujours au bord apres',
  'les nageurs de la course sont partis au large, super ambiance',
  'il agite les bras pour dire bonjour depuis le bateau',
  'a quelle heure ouvre la piscine municipale le dimanche ?',
  'le bateau de pêche a coule dans le port il y a 3 ans, il etait vide',
  'mon telephone est tombe dans le lac, il a coule',
  'mon fils a bu la tasse a la plage hier mais il va tres bien',
];

/** Grown-ups beating their own child now, heard or seen by a neighbour: 17 first, 119 among. */
export const NEIGHBOURS_BEAT_CHILD: readonly string[] = [
  'les voisins tapent leur petit, il crie depuis un quart d heure',
  'j entends la voisine frapper sa fille a travers la cloison',
  'le pere d a cote cogne son gosse, ca hurle dans tout l immeuble',
  'les gens du dessus battent leur bebe je l entends pleurer et les coups',
  'les voisins frappent leur fils en ce moment, il supplie qu ils arretent',
  'dans la cour la mere tabasse son gamin, il est par terre',
  'le voisin met des baffes a son petit garcon sur le palier',
  'jentend le voisin taper sa fille ca fait 10 min que ca dure',
  'la voisine du 3eme frappe ses gosses, ils hurlent, ca dure depuis tout a l heure',
  'les voisins d en face tapent leur gamine je vois tout par la fenetre',
  'mes voisins cognent leur petite fille j entends les claques',
  'a cote de chez moi un pere est en train de frapper son fils avec une ceinture',
  'Le couple du dessous bat leur enfant, on entend les cris depuis 20 minutes',
  'les voisins tabassent leur ado, il crie a l aide',
  'ya le mec du 2 qui frappe son bebe, le bebe hurle',
  'le voisin frappe son gamin dans le jardin la maintenant',
  'les parents de l appart d a cote frappent leur fille, elle crie pitie',
  'j entends les voisins qui tapent leur petit il arrete pas de hurler',
];

/** A habit told later, a spanking debate, a carpet, a film: calm. */
export const NEIGHBOURS_BEAT_CHILD_CALM: readonly string[] = [
  'les voisins tapent leur tapis sur le balcon tous les samedis',
  'la semaine derniere j ai entendu les voisins frapper leur fils, je dois le signaler ?',
  'je pense que les voisins frappent leur enfant, comment faire un signalement ?',
  'est ce que c est interdit de donner une fessee a son enfant ?',
  'la fessee, pour ou contre ? mes voisins disent que ca fait pas de mal',
  'dans le film la mere frappe sa fille, c etait dur a regarder',
  'les voisins tapent leur petit mur pour poser une etagere',
  'le voisin tape la balle avec son fils dans le jardin',
  'mon voisin frappe sa porte tous les soirs en rentrant, le bruit me reveille',
  'les voisins battent des records de bruit avec leur fils qui fait de la batterie',
  'il y a un mois le voisin a frappe son fils, depuis je le surveille',
  'mon fils tape sa petite soeur quand ils jouent, c est normal a 4 ans ?',
];

/** A relative said in danger now, in a few words: 17 first. */
export const KIN_IN_DANGER: readonly string[] = [
  'ma fille est en danger',
  'mon fils est en danger',
  'mon fils est en danger aidez nous',
  'ma mere est en danger venez vite',
  'ma soeur est en danger svp',
  'mon pere est en danger la',
  'ma femme est en danger !!!',
  'mon mari est en danger',
  'mes enfants sont en danger',
  'ma fille est en danger maintenant',
  'mon frere est en grand danger',
  'ma petite fille est en danger aidez moi',
  'ma copine est en danger vite',
  'mon bebe est en danger',
  'ma fille elle est en danger',
  'ma grand mere est en danger',
  'ma fille est en dangé aider moi',
  'mon fils est en danger de mort',
];

/** "En danger" of a school year, a question about school bullying: calm. */
export const KIN_IN_DANGER_CALM: readonly string[] = [
  'mon fils est en danger de redoubler sa seconde',
  'ma fille est en danger de perdre sa place en creche',
  'mon fils est en danger a l ecole ? il se fait harceler par des grands',
  'comment savoir si mon enfant est en danger sur internet ?',
  'ma mere est en danger de perdre son logement',
  'est ce que ma fille est en danger si elle prend le bus seule ?',
  'mon fils est en danger scolaire selon sa prof',
  'ma fille s est mise en danger en faisant du stop l an dernier',
];

/** One's own death planned for tonight, the word suicide never said: 3114 first. */
export const TONIGHT_PLANNED: readonly string[] = [
  'je vais mourir cette nuit, tout est prevu',
  'je vais mourir ce soir c est decide',
  'jvais mourir ce soir jai tout preparé',
  'ce soir c est la fin pour moi, j ai tout organise',
  'demain je serai plus la, tout est pret',
  'cette nuit je m en vais pour de bon, j ai tout prevu',
  'ce soir je pars pour toujours, tout est pret',
  'c est ma derniere nuit, j ai tout prepare',
  'ce soir j y passe, tout est prevu',
  'je mourrai ce soir, j ai range mes affaires',
  'je vais mourir cette nuit, ma decision est prise',
  'ce soir je tire ma reverence j ai tout planifie',
  'dans une heure je serai mort, tout est pret',
  'je serai morte demain matin, j ai tout prevu',
  'ce soir ce sera fini pour moi, tout est en place',
  'je vais mourir ce soir jai ecrit mes lettres',
];

/** The same told of someone else, out of reach: 17 first as the existing rules give. */
export const TONIGHT_THIRD_PARTY: readonly string[] = [
  'mon frere m a ecrit qu il va mourir ce soir, il a tout prevu, il repond plus',
  'mon pere dit qu il va mourir ce soir, qu il a tout prevu, et il a coupe son telephone',
];

/** Hyperbole, fatigue and plans for a party: calm. */
export const TONIGHT_CALM: readonly string[] = [
  'je vais mourir de faim ce soir, le frigo est vide',
  'ce soir je vais mourir de rire au spectacle',
  'ce soir tout est pret pour l anniversaire de ma fille',
  'tout est prevu pour la fete de ce soir',
  'je vais mourir de chaud cette nuit sans clim',
  'ce soir c est la fin de la saison, tout est pret pour la derniere',
  'ce soir je pars pour de bon au canada, tout est pret, les valises sont faites',
];

/** A death-threat scam by e-mail or SMS: calm (the online-scam FAQ). */
export const KILLER_SCAM: readonly string[] = [
  'j ai recu un mail disant qu un tueur a gages est paye pour me tuer si je verse pas 2000 ' +
    'euros en bitcoin, arnaque ?',
  'un message dit qu on a paye quelqu un pour me tuer sauf si je paye, c est une escroquerie ?',
  'mail bizarre : un tueur engage pour me tuer me demande de la crypto pour annuler le contrat',
  'sms : "vous serez tue sauf si vous payez 1 bitcoin" c est du phishing ?',
  'un inconnu par mail pretend etre un tueur paye pour m assassiner, il veut 500 euros en bitcoin',
  'j ai recu un email de menace de mort avec rancon en bitcoin, c est une arnaque connue ?',
  'quelqu un m envoie des mails: il a ete engage pour me tuer et me laisse 48h pour payer',
  'arnaque au tueur a gage, j ai recu le mail ce matin, que faire',
  'un mail me dit qu un contrat a ete mis sur ma tete et que je dois payer en bitcoin',
];

/** A real threat of death from someone here: still 17 first. */
export const THREAT_REAL: readonly string[] = [
  'il m a dit qu il allait me tuer et il attend en bas de chez moi',
  'mon ex est devant ma porte, il dit qu il va me tuer',
  'un homme avec un couteau dit qu il est la pour me tuer',
  'il est venu pour me tuer il tape sur la porte',
  'un mec est la pour me buter il frappe a la porte',
  'il est revenu pour me tuer, il est dans l escalier',
  'ils sont en bas pour me tuer',
];

/** "Là pour me tuer" said of a test, a race or a boss's files: calm. */
export const THREAT_CALM: readonly string[] = [
  'le prof de maths est la pour me tuer avec ses controles',
  'ce marathon est la pour me tuer',
  'mon boss est venu me tuer avec une pile de dossiers mdr',
];
