import { expect } from 'chai';
import { TurnContext, TestAdapter } from 'botbuilder';
import { getTurnServices } from '../../../dialogs/common/turnServices';
import { procedureTable } from '../../../dialogs/main/procedureTable';
import { interruptibleProcedure, plainProcedure } from '../../bots/fakeProcedures';

describe('procedure registration', () => {
  it('maps each topic of each procedure to its dialog, FAQ topics included', () => {
    const table = procedureTable([
      interruptibleProcedure(['procedure.pre_complaint'], 'preComplaint'),
      plainProcedure(['faq.contact_unit', 'procedure.otv'], 'unit'),
    ]);

    expect([...table]).to.deep.equal([
      ['procedure.pre_complaint', 'preComplaint'],
      ['faq.contact_unit', 'unit'],
      ['procedure.otv', 'unit'],
    ]);
  });

  it('refuses two procedures with one dialog id', () => {
    const twins = [interruptibleProcedure(['procedure.otv'], 'same'),
      plainProcedure(['procedure.pre_complaint'], 'same')];

    expect(() => procedureTable(twins)).to.throw(/two procedures share the dialog id same/);
  });

  it('tells a dialog run outside the bot that its turn services are missing', () => {
    const context = new TurnContext(new TestAdapter(), { type: 'message', text: 'x' });

    expect(() => getTurnServices(context)).to.throw(/turn services missing/);
  });
});
