package crmj.cib.status;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates {@code <rule>} elements as Pacemaker's {@code pe_eval_rules} does: node attribute, date, role,
 * resource and operation expressions, nested rules, {@code boolean-op} and/or.
 */
public final class Rules {
    /**
     * What a rule is evaluated against: the time, a node's attributes (null when no node), a role (UNKNOWN
     * when none), a resource's agent (nulls when none) and an operation (null name when none).
     */
    public record Context(long now, Map<String, String> nodeAttrs, Role role, String rscClass, String rscProvider,
                   String rscType, String opName, long opIntervalMs, Match match) {
        /** A context without resource match data. */
        public Context(long now, Map<String, String> nodeAttrs, Role role, String rscClass, String rscProvider,
                       String rscType, String opName, long opIntervalMs) {
            this(now, nodeAttrs, role, rscClass, rscProvider, rscType, opName, opIntervalMs, null);
        }

        /** A context with only the time. */
        public static Context at(long now) {
            return new Context(now, null, Role.UNKNOWN, null, null, null, null, 0);
        }
    }

    /**
     * What a location rule is evaluated against besides the node ({@code pe_match_data_t}): the resource's
     * parameters and meta-attributes (for {@code value-source}) and the {@code rsc-pattern} match (for %N).
     */
    public record Match(Map<String, String> params, Map<String, String> meta, java.util.regex.Matcher re) {
    }

    private final XmlDocument doc;

    public Rules(XmlDocument doc) {
        this.doc = doc;
    }

    /** {@code pe_eval_rules}: true when the element has no rule or any of its rules passes. */
    public boolean passes(XmlElement ruleset, Context ctx) {
        boolean dflt = true;
        for (XmlElement rule : ruleset.children("rule")) {
            dflt = false;
            if (evalRule(rule, ctx)) {
                return true;
            }
        }
        return dflt;
    }

    public boolean evalRule(XmlElement ruleRef, Context ctx) {
        XmlElement rule = doc.expandIdRef(ruleRef);
        if (rule == null) {
            return false;
        }
        boolean doAnd = !"or".equalsIgnoreCase(rule.attr("boolean-op"));
        for (XmlElement expr : rule.children()) {
            boolean test = evalExpression(expr, ctx);
            if (test && !doAnd) {
                return true;
            }
            if (!test && doAnd) {
                return false;
            }
        }
        return doAnd;
    }

    private boolean evalExpression(XmlElement expr, Context ctx) {
        switch (expr.name()) {
            case "rule":
                return evalRule(expr, ctx);
            case "date_expression":
                return evalDate(expr, ctx.now());
            case "rsc_expression":
                return evalRsc(expr, ctx);
            case "op_expression":
                return evalOp(expr, ctx);
            case "expression":
                if ("#role".equals(expr.attr("attribute"))) {
                    return evalRole(expr, ctx.role());
                }
                return ctx.nodeAttrs() != null && evalAttr(expr, ctx.nodeAttrs(), ctx.match());
            default:
                return false;
        }
    }

    private static boolean evalAttr(XmlElement expr, Map<String, String> attrs, Match match) {
        String attr = expr.attr("attribute");
        if (attr == null) {
            return false;
        }
        String op = expr.attr("operation");
        String value = expr.attr("value");
        if (value != null && value.isEmpty()) {
            value = null;
        }
        if (match != null) {
            if (match.re() != null) {
                attr = expandMatches(attr, match.re());
            }
            value = valueSource(value, expr.attr("value-source"), match);
        }
        return AttrCompare.accept(attrs.get(attr), value, expr.attr("type"), op);
    }

    /** {@code expand_value_source}. */
    private static String valueSource(String value, String source, Match match) {
        if (value == null) {
            return null;
        }
        Map<String, String> table;
        if ("param".equalsIgnoreCase(source)) {
            table = match.params();
        } else if ("meta".equalsIgnoreCase(source)) {
            table = match.meta();
        } else {
            return value;
        }
        return table == null ? null : table.get(value);
    }

    /** {@code pe_expand_re_matches}: %0 to %9 replaced by the pattern's groups. */
    public static String expandMatches(String text, java.util.regex.Matcher re) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int g = text.charAt(i + 1) - '0';
                if (g <= re.groupCount() && re.group(g) != null) {
                    sb.append(re.group(g));
                }
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean evalRole(XmlElement expr, Role role) {
        if (role == Role.UNKNOWN) {
            return false;
        }
        String op = expr.attr("operation");
        String value = expr.attr("value");
        if ("defined".equalsIgnoreCase(op)) {
            return role.isAfter(Role.STARTED);
        } else if ("not_defined".equalsIgnoreCase(op)) {
            return role.isAfter(Role.UNKNOWN) && role.compareTo(Role.UNPROMOTED) < 0;
        } else if ("eq".equalsIgnoreCase(op)) {
            return Role.parse(value) == role;
        } else if ("ne".equalsIgnoreCase(op)) {
            if (role.isAfter(Role.UNKNOWN) && role.compareTo(Role.UNPROMOTED) < 0) {
                return false;
            }
            return Role.parse(value) != role;
        }
        return false;
    }

    private static boolean evalRsc(XmlElement expr, Context ctx) {
        if (ctx.rscType() == null && ctx.rscClass() == null) {
            return false;
        }
        String cls = expr.attr("class");
        String provider = expr.attr("provider");
        String type = expr.attr("type");
        if (cls != null && !cls.equals(ctx.rscClass())) {
            return false;
        }
        if (provider == null ? ctx.rscProvider() != null : !provider.equals(ctx.rscProvider())) {
            return false;
        }
        return type == null || type.equals(ctx.rscType());
    }

    private static boolean evalOp(XmlElement expr, Context ctx) {
        if (ctx.opName() == null) {
            return false;
        }
        String interval = expr.attr("interval");
        if (interval != null && Values.intervalMs(interval) != ctx.opIntervalMs()) {
            return false;
        }
        return ctx.opName().equals(expr.attr("name"));
    }

    private static boolean evalDate(XmlElement expr, long now) {
        String op = expr.attr("operation");
        Long start = expr.attr("start") == null ? null : IsoTime.epochSeconds(expr.attr("start"));
        Long end = expr.attr("end") == null ? null : IsoTime.epochSeconds(expr.attr("end"));
        XmlElement duration = expr.child("duration");
        if (start != null && end == null && duration != null) {
            end = plusDuration(start, duration);
        }
        if (op == null || op.equalsIgnoreCase("in_range")) {
            if (start == null && end == null) {
                return false;
            }
            return (start == null || now >= start) && (end == null || now <= end);
        } else if (op.equalsIgnoreCase("date_spec")) {
            XmlElement spec = expr.child("date_spec");
            return spec != null && DateSpec.matches(spec, now);
        } else if (op.equalsIgnoreCase("gt")) {
            return start != null && now > start;
        } else if (op.equalsIgnoreCase("lt")) {
            return end != null && now < end;
        }
        return false;
    }

    private static long plusDuration(long start, XmlElement d) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(start, 0, ZoneOffset.UTC);
        t = t.plusYears(Values.intValue(d.attr("years"), 0))
                .plusMonths(Values.intValue(d.attr("months"), 0))
                .plusWeeks(Values.intValue(d.attr("weeks"), 0))
                .plusDays(Values.intValue(d.attr("days"), 0))
                .plusHours(Values.intValue(d.attr("hours"), 0))
                .plusMinutes(Values.intValue(d.attr("minutes"), 0))
                .plusSeconds(Values.intValue(d.attr("seconds"), 0));
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    /** {@code pe_cron_range_satisfied}: every field given in a date_spec matches the time. */
    private static final class DateSpec {
        private DateSpec() {
        }

        static boolean matches(XmlElement spec, long now) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(now, 0, ZoneOffset.UTC);
            return in(spec, "years", t.getYear())
                    && in(spec, "months", t.getMonthValue())
                    && in(spec, "monthdays", t.getDayOfMonth())
                    && in(spec, "hours", t.getHour())
                    && in(spec, "minutes", t.getMinute())
                    && in(spec, "seconds", t.getSecond())
                    && in(spec, "yeardays", t.getDayOfYear())
                    && in(spec, "weekyears", t.get(IsoFields.WEEK_BASED_YEAR))
                    && in(spec, "weeks", t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    && in(spec, "weekdays", t.get(ChronoField.DAY_OF_WEEK));
        }

        private static boolean in(XmlElement spec, String field, int value) {
            String range = spec.attr(field);
            if (range == null) {
                return true;
            }
            String r = range.trim().toLowerCase(Locale.ROOT);
            int dash = r.indexOf('-', 1);
            if (dash < 0) {
                return Values.leadingLong(r, Long.MIN_VALUE) == value;
            }
            long low = Values.leadingLong(r.substring(0, dash), Long.MIN_VALUE);
            String hi = r.substring(dash + 1);
            long high = hi.isEmpty() ? Long.MAX_VALUE : Values.leadingLong(hi, Long.MAX_VALUE);
            return value >= low && value <= high;
        }
    }
}
