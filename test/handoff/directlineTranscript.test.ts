import { expect } from 'chai';
import { TRANSCRIPTS, type TranscriptEntry } from '../../handoff/model';
import type { HandoffEvent } from '../../handoff/events';
import { DirectLineClient } from '../helpers/directLineClient';
import { HandoffApp } from './handoffApp';

function lines(entries: TranscriptEntry[]): string[] {
  return entries.map((entry) => `${entry.kind}:${entry.from}:${entry.text}`);
}

describe('handoff transcript of a Direct Line conversation', () => {
  const world = HandoffApp.use({ readsLog: true });

  function stored(conversationId: string): Promise<TranscriptEntry[]> {
    return world.app.database.collection<TranscriptEntry>(TRANSCRIPTS).find({ conversationId });
  }

  it('reads the citizen\'s and the bot\'s messages from the log, storing no copy', async () => {
    const citizen = await DirectLineClient.start(world.app.url);

    await world.say(citizen, 'bonjour');
    await world.say(citizen, 'je veux parler à un gendarme');

    const transcript = await world.handoff.transcript.list(citizen.conversationId, false);
    expect(lines(transcript).slice(0, 4)).to.deep.equal([
      'message:user:bonjour',
      'message:bot:[bot] réponse du robot',
      'message:user:je veux parler à un gendarme',
      'event:system:queued:user_request',
    ]);
    // the queue notice of that turn follows, as the bot's
    expect(transcript[4]).to.include({ kind: 'message', from: 'bot' });
    expect(transcript.slice(0, 3).map((entry) => entry.id)).to.deep.equal([
      `${citizen.conversationId}|0000000`, `${citizen.conversationId}|0000001`,
      `${citizen.conversationId}|0000002`,
    ]);
    expect((await stored(citizen.conversationId)).map((entry) => entry.kind))
      .to.deep.equal(['event']);
  });

  it('shows agents each line live under the id the transcript reads it by', async () => {
    const live: HandoffEvent[] = [];
    world.handoff.events.subscribe((event) => live.push(event));
    const citizen = await DirectLineClient.start(world.app.url);

    await world.say(citizen, 'bonjour');

    const liveIds = live.flatMap((event) => (event.type === 'entry' ? [event.entry.id] : []));
    const listed = await world.handoff.transcript.list(citizen.conversationId, false);
    expect(liveIds).to.deep.equal(listed.map((entry) => entry.id));
    expect(liveIds).to.have.length(2);
  });

  it('leaves out what was sent outside the citizen\'s turns, and agents\' replies once',
    async () => {
    const citizen = await DirectLineClient.start(world.app.url);
    await world.say(citizen, 'je veux parler à un gendarme');
    await world.handoff.accounts.create('g.martin', 'agent', 'correct horse battery staple');
    const principal = { agentId: 'g.martin', role: 'agent' as const, sessionId: 's1' };

    await world.handoff.service.claim(principal, citizen.conversationId);
    await world.handoff.service.reply(principal, citizen.conversationId,
      'Gendarme Martin, bonjour.');

    const transcript = lines(await world.handoff.transcript.list(citizen.conversationId, false));
    expect(transcript.filter((line) => line.startsWith('message:'))).to.deep.equal([
      'message:user:je veux parler à un gendarme',
      transcript.find((line) => line.startsWith('message:bot:')),
      'message:agent:Gendarme Martin, bonjour.',
    ]);
    expect(transcript).to.include('event:system:claimed');
  });

  it('shows each message once where an earlier version stored copies', async () => {
    const citizen = await DirectLineClient.start(world.app.url);
    await world.say(citizen, 'bonjour');
    const copy = await world.handoff.transcript.append(citizen.conversationId,
      { from: 'user', kind: 'message', text: 'bonjour' });

    const transcript = await world.handoff.transcript.list(citizen.conversationId, false);

    expect(lines(transcript)).to.deep.equal([
      'message:user:bonjour', 'message:bot:[bot] réponse du robot',
    ]);
    expect(transcript.map((entry) => entry.id)).not.to.include(copy.id);
  });

  it('gives the inbox the citizen\'s last messages from the log', async () => {
    const citizen = await DirectLineClient.start(world.app.url);
    for (const text of ['un', 'deux', 'trois', 'quatre']) {
      await world.say(citizen, text);
    }

    const last = await world.handoff.transcript.lastMessages(citizen.conversationId, 3, 'user');

    expect(last.map((entry) => entry.text)).to.deep.equal(['deux', 'trois', 'quatre']);
  });
});
