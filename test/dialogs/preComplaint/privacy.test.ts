import { expect } from 'chai';
import { Writable } from 'stream';
import winston from 'winston';
import { logger } from '../../../core/logger';
import { newClient, newWorld, texts } from './harness';
import { answers } from './script';

/** Keeps every log line written, at every level, as the JSON the process would print. */
function capture(): { lines: string[]; transport: winston.transport } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, transport: new winston.transports.Stream({ stream, level: 'silly' }) };
}

describe('pré-plainte: personal data never reaches the logs', () => {
  it('logs ids and events only, at every level, for a whole pré-plainte', async () => {
    const { lines, transport } = capture();
    const level = logger.level;
    logger.level = 'silly';
    logger.add(transport);
    try {
      const script = answers('vehicle_theft');
      await texts(newClient(newWorld()), script);

      expect(lines.length).to.be.greaterThan(0);
      // timestamps are the clock's, not the citizen's: "…48.450Z" must not pass for 450 €
      const logged = lines.map((line) => line.replace(/"timestamp":"[^"]*"/, '')).join('\n');
      for (const secret of ['Martin', 'Camille', '1985', 'rue de la Paix', '06 12', '+336',
        'camille@', 'AB-123-CD', 'Peugeot', 'gare', 'vélo', '450', 'Quimper']) {
        expect(logged, secret).not.to.include(secret);
      }
    } finally {
      logger.remove(transport);
      logger.level = level;
    }
  });
});
