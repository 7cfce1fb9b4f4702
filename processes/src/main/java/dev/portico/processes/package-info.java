/** One constants class per BPMN model: ids, job types, messages, error codes, element ids. */
package dev.portico.processes;
