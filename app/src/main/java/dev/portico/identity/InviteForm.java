package dev.portico.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What staff enter to invite a client contact.
 *
 * @param name optional for a new contact (taken from the email when empty)
 * @param accessUntil optional last day of portal access
 */
public record InviteForm(
    @NotBlank(message = "Enter an email address") @Email(message = "Enter a valid email address")
        String email,
    @Size(max = 200, message = "At most 200 characters") String name,
    LocalDate accessUntil) {}
