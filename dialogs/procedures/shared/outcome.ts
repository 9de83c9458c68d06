/**
 * What a procedure hands back to the main dialog when it ends: nothing, or the topic the
 * citizen chose to go on with (a pré-plainte, a gendarme).
 */
export interface ProcedureOutcome {
  cancelled?: boolean;
  next?: 'procedure.pre_complaint' | 'handoff.request';
}

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
