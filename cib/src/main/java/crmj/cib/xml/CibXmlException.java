package crmj.cib.xml;

/** The text given to the reader is not a well-formed CIB (or uses forbidden XML such as a DTD). */
public final class CibXmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a message that reads like {@code cib.xml:3:10: ...}. */
    public CibXmlException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure without an underlying cause. */
    public CibXmlException(String message) {
        super(message);
    }
}
