package org.xieshang.app.infrastructure.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.xieshang.domain.member.Gender;

/**
 * Makes up Chinese personal names for the fictional demo members: a common surname (now and then a
 * compound one such as 欧阳) and a common one- or two-character given name. Names are unique per generator and
 * never those of well-known public figures. Not thread-safe.
 */
final class NameGenerator {

    /** Common surnames, most frequent first. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
            + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫孔向汤";
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛"};
    private static final String[] MALE_GIVEN_NAMES = words(
            "建华 建国 建军 建平 建明 志强 志明 志刚 志伟 志勇 国强 国平 国华 国庆 国栋 海涛 海波 海峰 海林 文斌 文华 文杰 文龙 晓东 晓峰 "
            + "晓明 晓军 永刚 永强 永生 俊杰 俊峰 宏伟 宏亮 宏斌 明辉 明亮 明远 立新 立军 立峰 振华 振宇 浩然 宇航 天宇 家豪 卫东 卫国 "
            + "春生 春林 德明 德华 金龙 学军 学文 胜利 兴华 新民 云峰 少华 光明 长青 剑锋 鹏飞 成刚 伟东 伟明 旭东 子健 博文 浩宇");
    private static final String[] FEMALE_GIVEN_NAMES = words(
            "丽华 秀英 秀兰 秀珍 晓燕 海燕 丽娟 婷婷 雪梅 静怡 慧敏 晓玲 美玲 玉兰 玉梅 桂英 桂芳 红梅 春梅 春燕 丽萍 丽君 丽娜 晓红 晓霞 "
            + "晓丽 文静 文娟 佳怡 佳琪 雨婷 欣怡 思琪 梦瑶 雅琴 淑珍 淑华 凤英 爱华 爱玲 彩霞 翠英 艳红 艳玲 敏慧 颖慧 琳琳 倩倩 芳芳 "
            + "丹丹 静雯 婉清 若兰 瑞雪 莉莉");
    private static final String[] MALE_SINGLE_NAMES = words("伟 磊 军 勇 杰 涛 斌 超 明 刚 辉 鹏 华 飞 波 宁 峰 浩 宇 俊 凯 健 林 东 亮 强");
    private static final String[] FEMALE_SINGLE_NAMES = words("芳 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 慧 琳 颖 倩 洁 红 梅 兰 英 萍 琴 莉 晶 丹 蓉 佳 欣 怡 娜");

    /**
     * Names of well-known public figures that the pools above could produce; they are never given to a
     * fictional member.
     */
    private static final Set<String> PUBLIC_FIGURES = Set.of(words(
            "李强 王毅 李鹏 周强 张军 应勇 王晨 王勇 李建国 王志刚 王晓东 李国庆 王刚 李娜 刘翔 姚明 张杰 王菲 李宁 刘洋 郎平 "
            + "雷军 马云 王宁 王伟 王海 杨丽萍 宋丹丹 韩红 邓丽君 李静 周涛 朱军 韩磊 汪峰 李健 黄磊 刘涛 田亮 朱婷 林丹 刘欢 "
            + "周迅 赵丽 陈刚 刘伟 张怡宁 邓亚萍 杨利伟 王岐山 胡春华 孙春兰 刘国梁 王小洪 何立峰 王沪宁 赵乐际 丁薛祥 张又侠"));

    private final Random random;
    private final Set<String> given = new HashSet<>();

    NameGenerator(Random random) {
        this.random = random;
    }

    /**
     * @param name a name
     * @return whether it is the name of a well-known public figure, which the demo data never uses
     */
    static boolean isPublicFigure(String name) {
        return PUBLIC_FIGURES.contains(name);
    }

    /**
     * @param gender the person's gender
     * @return a name not yet given by this generator and not a public figure's
     */
    String next(Gender gender) {
        while (true) {
            String name = candidate(gender);
            if (!isPublicFigure(name) && given.add(name)) {
                return name;
            }
        }
    }

    private String candidate(Gender gender) {
        boolean male = gender == Gender.MALE;
        if (random.nextInt(100) < 2) {
            return pick(COMPOUND_SURNAMES) + pick(male ? MALE_SINGLE_NAMES : FEMALE_SINGLE_NAMES);
        }
        String surname = String.valueOf(SURNAMES.charAt((int) (Math.pow(random.nextDouble(), 1.8) * SURNAMES.length())));
        if (random.nextInt(100) < 25) {
            return surname + pick(male ? MALE_SINGLE_NAMES : FEMALE_SINGLE_NAMES);
        }
        return surname + pick(male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private static String[] words(String text) {
        return text.split(" ");
    }
}
