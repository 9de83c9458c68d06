/**
 * Round t48's phrasings, our own (typos, no accents, SMS, long and short): calm families
 * that fresh sets and testers alarmed on, each beside the real alarms that must stay.
 */

/** A cry for help over a deadline at the pound, the prefecture or a fine's office. */
export const DEADLINE_PLEA: readonly string[] = [
  'aidez moi svp ma voiture est a la fourriere et ils ferment a 18h',
  "aidez-moi s'il vous plait, on a enlevé ma voiture, la fourrière ferme dans une heure",
  'svp aidez moi jdois recuperer ma caisse a la fourriere avant 18h',
  'aide moi stp fourriere ferme a 18h et jai pas la carte grise',
  'au secours ma bagnole a ete embarquee par la fourriere je fais comment avant ce soir',
  "aidez moi svp je prends l'avion demain et mon passeport est perime",
  'aidez nous svp notre vol est demain matin et je trouve plus le passeport de ma fille',
  'svp aidez moi g perdu mon passeport et je pars demain au maroc',
  'aidez moi jai un vol demain 7h et ma carte d identite est expiree c urgent',
  "aidez moi svp j'ai une amende a contester avant vendredi",
  'aidez moi svp je dois contester un pv avant la fin de la semaine sinon ca majore',
  "aidez moi sil vous plait, j'ai recu une amende pour un feu rouge que j'ai pas grille, " +
    "le delai c'est demain",
  'svp aidez moi lamende va etre majoree demain comment je conteste',
  'Aidez-moi svp !!! fourriere ferme a 18h, il est 17h, quels papiers faut il ?',
  "aidez moi vite svp on m'a mis ma voiture en fourriere je dois aller bosser demain",
  'aidez moi svp urgent je dois refaire mon passeport en urgence pour partir jeudi',
  'aidez moi svp mon permis expire et j ai un entretien demain',
  "au secours la fourriere m'a pris ma voiture, elle ferme bientot, qu'est ce que je dois amener",
  'aidez moi svp jai oublie de payer une contravention et le delai se termine ce soir',
  "aidez moi svp je pars demain en voyage et ma carte d'identité est restée dans le train",
  'aide svp voiture a la fourriere ferme 18h',
  'aidez moi svp jpeux pas recup ma voiture a la fourriere avant 18h jsuis au taf',
  'SOS mon titre de sejour expire vendredi et la prefecture repond pas',
  'besoin d aide vite, rdv prefecture demain pour mon visa et j ai perdu le recepisse',
];

/** The same cry with a person in danger: the alarm, with its first number. */
export const DEADLINE_PLEA_DANGER: ReadonlyArray<readonly [string, string]> = [
  ['aidez moi svp il me frappe et il a pris mes papiers', '17'],
  ['aidez moi svp un homme me suit depuis la fourriere', '17'],
  ["aidez moi vite ma fille a disparu, elle devait prendre l'avion demain", '17'],
  ['au secours il y a le feu dans le parking de la fourriere', '18'],
  ['aidez moi il a pris mon passeport et il me menace avec un couteau', '17'],
];

/** A break-in found afterwards, or an attempt last night, "je fais quoi maintenant". */
export const ENTRY_FOUND: readonly string[] = [
  "quelqu'un est rentre chez moi pendant que j'etais au travail, rien de vole mais la vitre " +
    'est cassee',
  'en rentrant du boulot j ai vu que quelqu un etait entre chez moi, la fenetre est brisee, ' +
    'rien n a disparu',
  'qqn est entre chez moi pdt que jetais au taf, la fenetre est cassee mais ils ont rien pris',
  'on est entre chez moi cet apres midi pendant mon absence, porte fracturee, je fais quoi ' +
    'maintenant',
  "ils ont essaye d'entrer chez moi cette nuit, la serrure est abimee, que dois-je faire " +
    'maintenant ?',
  'tentative de cambriolage cette nuit chez nous, la porte a des traces de pied de biche, je ' +
    'fais quoi maintenant',
  "quelqu'un a tenté de forcer ma porte hier soir, il n'est pas entré, qu'est ce que je dois " +
    'faire maintenant',
  'des voleurs sont entres chez moi pendant que je dormais, ils ont pris mon sac dans l entree, ' +
    'et maintenant je fais quoi',
  'quelquun est entre dans mon appart ce matin quand j etais a la gym, la baie vitree est ' +
    'explosee, rien vole',
  "je suis rentree du travail et quelqu'un était rentré par la fenêtre de la cuisine, ils " +
    'sont partis, que faut il faire maintenant',
  'cette nuit on a essayé de rentrer par le garage, le cadenas est cassé, je dois faire quoi ' +
    'maintenant',
  'quelqu un s est introduit chez ma mere pendant qu elle etait a l hopital, la fenetre est ' +
    'cassee, que faire',
  "mon voisin a vu qu'on avait essaye de forcer ma porte cette nuit, maintenant je fais quoi",
  'on a essayer de m cambrioler hier soir, g trouver la porte abimée ce matin, jfais koi mnt',
  'qq1 est rentré ds ma maison pendant les vacances, le volet est tordu, que faire maintenant',
  'des gens sont entres dans le garage hier pendant qu on etait chez ma belle mere, rien ' +
    'a disparu',
  'un individu s est introduit dans le local pendant la nuit, la vitre est cassee, je porte ' +
    'plainte comment',
];

/** Someone inside now, or the door being forced now: 17 first (114 first when hiding). */
export const ENTRY_NOW: ReadonlyArray<readonly [string, string]> = [
  ["quelqu'un est entre chez moi, je l'entends encore dans le salon", '17'],
  ['il y a quelqu un qui essaie de forcer ma porte la maintenant', '17'],
  ['ils sont en train de casser ma fenetre, je fais quoi', '17'],
  ['on essaie d ouvrir ma porte en ce moment, j ai peur', '17'],
  ['je viens de rentrer et les cambrioleurs sont encore a l etage', '17'],
  ['un homme est entre chez moi pendant que je dormais, il est toujours dans la maison', '17'],
  ["quelqu'un est rentré chez moi et il est encore dans la chambre, je suis cachee", '114'],
];

/** Blows at home told as a habit, asked about (often by a teenager). */
export const BLOWS_HABIT: readonly string[] = [
  'mon frere de 19 ans frappe ma mere des qu il s enerve, j ai 14 ans, je fais quoi',
  "mon grand frere tape ma mere quand il est en colere, j'ai 15 ans, qu'est ce que je peux faire",
  "j'ai 13 ans et mon beau-pere frappe ma mere quand il a bu, je sais pas quoi faire",
  'jai 16 ans mon pere cogne ma mere des fois quand il senerve, a qui je peux en parler',
  'mon frere frappe souvent maman quand elle lui dit non, j ai 15 ans, je dois faire quoi',
  "j'ai 14 ans, mon père bat ma mère depuis des années, comment je peux l'aider ?",
  'mon beau pere tape ma mere quand il perd son calme, moi jai 12 ans, je fais comment',
  'mon frere majeur frappe ma mere a chaque dispute, jsuis mineur, que faire',
  'jai 15 ans et mon pere frappe ma mere de temps en temps, je peux appeler qui',
  'mon grand frere il tape ma mere quand il senerve jai 14ans jfais koi',
  'le copain de ma mere la gifle parfois quand ils se disputent, j ai 13 ans, je fais quoi',
  'mon oncle qui vit chez nous frappe ma tante a chaque engueulade, qui prevenir',
];

/** A child's marks that come back, told without or with a question. */
export const CHILD_MARKS: readonly string[] = [
  'la petite voisine a souvent des bleus et elle a peur de rentrer chez elle',
  'la fille des voisins a regulierement des bleus sur les bras et dit qu elle veut pas rentrer ' +
    'chez elle, que faire',
  'je vois souvent la petite d a cote avec des bleus, elle dit qu elle a peur de sa mere',
  'une eleve de ma classe a des bleus presque chaque semaine et elle a peur de rentrer a la maison',
  "la gamine du dessus a souvent des traces de coups, elle me dit qu'elle a peur de rentrer",
  'le petit voisin a tout le temps des marques sur les jambes, il veut jamais rentrer chez lui',
];

/** The blows happening now: 17 first. */
export const BLOWS_NOW: ReadonlyArray<readonly [string, string]> = [
  ['mon frere frappe ma mere la maintenant j ai 15 ans', '17'],
  ["il frappe ma mere la, j'ai 14 ans aidez moi", '17'],
  ['mon beau pere est en train de taper ma mere, jai 13 ans', '17'],
  ['mon pere cogne ma mere en ce moment, je suis dans ma chambre', '17'],
  ['la petite voisine hurle, son pere la frappe en ce moment', '17'],
  ['mon frere frappe ma mere quand il s enerve et la il a pris un couteau', '17'],
];
