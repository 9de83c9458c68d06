/**
 * Round t73's tables: a fresh tester's misses, each as a family of wordings (SMS, no
 * accents, dictation, long story with the point at the end, written for a relative) beside
 * the calm look-alikes that must stay calm.
 */
type Row = readonly [string, string];

export const BURGLAR_INSIDE: readonly Row[] = [
  ['bonjour alors voila hier soir on a mangé chez des amis on a passé une bonne soirée on ' +
    'rentre vers minuit et la porte est ouverte et il y a encore quelqu un dedans on l ' +
    'entend bouger qu est ce qu on fait', '17'],
  ['quand on est rentré la porte était ouverte et le cambrioleur est encore à l\'intérieur',
    '17'],
  ['je rentre du travail la porte est fracturee et le voleur est toujours dedans', '17'],
  ['ma mere rentre chez elle et il y a quelqu un a l interieur de sa maison elle l entend ' +
    'marcher a l etage', '17'],
  ['ma soeur vient de rentrer chez elle la porte est ouverte et le voleur est encore dedans',
    '17'],
  ['ya encore qqn dans la maison la porte est forcée', '17'],
  ['allo oui bonsoir on rentre du restaurant virgule la porte d\'entree est fracturee virgule ' +
    'il y a encore des gens dans la maison point', '17'],
  ['mes parents viennent de rentrer et le cambrioleur est toujours dans le garage', '17'],
];

export const BURGLAR_CALM: readonly string[] = [
  'on s est fait cambrioler pendant nos vacances la porte etait ouverte quand on est ' +
    'rentres comment porter plainte',
  'hier soir en rentrant la porte etait ouverte, le cambrioleur etait encore a l interieur ' +
    'mais il s est enfui, je veux porter plainte',
  'le cambrioleur est encore dans la nature et la police ne fait rien',
  'quand on est rentres la porte etait ouverte il y avait plus personne',
];

export const FRAIL_OFFENDER: readonly Row[] = [
  ['ma mère 92 ans est seule et un homme l\'a forcée à lui donner sa carte bleue il est ' +
    'encore chez elle', '17'],
  ['mon grand-père est seul et un faux plombier est chez lui en train de lui prendre ses ' +
    'bijoux', '17'],
  ['ma grand mere de 88 ans un faux policier est chez elle en ce moment il lui demande ses ' +
    'bijoux', '17'],
  ['mon pere est age et un homme est chez lui il l oblige a lui donner son code de carte',
    '17'],
  ['mamie 85 ans vit seule et deux faux agents edf sont chez elle ils fouillent partout', '17'],
  ['papy est tout seul et y a 2 types chez lui qui lui demandent son code de carte', '17'],
];

export const FRAIL_CALM: readonly string[] = [
  'ma mere 92 ans est seule et un homme l a forcee a donner sa carte bleue, il est reparti ' +
    'hier',
  'on s\'est fait avoir la semaine dernière par un faux plombier chez mon grand père',
  'mes grands parents sont seuls un faux plombier est passe chez eux hier il est reparti ' +
    'avec 500 euros',
  'ma grand mere est seule son aide a domicile est chez elle tous les matins',
  'mon grand pere est seul, comment le proteger des faux plombiers ?',
  'mamie est seule a noel, un homme est chez elle pour l aider, c est son aide a domicile',
  'ma grand mere est seule et son voisin est chez elle tous les jours pour l aider',
];

export const LETTERS_TONIGHT: readonly Row[] = [
  ['j\'ai tout perdu ... je vois plus de solution j\'ai écrit des lettres pour tout le monde ' +
    'ce soir c\'est fini', '3114'],
  ['g ecrit des lettres pour toute ma famille cette nuit tout sera fini', '3114'],
  ['j ai tout perdu mon travail ma maison je vois plus aucune solution g ecrit une lettre ' +
    'pour chacun ce soir c fini', '3114'],
  ['j\'ai laissé un mot pour chacun de mes enfants, ce soir tout s\'arrête', '3114'],
];

export const LETTERS_CALM: readonly string[] = [
  'c\'est fini entre nous',
  'ce soir c\'est fini le ramadan',
  'ce soir c\'est fini les vacances',
  'j\'écris des lettres pour tout le monde c\'est mon métier d\'écrivain public',
  'j ai ecrit des lettres de motivation pour tout le monde ce soir c est fini',
  'j ai ecrit des lettres pour tout le monde pour noel ce soir c est fini',
  'j ai ecrit un mot pour chacun de mes collegues pour mon pot de depart, ce soir c est fini',
];

export const THIEF_COMING: readonly Row[] = [
  ['hier on m\'a volé mon sac et là je vois le voleur il est dans ma rue il me fonce dessus',
    '17'],
  ['hier un mec m a vole mon telephone et la je le revois il court vers moi', '17'],
  ['on m a vole mon velo hier et la le voleur me fonce dessus avec un couteau', '17'],
  ['bonjour je vous explique hier apres midi on m a arrache mon sac a la gare j ai porte ' +
    'plainte et la ce matin je vois le voleur il est devant la boulangerie il me court apres',
    '17'],
  ['celui qui m a vole mon scooter hier me court apres la', '17'],
  ['le mec qui m a agressee la semaine derniere est la il vient vers moi', '17'],
];

export const THIEF_CALM: readonly string[] = [
  'hier on m a vole mon sac, je l ai vu passer dans ma rue, comment porter plainte',
  'hier on m a vole mon sac et la je vois le voleur sur une video de surveillance',
  'mon chien me fonce dessus la quand je rentre',
  'il me court apres depuis des mois au boulot, il m a vole un baiser, c est du harcelement ?',
];

export const RUNAWAY_CARE: readonly Row[] = [
  ['ma fille de 15 ans a fugué hier soir elle est diabétique et n\'a pas son insuline', '17'],
  ['mon fils de 14 ans a fugue il est epileptique et il a pas pris son traitement', '17'],
  ['ma fille de 16 ans est partie de la maison cette nuit sans ses medicaments pour le coeur',
    '17'],
  ['mon ado a fait une fugue il est diabetique insulinodependant il a laisse son insuline',
    '17'],
  ['mon fils 16 ans a disparu depuis ce matin il est diabetique', '17'],
  ['la fille de ma soeur 14 ans a fugue elle est diabetique', '17'],
];

export const RUNAWAY_CALM: readonly string[] = [
  'ma fille de 15 ans a fugué hier soir, elle est diabétique, on l a retrouvee ce matin',
  'ma fille de 15 ans a fugue elle est diabetique, on l a retrouvee chez une copine',
  'comment conserver l insuline en voyage',
  'mon fils diabetique a oublie son insuline chez son pere on fait comment',
];

export const SWIMMER_LOST: readonly Row[] = [
  ['ma femme est partie nager il y a 1h je la vois plus dans l\'eau', '196'],
  ['on etait a la plage ma soeur est partie nager je la vois plus dans l eau', '196'],
  ['mon copain a plonge du bateau au large il est pas remonte', '196'],
  ['mon pere est parti nager au large je le vois plus', '196'],
  ['mon fils est parti se baigner il remonte pas', '196'],
  ['ma femme est partie nager dans le lac je la vois plus', '18'],
  ['mon fils s est baigne dans la riviere il est pas remonte', '18'],
];

export const SWIMMER_CALM: readonly string[] = [
  'ma femme est partie nager il y a une heure, je la vois au loin elle fait coucou',
];

export const PARTNER_BARE: readonly Row[] = [
  ['mon mari me frappe', '17'],
  ['mon copain me frappe', '17'],
  ['Ma femme me frappe.', '17'],
  ['mon conjoint me tape', '17'],
  ['mn mari me frap', '17'],
  ['bonjour mon mari me frappe', '17'],
  ['mon copain me cogne', '17'],
  ['mon copain me frappe svp', '17'],
];

export const PARTNER_CALM: readonly string[] = [
  'mon mari me frappe depuis des années',
  'il me frappe quand il boit',
  'mon mari me frappait',
  'mon mari me frappe parfois, que faire',
  'ma femme me frappe tout le temps',
  'mon copain me tape sur les nerfs',
  'mon fils me frappe quand je lui dis non',
];

export const CURFEW_CALM: readonly string[] = [
  'c\'est légal un couvre feu pour mineurs ?',
  'couvre feu a 22h dans ma commune c est legal',
  'le maire a instaure un couvre-feu pour les ados est ce normal',
  'le couvre feu a ete leve dans ma ville',
];

export const GAME_CALM: readonly string[] = [
  'mon ado passe sa vie sur les jeux et dit qu\'il va exploser la tête de ses adversaires',
  'mon fils dit qu il va defoncer ses adversaires a fifa',
];

export const CARER_CALM: readonly string[] = [
  'je suis infirmière et j\'ai souvent des patients qui font des malaises, rien à voir, je ' +
    'voulais demander pour une procuration',
  'je suis aide soignante mes residents font souvent des malaises, je voulais savoir pour un ' +
    'changement d adresse',
  'je suis pompier et je vois souvent des blesses, ma question concerne une amende',
];

/** The real danger beside each calmed false alarm: it still alarms. */
export const CALMED_BUT_REAL: readonly Row[] = [
  ['pendant le couvre feu un incendie chez mon voisin il y a des flammes', '18'],
  ['mon fils passe sa vie sur les jeux, la il a un couteau et menace son frere', '17'],
  ['je suis infirmiere un patient vient de faire un malaise il respire plus', '15'],
];
