package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Attr;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Nvpair;
import crmj.cib.model.Op;
import crmj.cib.model.Operations;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * crmsh's {@code set PATH VALUE}: {@code ID.NAME} sets the one nvpair of that name in the object (its
 * nested children included, as crmsh searches the XML subtree), {@code ID.OP.NAME} an attribute of its
 * only op of that name, {@code ID.OP.INTERVAL.NAME} an attribute of the op with id {@code ID-OP-INTERVAL}.
 */
final class AttributePaths {
    private AttributePaths() {
    }

    static void set(List<CibObject> objects, String path, String value, SourceLocation at) {
        String[] p = path.split("\\.", -1);
        if (p.length < 2 || p.length > 4) {
            throw new CrmException(at, "Invalid path: \"" + path + "\"; Valid path: \"id.[op_type.][interval.]name\"");
        }
        int index = ConfigEditor.indexOf(objects, p[0]);
        if (index < 0) {
            throw new CrmException(at, "Object " + p[0] + " not found");
        }
        List<CibObject> subtree = subtree(objects, objects.get(index));
        if (p.length == 2) {
            int count = 0;
            for (CibObject o : subtree) {
                count += countNvpairs(ObjectParts.of(o), p[1]);
            }
            if (count == 0) {
                throw new CrmException(at, "Attribute not found: " + path);
            }
            if (count > 1) {
                throw new CrmException(at, "Expected 1 attribute named " + p[1] + ", found " + count);
            }
            apply(objects, subtree, part -> setNvpair(part, p[1], value));
            return;
        }
        String name = p[p.length - 1];
        List<Op> matching = new ArrayList<>();
        for (CibObject o : subtree) {
            for (Part part : ObjectParts.of(o)) {
                if (part instanceof Operations ops) {
                    for (Op op : ops.ops()) {
                        boolean hit = p.length == 3 ? op.name().equals(p[1])
                                : op.id().equals(p[0] + "-" + p[1] + "-" + p[2]);
                        if (hit) {
                            matching.add(op);
                        }
                    }
                }
            }
        }
        if (matching.isEmpty()) {
            throw new CrmException(at, p.length == 3
                    ? "Operation \"" + p[1] + "\" not found for resource " + p[0]
                    : "Operation \"" + p[1] + "\" interval \"" + p[2] + "\" not found for resource " + p[0]);
        }
        if (matching.size() > 1 && p.length == 3) {
            throw new CrmException(at, "Should specify interval of " + p[1]);
        }
        Op target = matching.get(0);
        apply(objects, subtree, part -> setOpAttribute(part, target, name, value));
    }

    private static List<CibObject> subtree(List<CibObject> objects, CibObject root) {
        List<CibObject> out = new ArrayList<>();
        out.add(root);
        for (String child : ConfigEditor.childIds(root)) {
            int i = ConfigEditor.indexOf(objects, child);
            if (i >= 0) {
                out.addAll(subtree(objects, objects.get(i)));
            }
        }
        return out;
    }

    private static int countNvpairs(List<Part> parts, String name) {
        int n = 0;
        for (Part part : parts) {
            if (part instanceof AttributeSet s) {
                n += (int) s.nvpairs().stream().filter(nv -> nv.name().equals(Optional.of(name))).count();
            } else if (part instanceof Operations ops) {
                for (Op op : ops.ops()) {
                    n += countNvpairs(new ArrayList<>(op.sets()), name);
                }
            }
        }
        return n;
    }

    private static Part setNvpair(Part part, String name, String value) {
        if (part instanceof AttributeSet s) {
            return withValue(s, name, value);
        }
        if (part instanceof Operations ops) {
            List<Op> list = new ArrayList<>();
            for (Op op : ops.ops()) {
                List<AttributeSet> sets = new ArrayList<>();
                op.sets().forEach(s -> sets.add(withValue(s, name, value)));
                list.add(new Op(op.id(), op.attributes(), sets));
            }
            return new Operations(ops.id(), ops.idRef(), list);
        }
        return part;
    }

    private static AttributeSet withValue(AttributeSet s, String name, String value) {
        List<Nvpair> pairs = new ArrayList<>();
        for (Nvpair nv : s.nvpairs()) {
            pairs.add(nv.name().equals(Optional.of(name))
                    ? new Nvpair(nv.id(), nv.name(), Optional.of(value), nv.idRef()) : nv);
        }
        return new AttributeSet(s.kind(), s.id(), s.idRef(), s.score(), s.rules(), pairs);
    }

    private static Part setOpAttribute(Part part, Op target, String name, String value) {
        if (!(part instanceof Operations ops)) {
            return part;
        }
        List<Op> list = new ArrayList<>();
        for (Op op : ops.ops()) {
            if (op != target) {
                list.add(op);
                continue;
            }
            List<Attr> attrs = new ArrayList<>();
            boolean found = false;
            for (Attr a : op.attributes()) {
                if (a.name().equals(name)) {
                    attrs.add(new Attr(name, value));
                    found = true;
                } else {
                    attrs.add(a);
                }
            }
            if (!found) {
                attrs.add(new Attr(name, value));
            }
            list.add(new Op(op.id(), attrs, op.sets()));
        }
        return new Operations(ops.id(), ops.idRef(), list);
    }

    private static void apply(List<CibObject> objects, List<CibObject> subtree, UnaryOperator<Part> change) {
        for (CibObject o : subtree) {
            List<Part> parts = new ArrayList<>();
            ObjectParts.of(o).forEach(part -> parts.add(change.apply(part)));
            objects.set(objects.indexOf(o), ObjectParts.with(o, parts));
        }
    }


}
