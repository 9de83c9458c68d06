import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A weapon aimed at the writer by someone still there, told as a question of rights ("est-ce
 * qu'il a le droit de pointer son fusil sur moi ? il est dans le jardin"): the question
 * would calm it, but the gun is aimed now. Past days cancel it here, as the context would.
 */
export const NET_AIMED: readonly NetFamily[] = [
  {
    id: 'net-weapon-aimed-asked',
    situation: 'weapon',
    always: true,
    patterns: [
      rx('', '\\b(pointe|pointer|pointait|braque|braquer|vise|viser|menace|menacer)( [a-z]+){0,2} ',
        '(son|un|une|sa|le|la|ses) (fusil|arme|pistolet|carabine|couteau|flingue|revolver|',
        'hache|machette)( [a-z]+)? (sur|vers|contre) (moi|nous|mon|ma|mes)\\b'),
      rx('', '\\b(me|nous) (pointe|pointer|braque|braquer|vise|viser|menace|menacer) (avec )?',
        '(son|un|une|sa|le|la|ses) (fusil|arme|pistolet|carabine|couteau|flingue|revolver|',
        'hache|machette)\\b'),
    ],
    requires: rx('', '\\b((il|elle|ils) (est|sont) (encore |toujours )?(dans|la|devant|en bas|',
      'dehors|a cote|chez)|en ce moment|maintenant|toujours la|encore la)\\b'),
    unless: rx('', '\\b(hier|avant hier|la semaine derniere|le mois dernier|le an dernier|',
      'il y a (\\d+|deux|trois|quelques) (jours|semaines|mois|ans)|film|serie|jeu|plainte)\\b'),
  },
];
