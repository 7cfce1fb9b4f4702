/**
 * Deliverables, their immutable versions, client review and approval with locking (process
 * deliverable-review).
 */
package dev.portico.deliverable;
