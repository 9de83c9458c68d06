// first of all: the compile cache must be in place before the server's modules load
import './compileCache/entry';
import type { AssistantFactory } from './compose';
import { serve, serveMain } from './serve';

/** Starts the server; SIGTERM / SIGINT stop it gracefully (turns in flight finish first). */
export async function main(createAssistant?: AssistantFactory): Promise<void> {
  await serve(createAssistant);
}

if (require.main === module) {
  serveMain();
}
