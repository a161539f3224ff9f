# Emails and text messages the server sends. Variables: $tenant (organization name),
# $name (the user's display name), $helpdesk (help-desk email, link or portal address).

email-password-changed-subject = { $tenant } のパスワードが変更されました
email-password-changed-body =
    { $name } 様

    { $tenant } アカウントのパスワードが変更されました。
    ご本人による変更であれば、対応は不要です。
    心当たりがない場合は、すぐにヘルプデスクにご連絡ください：{ $helpdesk }

email-code-subject = { $tenant } の確認コード
email-code-body =
    { $tenant } の確認コードは { $code } です。
    { $minutes ->
       *[other] 有効期限は { $minutes } 分です。
    }このコードを要求していない場合は、このメールを無視し、ヘルプデスクにお知らせください。
sms-code = { $tenant } の確認コード：{ $code }。有効期限 { $minutes } 分。他人に教えないでください。

email-security-info-changed-subject = { $tenant } のセキュリティ情報が変更されました
email-security-info-changed-body =
    { $name } 様

    { $tenant } アカウントのセキュリティ情報が変更されました：{ $method }
    心当たりがない場合は、すぐにヘルプデスクにご連絡ください。
sms-security-info-changed = { $tenant }：セキュリティ情報が変更されました ({ $method })。心当たりがない場合はヘルプデスクにご連絡ください。

email-method-totp = 認証アプリ
email-method-email = メール アドレス
email-method-phone = 電話番号
email-method-questions = 秘密の質問
email-method-security-key = セキュリティ キー
email-method-backup-codes = バックアップ コード

email-reset-subject = { $tenant } のパスワードがリセットされました
email-reset-body =
    { $name } 様

    セルフサービスのパスワード リセットにより、{ $tenant } アカウントのパスワードがリセットされ、すべてのセッションがサインアウトされました。
    心当たりがない場合は、すぐにヘルプデスクにご連絡ください。
sms-reset = { $tenant }：パスワードがリセットされました。心当たりがない場合は、すぐにヘルプデスクにご連絡ください。
email-unlock-subject = { $tenant } アカウントのロックが解除されました
email-unlock-body =
    { $name } 様

    セルフサービスのロック解除により、{ $tenant } アカウントのロックが解除されました。パスワードは変更されていません。
    心当たりがない場合は、すぐにヘルプデスクにご連絡ください。
sms-unlock = { $tenant }：アカウントのロックが解除されました。心当たりがない場合は、すぐにヘルプデスクにご連絡ください。
email-admin-reset-subject = { $tenant }：管理者がセルフサービスのリセットを使用しました
email-admin-reset-body =
    管理者アカウント { $user } ({ $name }) が、セルフサービスのパスワード リセットまたはロック解除を使用しました。
    想定外の操作である場合は、監査ログを確認してください。

# Under every email (HTML and plain text). The help-desk link's address comes from the tenant's
# configuration.
email-footer = このメッセージは { $tenant } から自動送信されています。返信いただいても確認できません。
email-footer-helpdesk = ヘルプデスクに問い合わせる
email-portal-link = どのブラウザーからでも、パスワードのリセット、アカウントのロック解除、セキュリティ情報の確認ができます
