package org.xieshang.app.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextCodecTest {

    @Test
    void any_text_comes_back_unchanged() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("kind", "PLENARY_SESSION");
        parameters.put("说明", "a=b&c=d\n第二行 100%+");
        parameters.put("empty", "");
        parameters.put("a=b&c", "%41%2B+ =&");
        parameters.put("", "no name");
        parameters.put("控制\u0000\t\r\n\u007f\u0085字符", "表情 🎉 \u2028 end ");
        List<String> items = List.of("2", "全体会议", "2023-01-10 十三届二次会议；2024-01-12 十三届三次会议", "", "x&y=z", "=", "&", "%", "+", " ",
                "%E4%B8%AD", "🎉\n\u0000");

        assertThat(TextCodec.map(TextCodec.map(parameters))).containsExactlyEntriesOf(parameters);
        assertThat(TextCodec.list(TextCodec.list(items))).containsExactlyElementsOf(items);
        assertThat(TextCodec.list(TextCodec.list(List.of()))).isEmpty();
        assertThat(TextCodec.list(TextCodec.list(List.of("")))).containsExactly("");
        assertThat(TextCodec.map(TextCodec.map(Map.of()))).isEmpty();
    }

    @Test
    void chinese_is_kept_as_it_is_and_only_separators_and_control_characters_are_encoded() {
        assertThat(TextCodec.list(List.of("十三届二次会议", "a=b&c", "50% + 5\n"))).isEqualTo("=十三届二次会议&=a%3Db%26c&=50%25 %2B 5%0A");
        assertThat(TextCodec.map(Map.of("说明", "全体会议"))).isEqualTo("说明=全体会议");
    }

    @Test
    void text_written_fully_url_encoded_reads_the_same() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("说明", "a=b&c=d\n第二行 100%+");
        parameters.put("kind", "PLENARY_SESSION");
        List<String> items = List.of("2", "全体会议 十三届", "", "x&y=z +");
        StringBuilder legacyMap = new StringBuilder();
        parameters.forEach((name, value) -> legacyMap.append(legacyMap.isEmpty() ? "" : "&").append(url(name)).append('=').append(url(value)));
        String legacyList = String.join("&", items.stream().map(item -> "=" + url(item)).toList());

        assertThat(TextCodec.map(legacyMap.toString())).containsExactlyEntriesOf(parameters);
        assertThat(TextCodec.list(legacyList)).containsExactlyElementsOf(items);
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
