import { storageContract } from './contract';
import { embeddedHarness } from './harness';

storageContract(embeddedHarness());
