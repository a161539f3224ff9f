# Emails and text messages the server sends. Variables: $tenant (organization name),
# $name (the user's display name), $helpdesk (help-desk email, link or portal address).

email-password-changed-subject = Your { $tenant } password was changed
email-password-changed-body =
    Hello { $name },

    The password of your { $tenant } account was just changed.
    If this was you, there is nothing else to do.
    If it was not you, contact your help desk right away: { $helpdesk }
