import { expect } from 'chai';
import { queueSituation } from '../../bots/queueSituation';
import type { EmergencyAssessment } from '../../nlu/types';
import { harness } from './harness';

const MEDICINES = 'ma fille de 3 ans a avaler les medicaments de sa grand mere';
const BURGLARY = 'au secour on se fait cambrioler ils sont encore dans la maison';

function assessed(situation: string, numbers: string[]): EmergencyAssessment {
  return { detected: true, numbers, situation };
}

describe("the gendarme's queue follows what the citizen was told (tester16 F11)", () => {
  it('queues as medical an uncertain danger whose first number given was 15', () => {
    expect(queueSituation(assessed('uncertain', ['15', '17', '112']), MEDICINES))
      .to.equal('medical');
  });

  it('queues as an intrusion a call for help about burglars still in the house', () => {
    expect(queueSituation(assessed('generic', ['17', '112']), BURGLARY)).to.equal('intrusion');
  });

  it('keeps a precise label from the triage', () => {
    expect(queueSituation(assessed('fire', ['18', '112']), BURGLARY)).to.equal('fire');
  });

  it('keeps "uncertain" when nothing says more', () => {
    expect(queueSituation(assessed('uncertain', ['17', '15', '18', '112']), 'aidez moi'))
      .to.equal('uncertain');
  });

  it("sends the queue's label with the emergency request", async () => {
    const { texts, gate } = await harness({ known: [{ text: MEDICINES, normalized: MEDICINES,
      emergency: assessed('uncertain', ['15', '112']) }] });

    await texts(MEDICINES);

    expect(gate.details[0]?.situation).to.equal('medical');
  });
});
