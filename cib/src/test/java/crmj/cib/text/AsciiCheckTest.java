package crmj.cib.text;

import crmj.cib.model.CibObject;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CrmFormatter#isAscii} walks the model by hand instead of reading each record's toString; this
 * keeps the two in step. For every model record reachable from {@link CibObject}, each component that
 * can hold text is given a non-ASCII string in turn (the others plain ASCII), and the walker must
 * agree with toString.
 */
class AsciiCheckTest {
    private static final String PLAIN = "a";
    private static final String OTHER = "\u00e9";

    @Test
    void walkerAgreesWithToStringForEveryComponent() throws Exception {
        Set<Class<?>> records = new LinkedHashSet<>();
        collect(CibObject.class, records);
        assertTrue(records.size() > 30, "model records found: " + records);
        int checked = 0;
        for (Class<?> r : records) {
            Object plain = build(r, -1);
            assertTrue(CrmFormatter.isAscii(plain), "all ASCII: " + plain);
            RecordComponent[] components = r.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (!canHoldText(components[i].getGenericType(), new LinkedHashSet<>())) {
                    continue;
                }
                Object o = build(r, i);
                boolean byText = o.toString().chars().allMatch(c -> c < 128);
                assertFalse(byText, r.getSimpleName() + "." + components[i].getName() + " shows " + o);
                assertEquals(byText, CrmFormatter.isAscii(o), r.getSimpleName() + "." + components[i].getName());
                checked++;
            }
        }
        assertTrue(checked > 100, "components checked: " + checked);
    }

    private static void collect(Type t, Set<Class<?>> out) {
        if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                collect(a, out);
            }
            return;
        }
        if (!(t instanceof Class<?> c) || !c.getName().startsWith("crmj.cib.model")) {
            return;
        }
        if (c.isSealed()) {
            for (Class<?> sub : c.getPermittedSubclasses()) {
                collect(sub, out);
            }
        }
        if (c.isRecord() && out.add(c)) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(rc.getGenericType(), out);
            }
        }
    }

    private static boolean canHoldText(Type t, Set<Type> seen) {
        if (!seen.add(t)) {
            return false;
        }
        if (t == String.class) {
            return true;
        }
        if (t instanceof ParameterizedType p) {
            return canHoldText(p.getActualTypeArguments()[0], seen);
        }
        if (t instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (canHoldText(rc.getGenericType(), seen)) {
                    return true;
                }
            }
        }
        if (t instanceof Class<?> c && c.isSealed()) {
            return canHoldText(c.getPermittedSubclasses()[0], seen);
        }
        return false;
    }

    /** An instance of a record with ASCII text everywhere except in component {@code other} (-1: none). */
    private static Object build(Class<?> r, int other) throws Exception {
        RecordComponent[] components = r.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(components[i].getGenericType(), i == other);
        }
        Constructor<?> ctor = r.getDeclaredConstructor(types);
        try {
            return ctor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException refused) {
            // a kind the record does not accept (PropertySet takes property kinds only): try the others
            for (int i = 0; i < components.length; i++) {
                if (types[i].isEnum()) {
                    for (Object constant : types[i].getEnumConstants()) {
                        args[i] = constant;
                        try {
                            return ctor.newInstance(args);
                        } catch (java.lang.reflect.InvocationTargetException again) {
                            // next constant
                        }
                    }
                }
            }
            throw refused;
        }
    }

    private static Object value(Type t, boolean other) throws Exception {
        if (t == String.class) {
            return other ? OTHER : PLAIN;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == int.class) {
            return 0;
        }
        if (t instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Object v = value(p.getActualTypeArguments()[0], other);
            if (raw == Optional.class) {
                return Optional.of(v);
            }
            if (raw == List.class) {
                List<Object> l = new ArrayList<>();
                l.add(v);
                return List.copyOf(l);
            }
        }
        if (t instanceof Class<?> c && c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (t instanceof Class<?> c && c.isRecord()) {
            int at = -1;
            if (other) {
                RecordComponent[] rc = c.getRecordComponents();
                for (int i = 0; i < rc.length && at < 0; i++) {
                    if (canHoldText(rc[i].getGenericType(), new LinkedHashSet<>())) {
                        at = i;
                    }
                }
            }
            return build(c, at);
        }
        if (t instanceof Class<?> c && c.isSealed()) {
            for (Class<?> sub : c.getPermittedSubclasses()) {
                if (sub.isRecord()) {
                    return value(sub, other);
                }
            }
        }
        throw new IllegalArgumentException("no test value for " + t);
    }
}
