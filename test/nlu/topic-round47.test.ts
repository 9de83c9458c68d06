import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 47 (tester's round 46): the emergency numbers asked as plain information (in Europe,
 * for a school talk, by a visitor in Spanish, Portuguese or Italian), a burglar at night asked
 * about ahead, a phone stolen (which had the vehicle's answer). Every line was answered
 * wrongly before wide-round47.json and the numbers questions' new wordings; other phrasings
 * than that file.
 */
const NUMBERS: readonly TopicCase[] = [
  ['faq.about_service', 'c koi les numeros d urgence en europe svp'],
  ['faq.about_service', 'quels numeros d urgence faut il connaitre en europe'],
  ['faq.about_service', "c'est quoi le numero 15 pour mon expose"],
  ['faq.about_service', 'pour mon exposé de svt c est quoi le num 17'],
  ['faq.about_service', 'numero de la policia por favor'],
  ['faq.about_service', 'cual es el numero de emergencias'],
  ['faq.about_service', 'me da el número de la policía ?'],
  ['faq.about_service', 'qual é o numero da policia'],
  ['faq.about_service', 'mi serve il numero della polizia'],
];

const NIGHT_BURGLAR: readonly TopicCase[] = [
  ['faq.burglary_prevention', 'si qqn rentre chez moi la nuit jappelle qui'],
  ['faq.burglary_prevention', "si un jour quelqu'un entre chez nous la nuit, c'est le 17 ?"],
  ['faq.burglary_prevention', 'si un jour quelqu un force ma porte la nuit qui dois je appeler'],
];

specifyTopics('topics, round 47: the numbers asked about, a burglar at night ahead',
  [...NUMBERS, ...NIGHT_BURGLAR], [], false);

specifyTopics('topics, round 47: a phone stolen, never the vehicle answer', [
  ['procedure.pre_complaint|faq.stolen_documents',
    "si je me fais voler mon smartphone c'est quoi les demarches"],
  ['procedure.pre_complaint|faq.stolen_documents',
    'si on me pique mon tel dans le metro je fais comment'],
  ['procedure.pre_complaint|faq.stolen_documents',
    "qu'est ce qu'il faut faire quand on se fait voler son portable"],
], [], false);

/**
 * Safety advice for a day at sea is no burglary advice, and a school report that will "kill"
 * its reader is no criminal record (bulletin n°3) nor a threat: no topic, no emergency.
 */
specifyTopics('topics, round 47: safety at sea, a school report idiom', [], [
  'je vais faire de la voile ce week end, des conseils securite ?',
  'conseils pour la plongée en mer ce week end',
  'securite en mer en paddle des conseils ?',
  'ma mere va me tuer quand elle verra mon bulletin',
  'si mon pere voit mon bulletin je suis un homme mort',
  'je suis mort si mes parents voient mon bulletin',
], true);

/** Asked as information or ahead: answered at once (no choice offered), and no alarm. */
describe('topics, round 47: numbers and a burglar ahead are answered, calmly', function calm() {
  this.timeout(120_000);
  let recognizer: Recognizer;

  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const [, text] of [...NUMBERS, ...NIGHT_BURGLAR]) {
    it(`neither asks to choose nor alarms for ${JSON.stringify(text)}`, async () => {
      const result = await recognizer.understand(text);

      expect(result.ambiguous).to.equal(false);
      expect(result.emergency.detected).to.equal(false);
    });
  }
});
