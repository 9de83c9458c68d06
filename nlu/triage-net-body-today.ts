import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * An episode dated days ago, and today the body fails again ("il y a 10 jours
 * un malaise, aujourd'hui elle est par terre et respire mal"). The old date read as the
 * time of the whole message; what is told of today is today's.
 */
const TODAY_BODY = rx('',
  '\\b(aujourd hui|ce matin|ce soir|cette nuit|et la|mais la|maintenant) (il|elle|(mon|ma|',
  'notre|le|la) [a-z]+( [a-z]+)?) ',
  '(est par terre|est au sol|respire (mal|plus|pas|difficilement|tres mal)|ne respire|',
  '(ne )?repond plus(?! (a|au|aux) )|est inconsciente?|ne se reveille|convulse|ne bouge plus|',
  'bouge plus|arrive plus a (parler|respirer|bouger|se lever))\\b',
);

export const NET_BODY_TODAY: readonly NetFamily[] = [
  {
    id: 'net-body-today',
    situation: 'medical',
    always: true,
    patterns: [TODAY_BODY],
    unless: /\b(chat|chien|chiot|lapin|cheval|hamster|poisson|oiseau|perroquet|tortue)\b/,
  },
];
