package org.xieshang.app.it;

import java.io.File;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application under test is the WAR the build made, exactly as it ships. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("xieshang.war", "target/xieshang.war")));
    }

    /**
     * The shipped WAR with some settings changed, through a configuration file in a library jar that outranks the
     * application's own (as an operator's configuration would): for timeouts and limits a test cannot wait for.
     *
     * @param settings MicroProfile Config keys and values
     */
    static WebArchive application(Map<String, String> settings) {
        StringBuilder properties = new StringBuilder("config_ordinal=500\n");
        settings.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        JavaArchive config = ShrinkWrap.create(JavaArchive.class, "xieshang-test-settings.jar")
                .addAsManifestResource(new StringAsset(properties.toString()), "microprofile-config.properties");
        return application().addAsLibrary(config);
    }
}
