/**
 * Topics and procedures that say what a person suffers or fears (violence, a child at risk, a
 * relative missing).
 * Next to a conversation id they are data about that person: info-level lines name them
 * only as "sensitive"; the exact id goes to debug, which production does not keep.
 */
const SENSITIVE: ReadonlySet<string> = new Set([
  'faq.domestic_violence',
  'faq.sexual_violence',
  'faq.harassment',
  'faq.child_in_danger',
  // a relative gone missing is data about that family (tester21)
  'faq.missing_person',
  'procedure.violence',
]);

export const SENSITIVE_LABEL = 'sensitive';

export function isSensitiveTopic(topicOrDialog: string | undefined): boolean {
  return topicOrDialog !== undefined && SENSITIVE.has(topicOrDialog);
}

/** What an info-level line may say of a topic or dialog logged with a conversation id. */
export function loggableTopic(topicOrDialog: string | undefined): string | undefined {
  return isSensitiveTopic(topicOrDialog) ? SENSITIVE_LABEL : topicOrDialog;
}
