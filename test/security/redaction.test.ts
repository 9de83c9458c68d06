import { expect } from 'chai';
import { Writable } from 'stream';
import winston from 'winston';
import { errorNameOnly, maskText, redactFormat } from '../../security/redaction';

function logThrough(fields: Record<string, unknown>): Record<string, unknown> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = winston.createLogger({
    format: winston.format.combine(redactFormat(), winston.format.json()),
    transports: [new winston.transports.Stream({ stream })],
  });
  logger.info('event', fields);
  const parsed: unknown = JSON.parse(lines[0]);
  return typeof parsed === 'object' && parsed !== null ? Object.fromEntries(
    Object.entries(parsed)) : {};
}

describe('log redaction format (the safety net under "log ids only")', () => {
  it('masks e-mails, French and international phone numbers and plates', () => {
    const masked = maskText('camille@exemple.fr, 06 12 34 56 78, +33 6 12 34 56 78, AB-123-CD');

    expect(masked).to.equal('[email], [phone], [phone], [plate]');
  });

  it('leaves ids, activity ids, references and timestamps alone', () => {
    const ids = 'lXIbP7Ny02WWMZVqZdKvW33D|0000012 PP-7K4M-Q2XD 2026-12-04T16:08:56.975Z';

    expect(maskText(ids)).to.equal(ids);
  });

  it('keeps only the name and frames of an error, never its message', () => {
    const stack = new TypeError('Camille Martin a écrit ceci').stack ?? '';

    const kept = errorNameOnly(stack);

    expect(kept.split('\n')[0]).to.equal('TypeError');
    expect(kept).not.to.include('Camille');
    expect(errorNameOnly('Error: write refused')).to.equal('Error');
    expect(errorNameOnly('Error:EIO')).to.equal('Error:EIO');
  });

  it('drops fields that only ever carry citizens\' words, at any depth', () => {
    const line = logThrough({
      conversationId: 'c1', text: 'Camille Martin', detail: { body: { email: 'x' } },
      error: 'RangeError: Camille', note: 'écrire à camille@exemple.fr',
    });

    expect(line).to.deep.include({
      conversationId: 'c1', text: '[redacted]', detail: { body: '[redacted]' },
      error: 'RangeError', note: 'écrire à [email]',
    });
  });
});
