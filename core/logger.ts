import winston from 'winston';
import { redactFormat } from '../security/redaction';

/**
 * Structured JSON logs. House rule: log ids and events, never message text or personal
 * data (names, phones, e-mails, addresses, plates) at any level.
 */
export type Logger = winston.Logger;

const wanted = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'error' : 'info');

/**
 * Winston builds a line and pushes it through its streams and formats (redaction included)
 * before any transport drops it for its level: under load that was ~3 % of a turn's CPU
 * for lines nobody keeps. Each level's method returns at once when no transport takes it;
 * children made by `child()` inherit the gate from the root.
 */
function skipDisabledLevels(root: Logger): Logger {
  for (const level of Object.keys(root.levels)) {
    const write: unknown = Reflect.get(root, level);
    if (typeof write !== 'function') {
      continue;
    }

    Reflect.set(root, level, function gated(this: Logger, ...args: unknown[]): unknown {
      return this.isLevelEnabled(level) ? Reflect.apply(write, this, args) : this;
    });
  }
  return root;
}

/**
 * `LOG_LEVEL=silent` (what `npm test` uses) keeps the console quiet while the specs that
 * make stores fail log their errors; transports the specs add still receive every line.
 */
const quiet = wanted === 'silent';

export const logger: Logger = skipDisabledLevels(winston.createLogger({
  level: quiet ? 'error' : wanted,
  // redaction is a safety net under the rule above, not a licence to log text
  format: winston.format.combine(
    winston.format.timestamp(), redactFormat(), winston.format.json()),
  transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn'], silent: quiet })],
}));

/** A logger whose lines name the part of the system that wrote them. */
export function componentLogger(component: string): Logger {
  return logger.child({ component });
}
