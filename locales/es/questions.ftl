# Predefined security questions (3 to 200 characters each).
question-first-pet = ¿Cómo se llamaba su primera mascota?
question-birth-city = ¿En qué ciudad nació?
question-first-school = ¿Cómo se llamaba su primer colegio?
question-childhood-friend = ¿Cuál es el nombre de su mejor amigo o amiga de la infancia?
question-first-job = ¿Cuál fue su primer trabajo?
question-parents-met = ¿En qué ciudad se conocieron sus padres?
question-first-car = ¿Cuál era la marca y el modelo de su primer coche?
question-favorite-teacher = ¿Cuál era el apellido de su profesor o profesora favorito?
question-childhood-street = ¿En qué calle vivía cuando era niño o niña?
question-first-concert = ¿Cuál fue el primer concierto al que asistió?
