/** Projects, milestones, tasks and their Replies and Notes; progress derived from them. */
package dev.portico.project;
