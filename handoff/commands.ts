/**
 * What a citizen types to leave the queue or an agent conversation. Matched on a
 * normalised form (lower case, no accents, no punctuation) so that "Annuler !" counts.
 */
const CANCEL = new Set(['annuler', 'annule', 'j annule', 'annulation', 'stop',
  // a change of mind in plain French (a tester's "finalement non je reprends" got nothing)
  'laisse tomber', 'laissez tomber', 'finalement non', 'non finalement', 'je reprends',
  'finalement non je reprends', 'plus besoin', 'plus besoin merci', 'j arrete',
  'je veux arreter', 'c est bon finalement', 'finalement c est bon']);
const LEAVE = new Set(['retour au robot', 'retour robot', 'revenir au robot', 'retour au bot',
  'retour a l assistant', 'revenir a l assistant', 'quitter']);
/** Offered when the agent holding the conversation is offline (agentAway.ts). */
const REQUEUE = new Set(['retourner dans la file', 'retour dans la file', 'revenir dans la file',
  'un autre gendarme', 'autre gendarme', 'attendre un autre gendarme']);

export function normalizeCommand(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim();
}

export function isCancel(text: string): boolean {
  return CANCEL.has(normalizeCommand(text));
}

export function isLeave(text: string): boolean {
  return LEAVE.has(normalizeCommand(text));
}

export function isRequeue(text: string): boolean {
  return REQUEUE.has(normalizeCommand(text));
}

/** Either command ends the handoff, whichever state it is in: "annuler" to an agent, or
 * "retour au robot" while waiting, mean the same to the citizen. */
export function isExit(text: string): boolean {
  return isCancel(text) || isLeave(text);
}

/** A rating answer "1".."5" (also "4/5", "5 étoiles"), or undefined. */
export function parseRating(text: string): number | undefined {
  const match = /^([1-5])(?: 5| sur 5| etoiles?)?$/.exec(normalizeCommand(text));
  return match ? Number(match[1]) : undefined;
}
