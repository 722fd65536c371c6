package crmj.cib.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

/**
 * The randomized differential test by hand ({@code tools/random-differential.sh}):
 * <pre>
 * random-differential [--seeds FROM-TO] [--no-minimize] [-v] [--crm-simulate]
 * </pre>
 * runs the seeds (default 1-200), prints a report for each divergent seed, minimized (resources, constraints,
 * promotion scores and perturbations dropped while the same kind of divergence remains) unless
 * {@code --no-minimize}; {@code -v} prints the agreeing seeds' reports too; {@code --crm-simulate} puts
 * crm_simulate itself in place of crmj's scheduler (the harness check: every seed must agree). Exit status 1
 * when any seed diverges.
 */
public final class RandomDifferentialMain {
    private RandomDifferentialMain() {
    }

    public static void main(String[] args) {
        long from = 1;
        long to = 200;
        boolean minimize = true;
        boolean verbose = false;
        UnderTest underTest = UnderTest.crmj(ExecutorSeam.crmj());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> {
                    String[] f = (i + 1 < args.length ? args[++i] : "").split("-", 2);
                    try {
                        from = Long.parseLong(f[0]);
                        to = f.length > 1 ? Long.parseLong(f[1]) : from;
                    } catch (NumberFormatException e) {
                        usage("--seeds expects FROM-TO (e.g. 1-500), got '" + String.join("-", f) + "'");
                    }
                }
                case "--no-minimize" -> minimize = false;
                case "-v" -> verbose = true;
                case "--crm-simulate" -> underTest = CrmSimulate.underTest();
                default -> usage("unknown argument '" + args[i] + "'");
            }
        }
        if (!CrmSimulate.installed()) {
            usage("crm_simulate is not installed");
        }
        boolean min = minimize;
        boolean all = verbose;
        UnderTest scheduler = underTest;
        AtomicInteger divergent = new AtomicInteger();
        List<String> seeds = new ArrayList<>();
        LongStream.rangeClosed(from, to).parallel().forEach(seed -> {
            RandomDifferential.Result r = RandomDifferential.run(RandomCluster.generate(seed), scheduler);
            if (r.divergent()) {
                divergent.incrementAndGet();
                synchronized (seeds) {
                    seeds.add(Long.toString(seed));
                }
                print((min ? minimize(r, scheduler) : r).report());
            } else if (all) {
                print(r.report());
            }
        });
        long total = to - from + 1;
        System.out.println("random differential: " + (total - divergent.get()) + "/" + total + " seeds agree with "
                + "crm_simulate; divergent: " + seeds.stream().sorted((a, b) -> Long.compare(Long.parseLong(a),
                Long.parseLong(b))).toList());
        System.exit(divergent.get() == 0 ? 0 : 1);
    }

    private static synchronized void print(String text) {
        System.out.println(text);
    }

    /** Drops parts of the cluster while the same kind of divergence remains. */
    static RandomDifferential.Result minimize(RandomDifferential.Result start, UnderTest underTest) {
        RandomDifferential.Result best = start;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (RandomCluster smaller : smaller(best.cluster())) {
                RandomDifferential.Result r = RandomDifferential.run(smaller, underTest);
                if (r.divergent() && r.kind().equals(best.kind())) {
                    best = r;
                    progress = true;
                    break;
                }
            }
        }
        return best;
    }

    private static List<RandomCluster> smaller(RandomCluster c) {
        List<RandomCluster> out = new ArrayList<>();
        c.perturbations().forEach(p -> out.add(c.withoutPerturbation(p)));
        c.constraints().forEach(x -> out.add(c.withoutConstraint(x)));
        c.promotionScores().forEach(s -> out.add(c.withoutScore(s)));
        if (c.resources().size() > 1) {
            c.resources().forEach(r -> out.add(c.withoutResource(r.id())));
        }
        return out;
    }

    private static void usage(String message) {
        System.err.println("random-differential: " + message);
        System.err.println("usage: random-differential [--seeds FROM-TO] [--no-minimize] [-v] [--crm-simulate]");
        System.exit(2);
    }
}
