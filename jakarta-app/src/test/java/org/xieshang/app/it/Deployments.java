package org.xieshang.app.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application under test is the WAR the build made, exactly as it ships. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("xieshang.war", "target/xieshang.war")));
    }
}
