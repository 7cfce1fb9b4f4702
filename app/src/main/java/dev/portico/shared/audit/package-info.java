/** The workspace's audit trail. */
package dev.portico.shared.audit;
