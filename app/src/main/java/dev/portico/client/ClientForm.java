package dev.portico.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What staff enter for a client company.
 *
 * @param status Lead, Client or Former client; null means Client (a new company's default)
 */
public record ClientForm(
    @NotBlank(message = "Enter the company name")
        @Size(max = 200, message = "At most 200 characters")
        String name,
    @Pattern(regexp = "^$|^https?://\\S+$", message = "Enter a web address starting with https://")
        String website,
    @Size(max = 5000, message = "At most 5000 characters") String internalNotes,
    ClientStatus status) {

  /** A company with the default status, Client. */
  public ClientForm(String name, String website, String internalNotes) {
    this(name, website, internalNotes, null);
  }

  ClientStatus statusOrDefault() {
    return status == null ? ClientStatus.CLIENT : status;
  }
}
