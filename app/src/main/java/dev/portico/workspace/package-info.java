/** The agency (tenant): plan, portal switch, branding. */
package dev.portico.workspace;
