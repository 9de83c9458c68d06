import { readdirSync, readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';

/** A link written [text](target) in a markdown file, with the line it starts on. */
export interface MarkdownLink {
  target: string;
  line: number;
}

/** README.md and every page of docs/, as paths from the project root. */
export function documentationFiles(): string[] {
  const pages = readdirSync(fromRoot('docs')).filter((name) => name.endsWith('.md')).sort();
  return ['README.md', ...pages.map((name) => `docs/${name}`)];
}

/** The lines of a markdown text outside fenced code blocks (a "# comment" in a shell block
 * is no heading, and a "[x](y)" in code is no link). */
function proseLines(markdown: string): Array<{ text: string; line: number }> {
  let fenced = false;
  const lines: Array<{ text: string; line: number }> = [];
  markdown.split('\n').forEach((text, index) => {
    if (text.startsWith('```')) {
      fenced = !fenced;
    } else if (!fenced) {
      lines.push({ text, line: index + 1 });
    }
  });
  return lines;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/`/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** Every anchor of a markdown text; a repeated heading gets -1, -2... as on GitHub. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    const heading = /^#{1,6} (.+)$/.exec(text)?.[1];
    if (heading === undefined) {
      continue;
    }
    const anchor = anchorOf(heading);
    const count = seen.get(anchor) ?? 0;
    anchors.add(count === 0 ? anchor : `${anchor}-${count}`);
    seen.set(anchor, count + 1);
  }
  return anchors;
}

/** Every [text](target) link whose target is inside the project (no scheme). */
export function relativeLinksOf(markdown: string): MarkdownLink[] {
  const prose = proseLines(markdown);
  const joined = prose.map(({ text }) => text).join('\n');
  const lineAt = (offset: number): number =>
    prose[joined.slice(0, offset).split('\n').length - 1]?.line ?? 0;

  return [...joined.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)]
    .filter((match) => !/^[a-z][a-z+.-]*:/i.test(match[1]))
    .map((match) => ({ target: match[1], line: lineAt(match.index ?? 0) }));
}

export function readDoc(path: string): string {
  return readFileSync(fromRoot(path), 'utf8');
}
