import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { withModelVote } from '../../nlu/emergency-vote';
import { specifyCalm, specifyFirstNumbers } from './triageTable';
import { T28_CALM, T28_FIRST } from './triage-t28-cases';

/**
 * Round t28: a young child on a ledge or a roof is a rescue (18 first, never the suicide
 * line); a joking threat, "c'est le feu" slang, a fear in general, a knife for a cake, a
 * burnt dish, an accident already handled, a fall days ago and "si je vois... j'appelle
 * qui ?" are calm, while their look-alikes with a danger now still alarm.
 */
export const T28_EXAMPLES: Record<string, string[]> = {
  'net-child-at-height': ['un enfant de 3 ans est sur le rebord de la fenetre au 4e'],
};

// as the recognizer reads it, without a learned model: the rules, then the child line
const triage = createTriage();
const assess = (text: string) => {
  const normalized = normalize(text);
  return withModelVote(triage.assess(normalized), undefined, normalized);
};

describe('round t28: a young child at a height, and the look-alikes that still alarm', () => {
  specifyFirstNumbers(assess, T28_FIRST);

  it('never gives the suicide line to a young child on a ledge', () => {
    const result = assess('le petit du 3e est sur le rebord de la fenetre tout seul');
    expect(result.numbers).to.not.include('3114');
  });
});

describe('round t28 calm look-alikes', () => {
  specifyCalm(assess, T28_CALM);
});
