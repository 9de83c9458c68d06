import { expect } from 'chai';
import { renderEmergencyAnswer } from '../../bots/emergencyAnswer';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import { content } from './harness';

/** A danger in another country, the writer there or a relative: the consulate is named. */
const ABROAD = [
  'mon frere est au liban il vient d etre pris en otage',
  'ma tante est en algerie son mari la frappe la elle m a appelee',
  'on est en vacances en grece mon mari s est fait poignarder',
];
/** The same dangers at home: no consulate. */
const AT_HOME = [
  'ma tante est a marseille son mari la frappe la elle m a appelee',
  'mon mari s est fait poignarder devant le bar',
];

describe('the emergency answer for a danger abroad', () => {
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const text of ABROAD) {
    it(`names 112 first and the consulate: "${text}"`, async () => {
      const { emergency } = await recognizer.understand(text);
      const answer = renderEmergencyAnswer(emergency, content);

      expect(emergency.numbers[0], text).to.equal('112');
      expect(answer, text).to.include('consulat');
    });
  }
  for (const text of AT_HOME) {
    it(`names no consulate: "${text}"`, async () => {
      const { emergency } = await recognizer.understand(text);

      expect(emergency.detected, text).to.equal(true);
      expect(renderEmergencyAnswer(emergency, content), text).not.to.include('consulat');
    });
  }
});
