/**
 * Resource agents: what crmsh's {@code ra.py} does, for the rest of crmj.
 *
 * <ul>
 *   <li>{@link crmj.cib.agent.AgentId} names an agent ({@code ocf:heartbeat:Filesystem}, {@code stonith:fence_xvm},
 *       {@code lsb:exim4}) and resolves crmsh's short forms ({@code Filesystem}) through an
 *       {@link crmj.cib.agent.AgentCatalog}.</li>
 *   <li>{@link crmj.cib.agent.AgentMetadata} is an agent's {@code meta-data} document as records.</li>
 *   <li>{@link crmj.cib.agent.LocalAgentCatalog} lists and reads the agents installed on this machine, running
 *       them as argv with a timeout and caching what it read.</li>
 *   <li>{@link crmj.cib.agent.ClusterOptions} holds the cluster properties Pacemaker's daemons describe.</li>
 *   <li>{@link crmj.cib.agent.AgentValidator} produces crmsh 4.4.1's commit-time checks of a primitive, word for
 *       word.</li>
 * </ul>
 * Failures are {@link crmj.cib.agent.AgentException}s; this package prints nothing.
 */
package crmj.cib.agent;
