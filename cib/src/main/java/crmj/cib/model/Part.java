package crmj.cib.model;

/** A child element of a resource, node or alert, kept in document order. */
public sealed interface Part permits AttributeSet, Operations, RawXml, Comment, ContainerPart, Recipient, AlertSelect {
}
