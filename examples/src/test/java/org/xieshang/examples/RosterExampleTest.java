package org.xieshang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterExampleTest {

    @Test
    void the_roster_lists_sectors_in_display_order_and_members_in_pinyin_order_marking_standing_members() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        RosterExample.printRoster(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "政协青川市委员会第十三届委员名单",
                "中国共产党（2人）",
                "  陈丽华",
                "  周建国  常委",
                "民盟（2人）",
                "  林晓燕",
                "  王海涛  常委",
                "民建（2人）",
                "  黄一鸣",
                "  赵文博  常委",
                "无党派人士（1人）",
                "  孙美玲",
                "经济（2人）",
                "  郭子豪",
                "  马晓东",
                "教育（1人）",
                "  何静",
                "医药卫生（2人）",
                "  白雪梅",
                "  邓志强  常委");
    }

    @Test
    void main_prints_the_same_roster() {
        PrintStream console = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            RosterExample.main(new String[0]);
        } finally {
            System.setOut(console);
        }

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(20).startsWith("政协青川市委员会第十三届委员名单").endsWith("  邓志强  常委");
    }
}
