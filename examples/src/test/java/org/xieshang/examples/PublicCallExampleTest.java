package org.xieshang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicCallExampleTest {

    @Test
    void the_example_receives_refuses_markup_adopts_and_declines_and_answers_under_the_receipts() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        PublicCallExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "回执：已发放",
                "拒绝：内容只能是纯文本，不能含有网页标记",
                "老旧小区加装电梯：已采纳，已列入2027年度协商计划草案",
                "邻居宅基地纠纷：未采纳，属于个人纠纷，请向镇人民调解委员会申请调解",
                "计划草案议题：1");
    }
}
