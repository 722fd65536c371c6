package crmj.cib.status;

/**
 * {@code pe__is_newer_op}: which of two history entries is newer, by call id on the same node, else by
 * last-rc-change, else (for pending entries) by transition number.
 */
public final class OpAge {
    private OpAge() {
    }

    /** Negative when {@code a} is older than {@code b}, positive when newer, 0 when undecided. */
    public static int compare(XmlElement a, XmlElement b, boolean sameNodeDefault) {
        String aNode = a.attr("on_node");
        String bNode = b.attr("on_node");
        boolean sameNode = aNode == null || bNode == null ? sameNodeDefault : aNode.equalsIgnoreCase(bNode);
        String aId = a.id();
        if (sameNode && aId != null && aId.equals(b.id())) {
            return 0;
        }
        int aCall = Values.intValue(a.attr("call-id"), -1);
        int bCall = Values.intValue(b.attr("call-id"), -1);
        if (aCall == -1 && bCall == -1) {
            return 0;
        } else if (sameNode && aCall >= 0 && aCall < bCall) {
            return -1;
        } else if (sameNode && bCall >= 0 && aCall > bCall) {
            return 1;
        } else if (aCall >= 0 && bCall >= 0 && (!sameNode || aCall == bCall)) {
            long lastA = Values.leadingLong(a.attr("last-rc-change"), -1);
            long lastB = Values.leadingLong(b.attr("last-rc-change"), -1);
            if (lastA >= 0 && lastA < lastB) {
                return -1;
            } else if (lastB >= 0 && lastA > lastB) {
                return 1;
            }
            return 0;
        }
        return byTransition(a, b, aCall, bCall);
    }

    private static int byTransition(XmlElement a, XmlElement b, int aCall, int bCall) {
        String[] aMagic = magic(a.attr("transition-magic"));
        String[] bMagic = magic(b.attr("transition-magic"));
        if (aMagic == null || bMagic == null) {
            return 0;
        }
        int aId = Values.intValue(aMagic[1], -1);
        int bId = Values.intValue(bMagic[1], -1);
        if (!aMagic[0].equalsIgnoreCase(bMagic[0]) || aId == bId) {
            if (bCall == -1) {
                return -1;
            } else if (aCall == -1) {
                return 1;
            }
        } else if ((aId >= 0 && aId < bId) || bId == -1) {
            return -1;
        } else if ((bId >= 0 && aId > bId) || aId == -1) {
            return 1;
        }
        return 0;
    }

    /** The UUID and transition id of a transition magic ({@code status:rc;action:transition:rc:uuid}). */
    private static String[] magic(String magic) {
        if (magic == null) {
            return null;
        }
        int semi = magic.indexOf(';');
        if (semi < 0) {
            return null;
        }
        String[] key = magic.substring(semi + 1).split(":", 4);
        if (key.length < 4) {
            return null;
        }
        return new String[] {key[3], key[1]};
    }
}
