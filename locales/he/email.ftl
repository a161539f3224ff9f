# Emails and text messages the server sends. Variables: $tenant (organization name),
# $name (the user's display name), $helpdesk (help-desk email, link or portal address).
# Lines start with a Hebrew word so that clients guessing the direction choose right-to-left.

email-password-changed-subject = הסיסמה שלך ב-{ $tenant } שונתה
email-password-changed-body =
    שלום { $name },

    הסיסמה של החשבון שלך ב-{ $tenant } שונתה זה עתה.
    אם השינוי נעשה על ידך, אין צורך לעשות דבר נוסף.
    אם לא, יש לפנות מיד למוקד התמיכה: { $helpdesk }

email-code-subject = קוד האימות שלך ב-{ $tenant }
email-code-body =
    קוד האימות שלך ב-{ $tenant } הוא { $code }.
    { $minutes ->
        [one] הקוד תקף למשך דקה אחת.
        [two] הקוד תקף למשך שתי דקות.
       *[other] הקוד תקף למשך { $minutes } דקות.
    } אם לא ביקשת את הקוד, יש להתעלם מההודעה הזו ולדווח על כך למוקד התמיכה.
sms-code = קוד האימות שלך ב-{ $tenant } הוא { $code }. בתוקף ל-{ $minutes } דק׳. אין למסור אותו לאף אחד.

email-security-info-changed-subject = פרטי האבטחה שלך ב-{ $tenant } השתנו
email-security-info-changed-body =
    שלום { $name },

    פרטי האבטחה של החשבון שלך ב-{ $tenant } השתנו: { $method }.
    אם השינוי לא נעשה על ידך, יש לפנות מיד למוקד התמיכה.
sms-security-info-changed = מ-{ $tenant }: פרטי האבטחה שלך השתנו ({ $method }). השינוי לא נעשה על ידך? יש לפנות למוקד התמיכה.

email-method-totp = אפליקציית אימות
email-method-email = כתובת דוא"ל
email-method-phone = מספר טלפון
email-method-questions = שאלות אבטחה
email-method-security-key = מפתח אבטחה
email-method-backup-codes = קודי גיבוי

email-reset-subject = הסיסמה שלך ב-{ $tenant } אופסה
email-reset-body =
    שלום { $name },

    הסיסמה של החשבון שלך ב-{ $tenant } אופסה זה עתה באמצעות איפוס סיסמה בשירות עצמי, וכל ההפעלות שלך נותקו.
    אם הפעולה לא נעשתה על ידך, יש לפנות מיד למוקד התמיכה.
sms-reset = מ-{ $tenant }: הסיסמה שלך אופסה. הפעולה לא נעשתה על ידך? יש לפנות מיד למוקד התמיכה.
email-unlock-subject = נעילת החשבון שלך ב-{ $tenant } בוטלה
email-unlock-body =
    שלום { $name },

    נעילת החשבון שלך ב-{ $tenant } בוטלה זה עתה באמצעות ביטול נעילה בשירות עצמי. הסיסמה שלך לא השתנתה.
    אם הפעולה לא נעשתה על ידך, יש לפנות מיד למוקד התמיכה.
sms-unlock = מ-{ $tenant }: נעילת החשבון שלך בוטלה. הפעולה לא נעשתה על ידך? יש לפנות מיד למוקד התמיכה.
email-admin-reset-subject = מנהל ב-{ $tenant } השתמש באיפוס בשירות עצמי
email-admin-reset-body =
    חשבון המנהל { $user } ({ $name }) השתמש זה עתה באיפוס סיסמה או בביטול נעילה בשירות עצמי.
    אם הדבר לא היה צפוי, יש לבדוק את יומן הביקורת.

# Under every email (HTML and plain text). The help-desk link's address comes from the tenant's
# configuration.
email-footer = ההודעה הזו נשלחה באופן אוטומטי מ-{ $tenant }. תשובות להודעה הזו לא נקראות.
email-footer-helpdesk = פנייה למוקד התמיכה
email-portal-link = אפסו את הסיסמה, בטלו את נעילת החשבון או עיינו בפרטי האבטחה מכל דפדפן
