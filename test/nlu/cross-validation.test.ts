import { expect } from 'chai';
import type { Example } from '../../nlu/corpus';
import { crossValidate, splitFolds } from '../../nlu/cross-validation';
import { DEFAULT_MODEL_OPTIONS } from '../../nlu/topic-model';

const examples = (label: string, texts: string[]): Example[] =>
  texts.map((text) => ({ text, labels: [label] }));

const corpus: Example[] = [
  ...examples('faq.proxy_vote', ['faire une procuration', 'procuration pour voter',
    'donner procuration pour les elections', 'voter par procuration',
    'procuration de vote en ligne', 'ma procuration est elle valable']),
  ...examples('faq.impound', ['ma voiture est a la fourriere', 'recuperer ma voiture fourriere',
    'tarif de la fourriere', 'fourriere horaires', 'voiture enlevee par la fourriere',
    'combien coute la fourriere']),
];

const linearOnly = { ...DEFAULT_MODEL_OPTIONS, nlpjsWeight: 0 };

describe('cross-validation', () => {
  it('splits every labelled example into exactly one fold of near-equal size', () => {
    const folds = splitFolds([...corpus, { text: 'sans label', labels: [] }], 5);

    expect(folds.map((fold) => fold.length).sort()).to.deep.equal([2, 2, 2, 3, 3]);
    expect(folds.flat().map((example) => example.text).sort())
      .to.deep.equal(corpus.map((example) => example.text).sort());
  });

  it('gives the same folds for the same seed, other folds for another', () => {
    const texts = (seed: number) => splitFolds(corpus, 3, seed).map((fold) =>
      fold.map((example) => example.text));

    expect(texts(1)).to.deep.equal(texts(1));
    expect(texts(1)).to.not.deep.equal(texts(2));
  });

  it('refuses fewer than two folds, or more folds than examples', () => {
    expect(() => splitFolds(corpus, 1)).to.throw(/folds must be an integer >= 2/);
    expect(() => splitFolds(corpus, 2.5)).to.throw(/folds must be an integer >= 2/);
    expect(() => splitFolds(corpus.slice(0, 2), 3)).to.throw(/cannot make 3 folds/);
  });

  it('classifies every line once, by a model that never saw it', async () => {
    const report = await crossValidate(corpus, 3, linearOnly);

    expect(report.lines).to.equal(corpus.length);
    expect(report.accuracy).to.be.above(0.8);
    expect(report.misses.length).to.equal(Math.round((1 - report.accuracy) * corpus.length));
  });

  it('reports a label seen in no training fold as a miss', async () => {
    const lonely = [...corpus, { text: 'une question sur les drones', labels: ['faq.drones'] }];

    const report = await crossValidate(lonely, 3, linearOnly);

    expect(report.misses.map((miss) => miss.expected)).to.include('faq.drones');
    expect(report.confusions.some((c) => c.pair.startsWith('faq.drones ->'))).to.equal(true);
  });
});
