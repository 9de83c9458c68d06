import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for a danger that only a passer-by or a neighbour sees: young
 * children alone and crying, or alone where they can fall or be run over, and a carbon
 * monoxide alarm going off, which no one should wait out.
 */

const KID = '(enfant|enfants|bebe|bebes|gamin|gamine|gamins|gosse|gosses|mome|momes|petit|' +
  'petits|petite|petites|petit garcon|petite fille|nourrisson|fils|fille)';
const ALONE = '(seul|seule|seuls|seules|tout seul|toute seule|tous seuls|toutes seules)';

/**
 * What turns "alone" into a danger within minutes: a road, water, a call for help. "Alone at
 * night" or "since yesterday" alone is the neglect the child-in-danger FAQ answers.
 */
const ALONE_PERIL = rx('',
  '\\b(appelle a le aide|',
  'parking|route|nationale|autoroute|voie ferree|rails|piscine|canal|riviere|',
  'bord de(?! (la |le )?(fenetre|balcon|toit)))\\b',
);

/**
 * Alone where a fall kills: a rescue at height, the firefighters first (three fresh sets'
 * writers, each on their own, put the 18 first for a toddler alone on a balcony's rail).
 */
const ALONE_HEIGHT = /\b(balcon|fenetre|rambarde|toit)\b/;
const ALONE_NEAR = new RegExp(`\\b${KID}( [a-z0-9]+){0,5} ${ALONE}\\b`);
/** A child alone and crying: nobody is hurting them, the child line comes first. */
const ALONE_CRYING = /\b(pleure|pleurent|crie|crient|hurle|hurlent)\b/;

/** "est-ce qu'on peut laisser un enfant de 11 ans seul ?" asks what the law says. */
const NOT_NOW_ALONE = rx('',
  '\\b(peut on|on peut|est ce que|est ce qu on|a partir de|quel age|le droit|legal|',
  'laisse|laissent|laisses|laissee|laissees|toujours|chaque|tous les|',
  'jouer|joue|jouent|dort|dorment|dormir|marcher seul|fait ses|fait sa|se habiller|',
  'manger|mange|rentre seul|rentrer seul|rentre seule|rentrer seule|ecole)\\b',
);

export const NET_HOME: readonly NetFamily[] = [
  {
    id: 'net-child-alone',
    situation: 'child_violence',
    habitCancels: true,
    patterns: [ALONE_NEAR],
    requires: ALONE_PERIL,
    unless: NOT_NOW_ALONE,
  },
  {
    id: 'net-child-alone-height',
    situation: 'child_height',
    habitCancels: true,
    patterns: [ALONE_NEAR],
    requires: ALONE_HEIGHT,
    unless: NOT_NOW_ALONE,
  },
  {
    id: 'net-child-alone-crying',
    situation: 'child_neglect',
    habitCancels: true,
    patterns: [ALONE_NEAR],
    requires: ALONE_CRYING,
    unless: NOT_NOW_ALONE,
  },
  {
    // beforeIdioms: "détecteur de monoxyde" alone is an idiom (buying, fitting one)
    id: 'net-co-alarm',
    situation: 'gas',
    beforeIdioms: true,
    patterns: [
      rx('',
        '\\b(detecteur|detecteurs|alarme|alarmes|capteur) (de |du |a )?(co|monoxyde|gaz)\\b',
        '( [a-z]+){0,4} (sonne|sonnent|bip|bipe|bipent|hurle|se declenche|declenche|retentit|',
        'clignote rouge)\\b',
      ),
    ],
    unless: /\b(pile|piles|batterie|test|tester|essai|installer|changer|acheter)\b/,
  },
];
