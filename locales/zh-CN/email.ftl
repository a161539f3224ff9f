# Emails and text messages the server sends. Variables: $tenant (organization name),
# $name (the user's display name), $helpdesk (help-desk email, link or portal address).
# Text messages start with the sender in 【】, as is usual for SMS in mainland China.

email-password-changed-subject = 您的 { $tenant } 密码已更改
email-password-changed-body =
    { $name }，您好：

    您的 { $tenant } 账户密码刚刚已更改。
    如果是您本人操作，则无需执行任何其他操作。
    如果不是您本人操作，请立即联系服务台：{ $helpdesk }

email-code-subject = 您的 { $tenant } 验证码
email-code-body =
    您的 { $tenant } 验证码是 { $code }。
    { $minutes ->
       *[other] 验证码在 { $minutes } 分钟内有效。
    }如果您没有请求此验证码，请忽略此邮件并告知服务台。
sms-code = 【{ $tenant }】您的验证码是 { $code }，{ $minutes } 分钟内有效。请勿泄露给他人。

email-security-info-changed-subject = 您的 { $tenant } 安全信息已更改
email-security-info-changed-body =
    { $name }，您好：

    您的 { $tenant } 账户安全信息已更改：{ $method }。
    如果不是您本人操作，请立即联系服务台。
sms-security-info-changed = 【{ $tenant }】您的安全信息已更改（{ $method }）。如非本人操作，请联系服务台。

email-method-totp = 身份验证器应用
email-method-email = 电子邮件地址
email-method-phone = 电话号码
email-method-questions = 安全问题
email-method-security-key = 安全密钥
email-method-backup-codes = 备用码

email-reset-subject = 您的 { $tenant } 密码已重置
email-reset-body =
    { $name }，您好：

    您的 { $tenant } 账户密码刚刚通过自助密码重置完成了重置，您的所有会话均已退出登录。
    如果不是您本人操作，请立即联系服务台。
sms-reset = 【{ $tenant }】您的密码已重置。如非本人操作，请立即联系服务台。
email-unlock-subject = 您的 { $tenant } 账户已解锁
email-unlock-body =
    { $name }，您好：

    您的 { $tenant } 账户刚刚通过自助解锁完成了解锁。您的密码没有更改。
    如果不是您本人操作，请立即联系服务台。
sms-unlock = 【{ $tenant }】您的账户已解锁。如非本人操作，请立即联系服务台。
email-admin-reset-subject = { $tenant }：有管理员使用了自助重置
email-admin-reset-body =
    管理员账户 { $user }（{ $name }）刚刚使用了自助密码重置或解锁。
    如果这不在预期之中，请检查审核日志。

# Under every email (HTML and plain text). The help-desk link's address comes from the tenant's
# configuration.
email-footer = 此邮件由 { $tenant } 自动发送，对此邮件的回复不会被阅读。
email-footer-helpdesk = 联系服务台
email-portal-link = 可在任意浏览器中重置密码、解锁帐户或查看安全信息
