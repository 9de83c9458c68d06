/**
 * Round t59's phrasings (two fresh blind sets), written for this round: typos, no accents,
 * SMS, someone writing for a relative, each beside its look-alikes.
 */

/** A young child long past the hour due home, unseen or unreachable: 17 first. */
export const CHILD_OVERDUE: readonly string[] = [
  'ma fille de 7 ans devait rentrer de l\'école à 16h30, il est 19h et personne ne l\'a vue',
  'mon fils de 10 ans aurait du etre rentré a 17h il est 20h et il repond pas',
  'ma petite devait etre a la maison depuis 2 heures, ses copines l ont pas vue',
  'mon fils de 13 ans est toujours pas rentre il est minuit et son tel est eteint',
  'ma fille 9ans devai rentrer a 17h il et 20h elle repond pa',
  'le fils de ma soeur, 7 ans, aurait du rentrer du centre de loisirs a 18h, il est 20h30',
  'mon gamin devait rentrer de l\'ecole a 16h30 ca fait 3 heures et son portable est eteint',
  'notre fils de onze ans n\'est toujours pas rentré du foot, il est 22h, ses copains l\'ont ' +
    'pas vu',
  'mon petit frere de 9 ans devait revenir du parc depuis deux heures on le cherche',
  'Ma fille de 12 ans devait être rentrée du collège à 17h. Il est 21h, injoignable !',
  'ma niece de 8 ans devait etre la a 18h, il est 20h et la maitresse l a pas vue partir',
];

/** A teenager's usual lateness, a child back late, an adult, a few minutes, a question. */
export const OVERDUE_CALM: readonly string[] = [
  'ma fille de 16 ans rentre toujours en retard le samedi, comment la raisonner',
  'mon fils est rentré avec 2h de retard hier, il était chez un copain',
  'mon fils de 25 ans est en retard pour le diner',
  'ma fille de 8 ans devait rentrer a 16h30, elle est arrivee a 18h, elle etait chez une copine',
  'a partir de combien d heures de retard peut on signaler la disparition d un enfant',
  'mon fils de 10 ans rentre souvent avec une heure de retard de l ecole, que faire',
  'ma fille de 9 ans devait rentrer a 17h, il est 17h10, je m inquiete un peu',
  'le colis devait arriver a 14h il est 19h et le livreur repond pas',
  'mon fils de 8 ans devait rentrer a 18h, il est 20h, finalement il etait chez sa grand mere',
];

/** Advice asked to help a relative beaten at home, no blow now. */
export const KIN_ADVICE_CALM: readonly string[] = [
  'mon gendre bat ma fille, elle a peur de partir avec les enfants, comment l\'aider',
  'mon beau-fils frappe ma fille depuis des mois, elle ose pas porter plainte, que puis je faire',
  'le copain de ma soeur la tape, comment la convaincre de le quitter ?',
  'ma meilleure amie se fait battue par son mari, comment l aider',
  'mon gendre tape ma fille elle veut pas partir, des conseils svp',
];

/** The same relative beaten now, threatened tonight, or heard: 17 first. */
export const KIN_BLOWS_NOW: readonly string[] = [
  'mon gendre bat ma fille en ce moment',
  'il la frappe là devant les enfants',
  'mon gendre bat ma fille, il est la il la frappe, comment l aider',
  'mon gendre bat ma fille, il menace de la tuer ce soir, que faire',
  'son mari la frappe en ce moment je l entends crier, comment l aider',
];

/** A known man exposing himself where children wait, told as a fact to report. */
export const EXPOSURE_CALM: readonly string[] = [
  'un homme du village s\'exhibe devant l\'arrêt de bus des enfants',
  'le voisin se exhibe souvent devant l ecole, on doit faire quoi',
  'un type du quartier s exhibe regulierement pres de l arret du car scolaire',
];

/** Exposure now, or a move on the children: 17 first. */
export const EXPOSURE_NOW: readonly string[] = [
  'un homme s\'exhibe devant les enfants là maintenant à l\'arrêt et il essaie de les faire ' +
    'monter',
  'un type du quartier s\'exhibe devant le bus scolaire, il essaie d attraper une petite',
  'un homme se exhibe devant les enfants au parc',
];

/** A scene on screen asked about as real life. */
export const SCREEN_CALM: readonly string[] = [
  'dans la série hier le type appelait au secours et les gendarmes arrivaient en 2 minutes, ' +
    'c\'est comme ça en vrai ?',
  'dans un film la femme crie au secours et la police arrive tout de suite, en vrai ca se ' +
    'passe comme ca ?',
  'ce soir dans l episode le gendarme dit que la police arrive en 5 minutes, ca existe vraiment ?',
];

/** The writer's own danger beside a screen: still an alarm. */
export const SCREEN_REAL: readonly string[] = [
  'au secours je regarde une serie et quelqu un essaie d entrer chez moi',
];

/** A forest fire far away, no risk, help for the victims. */
export const FAR_FIRE_CALM: readonly string[] = [
  'incendie de forêt à 40 km de chez nous, on ne risque rien mais comment aider les sinistrés',
  'le feu de foret est a 30 km on risque rien, on peut faire des dons ?',
  'gros incendie a 60 kilometres d ici, aucun risque pour nous, comment aider les pompiers',
];

/** The fire coming, near, or an evacuation: 18 first. */
export const FIRE_NEAR: readonly string[] = [
  'l\'incendie de forêt arrive sur le village',
  'le feu est à 500 m de la maison',
  'incendie de foret a 10 km il se rapproche, faut il evacuer',
];
