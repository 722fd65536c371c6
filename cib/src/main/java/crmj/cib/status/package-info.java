/**
 * The cluster status as Pacemaker 2.1.5 derives it from a CIB, and crm_mon's text for it.
 *
 * <p>{@link crmj.cib.status.ClusterState#of(crmj.cib.model.Cib)} reads the configuration (through the model's
 * exact XML mapping, so rules, id-refs and templates are seen as Pacemaker sees them) and the status section,
 * and replays what Pacemaker's {@code cluster_status} does: cluster options, nodes and their online, standby,
 * maintenance, pending and unclean states, remote and guest nodes implied by resources, bundles with their
 * implicit containers, IP addresses and connections, and every resource's operation history (oldest first,
 * results remapped against the expected ones, failures handled per {@code on-fail}, migrations, orphans,
 * anonymous clone instance numbering). The result is immutable records: {@link crmj.cib.status.NodeState},
 * {@link crmj.cib.status.ResourceState} (primitive, group, clone, bundle), {@link crmj.cib.status.FailedAction}
 * and {@link crmj.cib.status.FailCount}.
 *
 * <p>{@link crmj.cib.status.CrmMonFormatter} prints it as crm_simulate prints its "Current cluster status"
 * and "Revised Cluster Status" sections and as {@code crm_mon -1} prints the whole status.
 *
 * <p>The working classes ({@code W*}, {@code *Unpacker}) follow Pacemaker's own unpacking functions, named
 * in their documentation; they are mutable because the algorithm is (a later history entry changes what an
 * earlier one decided). They are public only so that the scheduler ({@code crmj.cib.scheduler}) can continue
 * from the unpacked working set as Pacemaker's scheduler does; they are not an API for anything else.
 */
package crmj.cib.status;
