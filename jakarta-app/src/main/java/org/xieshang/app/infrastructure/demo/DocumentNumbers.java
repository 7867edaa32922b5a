package org.xieshang.app.infrastructure.demo;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out a committee's fictional document numbers (文号) such as 澄政协〔2022〕3号, numbered per year in
 * the order they are asked for; a batch decision (one document for many members) keeps its number. Not
 * thread-safe.
 */
final class DocumentNumbers {

    private final String prefix;
    private final Map<Integer, Integer> lastNumberOfYear = new HashMap<>();
    private final Map<String, String> batches = new HashMap<>();

    DocumentNumbers(String prefix) {
        this.prefix = prefix;
    }

    /**
     * @param year the year of the document
     * @return the next number of that year
     */
    String next(int year) {
        int number = lastNumberOfYear.merge(year, 1, Integer::sum);
        return prefix + "〔" + year + "〕" + number + "号";
    }

    /**
     * @param batch a name for a decision taken for many members at once
     * @param year  its year
     * @return the batch's number, the same on every call
     */
    String batch(String batch, int year) {
        return batches.computeIfAbsent(batch, b -> next(year));
    }
}
