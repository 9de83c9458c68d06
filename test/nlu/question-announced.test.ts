import { expect } from 'chai';
import type { TopicResult } from '../../nlu/classifier';
import { normalize } from '../../nlu/normalize';
import { announcesQuestionOnly, withAnnouncedQuestion } from '../../nlu/question-announced';

/** Messages holding nothing but a greeting and the announcement of a question. */
const ANNOUNCED: readonly string[] = [
  'Salut, j\'ai une question',
  'bonsoir, j\'aurais une toute petite question s\'il vous plaît',
  'cc je peux te demander un truc ?',
  'Bonjour, puis-je vous poser une question ?',
  'hello, est-ce que je peux vous demander quelque chose svp',
  'slt g 1 question',
  'bonjour je voudrais vous demander un renseignement',
  'Une petite question svp',
  'coucou j\'ai besoin d\'une info',
];

/** The question is there already, or another thing is said: the model answers. */
const NOT_ONLY: readonly string[] = [
  'bonjour j\'ai une question sur la procuration',
  'salut, je peux poser une question sur mon casier ?',
  'une question : comment porter plainte ?',
  'bonjour, je veux parler à un gendarme',
  'salut merci pour la réponse',
  'bonjour',
];

const answer = (topic: string): TopicResult => ({ topic, score: 0.6,
  alternatives: [{ topic, score: 0.6 }], ambiguous: false, best: { topic, score: 0.6 } });

describe('a greeting that only announces a question', () => {
  for (const text of ANNOUNCED) {
    it(`is the greeting: ${JSON.stringify(text)}`, () => {
      const result = withAnnouncedQuestion(answer('faq.about_service'), normalize(text));

      expect(announcesQuestionOnly(normalize(text))).to.equal(true);
      expect(result.topic).to.equal('smalltalk.greeting');
      expect(result.alternatives[0]?.topic).to.equal('smalltalk.greeting');
    });
  }

  for (const text of NOT_ONLY) {
    it(`leaves the model's answer to ${JSON.stringify(text)}`, () => {
      const result = withAnnouncedQuestion(answer('faq.proxy_vote'), normalize(text));

      expect(announcesQuestionOnly(normalize(text))).to.equal(false);
      expect(result.topic).to.equal('faq.proxy_vote');
    });
  }
});
