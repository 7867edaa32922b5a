package org.xieshang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProposalExampleTest {

    @Test
    void the_example_files_assigns_in_working_days_answers_after_the_countersign_and_closes_with_full_coverage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ProposalExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "通知：您的提案“关于推进义务教育优质均衡发展的建议”：已立案",
                "立案：第 1 号，履职记录 2 条",
                "拒绝：2026-05-01 不是工作日（节假日或休息日），请选择工作日",
                "通知：您的提案“关于推进义务教育优质均衡发展的建议”：已交办",
                "通知：提案“关于推进义务教育优质均衡发展的建议”交由贵单位主办，请于 2026-06-04 前答复",
                "通知：提案“关于推进义务教育优质均衡发展的建议”交由贵单位协办，请于 2026-06-04 前答复",
                "交办：办理期限 2026-06-04（65 个工作日）",
                "拒绝：还有 1 个协办单位未会签，主办单位暂不能答复",
                "通知：您的提案“关于推进义务教育优质均衡发展的建议”：已办结",
                "办理过程：8 步，答复类别 正在解决",
                "件件有回音：100%");
    }
}
