import { existsSync } from 'fs';
import { dirname, join } from 'path';

/** The folder holding package.json: code runs both from sources (ts-node) and from dist/. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`package.json not found above ${start}`);
    }
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);

/** Resolves a path inside the project, whatever the working directory. */
export function fromRoot(...parts: string[]): string {
  return join(projectRoot, ...parts);
}
