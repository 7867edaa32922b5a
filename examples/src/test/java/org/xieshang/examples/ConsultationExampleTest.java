package org.xieshang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsultationExampleTest {

    @Test
    void the_example_approves_a_screened_plan_and_the_guards_refuse_what_the_rules_forbid() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ConsultationExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "拒绝：议题“某小区物业合同纠纷”经筛选不属于可协商事项",
                "计划：2026 年 1 个议题，中共澄湖市委审定",
                "拒绝：不调研不协商：须先完成议前调研，才能进行协商议事",
                "三在前：尚未协商，暂不能推进",
                "拒绝：该事项须先协商：协商完成前不能提交党委决策（三在前）",
                "三在前：已经协商，可以推进",
                "移交建议：建设街道综合养老服务中心（市民政局）",
                "移交建议：培育专业护理人才",
                "下一步：公开公示");
    }
}
