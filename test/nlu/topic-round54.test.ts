import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 54 (tester28): a citizen safe again asking how to file for Saturday's facts, and a
 * parent whose son was slapped at school, both got « pas sûr d'avoir compris »; keys locked
 * in a car got the found-object answer. Every line was answered wrongly or without
 * confidence before wide-round54.json; other phrasings than that file.
 */
const SAFE_NOW: readonly TopicCase[] = [
  ['faq.complaint_info|procedure.pre_complaint',
    'je suis en securite maintenant, je voulais juste savoir comment porter plainte pour ce ' +
      'qui s est passe samedi'],
  ['faq.complaint_info|procedure.pre_complaint',
    "je suis en sécurité mtn, je voulais juste savoir comment on porte plainte pour ce qui " +
      "s'est passé samedi"],
  ['faq.complaint_info|procedure.pre_complaint',
    'jsui en securite maintenant jvoulai juste savoir cmt porter plainte pour samedi'],
  ['faq.complaint_info|procedure.pre_complaint',
    'maintenant je suis a l abri, comment je fais pour porter plainte pour ce qui est arrive ' +
      'dimanche ?'],
];

const SLAPPED_AT_SCHOOL: readonly TopicCase[] = [
  ['faq.child_in_danger', 'mon fils a pris une gifle a l ecole, que dois je faire'],
  ['faq.child_in_danger', "mon fils a pris une gifle à l'école par un adulte, je fais quoi ?"],
  ['faq.child_in_danger', 'ma fille sest pris une giffle par sa maitresse a lecole'],
  ['faq.child_in_danger', 'un prof a gifle mon fils au college aujourdhui, que faire'],
];

/** Keys locked in: no object found, nothing the gendarmerie answers (a locksmith). */
const LOCKED_IN = [
  'j ai oublie mes cles dans la voiture',
  "j'ai oublié mes clés dans ma voiture fermée",
  'jai oublie mes clefs dans la voiture',
  'cles enfermees dans ma voiture que faire',
];

specifyTopics('topics, round 54: safe now and asking how to file, a child slapped at school',
  [...SAFE_NOW, ...SLAPPED_AT_SCHOOL], LOCKED_IN, true);

/** The router's own threshold (MainDialog's minScore): below it, « pas sûr d'avoir compris ». */
const ANSWERED = 0.5;

describe('topics, round 54: answered with confidence, not « pas sûr d\'avoir compris »',
  function confident() {
    this.timeout(120_000);
    let recognizer: Recognizer;
    before(async () => {
      recognizer = await createRecognizer();
    });

    for (const [, text] of [...SAFE_NOW, ...SLAPPED_AT_SCHOOL]) {
      it(`scores ${JSON.stringify(text)} at least ${ANSWERED}`, async () => {
        expect((await recognizer.understand(text)).score).to.be.at.least(ANSWERED);
      });
    }
  });
