/** Uploaded files: stored by content hash, typed from their bytes, served safely. */
package dev.portico.shared.files;
