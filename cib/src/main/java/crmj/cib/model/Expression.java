package crmj.cib.model;

/** One condition of a rule. */
public sealed interface Expression permits AttrExpression, DateExpression, RawXml {
}
