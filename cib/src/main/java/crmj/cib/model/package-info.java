/**
 * The immutable CIB model: records that map one to one onto Pacemaker's CIB XML
 * (schema pacemaker-3.9), with crmsh 4.4.1's ids stored explicitly.
 *
 * <p>Objects are kept flat, as crmsh keeps them: a group or clone refers to its children
 * by id, and the XML writer nests them. Children lists keep document order, because
 * {@code show} prints them in that order.
 */
package crmj.cib.model;
