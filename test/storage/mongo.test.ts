import { storageContract } from './contract';
import { mongoHarness } from './harness';

const uri = process.env.MONGODB_URI;

if (uri !== undefined && uri !== '') {
  storageContract(mongoHarness(uri));
} else {
  describe.skip('storage contract on mongodb: skipped, set MONGODB_URI to a MongoDB 7/8 '
    + 'replica set to run it (see docs/storage.md, Contract suite)', () => {
    it('runs the whole contract suite against MongoDB');
  });
}
