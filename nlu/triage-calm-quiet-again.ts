import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "Il y a eu une bagarre devant chez moi hier soir, c'est calme maintenant, je dois le
 * signaler ?": yesterday's trouble, told as quiet again. Its "maintenant" is the calm's, not
 * the danger's: the net's now-markers read it as under way. Anything back or still there
 * ("ils reviennent", "encore"), a wound or a weapon keeps the alarm.
 */
const BEFORE = rx('',
  '\\b(hier|avant hier|la nuit derniere|cette nuit|samedi|dimanche|vendredi|le week end|',
  'ce week end|la semaine derniere|le autre soir|le autre nuit|le autre jour)\\b',
);

const QUIET_NOW = rx('',
  '\\b((ce est|cest|c|ca est|tout est|tout|tout a) (redevenu |revenu au |de nouveau |bien )?',
  'calme( maintenant| depuis| a present| aujourd hui)?|maintenant (ce est|cest|c|tout est|ca est) ',
  '(calme|fini|termine)|(tout est|ce est|c) rentre dans le ordre)\\b',
);

const BACK_OR_HURT = rx('',
  '\\b(encore|reviennent|revient|sont revenus|est revenu(?! au calme)|recommence|recommencent|',
  'en ce moment|toujours la|blesse|blesses|blessee|sang|saigne|inconscient|inconsciente|',
  'couteau|arme|armes|flingue|menace|menacent|peur|au secours|vite|urgent|par terre)\\b',
);

export function quietAgainSince(text: string): boolean {
  return gatedTest(QUIET_NOW, text) && gatedTest(BEFORE, text) && !gatedTest(BACK_OR_HURT, text);
}
