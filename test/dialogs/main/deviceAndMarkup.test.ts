import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../../dialogs/preComplaint';
import { papersProcedure } from '../../../dialogs/procedures/papers';
import { normalize } from '../../../nlu/normalize';
import { buttons, content, harness, type Said, withEmergencyReminder } from '../../bots/harness';
import { newWorld } from '../preComplaint/harness';
import { fakeDirectory } from '../prompts/fakeDirectory';

/** What the recogniser said of each sentence when the tester typed it (topic, score). */
const heard = (text: string, topic: string, score: number): Said =>
  ({ text, normalized: normalize(text), topic, score });

const DEVICE = "mon tel est mort, je peux faire ma pre plainte sur ordi ?";
const SCRIPT = '<script>alert(1)</script>';
const KNOWN: Said[] = [
  heard(DEVICE, 'procedure.pre_complaint', 0.99),
  heard('je peux faire ma pré-plainte depuis mon téléphone ?', 'procedure.pre_complaint', 0.9),
  heard("on m'a volé mon portable, je peux faire une pré-plainte ?",
    'procedure.pre_complaint', 0.9),
  heard(SCRIPT, 'faq.lost_documents', 0.58),
  heard('<b></b>', 'faq.lost_documents', 0.6),
  heard('<b>papiers perdus</b>', 'faq.lost_documents', 0.99),
];

async function assistant() {
  const world = newWorld();
  return harness({ known: KNOWN, procedures: [createPreComplaintProcedure({
    content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
  }), papersProcedure({ content })] });
}

const ANY_DEVICE = `${content.render('answers/anyDevice')}\n\n`
  + content.render('bot/preComplaintOffer');
const NOT_SURE = withEmergencyReminder(content.render('bot/notSure'));
const FORM_STARTS = content.render('preComplaint/intro');
const PAPERS_START = content.render('procedures/papers/ask_document');

// a tester's findings: the question about a device started the form; markup alone
// started the lost-papers procedure
describe('main dialog: a question about the device, and markup alone', () => {
  const table: Array<[string, string]> = [
    [DEVICE, ANY_DEVICE],
    ['je peux faire ma pré-plainte depuis mon téléphone ?', ANY_DEVICE],
    ["on m'a volé mon portable, je peux faire une pré-plainte ?", FORM_STARTS],
    [SCRIPT, NOT_SURE],
    ['<b></b>', NOT_SURE],
    ['<b>papiers perdus</b>', PAPERS_START],
  ];
  table.forEach(([said, answer]) => {
    it(`"${said}" → ${answer.slice(0, 50)}…`, async () => {
      const bot = await assistant();

      const replies = await bot.say(said);

      expect(replies[0]?.text).to.equal(answer);
    });
  });

  it('offers to start the pré-plainte with the answer about the device', async () => {
    const bot = await assistant();

    const replies = await bot.say(DEVICE);

    expect(replies).to.have.length(1);
    expect(buttons(replies[0])).to.include(content.render('bot/labels.preComplaint'));
    expect(ANY_DEVICE).to.match(/ordinateur/).and.to.match(/téléphone/);
  });
});
