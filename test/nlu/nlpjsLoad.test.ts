import { expect } from 'chai';
import type { Example } from '../../nlu/corpus';
import { loadNlpjs, trainNlpjs } from '../../nlu/nlpjs';

const EXAMPLES: Example[] = [
  ['j ai perdu ma carte d identite', 'faq.lost_documents'],
  ['perte de mon passeport', 'faq.lost_documents'],
  ['on m a vole mon velo', 'faq.vehicle_theft'],
  ['ma voiture a ete volee cette nuit', 'faq.vehicle_theft'],
  ['bonjour', 'smalltalk.greeting'],
  ['salut a vous', 'smalltalk.greeting'],
].map(([text, label]) => ({ text, labels: [label] }));

const PROBES = ['jai perdu mon passeport', 'mon scooter a ete vole', 'bonsoir', 'quelle meteo'];

/**
 * A saved model is imported without the sentences NLP.js keeps for its language guesser
 * (we always name the language): the scores must be those of the model as trained.
 */
describe('NLP.js model loaded from its export', function nlpjsLoadSpec() {
  this.timeout(60_000);

  it('scores every probe as the trained model does', async () => {
    const trained = await trainNlpjs(EXAMPLES);
    const loaded = await loadNlpjs(trained.export());

    for (const probe of PROBES) {
      expect([...(await loaded.scores(probe))], probe)
        .to.deep.equal([...(await trained.scores(probe))]);
    }
  });

  it('refuses an export that is not JSON, as before', async () => {
    let failure: unknown;
    try {
      await loadNlpjs('{pas du json');
    } catch (error) {
      failure = error;
    }

    expect(failure).to.be.instanceOf(SyntaxError);
  });
});
