import winston from 'winston';
import { redactFormat } from '../security/redaction';

/**
 * Structured JSON logs. House rule: log ids and events, never message text or personal
 * data (names, phones, e-mails, addresses, plates) at any level.
 */
export type Logger = winston.Logger;

const wanted = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'error' : 'info');

/**
 * `LOG_LEVEL=silent` (what `npm test` uses) keeps the console quiet while the specs that
 * make stores fail log their errors; transports the specs add still receive every line.
 */
const quiet = wanted === 'silent';

export const logger: Logger = winston.createLogger({
  level: quiet ? 'error' : wanted,
  // redaction is a safety net under the rule above, not a licence to log text
  format: winston.format.combine(
    winston.format.timestamp(), redactFormat(), winston.format.json()),
  transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn'], silent: quiet })],
});

/** A logger whose lines name the part of the system that wrote them. */
export function componentLogger(component: string): Logger {
  return logger.child({ component });
}
