import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import {
  BOAT_CALM, BOAT_DISMASTED, CAR_ROLLED, CAR_ROLLED_CALM, CAR_WINDOWS_SMASHED, CHILD_IN_SNOW,
  CHILD_LURED, CHILD_LURED_CALM, CHILD_SHUT_OUT, CHILD_SNOW_CALM, DEAF_CALM,
  DEAF_WINDOW_SMASHED, EDGE_CALM, EDGE_END, ELDER_FALLEN, ELDER_FALLEN_CALM, FARM_CALM,
  FARM_PROWLERS, FLOOR_CALM, GROPED_CALM, GROPED_IN_TRAIN, HEAT_CALM, HEAT_ELDER,
  NEIGHBOUR_BEATS_KIDS, NEIGHBOUR_KIDS_CALM, NEIGHBOUR_ON_FLOOR, RAMMED_CALM, RAMMED_ON_ROAD,
  RIDER_CALM, RIDER_FAR_OUT, WAY_IN_CALM, WAY_IN_FORCED,
} from './triage-round-t79-cases';

/**
 * Round t79: dangers that only the learned vote caught, so that a retraining could drop
 * them. These specs read the RULES alone (no model), so each fails without its family even
 * though the full recognizer already alarms.
 */

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T79_EXAMPLES: Record<string, string[]> = {
  'net-rider-far-out-signalling': ['mon fils en planche a voile est trop loin il fait signe'],
  'net-boat-dismasted-or-filling': ['notre voilier a demate au large le eau rentre'],
  'net-way-in-forced-while-above': ['quelqu un force le rideau de mon magasin je suis en haut'],
  'net-elder-fallen-silent': ['une dame agee vient de chuter elle dit plus rien'],
  'net-child-followed-lured': ['un homme la suit depuis le ecole ma fille pleure'],
  'net-groped-pinned-in-transport': ['un type me frotte dans le bus'],
  'net-windows-smashed-now': ['qqn casse la vitrine du magasin'],
  'net-car-rolled-people-inside': ['une voiture vient de faire un tonneau des gens coinces'],
  'net-parent-hits-child-outside': ['le fils des voisins est dans la cour son pere le frappe'],
  'net-child-shut-out-in-cold': ['le petit est en tshirt dans la neige depuis une heure'],
  'net-prowlers-in-farm': ['deux hommes avec des lampes rodent dans ma grange'],
  'net-elder-on-floor-barely-moving': ['ma voisine de 90 ans est par terre elle bouge a peine'],
  'net-rammed-off-the-road': ['un camion me pousse vers le fosse sur la nationale'],
  'net-elder-hot-confused': ['mamie 89 ans est brulante et raconte ne importe quoi'],
  'net-edge-wants-to-end': ['je suis au bord des falaises envie de tout finir'],
};

const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

/** A child in danger from a grown-up: the police first, the child line among the numbers. */
function specifyChildLineAmong(rows: ReadonlyArray<readonly [string, string]>): void {
  rows.forEach(([text]) => {
    it(`names the 119 too: "${text}"`, () => expect(assess(text).numbers).to.include('119'));
  });
}

describe('triage, round t79 (rules alone)', () => {
  describe('a rider or a swimmer far out, not coming back, signalling: 196', () => {
    specifyFirstNumbers(assess, RIDER_FAR_OUT);
    specifyCalm(assess, RIDER_CALM);
  });

  describe('a shutter or a door forced now, the writer upstairs: 17', () => {
    specifyFirstNumbers(assess, WAY_IN_FORCED);
    specifyCalm(assess, WAY_IN_CALM);
  });

  describe('an old person just fallen outside, trembling, silent: 15', () => {
    specifyFirstNumbers(assess, ELDER_FALLEN);
    specifyCalm(assess, ELDER_FALLEN_CALM);
  });

  describe('a sailboat dismasted, water coming in: 196', () => {
    specifyFirstNumbers(assess, BOAT_DISMASTED);
    specifyCalm(assess, BOAT_CALM);
  });

  describe('a child followed from school, lured to a car: 17 first, 119 among', () => {
    specifyFirstNumbers(assess, CHILD_LURED);
    specifyChildLineAmong(CHILD_LURED);
    specifyCalm(assess, CHILD_LURED_CALM);
  });

  describe('groped or pinned in a train or a bus: 17', () => {
    specifyFirstNumbers(assess, GROPED_IN_TRAIN);
    specifyCalm(assess, GROPED_CALM);
  });

  describe('a deaf writer, a shop window smashed now: 114', () => {
    specifyFirstNumbers(assess, DEAF_WINDOW_SMASHED);
    specifyCalm(assess, DEAF_CALM);
  });

  describe('the neighbour beating his kids, heard screaming: 17 first, 119 among', () => {
    specifyFirstNumbers(assess, NEIGHBOUR_BEATS_KIDS);
    specifyChildLineAmong(NEIGHBOUR_BEATS_KIDS);
    specifyCalm(assess, NEIGHBOUR_KIDS_CALM);
  });

  describe('a car just rolled over, people trapped inside: 18', () => {
    specifyFirstNumbers(assess, CAR_ROLLED);
    specifyCalm(assess, CAR_ROLLED_CALM);
  });

  describe('a child out in the snow in a t-shirt: 119; a parent hitting: 17 first', () => {
    specifyFirstNumbers(assess, CHILD_IN_SNOW);
    specifyChildLineAmong(CHILD_IN_SNOW);
    specifyFirstNumbers(assess, CHILD_SHUT_OUT);
    specifyCalm(assess, CHILD_SNOW_CALM);
  });

  describe('men with headlamps prowling the barn, alone at the farm: 17', () => {
    specifyFirstNumbers(assess, FARM_PROWLERS);
    specifyCalm(assess, FARM_CALM);
  });

  describe('an old neighbour seen on her floor, barely moving: 15', () => {
    specifyFirstNumbers(assess, NEIGHBOUR_ON_FLOOR);
    specifyCalm(assess, FLOOR_CALM);
  });

  describe('a driver pushing the writer off the road: 17', () => {
    specifyFirstNumbers(assess, RAMMED_ON_ROAD);
    specifyCalm(assess, RAMMED_CALM);
  });

  describe('car windows smashed in the car park now, bags taken: 17', () => {
    specifyFirstNumbers(assess, CAR_WINDOWS_SMASHED);
  });

  describe('heat: an old woman burning hot, silent, talking nonsense: 15', () => {
    specifyFirstNumbers(assess, HEAT_ELDER);
    specifyCalm(assess, HEAT_CALM);
  });

  describe('at a cliff\'s edge, wanting to end it: 3114', () => {
    specifyFirstNumbers(assess, EDGE_END);
    specifyCalm(assess, EDGE_CALM);
  });
});
