import type { Content } from '../../../content/renderer';
import { parseChoice } from '../../prompts/choice';
import { optionsOf } from '../../prompts/choicePrompt';
import { isNoAnswer } from '../../prompts/noAnswer';
import { saysQuestionMisread } from '../../prompts/offTheMark';
import { failed, parsed } from '../../prompts/parsed';
import { UnclearOncePrompt } from '../../prompts/unclearOncePrompt';
import { hedged } from '../../prompts/yesNo';

/**
 * "Êtes-vous en sécurité ?": only a clear "safe" goes on; anything else ("bof", "il rôde
 * encore dans le coin", a reply read two ways) is "unsafe", because asking a frightened
 * victim to rephrase loses the question made to catch danger (tester12's F9). A thank-you
 * or a question ("c quoi le 3919 ?") answers nothing: asked again once (tester13's F2).
 * "C'est pas le sujet" with no word of danger says the help itself was the wrong one:
 * `misread`, which the dialog answers with an apology instead of an alert.
 */
export class SafetyPrompt extends UnclearOncePrompt<string> {
  constructor(dialogId: string, content: Content) {
    super(dialogId, (text, _activity, prompt) => {
      if (isNoAnswer(text)) {
        return failed('prompts/errors.safety_unclear');
      }
      if (saysQuestionMisread(text)) {
        return parsed('misread');
      }
      const answer = parseChoice(text, optionsOf(prompt));
      const safe = answer.ok && answer.value === 'safe' && !hedged(text);
      return parsed(safe ? 'safe' : 'unsafe');
    }, 'unsafe', content);
  }
}
