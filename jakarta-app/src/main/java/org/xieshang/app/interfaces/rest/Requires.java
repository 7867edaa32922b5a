package org.xieshang.app.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.xieshang.app.application.security.Targets;
import org.xieshang.domain.security.Permission;

/**
 * The permission an endpoint needs, and which path parameter names the record it acts on. Every resource
 * method carries this or {@link Public}; {@link RequiresFilter} refuses any that carries neither.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    /** @return the permission, checked on the record's committee (and member) */
    Permission value();

    /** @return what the path parameter names */
    Targets.Kind on();

    /** @return the path parameter holding the record's identifier */
    String param() default "id";
}
