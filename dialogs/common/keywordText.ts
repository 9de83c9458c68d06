import type { Content, TemplateData } from '../../content/renderer';
import { normalize } from '../../nlu/normalize';
import { abroadNumbersAnswer } from './abroadNumbers';
import { BARE_NUMBER, type KeywordAnswer } from './keywordAnswers';
import { lineAskedFor } from './lineForSituation';
import { lineNamedIn } from './numberNamed';
import { rescueSceneAsked } from './rescueQuestion';

/**
 * The text of a keyword answer to `text`: most are one template (`answers/<name>`), the
 * numbers abroad, the line for a situation and the rescue scene depend on what was asked.
 */
export function keywordText(content: Content, answer: KeywordAnswer, text: string,
  data: TemplateData = {}): string {
  if (answer === 'abroadNumbers') {
    return abroadNumbersAnswer(content, text);
  }
  if (answer === 'rescueHowTo') {
    return content.render(`answers/rescue.${rescueSceneAsked(normalize(text)) ?? 'water'}`);
  }
  if (answer === 'lateComplaint') {
    // the delay of a theft told: the time limit's answer, the pré-plainte offered after it
    return content.render('answers/limitationPeriod');
  }
  if (answer === 'emergencyNumber') {
    const number = BARE_NUMBER.exec(normalize(text))?.[1] ?? '112';
    return content.render(`answers/emergencyNumber.${number}`);
  }
  // a line asked for by its situation, else by its number ("ce 3114 sur une affiche ?")
  const words = normalize(text);
  const line = answer === 'lineFor' ? lineAskedFor(words) ?? lineNamedIn(words) : undefined;
  if (line !== undefined && line !== 'several') {
    return content.render(`answers/lines.${line}`);
  }
  return content.render(`answers/${answer === 'lineFor' ? 'helpLines' : answer}`, data);
}
