package dev.portico.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What staff enter for a client contact. */
public record ContactForm(
    @NotBlank(message = "Enter the contact's name")
        @Size(max = 200, message = "At most 200 characters")
        String name,
    @NotBlank(message = "Enter an email address") @Email(message = "Enter a valid email address")
        String email,
    @Size(max = 200, message = "At most 200 characters") String jobTitle) {}
