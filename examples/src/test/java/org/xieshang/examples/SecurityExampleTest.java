package org.xieshang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecurityExampleTest {

    @Test
    void the_example_locks_the_clerk_out_decides_by_role_and_verifies_the_trail() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        SecurityExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "首次启动：sysadmin（一次性密码已生成）",
                "首次启动：secadmin（一次性密码已生成）",
                "首次启动：auditadmin（一次性密码已生成）",
                "第 1 次错误登录：BAD_CREDENTIALS",
                "第 2 次错误登录：BAD_CREDENTIALS",
                "第 3 次错误登录：BAD_CREDENTIALS",
                "第 4 次错误登录：BAD_CREDENTIALS",
                "第 5 次错误登录：LOCKED",
                "正确密码：LOCKED",
                "登记委员：access.allowed",
                "查阅审计日志：access.no-permission",
                "审计记录 11 条，日志链：NONE");
    }
}
