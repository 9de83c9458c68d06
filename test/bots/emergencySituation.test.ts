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

  it('never logs which danger at the time of the turn: kinds are counted apart', async () => {
    const { say, assistant } = await harness({ known: [{ text: 'je veux en finir',
      emergency: { detected: true, numbers: ['3114', '15', '112'], situation: 'suicide' } }] });
    const capture = captureLogs();
    let duringTurn: Array<Record<string, unknown>> = [];
    try {
      await say('je veux en finir');
      await say('je veux en finir');
      duringTurn = parsed(capture.lines);
      assistant.close();
    } finally {
      capture.stop();
    }

    const counts = parsed(capture.lines).filter((line) => line.event === 'emergency.counts');
    expect(duringTurn.some((line) => line.event === 'emergency')).to.equal(true);
    expect(JSON.stringify(duringTurn)).not.to.match(/suicide|3114/);
    expect(counts).to.have.length(1);
    expect(counts[0].counts).to.deep.equal({ suicide: 2 });
    expect(counts[0]).not.to.have.property('conversationId');
  });
});
