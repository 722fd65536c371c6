package crmj.cib.xml;

/**
 * Thrown by the element readers when an element does not fit the model exactly (an unknown attribute, an
 * unexpected child, a comment in a place the model cannot keep); the caller then keeps the element verbatim.
 */
final class Unmodelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unmodelled(String why) {
        super(why, null, false, false);
    }
}
