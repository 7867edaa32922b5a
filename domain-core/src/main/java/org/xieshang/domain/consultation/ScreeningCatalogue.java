package org.xieshang.domain.consultation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.shared.Guard;

/**
 * A committee's list of what may and may not be consulted (Ganzhou uses 10 and 7 categories, 001). Data that staff
 * edit; topics are screened against it. Immutable and thread-safe.
 *
 * @param categories the categories, at least one consultable; codes unique
 */
public record ScreeningCatalogue(List<ScreeningCategory> categories) {

    /** Copies the list and checks the codes. */
    public ScreeningCatalogue {
        categories = List.copyOf(Guard.required(categories, "categories"));
        Set<String> codes = new HashSet<>();
        for (ScreeningCategory category : categories) {
            Guard.check(codes.add(category.code()), "screening.category.duplicate", "categories", category.code());
        }
        Guard.check(categories.stream().anyMatch(ScreeningCategory::consultable), "screening.catalogue.no-consultable", "categories");
    }

    /**
     * @param code a category code
     * @return the category, if the catalogue has it
     */
    public Optional<ScreeningCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * An <strong>example</strong> for committees to edit: the consultable categories are the content areas of 000;
     * the seeds name no list of matters that may not be consulted (Ganzhou's 7 are not published), so the
     * non-consultable ones are this project's reading of "in line with the Party's line and the law" (001).
     *
     * @return the example catalogue, never null
     */
    public static ScreeningCatalogue example() {
        return new ScreeningCatalogue(List.of(
                new ScreeningCategory("major-decisions", "重要文件和重大决策", true),
                new ScreeningCategory("reform", "改革中的重要问题", true),
                new ScreeningCategory("employment", "就业", true),
                new ScreeningCategory("social-security", "社会保障", true),
                new ScreeningCategory("education", "教育", true),
                new ScreeningCategory("public-health", "公共卫生", true),
                new ScreeningCategory("housing", "住房", true),
                new ScreeningCategory("income", "收入分配", true),
                new ScreeningCategory("parties", "各党派参加人民政协工作的共同性事务", true),
                new ScreeningCategory("united-front", "政协内部重要事务和爱国统一战线的重要问题", true),
                new ScreeningCategory("against-party-line", "违背党的路线方针政策的事项", false),
                new ScreeningCategory("against-law", "违反法律法规的事项", false),
                new ScreeningCategory("state-secrets", "涉及国家秘密的事项", false),
                new ScreeningCategory("in-court", "正在诉讼、仲裁或行政复议中的事项", false),
                new ScreeningCategory("personnel", "干部任免等人事事项", false),
                new ScreeningCategory("private-disputes", "个人或家庭私事纠纷", false),
                new ScreeningCategory("already-decided", "已依法作出决定且不再调整的事项", false)));
    }
}
