import { expect } from 'chai';
import type { TopicResult } from '../../nlu/classifier';
import { withoutOpeningGreeting } from '../../nlu/greeting-first';
import { createRecognizer } from '../../nlu/recognizer';

const answer = (topic: string, score = 0.9): TopicResult => ({ topic, score,
  alternatives: [{ topic, score }], ambiguous: false, best: { topic, score } });

describe('a greeting before the question', () => {
  it('answers the question that follows the greeting', async () => {
    const recognizer = await createRecognizer();

    expect((await recognizer.understand('Bonsoir, vous répondez la nuit ?')).topic)
      .to.equal('faq.about_service');
    expect((await recognizer.understand('bonjour madame')).topic).to.equal('smalltalk.greeting');
  });

  it('reads the rest alone only when the greeting won, and keeps a real topic only', async () => {
    const asked: string[] = [];
    const classify = async (text: string) => {
      asked.push(text);
      return text.startsWith('vous') ? answer('faq.about_service') : answer('none');
    };

    const question = await withoutOpeningGreeting(answer('smalltalk.greeting'),
      'bonsoir vous repondez la nuit', classify);
    const chat = await withoutOpeningGreeting(answer('smalltalk.greeting'),
      'bonjour ca va bien', classify);
    const other = await withoutOpeningGreeting(answer('faq.drones'), 'bonjour drone', classify);
    const short = await withoutOpeningGreeting(answer('smalltalk.greeting'), 'bonjour toi',
      classify);

    expect(question.topic).to.equal('faq.about_service');
    expect(chat.topic).to.equal('smalltalk.greeting');
    expect(other.topic).to.equal('faq.drones');
    expect(short.topic).to.equal('smalltalk.greeting');
    expect(asked).to.deep.equal(['vous repondez la nuit', 'ca va bien']);
  });

  it('counts whom the greeting is addressed to as the greeting, not as a question', async () => {
    const asked: string[] = [];
    const classify = async (text: string) => {
      asked.push(text);
      return answer('faq.contact_unit');
    };

    for (const greeting of ['bonsoir la gendarmerie', 'coucou les gendarmes', 'slt la brigade',
      'wsh la gendarmerie']) {
      const result = await withoutOpeningGreeting(answer('smalltalk.greeting'), greeting,
        classify);
      expect(result.topic, greeting).to.equal('smalltalk.greeting');
    }
    const question = await withoutOpeningGreeting(answer('smalltalk.greeting'),
      'bonsoir la gendarmerie vous ouvrez quand', classify);

    expect(question.topic).to.equal('faq.contact_unit');
    expect(asked).to.deep.equal(['vous ouvrez quand']);
  });
});
