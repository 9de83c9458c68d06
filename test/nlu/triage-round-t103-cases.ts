/**
 * Round t103's cases (a fresh set, blind93: voice dictation, elderly writers, people typing
 * for a grand-parent): a case supposed then "what should I do", asked last and without a
 * question mark; a relative living alone, silent for days behind closed shutters. Each alarm
 * is [message, first number]; the calm look-alikes keep the words.
 */
export type Alarm = readonly [string, string];

/** "si un jour ... qu'est-ce que je dois faire": a question about a case, nobody there. */
export const WHAT_IF_ASKED: readonly string[] = [
  'si un jour quelqu un rentre chez moi la nuit qu est ce que je dois faire j habite seule a ' +
    'la campagne',
  'au cas ou un jour quelqu un entre chez moi la nuit qu est ce que je dois faire je vis seule',
  "s'il arrivait qu'un cambrioleur entre dans ma maison la nuit, que dois-je faire ? je suis " +
    'veuve',
  'si un jour un rodeur rentre dans ma maison la nuit comment je dois reagir j ai 82 ans',
  'si kelkun rentre ché moi la nui kesk je doi faire jhabite seul',
  'au cas ou des cambrioleurs rentreraient chez ma grand mere la nuit qu est ce qu elle doit ' +
    'faire elle vit seule',
  'supposons que quelqu un force ma porte la nuit quelle est la bonne conduite a tenir',
  'le jour ou quelqu un entre chez moi la nuit qu est ce que je fais j habite seule dans une ' +
    'ferme',
  'Madame, Monsieur, si un individu s’introduisait chez moi durant la nuit, que devrais-je ' +
    'faire ? Je vis seule à la campagne.',
];

/** The same words told as happening, or the supposition broken by someone here now. */
export const WHAT_IF_REAL: readonly Alarm[] = [
  ['quelqu un rentre chez moi la nuit je suis seule', '17'],
  ['quelqu un rentre chez moi la nuit j habite seule a la campagne', '17'],
  ['quelqu un est rentre chez moi cette nuit il est encore dans la maison que dois je faire',
    '17'],
  ['je sais pas si quelqu un est rentre chez moi la porte est ouverte que dois je faire', '17'],
  ['au secours si quelqu un rentre chez moi maintenant je fais quoi', '17'],
  ['quelqu un essaie de rentrer chez moi je suis seule qu est ce que je dois faire', '17'],
  ['un homme essaie de forcer ma porte si il rentre qu est ce que je dois faire', '17'],
];

/**
 * A relative living alone, unreachable for days, the house shut (shutters, mail piling up):
 * lying hurt inside is the fear, so the gendarmes go and check first (17), the firefighters
 * open the door (18).
 */
export const SILENT_BEHIND_SHUTTERS: readonly Alarm[] = [
  ['mon frère qui vit seul ne répond plus au téléphone depuis une semaine et ses volets sont ' +
    'fermés', '17'],
  ['mon frere vit seul il repond plus au tel depuis 8 jours et les volets sont clos', '17'],
  ['ma soeur qui habite seule ne decroche plus depuis une semaine ses volets restent fermes et ' +
    'sa boite aux lettres deborde', '17'],
  ['je tape pour ma grand mere son frere qui vit seul ne repond plus depuis dix jours et ses ' +
    'volets sont fermes', '17'],
  ['ma voisine agee est injoignable depuis trois jours et ses volets restent fermes', '17'],
  ['mon frere vit seul il est injoignable depuis une semaine, sa boite aux lettres deborde',
    '17'],
];

/** Away, fallen out, never answering, or heard from since: calm. */
export const SILENT_EXPLAINED: readonly string[] = [
  'ma soeur vit seule elle ne decroche plus depuis une semaine elle est partie chez sa fille ' +
    'a lyon',
  'mon frere vit seul il ne decroche jamais son telephone ses volets sont toujours fermes c ' +
    'est un ours',
  'mon frere qui vit seul ne decroche plus depuis qu on s est disputes a noel',
  'ma tante qui vit seule est injoignable elle est en cure a vichy et ses volets sont fermes',
  'mon frere ne repond plus depuis une semaine mais il m a envoye un message hier il va bien',
  'les volets de mon voisin sont fermes depuis une semaine il est en vacances je surveille sa ' +
    'maison',
];

/** Any animal stuck is the animals FAQ, not someone trapped (blind93's round of animals). */
export const ANIMAL_STUCK: readonly string[] = [
  'un hérisson est coincé dans le grillage de mon jardin, qui contacter',
  'un renard est coince dans la cloture du poulailler depuis ce matin',
  'une chevre est coincee dans la haie du voisin elle bele depuis une heure',
  'le poney du voisin est coincé entre deux barrières, qui peut venir ?',
];

/** A person stuck beside the animal: someone trapped, and hurt. */
export const PERSON_STUCK_BY_ANIMAL: readonly string[] = [
  'mon fils est coincé dans le grillage en voulant sauver le hérisson il saigne',
  'ma fille est coincee sous le poney tombe elle crie',
];
