/**
 * Round t104's cases (tester28's misses and their families): a theft or a loss told first,
 * then a danger happening now; a strangling just done with the attacker coming back; someone
 * gone while swimming; and the calm look-alikes each fix must leave alone.
 */

/** A message and the number that must come first. */
export type Alarm = readonly [string, string];

export const LOSS_THEN_DESPAIR: readonly Alarm[] = [
  ['on m a vole mon velo et je vais me tuer', '3114'],
  ['jai perdu mes papiers et je veux me suicider', '3114'],
  ['j ai perdu mon passeport, je vais me jeter du pont', '3114'],
  ['jai perdu mon permis je veux mourir', '3114'],
  ['on m a vole mon telephone et je veux mourir', '3114'],
  ["on ma volé mon vélo, bref je vais me foutre en l'air ce soir", '3114'],
  ['jai perdu ma cni mais de toute facon je veux en finir', '3114'],
  ["on m'a piqué mon sac. sinon je vais me pendre ce soir", '3114'],
  ['g perdu mon portefeuille et jvai me tuer', '3114'],
  ['on m a volé ma voiture en plus jai envie de mourir', '3114'],
  ["j'ai égaré ma carte vitale et je vais avaler toutes mes pilules", '3114'],
  ["J'ai perdu mes papiers il y a un mois, puis j'ai perdu mon travail, ça fait des semaines " +
    "que je ne dors plus, je n'arrive plus à rien, personne ne m'aide. De toute façon je vais " +
    'en finir ce soir', '3114'],
  ['jai perdu mes papiers le mois dernier puis mon boulot ca fait des semaines que je dors ' +
    'plus personne maide de toute facon je vais en finir ce soir', '3114'],
];

export const LOSS_THEN_VIOLENCE: readonly Alarm[] = [
  ['on m a vole mon portable et il me frappe encore', '17'],
  ['j ai perdu ma carte d identite et mon mari me frappe', '17'],
  ['on m a vole mon velo et je suis en danger', '17'],
  ["on m'a volé mon sac et là il me tape dessus", '17'],
  ['on m a pris mon telephone mais la il me menace avec un couteau', '17'],
  ['jme suis fait voler mon tel et le mec me suit encore', '17'],
  ['j ai perdu mon permis. en plus mon ex est devant chez moi avec un couteau', '17'],
];

export const LOSS_THEN_BODY: readonly Alarm[] = [
  ['on m a vole ma voiture et ma femme fait un malaise', '15'],
  ['hier on m a vole mon velo. la ma copine respire plus', '15'],
  ['on m a vole mon sac et la je saigne beaucoup', '15'],
  ['j ai perdu mon permis de conduire, ma mere fait un avc la', '15'],
  ["on m'a volé mon scooter, sinon mon père a mal à la poitrine et il transpire", '15'],
  ['jai perdu mon passeport et mon fils convulse', '15'],
  ["on m'a arraché mon sac et ma grand-mère est blessée à la tête, elle saigne", '15'],
  ['on ma vole mon portefeuille bref mon mari est tombe il repond plus', '15'],
  ["Bonjour, je voudrais faire une pré-plainte. Hier soir vers 22h on m'a volé mon vélo " +
    "devant la gare, il était attaché avec un antivol, le cadenas a été coupé. J'ai des " +
    'photos et la facture. Je voulais savoir si je dois aller à la gendarmerie ou si je peux ' +
    'tout faire en ligne. bref sinon ma copine vient de s effondrer elle respire plus', '15'],
  ['bonjour jvoudrais faire une preplainte pour mon velo qu on m a vole hier soir devant la ' +
    'gare il etait attache le cadenas a ete coupe jai la facture et des photos est ce que je ' +
    'dois venir a la gendarmerie bref sinon ma copine vient de s effondrer elle respire plus',
  '15'],
];

export const LOSS_THEN_FIRE: readonly Alarm[] = [
  ['on m a pique mon scooter et y a le feu a mon garage', '18'],
  ["on m'a volé ma voiture et là ma cuisine brûle", '18'],
  ['jai perdu mes papiers et ya de la fumee partout dans l appart', '18'],
];

/** The loss's own figures, pleas and complaints: the procedure, no alarm. */
export const LOSS_CALM: readonly string[] = [
  'on m a vole mon velo hier je veux porter plainte',
  'j ai perdu mes papiers je suis mort de honte',
  'on m a vole mon portable, ma mere va me tuer',
  'j ai perdu mon permis c est la fin',
  "on m'a volé mon vélo, je suis dégoûté, je vais porter plainte",
  'jai perdu mon passeport mon père va me tuer',
  "on m'a volé mon téléphone et j'ai eu peur mais ça va",
  "j'ai perdu ma carte bleue, je suis morte de stress",
  "on m'a piqué mon scooter, ça me tue",
  "on m'a volé ma voiture et l'assurance me rend fou",
  "j'ai perdu mes papiers et je pars en voyage dans 3 jours, au secours",
  "on m'a volé mon sac la semaine dernière et j'ai eu très peur, il m'a frappée, je veux " +
    'porter plainte',
  'jai perdu mon permis et je vais mourir de rire si on me le rend pas',
  "j'ai perdu mon titre de séjour au parking, j'ai tellement peur qu'on me contrôle",
  "mon coloc m'a piqué mon ordi en partant et il ne répond plus, je veux porter plainte",
];

export const STRANGLED_COMING_BACK: readonly Alarm[] = [
  ['il ma etrangler et il revient', '17'],
  ["il m'a étranglée tout à l'heure et il revient", '17'],
  ['mon mari vient de m etrangler et la il remonte', '17'],
  ["il a essayé de m'étrangler, il est encore là", '17'],
  ['il m a serre le cou et il revient vers moi', '17'],
];
export const STRANGLED_CALM: readonly string[] = [
  "il m'a étranglée l'an dernier, il est en prison",
  "mon perso m'a étranglé dans le jeu et il revient",
];

/** Someone gone while swimming: the sea rescue first by the sea, the 18 inland. */
export const GONE_SWIMMING_AT_SEA: readonly Alarm[] = [
  ['ma fille a disparu en nageant pres des bouees', '196'],
  ['mon fils nageait près de la plage et je le vois plus', '196'],
  ["mon copain est parti se baigner à la mer, on le retrouve plus", '196'],
];
export const GONE_SWIMMING_INLAND: readonly Alarm[] = [
  ['mon mari est parti nager au lac il y a une heure on le trouve plus', '18'],
  ['mon pote a disparu en se baignant dans la riviere', '18'],
];
export const GONE_SWIMMING_CALM: readonly string[] = [
  'ma fille a disparu en nageant mais on la a retrouvee elle va bien',
  'mon telephone a disparu dans le eau',
];

/** A suicide long over, asked about; a load told as sinking: calm. */
export const OTHER_CALM: readonly string[] = [
  'un ami s est suicide il y a 5 ans, je voudrais savoir comment aider des associations',
  "mon frère s'est suicidé il y a deux ans, comment devenir bénévole dans une association",
  'ma cousine a mis fin a ses jours l an dernier, ou trouver un groupe de parole',
  'je suis en train de couler sous les papiers administratifs',
  'je me noie dans la paperasse depuis le déménagement',
  'je coule sous les dossiers au boulot, comment faire une demande en ligne',
];
/** The same words beside a danger now: still alarms. */
export const OTHER_STILL: readonly Alarm[] = [
  ["mon frère s'est suicidé il y a deux ans et ce soir je veux le rejoindre", '3114'],
  ['je coule, je suis dans le lac, au secours', '18'],
];

/**
 * A friend's suicide plan in a place of his own: someone must go there, so the 17 leads and
 * the 3114 comes with it, as for "le voisin dit qu'il va se pendre dans son garage, il a une
 * corde" (adversarial set); told with no place ("mon ami dit qu'il va se pendre ce soir"),
 * the 3114 leads.
 */
export const FRIEND_PLAN_ELSEWHERE: readonly Alarm[] = [
  ['mon pote dit quil va se pendre dans son garage', '17'],
  ["mon ami m'a dit qu'il va se pendre dans sa grange", '17'],
];
export const FRIEND_PLAN: readonly Alarm[] = [
  ["mon ami dit qu'il va se pendre ce soir", '3114'],
];

/** A son or a daughter of age: violence (17), no 119; a minor keeps it. */
export const ADULT_SON: readonly string[] = [
  'mon fils de 20 ans me menace avec un couteau',
  'ma fille de 25 ans me frappe en ce moment',
  'mon fils majeur a un couteau et il menace de me tuer la',
];
export const MINOR_SON: readonly string[] = [
  'mon fils de 15 ans me menace avec un couteau',
  'mon fils de 20 ans frappe son petit frere en ce moment',
];

/** Examples of the round's net families, for the safety net's table. */
export const T104_EXAMPLES: Record<string, string[]> = {
  'net-strangled-coming-back': ["il m'a étranglée tout à l'heure et il revient"],
  'net-gone-swimming': ['mon pote a disparu en se baignant dans la riviere'],
  'net-gone-swimming-at-sea': ['ma fille a disparu en nageant pres des bouees'],
};
