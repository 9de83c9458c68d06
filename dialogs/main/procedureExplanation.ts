import type { Activity } from 'botbuilder';
import type { Content } from '../../content/renderer';
import { withSuggestedActions } from '../common/suggestedActions';
import { OTV_TOPIC } from './routing';

/**
 * A question about a procedure answered: what it is, then an offer to start it here, with
 * its start button (the same words as typing it: commands.ts) and "ask a question".
 */
export function procedureExplanation(content: Content, topic: string): Partial<Activity> {
  const offer = topic === OTV_TOPIC ? 'otv' : 'preComplaint';
  return withSuggestedActions(
    `${content.render(`faq/${topic}`)}\n\n${content.render(`bot/${offer}Offer`)}`,
    [content.render(`bot/labels.${offer}`), content.render('bot/labels.askQuestion')]);
}
