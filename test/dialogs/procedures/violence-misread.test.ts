import { expect } from 'chai';
import { violenceProcedure } from '../../../dialogs/procedures/violence';
import { saysQuestionMisread } from '../../../dialogs/prompts/offTheMark';
import { content, expectInOrder, procedureClient, recordingGate, replies } from './harness';

/**
 * Round t46: a parent asking whether a daughter of 17 may move in with her boyfriend got
 * the violence help, and answered its "êtes-vous en sécurité ?" with "c'est pas le sujet":
 * read as "not safe", that queued a calm parent as an emergency. A reply saying the help
 * missed the question, with no word of danger, gets an apology and ends the help; a "non",
 * a fear or a threat in it keeps the alert.
 */
const MISREAD: readonly string[] = [
  "c'est pas le sujet",
  "je comprends pas la question, c'est ma fille qui veut partir",
  "ce n'est pas la question",
  'ça n a rien à voir',
  'vous avez mal compris, je parle de ma fille de 17 ans',
  'hors sujet',
  "c'est pas du tout ça, je ne suis pas victime",
  'je ne suis pas concernée, ma question est sur mon ado',
];

const STILL_UNSAFE: readonly string[] = [
  "non c'est pas le sujet",
  "c'est pas le sujet, il est encore devant la porte",
  "ça n'a rien à voir mais j'ai peur de lui",
  'vous avez mal compris, il me menace',
];

describe('the safety question read as missing the point (round t46)', () => {
  MISREAD.forEach((text) => {
    it(`"${text}" says the help missed the question`, () => {
      expect(saysQuestionMisread(text)).to.equal(true);
    });
  });
  STILL_UNSAFE.forEach((text) => {
    it(`"${text}" is still an answer of danger`, () => {
      expect(saysQuestionMisread(text)).to.equal(false);
    });
  });

  it('answers with an apology, no alert, and ends the help', async () => {
    const gate = recordingGate();
    const client = procedureClient(violenceProcedure({ content }).dialog, undefined, gate,
      'faq.domestic_violence');

    const texts = await replies(client, [
      "ma fille de 17 ans veut aller vivre chez son copain, j'ai le droit de refuser ?",
      "je comprends pas la question, c'est ma fille qui veut partir",
    ]);

    expectInOrder(texts,
      ['Êtes-vous en sécurité', content.render('procedures/violence/misread')]);
    expect(texts.join('\n')).not.to.match(/Je préviens tout de suite un gendarme|3919/);
    expect(gate.requests).to.deep.equal([]);
    expect(client.dialogContext.activeDialog, 'the procedure has ended').to.equal(undefined);
  });

  it('still alerts on "non, c\'est pas le sujet"', async () => {
    const gate = recordingGate();
    const client = procedureClient(violenceProcedure({ content }).dialog, undefined, gate,
      'faq.domestic_violence');

    const texts = await replies(client, ['il me frappe', "non c'est pas le sujet"]);

    expect(texts.join('\n')).to.match(/Je préviens tout de suite un gendarme/);
    expect(gate.requests).to.deep.equal(['emergency']);
  });
});
