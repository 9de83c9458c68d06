import type { BucketSettings } from './rateLimit';

/**
 * The citizen endpoints' limits. Two tiers per conversation: above `turnsPerConversation`
 * the bot only answers with a friendly notice (the message is still kept); above
 * `requestsPerConversation` Direct Line refuses with 429. Addresses are limited on new
 * conversations and on requests. Emergencies pass every tier.
 */
export interface CitizenLimitSettings {
  conversationsPerIp: BucketSettings;
  requestsPerIp: BucketSettings;
  requestsPerConversation: BucketSettings;
  turnsPerConversation: BucketSettings;
}

/**
 * Generous for addresses (mobile carriers put many citizens behind one address), tighter per
 * conversation: a whole pré-plainte answered with buttons is about 40 quick turns, a flood
 * is hundreds; Web Chat's typing indicators count as requests, not as turns.
 */
export const DEFAULT_LIMITS: CitizenLimitSettings = {
  conversationsPerIp: { capacity: 60, perMinute: 60 },
  requestsPerIp: { capacity: 600, perMinute: 600 },
  requestsPerConversation: { capacity: 120, perMinute: 60 },
  turnsPerConversation: { capacity: 60, perMinute: 30 },
};

const ENV_NAMES: ReadonlyArray<[keyof CitizenLimitSettings, string]> = [
  ['conversationsPerIp', 'RATE_LIMIT_CONVERSATIONS_PER_IP'],
  ['requestsPerIp', 'RATE_LIMIT_REQUESTS_PER_IP'],
  ['requestsPerConversation', 'RATE_LIMIT_REQUESTS_PER_CONVERSATION'],
  ['turnsPerConversation', 'RATE_LIMIT_TURNS_PER_CONVERSATION'],
];

function parsePerMinute(name: string, raw: string): BucketSettings {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of requests per minute (>= 1)`);
  }
  return { capacity: value, perMinute: value };
}

/** Each limit can be set in requests per minute, e.g. RATE_LIMIT_REQUESTS_PER_IP=1200. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): CitizenLimitSettings {
  const limits: CitizenLimitSettings = { ...DEFAULT_LIMITS };
  for (const [key, name] of ENV_NAMES) {
    const raw = env[name];
    if (raw !== undefined && raw !== '') {
      limits[key] = parsePerMinute(name, raw);
    }
  }
  return limits;
}
