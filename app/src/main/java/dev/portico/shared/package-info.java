/** Infrastructure shared by every feature: errors, time, database, engine and mail. */
package dev.portico.shared;
