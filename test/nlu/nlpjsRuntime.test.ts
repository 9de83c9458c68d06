import { expect } from 'chai';
import { execFileSync } from 'child_process';
import { join } from 'path';

// compiled to dist/test/nlu: the built recognizer is two folders up
const RECOGNIZER = join(__dirname, '..', '..', 'nlu', 'recognizer.js');

const PROBE = `
const { createRecognizer } = require(${JSON.stringify(RECOGNIZER)});
createRecognizer().then(async (recognizer) => {
  const understood = await recognizer.understand('j ai perdu mon passeport');
  const loaded = Object.keys(require.cache).filter((file) => file.includes('@nlpjs/basic'));
  process.stdout.write(JSON.stringify({ topic: understood.topic, loaded }));
});
`;

describe('NLP.js in the running assistant', function nlpjsRuntimeSpec() {
  this.timeout(120_000);

  it('loads the trained model without @nlpjs/basic (English, evaluator, pino: 14 MB)', () => {
    const output = execFileSync(process.execPath, ['-e', PROBE],
      { env: { ...process.env, LOG_LEVEL: 'silent' } }).toString('utf8');

    const { topic, loaded } = JSON.parse(output) as { topic: string; loaded: string[] };
    expect(topic).to.equal('faq.lost_documents');
    expect(loaded).to.deep.equal([]);
  });
});
