import { expect } from 'chai';
import { ask, newClient, newWorld, texts } from './harness';
import { answers, upTo } from './script';

/** The whole script up to the summary, with `said` at « Connaissez-vous l'auteur ? ». */
function scriptWith(said: string): string[] {
  const script = answers().slice(0, upTo('review').length);
  script[upTo('authorKnown').length] = said;
  return script;
}

describe('pré-plainte: « Connaissez-vous l\'auteur ? » answered with a doubt', () => {
  const cases: Array<[string, string]> = [
    ['jsp', 'ne sait pas'], ['je sais pas', 'ne sait pas'], ['je ne sais pas', 'ne sait pas'],
    ['aucune idée', 'ne sait pas'], ['non', 'non'], ['nn', 'non'],
  ];
  cases.forEach(([said, shown]) => {
    it(`"${said}" goes on as an unknown author; the summary says « Auteur connu : ${shown} »`,
      async () => {
        const client = newClient(newWorld());
        await texts(client, upTo('authorKnown'));

        const next = await texts(client, [said]);
        const summary = await texts(client, scriptWith(said).slice(upTo('date').length));

        expect(next).to.deep.equal([ask('date')]);
        expect(summary.join('\n')).to.include(`- Auteur connu : ${shown}\n`);
      });
  });
});
