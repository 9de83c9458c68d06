/** Round t48's phrasings, continued: the known false alarms left from earlier rounds. */

/** How to help a friend or a relative who talks of suicide: calm, and the 3114's answer. */
export const SUICIDE_WORRY: readonly string[] = [
  "que faire si une amie me dit qu'elle pense au suicide ?",
  'comment reagir quand un pote me confie qu il pense a se suicider',
  "ma copine m'a dit qu'elle avait des idees suicidaires, comment je peux l'aider ?",
  'que dire a un ami qui parle de se tuer',
  'mon collegue m a avoue qu il pensait a en finir, qui je dois contacter pour l aider',
  "une amie me parle souvent de suicide, comment l'aider sans la brusquer",
  'que faire si qqn de mon entourage parle de suicide',
  'comment aider un ado qui a des pensees suicidaires',
  'ma soeur me dit qu elle a envie de mourir depuis quelques semaines, on fait quoi pour l aider',
  'que faire quand ma fille dit qu elle veut mourir',
  'comment faire quand un proche a des idees suicidaires',
  'quoi dire quand un ami parle de suicide',
  'que faire lorsque mon copain me dit qu il pense a en finir',
  'comment aider quand une collegue evoque le suicide',
  'que faire si mon fils me dit qu il a envie de mourir, il a 16 ans',
  'comment reagir si ma femme me dit qu elle a des idees noires',
  'mon meilleur pote parle de suicide en rigolant mais je sens que c est serieux, je fais quoi',
  'ma coloc m a confie qu elle pense au suicide, comment la soutenir',
];

/** A plan, a means, a time or a farewell: the alarm, its first number unchanged. */
export const SUICIDE_ACT: ReadonlyArray<readonly [string, string]> = [
  ['ma copine vient de m ecrire qu elle va se tuer ce soir', '17'],
  ['mon pote est sur le pont il dit qu il va sauter', '17'],
  ['une amie m a dit qu elle a pris toutes ses pilules, elle repond plus', '17'],
  ["je pense au suicide, j'ai tout prepare pour ce soir", '3114'],
  ['mon ami m a envoye un message d adieu il veut en finir maintenant', '17'],
  ['que faire, mon fils me dit qu il va se pendre ce soir', '3114'],
];

/** Exhaust fumes: no gas leak. */
export const EXHAUST: readonly string[] = [
  'ca sent le gaz d echappement dans le garage',
  "ca pue les gaz d'échappement dans ma rue a cause des bouchons",
  'il y a une odeur de pot d echappement dans la cour',
  'le voisin fait tourner son moteur et ca sent les gaz d echappement chez moi',
  "odeur de gaz d'échappement quand je roule, c est normal ?",
  "les gaz d'echappement du bus rentrent par ma fenetre ca sent fort",
  'ma voiture sent le gaz d echappement dans l habitacle',
  'le scooter du voisin laisse une fumee d echappement horrible dans la cage d escalier',
  'les camions qui attendent devant l ecole, ca sent le gaz d echappement toute la journee',
  'gaz d echappement dans le parking souterrain, on peut porter plainte contre la copro ?',
];

/** A gas leak, or exhaust poisoning someone: the alarm. */
export const GAS_DANGER: ReadonlyArray<readonly [string, string]> = [
  ['ca sent le gaz dans la cuisine', '18'],
  ['il y a une forte odeur de gaz dans l immeuble', '18'],
  ['ca sent le gaz chez moi et mon mari est dans les vapes', '18'],
  ['il y a du gaz d echappement dans le garage ferme et mon pere est dedans inconscient', '15'],
];

/** A fist on the table, the desk or a wall: nobody is hit. */
export const FURNITURE: readonly string[] = [
  'papa tape sur la table quand il est enerve',
  'mon pere tape du poing sur la table pendant les repas',
  'mon mari tape sur le bureau quand il perd aux jeux video',
  'papa tape sur la table et crie quand on parle politique',
  'mon frere tape dans les murs quand il s enerve',
  'il tape sur le volant quand il est dans les bouchons',
  'mon pere frappe sur la table a chaque repas de famille et ca fait peur au chien',
  'papa cogne sur la table tous les soirs quand il regarde le foot',
  'mon copain tape du poing contre le mur quand il perd a fifa',
  'le voisin tape sur le plafond avec un balai quand on fait du bruit',
  'mon fils tape sur le clavier comme un fou quand il joue',
  'papa tape fort sur la table et il gueule quand on rentre tard',
];

/** A person hit, the table named or not: 17 first. */
export const BLOWS_ON_PERSON: ReadonlyArray<readonly [string, string]> = [
  ['papa tape maman', '17'],
  ['mon pere tape ma mere sur la table la maintenant', '17'],
  ['papa tape sur la table et maintenant il frappe ma mere', '17'],
];
