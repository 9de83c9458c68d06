import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { WaterfallDialog } from 'botbuilder-dialogs';
import { InterruptibleDialog } from '../../../dialogs/common/interruptibleDialog';
import { DateDialog } from '../../../dialogs/prompts/dateDialog';
import { parisInstant } from '../../../dialogs/prompts/parisTime';
import { content, procedureClient, replies } from '../procedures/harness';

// Wednesday 11 March 2026, 15:00 in Paris
const NOW = parisInstant(2026, 3, 11, 15);
const ASK_DATE = 'Q-date : quand ?';

/** One date question, then what it ended with, as the form would store it. */
class WhenDialog extends InterruptibleDialog {
  constructor() {
    super('test.when');
    this.addDialog(new DateDialog('test.date', content, () => NOW));
    this.addDialog(new WaterfallDialog('test.steps', [
      async (step) => step.beginDialog('test.date', { prompt: ASK_DATE }),
      async (step) => {
        const said: unknown = step.result;
        await step.context.sendActivity(shown(said));
        return step.endDialog();
      },
    ]));
    this.initialDialogId = 'test.steps';
  }
}

const paris = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit',
  year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });

function shown(said: unknown): string {
  if (typeof said !== 'object' || said === null || !('start' in said) || !('end' in said) ||
    !(said.start instanceof Date) || !(said.end instanceof Date) || !('precision' in said)) {
    return 'Date : ?';
  }
  const words = 'said' in said ? ` « ${String(said.said)} »` : '';
  const vague = 'vague' in said ? ' (vague)' : '';
  return `Date : ${paris.format(said.start)} → ${paris.format(said.end)} ` +
    `${String(said.precision)}${vague}${words}`;
}

const precise = (from: string, to: string): string =>
  content.render('prompts/date_precise', { example: '3 novembre', from, to });

interface Case {
  name: string;
  turns: string[];
  last: string;
}

const cases: Case[] = [
  { name: 'a precise answer ends at once',
    turns: ['go', 'hier soir vers 22h'],
    last: 'Date : 10/03/2026 22:00 → 10/03/2026 22:00 time' },
  { name: 'a vague period asks once for the day, naming the period kept otherwise',
    turns: ['go', 'début novembre'], last: precise('01/11/2025', '10/11/2025') },
  { name: '"le 3" after "début novembre" is the 3rd of November 2025, both words kept',
    turns: ['go', 'début novembre', 'le 3'],
    last: 'Date : 03/11/2025 00:00 → 03/11/2025 23:59 day « début novembre → le 3 »' },
  { name: '"le 3 au soir" after "début novembre" is that evening',
    turns: ['go', 'début novembre', 'le 3 au soir'],
    last: 'Date : 03/11/2025 18:00 → 03/11/2025 23:59 part_of_day ' +
      '« début novembre → le 3 au soir »' },
  { name: '"non" keeps the period, never a made-up day',
    turns: ['go', 'début novembre', 'non'],
    last: 'Date : 01/11/2025 00:00 → 10/11/2025 23:59 range « début novembre »' },
  { name: '"j\'ai oublié" keeps the period too',
    turns: ['go', 'début novembre', "j'ai oublié"],
    last: 'Date : 01/11/2025 00:00 → 10/11/2025 23:59 range « début novembre »' },
  { name: 'the button "Je ne sais plus" keeps the period',
    turns: ['go', 'il y a trois semaines', 'Je ne sais plus'],
    last: 'Date : 15/02/2026 00:00 → 21/02/2026 23:59 range « il y a trois semaines »' },
  { name: '"mardi" after "la semaine dernière" is that week\'s Tuesday, not this week\'s',
    turns: ['go', 'la semaine dernière', 'mardi'],
    last: 'Date : 03/03/2026 00:00 → 03/03/2026 23:59 day « la semaine dernière → mardi »' },
  { name: '"mardi soir" after "la semaine dernière" is that evening',
    turns: ['go', 'la semaine dernière', 'mardi soir'],
    last: 'Date : 03/03/2026 18:00 → 03/03/2026 23:59 part_of_day ' +
      '« la semaine dernière → mardi soir »' },
  { name: 'a day the period does not hold is read as said ("le 3" after "fin février")',
    turns: ['go', 'fin février', 'le 3'],
    last: 'Date : 03/03/2026 00:00 → 03/03/2026 23:59 day « fin février → le 3 »' },
  { name: 'a full date after a vague period is taken as said',
    turns: ['go', 'il y a trois semaines', 'le 18 février vers 20h'],
    last: 'Date : 18/02/2026 20:00 → 18/02/2026 20:00 time ' +
      '« il y a trois semaines → le 18 février vers 20h »' },
  { name: 'an answer that is no day gets a clear error, the period still on offer',
    turns: ['go', 'début novembre', 'banane'],
    last: content.render('prompts/errors.date_vague_unknown') },
  { name: '"retour" at the day question asks the date again',
    turns: ['go', 'début novembre', 'retour'], last: ASK_DATE },
  { name: 'a year-less date just ahead asks for the year',
    turns: ['go', 'le 12 mars'], last: content.render('prompts/errors.date_future_no_year') },
  { name: 'a future date is refused for past facts',
    turns: ['go', 'samedi prochain'], last: content.render('prompts/errors.date_future') },
];

describe('date question', () => {
  for (const { name, turns, last } of cases) {
    it(name, async () => {
      const client = procedureClient(new WhenDialog());

      const texts = await replies(client, turns);

      expect(texts[texts.length - 1]).to.equal(last);
    });
  }

  it('offers "Je ne sais plus" as a button with the day question', async () => {
    const client = procedureClient(new WhenDialog());
    await replies(client, ['go']);

    const reply: Partial<Activity> = await client.sendActivity('fin février');

    expect(reply.text).to.equal(precise('21/02/2026', '28/02/2026')
      .replace('3 novembre', '23 février'));
    expect(reply.suggestedActions?.actions.map((action) => action.title))
      .to.deep.equal(['Je ne sais plus']);
  });

  it('explains every refusal in French', () => {
    const keys = ['date_future_no_year', 'date_month_missing', 'date_weekday_mismatch',
      'date_vague_unknown'];
    for (const key of keys) {
      expect(content.render(`prompts/errors.${key}`)).to.match(/[a-z]{3}.*[.?]$/);
    }
  });
});
