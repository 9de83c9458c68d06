import winston from 'winston';
import { redactFormat } from '../security/redaction';

/**
 * Structured JSON logs. House rule: log ids and events, never message text or personal
 * data (names, phones, e-mails, addresses, plates) at any level.
 */
export type Logger = winston.Logger;

const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'error' : 'info');

export const logger: Logger = winston.createLogger({
  level,
  // redaction is a safety net under the rule above, not a licence to log text
  format: winston.format.combine(
    winston.format.timestamp(), redactFormat(), winston.format.json()),
  transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn'] })],
});

/** A logger whose lines name the part of the system that wrote them. */
export function componentLogger(component: string): Logger {
  return logger.child({ component });
}
