/** Who a signed-in gendarme is. Agents are identified by their account, never by a name. */
export type AgentRole = 'agent' | 'supervisor' | 'admin';

export interface AgentPrincipal {
  agentId: string;
  role: AgentRole;
  /** Session id, for the audit log and CSRF checks. */
  sessionId: string;
}

/** The part of an HTTP request that authentication needs. */
export interface RequestCredentials {
  headers: Readonly<Record<string, string | string[] | undefined>>;
  method?: string;
}

/**
 * Implemented by handoff/ (agent accounts and sessions); used by every gendarme-facing API
 * (agent console, pré-plaintes and other requests).
 */
export interface AgentAuthenticator {
  /** The signed-in agent, or undefined (401). State-changing methods also check CSRF. */
  authenticate(request: RequestCredentials): Promise<AgentPrincipal | undefined>;
}
