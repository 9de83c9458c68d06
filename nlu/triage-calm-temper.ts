import { gatedReplace } from './regex-gate';
import { rx } from './triage-words';

/**
 * The writer's own temper or hurry told with danger words: "j'ai le feu aux fesses, je
 * suis en retard", "je vais exploser si on me rappelle encore". Only the idiom is removed:
 * "ça va exploser" and a fire in the same message are still read.
 */
const TEMPER = rx('g',
  '\\b(je ai|jai|on a|il a|elle a|avoir) le feu au (cul|derriere|fesses|train)\\b|',
  '\\b(le feu aux fesses|le feu au cul)\\b|',
  '\\b(je vais|jvais|je sens que je vais|on va|je suis sur le point de) (exploser|peter un cable|',
  'peter les plombs|peter un plomb|craquer|peter une durite)( de (colere|rage|rire|stress))?',
  '(?= (si|quand|tellement|de|avec|a cause|contre|ce|cette|ces|je|la|il|elle|on)\\b|$)',
);

export function withoutTemper(text: string): string {
  return gatedReplace(text, TEMPER, ' ');
}
