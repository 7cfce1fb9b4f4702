/** Client companies and their contacts. */
package dev.portico.client;
