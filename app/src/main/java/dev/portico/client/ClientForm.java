package dev.portico.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What staff enter for a client company. */
public record ClientForm(
    @NotBlank(message = "Enter the company name")
        @Size(max = 200, message = "At most 200 characters")
        String name,
    @Pattern(regexp = "^$|^https?://\\S+$", message = "Enter a web address starting with https://")
        String website,
    @Size(max = 5000, message = "At most 5000 characters") String internalNotes) {}
