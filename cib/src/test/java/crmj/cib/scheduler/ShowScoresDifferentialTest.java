package crmj.cib.scheduler;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code crm simulate -s} against the real crm_simulate -s on every corpus case the scheduler supports: the
 * whole output (the status and transition in crm_simulate's plain text, the allocation and promotion scores
 * in the order Pacemaker shows them while assigning, its notes about private parameters), compared byte for
 * byte after the corpus README's normalisation.
 */
class ShowScoresDifferentialTest {
    @Test
    void showScoresAsCrmSimulate() {
        Assumptions.assumeTrue(SimCorpus.present(), "no corpus at " + SimCorpus.ROOT);
        Assumptions.assumeTrue(CrmSimulate.installed(), "crm_simulate is not installed (./test installs it)");
        SimulateOptions options = SimulateOptions.parse(List.of("-s"));
        Instant clock = Instant.now();
        AtomicInteger compared = new AtomicInteger();
        List<String> differing = Collections.synchronizedList(new ArrayList<>());
        SimCorpus.cases().parallelStream().forEach(name -> {
            Simulation.Result ours;
            try {
                ours = Simulation.run(options, SimCorpus.cib(name), clock);
            } catch (UnsupportedFeatureException e) {
                return; // out of scope: refused, as the conformance report lists
            }
            String file = SimCorpus.ROOT.resolve("xml").resolve(name + ".xml").toString();
            String real = CrmSimulate.run(List.of("-x", file, "-s"));
            String stderr = ours.notes().isEmpty() ? "" : String.join("\n", ours.notes()) + "\n";
            compared.incrementAndGet();
            if (!SimCorpus.normalise(real).equals(SimCorpus.normalise(stderr + ours.text()))) {
                differing.add(name);
            }
        });
        Collections.sort(differing);
        assertTrue(compared.get() >= 450, "only " + compared.get() + " cases compared");
        assertEquals(List.of(), differing, "crm simulate -s differs from crm_simulate -s");
    }
}
