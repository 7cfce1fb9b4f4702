/** People who sign in (staff and client contacts), magic links, Google sign-in, access checks. */
package dev.portico.identity;
