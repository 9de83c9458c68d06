import { Writable } from 'stream';
import winston from 'winston';
import { logger } from '../../core/logger';

export interface LogCapture {
  /** Every line written since the start, as the JSON the process would print. */
  lines: string[];
  /** Detaches the capture and puts the logger's level back. */
  stop(): void;
}

/** Keeps every log line written, at every level, until stop(). */
export function captureLogs(): LogCapture {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const transport = new winston.transports.Stream({ stream, level: 'silly' });
  const level = logger.level;
  logger.level = 'silly';
  logger.add(transport);
  return {
    lines,
    stop: () => {
      logger.remove(transport);
      logger.level = level;
    },
  };
}
