import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';
import { SERVER_NODE_FLAGS } from '../../server/nodeFlags';

describe('the V8 flags of the server', () => {
  it('are the ones `npm start` passes, so the benchmark measures the server as it runs', () => {
    const manifest: unknown = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
    const scripts: unknown = typeof manifest === 'object' && manifest !== null
      ? Reflect.get(manifest, 'scripts') : undefined;
    const start: unknown = typeof scripts === 'object' && scripts !== null
      ? Reflect.get(scripts, 'start') : undefined;

    expect(start).to.be.a('string');
    expect(String(start)).to.include(`node ${SERVER_NODE_FLAGS.join(' ')} dist/server/main.js`);
  });
});
