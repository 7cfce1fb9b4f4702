/** Files staff share with a client company, for the whole company or one of its projects. */
package dev.portico.file;
