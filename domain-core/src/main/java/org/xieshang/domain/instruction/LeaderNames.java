package org.xieshang.domain.instruction;

/**
 * How a person is recognised among leaders as instructions (批示) and key-proposal designations (领办、督办) write them:
 * post first, name last, such as "市委书记 王某" or "市委书记王某". Those texts are typed by staff, so they name a person
 * rather than point at an account; a leader's screen finds the leader's own by name. Thread-safe.
 */
public final class LeaderNames {

    private LeaderNames() {
    }

    /**
     * @param written a leader as written on an instruction or a designation, such as "市委书记 王某"; not null
     * @param person  the person's name, such as "王某" (an account's display name); may be null or blank
     * @return whether the written leader is that person: the written text, stripped, ends with the name; a blank name
     *         names nobody
     */
    public static boolean names(String written, String person) {
        if (person == null || person.isBlank()) {
            return false;
        }
        return written.strip().endsWith(person.strip());
    }
}
