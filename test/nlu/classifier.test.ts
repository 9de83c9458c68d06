import { expect } from 'chai';
import { decide, loadClassifier, trainClassifier } from '../../nlu/classifier';
import type { Example } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';

const examples = (label: string, texts: string[]): Example[] =>
  texts.map((text) => ({ text, labels: [label] }));

const corpus: Example[] = [
  ...examples('faq.proxy_vote', ['faire une procuration', 'procuration pour voter',
    'donner procuration pour les elections', 'voter par procuration']),
  ...examples('faq.impound', ['ma voiture est a la fourriere', 'recuperer ma voiture fourriere',
    'tarif de la fourriere', 'fourriere horaires']),
  ...examples('none', ['quel temps fait il', 'recette de crepes', 'resultat du match',
    'horaires de la piscine']),
];

describe('topic classifier', () => {
  const classifier = trainClassifier(corpus);

  it('finds the topic of a message close to the corpus', () => {
    const result = classifier.classify(normalize('je veux faire une procuration'));

    expect(result.topic).to.equal('faq.proxy_vote');
  });

  it('still finds it through a typo', () => {
    const result = classifier.classify(normalize('recuperer ma voiture a la fouriere'));

    expect(result.topic).to.equal('faq.impound');
  });

  it('answers none for out-of-domain French', () => {
    expect(classifier.classify(normalize('une recette de crepes svp')).topic).to.equal('none');
  });

  it('gives the same answers once saved and loaded', () => {
    const loaded = loadClassifier(JSON.parse(JSON.stringify(classifier.toJSON())));

    for (const text of ['procuration', 'fourriere prix', 'meteo']) {
      const expected = classifier.classify(normalize(text)).topic;
      expect(loaded.classify(normalize(text)).topic).to.equal(expected);
    }
  });

  it('refuses a file that is not a model', () => {
    expect(() => loadClassifier({ format: 'other' })).to.throw(/not a brigade-nlu\/1 model/);
    expect(() => loadClassifier(null)).to.throw(/not a brigade-nlu\/1 model/);
  });

  it('trains the same model twice from the same corpus', () => {
    const again = trainClassifier(corpus).toJSON();

    expect(JSON.stringify(again)).to.equal(JSON.stringify(classifier.toJSON()));
  });
});

describe('calibration', () => {
  const calibration = { minScore: 0.3, ambiguityMargin: 0.1 };

  it('answers the best topic when it is clear', () => {
    const result = decide([{ topic: 'a', score: 0.8 }, { topic: 'b', score: 0.1 }], calibration);

    expect(result).to.include({ topic: 'a', score: 0.8, ambiguous: false });
  });

  it('answers none below the minimum score, keeping what the model preferred', () => {
    const result = decide([{ topic: 'a', score: 0.25 }, { topic: 'b', score: 0.2 }], calibration);

    expect(result.topic).to.equal('none');
    expect(result.best).to.deep.equal({ topic: 'a', score: 0.25 });
  });

  it('flags two close topics as ambiguous, with both as alternatives', () => {
    const result = decide([{ topic: 'a', score: 0.45 }, { topic: 'b', score: 0.4 }], calibration);

    expect(result.ambiguous).to.equal(true);
    expect(result.alternatives.map((alt) => alt.topic)).to.deep.equal(['a', 'b']);
  });

  it('is not ambiguous between a topic and none', () => {
    const ranked = [{ topic: 'a', score: 0.45 }, { topic: 'none', score: 0.4 }];

    expect(decide(ranked, calibration).ambiguous).to.equal(false);
  });

  it('answers none to an empty ranking', () => {
    expect(decide([], calibration).topic).to.equal('none');
  });

  describe('with none weighed down and split votes offered', () => {
    const shifted = { ...calibration, noneWeight: 0.5, pairScore: 0.4 };

    it('lets a topic win over a none that is likelier only before weighing', () => {
      const ranked = [{ topic: 'none', score: 0.5 }, { topic: 'a', score: 0.4 }];

      const result = decide(ranked, shifted);

      expect(result).to.include({ topic: 'a', score: 0.4 });
      expect(result.alternatives).to.deep.equal([
        { topic: 'a', score: 0.4 }, { topic: 'none', score: 0.25 },
      ]);
    });

    it('still answers none when none is far ahead', () => {
      const ranked = [{ topic: 'none', score: 0.9 }, { topic: 'a', score: 0.05 }];

      expect(decide(ranked, shifted)).to.include({ topic: 'none', score: 0.45 });
    });

    it('offers two topics sharing the vote as a choice, though neither reaches the minimum', () => {
      const ranked = [{ topic: 'a', score: 0.25 }, { topic: 'b', score: 0.2 }];

      const result = decide(ranked, shifted);

      expect(result).to.include({ topic: 'a', ambiguous: true });
      expect(result.alternatives.map((alt) => alt.topic)).to.deep.equal(['a', 'b']);
    });

    it('answers none when the two best share too little', () => {
      const ranked = [{ topic: 'a', score: 0.2 }, { topic: 'b', score: 0.15 }];

      expect(decide(ranked, shifted)).to.include({ topic: 'none', ambiguous: false });
    });

    it('does not pair a topic with none', () => {
      const ranked = [{ topic: 'a', score: 0.25 }, { topic: 'none', score: 0.4 }];

      expect(decide(ranked, shifted).topic).to.equal('none');
    });
  });
});
