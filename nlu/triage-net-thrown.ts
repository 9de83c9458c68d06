import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Objects thrown now at vehicles or trains (stones from a bridge onto a motorway or a
 * railway, "un pare-brise vient d'être touché", "ils balancent des cailloux sur les
 * voitures"): a danger to everyone passing, the police first, then 112.
 */
const THROW = '(balance|balancent|jette|jettent|lance|lancent|envoie|envoient|caillasse|' +
  'caillassent|lapide|lapident|jetaient|lancaient|balancaient|bombarde|bombardent)';
const MISSILE = '(pierres?|cailloux|caillou|galets?|paves?|briques?|parpaings?|' +
  'bouteilles?|canettes?|projectiles?|objets?|blocs?|morceaux de beton|beton|boulons?|' +
  'cocktails? molotov|oeufs|pneus?|planches?|barres?)';
const TARGET = '(voitures?|vehicules?|autoroute|route|periph|peripherique|' +
  'nationale|rocade|voie ferree|voie|' +
  'trains?|tgv|ter|rer|locos?|locomotives?|voies|rails|bus|tram|tramway|' +
  'camions?|automobilistes?|conducteurs?|pare brise|passants|voies ferrees|chaussee)';

export const NET_THROWN: readonly NetFamily[] = [
  {
    id: 'net-thrown-at-traffic',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('', `\\b${THROW}( de| des| du)? ${MISSILE}( [a-z0-9]+){0,6} (sur|contre|vers|dans) `,
        `(les |la |le |l |des |une |un )?${TARGET}\\b`),
      rx('', `\\b(caillasse|caillassent|caillassage|lapident) (les |la |le |des )?`,
        `${TARGET}\\b`),
      rx('', '\\b(pare brise|vitre|fenetre|carreau)( de [a-z]+)? (vient de|viennent de) ',
        '(etre|se) (touche|touchee|casse|cassee|brise|brisee|fissure|fissuree|eclate|',
        'eclatee|prendre)\\b'),
    ],
    requires: rx('',
      '\\b(pont|passerelle|talus|depuis|en ce moment|la|maintenant|vient de|viennent de|',
      'encore|continue|continuent|sont en train|en train de|vite|actuellement)\\b'),
    unless: rx('',
      '\\b(gravillons?|un camion devant moi|camion de chantier|chantier|tombe de le camion|',
      'saute du camion|projete par|projetes par|hier|la semaine derniere|le mois dernier|',
      'la nuit derniere|assurance|franchise|constat|bris de glace|remplacer|reparer|jeu|',
      'film|serie|reve|dans le jeu|video|petanque|ricochets?|dans le eau|dans la riviere|',
      'dans le lac|dans la mer|sur la plage)\\b',
    ),
  },
];
