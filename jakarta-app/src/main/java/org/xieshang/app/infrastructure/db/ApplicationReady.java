package org.xieshang.app.infrastructure.db;

/**
 * Fired once the application has started: the schema is migrated and the demo data, if asked for, is loaded. Work in
 * the background (mailing notices, delivering webhooks) starts on it, not before, so that it never reads a schema that
 * is not there yet.
 */
public record ApplicationReady() {
}
