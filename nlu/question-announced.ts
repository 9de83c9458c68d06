import type { TopicResult } from './classifier';

/**
 * A greeting that only announces a question ("salut, j'ai une question", "coucou je peux
 * demander un truc"): the message holds no case yet, so the answer is the greeting's, which
 * invites the question. The model read these few function words as anything ("salut" as a
 * goodbye, "je peux vous demander" as the service presentation), and the greeting-first
 * re-read made it worse: the announcement read alone has no topic at all. The phrasings are
 * a closed set, so a rule says it exactly where more corpus only moved the votes.
 */
const TOPIC = 'smalltalk.greeting';

/** Every announcement holds one of these: most messages never reach the long pattern. */
const MAY_ANNOUNCE = /question|kestion|demand|renseign|info/;

const GREETING = '(?:bonjour|bonsoir|salut|slt|coucou|cc|hello|bjr|bsr|hey|yo|wesh|wsh|re|'
  + 'rebonjour|allo|madame|monsieur|messieurs dames|excusez moi|pardon) ';
const QUESTION = '(?:une|1) (?:petite |toute petite |simple |rapide |courte |autre |derniere )?'
  + '(?:question|kestion)';
const SOMETHING = `(?:${QUESTION}|quelque chose|un truc|un petit truc|un renseignement|`
  + 'une info|une information|un conseil)';
const ASK = `(?:poser|demander) ${SOMETHING}`;
const POLITE = '(?: (?:svp|stp|s il vous plait|se il vous plait|s il te plait|please|merci|'
  + 'rapide|vite fait|si possible|a vous poser|a poser))*';

const ANNOUNCEMENT = new RegExp(`^(?:${GREETING})*(?:`
  + `je (?:ai|aurais|aurai) ${SOMETHING}(?: a (?:vous |te )?demander)?|`
  + `${QUESTION}|`
  + `(?:est ce que |est ce qu )?(?:je|on) (?:peux|peut|pourrais|pourrait) (?:vous |te )?${ASK}|`
  + `puis je (?:vous |te )?${ASK}|`
  + `je (?:voudrais|voulais|veux|souhaiterais|souhaite|aimerais) (?:vous |te )?${ASK}|`
  + `je (?:ai|aurais) besoin (?:de |d )${SOMETHING}|`
  + `je (?:me permets de vous ecrire|vous ecris|viens) pour ${SOMETHING}`
  + `)${POLITE}$`);

export function announcesQuestionOnly(normalized: string): boolean {
  return MAY_ANNOUNCE.test(normalized) && ANNOUNCEMENT.test(normalized.trim());
}

export function withAnnouncedQuestion(result: TopicResult, normalized: string): TopicResult {
  if (result.topic === TOPIC || !announcesQuestionOnly(normalized)) {
    return result;
  }

  const score = Math.max(0.9, result.score);
  return { ...result, topic: TOPIC, score, ambiguous: false,
    alternatives: [{ topic: TOPIC, score },
      ...result.alternatives.filter((alternative) => alternative.topic !== TOPIC)] };
}
