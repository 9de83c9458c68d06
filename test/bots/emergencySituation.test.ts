import { expect } from 'chai';
import { harness } from './harness';

describe('assistant bot: what the gendarme is told of an emergency', () => {
  it('passes triage\'s situation with the emergency request, for the agent\'s inbox', async () => {
    const { say, gate } = await harness({ known: [{ text: 'je veux en finir',
      emergency: { detected: true, numbers: ['3114', '15', '112'], situation: 'suicide' } }] });

    await say('je veux en finir');

    expect(gate.requests).to.deep.equal([{ reason: 'emergency', priority: 'emergency' }]);
    expect(gate.details).to.deep.equal([{ situation: 'suicide' }]);
  });
});
