import { gatedTest } from './regex-gate';
import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/** What says it is hot: a temperature, a heat wave, a room like an oven. */
const HEAT = '(chaud|chaude|chaleur|chaleurs|canicule|caniculaire|degres|four|fournaise|etuve|' +
  'sauna|clim|climatisation|ventilo|ventilateur|cuire|cuit|cuits|fondre|crame au soleil)\\b';

/** The writer's own dying, as one says it of a heat wave. */
const SELF_DYING = '(je vais|jvais|vais|on va|nous allons|je|on|je suis en train de|on est en ' +
  'train de)( tous| toutes| tous les deux)? (crever|creve|crevons|mourir|meurs|meurt|mourons|' +
  'cuire|cuit|cuis|fondre|fond|clamser|clamse|y passer|y rester|rendre le ame)';

/**
 * What makes heat a danger, not a figure: a body failing, a child or a baby, someone shut in
 * a car. With any of them the words stay for the rules.
 */
const BODY = '(malaise|evanoui|evanouie|tombe dans les pommes|vomi|vomit|vomis|confus|confuse|' +
  'delire|inconscient|inconsciente|respire|respirer|convulse|perds connaissance|perd ' +
  'connaissance|tete qui tourne|tourne de le oeil|bebe|nourrisson|enfant|enfants|petit|petite|' +
  'voiture|enferme|enfermee|coince|coincee|bloque|bloquee|ascenseur|mamie|papi|grand mere|' +
  'grand pere|personne agee|coeur|poitrine)';

/**
 * "il fait 38 degrés dans ma chambre je vais crever", "on va tous crever ici avec cette
 * chaleur": the writer's death as the heat wave's figure, removed before the rules and the
 * vote read "je vais mourir". A body failing, a child, someone shut in keep the words.
 */
export const HEAT_IDIOMS: readonly RegExp[] = [
  rx('g',
    `(?<!\\b${BODY}\\b.*)(?<=\\b${HEAT}.*)\\b${SELF_DYING}\\b(?!.*\\b${BODY}\\b)|`,
    `(?<!\\b${BODY}\\b.*)\\b${SELF_DYING}\\b(?=.*\\b${HEAT})(?!.*\\b${BODY}\\b)`,
  ),
];

const HEAT_FIGURE = new RegExp(HEAT_IDIOMS[0].source);

/**
 * For the learned vote, which read "38 degrés dans ma chambre" itself as danger: the heat's
 * figure with no body failing, no child, nobody shut in is a complaint about the weather.
 */
export function heatFigureOnly(normalized: string): boolean {
  return gatedTest(HEAT_FIGURE, normalized);
}

/** Heat stroke told by the mind going: confused, raving, no longer knowing a relative. */
const LOST_MIND = rx('',
  '\\b(confus|confuse|delire|delirait|incoherent|incoherente|dit des choses bizarres|dit ',
  'ne importe quoi|me reconnait (plus|pas)|nous reconnait (plus|pas)|reconnait plus personne|',
  'sait plus ou (il|elle) est|desoriente|desorientee|hagard|hagarde)\\b',
);

export const NET_HEAT_STROKE: readonly NetFamily[] = [
  {
    id: 'net-heat-confused',
    situation: 'medical',
    patterns: [rx('', '\\b(trop chaud|tres chaud|chaleur|canicule|\\d+ degres|brulante?|',
      'coup de soleil|en plein soleil|au soleil)\\b')],
    requires: LOST_MIND,
  },
  {
    // a baby in the heat burning, limp or no longer drinking: heat stroke comes fast
    id: 'net-heat-baby',
    situation: 'medical',
    // read before the idioms: "on crève de chaud" is the heat it names
    beforeIdioms: true,
    patterns: [rx('', `^(?=.*\\b${HEAT}).*\\b(bebe|nourrisson|bb|petit de (\\d+|un|deux|trois) `,
      '(mois|ans))\\b')],
    requires: rx('', '\\b(brulant|brulante|boit plus|veut plus boire|refuse de boire|tout mou|',
      'toute molle|amorphe|se reveille pas|respire vite|convulse)\\b'),
  },
];
