package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.WRsc;

import java.util.LinkedHashMap;
import java.util.Map;

/** A location constraint as unpacked ({@code pe__location_t}): node ids with scores, a role filter. */
final class Loc {
    /** Discovery modes, weakest first. */
    enum Discover { ALWAYS, NEVER, EXCLUSIVE }

    final String id;
    final WRsc rsc;
    /** Node id to score, in Pacemaker's list order. */
    Map<String, Integer> nodes = new LinkedHashMap<>();
    Role roleFilter = Role.UNKNOWN;
    Discover discover = Discover.ALWAYS;

    Loc(String id, WRsc rsc) {
        this.id = id;
        this.rsc = rsc;
    }
}
