import type { Harness, Store } from './harness';
import { collectionContract } from './contract/collection';
import { queryContract } from './contract/queries';
import { botStorageContract } from './contract/botStorage';
import { retentionContract } from './contract/retention';
import { servicesContract } from './contract/services';
import { turnMarksContract } from './contract/turnMarks';

/** The live store of the running test; set before each test. */
export interface StoreRef {
  current: Store;
}

/**
 * The storage contract: the same specifications for every engine. Everything the rest of
 * the product relies on is here; an engine is done when this suite is green on it.
 */
export function storageContract(harness: Harness): void {
  describe(`storage contract on ${harness.name}`, () => {
    const ref = { current: undefined } as unknown as StoreRef;

    beforeEach(async () => {
      ref.current = await harness.fresh();
    });

    afterEach(async () => {
      await ref.current.dispose();
    });

    collectionContract(ref);
    queryContract(ref);
    botStorageContract(ref);
    retentionContract(ref);
    servicesContract(ref);
    turnMarksContract(ref);
  });
}
