package crmj.cib.agent;

/**
 * A value computed at most once, checked failure included; concurrent callers wait for the first computation.
 * An unchecked exception is not remembered (it is a bug, not an answer).
 *
 * @param <T> the value
 * @param <E> the checked failure the loader may throw ({@link RuntimeException} for none)
 */
final class Memo<T, E extends Exception> {

    /** Computes the value. */
    @FunctionalInterface
    interface Loader<T, E extends Exception> {
        T load() throws E;
    }

    private final Loader<T, E> loader;
    private boolean done;
    private T value;
    private Exception failure;

    Memo(Loader<T, E> loader) {
        this.loader = loader;
    }

    @SuppressWarnings("unchecked")
    synchronized T get() throws E {
        if (!done) {
            try {
                value = loader.load();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                // The loader can only throw E here.
                failure = e;
            }
            done = true;
        }
        if (failure != null) {
            throw (E) failure;
        }
        return value;
    }
}
