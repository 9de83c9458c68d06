import { readFileSync } from 'fs';
import { fromRoot } from '../core/paths';
import { stem } from './features';
import { subjectOf } from './fiches-subject';
import { normalize } from './normalize';
import type { OfficialPage } from './types';

export type { OfficialPage };

/**
 * Long-tail fallback: when no topic fits, the service-public.fr pages whose titles share
 * the most informative words with the message. Titles, links and dates only: the index is
 * from 2020, so its old text is never given as an answer.
 */
export interface FichesSearch {
  search(text: string, limit?: number): OfficialPage[];
}

export const FICHES_INDEX = fromRoot('nlp-models', 'fiches-index.json');

/** Words that say nothing of the subject of a question. */
const IGNORED = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'a', 'au', 'aux', 'et', 'ou', 'en', 'ce',
  'se', 'ne', 'que', 'qui', 'quoi', 'il', 'elle', 'on', 'je', 'tu', 'nous', 'vous', 'me', 'mon',
  'ma', 'mes', 'est', 'sont', 'y', 'dans', 'pour', 'sur', 'avec', 'par', 'pas', 'plus', 'comment',
  'faire', 'faut', 'peut', 'peux', 'veux', 'voudrais', 'quel', 'quelle', 'quels', 'quelles',
  'ai', 'as', 'avoir', 'etre', 'suis', 'bonjour', 'merci', 'svp', 'il', 'vous', 'plait',
  'demande', 'demander', 'cas', 'son', 'sa', 'ses',
]);

/** Share of the message's informative weight that a title must cover. */
const MIN_COVERAGE = 0.5;

function terms(text: string): string[] {
  return words(normalize(text));
}

function words(normalized: string): string[] {
  return normalized
    .split(' ')
    .filter((word) => word.length > 1 && !IGNORED.has(word))
    .map(stem);
}

function isPage(value: unknown): value is OfficialPage {
  return typeof value === 'object' && value !== null &&
    ['title', 'url', 'date'].every((key) => typeof Reflect.get(value, key) === 'string');
}

function readPages(path: string): OfficialPage[] {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw) || !raw.every(isPage)) {
    throw new Error(`${path} must be a list of {title, url, date}`);
  }
  return raw.map((page: OfficialPage) => ({ title: page.title, url: page.url, date: page.date }));
}

export function createFichesSearch(path = FICHES_INDEX): FichesSearch {
  const pages = readPages(path);
  const postings = new Map<string, number[]>();
  const lengths = pages.map((page, id) => {
    const unique = new Set(terms(page.title));
    for (const term of unique) {
      const ids = postings.get(term);
      if (ids === undefined) {
        postings.set(term, [id]);
      } else {
        ids.push(id);
      }
    }
    return unique.size;
  });
  // a word no title has is as informative as the rarest one: "tokyo" must count
  const weight = (term: string): number =>
    Math.log((pages.length + 1) / ((postings.get(term)?.length ?? 0) + 1));

  return {
    search(text, limit = 3) {
      const query = [...new Set(words(subjectOf(normalize(text))))];
      const total = query.reduce((sum, term) => sum + weight(term), 0);
      const matched = new Map<number, number>();
      for (const term of query) {
        for (const id of postings.get(term) ?? []) {
          matched.set(id, (matched.get(id) ?? 0) + weight(term));
        }
      }
      return [...matched]
        .filter(([, score]) => total > 0 && score / total >= MIN_COVERAGE)
        .map(([id, score]) => ({ id, rank: score / Math.sqrt(lengths[id] + 1) }))
        .sort((a, b) => b.rank - a.rank || a.id - b.id)
        .slice(0, Math.max(0, Math.min(limit, 3)))
        .map((hit) => pages[hit.id]);
    },
  };
}
