/**
 * Round t50's phrasings, our own words for the families a fresh tester typed live: SMS
 * suicide and overdose, a relative kidnapped, beaten or about to jump, coercion under way,
 * a shot nearby; and their calm look-alikes (work's rush, a towed car, a pool, the past).
 */

export const SMS_SUICIDE: readonly string[] = [
  'jve mourir jen peu plu', 'jveu mourir ce soir', 'jveu pu vivre', 'jve plu vivre jpeu plu',
  'jvai me tuer', 'jvai me suicidé ce soir', 'jvé me tuer jen peu plus',
  'jmen vais pr tjrs dsl maman', 'jmen vai pour toujour dsl', 'je veu mourir', 'jveus mourir',
  'jve en finir', 'jveu en finir ce soir', 'jvai en finir avec tout ca',
  'jsui pu capable de vivre jveu mourir', 'jve me jeter sous un train',
  "je m'en vais pour toujours pardon", 'jvai sauté du pont ce soir', 'jveu plus etre la',
  'jvai me pendre', 'jveu crever', 'jmen vais definitivement dsl pour tout',
  'jve disparaitre pour de bon jve mourir jen peu plu', 'sa sert a rien jveu mourir',
  'jve me tuer',
];

export const SMS_SUICIDE_CALM: readonly string[] = [
  'jve mourir de rire', 'jmen vais en vacances pr tjrs ds le sud',
  'jvai partir de cette ville pour toujours', 'jve changer de travail', 'jveu porter plainte',
  'jmen vais demain a paris', 'jve mourir de honte mdr', 'jveu savoir ou en est ma plainte',
  'jmen vais du groupe pour toujours', 'jve pu de ce taf', 'jvai me coucher',
];

export const SMS_OVERDOSE: readonly string[] = [
  'g pri tou mé somnifere jsui tro fatigué', 'jai avalé tte la boite de lexo',
  'g pris 25 doliprane', 'g avalé tt mes medoc', 'jai pri toute la plaquette de lexomil',
  'g pris 30 cachet dun coup', 'j ai pris toute ma boite de somnifere jsui dans le gaz',
  'jai avaler tte la boite de xanax', 'g pris ts les comprimés de ma mere',
  'g pris 15 doliprane jme sens mal', 'jai avalé tou mes medocs', 'g gobé ttes mes pilules',
  'jviens de prendre tte la plaquette', 'g pri 40 cachet',
  'jai pris ts mes antidepresseurs dun coup', 'g avalé toute ma boite de tramadol',
  'g pri tte ma boite de somnifere',
];

export const SMS_OVERDOSE_CALM: readonly string[] = [
  'g pri 2 doliprane pour ma migraine', 'jai pris ma boite de doliprane a la pharmacie',
  'g pris un cachet pr dormir', 'jai avalé un comprimé de travers',
  'jai pris toute la boite de chocolats', 'jai pris 20 minutes pour avaler mon cachet',
  'g avalé tt le gateau',
];

export const KIN_ABDUCTED: readonly string[] = [
  'mon gars est au vietnam il ma envoyé un sms il a ete enlevé',
  'ma fille est au mexique elle a ete enlevee hier soir on demande une rancon',
  'mon mari a ete kidnappe au nigeria', 'mon frere est retenu en otage au mali',
  'ma soeur a ete enlevee en colombie', 'mon fils a ete enleve pendant son voyage au bresil',
  'mon fils a ete kidnappé en thailande ils veulent de l argent',
  'mon pere est retenu contre son gre en algerie', 'ma femme s est fait enlever au venezuela',
  'mon copain est au perou il a ete kidnappe ce matin',
  'mon neveu a ete enlevé au cameroun des hommes armés demandent de l argent',
  'notre fille est au maroc elle aurait ete enlevee',
  'ma cousine est en inde elle a ete sequestree par son employeur',
  'mon frere est au liban il a ete pris en otage',
  'mon fils etudie au canada il m a envoye un message il a ete enlevé',
];

export const KIN_ABDUCTED_CALM: readonly string[] = [
  'ma caisse a ete enlevee par la fourriere',
  'mon fils est en thailande il s est fait enlever une dent',
  'ma fille est en grece on lui a enleve son platre',
  'mon fils est en thailande on lui a enleve les points de suture',
  'mon fils etait retenu en otage au mali il a ete libere l an dernier',
  'ma fille a ete enlevee au mexique dans le film d hier',
  'mon scooter a ete enleve en bas de chez moi c est la fourriere',
  'mon frere au portugal a enleve son tatouage',
];

export const KIN_LEDGE: readonly string[] = [
  'mon ado est sur le rebord il menace de se jeter par la fenetre',
  'ma copine est assise sur la rambarde du balcon elle veut sauter',
  'mon pere est monte sur le toit il dit qu il va sauter',
  'mon pote est au bord du viaduc il veut sauter',
  'ma soeur est penchee dehors elle menace de sauter du 6eme etage',
  'ma fille veut sauter par la fenetre elle est sur le rebord',
  'mon mari menace de sauter du balcon il est dehors sur la rambarde',
  'ma fille a enjambé la fenetre elle veut se jeter',
  'ma mere est sur le rebord de la fenetre elle veut se jeter dans le vide',
  'mon frere veut sauter du pont il est de l autre cote de la rambarde',
  'mon coloc est assis sur le rebord de la fenetre il veut sauter',
  'ma femme veut se defenestrer elle a ouvert la fenetre',
  'mon fils a enjambe le garde corps du balcon',
  'mon mari est penche par la fenetre il veut sauter',
  'ma fille veut se jeter du pont je la tiens',
];

export const KIN_LEDGE_CALM: readonly string[] = [
  'mon fils veut sauter en parachute en australie', 'ma fille veut sauter dans la piscine',
  'mon fils veut sauter du plongeoir de 10 metres',
  'mon mari veut faire du saut a l elastique depuis un pont',
  'ma fille veut sauter sur le trampoline',
];

export const JUMP_THREAT: readonly string[] = [
  'mon ado menace de se jeter par la fenetre depuis ce matin',
  'ma copine veut sauter du balcon elle me l a ecrit', 'je vais sauter par la fenetre',
  'je suis sur le rebord je vais sauter', 'jvai sauter du balcon', 'je veux me jeter du pont',
];

export const KIN_ABROAD_BEATEN: readonly string[] = [
  'ma soeur est en egypte son mari la bat elle vient de m appeler en larmes',
  'ma mere est en tunisie mon pere la tabasse elle m appelle',
  'mon frere est en espagne il se fait tabasser par des mecs il m a appelé',
  'ma cousine est au senegal son copain la frappe maintenant',
  'ma soeur au portugal se fait frapper par son mari elle pleure au telephone',
  'ma tante est en algerie son mari la frappe la en ce moment elle m a appelee',
  'mon amie est en turquie son copain la tabasse elle m envoie des messages',
  'ma soeur vit en belgique son mari la frappe en ce moment elle m a appelee en criant',
  'ma fille habite au canada son copain la frappe elle vient de m appeler',
  'mon frere est en italie des types le frappent il m a appele',
];

export const KIN_ABROAD_CALM: readonly string[] = [
  'ma soeur habite au maroc son mari la battait avant',
  'ma soeur est au maroc elle va bien elle m a appele pour mon anniversaire',
  'ma mere est en tunisie elle a ete battue l an dernier elle a porte plainte',
];

export const HOME_BEATEN: readonly string[] = [
  'ma soeur est a lyon son mari la bat elle vient de m appeler en larmes',
];

export const COERCED: readonly string[] = [
  'il veut me forcer a faire des choses il est dans le salon',
  'il me force a avoir des rapports il est dans la chambre d a cote',
  'il veut me forcer a coucher il est dans le salon',
  'mon copain me force a coucher avec lui la il dort a cote',
  'mon mari veut me forcer a faire l amour il est dans la chambre',
  'il me force a le toucher il est la',
  'mon ex veut me forcer a avoir des rapports il est devant la porte',
  'il m oblige a coucher avec lui il est dans la cuisine',
  'mon mari me force a avoir des rapports la il est encore dans la chambre',
];

export const COERCED_MUTE: readonly string[] = [
  'il me force a avoir des relations il est a cote je peux pas parler',
  'mon mari veut me forcer a coucher il est dans le salon je peux pas telephoner',
];

export const COERCED_CALM: readonly string[] = [
  'il m a forcee il y a trois ans',
  'mon ex me forcait a avoir des relations quand on etait ensemble',
  'mon mari me force a avoir des relations depuis des annees comment porter plainte',
  'il m a forcée a coucher avec lui l annee derniere je veux porter plainte',
  'mon chef me force a faire des heures sup il est dans le bureau d a cote',
  'ma mere me force a ranger ma chambre elle est dans la cuisine',
];

export const RUSH_CALM: readonly string[] = [
  'jai un gros coup de feu au boulot cette semaine c la folie',
  'c est le coup de feu au resto ce soir', 'gros coup de feu au taf jpeux pas repondre',
  'on a un coup de feu en cuisine', 'g un coup de feu au bureau je te rappelle',
  'c etait le coup de feu au magasin toute la journee', 'on est en plein coup de feu a la caisse',
  'petit coup de feu au travail cette semaine',
];

export const SHOT: readonly string[] = [
  'il y a eu un coup de feu dans ma rue a l instant', 'il y a un coup de feu dans la rue',
  'j entends des coups de feu dehors', 'on a tiré un coup de feu devant chez moi',
  'il y a eu des coups de feu en bas de chez moi', 'ya eu plusieurs coups de feu dans la cite',
  'on a entendu trois coups de feu sur le parking',
  'un coup de feu au boulot un collegue est blesse',
];
