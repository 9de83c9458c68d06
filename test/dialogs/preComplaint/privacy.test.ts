import { expect } from 'chai';
import { captureLogs } from '../../helpers/logCapture';
import { newClient, newWorld, texts } from './harness';
import { START, answers } from './script';

describe('pré-plainte: personal data never reaches the logs', () => {
  it('logs ids and events only, at every level, for a whole pré-plainte', async () => {
    const { lines, stop } = captureLogs();
    try {
      const script = answers('vehicle_theft');
      await texts(newClient(newWorld()), script);

      expect(lines.length).to.be.greaterThan(0);
      // timestamps are the clock's, not the citizen's: "…48.450Z" must not pass for 450 €
      const logged = lines.map((line) => line.replace(/"timestamp":"[^"]*"/, '')).join('\n');
      for (const secret of ['Martin', 'Camille', '1985', 'rue de la Paix', '06 12', '+336',
        'camille@', 'AB-123-CD', 'Peugeot', 'gare', 'vélo', '450', 'Quimper']) {
        expect(logged, secret).not.to.include(secret);
      }
    } finally {
      stop();
    }
  });

  // an orientation to "person" says violence, threats or harassment: a production line
  // (info and above) written during the turn sits next to the turn's line, which names the
  // conversation (tester14 F2)
  it('keeps the orientation out of the production log', async () => {
    const { lines, stop } = captureLogs();
    try {
      await texts(newClient(newWorld()), [START.answer, 'non', "mon voisin m'a menacée"]);
    } finally {
      stop();
    }

    const kept = lines.map((line): unknown => JSON.parse(line)).filter((line) =>
      typeof line === 'object' && line !== null && 'level' in line && line.level !== 'debug');
    expect(kept.filter((line) => JSON.stringify(line).includes('orient'))).to.deep.equal([]);
  });
});
