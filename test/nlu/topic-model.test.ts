import { expect } from 'chai';
import type { Example } from '../../nlu/corpus';
import { corpusHash, DEFAULT_MODEL_OPTIONS } from '../../nlu/topic-model';

const corpus: Example[] = [
  { text: 'faire une procuration', labels: ['faq.proxy_vote'] },
  { text: 'ma voiture est a la fourriere', labels: ['faq.impound'] },
];

describe('topic model hash (when model.json is stale)', () => {
  it('is the same for the same corpus and options', () => {
    expect(corpusHash(corpus)).to.equal(corpusHash([...corpus], { ...DEFAULT_MODEL_OPTIONS }));
  });

  it('changes with the corpus', () => {
    const other = [...corpus, { text: 'tarif fourriere', labels: ['faq.impound'] }];

    expect(corpusHash(other)).to.not.equal(corpusHash(corpus));
  });

  it('changes with the calibration, so a model trained before a new threshold is retrained', () => {
    const calibration = { ...DEFAULT_MODEL_OPTIONS.calibration, noneWeight: 0.5 };

    expect(corpusHash(corpus, { ...DEFAULT_MODEL_OPTIONS, calibration }))
      .to.not.equal(corpusHash(corpus));
  });
});
