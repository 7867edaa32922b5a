package org.xieshang.app.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An endpoint open without signing in (getting a token) or to every signed-in user (its service filters). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Public {

    /** @return why it needs no permission, for reviewers */
    String value();
}
