import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';
import { YOUNG } from './triage-net-missing';

/**
 * A child gone, and what the child had left by the water: a bike on the bank, shoes on the
 * jetty. The belongings are what made the other families read "a thing, not a person"; here
 * they are the sign that the search is urgent (drowning), whatever words tell the absence.
 */
const ABSENT = '(disparu|disparue|introuvable|pas rentre|pas rentree|pas revenu|pas revenue|' +
  'toujours pas|plus la|cherche|cherchons|cherchent|trouve plus|trouve pas|retrouve pas|' +
  'retrouve plus|trouve que|trouve plus que|parti|partie|sorti|sortie|perdu de vue|' +
  'ne est plus|sans nouvelles)';
const BELONGING = '(velo|trottinette|skate|chaussures?|sandales?|baskets?|tongs|casquette|' +
  'bonnet|sac|doudou|affaires|vetements|canne|seau|ballon|manteau|blouson|serviette|pelle|' +
  'epuisette|bouee|jouet|jouets)';
const WATER = '(riviere|lac|etang|canal|mer|plage|mare|ruisseau|berge|berges|ponton|quai|' +
  'bassin|piscine|eau|fleuve|cascade|barrage|port|digue|jetee|torrent|lavoir|puits)';

export const NET_WATER: readonly NetFamily[] = [
  {
    id: 'net-child-gone-by-water',
    situation: 'missing_child',
    habitCancels: true,
    patterns: [rx('', `^(?=.*\\b${YOUNG}\\b).*\\b${ABSENT}\\b`)],
    requires: rx('', `\\b${BELONGING}\\b( [a-z0-9]+){0,8} ${WATER}\\b|`,
      `\\b${WATER}\\b( [a-z0-9]+){0,6} ${BELONGING}\\b`),
    unless: rx('',
      '\\b((le|la|les|l) (a|avons|ont) retrouve|retrouve sain|est rentre|est rentree|',
      'est revenu|est revenue|vole|volee|perdu son|perdu sa|perdu ses|oublie|oubliee)\\b',
    ),
  },
];
