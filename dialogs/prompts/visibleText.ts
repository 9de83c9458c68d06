/** Terminal colour and cursor sequences ("\u001b[31m"): their letters would stay behind. */
const ESCAPE_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/**
 * Characters that show nothing, or change how the rest shows: C0 and C1 controls (tab and
 * line breaks aside), the soft hyphen, zero-width spaces and joiners, the word joiner and
 * BOM, and the bidi embeddings, overrides and isolates (a right-to-left override turns what
 * a gendarme reads around: tester12's F14).
 */
const INVISIBLE = new RegExp('[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f'
  + '\\u00ad\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]', 'g');

/** A citizen's answer as it will be stored and read: only what can be seen. */
export function visibleText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(INVISIBLE, '');
}
