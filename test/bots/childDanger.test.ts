import { expect } from 'chai';
import { content, harness, type Said } from './harness';

const GROOMED = 'ma fille de 13 ans parle avec un adulte sur snap qui lui demande des photos '
  + 'et veut la voir demain';
const MISSING = "ma fille de 15 ans n'est pas rentree hier soir et son telephone est eteint";
const NOT_SAFE = 'Êtes-vous en sécurité en ce moment ?';

/** What the triage gave for the tester's messages: the topic, and no emergency. */
const KNOWN: Said[] = [
  { text: GROOMED, normalized: GROOMED, topic: 'faq.child_in_danger', score: 0.53 },
  { text: MISSING, normalized: MISSING.replace("n'est", 'ne est'),
    topic: 'faq.missing_person', score: 0.9 },
  { text: 'ma fille de 25 ans n est pas rentree', topic: 'faq.missing_person', score: 0.9 },
  { text: 'comment signaler un enfant en danger', topic: 'faq.child_in_danger', score: 0.9 },
  { text: 'mon fils de 8 ans a disparu', topic: 'faq.missing_person', score: 0.3,
    ambiguous: true },
];

// t97: a child in danger or missing, told by a parent, had the right number and no gendarme
describe('a child in danger or missing, told by a parent (t97)', () => {
  const table: Array<[string, string | undefined, boolean]> = [
    [GROOMED, 'child_danger', true],
    [MISSING, 'missing_child', true],
    ['ma fille de 25 ans n est pas rentree', undefined, false],
    ['comment signaler un enfant en danger', undefined, false],
    ['mon fils de 8 ans a disparu', undefined, false],
  ];
  for (const [said, situation, child119] of table) {
    it(`"${said.slice(0, 50)}": ${situation ?? 'no emergency'}`, async () => {
      const bot = await harness({ known: KNOWN });

      const replies = await bot.texts(said);

      if (situation === undefined) {
        expect(bot.gate.requests).to.deep.equal([]);
        return;
      }
      expect(bot.gate.requests).to.deep.equal([{ reason: 'emergency', priority: 'emergency' }]);
      expect(bot.gate.details).to.deep.equal([{ situation }]);
      expect(replies.join('\n')).not.to.include(NOT_SAFE);
      expect(replies[0].includes('**119**')).to.equal(child119);
    });
  }

  it('names the new situation in the gendarmes\' console', () => {
    expect(content.render('handoff/console.situation_child_danger')).to.match(/enfant/);
  });
});
