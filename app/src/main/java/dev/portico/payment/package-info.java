/** Online payment of invoices with Stripe: Checkout for the client, webhooks record payments. */
package dev.portico.payment;
