import { recordCompileCache } from './hook';

// imported before the server by record.ts: every module it loads is recorded
const write = recordCompileCache();
process.once('exit', () => {
  write();
});
