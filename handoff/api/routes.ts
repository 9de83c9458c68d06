import type { Server } from 'restify';
import { registerAdminRoutes } from './adminRoutes';
import type { AgentApiDeps } from './context';
import { registerConversationRoutes } from './conversationRoutes';
import { registerSessionRoutes } from './sessionRoutes';
import { registerStaticRoutes } from './staticRoutes';

export type { AgentApiDeps } from './context';

/** The agent API under /api/agent/ and the console page under /agent/ (docs/agent-api.md). */
export function registerAgentRoutes(server: Server, deps: AgentApiDeps): void {
  registerSessionRoutes(server, deps);
  registerConversationRoutes(server, deps);
  registerAdminRoutes(server, deps);
  registerStaticRoutes(server);
}
