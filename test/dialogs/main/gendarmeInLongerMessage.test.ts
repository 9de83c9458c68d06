import { expect } from 'chai';
import { content, harness, withEmergencyReminder } from '../../bots/harness';

/** What the fake gate answers to a request for a gendarme. */
const GATE_REPLY = '[gate] un gendarme va répondre';
const NOT_SURE = withEmergencyReminder(content.render('bot/notSure'));

/** First messages, nothing running; the classifier knows none of them ("none", 0.1). */
const ASKS_FOR_A_GENDARME: string[] = [
  'bonjour, mon voisin me menace depuis des semaines, je voudrais parler à un gendarme',
  'mon voisin me menace depuis des semaines, je voudrais parler à un gendarme',
  "je voudrais parler à un gendarme, on m'a volé mon vélo hier",
  "mon ex n'arrête pas de m'appeler, je veux parler à une personne svp",
  "j'ai une question sur ma plainte, je peux parler à un gendarme ?",
  'mettez-moi en relation avec un gendarme, c est pour une plainte',
  "est-ce que je peux parler à quelqu'un, j'ai été cambriolé",
];

const NO_REQUEST: string[] = [
  'je ne veux pas parler à un gendarme, juste savoir comment porter plainte',
  'je veux pas parler a un gendarme je veux juste une information',
  'un gendarme peut-il entrer chez moi ?',
  "un gendarme m'a dit de parler à personne",
];

describe('an explicit request for a gendarme inside a longer message (tester15 F8)', () => {
  for (const text of ASKS_FOR_A_GENDARME) {
    it(`"${text}" → queued for a gendarme`, async () => {
      const { texts, gate } = await harness();

      expect(await texts(text)).to.deep.equal([GATE_REPLY]);
      expect(gate.requests).to.deep.equal([{ reason: 'user_request', priority: 'normal' }]);
    });
  }

  for (const text of NO_REQUEST) {
    it(`"${text}" → no request for a gendarme`, async () => {
      const { texts, gate } = await harness();

      expect(await texts(text)).to.deep.equal([NOT_SURE]);
      expect(gate.requests).to.deep.equal([]);
    });
  }
});
