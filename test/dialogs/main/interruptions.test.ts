import { expect } from 'chai';
import type { Procedure } from '../../../dialogs/types';
import { content, harness, withEmergencyReminder } from '../../bots/harness';
import {
  DONE,
  interruptibleProcedure,
  plainProcedure,
  QUESTION_WHAT,
  QUESTION_WHEN,
} from '../../bots/fakeProcedures';

const GATE_REPLY = '[gate] un gendarme va répondre';
const START = { text: 'je veux porter plainte', topic: 'procedure.pre_complaint', score: 0.9 };

/** Both kinds of procedure must get the same interruptions. */
const KINDS: Array<[string, () => Procedure]> = [
  ['a procedure built on InterruptibleDialog', () =>
    interruptibleProcedure(['procedure.pre_complaint'])],
  ['a procedure that is a plain ComponentDialog', () =>
    plainProcedure(['procedure.pre_complaint'])],
];

async function inProcedure(make: () => Procedure) {
  const h = await harness({ known: [START], procedures: [make()] });
  expect(await h.texts(START.text)).to.deep.equal([QUESTION_WHAT]);
  expect(await h.texts('un vol')).to.deep.equal([QUESTION_WHEN]);
  return h;
}

describe('interruptions at every step of a procedure', () => {
  for (const [kind, make] of KINDS) {
    describe(kind, () => {
      it('"annuler" stops the procedure; the next message is routed afresh', async () => {
        const { texts } = await inProcedure(make);

        expect(await texts('Annuler')).to.deep.equal([content.render('bot/cancel')]);
        expect(await texts('hier soir')).to.deep.equal([withEmergencyReminder(
          content.render('bot/notSure', { links: [] }))]);
      });

      it('"aide" explains, then asks the same question again', async () => {
        const { texts } = await inProcedure(make);

        expect(await texts('aide')).to.deep.equal([content.render('bot/procedureHelp'),
          QUESTION_WHEN]);
        expect(await texts('hier soir')).to.deep.equal([DONE, content.render('bot/anythingElse')]);
      });

      it('"recommencer" goes back to the first question', async () => {
        const { texts } = await inProcedure(make);

        expect(await texts('recommencer')).to.deep.equal([content.render('bot/restart'),
          QUESTION_WHAT]);
        expect(await texts('un vol')).to.deep.equal([QUESTION_WHEN]);
      });

      it('"parler à un gendarme" asks for one and keeps the answers so far', async () => {
        const { texts, gate } = await inProcedure(make);

        // the gate's own message says the request is queued: one bubble, not two
        expect(await texts('je voudrais parler à un gendarme')).to.deep.equal([GATE_REPLY]);
        expect(gate.requests).to.deep.equal([{ reason: 'user_request', priority: 'normal' }]);
        expect(await texts('hier soir')).to.deep.equal([DONE, content.render('bot/anythingElse')]);
      });

      it('"confidentialité" shows the notice, then the same question', async () => {
        const { texts } = await inProcedure(make);

        expect(await texts('confidentialité')).to.deep.equal([
          content.render('bot/privacy', { conversation: 'Convo1' }), QUESTION_WHEN]);
      });

      it('an answer merely containing a command word is an answer', async () => {
        const { texts } = await inProcedure(make);

        expect(await texts('il a dit annuler la commande')).to.deep.equal([DONE,
          content.render('bot/anythingElse')]);
      });
    });
  }

  describe('"retour"', () => {
    const start = async (make: () => Procedure) => {
      const h = await harness({ known: [START], procedures: [make()] });
      await h.texts(START.text);
      return h;
    };
    const interruptible = () => interruptibleProcedure(['procedure.pre_complaint']);

    it('asks the previous question again, then goes on from there', async () => {
      const { texts } = await start(interruptible);
      await texts('un vol');

      expect(await texts('retour')).to.deep.equal([content.render('bot/back'), QUESTION_WHAT]);
      expect(await texts('un cambriolage')).to.deep.equal([QUESTION_WHEN]);
      expect(await texts('hier')).to.deep.equal([DONE, content.render('bot/anythingElse')]);
    });

    it('at the first question, asks it again', async () => {
      const { texts } = await start(interruptible);

      expect(await texts('retour')).to.deep.equal([content.render('bot/back'), QUESTION_WHAT]);
    });

    it('says so when the procedure cannot go back', async () => {
      const { texts } = await start(() => plainProcedure(['procedure.pre_complaint']));

      expect(await texts('retour')).to.deep.equal([content.render('bot/backUnavailable'),
        QUESTION_WHAT]);
    });

    it('with nothing running, says there is nothing to go back to', async () => {
      const { texts } = await harness();

      expect(await texts('retour')).to.deep.equal([content.render('bot/nothingToGoBack')]);
    });
  });

  it('"faire une pré-plainte" starts the registered pré-plainte dialog', async () => {
    const { texts } = await harness({
      procedures: [interruptibleProcedure(['procedure.pre_complaint'])],
    });

    expect(await texts('Faire une pré-plainte')).to.deep.equal([QUESTION_WHAT]);
  });
});
