/**
 * Tourists write in English, Spanish or Portuguese. The corrector knows French words only
 * and turned their words into French ones ("house" -> "mouse", "month" -> "monte", "papel"
 * -> "appel": 34 of 427 words of a tourists' set), which hid what the corpus's foreign lines
 * teach. A message with two distinct function words of those languages is read as typed.
 * Each word here is no French word once normalised: "que", "la", "y", "me", "on", "es",
 * "mis", "con", "foi", "he" (hé), "we" (week-end) are left out.
 */
const FOREIGN_FUNCTION_WORDS = new Set([
  // English
  'the', 'my', 'is', 'was', 'are', 'and', 'what', 'how', 'where', 'can', 'you', 'your',
  'with', 'have', 'has', 'from', 'please', 'this', 'that', 'there', 'want', 'need', 'someone',
  'did', 'does', 'not', 'for', 'of', 'to', 'it', 'they', 'she', 'his', 'her', 'our', 'i',
  'am', 'in', 'at', 'be', 'get', 'who', 'when', 'why', 'since', 'here',
  // Spanish
  'yo', 'mi', 'el', 'los', 'las', 'una', 'por', 'como', 'donde', 'quiero', 'hacer', 'tengo',
  'esta', 'puedo', 'del', 'pero', 'muy', 'mucha', 'mucho', 'hay', 'ayer', 'cuando', 'porque',
  'usted', 'ustedes', 'necesito', 'hoy', 'hice',
  // Portuguese
  'eu', 'meu', 'minha', 'uma', 'fazer', 'quero', 'nao', 'voces', 'ontem', 'em', 'na', 'no',
  'levou', 'roubaram', 'preciso',
]);

/** Two distinct foreign function words: the message is read as typed, not corrected. */
export function looksForeign(normalized: string): boolean {
  const seen = new Set<string>();
  for (const word of normalized.split(' ')) {
    if (FOREIGN_FUNCTION_WORDS.has(word)) {
      seen.add(word);
      if (seen.size >= 2) {
        return true;
      }
    }
  }
  return false;
}
