# Latchkey desktop app: messages of the user interface.
# Error messages say what happened and what to do next. Ids: error-<code with . and _ as ->.
# Hebrew: gender-neutral, polite forms (יש ל…, infinitives, nouns for buttons).

## Common

common-app-name = Latchkey
common-back = חזרה
common-retry = לנסות שוב
common-unlock-now = בטל את נעילת החשבון שלי עכשיו
common-retrying = מנסים שוב…
common-show-password = הצגה
common-hide-password = הסתרה
common-rule-met = מתקיים:
common-rule-unmet = לא מתקיים:
common-error-code = קוד שגיאה: { $code }
common-helpdesk-intro = לקבלת עזרה, אפשר לפנות למוקד התמיכה:
common-helpdesk-generic = לקבלת עזרה, אפשר לפנות למוקד התמיכה של מחלקת ה-IT.
common-step = שלב { $step } מתוך { $total }:
common-cancel = ביטול
common-copied = הועתק.
common-copy-failed = ההעתקה לא הצליחה. יש לסמן את הטקסט ולהעתיק אותו ידנית.

## Start

start-flows-label = מה ברצונך לעשות?
start-flow-reset = איפוס הסיסמה שלי
start-flow-unlock = ביטול נעילת החשבון שלי
start-flow-change = שינוי הסיסמה שלי
start-flow-security-info = פרטי האבטחה שלי
start-offline = אין חיבור לרשת: אין גישה ל-{ $tenant } כרגע, ולכן המסך הזה משתמש בהגדרות שנשמרו. יש להתחבר לרשת לפני שממשיכים.
start-no-flows = הארגון שלך לא הפעיל במכשיר הזה אף אפשרות של שירות עצמי. יש לפנות למוקד התמיכה.
start-not-set-up-title = האפליקציה עדיין לא הוגדרה
start-not-set-up-help = מחלקת ה-IT צריכה לחבר את Latchkey במכשיר הזה לארגון שלך. יש לפנות אליה ולמסור את קוד השגיאה שמופיע למטה.
start-unreachable-title = אין גישה לשרת הסיסמאות של הארגון שלך
start-unreachable-help = יש לוודא שהמכשיר הזה מחובר לרשת ולנסות שוב. אם הבעיה נמשכת, יש לפנות למוקד התמיכה ולמסור את קוד השגיאה שמופיע למטה.
start-failed-title = האפליקציה Latchkey לא הצליחה לטעון את הגדרות הארגון שלך
start-failed-help = יש לנסות שוב. אם הבעיה נמשכת, יש לפנות למוקד התמיכה ולמסור את קוד השגיאה שמופיע למטה.

## Footer

footer-helpdesk-title = מוקד התמיכה:
footer-helpdesk-web = אתר:
footer-helpdesk-email = דוא"ל:
footer-helpdesk-phone = טלפון:
footer-language = שפה

## Change password

change-title = שינוי הסיסמה
change-required-notice = יש לשנות את הסיסמה לפני שאפשר להמשיך, למשל כי מוקד התמיכה נתן לך סיסמה זמנית. יש לבחור כאן סיסמה חדשה, ולאחר מכן להתחבר מחדש כדי לראות את פרטי האבטחה שלך.
change-step = שלב { $step } מתוך { $total }:
change-step-sign-in = התחברות
change-step-new-password = בחירת סיסמה חדשה
change-username = מזהה משתמש
change-username-hint = שם המשתמש או כתובת הדוא"ל שלך
change-current-password = הסיסמה הנוכחית
change-new-password = הסיסמה החדשה
change-confirm-password = הסיסמה החדשה שוב
change-submit = שינוי הסיסמה
change-submitting = הסיסמה משתנה…
change-username-required = יש להזין מזהה משתמש.
change-current-password-required = יש להזין את הסיסמה הנוכחית.
change-new-password-required = יש להזין סיסמה חדשה.
change-password-not-accepted = אי אפשר להשתמש בסיסמה החדשה הזו:
change-done-title = הסיסמה שונתה
change-done-text = הסיסמה שלך שונתה. מעכשיו יש להשתמש בה כדי להיכנס במכשיר הזה.
change-done-back = חזרה להתחלה
change-done-returning = { $seconds ->
    [one] חזרה למסך הפתיחה בעוד שנייה אחת.
    [two] חזרה למסך הפתיחה בעוד שתי שניות.
   *[other] חזרה למסך הפתיחה בעוד { $seconds } שניות.
}

## New password: checklist and strength

password-rule-heading = דרישות לסיסמה החדשה:
password-rule-length = באורך { $min } עד { $max } תווים
password-rule-not-banned = אינה סיסמה נפוצה או חסומה
password-rule-not-breached = אינה מופיעה בדליפות מידע ידועות
password-rule-strength = קשה לניחוש: לפחות "{ $level }"
password-rule-no-user-info = אינה כוללת את השם או את מזהה המשתמש שלך
password-rule-unknown = הכלל "{ $rule }"
password-strength-label = חוזק: { $level }
password-strength-none = טרם דורגה
password-strength-0 = חלשה מאוד
password-strength-1 = חלשה
password-strength-2 = סבירה
password-strength-3 = טובה
password-strength-4 = חזקה

## Sign in (in front of My security info)

sign-in-title = התחברות
sign-in-intro = יש להתחבר כדי לראות ולשנות את האמצעים לאימות הזהות שלך.
sign-in-password = סיסמה
sign-in-password-required = יש להזין את הסיסמה.
sign-in-submit = התחברות
sign-in-submitting = מתחברים…
sign-in-again = התחברות מחדש
step-up-again = אימות הזהות שלך מחדש

## Step-up: verify with a registered method

mfa-title = אימות הזהות שלך
mfa-intro = לפני שאפשר לראות או לשנות את פרטי האבטחה, יש לאמת את זהותך באחד מהאמצעים שלך.
mfa-choose = בחירת אמצעי אימות
mfa-no-methods = עדיין אין לך אמצעי לאימות. יש לפנות למוקד התמיכה; הצוות יוכל לעזור לך לרשום אמצעי.
mfa-totp-prompt = יש להזין את הקוד בן 6 הספרות מאפליקציית האימות
mfa-backup-prompt = יש להזין אחד מקודי הגיבוי שלך (כל קוד תקף פעם אחת בלבד)
mfa-questions-intro = יש לענות על שאלות האבטחה בדיוק כפי שענית עליהן בעת ההגדרה.
mfa-questions-loading = השאלות שלך נטענות…
mfa-answers-required = יש לענות על כל השאלות.
mfa-submit = אימות
mfa-submitting = מאמתים…

## One-time codes sent by email or text message

code-sending = שולחים…
code-sending-to = שולחים קוד אל { $hint }…
code-sent = שלחנו קוד אל { $hint }.
code-lifetime = { $minutes ->
    [one] הקוד תקף למשך דקה אחת.
    [two] הקוד תקף למשך שתי דקות.
   *[other] הקוד תקף למשך { $minutes } דקות.
}
code-enter = הזנת הקוד
code-required = יש להזין את הקוד שקיבלת.
code-resend = שליחת קוד חדש
code-resend-wait = שליחת קוד חדש (בעוד { $seconds } שנ׳)

## Kinds of methods

method-kind-totp = אפליקציית אימות
method-kind-email = דוא"ל
method-kind-phone = טלפון נייד
method-kind-questions = שאלות אבטחה
method-kind-security-key = מפתח אבטחה
method-kind-backup-codes = קודי גיבוי
method-kind-other = אמצעי אחר ({ $kind })
method-label-hint = { $kind } { $hint }
method-label-named = { $kind } "{ $name }"

## My security info

security-info-title = פרטי האבטחה שלי
security-info-signed-in-as = חשבון מחובר: { $user }
security-info-loading = פרטי האבטחה שלך נטענים…
security-info-list-label = האמצעים שלך
security-info-empty = עדיין לא הוספת אמצעים.
security-info-registration-required = { $required ->
    [one] הארגון שלך דורש אמצעי אחד כדי שתהיה לך אפשרות לאפס את הסיסמה בעצמך. מספר האמצעים שלך כרגע: { $count }. אפשר להוסיף אמצעי בלחיצה על "הוספת אמצעי".
    [two] הארגון שלך דורש שני אמצעים כדי שתהיה לך אפשרות לאפס את הסיסמה בעצמך. מספר האמצעים שלך כרגע: { $count }. אפשר להוסיף עוד בלחיצה על "הוספת אמצעי".
   *[other] הארגון שלך דורש { $required } אמצעים כדי שתהיה לך אפשרות לאפס את הסיסמה בעצמך. מספר האמצעים שלך כרגע: { $count }. אפשר להוסיף עוד בלחיצה על "הוספת אמצעי".
}
security-info-reconfirm = יש לוודא שהפרטים שלך עדכניים. אם משהו השתנה, יש לעדכן אותו קודם; אחרת, יש לבחור "אישור".
security-info-reconfirm-button = אישור
security-info-confirmed = תודה: פרטי האבטחה שלך אושרו.
security-info-default = ברירת מחדל
security-info-unverified = לא הושלם
security-info-added-on = נוסף ב-{ DATETIME($date, dateStyle: "medium") }
security-info-last-used = שימוש אחרון ב-{ DATETIME($date, dateStyle: "medium") }
security-info-never-used = טרם נעשה בו שימוש
security-info-make-default = הגדרה כברירת מחדל
security-info-default-set = האמצעי { $method } מוגדר עכשיו כברירת המחדל שלך.
security-info-remove = הסרה
security-info-remove-question = להסיר את { $method }? לא תהיה עוד אפשרות להשתמש באמצעי הזה לאימות הזהות או לאיפוס הסיסמה.
security-info-remove-confirm = כן, להסיר
security-info-removed = האמצעי { $method } הוסר.
security-info-add = הוספת אמצעי
security-info-add-label = בחירת אמצעי להוספה
security-info-backup-replaces = הקודים החדשים מחליפים את הקודים הקודמים שלך
security-info-sign-out = התנתקות

## רישום: נשאל ראשון אחרי ההתחברות (מדיניות הארגון)

interrupt-register-title = הארגון שלך צריך מידע נוסף כדי לשמור על אבטחת החשבון שלך
interrupt-register-intro = יש להוסיף את האמצעים שהארגון שלך דורש, כדי שתהיה לך אפשרות לאפס את הסיסמה בעצמך אם היא תישכח.
interrupt-register-count = אמצעים נדרשים: { $required } · נרשמו עד כה: { $registered }
interrupt-register-button = הגדרת האמצעים שלי
interrupt-reconfirm-title = האם פרטי האבטחה שלך עדיין עדכניים?
interrupt-reconfirm-intro = הארגון שלך מבקש לוודא מדי פעם שהאמצעים לאיפוס הסיסמה עדיין פועלים. האמצעים הרשומים:
interrupt-reconfirm-confirm = הכול תקין
interrupt-reconfirm-update = עדכון הפרטים שלי
interrupt-skip = דילוג בינתיים (נותרו { $left })
interrupt-skipped = דילגת בינתיים. השאלה תוצג שוב בהתחברות הבאה (דילוגים שנותרו: { $left }).
interrupt-no-skips = דילגת על השלב הזה מספר הפעמים המרבי שהארגון מתיר. יש להשלים אותו כדי להמשיך.

## Add an authenticator app

totp-title = הוספת אפליקציית אימות
totp-loading = מכינים הכול…
totp-step-scan = סריקת קוד ה-QR
totp-scan-intro = יש לפתוח את אפליקציית האימות (למשל Microsoft Authenticator או Google Authenticator), להוסיף חשבון ולסרוק את הקוד הזה.
totp-qr-label = קוד QR לאפליקציית האימות
totp-qr-unavailable = אי אפשר להציג את קוד ה-QR. במקום זאת, יש להקליד באפליקציה את המפתח שמופיע למטה.
totp-key-label = מפתח:
totp-copy = העתקת המפתח
totp-cant-scan = לא מצליחים לסרוק את הקוד?
totp-manual-intro = באפליקציה, יש לבחור בהזנה ידנית של מפתח הגדרה ולמלא את הפרטים הבאים:
totp-manual-account = שם החשבון
totp-manual-issuer = מנפיק
totp-manual-key = מפתח
totp-manual-type = סוג
totp-manual-type-value = מבוסס זמן
totp-manual-digits = ספרות
totp-step-code = הזנת הקוד בן 6 הספרות
totp-code-label = הקוד שמוצג כעת באפליקציה
totp-code-hint = האפליקציה מציגה קוד חדש כל 30 שניות. יש להקליד את הקוד שמוצג כעת.
totp-submit = סיום
totp-submitting = בודקים את הקוד…
totp-added = אפליקציית האימות נוספה. מעכשיו אפשר לאמת את זהותך באמצעות הקודים שלה.

## Add an email address or a mobile phone

contact-email-title = הוספת כתובת דוא"ל
contact-phone-title = הוספת טלפון נייד
contact-email-intro = נשלח קוד לכתובת הזו כדי לוודא שהיא שלך. כדאי להשתמש בכתובת שתהיה לך גישה אליה גם כשהגישה לחשבון העבודה שלך חסומה.
contact-phone-intro = נשלח קוד בהודעת SMS למספר הזה כדי לוודא שהוא שלך.
contact-email-step = הזנת כתובת הדוא"ל
contact-phone-step = הזנת מספר הטלפון הנייד
contact-email-label = כתובת דוא"ל
contact-email-hint = למשל name@example.com
contact-country-label = מדינה או אזור
contact-country-other = אחר (יש להקליד + ואת קידומת המדינה)
contact-phone-label = מספר טלפון נייד
contact-phone-hint = המספר בלי קידומת המדינה, או המספר המלא שמתחיל ב-+.
contact-phone-preview = נשלח את הקוד אל { $number }.
contact-send = שליחת קוד
contact-code-step = הזנת הקוד
contact-email-change = שימוש בכתובת אחרת
contact-phone-change = שימוש במספר אחר
contact-verify = אימות
contact-verifying = מאמתים…
contact-email-added = כתובת הדוא"ל נוספה.
contact-phone-added = הטלפון הנייד נוסף.

## Security questions

questions-title = הגדרת שאלות אבטחה
questions-loading = השאלות נטענות…
questions-intro = { $count ->
    [one] יש לבחור שאלה אחת ולענות עליה.
    [two] יש לבחור שתי שאלות שונות ולענות על כל אחת מהן.
   *[other] יש לבחור { $count } שאלות שונות ולענות על כל אחת מהן.
}
questions-rules = כל תשובה צריכה להכיל { $min } עד { $max } תווים, ואסור ששתי תשובות יהיו זהות. כדאי לבחור תשובות שידועות רק לך ושקל לזכור בדיוק; התשובות נשמרות כך שאף אחד לא יכול לקרוא אותן.
questions-number = שאלה { $number } מתוך { $total }
questions-question-label = שאלה
questions-answer-label = התשובה שלך
questions-choose = בחירת שאלה…
questions-choose-required = עדיין לא נבחרה שאלה { $number }. יש לבחור שאלה.
questions-submit = שמירת התשובות
questions-saving = שומרים…
questions-added = שאלות האבטחה נשמרו.

## Backup codes

backup-title = קודי גיבוי
backup-generating = יוצרים את הקודים שלך…
backup-intro = { $count ->
    [one] הנה קוד גיבוי אחד. הוא תקף פעם אחת, למקרה שאין לך אפשרות להשתמש באמצעים האחרים שלך.
    [two] הנה שני קודי גיבוי. כל אחד מהם תקף פעם אחת, למקרה שאין לך אפשרות להשתמש באמצעים האחרים שלך.
   *[other] הנה { $count } קודי גיבוי. כל אחד מהם תקף פעם אחת, למקרה שאין לך אפשרות להשתמש באמצעים האחרים שלך.
}
backup-once = הקודים האלה מוצגים עכשיו בלבד. קודי הגיבוי הקודמים שלך כבר לא תקפים.
backup-copy = העתקה
backup-save = שמירה כקובץ טקסט
backup-saved-file = הקובץ backup-codes.txt נשמר בתיקיית ההורדות.
backup-print = הדפסה
backup-saved-confirm = שמרתי את הקודים האלה במקום בטוח
backup-done = סיום
backup-added = נוצרו קודי גיבוי חדשים. יש לשמור אותם במקום בטוח.
backup-file-title = קודי גיבוי עבור { $tenant }
backup-file-user = חשבון: { $user }
backup-file-date = תאריך יצירה: { DATETIME($date, dateStyle: "long") }
backup-file-note = כל קוד תקף פעם אחת. אין לשתף את הקובץ הזה.

## Add a security key

security-key-title = הוספת מפתח אבטחה
security-key-intro = מפתח אבטחה הוא התקן USB או NFC קטן שמאמת את זהותך בנגיעה.
security-key-step-name = מתן שם למפתח
security-key-name-label = שם המפתח
security-key-name-hint = כדי להבחין בין המפתחות שלך, למשל "מפתח כחול" או "מחזיק מפתחות".
security-key-name-required = יש לתת למפתח שם, למשל "מפתח כחול".
security-key-register = הבא
security-key-step-touch = חיבור המפתח ונגיעה בו
security-key-touch = יש לחבר את מפתח האבטחה ולגעת בו כשהוא מהבהב…
security-key-touch-hint = אם המפתח דורש קוד PIN, האפליקציה תבקש אותו ממך. יש לך בערך דקה.
security-key-added = מפתח האבטחה "{ $name }" נוסף.
security-key-done = חזרה לפרטי האבטחה שלי
security-key-pin-label = קוד PIN של מפתח האבטחה
security-key-pin-hint = קוד ה-PIN שהגדרת למפתח האבטחה הזה, ולא סיסמת החשבון שלך. אחרי ההמשך, יש לגעת במפתח כשהוא מהבהב.
security-key-pin-submit = המשך
security-key-pin-empty = יש להזין את קוד ה-PIN של מפתח האבטחה.

## Reset and unlock (no sign-in)

reset-title = איפוס הסיסמה
unlock-title = ביטול נעילת החשבון
reset-step-who = זיהוי המשתמש
reset-who-intro = יש להזין את מזהה המשתמש שלך. בשלב הבא מאמתים את זהותך באמצעים שרשמת, ואז בוחרים סיסמה חדשה.
unlock-who-intro = יש להזין את מזהה המשתמש שלך. בשלב הבא מאמתים את זהותך באמצעים שרשמת, ואז נעילת החשבון מבוטלת. הסיסמה שלך לא משתנה.
reset-next = הבא
reset-checking = בודקים…
reset-captcha = מוודאים שזה לא בוט…
reset-switch-to-reset = איפוס הסיסמה במקום זאת
reset-step-verify = אימות הזהות שלך
reset-verify-intro = { $required ->
    [one] כדי לשמור על אבטחת החשבון שלך, יש לאמת את זהותך באחד מהאמצעים הרשומים שלך.
    [two] כדי לשמור על אבטחת החשבון שלך, יש לאמת את זהותך בשני אמצעים רשומים שונים.
   *[other] כדי לשמור על אבטחת החשבון שלך, יש לאמת את זהותך ב-{ $required } אמצעים רשומים שונים.
}
reset-choose = { $total ->
    [one] בחירת אמצעי אימות
    [two] בחירת אמצעי אימות ({ $n } מתוך { $total })
   *[other] בחירת אמצעי אימות ({ $n } מתוך { $total })
}
reset-verified-title = כבר אומת
reset-verified = אומת
reset-verified-notice = { $remaining ->
    [one] { $method }: אומת. עכשיו יש לבחור אמצעי נוסף אחד.
    [two] { $method }: אומת. עכשיו יש לבחור עוד שני אמצעים.
   *[other] { $method }: אומת. עכשיו יש לבחור עוד { $remaining } אמצעים.
}
reset-no-methods = לא נשאר כאן אמצעי רשום נוסף לאימות. יש לפנות למוקד התמיכה; הצוות יוכל לאמת את זהותך ולעזור לך.
reset-step-new-password = בחירת סיסמה חדשה
reset-new-password-intro = יש לבחור סיסמה חדשה עבור { $user }.
reset-submit = הגדרת הסיסמה החדשה
reset-submitting = מגדירים את הסיסמה החדשה…
unlock-step-confirm = ביטול נעילת החשבון
unlock-confirm-text = זהותך אומתה. לבטל עכשיו את הנעילה של { $user }? הסיסמה שלך לא תשתנה.
unlock-submit = ביטול נעילת החשבון שלי
unlock-submitting = מבטלים את הנעילה…
reset-timer = הזמן שנותר לסיום: { NUMBER($minutes) } דק׳ ו-{ NUMBER($seconds, minimumIntegerDigits: 2) } שנ׳. לאחר מכן יהיה צורך להתחיל מחדש.
reset-timer-warning = { $minutes ->
    [one] נותרה פחות מדקה אחת לסיום.
    [two] נותרו פחות משתי דקות לסיום.
   *[other] נותרו פחות מ-{ $minutes } דקות לסיום.
}
reset-time-limit = { $minutes ->
    [one] יש לך דקה אחת לסיום התהליך. כדי לשמור על אבטחת החשבון שלך, אי אפשר להאריך את הזמן הזה; אם הוא נגמר, יש להתחיל מחדש.
    [two] יש לך שתי דקות לסיום התהליך. כדי לשמור על אבטחת החשבון שלך, אי אפשר להאריך את הזמן הזה; אם הוא נגמר, יש להתחיל מחדש.
   *[other] יש לך { $minutes } דקות לסיום התהליך. כדי לשמור על אבטחת החשבון שלך, אי אפשר להאריך את הזמן הזה; אם הוא נגמר, יש להתחיל מחדש.
}
reset-expired-title = התהליך הזה הסתיים
reset-restart = התחלה מחדש
reset-done-title = הסיסמה שונתה
reset-done-text = הסיסמה שלך שונתה. מעכשיו יש להשתמש בה כדי להיכנס במכשיר הזה.
unlock-done-title = נעילת החשבון בוטלה
unlock-done-text = נעילת החשבון שלך בוטלה. אפשר להתחבר עם הסיסמה הנוכחית.
reset-done-notified = שלחנו הודעה לכתובת הדוא"ל ולטלפון הרשומים שלך. אם הפעולה לא בוצעה על ידך, יש לפנות מיד למוקד התמיכה.

## Errors
## Each one says what happened and what to do next.

error-unknown = השרת השיב בשגיאה שהאפליקציה עדיין לא מכירה (קוד: { $code }). יש לנסות שוב; אם זה חוזר, יש לפנות למוקד התמיכה ולמסור את הקוד.

error-auth = ההתחברות לא הצליחה. יש לבדוק את מזהה המשתמש והסיסמה ולנסות שוב; אם הבעיה נמשכת, יש לפנות למוקד התמיכה.
error-auth-invalid-credentials = מזהה המשתמש או הסיסמה הנוכחית שגויים. יש לבדוק את שניהם (האם Caps Lock פעיל?) ולנסות שוב.
error-auth-account-locked = { $minutes ->
    [one] החשבון שלך ננעל אחרי יותר מדי ניסיונות. אפשר להמתין דקה אחת ולנסות שוב, או לפנות למוקד התמיכה כדי לבטל את הנעילה.
    [two] החשבון שלך ננעל אחרי יותר מדי ניסיונות. אפשר להמתין שתי דקות ולנסות שוב, או לפנות למוקד התמיכה כדי לבטל את הנעילה.
   *[other] החשבון שלך ננעל אחרי יותר מדי ניסיונות. אפשר להמתין { $minutes } דקות ולנסות שוב, או לפנות למוקד התמיכה כדי לבטל את הנעילה.
}
error-auth-account-disabled = החשבון שלך מושבת, ולכן אי אפשר לשנות כאן את הסיסמה שלו. יש לפנות למוקד התמיכה.
error-auth-rate-limited = { $retry_after_secs ->
    [one] יותר מדי ניסיונות. יש להמתין שנייה אחת ולנסות שוב.
    [two] יותר מדי ניסיונות. יש להמתין שתי שניות ולנסות שוב.
   *[other] יותר מדי ניסיונות. יש להמתין { $retry_after_secs } שניות ולנסות שוב.
}
error-auth-mfa-required = קודם יש לאמת את זהותך באחד מהאמצעים הרשומים שלך. יש להתחבר מחדש כדי להמשיך.
error-auth-step-up-required = כדי לשמור על אבטחת החשבון שלך, יש לאמת את זהותך שוב באחד מהאמצעים הרשומים שלך לפני שינוי פרטי האבטחה או הסיסמה.
error-auth-password-change-required = יש לשנות את הסיסמה לפני שאפשר להמשיך. יש לשנות אותה ואז להתחבר מחדש.
error-auth-token-missing = החיבור שלך הסתיים. יש להתחבר מחדש כדי להמשיך.
error-auth-token-invalid = ההתחברות שלך כבר לא בתוקף. יש להתחבר מחדש כדי להמשיך.

error-password = אי אפשר להשתמש בסיסמה הזו. יש לבחור סיסמה אחרת שעומדת בדרישות שברשימה.
error-password-too-short = הסיסמה קצרה מדי. יש להוסיף עוד תווים.
error-password-too-long = הסיסמה ארוכה מדי. יש להשתמש בפחות תווים.
error-password-banned = הסיסמה מופיעה ברשימת הסיסמאות הנפוצות או החסומות. יש לבחור סיסמה שקשה יותר לנחש.
error-password-breached = הסיסמה נמצאה ברשימה של סיסמאות שדלפו, ולכן תוקפים עלולים לנסות אותה. יש לבחור סיסמה שלא השתמשת בה אף פעם בשום מקום.
error-password-too-weak = קל מדי לנחש את הסיסמה. כדאי להאריך אותה, למשל בעזרת כמה מילים שאין קשר ביניהן.
error-password-contains-user-info = הסיסמה מכילה את השם או את מזהה המשתמש שלך. יש להשמיט אותם.
error-password-reused = כבר השתמשת בסיסמה הזו בעבר. יש לבחור סיסמה שלא השתמשת בה כאן.
error-password-mismatch = שתי הסיסמאות החדשות אינן תואמות. יש להקליד את אותה סיסמה בשני השדות.
error-password-same-as-current = הסיסמה החדשה זהה לסיסמה הנוכחית. יש לבחור סיסמה אחרת.
error-password-evaluate-rate-limited = הגיעו יותר מדי בדיקות סיסמה מהכתובת הזו. המתינו דקה ואז המשיכו להקליד.

error-tenant = יש בעיה בהגדרות הארגון שלך בשרת הסיסמאות. יש לפנות למוקד התמיכה.
error-tenant-not-found = שרת הסיסמאות לא מכיר את הארגון שהמכשיר הזה מוגדר עבורו. יש לפנות למוקד התמיכה.

error-network = האפליקציה Latchkey לא הצליחה לתקשר עם שרת הסיסמאות. יש לבדוק את החיבור לרשת ולנסות שוב.
error-network-unreachable = אין גישה לשרת הסיסמאות. יש לוודא שהמכשיר הזה מחובר לרשת ולנסות שוב.
error-network-timeout = שרת הסיסמאות לא הגיב בזמן. יש להמתין רגע ולנסות שוב.
error-network-tls = לא ניתן היה לאמת את אישור האבטחה של שרת הסיסמאות, ולכן לא נשלח דבר. אין לנסות שוב ברשת אחרת; יש לפנות למוקד התמיכה.
error-network-bad-response = שרת הסיסמאות שלח תשובה שהאפליקציה לא הצליחה לקרוא. יש לנסות שוב; אם זה חוזר, יש לפנות למוקד התמיכה.

error-config = האפליקציה Latchkey לא מוגדרת כראוי במכשיר הזה. יש לפנות למוקד התמיכה.
error-config-no-tenant = המכשיר הזה עדיין לא מחובר לשרת הסיסמאות של הארגון שלך. מחלקת ה-IT צריכה להגדיר אותו.
error-config-policy-invalid = במדיניות המכשיר { $path } שהגדירה מחלקת ה-IT יש שגיאה בהגדרה { $key }: { $detail }. יש לדווח על כך למוקד התמיכה.
error-config-no-policy = עדיין לא ניתן היה לטעון את כללי הסיסמאות של הארגון שלך. יש לבדוק את החיבור ולנסות שוב.

error-request = שרת הסיסמאות לא יכול היה לקבל את מה שהאפליקציה שלחה. יש לבדוק את מה שהקלדת ולנסות שוב; אם זה חוזר, יש לפנות למוקד התמיכה.
error-request-invalid = שרת הסיסמאות לא יכול היה לקבל את מה שהאפליקציה שלחה. יש לבדוק את מה שהקלדת ולנסות שוב.
error-request-too-large = הטקסט שהקלדת ארוך מדי. יש לקצר אותו ולנסות שוב.
error-request-timeout = שרת הסיסמאות לא הגיב בזמן. יש לנסות שוב בעוד רגע; אם זה ממשיך לקרות, יש לפנות למוקד התמיכה.

error-session = התהליך הסתיים. יש להתחיל מחדש.
error-session-expired = הזמן שהוקצב לתהליך הסתיים, כדי לשמור על אבטחת החשבון שלך. יש לחזור להתחלה ולהתחיל מחדש.

error-internal = ב-Latchkey אירעה בעיה פנימית והפעולה לא הושלמה. יש לנסות שוב; אם זה חוזר, יש לפנות למוקד התמיכה ולמסור את קוד השגיאה.
error-internal-error = ב-Latchkey אירעה בעיה פנימית והפעולה לא הושלמה. יש לנסות שוב; אם זה חוזר, יש לפנות למוקד התמיכה ולמסור את קוד השגיאה.
error-internal-unavailable = לשרת הסיסמאות אין כרגע גישה למסד הנתונים או לשירות המדריך שלו. יש להמתין כמה דקות ולנסות שוב.
error-password-too-young = הסיסמה שונתה לפני זמן קצר מדי. יש להמתין זמן מה לפני שמשנים אותה שוב.
error-account-expired = תוקף החשבון פג. יש לפנות למוקד התמיכה.
error-account-cannot-change-password = לחשבון הזה אין הרשאה לשנות את הסיסמה שלו. יש לפנות למוקד התמיכה.
error-account-protected = החשבון הזה מוגן: רק מוקד התמיכה יכול לאפס את הסיסמה שלו.
error-directory-unavailable = לשרת הסיסמאות אין כרגע גישה לשירות המדריך של הארגון. לא בוצע שום שינוי; יש להמתין כמה דקות ולנסות שוב.
error-directory-timeout = שירות המדריך של הארגון לא הגיב בזמן. לא בוצע שום שינוי; יש להמתין כמה דקות ולנסות שוב.
error-directory-tls = שרת הסיסמאות לא הצליח לאמת את האישור של שירות המדריך של הארגון, ולכן שום דבר לא נשלח ולא שונה. יש לפנות למוקד התמיכה.
error-directory-refused = שירות המדריך של הארגון דחה את השינוי. יש לנסות סיסמה אחרת או לפנות למוקד התמיכה.

error-mfa = אימות הזהות לא הצליח. יש לנסות שוב או לבחור אמצעי אחר; אם הבעיה נמשכת, יש לפנות למוקד התמיכה.
error-mfa-code-invalid = הקוד שגוי. יש לבדוק אותו ולהקליד שוב, או לבקש קוד חדש.
error-mfa-code-expired = תוקף הקוד פג. יש לשלוח קוד חדש ולהזין אותו זמן קצר אחרי שהוא מגיע.
error-mfa-attempts-exceeded = יותר מדי ניסיונות שגויים באמצעי הזה. יש לבחור אמצעי אחר או לנסות שוב מאוחר יותר; אם אין דרך להמשיך, יש לפנות למוקד התמיכה.
error-mfa-method-not-verified = הגדרת האמצעי הזה לא הושלמה, ולכן אי אפשר להשתמש בו לאימות. יש לבחור אמצעי אחר.
error-mfa-not-required = זהותך כבר אומתה. אפשר להמשיך לפרטי האבטחה שלך.
error-mfa-questions-not-allowed = אי אפשר לאשר התחברות באמצעות שאלות אבטחה. יש לבחור אמצעי אחר, כמו אפליקציית האימות, קוד בדוא"ל או ב-SMS, או מפתח אבטחה.
error-policy-questions-alone = שאלות אבטחה לעולם אינן מספיקות לבדן: יש לאפשר אותן רק כשנדרשים שני אמצעים לאיפוס.
error-registration-not-due = הארגון שלך לא מבקש כרגע לעדכן את פרטי האבטחה. אפשר להמשיך לפרטי האבטחה שלך.
error-registration-skip-not-allowed = הארגון שלך לא מתיר לדלג על השלב הזה. יש להשלים אותו כדי להמשיך.
error-registration-skips-used-up = דילגת על השלב הזה מספר הפעמים המרבי שהארגון מתיר (עד { $allowed }). יש להשלים אותו כדי להמשיך.

error-methods = לא ניתן היה לשנות את פרטי האבטחה שלך. יש לנסות שוב; אם הבעיה נמשכת, יש לפנות למוקד התמיכה.
error-methods-would-leave-too-few = אי אפשר להסיר את האמצעי הזה: הארגון שלך דורש מספר מינימלי של אמצעים. יש להוסיף קודם אמצעי אחר, ואז להסיר את האמצעי הזה.
error-methods-not-allowed = הארגון שלך לא מאפשר להשתמש ב-"{ $kind }" כאמצעי. יש לבחור אמצעי מסוג אחר.
error-methods-not-found = האמצעי הזה כבר לא קיים; ייתכן שהוא הוסר במכשיר אחר. כדאי לבדוק את הרשימה המעודכנת.
error-methods-limit-reached = הגעת למספר המרבי המותר של אמצעים מהסוג הזה. יש להסיר אחד מהם לפני הוספת אמצעי חדש.

error-totp = לא ניתן היה להוסיף את אפליקציית האימות. יש להתחיל מחדש; אם הבעיה נמשכת, יש לפנות למוקד התמיכה.
error-totp-code-invalid = הקוד לא תואם. יש לוודא שהוקלד הקוד של החשבון שנוסף זה עתה ושהשעון של המכשיר הזה מכוון נכון, ואז לנסות את הקוד שמוצג עכשיו.
error-totp-code-reused = כבר נעשה שימוש בקוד הזה. יש להמתין עד שהאפליקציה תציג קוד חדש ולהקליד אותו.
error-totp-code-malformed = יש להקליד את 6 הספרות שמוצגות באפליקציית האימות, בלי אותיות.
error-totp-attempts-exceeded = יותר מדי קודים שגויים מאפליקציית האימות בתהליך האיפוס הזה. יש להתחיל את האיפוס מחדש ולוודא שהשעון של המכשיר הזה מכוון נכון.

error-contact = אי אפשר להשתמש בכתובת או במספר הזה. יש לבדוק ולנסות שוב.
error-contact-email-invalid = זו לא כתובת דוא"ל מלאה. יש לבדוק אותה (למשל name@example.com) ולנסות שוב.
error-contact-phone-invalid = זה לא מספר טלפון מלא. יש להזין אותו עם + וקידומת המדינה, למשל +49 170 1234567 (8 עד 15 ספרות).

error-code = לא ניתן היה לבדוק את הקוד. יש לשלוח קוד חדש ולנסות שוב.
error-code-invalid = הקוד שגוי. יש לבדוק אותו ולהקליד שוב, או לשלוח קוד חדש.
error-code-expired = { $minutes ->
    [one] תוקף הקוד פג. יש לשלוח קוד חדש ולהזין אותו תוך דקה אחת.
    [two] תוקף הקוד פג. יש לשלוח קוד חדש ולהזין אותו תוך שתי דקות.
   *[other] תוקף הקוד פג. יש לשלוח קוד חדש ולהזין אותו תוך { $minutes } דקות.
}
error-code-attempts-exceeded = יותר מדי קודים שגויים. יש לשלוח קוד חדש ולנסות שוב.
error-code-rate-limited = { $retry_after_secs ->
    [one] נשלחו יותר מדי קודים. יש להמתין שנייה אחת לפני בקשת קוד נוסף.
    [two] נשלחו יותר מדי קודים. יש להמתין שתי שניות לפני בקשת קוד נוסף.
   *[other] נשלחו יותר מדי קודים. יש להמתין { $retry_after_secs } שניות לפני בקשת קוד נוסף.
}

error-delivery = לא ניתן היה לשלוח את הקוד. יש לנסות שוב בעוד כמה דקות; אם זה עדיין לא עובד, יש לפנות למוקד התמיכה.
error-delivery-failed = לא ניתן היה לשלוח את הקוד. יש לבדוק את הכתובת או המספר ולנסות שוב; אם לא מגיע קוד, יש לפנות למוקד התמיכה.
error-delivery-undelivered = לא ניתן היה למסור את הקוד. יש לבקש קוד חדש או להשתמש בשיטה אחרת; אם הבעיה נמשכת, יש לפנות למוקד התמיכה.

error-questions = לא ניתן היה לשמור את שאלות האבטחה שלך. יש לבדוק את התשובות ולנסות שוב.
error-questions-too-few = { $min ->
    [one] יש לענות על שאלה אחת לפחות.
    [two] יש לענות על שתי שאלות לפחות.
   *[other] יש לענות על { $min } שאלות לפחות.
}
error-questions-answer-too-short = תשובה { $index } קצרה מדי. התשובה צריכה להכיל { $min } תווים לפחות.
error-questions-answer-too-long = תשובה { $index } ארוכה מדי. התשובה יכולה להכיל { $max } תווים לכל היותר.
error-questions-duplicate-answer = תשובה { $index } זהה לתשובה אחרת. יש לתת תשובה שונה לכל שאלה.
error-questions-unknown-question = אחת מהשאלות שנבחרו כבר לא זמינה. יש לבחור את השאלות מחדש.
error-questions-not-allowed-for-admins = חשבונות מנהל לא יכולים להשתמש בשאלות אבטחה, כדי לשמור על אבטחתם. במקום זאת, יש להוסיף אמצעי מסוג אחר.
error-questions-disabled = הארגון שלך השבית את שאלות האבטחה. במקום זאת, יש להוסיף אמצעי מסוג אחר.

error-questions-wrong-answers = תשובה אחת או יותר שגויות. יש לבדוק אותן (איות ורווחים כפי שהוגדרו) ולנסות שוב, או לבחור אמצעי אחר.
error-questions-locale-unknown = השפה { $locale } לא קיימת. יש להשתמש באחת מהשפות הבאות: { $available }.
error-questions-exists = השאלה הזו כבר קיימת בשפה הזו.
error-questions-limit-reached = בשפה הזו כבר יש את המספר המרבי של שאלות ({ $max }). יש להסיר שאלה קודם.
error-questions-in-use = מספר המשתמשים שענו על השאלה הזו: { $users }, ולכן אי אפשר להסיר אותה; בלעדיה הם לא יוכלו לבצע איפוס באמצעות השאלות שלהם.

error-backup-code-invalid = קוד הגיבוי שגוי או שכבר נעשה בו שימוש. יש לבדוק אותו או להשתמש בקוד אחר מהקודים שלך.

error-reset = לא ניתן היה להמשיך באיפוס הסיסמה. יש להתחיל מחדש; אם הבעיה נמשכת, יש לפנות למוקד התמיכה.
error-reset-disabled = הארגון שלך לא הפעיל איפוס סיסמה בשירות עצמי. כדי לאפס את הסיסמה או לבטל את נעילת החשבון, יש לפנות למוקד התמיכה.
error-reset-expired = { $minutes ->
    [one] כדי לשמור על אבטחת החשבון שלך, תהליך איפוס נמשך דקה אחת בלבד, והתהליך הזה הסתיים. שום דבר לא שונה. יש להתחיל מחדש.
    [two] כדי לשמור על אבטחת החשבון שלך, תהליך איפוס נמשך שתי דקות בלבד, והתהליך הזה הסתיים. שום דבר לא שונה. יש להתחיל מחדש.
   *[other] כדי לשמור על אבטחת החשבון שלך, תהליך איפוס נמשך { $minutes } דקות בלבד, והתהליך הזה הסתיים. שום דבר לא שונה. יש להתחיל מחדש.
}
error-reset-not-found = שרת הסיסמאות כבר לא מכיר את תהליך האיפוס הזה, למשל כי הוא הסתיים. שום דבר לא שונה. יש להתחיל מחדש.
error-reset-blocked = { $hours ->
    [one] היו יותר מדי ניסיונות, ולכן איפוס הסיסמה וביטול הנעילה של החשבון הזה חסומים כאן בשעה הקרובה. יש לפנות למוקד התמיכה; הצוות יוכל לאמת את זהותך ולעזור לך כבר עכשיו.
    [two] היו יותר מדי ניסיונות, ולכן איפוס הסיסמה וביטול הנעילה של החשבון הזה חסומים כאן בשעתיים הקרובות. יש לפנות למוקד התמיכה; הצוות יוכל לאמת את זהותך ולעזור לך כבר עכשיו.
   *[other] היו יותר מדי ניסיונות, ולכן איפוס הסיסמה וביטול הנעילה של החשבון הזה חסומים כאן ב-{ $hours } השעות הקרובות. יש לפנות למוקד התמיכה; הצוות יוכל לאמת את זהותך ולעזור לך כבר עכשיו.
}
error-reset-more-methods-needed = { $remaining ->
    [one] קודם יש לאמת את זהותך באמצעי נוסף אחד.
    [two] קודם יש לאמת את זהותך בעוד שני אמצעים.
   *[other] קודם יש לאמת את זהותך בעוד { $remaining } אמצעים.
}
error-reset-strong-method-required = הארגון שלך דורש שאחד מהאמצעים יהיה אמצעי חזק. יש לאמת את זהותך גם באמצעות אפליקציית האימות או מפתח האבטחה; אם אין לך אף אחד מהם, יש לפנות למוקד התמיכה.
error-reset-unlock-disabled = הארגון שלך לא מאפשר לבטל נעילת חשבון בלי לבחור סיסמה חדשה. במקום זאת, אפשר לאפס את הסיסמה או לפנות למוקד התמיכה.

error-captcha = הבדיקה שאין כאן בוט לא הצליחה. יש לבחור "הבא" כדי לנסות שוב.
error-captcha-invalid = הבדיקה שאין כאן בוט לא עברה בהצלחה. יש לבחור "הבא" כדי לנסות שוב; אם הבעיה נמשכת, יש לפנות למוקד התמיכה.
error-captcha-expired = הבדיקה שאין כאן בוט נמשכה זמן רב מדי ותוקפה פג. יש לבחור "הבא" כדי לנסות שוב.

error-security-key = מפתח האבטחה לא עבד. יש לנסות שוב, או להשתמש במפתח או באמצעי אחר.
error-security-key-no-device = לא נמצא מפתח אבטחה. יש לחבר את המפתח (או להצמיד אותו לקורא) ולנסות שוב.
error-security-key-timeout = לא הייתה נגיעה במפתח בזמן. יש לנסות שוב ולגעת במפתח כשהוא מהבהב.
error-security-key-cancelled = הבקשה למפתח האבטחה בוטלה. אפשר לנסות שוב כשמוכנים.
error-security-key-rejected = מפתח האבטחה דחה את הבקשה. יש לנסות שוב; אם הוא ממשיך לדחות אותה, יש להשתמש במפתח או באמצעי אחר.
error-security-key-counter-regressed = מפתח האבטחה הזה החזיר תשובה שמרמזת שייתכן שהוא שוכפל, ולכן היא לא התקבלה. יש להשתמש באמצעי אחר ולפנות למוקד התמיכה.
error-security-key-unavailable = עדיין אי אפשר להשתמש במפתחות אבטחה עם השרת הזה: הוא צריך כתובת ציבורית עם שם מארח. יש להשתמש באמצעי אחר ולדווח על כך למוקד התמיכה.
error-security-key-response-malformed = לא ניתן היה לקרוא את התשובה של מפתח האבטחה. יש לנסות שוב; אם הבעיה נמשכת, יש להשתמש במפתח או באמצעי אחר.
error-security-key-response-invalid = התשובה של מפתח האבטחה לא תואמת. יש להשתמש במפתח שנרשם לחשבון הזה ולנסות שוב.
error-security-key-challenge-missing = הבקשה הזו למפתח האבטחה כבר נוצלה או שתוקפה פג. יש להתחיל מחדש.
error-security-key-already-registered = מפתח האבטחה הזה כבר רשום בחשבון שלך. יש להשתמש במפתח אחר, או להמשיך עם המפתח הקיים.
error-security-key-name-invalid = יש לתת למפתח שם של עד 64 תווים, למשל "מפתח כחול".
error-security-key-pin-required = המפתח הזה דורש קוד PIN. יש להקליד את קוד ה-PIN של המפתח ולנסות שוב.
error-security-key-pin-invalid = קוד ה-PIN של המפתח שגוי. יש לבדוק אותו ולנסות שוב; אחרי יותר מדי קודי PIN שגויים, המפתח ננעל מעצמו.

kiosk-idle-warning = עדיין כאן? המסך הזה יתנקה מעצמו בעוד { $seconds ->
    [one] שנייה אחת
    [two] שתי שניות
   *[other] { $seconds } שניות
} כדי לשמור על פרטיות המידע שלך.
kiosk-idle-stay = אני עדיין כאן

## Check connection, managed settings, stay signed in
stay-signed-in = להישאר מחובר במכשיר הזה
stay-signed-in-unreadable = לא ניתן היה לקרוא את מחזיק המפתחות של המכשיר הזה, ולכן אי אפשר להשתמש בכניסה השמורה. יש להיכנס כדי להמשיך; כל השאר עובד.
managed-by-organization = נקבע על ידי הארגון שלך
error-keyring-unavailable = מחזיק המפתחות של המכשיר הזה לא יכול לשמור את הכניסה שלך, ולכן יהיה צורך להיכנס שוב בפעם הבאה. כל השאר עובד.
footer-check-connection = בדיקת החיבור
diag-title = בדיקת החיבור
diag-intro = הבדיקות האלה מראות איפה נכשל החיבור לשרת הסיסמאות של הארגון. יש להקריא את התוצאות והקודים שלהן למוקד התמיכה.
diag-run = לבדוק שוב
diag-running = בודק…
diag-copy = העתקת הדוח
diag-read-out = יש להקריא את זה למוקד התמיכה:
diag-back = חזרה
diag-status-ok = תקין
diag-status-warn = אזהרה
diag-status-fail = נכשל
diag-status-skipped = דולג
diag-check-policy = הגדרות ממחלקת ה-IT
diag-check-dns = תרגום שמות (DNS)
diag-check-proxy = שרת proxy
diag-check-tcp = חיבור
diag-check-tls = חיבור מאובטח (אישור TLS)
diag-check-clock = שעון
diag-check-api = שרת הסיסמאות
diag-skipped = לא נבדק, כי בדיקה קודמת נכשלה.
diag-policy-ok = מוגדר עבור { $tenant } בכתובת { $url }.
diag-policy-invalid = במדיניות המכשיר { $path } יש שגיאה בהגדרה { $key }.
diag-no-tenant = המכשיר הזה עדיין לא מחובר לשרת סיסמאות.
diag-url-invalid = כתובת השרת { $url } אינה כתובת אינטרנט תקינה.
diag-dns-ip = { $host } היא כתובת IP; אין צורך בתרגום שם.
diag-dns-ok = { $host } נמצא ({ $addresses }).
diag-dns-failed = השם { $host } לא נמצא. יש לבדוק את חיבור הרשת או את הגדרות ה-DNS.
diag-proxy-none = לא הוגדר שרת proxy.
diag-proxy-ok = שרת ה-proxy { $proxy } עונה.
diag-proxy-unreachable = אין גישה לשרת ה-proxy { $proxy }.
diag-tcp-via-proxy = החיבור עובר דרך שרת ה-proxy.
diag-proxy-refused = שרת ה-proxy { $proxy } סירב לפתוח חיבור אל { $address }. מחלקת ה-IT צריכה לאשר את הכתובת והיציאה האלה בשרת ה-proxy.
diag-proxy-auth-required = שרת ה-proxy { $proxy } דורש כניסה לפני שהוא מתחבר אל { $address }. מחלקת ה-IT צריכה לאפשר למכשיר הזה לעבור או להגדיר את הכניסה לשרת ה-proxy.
diag-tcp-ok = התחברות אל { $address } תוך { $ms } ms.
diag-tcp-refused = { $address } דחה את החיבור: ייתכן שהשרת למטה.
diag-tcp-timeout = { $address } לא ענה בזמן: ייתכן שחומת אש חוסמת אותו.
diag-tcp-failed = לא ניתן להתחבר אל { $address }.
diag-tls-ok = האישור של { $host } תקף ומהימן.
diag-tls-not-used = { $url } אינו מוצפן (http). מקובל רק לשרת בדיקה במחשב הזה.
diag-tls-expired = תוקף האישור של { $host } פג או שעדיין אינו בתוקף (יש לבדוק גם את התאריך של המכשיר הזה).
diag-tls-name-mismatch = האישור אינו שייך ל-{ $host }.
diag-tls-untrusted = האישור של { $host } אינו מרשות מהימנה. ייתכן ששרת proxy בודק את התעבורה, או שמחלקת ה-IT צריכה להתקין את האישור של הארגון.
diag-tls-failed = החיבור המאובטח אל { $host } נכשל.
diag-http-timeout = { $url } לא ענה בזמן.
diag-http-failed = { $url } לא ענה.
diag-clock-ok = השעון של המכשיר הזה מדויק (סטייה של { $skew_secs } שניות).
diag-clock-skew = השעון של המכשיר הזה סוטה ב-{ $skew_secs } שניות. קודים מאפליקציות אימות ייכשלו; יש לכוון את השעה הנכונה.
diag-clock-unknown = השרת לא מסר את השעה שלו.
diag-api-ok = שרת Latchkey { $version } עונה עבור { $tenant }.
diag-api-not-latchkey = { $url } אינו שרת Latchkey.
diag-api-incompatible = השרת מריץ את גרסה { $version }, שהאפליקציה הזו ({ $expected }) לא יכולה לתקשר איתה. יש לעדכן את האפליקציה או את השרת.
diag-tenant-unknown = השרת לא מכיר את הארגון { $tenant }.
diag-api-failed = השרת ענה בשגיאה ({ $code }).
