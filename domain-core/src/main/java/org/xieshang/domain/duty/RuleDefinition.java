package org.xieshang.domain.duty;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * A rule as data: its type and its parameters, as staff edit them and storage keeps them. Scoring items and
 * discipline rules are both built from definitions by their type registries, so that a vendor's own rule
 * types are stored and edited like ours. Immutable and thread-safe.
 *
 * @param type       the rule type's name, such as {@code per-event}, not blank
 * @param parameters parameter values by name, not null
 */
public record RuleDefinition(String type, Map<String, String> parameters) {

    /** Longest type name or parameter value. */
    public static final int TEXT_MAX = 100;

    /** Validates and copies the parameters in name order. */
    public RuleDefinition {
        type = Guard.text(type, "type", TEXT_MAX);
        Map<String, String> copy = new TreeMap<>();
        Guard.required(parameters, "parameters").forEach((name, value) ->
                copy.put(Guard.text(name, "parameters", TEXT_MAX), Guard.text(value, "parameters", TEXT_MAX)));
        parameters = Collections.unmodifiableMap(copy);
    }

    /**
     * @param type       the type, not blank
     * @param namesAndValues name, value, name, value …
     * @return the definition, never null
     */
    public static RuleDefinition of(String type, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> parameters = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new RuleDefinition(type, parameters);
    }

    /**
     * @param name a parameter, not null
     * @return its value, if given
     */
    public Optional<String> text(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /**
     * @param name a required parameter, not null
     * @return its value, never null
     * @throws DomainException {@code rule.parameter.missing}
     */
    public String requireText(String name) {
        return text(name).orElseThrow(() -> new DomainException("rule.parameter.missing", "parameters", type, name));
    }

    /**
     * @param name         a parameter, not null
     * @param defaultValue the value when it is not given
     * @param min          the smallest allowed value
     * @param max          the largest allowed value
     * @return the value, never null
     * @throws DomainException {@code rule.parameter.invalid} if it is not a whole number within the bounds
     */
    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name);
    }

    /**
     * @param name         a parameter, not null
     * @param defaultValue the value when it is not given
     * @return the value, never null
     * @throws DomainException {@code rule.parameter.invalid} unless it is {@code true} or {@code false}
     */
    public boolean bool(String name, boolean defaultValue) {
        String value = text(name).map(String::strip).orElse(String.valueOf(defaultValue));
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(name);
        }
        return Boolean.parseBoolean(value);
    }

    /**
     * @param name       a required parameter naming a constant of {@code type}, not null
     * @param enumType   the enum, not null
     * @param <E>        the enum type
     * @return the constant, never null
     * @throws DomainException {@code rule.parameter.invalid} if the value names no constant
     */
    public <E extends Enum<E>> E constant(String name, Class<E> enumType) {
        String value = requireText(name).strip();
        try {
            return Enum.valueOf(enumType, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name);
        }
    }

    /**
     * @param name a parameter, not null
     * @return an error saying its value is not allowed, never null
     */
    public DomainException invalid(String name) {
        return new DomainException("rule.parameter.invalid", "parameters", type, name, parameters.get(name));
    }
}
