import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import {
  chooseThreshold, freshEmergencyModel, loadEmergencyExamples, loadEmergencyModel,
  MIN_THRESHOLD, saveEmergencyModel, sharedEmergencyModel,
  trainEmergencyModel, type EmergencyModel,
} from '../../nlu/emergency-model';
import { withModelVote } from '../../nlu/emergency-vote';
import { CALM_ANSWERS } from '../../nlu/emergency-model-calm';
import { featuresOf } from '../../nlu/features';
import { loadLinearModel } from '../../nlu/linear-model';
import { normalize } from '../../nlu/normalize';
import {
  CALM, DANGER, FIRE, NOT_DETECTED, scoring, SmallModel, sources,
} from './emergencyModelFixture';

describe('emergency model', function emergencyModelSpec() {
  this.timeout(120_000);
  const world = SmallModel.use();

  describe('training data', () => {
    it('reads corpus lines as calm, list lines as their list says unless they say', () => {
      const examples = loadEmergencyExamples(sources(world.dir));

      expect(examples.filter((e) => e.corpus && !e.emergency))
        .to.have.length(CALM.length + CALM_ANSWERS.length);
      expect(examples.filter((e) => e.emergency)).to.have.length(DANGER.length + 1);
      expect(examples.find((e) => e.text === 'il m a frappe l an dernier'))
        .to.include({ emergency: false, corpus: false });
    });

    it('names the file and line of a bad list line', () => {
      const broken = sources(world.dir);
      writeFileSync(broken.lists[0].path, '{"text": "ok"}\n{"text": 3}\n');

      expect(() => loadEmergencyExamples(broken)).to.throw(/danger\.jsonl:2: needs a "text"/);
    });

    it('refuses to train without emergencies', () => {
      const calmOnly = loadEmergencyExamples(sources(world.dir)).filter((e) => !e.emergency);

      expect(() => trainEmergencyModel(calmOnly)).to.throw(/needs emergencies/);
    });
  });

  describe('threshold', () => {
    it('is the lowest one that keeps calm false alarms within the budget', () => {
      const calm = Array.from({ length: 100 }, (_, i) => i / 100);

      const threshold = chooseThreshold(calm, 0.01);

      expect(calm.filter((p) => p >= threshold)).to.have.length(1);
      expect(threshold).to.be.above(0.98).and.below(0.99);
    });

    it('allows no false alarm at a zero budget', () => {
      expect(chooseThreshold([0.2, 0.7, 0.4], 0)).to.be.above(0.7);
    });

    it('refuses no scores or a budget outside [0, 1)', () => {
      expect(() => chooseThreshold([], 0.01)).to.throw(/needs calm scores/);
      expect(() => chooseThreshold([0.5], 1)).to.throw(/false-alarm share/);
      expect(() => chooseThreshold([0.5], Number.NaN)).to.throw(/false-alarm share/);
    });

    it('never goes below its floor, however many calm lines the corpus holds', () => {
      // the small corpus gives a low quantile: the floor decides
      expect(MIN_THRESHOLD).to.equal(0.8);
      expect(world.model.threshold).to.be.at.least(MIN_THRESHOLD);
      expect(freshEmergencyModel().threshold).to.be.at.least(MIN_THRESHOLD);
    });

    it('flags the emergencies it learnt and spares calm lines', () => {
      const flagged = (text: string): boolean =>
        world.model.probability(normalize(text)) >= world.model.threshold;

      expect(DANGER.filter(flagged).length).to.be.at.least(DANGER.length - 2);
      expect(CALM.filter(flagged)).to.deep.equal([]);
    });
  });

  describe('file', () => {
    it('gives the same probabilities once saved and loaded', () => {
      const path = join(world.dir, 'saved.json');
      saveEmergencyModel(world.model, path);

      const loaded = loadEmergencyModel(path);

      expect(loaded.threshold).to.equal(world.model.threshold);
      expect(loaded.dataHash).to.equal(world.model.dataHash);
      const text = normalize('il a un couteau');
      expect(loaded.probability(text)).to.be.closeTo(world.model.probability(text), 0.02);
    });

    it('scores as the two-class linear model it was saved from', () => {
      const data = world.model.toJSON().model;
      const linear = loadLinearModel(data);

      for (const text of [...DANGER, ...CALM].map(normalize)) {
        const expected = linear.predict(featuresOf(text, { charGrams: [3, 4], bigrams: true }));
        expect(world.model.probability(text))
          .to.be.closeTo(expected[data.labels.indexOf('emergency')], 1e-6);
      }
    });

    it('refuses a model that does not have exactly the two labels', () => {
      const path = join(world.dir, 'three.json');
      const data = world.model.toJSON();
      const model = { ...data.model, labels: ['a', 'b', 'emergency'] };
      writeFileSync(path, JSON.stringify({ ...data, model }));

      expect(() => loadEmergencyModel(path)).to.throw(/two labels/);
    });

    it('refuses a file that is not an emergency model', () => {
      const path = join(world.dir, 'other.json');
      writeFileSync(path, JSON.stringify({ format: 'brigade-model/1' }));

      expect(() => loadEmergencyModel(path)).to.throw(/not a brigade-emergency-model\/1 file/);
    });

    it('is retrained when the examples changed, read as saved otherwise', () => {
      const path = join(world.dir, 'fresh.json');
      const first = freshEmergencyModel(path, sources(world.dir));
      expect(freshEmergencyModel(path, sources(world.dir)).dataHash).to.equal(first.dataHash);

      const changed = freshEmergencyModel(path, sources(world.dir, [...DANGER, 'il y a le feu']));

      expect(changed.dataHash).to.not.equal(first.dataHash);
      expect(loadEmergencyModel(path).dataHash).to.equal(changed.dataHash);
    });
  });

  describe('vote with the rules', () => {
    it('adds an uncertain emergency when the rules miss and the model is sure: without a sure ' +
      'kind, the police, the SAMU and the firefighters (see emergency-kind.test.ts)', () => {
      expect(withModelVote(NOT_DETECTED, scoring(world.model, 1), 'un texte de cinq mots'))
        .to.deep.equal({
        detected: true, numbers: ['17', '15', '18', '112'], situation: 'uncertain',
      });
    });

    it('leaves past events, information questions, fiction and habits to the rules', () => {
      const sure = scoring(world.model, 1);
      const texts = ['il m a frappe il y a deux ans', 'dans le film il le tue',
        'des jeunes font du bruit sous ma fenetre les soirs', 'le toit s est effondre cet hiver'];

      for (const text of texts) {
        expect(withModelVote(NOT_DETECTED, sure, normalize(text))).to.equal(NOT_DETECTED);
      }
    });

    it('never reads the help command the bot offers ("aide", "aide svp") as an emergency',
      () => {
        const sure = scoring(world.model, 1);

        for (const text of ['aide', 'Aide', 'aide svp', 'aide stp', 'aide merci']) {
          expect(withModelVote(NOT_DETECTED, sure, normalize(text))).to.equal(NOT_DETECTED);
        }
        expect(withModelVote(NOT_DETECTED, sure, normalize('aide moi vite je suis seule')).detected)
          .to.equal(true);
      });

    it('never raises alone an answer of fewer than five words, as typed inside a procedure',
      () => {
        const sure = scoring(world.model, 1);
        const answers = ['retour', 'fini', 'la', 'par la fenetre', 'un homme grand',
          'dans la cuisine', 'au plus vite', 'tout de suite svp', 'maintenant ca va'];

        for (const text of answers) {
          expect(withModelVote(NOT_DETECTED, sure, normalize(text)), text).to.equal(NOT_DETECTED);
        }
      });

    it('must also be sure without the clauses the rules read as calm', () => {
      const idiomatic = normalize('mon patron va me tuer si j arrive en retard');
      const calmClauseOnly: EmergencyModel = {
        ...world.model, probability: (text) => (text === idiomatic ? 1 : 0),
      };
      const plain = normalize('il me tape dessus la');
      const sureOfPlain: EmergencyModel = {
        ...world.model, probability: (text) => (text === plain ? 1 : 0),
      };

      expect(withModelVote(NOT_DETECTED, calmClauseOnly, idiomatic)).to.equal(NOT_DETECTED);
      expect(withModelVote(NOT_DETECTED, sureOfPlain, plain).detected).to.equal(true);
    });

    it('keeps the rules answer below the threshold', () => {
      const below = scoring(world.model, world.model.threshold - 0.01);

      expect(withModelVote(NOT_DETECTED, below, 'texte')).to.equal(NOT_DETECTED);
    });

    it('never removes nor changes a rules detection', () => {
      expect(withModelVote(FIRE, scoring(world.model, 0), 'texte')).to.equal(FIRE);
      expect(withModelVote(FIRE, scoring(world.model, 1), 'texte')).to.equal(FIRE);
    });

    it('is the rules alone without a model', () => {
      expect(withModelVote(NOT_DETECTED, undefined, 'texte')).to.equal(NOT_DETECTED);
    });

    it('leaves the rules alone when the model file cannot be read, without throwing', () => {
      const unreadable = join(world.dir, 'a-folder');
      mkdirSync(unreadable, { recursive: true });

      expect(sharedEmergencyModel(unreadable)).to.equal(undefined);
    });
  });
});
