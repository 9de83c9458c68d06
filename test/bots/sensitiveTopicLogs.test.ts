import { expect } from 'chai';
import { violenceProcedure } from '../../dialogs/procedures/violence';
import { captureLogs } from '../helpers/logCapture';
import { content, harness } from './harness';

type Line = Record<string, unknown>;

const SENSITIVE = new RegExp('domestic_violence|sexual_violence|harassment|child_in_danger|' +
  'missing_person|procedure\\.violence');
const INFO_AND_ABOVE = new Set(['info', 'warn', 'error']);

function parsed(lines: string[]): Line[] {
  return lines.map((line): unknown => JSON.parse(line)).filter(
    (line): line is Line => typeof line === 'object' && line !== null);
}

/** The lines a production log keeps (info and above) that name a conversation. */
function keptWithConversation(lines: Line[]): Line[] {
  return lines.filter((line) => INFO_AND_ABOVE.has(String(line.level))
    && line.conversationId !== undefined);
}

async function talkAbout(topic: string, texts: readonly string[]): Promise<Line[]> {
  const { say } = await harness({
    known: [{ text: 'mon mari me frappe', topic, score: 0.95 }],
    procedures: [violenceProcedure({ content })],
  });
  const capture = captureLogs();
  try {
    for (const text of texts) {
      await say(text);
    }
  } finally {
    capture.stop();
  }
  return parsed(capture.lines);
}

describe('assistant bot: sensitive topics in the logs', () => {
  for (const topic of ['faq.domestic_violence', 'faq.sexual_violence', 'faq.harassment',
    'faq.child_in_danger']) {
    it(`never ties ${topic} to a conversation id at info level`, async () => {
      const lines = await talkAbout(topic, ['mon mari me frappe', 'recommencer']);

      const kept = keptWithConversation(lines);
      expect(kept.filter((line) => line.event === 'route')).to.have.length(1);
      expect(kept.filter((line) => line.event === 'interruption')).to.have.length(1);
      for (const line of kept) {
        expect(JSON.stringify(line)).not.to.match(SENSITIVE);
      }
    });
  }

  // tester21: route lines tied a conversation to a relative gone missing
  it('never ties faq.missing_person to a conversation id at info level', async () => {
    const lines = await talkAbout('faq.missing_person', ['mon mari me frappe']);

    const kept = keptWithConversation(lines);
    expect(kept.filter((line) => line.event === 'route')).to.have.length(1);
    for (const line of kept) {
      expect(JSON.stringify(line)).not.to.match(SENSITIVE);
    }
  });

  it('never ties the violence procedure to a conversation id when the person is not safe',
    async () => {
      const lines = await talkAbout('faq.domestic_violence',
        ['mon mari me frappe', 'non pas vraiment']);

      const kept = keptWithConversation(lines);
      const notSafe = lines.filter((line) => line.message === 'violence.not_safe');
      // debug only: an info or warn line during the turn sits beside the turn's line and its id
      expect(notSafe.map((line) => line.level)).to.deep.equal(['debug']);
      for (const line of kept) {
        expect(JSON.stringify(line)).not.to.match(SENSITIVE);
        expect(JSON.stringify(line)).not.to.match(/violence|sexual|harass|child|suicid|safe/);
      }
    });

  it('never names the violence situation at info or above, even on a line with no id',
    async () => {
      const lines = await talkAbout('faq.child_in_danger',
        ['mon mari me frappe', 'oui je suis en sécurité']);

      const situation = lines.filter((line) => line.message === 'violence.lines');
      // the procedure did reach the listening lines, so the spec would see a line naming it
      expect(situation.map((line) => line.level)).to.deep.equal(['debug']);
      // any line written during the turn sits beside the turn's own line and its id
      const kept = lines.filter((line) => INFO_AND_ABOVE.has(String(line.level)));
      for (const line of kept) {
        expect(JSON.stringify(line)).not.to.match(SENSITIVE);
        expect(JSON.stringify(line)).not.to.match(/"situation"|"(domestic|sexual|child)"/);
      }
    });

  it('still says that a sensitive topic was routed, without naming it', async () => {
    const lines = await talkAbout('faq.domestic_violence', ['mon mari me frappe']);

    const route = keptWithConversation(lines).find((line) => line.event === 'route');
    expect(route?.topic).to.equal('sensitive');
  });

  it('keeps the exact topic for debugging, on a debug line with no conversation id', async () => {
    const lines = await talkAbout('faq.harassment', ['mon mari me frappe']);

    const debug = lines.filter((line) => line.event === 'route.topic');
    expect(debug).to.have.length(1);
    expect(debug[0]).to.include({ level: 'debug', topic: 'faq.harassment' });
    expect(debug[0]).not.to.have.property('conversationId');
  });

  it('names an ordinary topic as before', async () => {
    const lines = await talkAbout('faq.lost_documents', ['mon mari me frappe']);

    const route = keptWithConversation(lines).find((line) => line.event === 'route');
    expect(route?.topic).to.equal('faq.lost_documents');
  });
});
