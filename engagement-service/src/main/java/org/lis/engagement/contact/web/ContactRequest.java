package org.lis.engagement.contact.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lis.events.partner.LawfulBasis;
import org.lis.support.validation.SingleLine;

/**
 * Body of {@code POST /api/partners/{id}/contacts}. The phone must look like one: digits with
 * optional leading +, spaces, dashes, dots and brackets, 7 to 15 digits in all.
 */
public record ContactRequest(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @Size(max = 200) @SingleLine String role,
        @NotBlank @Email(regexp = ".+@[^@]+\\.[^@.]+", message = "must be an email address such as name@example.org")
        @Size(max = 254) @SingleLine String email,
        @Pattern(regexp = "^\\+?[0-9 ().-]{7,20}$", message = "must be a phone number such as +44 1296 123456")
        @Pattern(regexp = "^(\\D*\\d){7,15}\\D*$", message = "must have between 7 and 15 digits")
        @SingleLine String phone,
        @NotNull LawfulBasis lawfulBasis) {
}
