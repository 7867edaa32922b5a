package org.xieshang.app.infrastructure.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.infrastructure.demo.DemoDataLoader;


/** What happens once when the application starts: migrate the schema, then load demo data if asked to. */
@ApplicationScoped
public class ApplicationStart {

    @Inject
    SchemaMigration migration;

    @Inject
    DemoDataLoader demoData;

    @Inject
    @ConfigProperty(name = "xieshang.demo-data", defaultValue = "false")
    boolean loadDemoData;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        if (loadDemoData) {
            demoData.loadIfEmpty();
        }
    }
}
