package crmj.cib.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GLib's {@code g_list_sort}: a stable top-down merge sort that splits at half (rounded down) and takes from
 * the left run on ties. Reproduced exactly because some of Pacemaker's comparators are not transitive, so
 * another algorithm could order the same input differently (and Java's own sort may reject them).
 */
public final class GSort {
    private GSort() {
    }

    /** A sorted copy of the list. */
    public static <T> List<T> sort(List<T> list, Comparator<? super T> cmp) {
        if (list.size() < 2) {
            return new ArrayList<>(list);
        }
        int half = list.size() / 2;
        List<T> left = sort(list.subList(0, half), cmp);
        List<T> right = sort(list.subList(half, list.size()), cmp);
        List<T> out = new ArrayList<>(list.size());
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            if (cmp.compare(left.get(i), right.get(j)) <= 0) {
                out.add(left.get(i++));
            } else {
                out.add(right.get(j++));
            }
        }
        out.addAll(left.subList(i, left.size()));
        out.addAll(right.subList(j, right.size()));
        return out;
    }

    /** {@code g_list_insert_sorted}: inserts before the first element not smaller than the new one. */
    public static <T> void insertSorted(List<T> list, T item, Comparator<? super T> cmp) {
        int i = 0;
        while (i < list.size() && cmp.compare(item, list.get(i)) > 0) {
            i++;
        }
        list.add(i, item);
    }
}
