import type { Activity } from 'botbuilder';

/**
 * Spaces, control and format characters, and pictographs with their modifiers and joiners:
 * "👍", "🙏 ", "😀😀". Digits, "#" and "*" (emoji components too) are text.
 */
const BLANK_OR_EMOJI = new RegExp('^[\\s\\p{Cc}\\p{Cf}\\p{Extended_Pictographic}'
  + '\\p{Emoji_Modifier}\\p{Regional_Indicator}\\u{FE0F}\\u{20E3}]*$', 'u');

/** Emoji that answer: "👍" is a yes at a yes / no question (parseYesNo), "👌" an ok. */
const ANSWERING_EMOJI = /[👍👎👌✅❌✔☑]/u;

/**
 * A message with nothing to read as an answer: no text but spaces or emoji, no file and no
 * card value. Inside a form it must bring the question back (t65: the citizen was told to
 * write a question instead, and the form's own question was lost from sight).
 */
export function isBlankAnswer(activity: Partial<Activity>): boolean {
  const hasValue = activity.value !== undefined && activity.value !== null;
  const files = activity.attachments ?? [];
  const text = activity.text ?? '';
  return !hasValue && files.length === 0 && BLANK_OR_EMOJI.test(text)
    && !ANSWERING_EMOJI.test(text);
}
