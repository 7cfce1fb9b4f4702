/** Client notifications: completed work collected per company and mailed as one daily digest. */
package dev.portico.notification;
