package org.xieshang.domain.notification;

/**
 * Port: delivers notices, in the application, by e-mail or by the embedder's own means. Called inside the change's
 * transaction, so an implementation should queue rather than send: a notice must not go out for a change that is then
 * rolled back.
 */
@FunctionalInterface
public interface Notifier {

    /**
     * @param notice what to deliver, not null
     */
    void send(Notice notice);

    /** @return a notifier that drops every notice, for embedders without notifications; never null */
    static Notifier discarding() {
        return notice -> {
        };
    }
}
