import { expect } from 'chai';
import { captureLogs } from '../helpers/logCapture';
import { harness } from './harness';

function parsed(lines: string[]): Array<Record<string, unknown>> {
  return lines.map((line): unknown => JSON.parse(line)).filter(
    (line): line is Record<string, unknown> => typeof line === 'object' && line !== null);
}

describe('assistant bot: what the gendarme is told of an emergency', () => {
  it('passes triage\'s situation with the emergency request, for the agent\'s inbox', async () => {
    const { say, gate } = await harness({ known: [{ text: 'je veux en finir',
      emergency: { detected: true, numbers: ['3114', '15', '112'], situation: 'suicide' } }] });

    await say('je veux en finir');

    expect(gate.requests).to.deep.equal([{ reason: 'emergency', priority: 'emergency' }]);
    expect(gate.details).to.deep.equal([{ situation: 'suicide' }]);
  });

  it('never logs which danger next to the conversation\'s id', async () => {
    const { say } = await harness({ known: [{ text: 'je veux en finir',
      emergency: { detected: true, numbers: ['3114', '15', '112'], situation: 'suicide' } }] });
    const capture = captureLogs();
    try {
      await say('je veux en finir');
    } finally {
      capture.stop();
    }

    const lines = parsed(capture.lines);
    const withId = lines.filter((line) => line.conversationId !== undefined);
    const situation = lines.filter((line) => line.event === 'emergency.situation');
    expect(lines.some((line) => line.event === 'emergency')).to.equal(true);
    expect(JSON.stringify(withId)).not.to.match(/suicide|3114/);
    expect(situation).to.have.length(1);
    expect(situation[0]).to.include({ situation: 'suicide', first: '3114' });
    expect(situation[0]).not.to.have.property('conversationId');
  });
});
