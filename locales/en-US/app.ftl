# Latchkey desktop app: messages of the user interface.
# Error messages say what happened and what to do next. Ids: error-<code with . and _ as ->.

## Common

common-app-name = Latchkey
common-back = Back
common-retry = Try again
common-retrying = Trying again…
common-show-password = Show
common-hide-password = Hide
common-rule-met = Met:
common-rule-unmet = Not met:
common-error-code = Error code: { $code }
common-helpdesk-intro = If you need help, contact your help desk:
common-helpdesk-generic = If you need help, contact your IT help desk.

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
footer-language = Language

## Change password

change-title = Change your password
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

## Errors
## Each one says what happened and what to do next.

error-unknown = The server answered with an error this app doesn't know yet (code: { $code }). Try again; if it happens again, contact your help desk and tell them the code.

error-auth = Signing in didn't work. Check your user ID and password and try again; if it keeps failing, contact your help desk.
error-auth-invalid-credentials = The user ID or current password is wrong. Check both (is Caps Lock on?) and try again.
error-auth-account-locked = Your account is locked after too many attempts. Wait a while and try again, or contact your help desk to unlock it.
error-auth-account-disabled = Your account is disabled, so its password can't be changed here. Contact your help desk.
error-auth-rate-limited = { $retry_after_secs ->
    [one] Too many attempts. Wait { $retry_after_secs } second, then try again.
   *[other] Too many attempts. Wait { $retry_after_secs } seconds, then try again.
}

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

error-tenant = Your organization's settings on the password server have a problem. Contact your help desk.
error-tenant-not-found = The password server doesn't know the organization this device is set up for. Contact your help desk.

error-network = Latchkey couldn't talk to the password server. Check your network connection and try again.
error-network-unreachable = Can't reach the password server. Check that this device is connected to the network, then try again.
error-network-timeout = The password server took too long to answer. Wait a moment and try again.
error-network-tls = The password server's security certificate couldn't be verified, so nothing was sent. Don't retry on another network; contact your help desk.
error-network-bad-response = The password server sent an answer this app couldn't read. Try again; if it happens again, contact your help desk.

error-config = Latchkey isn't set up correctly on this device. Contact your help desk.
error-config-no-tenant = This device isn't connected to your organization's password server yet. Your IT department needs to set it up.

error-request = The password server couldn't accept what this app sent. Check what you typed and try again; if it happens again, contact your help desk.
error-request-invalid = The password server couldn't accept what this app sent. Check what you typed and try again.
error-request-too-large = What you typed is too long. Shorten it and try again.

error-session = Your session has ended. Start again.
error-session-expired = Your session timed out, to keep your account safe. Go back to the start and begin again.

error-internal = Latchkey ran into an internal problem and couldn't finish. Try again; if it happens again, contact your help desk and tell them the error code.
error-internal-error = Latchkey ran into an internal problem and couldn't finish. Try again; if it happens again, contact your help desk and tell them the error code.
