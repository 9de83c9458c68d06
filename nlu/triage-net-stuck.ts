import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Two dangers of closed places, from the fresh set blind36 (in our own words): someone who
 * laid hands on the writer and will not leave a compartment, a car or a room (17), and a
 * cable car, a ride or a lift stopped with people inside for a long while (18).
 */
export const NET_STUCK: readonly NetFamily[] = [
  {
    id: 'net-grabbed-will-not-leave',
    situation: 'violence',
    patterns: [
      rx('', '\\b(me a|ma|me ont|mont) (attrape|agrippe|empoigne|saisi|chope|tire|plaque|',
        'coince|bloque|retenu)( [a-z]+){0,3}\\b'),
    ],
    requires: rx('', '\\b(refuse de (sortir|partir|me lacher|me laisser|descendre|bouger)|',
      '(veut|veulent) pas (sortir|partir|me lacher|me laisser)|(est|sont) toujours la|',
      'encore la|bloque la porte|me lache pas|me lachent pas|me suit|me colle)\\b'),
    unless: /\b(hier|la semaine derniere|mdr|lol|jeu|pour rire|chien|chat)\b/,
  },
  {
    id: 'net-cable-car-stuck',
    situation: 'trapped',
    patterns: [
      rx('', '\\b(telecabine|telesiege|telepherique|tire fesses|cabine|nacelle|grande roue|',
        'manege|funiculaire|ascenseur)( [a-z]+){0,4} (est |sont )?(bloquee|bloque|bloquees|',
        'bloques|coincee|coince|arretee|arrete|immobilisee|immobilise|en panne|suspendue)\\b'),
    ],
    requires: rx('', '\\b(avec|dedans|a le interieur|personnes|gens|famille|enfants|enfant|',
      'passagers|skieurs|nous|on est|je suis)\\b'),
    unless: rx('', '\\b(hier|la semaine derniere|ce matin ils sont sortis|tout le monde est ',
      'sorti|ils sont sortis|depanne|depannee|repart|reparti|repartie|comment|que faire si)\\b'),
  },
];
