# Predefined security questions (3 to 200 characters each).
question-first-pet = מה היה שם חיית המחמד הראשונה שלך?
question-birth-city = באיזו עיר נולדת?
question-first-school = מה היה שם בית הספר היסודי שלך?
question-childhood-friend = מה השם הפרטי של החבר/ה הכי טוב/ה שלך בילדות?
question-first-job = מה הייתה העבודה הראשונה שלך?
question-parents-met = באיזו עיר הכירו ההורים שלך?
question-first-car = מה היו היצרן והדגם של המכונית הראשונה שלך?
question-favorite-teacher = מה השם של המורה האהוב/ה עליך בבית הספר?
question-childhood-street = באיזה רחוב גרת בילדותך?
question-first-concert = מה הייתה ההופעה הראשונה שהלכת אליה?
