package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.WRsc;

/** A colocation between two resources ({@code pcmk__colocation_t}). */
record Coloc(String id, WRsc dependent, WRsc primary, Role dependentRole, Role primaryRole, int score,
             String nodeAttribute, boolean influence) {
}
