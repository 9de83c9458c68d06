import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { foreignSituation, withForeignDanger } from '../../nlu/triage-foreign';
import type { EmergencyAssessment } from '../../nlu/types';

const triage = createTriage();
const assess = (text: string): EmergencyAssessment => triage.assess(normalize(text));

/** Written for this spec; the adversarial set holds other phrasings of each family. */
const DANGER: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['my sister is bleeding so much, please', ['112', '15']],
  ['heart attack room 12', ['112', '15']],
  ['the old man on the floor not moving', ['112', '15']],
  ['my baby doesn\'t breathe', ['112', '15']],
  ['mi madre sangra de la cabeza', ['112', '15']],
  ['mein Vater ist bewusstlos', ['112', '15']],
  ['mia moglie è svenuta in spiaggia', ['112', '15']],
  ['fire in the camping!!', ['112', '18']],
  ['the tent next to us is on fire', ['112', '18']],
  ['hay fuego en el bosque', ['112', '18']],
  ['es brennt in der Küche', ['112', '18']],
  ['car crash near the lake, people hurt', ['112', '18', '15']],
  ['a man hit my girlfriend and he is still here', ['112', '17']],
  ['they are beating him in the parking', ['112', '17']],
  ['he wants to kill us', ['112', '17']],
  ['mi vuole uccidere', ['112', '17']],
  ['my son is lost', ['112', '17']],
  ['we cannot find our little girl anywhere', ['112', '17']],
  ['mi hija ha desaparecido en la playa', ['112', '17']],
  ['the paddle board is drifting out to sea with my kid', ['112', '196']],
  ['our sailboat is sinking', ['112', '196']],
  ['hilfe', ['112', '17']],
  ['socorro', ['112', '17']],
];

const CALM: readonly string[] = [
  'where is the police station', 'I lost my passport', 'help me find the form',
  'I need help with my rental car papers', 'what number do I call if there is a fire',
  'my phone was stolen yesterday', 'we found our son at the reception, thanks',
  'someone hit my car in the parking', 'how do I report an accident for my insurance',
  'my son lost his wallet', 'is it allowed to make a campfire', 'donde esta la gendarmeria',
  'wo kann ich eine Anzeige machen', 'dove posso fare una denuncia',
  'my grandfather had a stroke years ago, can he get a disabled parking card',
];

describe('tourists\' emergencies in English, Spanish, German or Italian', () => {
  describe('answer 112 first, then the French service of the situation', () => {
    for (const [text, numbers] of DANGER) {
      it(`"${text}" -> ${numbers.join(', ')}`, () => {
        expect(assess(text).numbers).to.deep.equal(numbers);
      });
    }
  });

  describe('stay calm on questions, losses and the past', () => {
    for (const text of CALM) {
      it(`"${text}"`, () => {
        expect(assess(text).detected).to.equal(false);
      });
    }
  });

  describe('beside the French rules', () => {
    it('keeps the rules\' answer to a bare "help" (the police, then 112)', () => {
      expect(assess('help').numbers).to.deep.equal(['17', '112']);
      expect(assess('help me please').numbers).to.deep.equal(['17', '112']);
    });

    it('names the service when the rules only heard a call for help', () => {
      expect(assess('help my wife is bleeding')).to.deep.equal({
        detected: true, numbers: ['112', '15'], situation: 'medical',
      });
    });

    it('never changes a danger the rules named', () => {
      const fire: EmergencyAssessment = { detected: true, numbers: ['18', '112'],
        situation: 'fire' };

      expect(withForeignDanger(fire, normalize('my wife is bleeding'))).to.equal(fire);
    });

    it('leaves French messages to the rules', () => {
      expect(foreignSituation(normalize('si je trouve une personne inconsciente je fais quoi')))
        .to.equal(undefined);
      expect(foreignSituation(normalize('on m a vole mon sac hier soir'))).to.equal(undefined);
    });

    it('gives empty or odd input no danger, without throwing', () => {
      for (const text of ['', ' ', '???', '112']) {
        expect(withForeignDanger({ detected: false, numbers: [] }, normalize(text)).detected)
          .to.equal(false);
      }
    });
  });
});
