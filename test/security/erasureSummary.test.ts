import { expect } from 'chai';
import { describeErasure } from '../../security/erasure';

describe('npm run erase: what it says it did not reach', () => {
  const erased = describeErasure({ conversations: ['c-1'], references: [],
    deleted: { directline_activities: 4 } });
  const nothing = describeErasure({ conversations: ['c-2'], references: [], deleted: {} });

  it('says the unanswered questions carry no conversation id, so none of them is erased',
    () => {
      for (const summary of [erased, nothing]) {
        expect(summary).to.include('not reached:').and.to.match(
          /nlu_unanswered_texts: carries no conversation id, by design \(masked.*90 days\)/);
      }
    });

  it('lists what it deleted before what it could not reach', () => {
    expect(erased.indexOf('directline_activities: 4 deleted'))
      .to.be.lessThan(erased.indexOf('not reached:'));
    expect(erased).to.include('handoff_events');
  });
});
