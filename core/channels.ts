import type { Activity, ConversationReference } from 'botbuilder';

/**
 * Sends activities to a conversation outside of a citizen's turn (agent replies, queue
 * updates). Implemented by the server, which knows which adapter serves which channel
 * (our Direct Line endpoint, or the Bot Framework channels through CloudAdapter).
 */
export interface ProactiveSender {
  send(reference: Partial<ConversationReference>, activities: Partial<Activity>[]): Promise<void>;
}
