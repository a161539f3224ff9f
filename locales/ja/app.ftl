# Latchkey desktop app: messages of the user interface (Japanese).
# Error messages say what happened and what to do next. Ids: error-<code with . and _ as ->.

## 共通

common-app-name = Latchkey
common-back = 戻る
common-retry = 再試行
common-unlock-now = 今すぐアカウントのロックを解除
common-retrying = 再試行しています…
common-show-password = 表示
common-hide-password = 非表示
common-rule-met = 満たしています：
common-rule-unmet = 満たしていません：
common-error-code = エラー コード：{ $code }
common-helpdesk-intro = お困りの場合は、ヘルプデスクにお問い合わせください：
common-helpdesk-generic = お困りの場合は、IT ヘルプデスクにお問い合わせください。
common-step = ステップ { $step }/{ $total }：
common-cancel = キャンセル
common-copied = コピーしました。
common-copy-failed = コピーできませんでした。テキストを選択して、手動でコピーしてください。

## スタート

start-flows-label = 何をしますか？
start-flow-reset = パスワードをリセットする
start-flow-unlock = アカウントのロックを解除する
start-flow-change = パスワードを変更する
start-flow-security-info = セキュリティ情報
start-offline = オフラインです。現在 { $tenant } に接続できないため、この画面では保存済みの設定を使用しています。続行する前にネットワークに接続してください。
start-no-flows = 組織はこのデバイスでセルフサービスのオプションを有効にしていません。ヘルプデスクにお問い合わせください。
start-not-set-up-title = このアプリはまだセットアップされていません
start-not-set-up-help = このデバイスの Latchkey を組織に接続する作業を IT 部門が行う必要があります。IT 部門に連絡し、下のエラー コードを伝えてください。
start-unreachable-title = 組織のパスワード サーバーに接続できません
start-unreachable-help = このデバイスがネットワークに接続されていることを確認してから、もう一度お試しください。それでも解決しない場合は、ヘルプデスクに連絡し、下のエラー コードを伝えてください。
start-failed-title = Latchkey で組織の設定を読み込めませんでした
start-failed-help = もう一度お試しください。それでも解決しない場合は、ヘルプデスクに連絡し、下のエラー コードを伝えてください。

## フッター

footer-helpdesk-title = ヘルプデスク：
footer-helpdesk-web = Web：
footer-helpdesk-email = メール：
footer-helpdesk-phone = 電話：
footer-language = 言語

## パスワードの変更

change-title = パスワードの変更
change-required-notice = 続行する前にパスワードを変更する必要があります (ヘルプデスクから仮のパスワードを受け取った場合など)。ここで新しいパスワードを設定し、もう一度サインインするとセキュリティ情報を確認できます。
change-step = ステップ { $step }/{ $total }：
change-step-sign-in = サインイン
change-step-new-password = 新しいパスワードの設定
change-username = ユーザー ID
change-username-hint = ユーザー名またはメール アドレス
change-current-password = 現在のパスワード
change-new-password = 新しいパスワード
change-confirm-password = 新しいパスワード (確認)
change-submit = パスワードを変更
change-submitting = パスワードを変更しています…
change-username-required = ユーザー ID を入力してください。
change-current-password-required = 現在のパスワードを入力してください。
change-new-password-required = 新しいパスワードを入力してください。
change-password-not-accepted = この新しいパスワードは使用できません：
change-done-title = パスワードを変更しました
change-done-text = パスワードが変更されました。このデバイスでは新しいパスワードでサインインしてください。
change-done-back = スタートに戻る
change-done-returning = { $seconds ->
   *[other] { $seconds } 秒後にスタート画面に戻ります。
}

## 新しいパスワード：条件の一覧と強度

password-rule-heading = 新しいパスワードの条件：
password-rule-length = { $min }～{ $max } 文字であること
password-rule-not-banned = よく使われるパスワードや禁止されたパスワードではないこと
password-rule-not-breached = 既知のデータ漏えいに含まれていないこと
password-rule-strength = 推測されにくいこと：「{ $level }」以上
password-rule-no-user-info = 氏名やユーザー ID を含まないこと
password-rule-unknown = ルール「{ $rule }」を満たすこと
password-strength-label = 強度：{ $level }
password-strength-none = 未評価
password-strength-0 = 非常に弱い
password-strength-1 = 弱い
password-strength-2 = 普通
password-strength-3 = 強い
password-strength-4 = 非常に強い

## サインイン (「セキュリティ情報」の前)

sign-in-title = サインイン
sign-in-intro = サインインすると、本人確認の方法を確認・変更できます。
sign-in-password = パスワード
sign-in-password-required = パスワードを入力してください。
sign-in-submit = サインイン
sign-in-submitting = サインインしています…
sign-in-again = もう一度サインイン

## 追加の本人確認 (登録済みの方法を使用)

mfa-title = 本人確認
mfa-intro = セキュリティ情報を確認・変更する前に、登録済みの方法のいずれかで本人確認を行ってください。
mfa-choose = 本人確認の方法を選択してください
mfa-no-methods = 本人確認に使用できる方法がまだ登録されていません。ヘルプデスクにお問い合わせください。ヘルプデスクが登録をサポートします。
mfa-totp-prompt = 認証アプリに表示されている 6 桁のコードを入力してください
mfa-backup-prompt = バックアップ コードを 1 つ入力してください (各コードは 1 回だけ使用できます)
mfa-questions-intro = 秘密の質問に、設定したときと同じように回答してください。
mfa-questions-loading = 質問を読み込んでいます…
mfa-answers-required = すべての質問に回答してください。
mfa-submit = 確認
mfa-submitting = 確認しています…

## メールまたは SMS で送信されるワンタイム コード

code-sending = 送信しています…
code-sending-to = { $hint } にコードを送信しています…
code-sent = { $hint } にコードを送信しました。
code-lifetime = { $minutes ->
   *[other] コードの有効期限は { $minutes } 分です。
}
code-enter = コードを入力
code-required = 受け取ったコードを入力してください。
code-resend = 新しいコードを送信
code-resend-wait = 新しいコードを送信 ({ $seconds } 秒後)

## 方法の種類

method-kind-totp = 認証アプリ
method-kind-email = メール
method-kind-phone = 携帯電話
method-kind-questions = 秘密の質問
method-kind-security-key = セキュリティ キー
method-kind-backup-codes = バックアップ コード
method-kind-other = その他の方法 ({ $kind })
method-label-hint = { $kind } { $hint }
method-label-named = { $kind }「{ $name }」

## セキュリティ情報

security-info-title = セキュリティ情報
security-info-signed-in-as = { $user } としてサインイン中
security-info-loading = セキュリティ情報を読み込んでいます…
security-info-list-label = 登録済みの方法
security-info-empty = まだ方法が追加されていません。
security-info-registration-required = { $required ->
   *[other] パスワードをご自身でリセットできるよう、組織では { $required } 個の方法の登録が必要です。現在の登録数は { $count } 個です。「方法を追加」から追加してください。
}
security-info-reconfirm = 登録情報が最新かどうか確認してください。変更がある場合は先に更新し、変更がない場合は「確認」を選択してください。
security-info-reconfirm-button = 確認
security-info-confirmed = ありがとうございます。セキュリティ情報が確認されました。
security-info-default = 既定
security-info-unverified = 未完了
security-info-added-on = 追加日：{ DATETIME($date, dateStyle: "medium") }
security-info-last-used = 最終使用日：{ DATETIME($date, dateStyle: "medium") }
security-info-never-used = 未使用
security-info-make-default = 既定にする
security-info-default-set = { $method } を既定の方法に設定しました。
security-info-remove = 削除
security-info-remove-question = { $method } を削除しますか？ 削除すると、本人確認やパスワードのリセットに使用できなくなります。
security-info-remove-confirm = 削除する
security-info-removed = { $method } を削除しました。
security-info-add = 方法を追加
security-info-add-label = 追加する方法を選択してください
security-info-backup-replaces = 新しいコードを作成すると、以前のコードは使えなくなります
security-info-sign-out = サインアウト

## 登録: サインイン後に最初に確認されること (組織のポリシー)

interrupt-register-title = アカウントを保護するため、組織から追加の情報が求められています
interrupt-register-intro = パスワードを忘れたときに自分でリセットできるよう、組織が求める方法を追加してください。
interrupt-register-count = 必要な方法: { $required } 件 · 登録済み: { $registered } 件
interrupt-register-button = 方法を設定する
interrupt-reconfirm-title = セキュリティ情報は最新ですか？
interrupt-reconfirm-intro = 組織では、パスワードのリセットに使う方法が今も使えるかを定期的に確認するよう求めています。登録されている方法:
interrupt-reconfirm-confirm = 問題ありません
interrupt-reconfirm-update = 情報を更新する
interrupt-skip = 今はスキップ (残り { $left } 回)
interrupt-skipped = 今回はスキップしました。次回のサインイン時にもう一度確認されます (残りのスキップ: { $left } 回)。
interrupt-no-skips = この手順は組織が許可する回数までスキップ済みです。続けるには完了してください。

## 認証アプリの追加

totp-title = 認証アプリの追加
totp-loading = 準備しています…
totp-step-scan = QR コードをスキャン
totp-scan-intro = 認証アプリ (Microsoft Authenticator や Google Authenticator など) を開き、アカウントを追加して、このコードをスキャンしてください。
totp-qr-label = 認証アプリ用の QR コード
totp-qr-unavailable = QR コードを表示できません。代わりに、下のキーをアプリに入力してください。
totp-key-label = キー：
totp-copy = キーをコピー
totp-cant-scan = コードをスキャンできない場合
totp-manual-intro = アプリでセットアップ キーを手動で入力する方法を選び、次の内容を入力してください：
totp-manual-account = アカウント名
totp-manual-issuer = 発行者
totp-manual-key = キー
totp-manual-type = 種類
totp-manual-type-value = 時間ベース
totp-manual-digits = 桁数
totp-step-code = 6 桁のコードを入力
totp-code-label = アプリに現在表示されているコード
totp-code-hint = アプリには 30 秒ごとに新しいコードが表示されます。今表示されているコードを入力してください。
totp-submit = 完了
totp-submitting = コードを確認しています…
totp-added = 認証アプリを追加しました。今後はこのアプリのコードで本人確認ができます。

## メール アドレスまたは携帯電話の追加

contact-email-title = メール アドレスの追加
contact-phone-title = 携帯電話の追加
contact-email-intro = ご本人のアドレスであることを確認するため、このアドレスにコードを送信します。職場のアカウントがロックされたときにも確認できるアドレスを使用してください。
contact-phone-intro = ご本人の番号であることを確認するため、この番号に SMS でコードを送信します。
contact-email-step = メール アドレスを入力
contact-phone-step = 携帯電話番号を入力
contact-email-label = メール アドレス
contact-email-hint = 例：name@example.com
contact-country-label = 国または地域
contact-country-other = その他 (+ と国番号を入力)
contact-phone-label = 携帯電話番号
contact-phone-hint = 国番号を除いた番号、または + から始まる完全な番号を入力してください。
contact-phone-preview = { $number } にコードを送信します。
contact-send = コードを送信
contact-code-step = コードを入力
contact-email-change = 別のアドレスを使用
contact-phone-change = 別の番号を使用
contact-verify = 確認
contact-verifying = 確認しています…
contact-email-added = メール アドレスを追加しました。
contact-phone-added = 携帯電話を追加しました。

## 秘密の質問

questions-title = 秘密の質問の設定
questions-loading = 質問を読み込んでいます…
questions-intro = { $count ->
   *[other] 異なる質問を { $count } つ選び、それぞれに回答してください。
}
questions-rules = 回答はそれぞれ { $min }～{ $max } 文字で、同じ回答を複数の質問に使うことはできません。ご自身だけが知っていて、正確に覚えていられる回答にしてください。回答は誰にも読み取れない形式で保存されます。
questions-number = 質問 { $number }/{ $total }
questions-question-label = 質問
questions-answer-label = 回答
questions-choose = 質問を選択…
questions-choose-required = 質問 { $number } の質問を選択してください。
questions-submit = 回答を保存
questions-saving = 保存しています…
questions-added = 秘密の質問を保存しました。

## バックアップ コード

backup-title = バックアップ コード
backup-generating = コードを作成しています…
backup-intro = { $count ->
   *[other] バックアップ コードは { $count } 個です。各コードは、ほかの方法を使えないときに 1 回だけ使用できます。
}
backup-once = これらのコードが表示されるのは今回だけです。以前のバックアップ コードは使用できなくなりました。
backup-copy = コピー
backup-save = テキスト ファイルとして保存
backup-saved-file = ダウンロード フォルダーの backup-codes.txt をご確認ください。
backup-print = 印刷
backup-saved-confirm = これらのコードを安全な場所に保管しました
backup-done = 完了
backup-added = 新しいバックアップ コードを作成しました。安全な場所に保管してください。
backup-file-title = { $tenant } のバックアップ コード
backup-file-user = アカウント：{ $user }
backup-file-date = 作成日：{ DATETIME($date, dateStyle: "long") }
backup-file-note = 各コードは 1 回だけ使用できます。このファイルは他人に見せないでください。

## セキュリティ キーの追加

security-key-title = セキュリティ キーの追加
security-key-intro = セキュリティ キーは、タッチするだけで本人であることを証明できる小型の USB または NFC デバイスです。
security-key-step-name = キーに名前を付ける
security-key-name-label = キーの名前
security-key-name-hint = キーを区別するための名前です (例：「青いキー」、「キーホルダー」)。
security-key-name-required = キーに名前を付けてください (例：「青いキー」)。
security-key-register = 次へ
security-key-step-touch = キーを挿入してタッチ
security-key-touch = セキュリティ キーを挿入し、点滅したらタッチしてください…
security-key-touch-hint = キーに PIN が必要な場合は、このアプリから入力を求められます。制限時間は約 1 分です。
security-key-added = セキュリティ キー「{ $name }」を追加しました。
security-key-done = セキュリティ情報に戻る
security-key-pin-label = セキュリティ キーの PIN
security-key-pin-hint = このセキュリティ キーに設定した PIN です (アカウントのパスワードではありません)。続行したら、キーが点滅したときにタッチしてください。
security-key-pin-submit = 続行
security-key-pin-empty = セキュリティ キーの PIN を入力してください。

## リセットとロック解除 (サインイン不要)

reset-title = パスワードのリセット
unlock-title = アカウントのロック解除
reset-step-who = ユーザーの確認
reset-who-intro = ユーザー ID を入力してください。次に登録済みの方法で本人確認を行い、新しいパスワードを設定します。
unlock-who-intro = ユーザー ID を入力してください。次に登録済みの方法で本人確認を行うと、アカウントのロックが解除されます。パスワードは変わりません。
reset-next = 次へ
reset-checking = 確認しています…
reset-captcha = ボットでないことを確認しています…
reset-switch-to-reset = パスワードのリセットに切り替える
reset-step-verify = 本人確認
reset-verify-intro = { $required ->
   *[other] アカウントを保護するため、登録済みの方法のうち異なる { $required } つで本人確認を行ってください。
}
reset-choose = { $total ->
   *[other] 本人確認の方法を選択してください ({ $n }/{ $total })
}
reset-verified-title = 確認済み
reset-verified = 確認済み
reset-verified-notice = { $remaining ->
   *[other] { $method }：確認済みです。続けて、あと { $remaining } つの方法を選択してください。
}
reset-no-methods = ここで本人確認に使用できる登録済みの方法が、ほかに残っていません。ヘルプデスクにお問い合わせください。ヘルプデスクが本人確認を行い、サポートします。
reset-step-new-password = 新しいパスワードの設定
reset-new-password-intro = { $user } の新しいパスワードを設定してください。
reset-submit = 新しいパスワードを設定
reset-submitting = 新しいパスワードを設定しています…
unlock-step-confirm = アカウントのロック解除
unlock-confirm-text = 本人確認が完了しました。{ $user } のロックを今すぐ解除しますか？ パスワードは変わりません。
unlock-submit = アカウントのロックを解除
unlock-submitting = ロックを解除しています…
reset-timer = 残り時間：{ NUMBER($minutes) }:{ NUMBER($seconds, minimumIntegerDigits: 2) }。時間を過ぎると、最初からやり直す必要があります。
reset-timer-warning = { $minutes ->
   *[other] 残り時間は { $minutes } 分未満です。
}
reset-time-limit = { $minutes ->
   *[other] 制限時間は { $minutes } 分です。アカウントを保護するため、この時間は延長できません。時間を過ぎた場合は、最初からやり直してください。
}
reset-expired-title = このセッションは終了しました
reset-restart = 最初からやり直す
reset-done-title = パスワードを変更しました
reset-done-text = パスワードが変更されました。このデバイスでは新しいパスワードでサインインしてください。
unlock-done-title = アカウントのロックを解除しました
unlock-done-text = アカウントのロックが解除されました。現在のパスワードでサインインしてください。
reset-done-notified = 登録済みのメール アドレスと電話に通知を送信しました。この操作に心当たりがない場合は、すぐにヘルプデスクにご連絡ください。

## エラー
## 各メッセージは、何が起きたかと次に何をすべきかを示します。

error-unknown = サーバーから、このアプリがまだ認識できないエラーが返されました (コード：{ $code })。もう一度お試しください。再び発生する場合は、ヘルプデスクに連絡し、このコードを伝えてください。

error-auth = サインインできませんでした。ユーザー ID とパスワードを確認して、もう一度お試しください。繰り返し失敗する場合は、ヘルプデスクにお問い合わせください。
error-auth-invalid-credentials = ユーザー ID または現在のパスワードが正しくありません。両方を確認して (Caps Lock がオンになっていませんか？)、もう一度お試しください。
error-auth-account-locked = { $minutes ->
   *[other] 試行回数が多すぎたため、アカウントがロックされています。{ $minutes } 分待ってからもう一度お試しいただくか、ヘルプデスクにロックの解除を依頼してください。
}
error-auth-account-disabled = アカウントが無効になっているため、ここではパスワードを変更できません。ヘルプデスクにお問い合わせください。
error-auth-rate-limited = { $retry_after_secs ->
   *[other] 試行回数が多すぎます。{ $retry_after_secs } 秒待ってから、もう一度お試しください。
}
error-auth-mfa-required = 先に、登録済みの方法のいずれかで本人確認を行ってください。続行するには、もう一度サインインしてください。
error-auth-password-change-required = 続行する前にパスワードを変更する必要があります。パスワードを変更してから、もう一度サインインしてください。
error-auth-token-missing = サインインの状態が解除されました。続行するには、もう一度サインインしてください。
error-auth-token-invalid = サインインの有効期限が切れました。続行するには、もう一度サインインしてください。

error-password = このパスワードは使用できません。一覧の条件を満たす別のパスワードを選んでください。
error-password-too-short = 短すぎます。文字数を増やしてください。
error-password-too-long = 長すぎます。文字数を減らしてください。
error-password-banned = よく使われるパスワードまたは禁止されたパスワードの一覧に含まれています。推測されにくいものを選んでください。
error-password-breached = 漏えいしたパスワードの一覧に含まれているため、攻撃者に試される可能性があります。これまでどこでも使ったことのないパスワードを選んでください。
error-password-too-weak = 推測されやすすぎます。関連のない複数の単語を組み合わせるなどして、長くしてください。
error-password-contains-user-info = 氏名またはユーザー ID が含まれています。これらを含めないでください。
error-password-reused = このパスワードは以前に使用されています。ここで使ったことのないパスワードを選んでください。
error-password-mismatch = 2 つの新しいパスワードが一致しません。両方の欄に同じパスワードを入力してください。
error-password-same-as-current = 新しいパスワードが現在のパスワードと同じです。別のパスワードを選んでください。
error-password-evaluate-rate-limited = このアドレスからのパスワード確認が多すぎます。1 分待ってから入力を続けてください。

error-tenant = パスワード サーバー上の組織の設定に問題があります。ヘルプデスクにお問い合わせください。
error-tenant-not-found = このデバイスに設定されている組織を、パスワード サーバーが認識できません。ヘルプデスクにお問い合わせください。

error-network = Latchkey がパスワード サーバーと通信できませんでした。ネットワーク接続を確認して、もう一度お試しください。
error-network-unreachable = パスワード サーバーに接続できません。このデバイスがネットワークに接続されていることを確認してから、もう一度お試しください。
error-network-timeout = パスワード サーバーの応答に時間がかかりすぎています。しばらく待ってから、もう一度お試しください。
error-network-tls = パスワード サーバーのセキュリティ証明書を検証できなかったため、何も送信していません。別のネットワークで再試行せず、ヘルプデスクにご連絡ください。
error-network-bad-response = パスワード サーバーから、このアプリで読み取れない応答が返されました。もう一度お試しください。再び発生する場合は、ヘルプデスクにお問い合わせください。

error-config = このデバイスの Latchkey が正しく設定されていません。ヘルプデスクにお問い合わせください。
error-config-no-tenant = このデバイスは、まだ組織のパスワード サーバーに接続されていません。IT 部門による設定が必要です。
error-config-policy-invalid = IT 部門が設定したコンピューター ポリシー { $path } の設定 { $key } に誤りがあります: { $detail }。ヘルプデスクにお伝えください。
error-config-no-policy = 組織のパスワード ルールをまだ読み込めていません。接続を確認して、もう一度お試しください。

error-request = このアプリから送信した内容を、パスワード サーバーが受け付けられませんでした。入力内容を確認して、もう一度お試しください。再び発生する場合は、ヘルプデスクにお問い合わせください。
error-request-invalid = このアプリから送信した内容を、パスワード サーバーが受け付けられませんでした。入力内容を確認して、もう一度お試しください。
error-request-too-large = 入力内容が長すぎます。短くして、もう一度お試しください。

error-session = セッションが終了しました。最初からやり直してください。
error-session-expired = アカウントを保護するため、セッションがタイムアウトしました。スタートに戻って、最初からやり直してください。

error-internal = Latchkey で内部の問題が発生したため、処理を完了できませんでした。もう一度お試しください。再び発生する場合は、ヘルプデスクに連絡し、エラー コードを伝えてください。
error-internal-error = Latchkey で内部の問題が発生したため、処理を完了できませんでした。もう一度お試しください。再び発生する場合は、ヘルプデスクに連絡し、エラー コードを伝えてください。
error-internal-unavailable = パスワード サーバーが現在、データベースまたはディレクトリに接続できません。数分待ってから、もう一度お試しください。
error-password-too-young = パスワードは最近変更されたばかりです。しばらく待ってから、もう一度変更してください。
error-account-expired = アカウントの有効期限が切れています。ヘルプデスクにお問い合わせください。
error-account-cannot-change-password = このアカウントではパスワードを変更できません。ヘルプデスクにお問い合わせください。
error-account-protected = このアカウントは保護されています。パスワードをリセットできるのはヘルプデスクだけです。
error-directory-unavailable = パスワード サーバーが現在、組織のディレクトリに接続できません。何も変更されていません。数分待ってから、もう一度お試しください。
error-directory-timeout = 組織のディレクトリが時間内に応答しませんでした。何も変更されていません。数分待ってから、もう一度お試しください。
error-directory-tls = パスワード サーバーが組織のディレクトリの証明書を確認できなかったため、何も送信・変更されていません。ヘルプデスクにお問い合わせください。
error-directory-refused = 組織のディレクトリが変更を拒否しました。別のパスワードを試すか、ヘルプデスクにお問い合わせください。

error-mfa = 本人確認ができませんでした。もう一度お試しいただくか、別の方法を選んでください。繰り返し失敗する場合は、ヘルプデスクにお問い合わせください。
error-mfa-code-invalid = コードが正しくありません。確認して入力し直すか、新しいコードを取得してください。
error-mfa-code-expired = コードの有効期限が切れています。新しいコードを送信し、届いたらすぐに入力してください。
error-mfa-attempts-exceeded = この方法での誤入力が多すぎます。別の方法を選ぶか、しばらくしてからもう一度お試しください。先に進めない場合は、ヘルプデスクにお問い合わせください。
error-mfa-method-not-verified = この方法は登録が完了していないため、本人確認には使用できません。別の方法を選んでください。
error-mfa-not-required = 本人確認はすでに完了しています。セキュリティ情報に進んでください。

error-methods = セキュリティ情報を変更できませんでした。もう一度お試しください。繰り返し失敗する場合は、ヘルプデスクにお問い合わせください。
error-methods-would-leave-too-few = この方法は削除できません。組織では、登録する方法の最小数が決められています。先に別の方法を追加してから、この方法を削除してください。
error-methods-not-allowed = 組織では「{ $kind }」を方法として使用することが許可されていません。別の種類の方法を選んでください。
error-methods-not-found = この方法はすでに存在しません。別のデバイスで削除された可能性があります。更新された一覧をご確認ください。
error-methods-limit-reached = この種類の方法は、登録できる上限に達しています。追加する前に、いずれかを削除してください。

error-totp = 認証アプリを追加できませんでした。最初からやり直してください。繰り返し失敗する場合は、ヘルプデスクにお問い合わせください。
error-totp-code-invalid = コードが一致しません。今追加したアカウントのコードを入力したこと、このデバイスの時計が正しいことを確認してから、現在表示されているコードを入力してください。
error-totp-code-reused = このコードはすでに使用されています。アプリに新しいコードが表示されるまで待ってから、そのコードを入力してください。
error-totp-code-malformed = 認証アプリに表示されている 6 桁の数字を、文字を含めずに入力してください。

error-contact = このアドレスまたは番号は使用できません。確認して、もう一度お試しください。
error-contact-email-invalid = メール アドレスが完全ではありません。確認して (例：name@example.com)、もう一度お試しください。
error-contact-phone-invalid = 電話番号が完全ではありません。+ と国番号を付けて入力してください (例：+81 90 1234 5678、8～15 桁)。

error-code = コードを確認できませんでした。新しいコードを送信して、もう一度お試しください。
error-code-invalid = コードが正しくありません。確認して入力し直すか、新しいコードを送信してください。
error-code-expired = { $minutes ->
   *[other] コードの有効期限が切れています。新しいコードを送信し、{ $minutes } 分以内に入力してください。
}
error-code-attempts-exceeded = 誤ったコードの入力が多すぎます。新しいコードを送信して、もう一度お試しください。
error-code-rate-limited = { $retry_after_secs ->
   *[other] 送信されたコードが多すぎます。{ $retry_after_secs } 秒待ってから、新しいコードを要求してください。
}

error-delivery = コードを送信できませんでした。数分後にもう一度お試しください。それでも解決しない場合は、ヘルプデスクにお問い合わせください。
error-delivery-failed = コードを送信できませんでした。アドレスまたは番号を確認して、もう一度お試しください。コードが届かない場合は、ヘルプデスクにお問い合わせください。
error-delivery-undelivered = コードを配信できませんでした。新しいコードを要求するか、別の方法を使用してください。失敗が続く場合は、ヘルプデスクにお問い合わせください。

error-questions = 秘密の質問を保存できませんでした。回答を確認して、もう一度お試しください。
error-questions-too-few = { $min ->
   *[other] { $min } つ以上の質問に回答してください。
}
error-questions-answer-too-short = 回答 { $index } が短すぎます。{ $min } 文字以上で入力してください。
error-questions-answer-too-long = 回答 { $index } が長すぎます。{ $max } 文字以内で入力してください。
error-questions-duplicate-answer = 回答 { $index } がほかの回答と同じです。質問ごとに異なる回答を入力してください。
error-questions-unknown-question = 選択した質問のうち 1 つが、現在は提供されていません。質問を選び直してください。
error-questions-not-allowed-for-admins = 管理者アカウントを保護するため、管理者アカウントでは秘密の質問を使用できません。別の種類の方法を追加してください。
error-questions-disabled = 組織で秘密の質問が無効になっています。別の種類の方法を追加してください。

error-questions-wrong-answers = 正しくない回答があります。回答を確認して (設定したときのつづりや空白のとおりに) もう一度お試しいただくか、別の方法を選んでください。

error-backup-code-invalid = バックアップ コードが正しくないか、すでに使用されています。確認するか、別のコードを使用してください。

error-reset = パスワードのリセットを続行できませんでした。最初からやり直してください。繰り返し失敗する場合は、ヘルプデスクにお問い合わせください。
error-reset-disabled = 組織でセルフサービスのパスワード リセットが有効になっていません。パスワードのリセットやアカウントのロック解除は、ヘルプデスクにご依頼ください。
error-reset-expired = { $minutes ->
   *[other] アカウントを保護するため、リセットのセッションは { $minutes } 分間しか有効でなく、このセッションは終了しました。何も変更されていません。最初からやり直してください。
}
error-reset-not-found = このリセットは、終了したなどの理由で、パスワード サーバーで確認できなくなりました。何も変更されていません。最初からやり直してください。
error-reset-blocked = { $hours ->
   *[other] 試行回数が多すぎたため、このアカウントのリセットとロック解除は、今後 { $hours } 時間ここではできません。ヘルプデスクにお問い合わせください。ヘルプデスクが本人確認を行い、すぐにサポートします。
}
error-reset-more-methods-needed = { $remaining ->
   *[other] 先に、あと { $remaining } つの方法で本人確認を行ってください。
}
error-reset-strong-method-required = 組織では、方法のうち 1 つを強力な方法にする必要があります。認証アプリまたはセキュリティ キーでも本人確認を行ってください。どちらもお持ちでない場合は、ヘルプデスクにお問い合わせください。
error-reset-unlock-disabled = 組織では、新しいパスワードを設定せずにアカウントのロックを解除することは許可されていません。パスワードをリセットするか、ヘルプデスクにお問い合わせください。

error-captcha = ボットでないことの確認ができませんでした。「次へ」を選択して、もう一度お試しください。
error-captcha-invalid = ボットでないことの確認に合格しませんでした。「次へ」を選択して、もう一度お試しください。繰り返し失敗する場合は、ヘルプデスクにお問い合わせください。
error-captcha-expired = ボットでないことの確認に時間がかかりすぎたため、有効期限が切れました。「次へ」を選択して、もう一度お試しください。

error-security-key = セキュリティ キーが機能しませんでした。もう一度お試しいただくか、別のキーまたは方法を使用してください。
error-security-key-no-device = セキュリティ キーが見つかりません。キーを挿入して (またはリーダーにかざして)、もう一度お試しください。
error-security-key-timeout = 時間内にキーがタッチされませんでした。もう一度お試しいただき、キーが点滅したらタッチしてください。
error-security-key-cancelled = セキュリティ キーの要求がキャンセルされました。準備ができたら、もう一度お試しください。
error-security-key-rejected = セキュリティ キーが要求を拒否しました。もう一度お試しください。拒否が続く場合は、別のキーまたは方法を使用してください。
error-security-key-counter-regressed = このセキュリティ キーの応答から、キーが複製された可能性があるため、受け付けませんでした。別の方法を使用し、ヘルプデスクにご連絡ください。
error-security-key-unavailable = このサーバーでは、まだセキュリティ キーを使用できません (ホスト名のある公開アドレスが必要です)。別の方法を使用し、ヘルプデスクにお伝えください。
error-security-key-response-malformed = セキュリティ キーの応答を読み取れませんでした。もう一度お試しください。繰り返し失敗する場合は、別のキーまたは方法を使用してください。
error-security-key-response-invalid = セキュリティ キーの応答が一致しません。このアカウントに登録したキーを使用して、もう一度お試しください。
error-security-key-challenge-missing = このセキュリティ キーの要求は、すでに使用されたか有効期限が切れています。最初からやり直してください。
error-security-key-already-registered = このセキュリティ キーは、すでにアカウントに登録されています。別のキーを使用するか、登録済みのキーをそのままお使いください。
error-security-key-name-invalid = キーには 64 文字以内の名前を付けてください (例：「青いキー」)。
error-security-key-pin-required = このキーには PIN が必要です。キーの PIN を入力して、もう一度お試しください。
error-security-key-pin-invalid = キーの PIN が正しくありません。確認して、もう一度お試しください。PIN を何度も間違えると、キーがロックされます。

kiosk-idle-warning = 操作を続けますか？ 情報を保護するため、この画面は { $seconds ->
   *[other] { $seconds } 秒
}後に消去されます。
kiosk-idle-stay = 操作を続ける

## 再度の本人確認とその他のエラー メッセージ

step-up-again = もう一度本人確認を行う
error-auth-step-up-required = アカウントを保護するため、セキュリティ情報やパスワードを変更する前に、登録済みの方法のいずれかでもう一度本人確認を行ってください。
error-request-timeout = パスワード サーバーの応答に時間がかかりすぎています。しばらくしてからもう一度お試しください。繰り返し発生する場合は、ヘルプデスクにお問い合わせください。
error-mfa-questions-not-allowed = 秘密の質問ではサインインを確認できません。認証アプリ、メールまたは SMS で届くコード、セキュリティ キーなど、別の方法を選んでください。
error-policy-questions-alone = 秘密の質問だけでは十分ではありません。リセットに 2 つの方法が必要な場合にのみ許可してください。
error-registration-not-due = 現在、組織からセキュリティ情報の更新は求められていません。セキュリティ情報に進んでください。
error-registration-skip-not-allowed = 組織はこの手順のスキップを許可していません。続けるには完了してください。
error-registration-skips-used-up = この手順は組織が許可する回数 (最大 { $allowed } 回) までスキップ済みです。続けるには完了してください。
error-totp-attempts-exceeded = このリセットで、認証アプリのコードの誤入力が多すぎます。リセットを最初からやり直し、このデバイスの時計が正しいことを確認してください。
error-questions-locale-unknown = 言語 { $locale } はありません。次のいずれかを使用してください：{ $available }
error-questions-exists = この質問は、この言語ですでに登録されています。
error-questions-limit-reached = この言語の質問はすでに上限の { $max } 個に達しています。先にいずれかを削除してください。
error-questions-in-use = この質問には { $users } 人のユーザーが回答しているため、削除できません。削除すると、これらのユーザーは秘密の質問でリセットできなくなります。

## Check connection, managed settings, stay signed in
stay-signed-in = このデバイスでサインインしたままにする
stay-signed-in-unreadable = このデバイスのキーリングを読み取れなかったため、保存されたサインインを使えません。続けるにはサインインしてください。その他の機能は使えます。
managed-by-organization = 組織によって設定されています
error-keyring-unavailable = このデバイスのキーリングにサインインを保存できないため、次回もう一度サインインする必要があります。その他の機能は使えます。
footer-check-connection = 接続を確認
diag-title = 接続を確認
diag-intro = これらのチェックで、組織のパスワード サーバーへの接続がどこで失敗しているかがわかります。結果とコードをヘルプデスクに読み上げてください。
diag-run = もう一度確認
diag-running = 確認中…
diag-copy = レポートをコピー
diag-read-out = ヘルプデスクに次の内容を読み上げてください:
diag-back = 戻る
diag-status-ok = OK
diag-status-warn = 警告
diag-status-fail = 失敗
diag-status-skipped = スキップ
diag-check-policy = IT 部門の設定
diag-check-dns = 名前解決 (DNS)
diag-check-proxy = プロキシ
diag-check-tcp = 接続
diag-check-tls = 安全な接続 (TLS 証明書)
diag-check-clock = 時計
diag-check-api = パスワード サーバー
diag-skipped = 前のチェックが失敗したため、確認していません。
diag-policy-ok = { $tenant } 用に { $url } で設定されています。
diag-policy-invalid = コンピューター ポリシー { $path } の設定 { $key } に誤りがあります。
diag-no-tenant = このデバイスはまだパスワード サーバーに接続されていません。
diag-url-invalid = サーバーのアドレス { $url } は有効な Web アドレスではありません。
diag-dns-ip = { $host } は IP アドレスのため、名前解決は不要です。
diag-dns-ok = { $host } が見つかりました ({ $addresses })。
diag-dns-failed = 名前 { $host } が見つかりません。ネットワーク接続または DNS 設定を確認してください。
diag-proxy-none = プロキシは設定されていません。
diag-proxy-ok = プロキシ { $proxy } は応答しています。
diag-proxy-unreachable = プロキシ { $proxy } に到達できません。
diag-tcp-via-proxy = 接続はプロキシを経由します。
diag-proxy-refused = プロキシ { $proxy } が { $address } への接続を拒否しました。IT 部門がプロキシでこのアドレスとポートを許可する必要があります。
diag-proxy-auth-required = プロキシ { $proxy } は { $address } に接続する前にサインインを求めています。IT 部門がこのデバイスを許可するか、プロキシのサインインを設定する必要があります。
diag-tcp-ok = { $address } に { $ms } ms で接続しました。
diag-tcp-refused = { $address } が接続を拒否しました。サーバーが停止している可能性があります。
diag-tcp-timeout = { $address } から時間内に応答がありません。ファイアウォールでブロックされている可能性があります。
diag-tcp-failed = { $address } に接続できませんでした。
diag-tls-ok = { $host } の証明書は有効で、信頼されています。
diag-tls-not-used = { $url } は暗号化されていません (http)。このコンピューター上のテスト サーバーでのみ許容されます。
diag-tls-expired = { $host } の証明書は期限切れか、まだ有効ではありません (このデバイスの日付も確認してください)。
diag-tls-name-mismatch = この証明書は { $host } のものではありません。
diag-tls-untrusted = { $host } の証明書は信頼された機関のものではありません。プロキシが通信を検査しているか、IT 部門が組織の証明書をインストールする必要があります。
diag-tls-failed = { $host } への安全な接続に失敗しました。
diag-http-timeout = { $url } から時間内に応答がありません。
diag-http-failed = { $url } から応答がありません。
diag-clock-ok = このデバイスの時計は正確です (ずれ { $skew_secs } 秒)。
diag-clock-skew = このデバイスの時計が { $skew_secs } 秒ずれています。認証アプリのコードが失敗します。正しい時刻に設定してください。
diag-clock-unknown = サーバーが時刻を返しませんでした。
diag-api-ok = Latchkey サーバー { $version } が { $tenant } に応答しています。
diag-api-not-latchkey = { $url } は Latchkey サーバーではありません。
diag-api-incompatible = サーバーはバージョン { $version } で、このアプリ ({ $expected }) とは通信できません。アプリまたはサーバーを更新してください。
diag-tenant-unknown = サーバーは組織 { $tenant } を認識していません。
diag-api-failed = サーバーがエラーを返しました ({ $code })。
