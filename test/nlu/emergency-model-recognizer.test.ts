import { expect } from 'chai';
import {
  freshEmergencyModel, loadEmergencyExamples, MAX_CORPUS_FALSE_ALARMS,
} from '../../nlu/emergency-model';
import { withModelVote } from '../../nlu/emergency-vote';
import { normalize } from '../../nlu/normalize';
import { createRecognizer } from '../../nlu/recognizer';
import { fullScript, KIND_ANSWERS, type Kind } from '../dialogs/preComplaint/script';
import { NOT_DETECTED, scoring, SmallModel } from './emergencyModelFixture';

describe('emergency model', function emergencyModelInRecognizer() {
  this.timeout(120_000);
  const world = SmallModel.use();

  describe('in the recognizer', () => {
    it('reports what the model flags, and the rules alone when given null', async () => {
      const sure = await createRecognizer({ emergencyModel: scoring(world.model, 1) });
      const rulesOnly = await createRecognizer({ emergencyModel: null });

      expect((await sure.understand('horaires de la brigade du village')).emergency.situation)
        .to.equal('uncertain');
      expect((await rulesOnly.understand('horaires de la brigade du village')).emergency.detected)
        .to.equal(false);
      expect((await rulesOnly.understand('au secours')).emergency.detected).to.equal(true);
    });

    it('keeps the rules detection when the model says calm', async () => {
      const calm = await createRecognizer({ emergencyModel: scoring(world.model, 0) });

      const result = await calm.understand('il a un couteau il va me tuer');

      expect(result.emergency.detected).to.equal(true);
      expect(result.emergency.situation).to.not.equal('uncertain');
    });

    it('the trained model flags at most 1 % of the topic corpus, catches paraphrases', () => {
      const model = freshEmergencyModel();
      const examples = loadEmergencyExamples();
      const corpus = examples.filter((e) => e.corpus);
      const flagged = (text: string): boolean =>
        model.probability(normalize(text)) >= model.threshold;

      expect(corpus.filter((e) => flagged(e.text)).length / corpus.length)
        .to.be.at.most(MAX_CORPUS_FALSE_ALARMS);
      expect(flagged('y a un type qui me cogne la tout de suite venez')).to.equal(true);
      expect(flagged('je voudrais renouveler ma carte d identite')).to.equal(false);
      expect(flagged('super ça m aide beaucoup')).to.equal(false);
    });

    it('never interrupts a pré-plainte: no answer of the dialog specs is flagged', () => {
      const model = freshEmergencyModel();
      const kinds = Object.keys(KIND_ANSWERS).filter((kind): kind is Kind => kind in KIND_ANSWERS);
      const replies = kinds.flatMap((kind) => fullScript(kind).map((step) => step.answer));

      const flagged = replies.filter((text) =>
        withModelVote(NOT_DETECTED, model, normalize(text)).detected);

      expect(replies.length).to.be.above(20);
      expect(flagged).to.deep.equal([]);
    });
  });
});
