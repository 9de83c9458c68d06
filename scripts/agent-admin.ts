import { createInterface } from 'readline';
import { Writable } from 'stream';
import { loadConfig } from '../core/config';
import { loadContent } from '../content/renderer';
import { ACCOUNTS, AccountStore, type AgentAccount } from '../handoff/auth/accounts';
import { parseAdminArgs, runAdminCommand } from '../handoff/auth/adminCommand';
import { adminErrorText } from '../handoff/auth/adminErrors';
import { openDatabase } from '../storage';

/**
 * Agent accounts for the console: `npm run agent -- create --login X --role agent`.
 * The password comes from stdin so that it never shows in the shell history or `ps`.
 */
async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  }
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  if (!line) {
    throw new Error('no password on stdin');
  }
  return line;
}

const content = loadContent();

function readTyped(): Promise<string> {
  process.stderr.write(content.render('handoff/admin.password_prompt'));
  // the typed characters go to a muted output: nothing is echoed on the terminal
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) => {
    lines.once('line', (line) => {
      lines.close();
      process.stderr.write('\n');
      resolve(line);
    });
  });
}

function readPassword(): Promise<string> {
  return process.stdin.isTTY === true ? readTyped() : readPiped();
}

async function main(argv: readonly string[]): Promise<void> {
  const command = parseAdminArgs(argv);
  const config = loadConfig();
  const database = await openDatabase({ dataDir: config.dataDir, mongodbUri: config.mongodbUri });
  try {
    const accounts = new AccountStore(database.collection<AgentAccount>(ACCOUNTS));
    process.stdout.write(`${await runAdminCommand(command, accounts, readPassword, content)}\n`);
  } finally {
    await database.close();
  }
}

const argv = process.argv.slice(2);
main(argv).catch((error: unknown) => {
  const login = argv.includes('--login') ? argv[argv.indexOf('--login') + 1] : '';
  process.stderr.write(`${adminErrorText(error, content, login)}\n`);
  process.exitCode = 1;
});
