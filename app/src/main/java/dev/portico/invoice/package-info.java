/** Invoices, their numbers, PDF, payments and dunning of the unpaid (process invoice-dunning). */
package dev.portico.invoice;
