import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Hiding from intruders told by places: who is where ("cambrioleurs au rdc", "des mecs dans
 * le salon") and where the writer hides ("je suis à l'étage sous le lit", "dans le placard"),
 * often with "chut" or "pas d'appel possible". The writer cannot speak: 114 first.
 */

const INTRUDERS = '(cambrioleur|cambrioleurs|voleur|voleurs|intrus|inconnu|inconnus|mecs|types|' +
  'gars|hommes|individus|gens|cagoules|braqueurs|squatteurs)';
const BELOW = '(au rdc|au rez de chaussee|en bas|dans le salon|dans la cuisine|dans le entree|' +
  'dans le couloir|dans le garage|dans la maison|dans la piece a cote|a cote)';
const HIDDEN_PLACE = '(a le etage|en haut|sous le lit|dans le placard|dans la salle de bain|' +
  'dans les toilettes|dans le armoire|dans le dressing|au grenier|dans la chambre du haut|' +
  'dans les wc|dans la penderie|derriere le canape|dans la buanderie)';
const CANNOT_SPEAK = rx('',
  '\\b(chut+|pas de appel possible|(impossible|pas possible) de (appeler|parler|telephoner)|',
  '(peux|peut|pouvons) (pas|rien|plus) (parler|dire|appeler|telephoner)|je chuchote|',
  'silence (obligatoire|total)|ils vont me entendre|il va me entendre|',
  '(pas|aucun) (le droit de )?faire (de|du|aucun) bruit)\\b',
);

export const NET_HIDDEN: readonly NetFamily[] = [
  {
    id: 'net-hidden-from-intruders',
    situation: 'hiding',
    always: true,
    patterns: [
      rx('', `\\b${INTRUDERS}( [a-z]+){0,3} ${BELOW}\\b`),
      // the writer's hiding place first: "sous le lit, des voleurs au salon"
      rx('', `\\b${HIDDEN_PLACE}\\b.{0,60}\\b${INTRUDERS}\\b`),
    ],
    requires: CANNOT_SPEAK,
    unless: rx('',
      '\\b(cache cache|jeu|film|serie|roman|reve|cauchemar|pendant nos vacances|quand nous ',
      'etions|retrouve|partis|sont partis|est parti)\\b',
    ),
  },
];
