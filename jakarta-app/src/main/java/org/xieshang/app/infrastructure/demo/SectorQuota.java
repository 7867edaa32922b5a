package org.xieshang.app.infrastructure.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a committee's demo members out among its sectors in proportion to typical sector sizes (the
 * Communist Party and the economic sector large, 台盟 and 台联 small), at least one member each.
 */
final class SectorQuota {

    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("中国共产党", 16), Map.entry("民革", 5), Map.entry("民盟", 6), Map.entry("民建", 6), Map.entry("民进", 6),
            Map.entry("农工党", 5), Map.entry("致公党", 4), Map.entry("九三学社", 5), Map.entry("台盟", 2), Map.entry("无党派人士", 6),
            Map.entry("共青团", 4), Map.entry("工会", 6), Map.entry("妇联", 6), Map.entry("青联", 4), Map.entry("工商联", 9),
            Map.entry("科协", 5), Map.entry("台联", 2), Map.entry("侨联", 3), Map.entry("文化艺术", 6), Map.entry("科学技术", 6),
            Map.entry("社会科学", 5), Map.entry("经济", 12), Map.entry("农业", 8), Map.entry("教育", 9), Map.entry("体育", 3),
            Map.entry("新闻出版", 4), Map.entry("医药卫生", 9), Map.entry("对外友好", 3), Map.entry("社会福利和社会保障", 5),
            Map.entry("少数民族", 4), Map.entry("宗教", 4), Map.entry("特邀人士", 6));
    private static final int DEFAULT_WEIGHT = 4;

    private SectorQuota() {
    }

    /**
     * @param sectorNames the committee's sectors in display order
     * @param total       how many members in all, at least one per sector
     * @return members per sector, in the given order, adding up to the total
     */
    static Map<String, Integer> allocate(List<String> sectorNames, int total) {
        if (total < sectorNames.size()) {
            throw new IllegalArgumentException("fewer members than sectors: " + total);
        }
        int weightSum = sectorNames.stream().mapToInt(SectorQuota::weight).sum();
        int spare = total - sectorNames.size();
        Map<String, Integer> quota = new LinkedHashMap<>();
        List<double[]> remainders = new ArrayList<>();
        int given = 0;
        for (int i = 0; i < sectorNames.size(); i++) {
            double exact = (double) spare * weight(sectorNames.get(i)) / weightSum;
            int whole = (int) Math.floor(exact);
            quota.put(sectorNames.get(i), 1 + whole);
            given += whole;
            remainders.add(new double[] {exact - whole, i});
        }
        remainders.sort(Comparator.comparingDouble((double[] r) -> -r[0]).thenComparingDouble(r -> r[1]));
        for (int k = 0; k < spare - given; k++) {
            quota.merge(sectorNames.get((int) remainders.get(k)[1]), 1, Integer::sum);
        }
        return quota;
    }

    private static int weight(String sectorName) {
        return WEIGHTS.getOrDefault(sectorName, DEFAULT_WEIGHT);
    }
}
