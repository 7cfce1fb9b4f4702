package dev.portico.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A client contact does something in its own name here (decides, pays, sends, replies). Refused on
 * the server while staff view the portal as the contact ({@link ViewAsPrincipal}): the guard runs
 * before the method, so nothing is written, sent or started. Every service method a client can call
 * is either this or a {@link ClientRead}; a test holds every such method to that.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ClientAction {}
