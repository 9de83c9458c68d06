import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, type BotAdapter, type TurnContext,
} from 'botbuilder';
import { type Content, loadContent } from '../content/renderer';
import type { ProactiveSender } from '../core/channels';
import { loadConfig, type AppConfig } from '../core/config';
import { componentLogger } from '../core/logger';
import {
  ACTIVITIES_SPEC, CONVERSATIONS_SPEC, createDirectLine, type DirectLine, type LoggedMessages,
} from '../directline';
import type { ConversationRecord, LoggedActivity } from '../directline/conversationLog';
import { MAX_TEXT_LENGTH } from '../directline/incoming';
import { loadOrCreateSecret } from '../directline/secretFile';
import { createCitizenLimits, limitsFromEnv, type CitizenLimitSettings } from '../security';
import { FaultTolerantDatabase } from '../security/faultTolerantStore';
import { openDatabase, type Database } from '../storage';
import { createServer, type App, type ServerDeps } from './app';
import type { Assistant } from './assistant';
import { Cluster, followActivities, type ClusterOptions } from './cluster';
import { createFullAssistant } from './fullAssistant';
import { AdapterProactiveSender } from './proactive';
import { recoverTurns } from './recovery';
import { SerialTurns } from './serialTurns';
import { IdleCollector } from './idleCollector';
import { collectOnceReady, reducingCollector, startCollector } from './startGarbage';
import { handleTurnErrors } from './turnErrors';

const log = componentLogger('compose');

/** What a bot may need from the composition root to build itself. */
export interface CompositionContext {
  config: AppConfig;
  /** Sends outside of a turn (agent replies, queue positions), on either adapter. */
  proactive: ProactiveSender;
  /** The store (embedded or MongoDB); closed by the app after its last turn. */
  database: Database;
  /** Every citizen-facing template, compiled once at start. */
  content: Content;
  /** Set when several instances share the store (config.sharedStore): leases, feeds. */
  cluster?: Cluster;
  /** The Direct Line log's messages (the handoff transcript reads them instead of a copy). */
  messages: LoggedMessages;
}

/** What a bot gives the server besides its turn: its routes and sockets, if any. */
export interface AssistantParts extends Assistant {
  mounts?: ServerDeps['mounts'];
  upgrades?: ServerDeps['upgrades'];
  /**
   * Called on shutdown once no turn runs any more: closes its sockets (1001) and timers.
   * The server then waits for every connection to end, and the store closes last.
   */
  close?: () => Promise<void> | void;
}

export type AssistantFactory = (context: CompositionContext) => Promise<AssistantParts>;

/** Operators' and tests' knobs; production takes the defaults. */
export interface ComposeOptions {
  /** Rate limits of the citizen endpoints (RATE_LIMIT_* variables by default). */
  limits?: CitizenLimitSettings;
  /** Opens the store (tests give a failing one); openDatabase by default. */
  openStore?: (config: AppConfig) => Promise<Database>;
  /** Leases and feeds when the store is shared (tests shorten the waits). */
  cluster?: ClusterOptions;
  /** How long WebSockets may take to answer the close on shutdown before they are cut. */
  socketGraceMs?: number;
  /** Tries of a message cut off by a crash before a gendarme gets it (3 by default). */
  replayAttempts?: number;
}

export interface Composition {
  app: App;
  config: AppConfig;
  assistant: AssistantParts;
  database: Database;
  directLine: DirectLine;
  cloudAdapter: CloudAdapter;
  proactive: ProactiveSender;
  cluster?: Cluster;
}

// the one line that chooses the bot (scripts/echo-bot.ts passes the echo bot instead)
const defaultAssistant: AssistantFactory = (context) => createFullAssistant(context);

function credentialsSet(config: AppConfig): boolean {
  return config.microsoftAppId !== '' && config.microsoftAppPassword !== '';
}

function cloudAdapterFor(config: AppConfig): CloudAdapter {
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  }));
}

/** DIRECTLINE_SECRET, else the one kept in DATA_DIR: open chats survive a restart. */
async function directLineSecret(config: AppConfig): Promise<string> {
  if (config.directLineSecret !== undefined) {
    return config.directLineSecret;
  }
  if (config.sharedStore) {
    // each instance would keep its own: a token from one is refused by the others
    log.warn('directline.secret_not_shared', { dataDir: config.dataDir });
  }
  return loadOrCreateSecret(config.dataDir);
}

/**
 * The composition root: configuration, both adapters with the same middleware and bot,
 * the proactive sender, and the HTTP app. Nothing listens until `app.listen`.
 */
export async function compose(
  config: AppConfig = loadConfig(), createAssistant: AssistantFactory = defaultAssistant,
  options: ComposeOptions = {},
): Promise<Composition> {
  // conversations keep going in memory while the store refuses writes (security/)
  const database = new FaultTolerantDatabase(await (options.openStore ?? openDatabase)(config));
  try {
    return await composeWith(config, createAssistant, database, options);
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function composeWith(
  config: AppConfig, createAssistant: AssistantFactory, database: Database,
  options: ComposeOptions,
): Promise<Composition> {
  let assistant: Assistant | undefined;
  const logic = async (context: TurnContext): Promise<void> => {
    if (!assistant) {
      throw new Error('a turn arrived before the bot was built');
    }
    await assistant.bot.run(context);
  };

  const cloudAdapter = cloudAdapterFor(config);
  const content = loadContent();
  const directLine = createDirectLine(logic, {
    // the web chat may show this message to the citizen
    textTooLong: content.render('security/textTooLong', { max: MAX_TEXT_LENGTH }),
    secret: await directLineSecret(config),
    conversations: database.collection<ConversationRecord>(CONVERSATIONS_SPEC),
    activities: database.collection<LoggedActivity>(ACTIVITIES_SPEC),
  });
  const proactive = new AdapterProactiveSender(
    directLine.adapter, cloudAdapter, config.microsoftAppId);
  const cluster = config.sharedStore ? new Cluster(database, options.cluster) : undefined;
  if (cluster) {
    followActivities(cluster, directLine);
  }

  const built = await createAssistant({ config, proactive, database, content, cluster,
    messages: directLine.messages });
  assistant = built;

  const serial = new SerialTurns(
    cluster && { leases: cluster.leases, waitMs: cluster.leaseWaitMs });
  const limits = createCitizenLimits({
    content, limits: options.limits ?? limitsFromEnv(process.env),
  });
  const reducing = reducingCollector();
  const idle = reducing && new IdleCollector({ collect: reducing });
  idle?.start();
  const adapters: Array<[string, BotAdapter]> = [
    ['cloud', cloudAdapter], ['directline', directLine.adapter],
  ];
  for (const [name, adapter] of adapters) {
    // after the bot's middleware, so that a limited message still reaches the transcript
    adapter.use(...(idle ? [idle] : []), serial, ...built.middleware, limits.turns);
    handleTurnErrors(adapter, name, content);
  }
  // started before the server listens: new messages of those conversations wait for it
  recoverTurns(directLine, () => assistant, options.replayAttempts);

  const app = createServer({
    cloudAdapter, directLine, logic,
    ready: collectOnceReady(async () => built.ready() && (cluster?.live() ?? true)
      && (await database.health()).ok, startCollector()),
    problem: () => built.problem?.(),
    credentialsSet: credentialsSet(config),
    drainTurns: () => serial.drain(),
    mounts: [(server) => server.use(limits.http), ...(built.mounts ?? [])],
    upgrades: built.upgrades,
    beforeClose: () => {
      idle?.stop();
      return built.close?.();
    },
    socketGraceMs: options.socketGraceMs,
    afterClose: async () => {
      await cluster?.close();
      await database.close();
    },
  });
  return {
    app, config, assistant: built, database, directLine, cloudAdapter, proactive, cluster,
  };
}
