import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { withModelVote } from '../../nlu/emergency-vote';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { scoring, SmallModel } from './emergencyModelFixture';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';

/**
 * Families fresh sets found at the eighth session's start, in our own words: a young child
 * alone at a height is a rescue (the firefighters first, as three writers put it, each on
 * their own); a weapon kept at home is no one held there, and one found lying is a found
 * object; a grown-up out of touch for weeks with no danger named is the missing-person
 * answer, not the learned vote's alarm.
 */
const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

const CHILD_ALONE_AT_HEIGHT: ReadonlyArray<readonly [string, string]> = [
  ['le bebe des voisins est tout seul sur le balcon il escalade la rambarde', '18'],
  ['une petite fille toute seule a la fenetre ouverte du 3eme elle se penche', '18'],
  ['ya un gamin tout seul sur le toit du garage', '18'],
  ['deux enfants seuls sur le balcon au 6eme ils poussent une chaise contre la rambarde', '18'],
  ['un petit garcon tout seul au bord de la fenetre au 5eme etage', '18'],
  // on the ground, a road or water: the police first, as before
  ['un petit de 4 ans tout seul au bord de la nationale', '17'],
];

const HELD_STILL: ReadonlyArray<readonly [string, string]> = [
  ['il garde ma soeur chez lui de force', '17'],
  ['ils retiennent mon fils chez eux contre son gre', '17'],
];

const THINGS_KEPT = [
  'mon grand pere garde un fusil chez lui et il perd la memoire, comment le lui retirer ?',
  'ma mere garde le chien de mon frere chez elle depuis un mois',
  'mon oncle garde des armes de chasse chez lui c est legal ?',
];

const WEAPON_FOUND = [
  'on a trouve un couteau dans le bac a sable du square',
  'mon fils a ramasse une seringue au parc, on en fait quoi',
  'en vidant le grenier j ai trouve un vieux pistolet',
];

const WEAPON_HELD: ReadonlyArray<readonly [string, string]> = [
  ['j ai trouve un homme avec un couteau devant chez moi', '17'],
  ['j ai trouve un couteau par terre et le type qui le tient me menace', '17'],
  ['on a trouve un revolver dans le garage et ma fille de 6 ans joue avec', '17'],
];

const END_TOLD: ReadonlyArray<readonly [string, string]> = [
  ['ma voisine m a dit que ce soir c est fini pour elle, tout est pret', '3114'],
  ['mon cousin dit que cette nuit il en finit, il a tout prevu', '3114'],
  ['mon ami dit que ce soir c est la fin pour lui, il a dit au revoir a tout le monde', '3114'],
];

const END_TOLD_AWAY: ReadonlyArray<readonly [string, string]> = [
  ['ma copine dit que ce soir c est fini pour elle, tout est pret, je sais pas ou elle est', '17'],
  ['mon frere m a ecrit que cette nuit il en finit, depuis il repond plus', '17'],
];

const END_TOLD_CALM = [
  'ma soeur dit que ce soir c est fini pour elle avec son mec, tout est prevu pour partir',
  'mon fils dit que demain il part pour toujours au canada, tout est pret',
  'mon collegue dit que ce soir c est fini pour lui au boulot, tout est range',
];

const OUT_OF_TOUCH = [
  'ma cousine est sdf, plus aucune nouvelle depuis trois semaines',
  'mon oncle a coupe les ponts, plus de nouvelles depuis plusieurs mois',
  'ca fait deux mois que mon frere majeur donne plus de nouvelles',
];

const OUT_OF_TOUCH_IN_DANGER: ReadonlyArray<readonly [string, string]> = [
  ['mon frere a disparu depuis 2 semaines il avait laisse une lettre d adieu', '17'],
  ['ma fille de 14 ans a disparu depuis trois jours', '17'],
];

describe('triage, the eighth session\'s first families', () => {
  const world = SmallModel.use();

  /** Calm for the rules and for a model sure of danger: only the calm mechanisms hold it. */
  const specifyCalmWithVote = (texts: readonly string[]): void => {
    texts.forEach((text) => {
      it(`stays calm, rules and vote: "${text}"`, () => {
        const voted = withModelVote(assess(text), scoring(world.model, 1), normalize(text));
        expect(voted.detected, text).to.equal(false);
      });
    });
  };

  describe('a young child alone at a height: a rescue, the firefighters first', () => {
    specifyFirstNumbers(assess, CHILD_ALONE_AT_HEIGHT);
    specifyCalm(assess, ['peut on laisser un enfant de 10 ans seul a la maison balcon ferme ?']);
  });

  describe('a thing kept at home is no one held there', () => {
    specifyCalm(assess, THINGS_KEPT);
    specifyFirstNumbers(assess, HELD_STILL);
  });

  describe('a weapon found lying: calm for the rules and the vote; one held alarms', () => {
    specifyCalmWithVote(WEAPON_FOUND);
    specifyFirstNumbers(assess, WEAPON_HELD);
  });

  describe('someone else\'s end set for tonight, told: an alarm with the suicide line', () => {
    specifyNumbersAmong(assess, END_TOLD);
    // out of reach: the police locate them first
    specifyFirstNumbers(assess, END_TOLD_AWAY);
    specifyCalm(assess, END_TOLD_CALM);
  });

  describe('out of touch for weeks, no danger named: calm for the rules and the vote', () => {
    specifyCalmWithVote(OUT_OF_TOUCH);
    specifyFirstNumbers(assess, OUT_OF_TOUCH_IN_DANGER);
  });
});
