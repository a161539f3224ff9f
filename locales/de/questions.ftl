# Vordefinierte Sicherheitsfragen (je 3 bis 200 Zeichen).
question-first-pet = Wie hieß Ihr erstes Haustier?
question-birth-city = In welcher Stadt wurden Sie geboren?
question-first-school = Wie hieß Ihre erste Schule?
question-childhood-friend = Wie lautet der Vorname Ihres besten Freundes aus der Kindheit?
question-first-job = Was war Ihr erster Job?
question-parents-met = In welcher Stadt haben sich Ihre Eltern kennengelernt?
question-first-car = Welche Marke und welches Modell hatte Ihr erstes Auto?
question-favorite-teacher = Wie lautete der Nachname Ihrer Lieblingslehrkraft?
question-childhood-street = In welcher Straße haben Sie als Kind gewohnt?
question-first-concert = Welches war das erste Konzert, das Sie besucht haben?
