# Latchkey desktop app: messages of the user interface.
# Error messages say what happened and what to do next. Ids: error-<code with . and _ as ->.
# Translations: keep every { $variable } of a message; a message that selects on a number needs a
# variant for each plural category your language has for whole numbers 0-999 (for example ar:
# zero, one, two, few, many, other; he: one, two, other; ja, zh: other only, so no selector is
# needed). Dates use DATETIME(), numbers NUMBER(). `cargo test -p latchkey-i18n` checks all of it.

## Common

common-app-name = Latchkey
common-back = Back
common-retry = Try again
common-unlock-now = Unlock my account now
common-retrying = Trying again…
common-show-password = Show
common-hide-password = Hide
common-rule-met = Met:
common-rule-unmet = Not met:
common-error-code = Error code: { $code }
common-helpdesk-intro = If you need help, contact your help desk:
common-helpdesk-generic = If you need help, contact your IT help desk.
common-step = Step { $step } of { $total }:
common-cancel = Cancel
common-copied = Copied.
common-copy-failed = Couldn't copy. Select the text and copy it yourself.

## Start

start-flows-label = What do you need to do?
start-flow-reset = Reset my password
start-flow-unlock = Unlock my account
start-flow-change = Change my password
start-flow-security-info = My security info
start-offline = You're offline: { $tenant } can't be reached right now, so this screen uses saved settings. Connect to the network before you continue.
start-no-flows = Your organization hasn't turned on any self-service options on this device. Contact your help desk.
start-not-set-up-title = This app isn't set up yet
start-not-set-up-help = Your IT department needs to connect Latchkey on this device to your organization. Contact them and tell them the error code below.
start-unreachable-title = Can't reach your organization's password server
start-unreachable-help = Check that this device is connected to the network, then try again. If it still doesn't work, contact your help desk and tell them the error code below.
start-failed-title = Latchkey couldn't load your organization's settings
start-failed-help = Try again. If it still doesn't work, contact your help desk and tell them the error code below.

## Footer

footer-helpdesk-title = Help desk:
footer-helpdesk-web = Web:
footer-helpdesk-email = Email:
footer-helpdesk-phone = Phone:
stay-signed-in = Stay signed in on this device
stay-signed-in-unreadable = This device's keyring couldn't be read, so your kept sign-in can't be used. Sign in to continue; everything else works.
managed-by-organization = Set by your organization
footer-language = Language

## Change password

change-title = Change your password
change-required-notice = You need to change your password before you can continue, for example because the help desk gave you a temporary one. Choose a new password here, then sign in again to see your security info.
change-step = Step { $step } of { $total }:
change-step-sign-in = Sign in
change-step-new-password = Choose a new password
change-username = User ID
change-username-hint = Your username or email address
change-current-password = Current password
change-new-password = New password
change-confirm-password = Type the new password again
change-submit = Change password
change-submitting = Changing your password…
change-username-required = Enter your user ID.
change-current-password-required = Enter your current password.
change-new-password-required = Enter a new password.
change-password-not-accepted = This new password can't be used:
change-done-title = Password changed
change-done-text = Your password was changed. Sign in with it on this device.
change-done-back = Back to start
change-done-returning = { $seconds ->
    [one] Going back to the start screen in { $seconds } second.
   *[other] Going back to the start screen in { $seconds } seconds.
}

## New password: checklist and strength

password-rule-heading = Your new password needs to be:
password-rule-length = { $min } to { $max } characters long
password-rule-not-banned = Not a common or banned password
password-rule-not-breached = Not found in known data breaches
password-rule-strength = Hard to guess: at least “{ $level }”
password-rule-no-user-info = Free of your name and user ID
password-rule-unknown = Rule “{ $rule }”
password-strength-label = Strength: { $level }
password-strength-none = not rated yet
password-strength-0 = very weak
password-strength-1 = weak
password-strength-2 = fair
password-strength-3 = good
password-strength-4 = strong

## Sign in (in front of My security info)

sign-in-title = Sign in
sign-in-intro = Sign in to see and change the ways you prove it's you.
sign-in-password = Password
sign-in-password-required = Enter your password.
sign-in-submit = Sign in
sign-in-submitting = Signing in…
sign-in-again = Sign in again
step-up-again = Verify it's you again

## Step-up: verify with a registered method

mfa-title = Verify it's you
mfa-intro = Before you can see or change your security info, confirm it's you with one of your methods.
mfa-choose = Choose how to verify
mfa-no-methods = You have no method to verify with yet. Contact your help desk; they can help you register one.
mfa-totp-prompt = Enter the 6-digit code from your authenticator app
mfa-backup-prompt = Enter one of your backup codes (each one works once)
mfa-questions-intro = Answer your security questions the way you did when you set them up.
mfa-questions-loading = Loading your questions…
mfa-answers-required = Answer every question.
mfa-submit = Verify
mfa-submitting = Verifying…

## One-time codes sent by email or text message

code-sending = Sending…
code-sending-to = Sending a code to { $hint }…
code-sent = We sent a code to { $hint }.
code-lifetime = { $minutes ->
    [one] It's valid for { $minutes } minute.
   *[other] It's valid for { $minutes } minutes.
}
code-enter = Enter the code
code-required = Enter the code you received.
code-resend = Send a new code
code-resend-wait = Send a new code (in { $seconds } s)

## Kinds of methods

method-kind-totp = Authenticator app
method-kind-email = Email
method-kind-phone = Mobile phone
method-kind-questions = Security questions
method-kind-security-key = Security key
method-kind-backup-codes = Backup codes
method-kind-other = Other method ({ $kind })
method-label-hint = { $kind } { $hint }
method-label-named = { $kind } “{ $name }”

## My security info

security-info-title = My security info
security-info-signed-in-as = Signed in as { $user }
security-info-loading = Loading your security info…
security-info-list-label = Your methods
security-info-empty = You haven't added any methods yet.
security-info-registration-required = { $required ->
    [one] Your organization requires { $required } method so you can reset your password yourself. You have { $count } so far: add one with “Add method”.
   *[other] Your organization requires { $required } methods so you can reset your password yourself. You have { $count } so far: add more with “Add method”.
}
security-info-reconfirm = Please confirm your info is current. If something has changed, update it first; otherwise choose “Confirm”.
security-info-reconfirm-button = Confirm
security-info-confirmed = Thank you: your security info is confirmed.
security-info-default = Default
security-info-unverified = Not finished
security-info-added-on = Added on { DATETIME($date, dateStyle: "medium") }
security-info-last-used = last used on { DATETIME($date, dateStyle: "medium") }
security-info-never-used = never used
security-info-make-default = Make default
security-info-default-set = { $method } is now your default method.
security-info-remove = Remove
security-info-remove-question = Remove { $method }? You won't be able to use it to verify or to reset your password.
security-info-remove-confirm = Yes, remove
security-info-removed = { $method } was removed.
security-info-add = Add method
security-info-add-label = Choose a method to add
security-info-backup-replaces = New codes replace your old ones
security-info-sign-out = Sign out

## Registration interrupt: asked first after sign-in (the organization's registration policy)

interrupt-register-title = Your organization needs more information to keep your account secure
interrupt-register-intro = Add the methods your organization requires, so that you can reset your password yourself if you ever forget it.
interrupt-register-count = Methods required: { $required } · registered so far: { $registered }
interrupt-register-button = Set up my methods
interrupt-reconfirm-title = Is your security info still current?
interrupt-reconfirm-intro = Your organization asks you to check now and then that the methods you'd use to reset your password still work. These are registered:
interrupt-reconfirm-confirm = Looks good
interrupt-reconfirm-update = Update my info
interrupt-skip = Skip for now ({ $left } left)
interrupt-skipped = Skipped for now. You'll be asked again the next time you sign in (skips left: { $left }).
interrupt-no-skips = You've skipped this step as often as your organization allows. Complete it to continue.

## Add an authenticator app

totp-title = Add an authenticator app
totp-loading = Getting things ready…
totp-step-scan = Scan the QR code
totp-scan-intro = Open your authenticator app (for example Microsoft Authenticator or Google Authenticator), add an account and scan this code.
totp-qr-label = QR code for your authenticator app
totp-qr-unavailable = The QR code can't be shown. Type the key below into your app instead.
totp-key-label = Key:
totp-copy = Copy key
totp-cant-scan = Can't scan the code?
totp-manual-intro = In your app, choose to enter a setup key by hand, and fill in:
totp-manual-account = Account name
totp-manual-issuer = Issuer
totp-manual-key = Key
totp-manual-type = Type
totp-manual-type-value = Time-based
totp-manual-digits = Digits
totp-step-code = Enter the 6-digit code
totp-code-label = The code your app shows now
totp-code-hint = The app shows a new code every 30 seconds. Type the one it shows now.
totp-submit = Finish
totp-submitting = Checking the code…
totp-added = Authenticator app added. From now on you can verify with its codes.

## Add an email address or a mobile phone

contact-email-title = Add an email address
contact-phone-title = Add a mobile phone
contact-email-intro = We'll send a code to this address to check that it's yours. Use an address you can still reach when you're locked out of your work account.
contact-phone-intro = We'll send a code by text message to this number to check that it's yours.
contact-email-step = Enter your email address
contact-phone-step = Enter your mobile number
contact-email-label = Email address
contact-email-hint = For example name@example.com
contact-country-label = Country or region
contact-country-other = Other (type + and the country code)
contact-phone-label = Mobile number
contact-phone-hint = The number without the country code, or the whole number starting with +.
contact-phone-preview = We'll send the code to { $number }.
contact-send = Send code
contact-code-step = Enter the code
contact-email-change = Use a different address
contact-phone-change = Use a different number
contact-verify = Verify
contact-verifying = Verifying…
contact-email-added = Email address added.
contact-phone-added = Mobile phone added.

## Security questions

questions-title = Set up security questions
questions-loading = Loading the questions…
questions-intro = { $count ->
    [one] Choose { $count } question and answer it.
   *[other] Choose { $count } different questions and answer each one.
}
questions-rules = Each answer needs { $min } to { $max } characters, and no two answers may be the same. Choose answers only you know and will remember exactly; they are stored so that nobody can read them.
questions-number = Question { $number } of { $total }
questions-question-label = Question
questions-answer-label = Your answer
questions-choose = Choose a question…
questions-choose-required = Choose a question for question { $number }.
questions-submit = Save answers
questions-saving = Saving…
questions-added = Security questions saved.

## Backup codes

backup-title = Backup codes
backup-generating = Creating your codes…
backup-intro = { $count ->
    [one] Here is { $count } backup code. It works once, when you can't use your other methods.
   *[other] Here are { $count } backup codes. Each one works once, when you can't use your other methods.
}
backup-once = You'll see these codes only now. Backup codes you had before no longer work.
backup-copy = Copy
backup-save = Save as text file
backup-saved-file = Look for backup-codes.txt in your downloads.
backup-print = Print
backup-saved-confirm = I saved these codes somewhere safe
backup-done = Done
backup-added = New backup codes created. Keep them somewhere safe.
backup-file-title = Backup codes for { $tenant }
backup-file-user = Account: { $user }
backup-file-date = Created: { DATETIME($date, dateStyle: "long") }
backup-file-note = Each code works once. Keep this file private.

## Add a security key

security-key-title = Add a security key
security-key-intro = A security key is a small USB or NFC device that proves it's you with a touch.
security-key-step-name = Name your key
security-key-name-label = Name of the key
security-key-name-hint = So you can tell your keys apart, for example “Blue key” or “Keyring”.
security-key-name-required = Give the key a name, for example “Blue key”.
security-key-register = Next
security-key-step-touch = Insert and touch your key
security-key-touch = Insert your security key and touch it when it blinks…
security-key-touch-hint = If your key needs its PIN, this app will ask you for it. You have about a minute.
security-key-added = Security key “{ $name }” added.
security-key-done = Back to my security info
security-key-pin-label = Security key PIN
security-key-pin-hint = The PIN you set for this security key, not your account password. After you continue, touch the key when it blinks.
security-key-pin-submit = Continue
security-key-pin-empty = Enter your security key's PIN.

## Reset and unlock (no sign-in)

reset-title = Reset your password
unlock-title = Unlock your account
reset-step-who = Who are you?
reset-who-intro = Enter your user ID. Next you'll confirm it's you with the methods you registered, then choose a new password.
unlock-who-intro = Enter your user ID. Next you'll confirm it's you with the methods you registered, then your account is unlocked. Your password stays the same.
reset-next = Next
reset-checking = Checking…
reset-captcha = Checking this isn't a bot…
reset-switch-to-reset = Reset my password instead
reset-step-verify = Verify it's you
reset-verify-intro = { $required ->
    [one] To keep your account safe, confirm it's you with one of your registered methods.
   *[other] To keep your account safe, confirm it's you with { $required } different registered methods.
}
reset-choose = { $total ->
    [one] Choose how to verify
   *[other] Choose how to verify ({ $n } of { $total })
}
reset-verified-title = Already verified
reset-verified = verified
reset-verified-notice = { $remaining ->
    [one] { $method }: verified. Now choose one more method.
   *[other] { $method }: verified. Now choose { $remaining } more methods.
}
reset-no-methods = There is no other registered method left to verify with here. Contact your help desk; they can confirm it's you and help you.
reset-step-new-password = Choose a new password
reset-new-password-intro = Choose a new password for { $user }.
reset-submit = Set new password
reset-submitting = Setting your new password…
unlock-step-confirm = Unlock your account
unlock-confirm-text = You've confirmed it's you. Unlock { $user } now? Your password stays the same.
unlock-submit = Unlock my account
unlock-submitting = Unlocking…
reset-timer = Time left to finish: { NUMBER($minutes) }:{ NUMBER($seconds, minimumIntegerDigits: 2) }. After that you'll need to start again.
reset-timer-warning = { $minutes ->
    [one] Less than { $minutes } minute left to finish.
   *[other] Less than { $minutes } minutes left to finish.
}
reset-time-limit = { $minutes ->
    [one] You have { $minutes } minute to finish. To keep your account safe this time can't be extended; if it runs out, start again.
   *[other] You have { $minutes } minutes to finish. To keep your account safe this time can't be extended; if it runs out, start again.
}
reset-expired-title = This session has ended
reset-restart = Start again
reset-done-title = Password changed
reset-done-text = Your password was changed. Sign in with it on this device.
unlock-done-title = Account unlocked
unlock-done-text = Your account is unlocked. Sign in with your current password.
reset-done-notified = We sent a notification to your registered email address and phone. If you didn't do this, contact your help desk right away.

## Errors
## Each one says what happened and what to do next.

error-unknown = The server answered with an error this app doesn't know yet (code: { $code }). Try again; if it happens again, contact your help desk and tell them the code.

error-auth = Signing in didn't work. Check your user ID and password and try again; if it keeps failing, contact your help desk.
error-auth-invalid-credentials = The user ID or current password is wrong. Check both (is Caps Lock on?) and try again.
error-auth-account-locked = { $minutes ->
    [one] Your account is locked after too many attempts. Wait { $minutes } minute and try again, or contact your help desk to unlock it.
   *[other] Your account is locked after too many attempts. Wait { $minutes } minutes and try again, or contact your help desk to unlock it.
}
error-auth-account-disabled = Your account is disabled, so its password can't be changed here. Contact your help desk.
error-auth-rate-limited = { $retry_after_secs ->
    [one] Too many attempts. Wait { $retry_after_secs } second, then try again.
   *[other] Too many attempts. Wait { $retry_after_secs } seconds, then try again.
}
error-auth-mfa-required = First confirm it's you with one of your registered methods. Sign in again to continue.
error-auth-step-up-required = To keep your account safe, confirm it's you again with one of your registered methods before changing your security info or password.
error-auth-password-change-required = You need to change your password before you can continue. Change it, then sign in again.
error-auth-token-missing = You're not signed in anymore. Sign in again to continue.
error-auth-token-invalid = Your sign-in is no longer valid. Sign in again to continue.

error-password = This password can't be used. Choose a different one that meets the rules in the list.
error-password-too-short = It's too short. Add more characters.
error-password-too-long = It's too long. Use fewer characters.
error-password-banned = It's on the list of common or banned passwords. Choose something less predictable.
error-password-breached = It was found in a list of breached passwords, so attackers may try it. Choose one you have never used anywhere.
error-password-too-weak = It's too easy to guess. Make it longer, for example with several unrelated words.
error-password-contains-user-info = It contains your name or user ID. Leave those out.
error-password-reused = You have used this password before. Choose one you haven't used here.
error-password-mismatch = The two new passwords don't match. Type the same password in both fields.
error-password-same-as-current = The new password is the same as your current one. Choose a different password.
error-password-evaluate-rate-limited = Too many password checks came from this address. Wait a minute, then keep typing.

error-tenant = Your organization's settings on the password server have a problem. Contact your help desk.
error-tenant-not-found = The password server doesn't know the organization this device is set up for. Contact your help desk.

error-network = Latchkey couldn't talk to the password server. Check your network connection and try again.
error-network-unreachable = Can't reach the password server. Check that this device is connected to the network, then try again.
error-network-timeout = The password server took too long to answer. Wait a moment and try again.
error-network-tls = The password server's security certificate couldn't be verified, so nothing was sent. Don't retry on another network; contact your help desk.
error-network-bad-response = The password server sent an answer this app couldn't read. Try again; if it happens again, contact your help desk.

error-config = Latchkey isn't set up correctly on this device. Contact your help desk.
error-config-no-tenant = This device isn't connected to your organization's password server yet. Your IT department needs to set it up.
error-config-policy-invalid = The machine policy { $path } set up by your IT department has a mistake in the setting { $key }: { $detail }. Tell your help desk.
error-keyring-unavailable = This device's keyring can't keep your sign-in, so you'll need to sign in again next time. Everything else works.
error-config-no-policy = The password rules of your organization could not be loaded yet. Check the connection and try again.

error-request = The password server couldn't accept what this app sent. Check what you typed and try again; if it happens again, contact your help desk.
error-request-invalid = The password server couldn't accept what this app sent. Check what you typed and try again.
error-request-too-large = What you typed is too long. Shorten it and try again.
error-request-timeout = The password server took too long to answer. Try again in a moment; if it keeps happening, contact your help desk.

error-session = Your session has ended. Start again.
error-session-expired = Your session timed out, to keep your account safe. Go back to the start and begin again.

error-internal = Latchkey ran into an internal problem and couldn't finish. Try again; if it happens again, contact your help desk and tell them the error code.
error-internal-error = Latchkey ran into an internal problem and couldn't finish. Try again; if it happens again, contact your help desk and tell them the error code.
error-internal-unavailable = The password server cannot reach its database or directory right now. Wait a few minutes and try again.
error-password-too-young = Your password was changed too recently. Wait a while before changing it again.
error-account-expired = Your account has expired. Contact your help desk.
error-account-cannot-change-password = Your account is not allowed to change its password. Contact your help desk.
error-account-protected = This account is protected: its password can only be reset by the help desk.
error-directory-unavailable = The password server cannot reach your organization's directory right now. Nothing was changed; wait a few minutes and try again.
error-directory-timeout = Your organization's directory did not answer in time. Nothing was changed; wait a few minutes and try again.
error-directory-tls = The password server could not verify your organization's directory's certificate, so nothing was sent or changed. Contact your help desk.
error-directory-refused = Your organization's directory refused the change. Try a different password, or contact your help desk.

error-mfa = Confirming it's you didn't work. Try again or choose another method; if it keeps failing, contact your help desk.
error-mfa-code-invalid = That code isn't right. Check it and type it again, or get a new code.
error-mfa-code-expired = That code has expired. Send a new code and enter it soon after it arrives.
error-mfa-attempts-exceeded = Too many wrong tries with this method. Choose another method, or try again later; if you're stuck, contact your help desk.
error-mfa-method-not-verified = This method was never finished, so it can't be used to verify. Choose another method.
error-mfa-not-required = You're already verified. Continue to your security info.
error-mfa-questions-not-allowed = Security questions can't confirm a sign-in. Choose another method, such as your authenticator app, a code by email or text, or a security key.
error-policy-questions-alone = Security questions are never enough alone: allow them only when two methods are required to reset.
error-registration-not-due = Your organization isn't asking you to update your security info right now. Continue to your security info.
error-registration-skip-not-allowed = Your organization doesn't allow skipping this step. Complete it to continue.
error-registration-skips-used-up = You've skipped this step as often as your organization allows (at most { $allowed }). Complete it to continue.

error-methods = Your security info couldn't be changed. Try again; if it keeps failing, contact your help desk.
error-methods-would-leave-too-few = You can't remove this method: your organization requires a minimum number of methods. Add another method first, then remove this one.
error-methods-not-allowed = Your organization doesn't allow “{ $kind }” as a method. Choose another kind of method.
error-methods-not-found = This method doesn't exist anymore; it may have been removed on another device. Check the updated list.
error-methods-limit-reached = You have as many methods of this kind as allowed. Remove one before you add another.

error-totp = The authenticator app couldn't be added. Start again; if it keeps failing, contact your help desk.
error-totp-code-invalid = That code doesn't match. Check that you typed the code of the account you just added, and that this device's clock is right, then try the code shown now.
error-totp-code-reused = That code was already used. Wait until the app shows a new code, then type that one.
error-totp-code-malformed = Type the 6 digits your authenticator app shows, without letters.
error-totp-attempts-exceeded = Too many wrong authenticator codes in this reset. Start the reset again, and check that this device's clock is right.

error-contact = That address or number can't be used. Check it and try again.
error-contact-email-invalid = That isn't a complete email address. Check it (for example name@example.com) and try again.
error-contact-phone-invalid = That isn't a complete phone number. Enter it with + and the country code, for example +49 170 1234567 (8 to 15 digits).

error-code = The code couldn't be checked. Send a new code and try again.
error-code-invalid = That code isn't right. Check it and type it again, or send a new code.
error-code-expired = { $minutes ->
    [one] That code has expired. Send a new code and enter it within { $minutes } minute.
   *[other] That code has expired. Send a new code and enter it within { $minutes } minutes.
}
error-code-attempts-exceeded = Too many wrong codes. Send a new code and try again.
error-code-rate-limited = { $retry_after_secs ->
    [one] Too many codes were sent. Wait { $retry_after_secs } second before you ask for another one.
   *[other] Too many codes were sent. Wait { $retry_after_secs } seconds before you ask for another one.
}

error-delivery = The code couldn't be sent. Try again in a few minutes; if it still doesn't work, contact your help desk.
error-delivery-failed = The code couldn't be sent. Check the address or number and try again; if no code arrives, contact your help desk.
error-delivery-undelivered = The code couldn't be delivered. Ask for a new code, or use another method; if it keeps failing, contact your help desk.

error-questions = Your security questions couldn't be saved. Check your answers and try again.
error-questions-too-few = { $min ->
    [one] Answer at least { $min } question.
   *[other] Answer at least { $min } questions.
}
error-questions-answer-too-short = Answer { $index } is too short. Use at least { $min } characters.
error-questions-answer-too-long = Answer { $index } is too long. Use at most { $max } characters.
error-questions-duplicate-answer = Answer { $index } is the same as another answer. Give each question a different answer.
error-questions-unknown-question = One of the chosen questions isn't offered anymore. Choose your questions again.
error-questions-not-allowed-for-admins = Administrator accounts can't use security questions, to keep them safe. Add another kind of method instead.
error-questions-disabled = Your organization has turned security questions off. Add another kind of method instead.

error-questions-wrong-answers = One or more answers aren't right. Check them (spelling and spaces as you set them up) and try again, or choose another method.
error-questions-locale-unknown = There is no language { $locale }. Use one of: { $available }.
error-questions-exists = That question already exists in this language.
error-questions-limit-reached = There are already { $max } questions in this language. Remove one first.
error-questions-in-use = { $users } users have answered this question, so it can't be removed; they would be unable to reset with their questions.

error-backup-code-invalid = That backup code is wrong or was already used. Check it, or use another of your codes.

error-reset = The password reset couldn't continue. Start again; if it keeps failing, contact your help desk.
error-reset-disabled = Your organization hasn't turned on self-service password reset. Contact your help desk to reset your password or unlock your account.
error-reset-expired = { $minutes ->
    [one] To keep your account safe, a reset session lasts only { $minutes } minute, and this one has ended. Nothing was changed. Start again.
   *[other] To keep your account safe, a reset session lasts only { $minutes } minutes, and this one has ended. Nothing was changed. Start again.
}
error-reset-not-found = The password server no longer knows this reset, for example because it ended. Nothing was changed. Start again.
error-reset-blocked = { $hours ->
    [one] There were too many attempts, so resetting or unlocking this account here is blocked for the next hour. Contact your help desk; they can confirm it's you and help you now.
   *[other] There were too many attempts, so resetting or unlocking this account here is blocked for the next { $hours } hours. Contact your help desk; they can confirm it's you and help you now.
}
error-reset-more-methods-needed = { $remaining ->
    [one] Confirm it's you with one more method first.
   *[other] Confirm it's you with { $remaining } more methods first.
}
error-reset-strong-method-required = Your organization requires one of the methods to be a strong one. Verify with your authenticator app or security key too; if you have neither, contact your help desk.
error-reset-unlock-disabled = Your organization doesn't allow unlocking an account without choosing a new password. Reset your password instead, or contact your help desk.

error-captcha = The check that you're not a bot didn't work. Choose “Next” to try again.
error-captcha-invalid = The check that you're not a bot didn't pass. Choose “Next” to try again; if it keeps failing, contact your help desk.
error-captcha-expired = The check that you're not a bot took too long and expired. Choose “Next” to try again.

error-security-key = The security key didn't work. Try again, or use another key or method.
error-security-key-no-device = No security key was found. Insert your key (or hold it to the reader) and try again.
error-security-key-timeout = The key wasn't touched in time. Try again, and touch the key when it blinks.
error-security-key-cancelled = The security key request was cancelled. Try again when you're ready.
error-security-key-rejected = The security key refused the request. Try again; if it keeps refusing, use another key or method.
error-security-key-counter-regressed = This security key gave an answer that suggests it may have been copied, so it wasn't accepted. Use another method and contact your help desk.
error-security-key-unavailable = Security keys can't be used with this server yet: it needs a public address with a host name. Use another method, and tell your help desk.
error-security-key-response-malformed = The security key's answer couldn't be read. Try again; if it keeps failing, use another key or method.
error-security-key-response-invalid = The security key's answer didn't match. Use the key you registered for this account and try again.
error-security-key-challenge-missing = This security key request was already used or has expired. Start again.
error-security-key-already-registered = This security key is already registered to your account. Use a different key, or keep the one you have.
error-security-key-name-invalid = Give the key a name of up to 64 characters, for example “Blue key”.
error-security-key-pin-required = This key needs its PIN. Type the key's PIN and try again.
error-security-key-pin-invalid = The key's PIN was wrong. Check it and try again; after too many wrong PINs the key locks itself.

kiosk-idle-warning = Still there? This screen clears itself in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} to keep your information private.
kiosk-idle-stay = I'm still here

## Check connection (diagnosis): the screen and `latchkey --diagnose`
footer-check-connection = Check connection
diag-title = Check connection
diag-intro = These checks show where the connection to your organization's password server fails. Read the results and their codes to your help desk.
diag-run = Check again
diag-running = Checking…
diag-copy = Copy report
diag-read-out = Read this to your help desk:
diag-back = Back
diag-status-ok = OK
diag-status-warn = Warning
diag-status-fail = Failed
diag-status-skipped = Skipped
diag-check-policy = Settings from your IT department
diag-check-dns = Name lookup (DNS)
diag-check-proxy = Proxy
diag-check-tcp = Connection
diag-check-tls = Secure connection (TLS certificate)
diag-check-clock = Clock
diag-check-api = Password server
diag-skipped = Not checked, because an earlier check failed.
diag-policy-ok = Set up for { $tenant } at { $url }.
diag-policy-invalid = The machine policy { $path } has a mistake in the setting { $key }.
diag-no-tenant = This device isn't connected to a password server yet.
diag-url-invalid = The server address { $url } is not a valid web address.
diag-dns-ip = { $host } is an IP address; no name lookup needed.
diag-dns-ok = { $host } was found ({ $addresses }).
diag-dns-failed = The name { $host } could not be found. Check the network connection or the DNS settings.
diag-proxy-none = No proxy is set.
diag-proxy-ok = The proxy { $proxy } answers.
diag-proxy-unreachable = The proxy { $proxy } can't be reached.
diag-tcp-via-proxy = The connection goes through the proxy.
diag-proxy-refused = The proxy { $proxy } refused to open a connection to { $address }. IT must allow this address and port on the proxy.
diag-proxy-auth-required = The proxy { $proxy } asks for a sign-in before it connects to { $address }. IT must let this device through or set the proxy's sign-in.
diag-tcp-ok = Connected to { $address } in { $ms } ms.
diag-tcp-refused = { $address } refused the connection: the server may be down.
diag-tcp-timeout = { $address } did not answer in time: a firewall may block it.
diag-tcp-failed = Could not connect to { $address }.
diag-tls-ok = The certificate of { $host } is valid and trusted.
diag-tls-not-used = { $url } is not encrypted (http). Only acceptable for a test server on this machine.
diag-tls-expired = The certificate of { $host } has expired or is not valid yet (check this device's date too).
diag-tls-name-mismatch = The certificate does not belong to { $host }.
diag-tls-untrusted = The certificate of { $host } is not from a trusted authority. A proxy may be inspecting traffic, or IT must install the organization's certificate.
diag-tls-failed = The secure connection to { $host } failed.
diag-http-timeout = { $url } did not answer in time.
diag-http-failed = { $url } did not answer.
diag-clock-ok = This device's clock is right (off by { $skew_secs } s).
diag-clock-skew = This device's clock is off by { $skew_secs } seconds. Codes from authenticator apps will fail; set the correct time.
diag-clock-unknown = The server did not say its time.
diag-api-ok = Latchkey server { $version } answers for { $tenant }.
diag-api-not-latchkey = { $url } is not a Latchkey server.
diag-api-incompatible = The server runs version { $version }, which this app ({ $expected }) cannot talk to. Update the app or the server.
diag-tenant-unknown = The server does not know the organization { $tenant }.
diag-api-failed = The server answered with an error ({ $code }).
