import Handlebars from 'handlebars';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, sep } from 'path';
import { fromRoot } from '../core/paths';

/**
 * Citizen-facing texts live in content/<locale>/ as handlebars templates:
 * - `a/b.hbs` is the template `a/b`;
 * - `a/labels.json` holds short templates (button labels...) named `a/labels.<name>`.
 * Values are HTML-escaped (handlebars default) so that a citizen's own words can never
 * inject markup; quotes are restored because they are harmless outside attributes and
 * French is full of apostrophes.
 */
export type TemplateData = Readonly<Record<string, unknown>>;

export interface Content {
  render(key: string, data?: TemplateData): string;
  has(key: string): boolean;
  keys(): string[];
}

type Compiled = (data: TemplateData) => string;

const QUOTE_ENTITIES: ReadonlyArray<[RegExp, string]> = [
  [/&#x27;/g, "'"],
  [/&quot;/g, '"'],
  [/&#x3D;/g, '='],
  [/&#x60;/g, '`'],
];

function restoreQuotes(text: string): string {
  return QUOTE_ENTITIES.reduce((out, [entity, char]) => out.replace(entity, char), text);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function templateKey(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/**
 * The text of a template made only of text (most answers): handlebars would still build a
 * fresh set of helper wrappers on every call (~8 KB of garbage a turn under load).
 */
function staticText(program: hbs.AST.Program): string | undefined {
  let text = '';
  for (const statement of program.body) {
    if (statement.type !== 'ContentStatement' || !('value' in statement)
      || typeof statement.value !== 'string') {
      return undefined;
    }
    text += statement.value;
  }
  return text;
}

function compile(env: typeof Handlebars, source: string, key: string): Compiled {
  let program: hbs.AST.Program;
  try {
    // Parsing finds every syntax error at start, not mid-chat; turning the template into
    // code waits for its first use (env.compile is lazy), which keeps the start fast.
    program = env.parse(source);
  } catch (error) {
    throw new Error(`template ${key} does not compile: ${String(error)}`);
  }

  const text = staticText(program);
  return text === undefined ? env.compile(source, { strict: true }) : () => text;
}

function loadTemplates(root: string, env: typeof Handlebars): Map<string, Compiled> {
  const templates = new Map<string, Compiled>();
  for (const file of listFiles(root)) {
    const key = templateKey(root, file);
    if (key.endsWith('.hbs')) {
      const name = key.slice(0, -'.hbs'.length);
      templates.set(name, compile(env, readFileSync(file, 'utf8').trimEnd(), name));
    } else if (key.endsWith('.json')) {
      const prefix = key.slice(0, -'.json'.length);
      const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
        throw new Error(`${key} must hold an object of templates`);
      }
      for (const [name, source] of Object.entries(entries)) {
        if (typeof source !== 'string') {
          throw new Error(`${key}: ${name} must be a string`);
        }
        templates.set(`${prefix}.${name}`, compile(env, source, `${prefix}.${name}`));
      }
    }
  }
  return templates;
}

/** Loads and compiles every template of a locale once, at start. */
export function loadContent(locale = 'fr', root = fromRoot('content', locale)): Content {
  const env = Handlebars.create();
  const templates = loadTemplates(root, env);
  return {
    render(key, data = {}) {
      const template = templates.get(key);
      if (!template) {
        throw new Error(`no template named ${key}`);
      }
      return restoreQuotes(template(data));
    },
    has: (key) => templates.has(key),
    keys: () => [...templates.keys()].sort(),
  };
}
