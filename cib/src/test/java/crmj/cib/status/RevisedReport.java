package crmj.cib.status;

import crmj.cib.xml.CibXmlReader;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Manual check: formats CIBs saved by {@code crm_simulate -x CASE.xml -S -O DIR/CASE.xml > DIR/CASE.out} and
 * compares with the "Revised Cluster Status" section crm_simulate printed. Usage: RevisedReport DIR [-v].
 */
public final class RevisedReport {
    private RevisedReport() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean verbose = args.length > 1;
        int same = 0;
        int total = 0;
        for (String name : CtsCorpus.cases()) {
            Path xml = dir.resolve(name + ".xml");
            Path out = dir.resolve(name + ".out");
            if (!Files.exists(xml) || !Files.exists(out)) {
                continue;
            }
            String printed = Files.readString(out);
            int start = printed.indexOf("Revised Cluster Status:\n");
            if (start < 0) {
                continue;
            }
            String expected = printed.substring(start + "Revised Cluster Status:\n".length());
            String actual;
            try {
                ClusterState s = ClusterState.of(CibXmlReader.read(Files.readString(xml), xml.toString()));
                actual = CrmMonFormatter.body(s, false);
            } catch (RuntimeException e) {
                actual = "EXCEPTION " + e;
            }
            total++;
            if (CtsCorpus.normalise(expected).equals(CtsCorpus.normalise(actual))) {
                same++;
            } else {
                System.out.println("DIFF " + name);
                if (verbose) {
                    System.out.println("--- expected\n" + expected + "--- actual\n" + actual);
                }
            }
        }
        System.out.println("revised status: " + same + "/" + total + " identical");
    }
}
