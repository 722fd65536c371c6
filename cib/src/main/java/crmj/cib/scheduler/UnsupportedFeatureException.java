package crmj.cib.scheduler;

import java.util.List;

/** A CIB uses features the scheduler refuses to schedule rather than schedule wrongly. */
public final class UnsupportedFeatureException extends RuntimeException {
    private final List<String> features;

    public UnsupportedFeatureException(List<String> features) {
        super("the scheduler does not support " + String.join(", ", features) + " yet");
        this.features = List.copyOf(features);
    }

    /** The features found, named as users know them ("bundles", "tickets", ...). */
    public List<String> features() {
        return features;
    }
}
