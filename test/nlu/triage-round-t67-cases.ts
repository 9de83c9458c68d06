/**
 * Round t67's phrasings, written for this round: as typed, in SMS, without accents or
 * punctuation (voice dictation), with typos, for a relative; each family beside its calm
 * look-alikes.
 */

/** Someone paid (a delivery, a tradesman) who collapses now: the payment is no story. */
export const PAID_COLLAPSED: readonly string[] = [
  'j\'ai payé le livreur il s\'est effondré il répond plus',
  'j ai paye le livreur et il s est ecroule devant la porte il repond plus',
  'le livreur est par terre devant chez moi il répond pas, je l\'avais payé',
  'jai regle le plombier et la il est affale dans l escalier il repond pas',
  'Je venais de payer la commande, le livreur s\'est évanoui sur le palier, il ne répond plus',
];

/** A seller or tradesman paid and silent: still the fraud complaint. */
export const PAID_SILENT: readonly string[] = [
  'j ai paye le livreur mais le colis est jamais arrive et il repond plus',
  'j ai verse un acompte au macon il a jamais commence le chantier il repond plus',
];

/** An old parent living alone, silent since yesterday or this morning: 17 first. */
export const ELDER_SILENT_SINCE: readonly string[] = [
  'mon père vit seul il ne répond plus depuis hier',
  'mamie répond pas au tel depuis ce matin, volets fermés',
  'ma grand mere de 88 ans ne repond plus au telephone depuis ce matin',
  'mamie vit seule elle repond plus depuis hier soir',
  'Bonjour, je vous écris pour ma tante qui habite seule à la campagne, elle ne décroche ' +
    'plus depuis avant-hier, je suis à 500 km',
  'mon papy de 91 ans repond pas depuis hier jsuis inquiete',
  'ma mere est veuve elle vit seule et elle ne repond plus depuis deux jours',
];

/** A habit, a row, a holiday: no check at the door. */
export const ELDER_SILENT_CALM: readonly string[] = [
  'ma mère ne répond jamais au téléphone, c\'est normal pour elle',
  'papa ne répond plus à mes messages depuis notre dispute',
  'mamie ne répond plus depuis hier, elle est partie en cure, c est normal',
  'ma grand mere de 85 ans ne repond plus depuis qu on s est fachees a noel',
];

/** A relative with dementia who cannot be found now: 17 first. */
export const WANDERER_GONE: readonly string[] = [
  'mon père a alzheimer il est introuvable',
  'ma mere alzheimer on ne la trouve nulle part',
  'mon grand-père a disparu de l\'ehpad',
  'ma grand mere qui perd la tete est introuvable depuis ce midi',
  'papi s est echappe de la maison de retraite ce matin',
  'Mon père, atteint de démence, est toujours introuvable et il fait nuit',
];

/** Found again, an earlier episode, a question ahead: calm. */
export const WANDERER_CALM: readonly string[] = [
  'ma mère a alzheimer, elle était partie, on l\'a retrouvée chez la voisine',
  'mamie qui perd la tete avait disparu ce matin on l a retrouvee a la gare elle va bien',
  'mon pere a alzheimer il etait parti cette nuit en pyjama, les gendarmes l ont retrouvé',
  'ma grand mere alzheimer etait introuvable depuis midi, un voisin l a ramenee',
  'ma mere alzheimer est partie ce soir mais on l a retrouvee dans le jardin du voisin',
  'mon père a alzheimer, l an dernier il était introuvable, comment avoir un bracelet gps',
];

/** A daily-life show watched, then a real danger: the show is no fiction of it. */
export const AFTER_THE_SHOW: readonly (readonly [string, string])[] = [
  ['ma mère a regardé la télé puis elle est allée se coucher, là elle respire plus', '15'],
  ['hier soir elle a regardé la télé avec moi puis mon mari est rentré ivre et il la frappe ' +
    'maintenant', '17'],
  ['on a mangé devant la tele ensuite mon pere s est effondre il respire plus', '15'],
  ['apres le film il est rentre il a pris un couteau et il menace ma mere', '17'],
  ['Ce soir on a vu un épisode de notre série puis mon copain s\'est énervé, il me frappe ' +
    'là', '17'],
];

/** The danger in the show itself: fiction. */
export const IN_THE_SHOW: readonly string[] = [
  'dans la série il la frappe',
  'on a regardé un film où il la frappe',
  'elle a vu un film ou le heros se fait poignarder',
  'dans le film d hier soir le mari frappe sa femme',
];
