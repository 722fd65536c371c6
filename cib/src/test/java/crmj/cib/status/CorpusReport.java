package crmj.cib.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Manual report over the corpus: figures per class and the differing cases (names, or diffs with -v). */
public final class CorpusReport {
    private CorpusReport() {
    }

    public static void main(String[] args) {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        List<String> only = verbose ? List.of(args).subList(1, args.length) : List.of(args);
        List<String> cases = only.isEmpty() ? CtsCorpus.cases() : only;
        Map<CtsCorpus.Kind, int[]> figures = new EnumMap<>(CtsCorpus.Kind.class);
        int same = 0;
        int preambles = 0;
        int mons = 0;
        CtsCorpus.CrmMonOutputs mon = CtsCorpus.CrmMonOutputs.load();
        for (String name : cases) {
            CtsCorpus.Result r = CtsCorpus.run(name, mon);
            if (r.crmMonIdentical()) {
                mons++;
            } else {
                System.out.println("CRM_MON " + name);
                if (verbose) {
                    System.out.println("--- expected\n" + r.expectedCrmMon() + "--- actual\n" + r.actualCrmMon());
                }
            }
            int[] f = figures.computeIfAbsent(r.kind(), k -> new int[2]);
            f[1]++;
            if (r.identical()) {
                f[0]++;
                same++;
            } else {
                System.out.println("DIFF " + r.kind() + " " + name);
                if (verbose) {
                    System.out.println("--- expected\n" + r.expected() + "--- actual\n" + r.actual());
                }
            }
            if (r.expectedPreamble().equals(r.actualPreamble())) {
                preambles++;
            } else if (verbose) {
                System.out.println("PREAMBLE " + name + "\n" + r.expectedPreamble() + "---\n" + r.actualPreamble());
            }
        }
        figures.forEach((k, f) -> System.out.println(k + ": " + f[0] + "/" + f[1]));
        System.out.println("crm_mon format: " + same + "/" + cases.size() + " identical; preamble "
                + preambles + "/" + cases.size() + "; crm_mon -1 " + mons + "/" + cases.size());
    }
}
