import { expect } from 'chai';
import { createFeatureIdTable } from '../../nlu/feature-ids';
import { featuresOf, type FeatureOptions } from '../../nlu/features';
import { trainLinearModel } from '../../nlu/linear-model';
import { normalize } from '../../nlu/normalize';

const OPTIONS: FeatureOptions = { charGrams: [3, 4], bigrams: true };

const TRAINING = [
  ['on m a vole mon velo devant la gare', 'theft'],
  ['vol de voiture cette nuit', 'theft'],
  ['je veux faire une procuration pour voter', 'vote'],
  ['procuration elections municipales', 'vote'],
  ['recette de crepes au sucre', 'none'],
].map(([text, label]) => ({ features: featuresOf(normalize(text), OPTIONS), label }));

const MESSAGES = [
  'on m a vole mon velo', 'vol vol vol', 'une procuration svp', 'velo vole devant la gare',
  'mot inconnu zzzz', '', 'la la la', 'je veux voter par procuration pour les elections',
].map(normalize);

/** What the model counted before the table: known feature strings, first occurrence first. */
function countedByName(text: string, known: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const feature of featuresOf(text, OPTIONS).filter((f) => known.includes(f))) {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  return [...counts];
}

describe('feature id table', () => {
  const model = trainLinearModel(TRAINING);
  const table = createFeatureIdTable(model.features, OPTIONS);

  it('counts the known features of featuresOf(), in the order they first occur', () => {
    for (const text of MESSAGES) {
      const { ids, counts, total } = table.count(text);
      const expected = countedByName(text, model.features);

      expect(ids.map((id, k) => [model.features[id], counts[k]])).to.deep.equal(expected);
      expect(total).to.equal(expected.reduce((sum, [, count]) => sum + count, 0));
    }
  });

  it('gives the model the same probabilities, to the last bit, as the feature names', () => {
    for (const text of MESSAGES) {
      const fromNames = model.predict(featuresOf(text, OPTIONS));

      expect([...model.predictCounts(table.count(text))]).to.deep.equal([...fromNames]);
    }
  });

  it('counts a word said twice twice, and the same message the same way again', () => {
    const once = table.count('velo');
    const twice = table.count('velo velo');

    expect(twice.ids).to.deep.equal(once.ids);
    expect(twice.counts).to.deep.equal(once.counts.map((count) => count * 2));
    expect(table.count('velo velo')).to.deep.equal(twice);
  });

  it('finds nothing in an empty text or in words the model never saw', () => {
    expect(table.count('')).to.deep.equal({ ids: [], counts: [], total: 0 });
    expect(table.count('qqqq').total).to.equal(0);
  });

  it('counts stem bigrams only when the options ask for them', () => {
    const features = ['w:vol', 'w:velo', 'b:vol_velo'];
    const withBigrams = createFeatureIdTable(features, { charGrams: [], bigrams: true });
    const without = createFeatureIdTable(features, { charGrams: [], bigrams: false });

    expect(withBigrams.count('vol velo').ids).to.deep.equal([0, 1, 2]);
    expect(without.count('vol velo').ids).to.deep.equal([0, 1]);
  });

  it('still finds bigrams by name when a feature name holds more than one "_"', () => {
    const odd = createFeatureIdTable(['b:vol_velo', 'b:a_b_c'], { charGrams: [], bigrams: true });

    expect(odd.count('vol velo').ids).to.deep.equal([0]);
  });
});
