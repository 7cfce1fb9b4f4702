/** The seeded demo agency of the embedded default. */
package dev.portico.demo;
