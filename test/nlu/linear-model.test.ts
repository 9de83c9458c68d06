import { expect } from 'chai';
import { createFeatureIdTable } from '../../nlu/feature-ids';
import { DEFAULT_FEATURES, featuresOf } from '../../nlu/features';
import { loadLinearModel, trainLinearModel } from '../../nlu/linear-model';

describe('linear model saved and loaded', () => {
  const examples = [
    ['perdu mon permis de conduire', 'papers'], ['vol de voiture cette nuit', 'theft'],
    ['renouveler ma carte grise', 'papers'], ['on a vole mon velo', 'theft'],
    ['bonjour merci beaucoup', 'smalltalk'],
  ].map(([text, label]) => ({ features: featuresOf(text, DEFAULT_FEATURES), label }));
  const saved = trainLinearModel(examples).toJSON();
  const texts = ['vol de mon permis', 'carte grise perdue', 'merci', 'rien de connu ici'];

  it('gives the same probabilities, to the last bit, on the hot path and through predict()', () => {
    const loaded = loadLinearModel(JSON.parse(JSON.stringify(saved)));
    const table = createFeatureIdTable(loaded.features, DEFAULT_FEATURES);

    for (const text of texts) {
      const slow = [...loaded.predict(featuresOf(text, DEFAULT_FEATURES))];
      expect([...loaded.predictCounts(table.count(text))]).to.deep.equal(slow);
    }
  });

  it('saves back exactly the file it was loaded from', () => {
    expect(loadLinearModel(saved).toJSON()).to.deep.equal(saved);
  });

  it('refuses weights that do not match its features and labels', () => {
    const short = { ...saved, weights: Buffer.from([1, 2, 3]).toString('base64') };

    expect(() => loadLinearModel(short)).to.throw(/do not match its features and labels/);
  });
});
