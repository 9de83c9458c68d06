import { expect } from 'chai';
import { keywordAnswerFor } from '../../../dialogs/common/keywordAnswers';
import { keywordText } from '../../../dialogs/common/keywordText';
import { rescueSceneAsked, type RescueScene } from '../../../dialogs/common/rescueQuestion';
import { normalize } from '../../../nlu/normalize';
import { content, harness } from '../../bots/harness';

/**
 * Round t46: how to help someone drowning or fainting, asked ahead, is answered with the
 * number for that scene (the sea's 196, a lake's 18, a malaise's 15), not "not sure".
 * The same scene told as happening now is the triage's (triage-t46.test.ts).
 */
const ASKED: ReadonlyArray<readonly [string, RescueScene, string]> = [
  ["que faire si je vois quelqu'un se noyer ?", 'water', '196'],
  ['que faire si je vois quelqu un se noyer a la plage', 'sea', '196'],
  ['si un baigneur est en difficulté dans les vagues je fais quoi', 'sea', '196'],
  ['comment réagir si quelqu un boit la tasse au large en paddle', 'sea', '196'],
  ["si quelqu'un se noie dans le lac je fais quoi", 'inlandWater', '18'],
  ["comment réagir si un enfant tombe à l'eau dans la rivière", 'inlandWater', '18'],
  ['en cas de noyade dans une piscine qui appeler', 'inlandWater', '18'],
  ["si je vois quelqu'un se noyer dans le canal, quel numéro ?", 'inlandWater', '18'],
  ["si quelqu'un fait un malaise devant moi", 'malaise', '15'],
  ['que faire si une personne perd connaissance dans la rue', 'malaise', '15'],
  ["quels gestes si quelqu'un fait un arrêt cardiaque", 'malaise', '15'],
  ["si mon voisin s'effondre dans l'escalier je fais quoi", 'malaise', '15'],
  ["qui appeler si un collègue s'évanouit au bureau ?", 'malaise', '15'],
];

/** Someone in danger now, or no rescue asked: no such answer. */
const NOT_ASKED: readonly string[] = [
  "quelqu'un se noie dans le lac",
  'il fait un malaise devant moi, vite',
  'si vous venez pas il va se noyer',
  'il se noie maintenant je fais quoi',
  'que faire si je vois un accident',
  'comment apprendre à nager à mon fils',
  "je fais des malaises quand je me lève, c'est grave ?",
];

describe('a rescue asked about ahead is answered with its number (round t46)', () => {
  for (const [text, scene, number] of ASKED) {
    it(`"${text}" → the ${scene} answer, with the ${number}`, () => {
      expect(rescueSceneAsked(normalize(text))).to.equal(scene);
      expect(keywordAnswerFor(text)).to.equal('rescueHowTo');
      expect(keywordText(content, 'rescueHowTo', text)).to.include(number)
        .and.to.equal(content.render(`answers/rescue.${scene}`));
    });
  }

  for (const text of NOT_ASKED) {
    it(`"${text}" → no rescue answer`, () => {
      expect(keywordAnswerFor(text)).to.not.equal('rescueHowTo');
    });
  }

  it('is what the bot answers, whatever topic the model was near', async () => {
    const text = "que faire si je vois quelqu'un se noyer ?";
    const bot = await harness({ known: [{ text, topic: 'faq.online_scam', score: 0.3 }] });

    const [reply] = await bot.say(text);

    expect(reply.text).to.equal(content.render('answers/rescue.water'));
  });

  it('gives the sea the 196, inland water the 18, a malaise the 15, all the 112', () => {
    expect(content.render('answers/rescue.sea')).to.include('196').and.include('112');
    expect(content.render('answers/rescue.inlandWater')).to.include('18').and.include('112');
    expect(content.render('answers/rescue.water')).to.include('196').and.include('18');
    expect(content.render('answers/rescue.malaise')).to.include('15').and.include('112');
  });
});
