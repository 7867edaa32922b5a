package org.xieshang.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Signing in through the Faces form in Chromium: a new session id, the committee tenancy of the screens,
 * the second factor, lockout after 5 failures, and the way back to the login page after an idle session
 * (idle timeout shortened to 5 seconds for this deployment).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityBrowserIT {

    @ArquillianResource
    private URL base;

    private Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(Map.of("xieshang.security.idle-timeout", "PT5S"));
    }

    @BeforeEach
    void open() {
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void signing_in_gives_a_new_session_and_shows_only_the_users_committee() {
        browser.open("members.xhtml");
        assertThat(browser.url()).contains("login.xhtml");
        String before = browser.sessionId();
        assertThat(browser.sessionCookie().isHttpOnly()).isTrue();
        assertThat(browser.sessionCookie().getSameSite()).isEqualToIgnoringCase("Strict");

        browser.type("loginForm:username", "registry.county.demo");
        browser.type("loginForm:password", Api.DEMO_PASSWORD);
        browser.click("loginForm:signIn");

        browser.waitFor(d -> d.getCurrentUrl().contains("members.xhtml"));
        assertThat(browser.sessionId()).isNotEqualTo(before);
        assertThat(browser.text("signedInAs")).contains("registry.county.demo");
        assertThat(browser.all("[id='header:committee_input'] option")).hasSize(1);
    }

    @Test
    void a_member_sees_their_own_file_but_not_the_member_list() {
        browser.signIn("member.demo", Api.DEMO_PASSWORD);

        assertThat(browser.all("[id='header:navMembers']")).isEmpty();
        browser.click("header:navOwnFile");
        browser.waitFor(d -> d.getCurrentUrl().contains("member.xhtml"));
        assertThat(browser.text("memberName")).isNotBlank();
        browser.open("members.xhtml");
        assertThat(browser.text("errorText")).contains("没有访问");
    }

    @Test
    void an_administrator_signs_in_with_a_one_time_code() {
        browser.open("login.xhtml");
        browser.type("loginForm:username", "auditadmin.demo");
        browser.type("loginForm:password", Api.DEMO_PASSWORD);
        browser.click("loginForm:signIn");
        browser.waitFor(d -> !d.findElements(By.id("loginForm:code")).isEmpty());

        browser.type("loginForm:code", Api.currentCode(Api.DEMO_ADMIN_KEY));
        browser.click("loginForm:signIn");

        browser.waitFor(d -> d.getCurrentUrl().contains("committees.xhtml"));
        assertThat(browser.text("signedInAs")).contains("auditadmin.demo");
    }

    @Test
    void five_failed_sign_ins_lock_the_account_and_the_right_password_no_longer_helps() {
        browser.open("login.xhtml");
        for (int i = 1; i <= 5; i++) {
            browser.type("loginForm:username", "leader.demo");
            browser.type("loginForm:password", "wrong-" + i);
            browser.click("loginForm:signIn");
            int attempt = i;
            browser.waitFor(d -> browser.messages().stream().anyMatch(m -> attempt < 5 ? m.contains("不正确") : m.contains("锁定")));
        }
        browser.type("loginForm:username", "leader.demo");
        browser.type("loginForm:password", Api.DEMO_PASSWORD);
        browser.click("loginForm:signIn");

        browser.waitFor(d -> browser.messages().stream().anyMatch(m -> m.contains("锁定")));
        assertThat(browser.url()).contains("login.xhtml");
    }

    @Test
    void an_idle_session_ends_and_the_next_click_leads_to_the_login_page_and_back() throws InterruptedException {
        browser.signIn("registry.demo", Api.DEMO_PASSWORD);
        browser.open("sectors.xhtml");
        browser.find("sectorForm");

        Thread.sleep(7_000);
        browser.click("header:navMembers");

        browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
        assertThat(browser.url()).contains("expired=true");
        assertThat(browser.messages()).anyMatch(m -> m.contains("会话已超时"));
        browser.type("loginForm:username", "registry.demo");
        browser.type("loginForm:password", Api.DEMO_PASSWORD);
        browser.click("loginForm:signIn");
        browser.waitFor(d -> d.getCurrentUrl().contains("members.xhtml"));
    }
}
