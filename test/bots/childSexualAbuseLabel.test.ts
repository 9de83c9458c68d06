import { expect } from 'chai';
import { queueSituation } from '../../bots/queueSituation';
import { normalize } from '../../nlu/normalize';
import type { EmergencyAssessment } from '../../nlu/types';
import { content, harness } from './harness';

const TOLD = 'ma fille de 8 ans m a dit que son beau pere la touche';
const INSISTED = "non c'est pas une fausse alerte, il est toujours là";

function assessed(situation: string): EmergencyAssessment {
  return { detected: true, numbers: situation === 'child_neglect' ? ['119', '17', '112']
    : ['17', '112', '119'], situation };
}

function queued(situation: string, text: string): string | undefined {
  return queueSituation(assessed(situation), normalize(text));
}

// t98: a child's sexual abuse showed "enfant en danger (seul, dehors ou peur de rentrer)"
describe("the gendarmes' queue names a child's sexual abuse (t98)", () => {
  const told = [
    TOLD,
    "ma fille me dit que son père lui fait des choses quand elle va chez lui ce week end",
    'ma niece de 9 ans m a raconte que son oncle lui fait des attouchements',
    "mon fils m'a dit que le voisin le tripote quand il le garde",
    'ma petite m a confié que son grand pere la viole le mercredi',
  ];
  for (const text of told) {
    it(`told by a parent, "${text}": child_sexual_abuse`, () => {
      expect(queued('child_neglect', text)).to.equal('child_sexual_abuse');
    });
  }

  const now = [
    "le monsieur il m'a touché là où il faut pas et il est encore chez nous j'ai 11 ans",
    'ma niece son beau pere la touche le soir quand sa mere travaille',
    'mon beau pere me viole la nuit j ai 12 ans aidez moi',
    'jai 10 ans mon oncle me fait des trucs il est dans ma chambre',
  ];
  for (const text of now) {
    it(`with the abuser near the child now, "${text}": child_sexual_abuse_now`, () => {
      expect(queued('child_violence', text)).to.equal('child_sexual_abuse_now');
    });
  }

  const otherDangers: Array<[string, string]> = [
    ['child_neglect', 'mon petit voisin de 6 ans est seul dehors depuis ce matin'],
    ['child_neglect', 'ma fille a peur de rentrer, son pere est violent'],
    ['child_violence', 'le voisin frappe son fils en ce moment, il hurle'],
    ['child_violence', 'mon beau pere est violent avec ma petite soeur il la tape'],
    ['violence', 'un homme me touche dans le bus et me suit'],
  ];
  for (const [situation, text] of otherDangers) {
    it(`keeps ${situation} for "${text}"`, () => {
      expect(queued(situation, text)).to.equal(situation);
    });
  }

  it('labels both in French for the console, beside the ids kept', () => {
    for (const id of ['child_sexual_abuse', 'child_sexual_abuse_now', 'child_neglect',
      'child_violence']) {
      expect(content.render(`handoff/console.situation_${id}`), id).to.match(/enfant/);
    }
    expect(content.render('handoff/console.situation_child_sexual_abuse'))
      .to.match(/violences sexuelles/);
  });

  it('queues it so, and again when the citizen insists after a false alarm', async () => {
    const bot = await harness({ known: [{ text: TOLD, normalized: TOLD,
      emergency: assessed('child_neglect') }] });

    await bot.texts(TOLD);
    await bot.texts('fausse alerte');
    await bot.texts(INSISTED);

    expect(bot.gate.details.map((details) => details?.situation))
      .to.deep.equal(['child_sexual_abuse', 'child_sexual_abuse']);
  });
});
