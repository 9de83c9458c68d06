/** Elements whose content is code, never words for us: dropped whole. */
const CODE_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** A tag or a comment: "<b>", "</div>", "<img src=x onerror=…>", "<!-- … -->". */
const TAG = /<!--[\s\S]*?(?:-->|$)|<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/**
 * A message of markup and nothing else ("<script>alert(1)</script>", "<b></b>"): the
 * model gives it its nearest topic (a tester got the lost-papers procedure), but no word
 * of it speaks to us. Tags around words ("<b>papiers perdus</b>") leave the words.
 */
export function isMarkupOnly(text: string): boolean {
  const words = text.replace(CODE_ELEMENT, ' ').replace(TAG, ' ');
  return words !== text && !/[\p{L}\p{N}]/u.test(words);
}
