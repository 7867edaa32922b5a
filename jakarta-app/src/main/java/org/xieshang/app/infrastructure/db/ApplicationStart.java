package org.xieshang.app.infrastructure.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.infrastructure.demo.ConsultationDemoLoader;
import org.xieshang.app.infrastructure.demo.DemoAccounts;
import org.xieshang.app.infrastructure.demo.DemoDataLoader;
import org.xieshang.app.infrastructure.demo.DutyDemoLoader;
import org.xieshang.app.infrastructure.demo.ProposalDemoLoader;
import org.xieshang.app.infrastructure.demo.OutcomeDemoLoader;
import org.xieshang.app.infrastructure.demo.SocialReportDemoLoader;


/**
 * What happens once when the application starts: migrate the schema, load demo data and accounts if asked to, and
 * on a first start open the administrator accounts; then {@link ApplicationReady} starts the background work.
 */
@ApplicationScoped
public class ApplicationStart {

    @Inject
    SchemaMigration migration;

    @Inject
    DemoDataLoader demoData;

    @Inject
    DutyDemoLoader dutyDemo;

    @Inject
    ConsultationDemoLoader consultationDemo;

    @Inject
    SocialReportDemoLoader socialReportDemo;

    @Inject
    ProposalDemoLoader proposalDemo;

    @Inject
    OutcomeDemoLoader outcomeDemo;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    FirstStart firstStart;

    @Inject
    Event<ApplicationReady> ready;

    @Inject
    @ConfigProperty(name = "xieshang.demo-data", defaultValue = "false")
    boolean loadDemoData;

    @Inject
    @ConfigProperty(name = "xieshang.demo-accounts", defaultValue = "false")
    boolean openDemoAccounts;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        if (loadDemoData) {
            demoData.loadIfEmpty();
            dutyDemo.loadIfEmpty();
            consultationDemo.loadIfEmpty();
            socialReportDemo.loadIfEmpty();
            proposalDemo.loadIfEmpty();
            outcomeDemo.loadIfEmpty();
        }
        if (openDemoAccounts) {
            demoAccounts.openIfMissing();
        }
        firstStart.openAdministratorAccountsIfNone();
        ready.fire(new ApplicationReady());
    }
}
