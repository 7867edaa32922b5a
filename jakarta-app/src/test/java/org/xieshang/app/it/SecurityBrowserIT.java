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

        Api registry = new Api(base).as("registry.demo");
        String someoneElse = registry.get("api/v1/committees/" + registry.cityCommitteeId() + "/members?size=2&sort=code").json()
                .getJsonArray("items").getJsonObject(1).getString("id");
        browser.open("member.xhtml?id=" + someoneElse);
        assertThat(browser.text("errorText")).contains("没有访问");
        assertThat(new Api(base).as("auditadmin.demo").get("api/v1/audit?action=ACCESS_DENIED&actor=member.demo").json()
                .getJsonArray("items")).as("a refusal inside a service is audited though its transaction rolls back").isNotEmpty();
    }

    @Test
    void an_administrator_signs_in_with_a_one_time_code() {
        signInAsAdministrator("auditadmin.demo");

        assertThat(browser.text("signedInAs")).contains("auditadmin.demo");
        assertThat(browser.all("[id='header:navMembers']")).isEmpty();
        assertThat(browser.all("[id='header:navUsers']")).isEmpty();
        browser.click("header:navAudit");
        browser.click("auditForm:verify");
        browser.waitFor(d -> browser.messages().stream().anyMatch(m -> m.contains("完好")));
        assertThat(browser.all("[id='auditForm:table_data'] tr")).hasSizeGreaterThan(5);

        browser.click("header:secondFactor");
        browser.type("secondFactorForm:code", "123456");
        browser.click("secondFactorForm:enrol");
        browser.waitFor(d -> !browser.text("secondFactorForm:currentPasswordMessage").isBlank());
        assertThat(browser.text("secondFactorForm:currentPasswordMessage")).as("replacing the key needs the password").isNotBlank();
    }

    @Test
    void the_security_administrator_opens_an_account_and_sees_its_one_time_password_once() {
        signInAsAdministrator("secadmin.demo");

        browser.click("header:navUsers");
        browser.type("userForm:username", "clerk.browser");
        browser.type("userForm:displayName", "浏览器办事员");
        browser.waitFor(d -> d.findElements(By.cssSelector("[id='userForm:roles'] label")).stream()
                .filter(l -> l.getText().equals("提案工作人员")).findFirst().orElse(null)).click();
        browser.click("userForm:open");

        String oneTime = browser.waitFor(d -> browser.text("oneTimePassword"));
        assertThat(oneTime).hasSize(16);
        assertThat(browser.text("userForm:table")).contains("clerk.browser");
        browser.click("userForm:forget");
        browser.waitFor(d -> d.findElements(By.id("oneTimePassword")).isEmpty());

        browser.click("header:navPermissions");
        assertThat(browser.text("permissionForm:table")).contains("审计管理员").contains("查看完整身份证号和电话");
        assertThat(browser.all("[id='permissionForm:table'] select[disabled]")).isNotEmpty();
        browser.click("permissionForm:save");
        browser.waitFor(d -> browser.messages().stream().anyMatch(m -> m.contains("已保存")));
    }

    @Test
    void a_clerk_sees_personal_numbers_masked_until_asking_for_them() {
        browser.signIn("registry.demo", Api.DEMO_PASSWORD);
        Api registry = new Api(base).as("registry.demo");
        String id = registry.get("api/v1/committees/" + registry.cityCommitteeId() + "/members?size=1&sort=code").json().getJsonArray("items")
                .getJsonObject(0).getString("id");
        browser.open("member.xhtml?id=" + id);
        assertThat(browser.text("personal")).containsPattern("\\d{3}\\*{11}");

        browser.click("revealForm:reveal");

        browser.waitFor(d -> d.findElements(By.id("revealForm:reveal")).isEmpty());
        assertThat(browser.text("personal")).containsPattern("\\d{17}[0-9X]");
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

    /**
     * Password first; the form then asks for the one-time code, which the demo administrators' key gives. A code is accepted
     * once: when another test (or an API token) already used this 30-second step's code, the next step's code is typed.
     */
    private void signInAsAdministrator(String username) {
        browser.open("login.xhtml");
        browser.type("loginForm:username", username);
        browser.type("loginForm:password", Api.DEMO_PASSWORD);
        browser.click("loginForm:signIn");
        browser.waitFor(d -> !d.findElements(By.id("loginForm:code")).isEmpty());
        if (!typeCodeAndSignIn()) {
            Api.sleepUntilNextStep();
            browser.type("loginForm:password", Api.DEMO_PASSWORD); // a refused attempt clears the password
            assertThat(typeCodeAndSignIn()).as("the next step's code signs in").isTrue();
        }
    }

    private boolean typeCodeAndSignIn() {
        browser.type("loginForm:code", Api.currentCode(Api.DEMO_ADMIN_KEY));
        browser.click("loginForm:signIn");
        String outcome = browser.waitFor(d -> d.getCurrentUrl().contains("committees.xhtml") ? "signed in"
                : browser.messages().stream().anyMatch(m -> m.contains("动态验证码不正确")) ? "refused" : null);
        return outcome.equals("signed in");
    }
}
