//! Schema migrations, one list per engine. Versions only ever get appended.

use super::Backend;

pub fn migrations(backend: Backend) -> Vec<(i64, Vec<String>)> {
    let serial = match backend {
        Backend::Sqlite => "INTEGER PRIMARY KEY AUTOINCREMENT",
        Backend::Postgres => "BIGSERIAL PRIMARY KEY",
    };
    let v1 = vec![
        "CREATE TABLE tenants (
            id TEXT PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            branding TEXT NOT NULL,
            policy TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL
        )"
        .to_string(),
        "CREATE TABLE users (
            id TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL REFERENCES tenants(id),
            username TEXT NOT NULL,
            display_name TEXT NOT NULL,
            email TEXT,
            phone TEXT,
            groups_json TEXT NOT NULL,
            is_admin BIGINT NOT NULL,
            disabled BIGINT NOT NULL,
            locked_until BIGINT,
            failed_logins BIGINT NOT NULL,
            must_change_password BIGINT NOT NULL,
            password_hash TEXT NOT NULL,
            password_changed_at BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            UNIQUE (tenant_id, username)
        )"
        .to_string(),
        "CREATE INDEX users_email ON users (tenant_id, email)".to_string(),
        "CREATE TABLE password_history (
            user_id TEXT NOT NULL REFERENCES users(id),
            hash TEXT NOT NULL,
            created_at BIGINT NOT NULL
        )"
        .to_string(),
        "CREATE INDEX password_history_user ON password_history (user_id, created_at)".to_string(),
        "CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            level TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            last_seen BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            idle_secs BIGINT NOT NULL,
            client_type TEXT NOT NULL,
            ip TEXT NOT NULL
        )"
        .to_string(),
        "CREATE INDEX sessions_user ON sessions (user_id)".to_string(),
        format!(
            "CREATE TABLE audit_events (
            id {serial},
            at BIGINT NOT NULL,
            tenant TEXT NOT NULL,
            username TEXT,
            event TEXT NOT NULL,
            outcome TEXT NOT NULL,
            ip TEXT,
            client_type TEXT,
            detail TEXT NOT NULL
        )"
        ),
        "CREATE INDEX audit_tenant_at ON audit_events (tenant, at)".to_string(),
        "CREATE TABLE rate_counters (
            key TEXT PRIMARY KEY,
            window_start BIGINT NOT NULL,
            count BIGINT NOT NULL
        )"
        .to_string(),
    ];
    let v2 = vec![
        "CREATE TABLE methods (
            id TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            user_id TEXT NOT NULL REFERENCES users(id),
            kind TEXT NOT NULL,
            name TEXT,
            destination TEXT,
            secret TEXT,
            data TEXT NOT NULL,
            verified BIGINT NOT NULL,
            is_default BIGINT NOT NULL,
            last_step BIGINT,
            created_at BIGINT NOT NULL,
            last_used_at BIGINT
        )"
        .to_string(),
        "CREATE INDEX methods_user ON methods (user_id)".to_string(),
        "CREATE TABLE codes (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL,
            method_id TEXT NOT NULL,
            purpose TEXT NOT NULL,
            code_mac TEXT NOT NULL,
            expires_at BIGINT NOT NULL,
            attempts BIGINT NOT NULL,
            max_attempts BIGINT NOT NULL,
            used BIGINT NOT NULL,
            created_at BIGINT NOT NULL
        )"
        .to_string(),
        "CREATE INDEX codes_method ON codes (method_id, purpose)".to_string(),
        "CREATE TABLE custom_questions (
            id TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at BIGINT NOT NULL
        )"
        .to_string(),
        "ALTER TABLE users ADD COLUMN methods_confirmed_at BIGINT".to_string(),
    ];
    let v3 = vec![
        "CREATE TABLE captchas (
            id TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            challenge TEXT NOT NULL,
            difficulty BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            used BIGINT NOT NULL
        )"
        .to_string(),
        "CREATE TABLE resets (
            id_hash TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            user_id TEXT,
            login TEXT NOT NULL,
            mode TEXT NOT NULL,
            required BIGINT NOT NULL,
            verified TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            completed BIGINT NOT NULL
        )"
        .to_string(),
        "ALTER TABLE users ADD COLUMN reset_failures BIGINT NOT NULL DEFAULT 0".to_string(),
    ];
    let v4 = vec![
        // One live WebAuthn assertion challenge per method and purpose (step-up or one reset);
        // taken atomically, so an assertion is accepted at most once.
        "CREATE TABLE webauthn_challenges (
            key TEXT PRIMARY KEY,
            user_id TEXT NOT NULL,
            state TEXT NOT NULL,
            expires_at BIGINT NOT NULL
        )"
        .to_string(),
        // One live code per (method, purpose): a fresh code replaces the earlier one in a single
        // upsert. Duplicates that concurrent sends could leave before are dropped, newest kept.
        "DELETE FROM codes WHERE EXISTS (SELECT 1 FROM codes newer WHERE newer.method_id = codes.method_id \
         AND newer.purpose = codes.purpose AND (newer.created_at > codes.created_at \
         OR (newer.created_at = codes.created_at AND newer.id > codes.id)))"
            .to_string(),
        "DROP INDEX codes_method".to_string(),
        "CREATE UNIQUE INDEX codes_method_purpose ON codes (method_id, purpose)".to_string(),
    ];
    // The language the user last chose (sign-in, registration, reset), for their notices.
    let v5 = vec!["ALTER TABLE users ADD COLUMN locale TEXT".to_string()];
    // Users of an external directory (LDAP, Active Directory) have a row here too, keyed by the
    // directory's stable id (entryUUID, objectGUID), so their methods survive a rename or move.
    let v6 = vec![
        "ALTER TABLE users ADD COLUMN directory_id TEXT".to_string(),
        "CREATE UNIQUE INDEX users_directory_id ON users (tenant_id, directory_id)".to_string(),
    ];
    let v7 = vec![
        // Facts about the deployment itself, such as the fingerprint of the key every instance
        // must share.
        "CREATE TABLE latchkey_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"
        .to_string(),
    ];
    let v8 = vec![
        // When the session last proved a method (step-up, or verifying a new one): changes to
        // methods and the password need a recent one.
        "ALTER TABLE sessions ADD COLUMN stepped_up_at BIGINT".to_string(),
    ];
    let v9 = vec![
        // A tenant's own question is for one language, or (NULL) for all.
        "ALTER TABLE custom_questions ADD COLUMN locale TEXT".to_string(),
    ];
    let v10 = vec![
        // Registration interrupt: skips a user has used (counted server-side against the
        // tenant's `registration_skips_allowed`), and whether a session skipped it.
        "ALTER TABLE users ADD COLUMN registration_skips BIGINT NOT NULL DEFAULT 0".to_string(),
        "ALTER TABLE sessions ADD COLUMN interrupt_skipped BIGINT NOT NULL DEFAULT 0".to_string(),
    ];
    let v11 = vec![
        // Codes waiting to be sent, off the request path: what to send is sealed with the key
        // (bound to the row's id), so no live code is ever in clear at rest, and a real user's
        // row cannot be told from an unknown name's decoy row without the key. One row per
        // (method, purpose), like the codes: a fresh code replaces a message not yet sent.
        "CREATE TABLE delivery_queue (
            id TEXT PRIMARY KEY,
            tenant TEXT NOT NULL,
            method_id TEXT NOT NULL,
            purpose TEXT NOT NULL,
            payload TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts BIGINT NOT NULL,
            next_at BIGINT NOT NULL,
            claimed_until BIGINT NOT NULL,
            last_error TEXT,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL
        )"
        .to_string(),
        "CREATE UNIQUE INDEX delivery_queue_method_purpose ON delivery_queue (method_id, purpose)".to_string(),
        "CREATE INDEX delivery_queue_due ON delivery_queue (state, next_at)".to_string(),
        // When the last wrong password was counted: failures older than a lock's duration are
        // forgotten, so one network held back below the limit cannot add up to a lock over time.
        "ALTER TABLE users ADD COLUMN last_failed_at BIGINT".to_string(),
    ];
    vec![
        (1, v1),
        (2, v2),
        (3, v3),
        (4, v4),
        (5, v5),
        (6, v6),
        (7, v7),
        (8, v8),
        (9, v9),
        (10, v10),
        (11, v11),
    ]
}
