/**
 * Round t46's phrasings for the families that must alarm, written for this round (typos, no
 * accents, SMS, long and short), each beside its calm look-alikes. Also lines of
 * nlp-models/triage/adversarial.jsonl.
 */

/** "Se vider de son sang": bleeding now, 15 first. */
export const BLEEDING_OUT: readonly string[] = [
  'je suis en train de me vider de mon sang',
  'jsuis en train de me vider de mon sang aidez moi',
  'je me vide de mon sang je suis toute seule',
  "je me vide de mon sang ça s'arrête pas",
  'je me vide de mon sang, venez vite',
  'mon père se vide de son sang dans la salle de bain',
  'il se vide de son sang sur le trottoir devant la boulangerie',
  "elle se vide de son sang depuis l'accouchement",
  "le mec se vide de son sang dans la cage d'escalier",
  "mon copain s'est coupé avec une vitre il se vide de son sang",
  'ma mere se vide de son sang par le nez depuis une heure',
  'il est en train de se vider de son sang',
  'il perd tout son sang',
  'elle perd tout son sang, on fait quoi',
  "on dirait qu'il se vide de son sang",
  "mon fils se vide de son sang, il s'est ouvert la jambe avec la tronçonneuse",
  'jme vide de mon sang',
  'je me vide de tout mon sang',
  'le monsieur est en train de se vider de son sang dans sa voiture',
  'ma femme se vide de son sang elle est enceinte',
];

export const BLEEDING_OUT_CALM: readonly string[] = [
  'je me vide de mon énergie',
  'cette réunion me vide de toute mon énergie',
  'mes enfants me vident de mon energie le soir',
  'dans le film le héros se vide de son sang',
  "dans la série d'hier soir il se vidait de son sang",
  "je vais donner mon sang demain à l'EFS",
  "j'ai donné mon sang ce matin, je me sens un peu vidé",
  "le cochon se vide de son sang à l'abattoir",
  'le boucher laisse le gibier se vider de son sang',
  "chaque mois avec mes règles j'ai l'impression de me vider de mon sang",
  'je me saigne aux quatre veines pour payer ses études',
];

/** A child's very short message about blows at home now: 17 first, 119 among. */
export const CHILD_SHORT: readonly string[] = [
  'papa tape maman',
  'papa il tape maman',
  'papa frappe maman aide',
  'papa il frappe maman au secours',
  'il tape maman',
  'il tape maman svp',
  'il frappe maman',
  'mon beau pere tape ma mere',
  'mon beau-père il tape ma mère',
  'le copain de maman il tape maman',
  'papa tape maman il crie',
  "papa tape maman j'ai peur",
  'maman tape papa',
  'papa me tape',
  'papa il me frappe',
  'mon beau pere me tape',
  'papa tape mon petit frère',
  'aide moi papa tape maman',
  'svp papa tape maman',
  'papa tappe maman',
  'papa il tap maman',
  'mon daron tape ma daronne',
  'tonton tape maman',
  'papa cogne maman',
  'papa étrangle maman',
  'papa il tape fort maman',
];

/**
 * Calm: no person hit, a past, a habit (the FAQ and its 119), an adult's "bat"/"frappe"
 * (the domestic-violence FAQ's habit, as the topic corpus reads it), and "papa m'a tapé
 * parce que j'ai menti hier": a punishment over since yesterday, which the child rules read
 * as the child-in-danger answer (119 named in it), not a 17 for blows under way.
 */
export const CHILD_SHORT_CALM: readonly string[] = [
  'papa tape sur son ordi',
  'papa tape sur le clavier',
  'maman tape à la machine',
  'maman tape un message',
  'papa tape dans le ballon',
  'le voisin tapait sa femme avant',
  "papa m'a tapé parce que j'ai menti hier",
  'papa tapait maman avant le divorce',
  "mon père battait ma mère quand j'étais petit",
  'papa tape maman tous les soirs',
  'papa tape maman pour rire',
  'mon père bat ma mère',
  'mon beau père frappe ma mère',
  'papa tape des mains',
  'maman tape du pied',
  'maman tape papa pour rigoler',
];

/** A frail person silent for days behind a closed door: 17 first, 18 among. */
export const ELDER_SILENT: readonly string[] = [
  'ma voisine agee on la voit plus depuis 4 jours elle repond pas, volets fermes',
  'ma voisine de 87 ans ne répond plus, ses volets sont fermés depuis trois jours',
  "le vieux monsieur d'en face, son courrier s'accumule et il ouvre pas quand je sonne",
  'mamie repond plus au tel et chez elle les volets restent fermes',
  "ma tante vit seule, personne ne l'a vue depuis lundi, la porte est fermée à clé",
  "je l'ai pas vue depuis 5 jours ma voisine âgée, sa lumière reste allumée jour et nuit",
  'voisin agé pas vu depuis une semaine, boite aux lettres pleine, il repond pas',
  'mon grand pere ne repond plus, sa boite aux lettres deborde, les volets sont clos',
  "la dame âgée du 2ème, on ne l'a pas croisée depuis 4 jours et elle ouvre pas",
  'mon père vit seul, il répond plus depuis 3 jours et ses volets sont fermés',
  'personne n a vu la voisine de 80 ans depuis samedi, elle repond pas',
  "on a pas vu le papi d'à côté depuis plusieurs jours, il ouvre pas",
  'ma voisine handicapée ne répond pas, la télé est allumée depuis 3 jours et le chien ' +
    'aboie sans arrêt',
  'ca fait 4 jours que ma voisine agee est pas sortie, elle repond pas quand je frappe',
  "mon voisin de 90 ans je le vois plus depuis 6 jours, ses journaux s'entassent devant la porte",
  'la vieille dame du rez de chaussée répond plus, les volets toujours fermés, ça sent mauvais',
  'la mamie du 4e repond pas, volets fermes depuis lundi et la lumiere est allumee',
];

/** A parent with dementia or disoriented gone now, at the wheel or on foot: 17 first. */
export const ELDER_GONE: readonly string[] = [
  'mon grand pere alzheimer est parti en voiture',
  'ma mère a alzheimer elle a pris la voiture et on sait pas où elle est',
  'mon père est désorienté il vient de partir à pied',
  'ma grand mere confuse est sortie toute seule a pied il y a 10 minutes',
  "papi a la maladie d'alzheimer il a pris la voiture il sait plus où il habite",
  'mon mari dément est parti avec la voiture je sais pas où il va',
  'ma mere desorientee est partie a pied sans prevenir',
];

export const ELDER_CALM: readonly string[] = [
  "ma voisine est en vacances, j'ai fait l'opération tranquillité vacances pour elle",
  'ma voisine âgée ne répond plus à mes lettres depuis notre dispute',
  'ma voisine agee est partie chez sa fille, ses volets sont fermes',
  "ma grand mère est seule depuis la mort de papi, elle s'ennuie",
  'mon grand père se sent seul, on le voit plus depuis le covid',
  'ma voisine de 85 ans se porte bien mais elle est très seule',
  'les volets de ma voisine sont fermés, elle est en cure',
  "la vieille dame d'en face a ses volets fermés, elle est hospitalisée",
  'que faire si un voisin âgé ne répond plus',
  'mon père a alzheimer il conduit encore, comment lui retirer le permis',
  "ma mère a alzheimer, elle est partie en voiture hier mais on l'a retrouvée",
  'mon grand père dément a-t-il encore le droit de conduire',
  "ma grand mère confuse part se promener tous les jours avec l'aide soignante",
];

/** Drunk at the wheel, or taking it, with children aboard: 17 first. */
export const DRUNK_WITH_CHILDREN: readonly string[] = [
  'il a pris les clés, il est saoul, les enfants sont dedans',
  'mon mari est bourré il part en voiture avec les petits',
  'il est ivre et il veut ramener les enfants en voiture',
  'mon ex a bu il a mis les gosses dans la voiture il démarre',
  "il est complètement saoul au volant avec mes enfants à l'arrière",
  'mon conjoint est alcoolisé il va conduire avec le bébé',
  'il a trop bu et il embarque les enfants dans la voiture',
  'mon père est bourré il conduit avec ma petite soeur',
  "il a picolé toute l'aprem et il prend la bagnole avec les enfants",
  'le père de mes enfants est ivre mort il veut partir avec eux en voiture',
  'mon copain est défoncé il a mis mon fils dans le siège auto il va rouler',
  'ma femme est saoule elle prend le volant avec nos jumeaux',
  "il est bourré au volant avec mes gosses sur l'autoroute là",
  'mon beau père ivre vient de partir en voiture avec ma petite soeur',
];

export const DRUNK_WITH_CHILDREN_CALM: readonly string[] = [
  "mon ex boit, j'ai peur qu'il conduise avec les enfants ce week-end",
  "il conduisait bourré avec les enfants l'an dernier, je peux le signaler",
  'mon mari boit trop, que faire pour protéger les enfants',
  'mon ex avait bu quand il a ramené les enfants dimanche, main courante possible ?',
  'il est saoul mais les enfants sont chez ma mère',
  "il a bu une bière avant de conduire les enfants à l'école, c'est grave ?",
];

/** A crash with someone hurt or trapped now: the 18 stays first, drunk driver or not. */
export const CRASH_HURT: readonly string[] = [
  'accident, il était ivre, les enfants sont blessés',
  'il a bu, il a eu un accident avec les enfants, mon fils saigne',
  'il etait saoul il a percuté un arbre avec les enfants, ma fille est coincée',
  'on a percuté un platane, mon mari est coincé dans la voiture',
  "on s'est pris un mur, mon fils saigne",
  'la voiture a fini dans le fossé, ma femme est blessée',
];
