package dev.portico.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method a client contact can call that changes nothing in the contact's name: it may run
 * while staff view the portal as the contact. Anything that decides, pays, sends or replies is a
 * {@link ClientAction} instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ClientRead {}
