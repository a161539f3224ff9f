# Emails and text messages the server sends. Variables: $tenant (organization name),
# $name (the user's display name), $helpdesk (help-desk email, link or portal address).

email-password-changed-subject = Your { $tenant } password was changed
email-password-changed-body =
    Hello { $name },

    The password of your { $tenant } account was just changed.
    If this was you, there is nothing else to do.
    If it was not you, contact your help desk right away: { $helpdesk }

email-code-subject = Your { $tenant } verification code
email-code-body =
    Your { $tenant } verification code is { $code }.
    { $minutes ->
        [one] It is valid for { $minutes } minute.
       *[other] It is valid for { $minutes } minutes.
    } If you did not ask for it, ignore this email and tell your help desk.
sms-code = { $code } is your { $tenant } verification code. Valid for { $minutes } min. Never share it.
email-security-info-changed-subject = Your { $tenant } security info changed
email-security-info-changed-body =
    Hello { $name },

    The security info of your { $tenant } account changed: { $method }.
    If this was not you, contact your help desk right away.
sms-security-info-changed = { $tenant }: your security info changed ({ $method }). Not you? Contact your help desk.

email-method-totp = authenticator app
email-method-email = email address
email-method-phone = phone number
email-method-questions = security questions
email-method-security-key = security key
email-method-backup-codes = backup codes

email-reset-subject = Your { $tenant } password was reset
email-reset-body =
    Hello { $name },

    The password of your { $tenant } account was just reset with self-service password reset, and all your sessions were signed out.
    If this was not you, contact your help desk right away.
sms-reset = { $tenant }: your password was reset. Not you? Contact your help desk now.
email-unlock-subject = Your { $tenant } account was unlocked
email-unlock-body =
    Hello { $name },

    Your { $tenant } account was just unlocked with self-service unlock. Your password did not change.
    If this was not you, contact your help desk right away.
sms-unlock = { $tenant }: your account was unlocked. Not you? Contact your help desk now.
email-admin-reset-subject = { $tenant }: an administrator used self-service reset
email-admin-reset-body =
    The administrator account { $user } ({ $name }) just used self-service password reset or unlock.
    If this was not expected, check the audit log.

# Under every email (HTML and plain text). The help-desk link's address comes from the tenant's
# configuration.
email-footer = This message was sent automatically by { $tenant }. Replies to it are not read.
email-footer-helpdesk = Contact your help desk
email-portal-link = Reset your password, unlock your account or review your security info from any browser
