package org.xieshang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DutyFileExampleTest {

    @Test
    void the_example_scores_the_year_with_its_trace_and_raises_reminder_talks() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        DutyFileExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "出席登记：九届四次会议，邀请 2 人",
                "林晓燕 出席全体会议 10 ← 九届四次会议",
                "林晓燕 领衔提案 5 ← 关于加快县域养老服务体系建设的提案",
                "林晓燕 2025年得分 15 不合格",
                "王海涛 2025年得分 0 不合格",
                "预警：林晓燕 2025 年度履职得分 15（不合格），低于合格线，应约谈提醒",
                "预警：王海涛 2025 年度履职得分 0（不合格），低于合格线，应约谈提醒");
    }
}
