import { normalize } from '../nlu/normalize';
import { createTriage } from '../nlu/triage';
import type { Recognizer, Understanding } from '../nlu/types';

/**
 * Stand-in until the trained classifier is composed: the real emergency triage, and a few
 * keywords for the most asked topics. Anything else is "none" with a zero score, so the
 * router says honestly that it is not sure instead of guessing.
 */
const KEYWORDS: ReadonlyArray<[string, RegExp]> = [
  ['handoff.request', /\b(gendarme|humain|conseiller|vraie personne)\b/],
  ['procedure.pre_complaint', /\b(pre plainte|porter plainte|deposer plainte|vole|volee|vol)\b/],
  ['procedure.otv', /\b(vacances|tranquillite)\b/],
  ['faq.bank_fraud', /\b(carte bancaire|cb|debit|prelevement)\b/],
  ['faq.online_scam', /\b(arnaque|escroquerie|phishing|hameconnage)\b/],
  ['faq.lost_documents', /\b(perdu|perdue|perte)\b/],
  ['faq.traffic_fines', /\b(amende|radar|points|pv)\b/],
  ['faq.proxy_vote', /\bprocuration\b/],
  ['faq.criminal_record', /\bcasier\b/],
  ['faq.recruitment', /\b(devenir gendarme|recrutement|concours)\b/],
  ['smalltalk.greeting', /^(bonjour|salut|bonsoir|coucou)\b/],
  ['smalltalk.thanks', /^(merci|parfait|super)\b/],
  ['smalltalk.goodbye', /^(au revoir|bye|a plus)\b/],
];

export function createKeywordRecognizer(): Recognizer {
  const triage = createTriage();

  return {
    async understand(text: string): Promise<Understanding> {
      const normalized = normalize(text);
      const topic = KEYWORDS.find(([, pattern]) => pattern.test(normalized))?.[0] ?? 'none';
      const score = topic === 'none' ? 0 : 0.6;
      return {
        text,
        normalized,
        topic,
        score,
        alternatives: [{ topic, score }],
        ambiguous: false,
        emergency: triage.assess(normalized),
      };
    },
  };
}
