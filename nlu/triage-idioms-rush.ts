import { rx } from './triage-words';

/** What makes "un coup de feu" a shot, whatever the place. */
const SHOT = '(entendu|entend|entends|entendre|tire|tirer|tireur|arme|armes|fusil|pistolet|' +
  'carabine|blesse|blessee|balle|balles|detonation|detonations|sang|police|flics|gendarmes|' +
  'il y a eu|dans la rue|dehors)';
/** How one owns a rush: "j'ai un coup de feu", "c'est le coup de feu", "gros coup de feu". */
const OWNED = '(je ai|on a|on est en|on est dans|ce est|ce etait|cest|gros|grosse|petit|sacre|' +
  'vrai|en plein|quel|premier|dernier|le)( un| le| plein| gros| petit)?';
/** Where and how the rush is lived: work, shops, the end of the month. */
const WORK = '(boulot|taf|travail|bureau|job|chantier|magasin|boutique|usine|entrepot|caisse|' +
  'equipe|cuisine|resto|restaurant|bar|service|en ce moment|cette semaine|la folie|deborde|' +
  'debordee|debordes|rush|pas le temps|clients|commandes|livraisons|fin de mois|soldes|noel|' +
  'pas une minute|charrette)';

/**
 * "Gros coup de feu au bureau cette semaine, on est débordés": the rush at work, a kitchen's
 * busiest hour said of any job (triage-idioms.ts reads the kitchen alone). Removed before
 * the rules read "coup de feu" as a shot; a shot heard, fired or in the street stays.
 */
export const RUSH_IDIOMS: readonly RegExp[] = [
  rx('g',
    `(?<!\\b${SHOT}\\b.*)\\b${OWNED} coup de feu\\b(?!.*\\b${SHOT}\\b)(?=.*\\b${WORK}\\b)`,
  ),
];
