import type { WaterfallStepContext } from '../../framework';
import { getUnderstanding } from '../../common/turnServices';

/** Options the main dialog may pass when it starts a procedure: the recognised topic. */
export interface ProcedureStart {
  topic?: string;
}

export function readStart(options: unknown): ProcedureStart {
  if (typeof options !== 'object' || options === null || !('topic' in options)) {
    return {};
  }
  const { topic } = options;
  return typeof topic === 'string' ? { topic } : {};
}

/**
 * The topic that started the procedure: given in the options, or else the one the
 * recognizer found in the message that started it (the main dialog begins procedures
 * without options).
 */
export function startTopic(step: WaterfallStepContext): string | undefined {
  return readStart(step.options).topic ?? getUnderstanding(step.context)?.topic;
}
