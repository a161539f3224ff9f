# Latchkey desktop app: messages of the user interface.
# Error messages say what happened and what to do next. Ids: error-<code with . and _ as ->.
# Simplified Chinese: polite 您, full-width punctuation, a space between Chinese and Latin text or numbers.

## Common

common-app-name = Latchkey
common-back = 返回
common-retry = 重试
common-unlock-now = 立即解锁我的帐户
common-retrying = 正在重试…
common-show-password = 显示
common-hide-password = 隐藏
common-rule-met = 已满足：
common-rule-unmet = 未满足：
common-error-code = 错误代码：{ $code }
common-helpdesk-intro = 如需帮助，请联系服务台：
common-helpdesk-generic = 如需帮助，请联系 IT 服务台。
common-step = 第 { $step } 步，共 { $total } 步：
common-cancel = 取消
common-copied = 已复制。
common-copy-failed = 无法复制。请选中文本后手动复制。

## Start

start-flows-label = 您需要做什么？
start-flow-reset = 重置密码
start-flow-unlock = 解锁账户
start-flow-change = 更改密码
start-flow-security-info = 我的安全信息
start-offline = 您当前处于离线状态：暂时无法连接 { $tenant }，因此此屏幕使用的是已保存的设置。请先连接网络，再继续操作。
start-no-flows = 贵组织尚未在此设备上启用任何自助服务选项。请联系服务台。
start-not-set-up-title = 此应用尚未设置
start-not-set-up-help = 您的 IT 部门需要将此设备上的 Latchkey 连接到贵组织。请联系他们，并告知下方的错误代码。
start-unreachable-title = 无法连接贵组织的密码服务器
start-unreachable-help = 请检查此设备是否已连接网络，然后重试。如果问题仍然存在，请联系服务台，并告知下方的错误代码。
start-failed-title = Latchkey 无法加载贵组织的设置
start-failed-help = 请重试。如果问题仍然存在，请联系服务台，并告知下方的错误代码。

## Footer

footer-helpdesk-title = 服务台：
footer-helpdesk-web = 网站：
footer-helpdesk-email = 电子邮件：
footer-helpdesk-phone = 电话：
footer-language = 语言

## Change password

change-title = 更改密码
change-required-notice = 您需要先更改密码才能继续，例如服务台为您提供了临时密码。请在此设置新密码，然后重新登录以查看您的安全信息。
change-step = 第 { $step } 步，共 { $total } 步：
change-step-sign-in = 登录
change-step-new-password = 设置新密码
change-username = 用户 ID
change-username-hint = 您的用户名或电子邮件地址
change-current-password = 当前密码
change-new-password = 新密码
change-confirm-password = 再次输入新密码
change-submit = 更改密码
change-submitting = 正在更改密码…
change-username-required = 请输入您的用户 ID。
change-current-password-required = 请输入当前密码。
change-new-password-required = 请输入新密码。
change-password-not-accepted = 无法使用此新密码：
change-done-title = 密码已更改
change-done-text = 您的密码已更改。请在此设备上使用新密码登录。
change-done-back = 返回开始屏幕
change-done-returning = { $seconds ->
   *[other] { $seconds } 秒后返回开始屏幕。
}

## New password: checklist and strength

password-rule-heading = 新密码需要满足：
password-rule-length = 长度为 { $min } 到 { $max } 个字符
password-rule-not-banned = 不是常见或被禁止的密码
password-rule-not-breached = 未出现在已知的数据泄露中
password-rule-strength = 难以猜测：至少达到“{ $level }”
password-rule-no-user-info = 不包含您的姓名和用户 ID
password-rule-unknown = 规则“{ $rule }”
password-strength-label = 强度：{ $level }
password-strength-none = 尚未评估
password-strength-0 = 非常弱
password-strength-1 = 弱
password-strength-2 = 一般
password-strength-3 = 良好
password-strength-4 = 强

## Sign in (in front of My security info)

sign-in-title = 登录
sign-in-intro = 登录后即可查看和更改您证明身份的方式。
sign-in-password = 密码
sign-in-password-required = 请输入密码。
sign-in-submit = 登录
sign-in-submitting = 正在登录…
sign-in-again = 重新登录
step-up-again = 再次验证您的身份

## Step-up: verify with a registered method

mfa-title = 验证您的身份
mfa-intro = 在查看或更改安全信息之前，请使用您的一种验证方式确认身份。
mfa-choose = 选择验证方式
mfa-no-methods = 您还没有可用于验证的方式。请联系服务台，他们可以帮助您注册一种方式。
mfa-totp-prompt = 请输入身份验证器应用中显示的 6 位验证码
mfa-backup-prompt = 请输入一个备用码（每个备用码只能使用一次）
mfa-questions-intro = 请按照设置时的答案回答您的安全问题。
mfa-questions-loading = 正在加载您的问题…
mfa-answers-required = 请回答所有问题。
mfa-submit = 验证
mfa-submitting = 正在验证…

## One-time codes sent by email or text message

code-sending = 正在发送…
code-sending-to = 正在向 { $hint } 发送验证码…
code-sent = 我们已向 { $hint } 发送验证码。
code-lifetime = { $minutes ->
   *[other] 验证码在 { $minutes } 分钟内有效。
}
code-enter = 输入验证码
code-required = 请输入您收到的验证码。
code-resend = 发送新验证码
code-resend-wait = 发送新验证码（{ $seconds } 秒后）

## Kinds of methods

method-kind-totp = 身份验证器应用
method-kind-email = 电子邮件
method-kind-phone = 手机
method-kind-questions = 安全问题
method-kind-security-key = 安全密钥
method-kind-backup-codes = 备用码
method-kind-other = 其他方式（{ $kind }）
method-label-hint = { $kind } { $hint }
method-label-named = { $kind }“{ $name }”

## My security info

security-info-title = 我的安全信息
security-info-signed-in-as = 当前登录：{ $user }
security-info-loading = 正在加载您的安全信息…
security-info-list-label = 您的验证方式
security-info-empty = 您尚未添加任何验证方式。
security-info-registration-required = { $required ->
   *[other] 贵组织要求您注册 { $required } 种验证方式，以便自行重置密码。您目前已有 { $count } 种：请通过“添加方式”继续添加。
}
security-info-reconfirm = 请确认您的信息是最新的。如有变化，请先更新；否则请选择“确认”。
security-info-reconfirm-button = 确认
security-info-confirmed = 谢谢：您的安全信息已确认。
security-info-default = 默认
security-info-unverified = 未完成
security-info-added-on = 添加于 { DATETIME($date, dateStyle: "medium") }
security-info-last-used = 上次使用于 { DATETIME($date, dateStyle: "medium") }
security-info-never-used = 从未使用
security-info-make-default = 设为默认
security-info-default-set = { $method } 现在是您的默认方式。
security-info-remove = 删除
security-info-remove-question = 要删除 { $method } 吗？删除后，您将无法使用它验证身份或重置密码。
security-info-remove-confirm = 是，删除
security-info-removed = 已删除 { $method }。
security-info-add = 添加方式
security-info-add-label = 选择要添加的方式
security-info-backup-replaces = 新备用码将替换您的旧备用码
security-info-sign-out = 退出登录

## 注册：登录后首先询问（组织的策略）

interrupt-register-title = 您的组织需要更多信息来保护您的账户安全
interrupt-register-intro = 请添加组织要求的验证方式，以便在忘记密码时可以自行重置。
interrupt-register-count = 需要的方式：{ $required } 种 · 已注册：{ $registered } 种
interrupt-register-button = 设置我的验证方式
interrupt-reconfirm-title = 您的安全信息仍然是最新的吗？
interrupt-reconfirm-intro = 您的组织要求您定期确认用于重置密码的验证方式仍然可用。已注册的方式：
interrupt-reconfirm-confirm = 信息无误
interrupt-reconfirm-update = 更新我的信息
interrupt-skip = 暂时跳过（还剩 { $left } 次）
interrupt-skipped = 已暂时跳过。下次登录时会再次询问您（剩余跳过次数：{ $left }）。
interrupt-no-skips = 您跳过此步骤的次数已达到组织允许的上限。请完成此步骤后继续。

## Add an authenticator app

totp-title = 添加身份验证器应用
totp-loading = 正在准备…
totp-step-scan = 扫描二维码
totp-scan-intro = 打开您的身份验证器应用（例如 Microsoft Authenticator 或 Google Authenticator），添加账户并扫描此二维码。
totp-qr-label = 身份验证器应用的二维码
totp-qr-unavailable = 无法显示二维码。请改为在应用中输入下方的密钥。
totp-key-label = 密钥：
totp-copy = 复制密钥
totp-cant-scan = 无法扫描二维码？
totp-manual-intro = 在应用中选择手动输入设置密钥，并填写以下内容：
totp-manual-account = 账户名称
totp-manual-issuer = 颁发者
totp-manual-key = 密钥
totp-manual-type = 类型
totp-manual-type-value = 基于时间
totp-manual-digits = 位数
totp-step-code = 输入 6 位验证码
totp-code-label = 应用当前显示的验证码
totp-code-hint = 应用每 30 秒显示一个新验证码。请输入当前显示的验证码。
totp-submit = 完成
totp-submitting = 正在检查验证码…
totp-added = 已添加身份验证器应用。从现在起，您可以使用它生成的验证码验证身份。

## Add an email address or a mobile phone

contact-email-title = 添加电子邮件地址
contact-phone-title = 添加手机
contact-email-intro = 我们会向此地址发送验证码，以确认它属于您。请使用在无法登录工作账户时仍能访问的地址。
contact-phone-intro = 我们会通过短信向此号码发送验证码，以确认它属于您。
contact-email-step = 输入您的电子邮件地址
contact-phone-step = 输入您的手机号码
contact-email-label = 电子邮件地址
contact-email-hint = 例如 name@example.com
contact-country-label = 国家或地区
contact-country-other = 其他（输入 + 和国家/地区代码）
contact-phone-label = 手机号码
contact-phone-hint = 不含国家/地区代码的号码，或以 + 开头的完整号码。
contact-phone-preview = 我们会将验证码发送到 { $number }。
contact-send = 发送验证码
contact-code-step = 输入验证码
contact-email-change = 使用其他地址
contact-phone-change = 使用其他号码
contact-verify = 验证
contact-verifying = 正在验证…
contact-email-added = 已添加电子邮件地址。
contact-phone-added = 已添加手机。

## Security questions

questions-title = 设置安全问题
questions-loading = 正在加载问题…
questions-intro = { $count ->
   *[other] 请选择 { $count } 个不同的问题，并分别回答。
}
questions-rules = 每个答案需要 { $min } 到 { $max } 个字符，且各个答案不能相同。请选择只有您知道并且能准确记住的答案；答案经过安全处理后存储，任何人都无法读取。
questions-number = 第 { $number } 个问题，共 { $total } 个
questions-question-label = 问题
questions-answer-label = 您的答案
questions-choose = 选择一个问题…
questions-choose-required = 请为第 { $number } 项选择一个问题。
questions-submit = 保存答案
questions-saving = 正在保存…
questions-added = 安全问题已保存。

## Backup codes

backup-title = 备用码
backup-generating = 正在生成您的备用码…
backup-intro = { $count ->
   *[other] 以下是您的 { $count } 个备用码。当您无法使用其他验证方式时，每个备用码可使用一次。
}
backup-once = 这些备用码仅显示这一次。您之前的备用码已失效。
backup-copy = 复制
backup-save = 另存为文本文件
backup-saved-file = 请在“下载”文件夹中查找 backup-codes.txt。
backup-print = 打印
backup-saved-confirm = 我已将这些备用码保存在安全的地方
backup-done = 完成
backup-added = 已生成新的备用码。请妥善保管。
backup-file-title = { $tenant } 的备用码
backup-file-user = 账户：{ $user }
backup-file-date = 创建时间：{ DATETIME($date, dateStyle: "long") }
backup-file-note = 每个备用码只能使用一次。请妥善保管此文件，切勿泄露。

## Add a security key

security-key-title = 添加安全密钥
security-key-intro = 安全密钥是一种小型 USB 或 NFC 设备，轻触即可证明您的身份。
security-key-step-name = 为密钥命名
security-key-name-label = 密钥名称
security-key-name-hint = 便于区分您的密钥，例如“蓝色密钥”或“钥匙扣”。
security-key-name-required = 请为密钥命名，例如“蓝色密钥”。
security-key-register = 下一步
security-key-step-touch = 插入并触摸密钥
security-key-touch = 请插入安全密钥，并在它闪烁时触摸它…
security-key-touch-hint = 如果您的密钥需要 PIN，此应用会提示您输入。您大约有一分钟时间。
security-key-added = 已添加安全密钥“{ $name }”。
security-key-done = 返回我的安全信息
security-key-pin-label = 安全密钥 PIN
security-key-pin-hint = 这是您为此安全密钥设置的 PIN，而不是账户密码。继续后，请在密钥闪烁时触摸它。
security-key-pin-submit = 继续
security-key-pin-empty = 请输入安全密钥的 PIN。

## Reset and unlock (no sign-in)

reset-title = 重置密码
unlock-title = 解锁账户
reset-step-who = 您是哪位？
reset-who-intro = 请输入您的用户 ID。接下来，请使用您已注册的方式确认身份，然后设置新密码。
unlock-who-intro = 请输入您的用户 ID。接下来，请使用您已注册的方式确认身份，之后您的账户将被解锁。您的密码保持不变。
reset-next = 下一步
reset-checking = 正在检查…
reset-captcha = 正在进行人机验证…
reset-switch-to-reset = 改为重置密码
reset-step-verify = 验证您的身份
reset-verify-intro = { $required ->
   *[other] 为保护您的账户安全，请使用 { $required } 种已注册的方式确认您的身份。
}
reset-choose = { $total ->
   *[other] 选择验证方式（第 { $n } 种，共 { $total } 种）
}
reset-verified-title = 已验证
reset-verified = 已验证
reset-verified-notice = { $remaining ->
   *[other] { $method }：已验证。现在请再选择 { $remaining } 种方式。
}
reset-no-methods = 这里已没有其他可用于验证的已注册方式。请联系服务台，他们可以确认您的身份并为您提供帮助。
reset-step-new-password = 设置新密码
reset-new-password-intro = 请为 { $user } 设置新密码。
reset-submit = 设置新密码
reset-submitting = 正在设置新密码…
unlock-step-confirm = 解锁账户
unlock-confirm-text = 您已确认身份。现在解锁 { $user } 吗？您的密码保持不变。
unlock-submit = 解锁我的账户
unlock-submitting = 正在解锁…
reset-timer = 剩余时间：{ NUMBER($minutes) }:{ NUMBER($seconds, minimumIntegerDigits: 2) }。超时后需要重新开始。
reset-timer-warning = { $minutes ->
   *[other] 剩余时间不足 { $minutes } 分钟。
}
reset-time-limit = { $minutes ->
   *[other] 您有 { $minutes } 分钟时间完成操作。为保护您的账户安全，此时间无法延长；如果超时，请重新开始。
}
reset-expired-title = 此会话已结束
reset-restart = 重新开始
reset-done-title = 密码已更改
reset-done-text = 您的密码已更改。请在此设备上使用新密码登录。
unlock-done-title = 账户已解锁
unlock-done-text = 您的账户已解锁。请使用当前密码登录。
reset-done-notified = 我们已向您注册的电子邮件地址和手机发送通知。如果这不是您本人的操作，请立即联系服务台。

## Errors
## Each one says what happened and what to do next.

error-unknown = 服务器返回了此应用尚无法识别的错误（代码：{ $code }）。请重试；如果再次出现，请联系服务台并告知此代码。

error-auth = 登录失败。请检查用户 ID 和密码后重试；如果仍然失败，请联系服务台。
error-auth-invalid-credentials = 用户 ID 或当前密码不正确。请检查两者（是否开启了大写锁定 Caps Lock？）后重试。
error-auth-account-locked = { $minutes ->
   *[other] 由于尝试次数过多，您的账户已被锁定。请等待 { $minutes } 分钟后重试，或联系服务台解锁。
}
error-auth-account-disabled = 您的账户已被禁用，因此无法在此更改密码。请联系服务台。
error-auth-rate-limited = { $retry_after_secs ->
   *[other] 尝试次数过多。请等待 { $retry_after_secs } 秒后重试。
}
error-auth-mfa-required = 请先使用您的一种已注册方式确认身份。请重新登录以继续。
error-auth-step-up-required = 为保护您的账户安全，在更改安全信息或密码之前，请使用您的一种已注册方式再次确认身份。
error-auth-password-change-required = 您需要先更改密码才能继续。请更改密码，然后重新登录。
error-auth-token-missing = 您已退出登录。请重新登录以继续。
error-auth-token-invalid = 您的登录已失效。请重新登录以继续。

error-password = 无法使用此密码。请另选一个符合列表中规则的密码。
error-password-too-short = 密码太短。请增加字符。
error-password-too-long = 密码太长。请减少字符。
error-password-banned = 此密码在常见或被禁止的密码列表中。请选择不易被猜到的密码。
error-password-breached = 此密码出现在已泄露的密码列表中，攻击者可能会尝试使用它。请选择一个您从未在任何地方使用过的密码。
error-password-too-weak = 此密码太容易被猜到。请加长密码，例如使用几个互不相关的词语。
error-password-contains-user-info = 密码包含您的姓名或用户 ID。请去掉这些内容。
error-password-reused = 您以前使用过此密码。请选择一个未在此处使用过的密码。
error-password-mismatch = 两次输入的新密码不一致。请在两个字段中输入相同的密码。
error-password-same-as-current = 新密码与当前密码相同。请选择其他密码。
error-password-evaluate-rate-limited = 来自此地址的密码检查过多。请等待一分钟，然后继续输入。

error-tenant = 贵组织在密码服务器上的设置有问题。请联系服务台。
error-tenant-not-found = 密码服务器无法识别此设备所设置的组织。请联系服务台。

error-network = Latchkey 无法与密码服务器通信。请检查网络连接后重试。
error-network-unreachable = 无法连接密码服务器。请检查此设备是否已连接网络，然后重试。
error-network-timeout = 密码服务器响应超时。请稍等片刻后重试。
error-network-tls = 无法验证密码服务器的安全证书，因此未发送任何数据。请不要换用其他网络重试，并联系服务台。
error-network-bad-response = 密码服务器返回了此应用无法读取的响应。请重试；如果再次出现，请联系服务台。

error-config = 此设备上的 Latchkey 设置不正确。请联系服务台。
error-config-no-tenant = 此设备尚未连接到贵组织的密码服务器。需要由您的 IT 部门进行设置。
error-config-policy-invalid = IT 部门配置的设备策略 { $path } 中的设置 { $key } 有错误：{ $detail }。请告知服务台。
error-config-no-policy = 暂时无法加载贵组织的密码规则。请检查网络连接后重试。

error-request = 密码服务器无法接受此应用发送的内容。请检查您输入的内容后重试；如果再次出现，请联系服务台。
error-request-invalid = 密码服务器无法接受此应用发送的内容。请检查您输入的内容后重试。
error-request-too-large = 您输入的内容太长。请缩短后重试。
error-request-timeout = 密码服务器响应超时。请稍后重试；如果问题反复出现，请联系服务台。

error-session = 您的会话已结束。请重新开始。
error-session-expired = 为保护您的账户安全，您的会话已超时。请返回开始屏幕重新开始。

error-internal = Latchkey 遇到内部问题，无法完成操作。请重试；如果再次出现，请联系服务台并告知错误代码。
error-internal-error = Latchkey 遇到内部问题，无法完成操作。请重试；如果再次出现，请联系服务台并告知错误代码。
error-internal-unavailable = 密码服务器当前无法访问其数据库或目录。请等待几分钟后重试。
error-password-too-young = 您的密码刚刚更改过。请稍等一段时间后再更改。
error-account-expired = 您的帐户已过期。请联系服务台。
error-account-cannot-change-password = 您的帐户不允许更改密码。请联系服务台。
error-account-protected = 此帐户受保护：只有服务台可以重置其密码。
error-directory-unavailable = 密码服务器当前无法访问您组织的目录。未做任何更改；请等待几分钟后重试。
error-directory-timeout = 您组织的目录未能及时响应。未做任何更改；请等待几分钟后重试。
error-directory-tls = 密码服务器无法验证您组织目录的证书，因此未发送或更改任何内容。请联系服务台。
error-directory-refused = 您组织的目录拒绝了此更改。请尝试其他密码，或联系服务台。

error-mfa = 身份确认未成功。请重试或选择其他方式；如果仍然失败，请联系服务台。
error-mfa-code-invalid = 验证码不正确。请检查后重新输入，或获取新的验证码。
error-mfa-code-expired = 验证码已过期。请发送新的验证码，并在收到后尽快输入。
error-mfa-attempts-exceeded = 此方式的错误尝试次数过多。请选择其他方式，或稍后重试；如果无法继续，请联系服务台。
error-mfa-method-not-verified = 此方式尚未设置完成，因此无法用于验证。请选择其他方式。
error-mfa-not-required = 您已完成验证。请继续查看您的安全信息。
error-mfa-questions-not-allowed = 安全问题不能用于确认登录。请选择其他方式，例如身份验证器应用、通过电子邮件或短信接收的验证码，或安全密钥。
error-policy-questions-alone = 仅凭安全问题永远不够：只有在重置需要两种方式时，才能允许使用安全问题。
error-registration-not-due = 您的组织目前没有要求您更新安全信息。请继续前往您的安全信息。
error-registration-skip-not-allowed = 您的组织不允许跳过此步骤。请完成此步骤后继续。
error-registration-skips-used-up = 您跳过此步骤的次数已达到组织允许的上限（最多 { $allowed } 次）。请完成此步骤后继续。

error-methods = 无法更改您的安全信息。请重试；如果仍然失败，请联系服务台。
error-methods-would-leave-too-few = 无法删除此方式：贵组织要求至少保留一定数量的验证方式。请先添加其他方式，再删除此方式。
error-methods-not-allowed = 贵组织不允许使用“{ $kind }”作为验证方式。请选择其他类型的方式。
error-methods-not-found = 此方式已不存在，可能已在其他设备上被删除。请查看更新后的列表。
error-methods-limit-reached = 此类方式的数量已达到上限。请先删除一个，再添加新的。

error-totp = 无法添加身份验证器应用。请重新开始；如果仍然失败，请联系服务台。
error-totp-code-invalid = 验证码不匹配。请确认您输入的是刚添加的账户的验证码，并确认此设备的时钟准确，然后输入当前显示的验证码。
error-totp-code-reused = 此验证码已被使用。请等待应用显示新的验证码，然后输入新验证码。
error-totp-code-malformed = 请输入身份验证器应用显示的 6 位数字，不要包含字母。
error-totp-attempts-exceeded = 在本次重置中输入错误的身份验证器验证码次数过多。请重新开始重置，并确认此设备的时钟准确。

error-contact = 无法使用此地址或号码。请检查后重试。
error-contact-email-invalid = 这不是完整的电子邮件地址。请检查（例如 name@example.com）后重试。
error-contact-phone-invalid = 这不是完整的电话号码。请输入 + 和国家/地区代码，例如 +49 170 1234567（8 到 15 位数字）。

error-code = 无法核验验证码。请发送新的验证码后重试。
error-code-invalid = 验证码不正确。请检查后重新输入，或发送新的验证码。
error-code-expired = { $minutes ->
   *[other] 验证码已过期。请发送新的验证码，并在 { $minutes } 分钟内输入。
}
error-code-attempts-exceeded = 输入错误验证码的次数过多。请发送新的验证码后重试。
error-code-rate-limited = { $retry_after_secs ->
   *[other] 发送的验证码过多。请等待 { $retry_after_secs } 秒后再请求新的验证码。
}

error-delivery = 无法发送验证码。请几分钟后重试；如果仍然不行，请联系服务台。
error-delivery-failed = 无法发送验证码。请检查地址或号码后重试；如果仍未收到验证码，请联系服务台。
error-delivery-undelivered = 无法送达验证码。请重新获取验证码或使用其他方式；如果仍然失败，请联系服务台。

error-questions = 无法保存您的安全问题。请检查答案后重试。
error-questions-too-few = { $min ->
   *[other] 请至少回答 { $min } 个问题。
}
error-questions-answer-too-short = 第 { $index } 个答案太短。请至少使用 { $min } 个字符。
error-questions-answer-too-long = 第 { $index } 个答案太长。最多只能使用 { $max } 个字符。
error-questions-duplicate-answer = 第 { $index } 个答案与另一个答案相同。请为每个问题提供不同的答案。
error-questions-unknown-question = 所选问题中有一个已不再提供。请重新选择问题。
error-questions-not-allowed-for-admins = 为确保安全，管理员账户不能使用安全问题。请改为添加其他类型的方式。
error-questions-disabled = 贵组织已关闭安全问题。请改为添加其他类型的方式。

error-questions-wrong-answers = 有一个或多个答案不正确。请检查（拼写和空格须与设置时一致）后重试，或选择其他方式。
error-questions-locale-unknown = 不存在语言 { $locale }。请使用以下语言之一：{ $available }。
error-questions-exists = 此语言中已存在该问题。
error-questions-limit-reached = 此语言中已有 { $max } 个问题。请先删除一个。
error-questions-in-use = 已有 { $users } 位用户回答了此问题，因此无法删除；否则他们将无法通过安全问题重置密码。

error-backup-code-invalid = 此备用码错误或已被使用。请检查，或使用您的其他备用码。

error-reset = 密码重置无法继续。请重新开始；如果仍然失败，请联系服务台。
error-reset-disabled = 贵组织尚未启用自助密码重置。请联系服务台重置密码或解锁账户。
error-reset-expired = { $minutes ->
   *[other] 为保护您的账户安全，重置会话仅持续 { $minutes } 分钟，而此会话已结束。未做任何更改。请重新开始。
}
error-reset-not-found = 密码服务器已找不到此次重置，例如因为它已结束。未做任何更改。请重新开始。
error-reset-blocked = { $hours ->
   *[other] 由于尝试次数过多，接下来 { $hours } 小时内无法在此重置或解锁此账户。请联系服务台，他们现在就可以确认您的身份并为您提供帮助。
}
error-reset-more-methods-needed = { $remaining ->
   *[other] 请先再使用 { $remaining } 种方式确认您的身份。
}
error-reset-strong-method-required = 贵组织要求其中一种方式必须是强验证方式。请同时使用您的身份验证器应用或安全密钥进行验证；如果两者都没有，请联系服务台。
error-reset-unlock-disabled = 贵组织不允许在不设置新密码的情况下解锁账户。请改为重置密码，或联系服务台。

error-captcha = 人机验证未成功。请选择“下一步”重试。
error-captcha-invalid = 人机验证未通过。请选择“下一步”重试；如果仍然失败，请联系服务台。
error-captcha-expired = 人机验证耗时过长，已过期。请选择“下一步”重试。

error-security-key = 安全密钥未能正常工作。请重试，或使用其他密钥或方式。
error-security-key-no-device = 未找到安全密钥。请插入密钥（或将其靠近读卡器）后重试。
error-security-key-timeout = 未及时触摸密钥。请重试，并在密钥闪烁时触摸它。
error-security-key-cancelled = 安全密钥请求已取消。准备好后请重试。
error-security-key-rejected = 安全密钥拒绝了请求。请重试；如果仍然被拒绝，请使用其他密钥或方式。
error-security-key-counter-regressed = 此安全密钥返回的响应表明它可能已被复制，因此未被接受。请使用其他方式，并联系服务台。
error-security-key-unavailable = 此服务器暂时无法使用安全密钥：它需要一个带有主机名的公网地址。请使用其他方式，并告知服务台。
error-security-key-response-malformed = 无法读取安全密钥的响应。请重试；如果仍然失败，请使用其他密钥或方式。
error-security-key-response-invalid = 安全密钥的响应不匹配。请使用您为此账户注册的密钥后重试。
error-security-key-challenge-missing = 此安全密钥请求已被使用或已过期。请重新开始。
error-security-key-already-registered = 此安全密钥已注册到您的账户。请使用其他密钥，或继续使用现有的密钥。
error-security-key-name-invalid = 请为密钥指定一个不超过 64 个字符的名称，例如“蓝色密钥”。
error-security-key-pin-required = 此密钥需要 PIN。请输入密钥的 PIN 后重试。
error-security-key-pin-invalid = 密钥的 PIN 不正确。请检查后重试；PIN 错误次数过多时，密钥会自行锁定。

kiosk-idle-warning = 还在吗？为保护您的隐私，此屏幕将在 { $seconds ->
   *[other] { $seconds } 秒
}后自动清除。
kiosk-idle-stay = 我还在

## Check connection, managed settings, stay signed in
stay-signed-in = 在此设备上保持登录
stay-signed-in-unreadable = 无法读取此设备的密钥环，因此无法使用已保存的登录。请登录以继续；其他功能均可正常使用。
managed-by-organization = 由你的组织设置
error-keyring-unavailable = 此设备的密钥环无法保存你的登录，下次需要重新登录。其他功能均可正常使用。
footer-check-connection = 检查连接
diag-title = 检查连接
diag-intro = 这些检查显示与你组织的密码服务器的连接在哪里失败。请将结果及其代码读给服务台。
diag-run = 重新检查
diag-running = 正在检查…
diag-copy = 复制报告
diag-read-out = 请将以下内容读给服务台：
diag-back = 返回
diag-status-ok = 正常
diag-status-warn = 警告
diag-status-fail = 失败
diag-status-skipped = 已跳过
diag-check-policy = IT 部门的设置
diag-check-dns = 名称解析 (DNS)
diag-check-proxy = 代理
diag-check-tcp = 连接
diag-check-tls = 安全连接 (TLS 证书)
diag-check-clock = 时钟
diag-check-api = 密码服务器
diag-skipped = 由于前一项检查失败，未进行检查。
diag-policy-ok = 已为 { $tenant } 配置，地址为 { $url }。
diag-policy-invalid = 设备策略 { $path } 中的设置 { $key } 有错误。
diag-no-tenant = 此设备尚未连接到密码服务器。
diag-url-invalid = 服务器地址 { $url } 不是有效的网址。
diag-dns-ip = { $host } 是 IP 地址，无需名称解析。
diag-dns-ok = 已找到 { $host }（{ $addresses }）。
diag-dns-failed = 找不到名称 { $host }。请检查网络连接或 DNS 设置。
diag-proxy-none = 未设置代理。
diag-proxy-ok = 代理 { $proxy } 有响应。
diag-proxy-unreachable = 无法访问代理 { $proxy }。
diag-tcp-via-proxy = 连接经过代理。
diag-proxy-refused = 代理 { $proxy } 拒绝打开到 { $address } 的连接。需要 IT 部门在代理上允许此地址和端口。
diag-proxy-auth-required = 代理 { $proxy } 在连接到 { $address } 之前要求登录。需要 IT 部门放行此设备，或设置代理的登录信息。
diag-tcp-ok = 已在 { $ms } 毫秒内连接到 { $address }。
diag-tcp-refused = { $address } 拒绝了连接：服务器可能已停止。
diag-tcp-timeout = { $address } 未及时响应：可能被防火墙阻止。
diag-tcp-failed = 无法连接到 { $address }。
diag-tls-ok = { $host } 的证书有效且受信任。
diag-tls-not-used = { $url } 未加密 (http)。仅可用于本机上的测试服务器。
diag-tls-expired = { $host } 的证书已过期或尚未生效（也请检查此设备的日期）。
diag-tls-name-mismatch = 该证书不属于 { $host }。
diag-tls-untrusted = { $host } 的证书不是来自受信任的颁发机构。可能有代理在检查流量，或需要 IT 部门安装组织的证书。
diag-tls-failed = 与 { $host } 的安全连接失败。
diag-http-timeout = { $url } 未及时响应。
diag-http-failed = { $url } 没有响应。
diag-clock-ok = 此设备的时钟正确（相差 { $skew_secs } 秒）。
diag-clock-skew = 此设备的时钟相差 { $skew_secs } 秒。身份验证器应用的代码将无法使用；请设置正确的时间。
diag-clock-unknown = 服务器未告知其时间。
diag-api-ok = Latchkey 服务器 { $version } 为 { $tenant } 提供服务。
diag-api-not-latchkey = { $url } 不是 Latchkey 服务器。
diag-api-incompatible = 服务器运行的版本为 { $version }，此应用（{ $expected }）无法与其通信。请更新应用或服务器。
diag-tenant-unknown = 服务器不认识组织 { $tenant }。
diag-api-failed = 服务器返回了错误（{ $code }）。
