import { expect } from 'chai';
import type { TopicResult } from '../../nlu/classifier';
import { closingStart, withLetterClosing } from '../../nlu/letter-closing';
import { normalize } from '../../nlu/normalize';

const answer = (topic: string, score = 0.4): TopicResult => ({ topic, score,
  alternatives: [{ topic, score }], ambiguous: false, best: { topic, score } });

/** A classifier that records what it was asked and answers `topic`. */
function recording(topic: string): { asked: string[]; classify: (text: string) =>
  Promise<TopicResult> } {
  const asked: string[] = [];
  return { asked, classify: async (text: string) => {
    asked.push(text);
    return answer(topic, 0.8);
  } };
}

/** Formal closings of letters, sent alone (blind93: the model said "greeting"). */
const FORMULAS: readonly string[] = [
  "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
  'je vous prie d agreer madame monsieur mes salutations distinguees',
  "Je vous prie de croire, Monsieur le Commandant, en l'assurance de ma considération " +
    'distinguée.',
  'Cordialement, Mme Lefebvre',
  'respectueusement marcel 87 ans',
  'recevez mes sinceres salutations',
  'avec mes salutations respectueuses, Georges Martin',
  'dans l attente de votre reponse veuillez recevoir mes salutations les plus respectueuses',
];

/** Polite words that close nothing, or a closing not at the end. */
const NO_CLOSING: readonly string[] = [
  'Madame, Monsieur',
  'il m a parle cordialement puis il a refuse de me rendre mon argent hier soir au marche',
  'je lui ai dit que je n avais plus de sentiments pour lui et depuis il me harcele',
  'mes respects mon adjudant, je voudrais savoir comment on fait une procuration pour voter',
];

describe('a letter\'s closing formula', () => {
  FORMULAS.forEach((text) => {
    it(`is a goodbye when sent alone: "${text}"`, async () => {
      const { asked, classify } = recording('faq.recruitment');
      const result = await withLetterClosing(answer('smalltalk.greeting'), normalize(text),
        classify);

      expect(result.topic).to.equal('smalltalk.goodbye');
      expect(result.alternatives[0].topic).to.equal('smalltalk.goodbye');
      expect(asked).to.deep.equal([]);
    });
  });

  NO_CLOSING.forEach((text) => {
    it(`is not found in "${text}"`, () => {
      expect(closingStart(normalize(text))).to.equal(-1);
    });
  });

  it('keeps thanks closed with a formula ("merci, cordialement")', async () => {
    const { classify } = recording('none');
    const result = await withLetterClosing(answer('smalltalk.thanks'),
      normalize('merci, cordialement'), classify);

    expect(result.topic).to.equal('smalltalk.thanks');
  });

  it('reads the body alone, greeting and signature left out, when small talk won', async () => {
    const { asked, classify } = recording('faq.lost_documents');
    const text = 'Madame, Monsieur, ayant perdu mon permis au marché, que dois-je faire ? ' +
      "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées. Paul";
    const result = await withLetterClosing(answer('smalltalk.goodbye'), normalize(text),
      classify);

    expect(asked).to.deep.equal(['ayant perdu mon permis au marche que dois je faire']);
    expect(result.topic).to.equal('faq.lost_documents');
  });

  it('keeps a topic the model found in the whole letter, without reading it again',
    async () => {
      const { asked, classify } = recording('none');
      const text = 'Bonjour, mon scooter a été volé cette nuit. Respectueusement, Henri';
      const result = await withLetterClosing(answer('faq.vehicle_theft', 0.9), normalize(text),
        classify);

      expect(result.topic).to.equal('faq.vehicle_theft');
      expect(asked).to.deep.equal([]);
    });

  it('keeps an out-of-scope body as none, and makes a two-word one a goodbye', async () => {
    const { classify } = recording('none');
    const long = await withLetterClosing(answer('smalltalk.greeting'),
      normalize('Madame, vendez-vous des calendriers de la gendarmerie ? Cordialement'),
      classify);
    const short = await withLetterClosing(answer('smalltalk.greeting'),
      normalize('Monsieur le commandant, salutations distinguées'), classify);

    expect(long.topic).to.equal('none');
    expect(short.topic).to.equal('smalltalk.goodbye');
  });
});
