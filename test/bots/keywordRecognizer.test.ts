import { expect } from 'chai';
import { createKeywordRecognizer } from '../../bots/keywordRecognizer';

describe('keyword recogniser (stand-in for the trained classifier)', () => {
  const recognizer = createKeywordRecognizer();

  it('finds the topic of a plain question', async () => {
    const understanding = await recognizer.understand('Comment faire une procuration ?');

    expect(understanding.topic).to.equal('faq.proxy_vote');
    expect(understanding.emergency.detected).to.equal(false);
  });

  it('says "none" with a zero score rather than guessing', async () => {
    const understanding = await recognizer.understand('quelle est la recette de la tarte');

    expect(understanding).to.include({ topic: 'none', score: 0 });
  });

  it('runs the real emergency triage', async () => {
    const understanding = await recognizer.understand('au secours il me frappe');

    expect(understanding.emergency.detected).to.equal(true);
    expect(understanding.emergency.numbers).to.include('17');
  });
});
