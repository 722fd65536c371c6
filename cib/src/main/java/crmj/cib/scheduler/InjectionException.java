package crmj.cib.scheduler;

/** An injection crm_simulate refuses (an unknown resource, an incomplete agent, a malformed spec). */
public final class InjectionException extends RuntimeException {
    public InjectionException(String message) {
        super(message);
    }
}
