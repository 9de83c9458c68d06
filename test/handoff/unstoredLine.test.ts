import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import type {
  LoggedLine, LoggedMessages, LogListener,
} from '../../directline/conversationLog';
import { MemoryCollection } from '../../directline/memoryCollection';
import { HandoffEvents, type HandoffEvent } from '../../handoff/events';
import { TRANSCRIPTS, type TranscriptEntry } from '../../handoff/model';
import { resolveOptions } from '../../handoff/options';
import { TranscriptStore } from '../../handoff/transcript';

/** A channel's log as the transcript follows it, driven by the test. */
class FollowedLog implements LoggedMessages {
  listener: LogListener | undefined;

  keeps(): boolean {
    return true;
  }

  async lines(): Promise<LoggedLine[]> {
    return [];
  }

  follow(listener: LogListener): void {
    this.listener = listener;
  }
}

function line(seq: number, text: string, role: 'user' | 'bot', proactive = false): LoggedLine {
  const activity: Partial<Activity> = {
    type: 'message', id: `conv|${String(seq).padStart(7, '0')}`, text,
    from: { id: role === 'user' ? 'dl_user' : 'bot', name: '', role },
    timestamp: new Date(1_700_000_000_000 + seq),
  };
  return { activity: JSON.parse(JSON.stringify(activity)) as Activity, seq, proactive };
}

describe('a live line whose write then fails is flagged to agents', () => {
  let log: FollowedLog;
  let live: HandoffEvent[];

  beforeEach(() => {
    log = new FollowedLog();
    const events = new HandoffEvents();
    live = [];
    events.subscribe((event) => live.push(event));
    const store = new TranscriptStore(new MemoryCollection<TranscriptEntry>(TRANSCRIPTS),
      events, resolveOptions(), () => Date.now(), log);
    expect(store.keepsMessagesOf({})).to.equal(true);
  });

  it('under the id it was shown by, after it', () => {
    const refused = line(0, 'mon voisin me menace', 'user');

    log.listener?.logged('conv', refused);
    log.listener?.unstored('conv', refused);

    expect(live.map((event) => event.type)).to.deep.equal(['entry', 'unstored']);
    const [shown, flagged] = live;
    expect(shown.type === 'entry' ? shown.entry.id : undefined).to.equal('conv|0000000');
    expect(flagged).to.deep.equal(
      { type: 'unstored', conversationId: 'conv', entryId: 'conv|0000000' });
  });

  it('and nothing is said of a line agents were never shown', () => {
    const notice = line(1, "un gendarme va vous répondre", 'bot', true);

    log.listener?.logged('conv', notice);
    log.listener?.unstored('conv', notice);

    expect(live).to.deep.equal([]);
  });
});
