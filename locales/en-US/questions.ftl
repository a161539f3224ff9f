# Predefined security questions (3 to 200 characters each).
question-first-pet = What was the name of your first pet?
question-birth-city = In what city were you born?
question-first-school = What was the name of your first school?
question-childhood-friend = What is the first name of your best childhood friend?
question-first-job = What was your first job?
question-parents-met = In what city did your parents meet?
question-first-car = What was the make and model of your first car?
question-favorite-teacher = What was the last name of your favorite teacher?
question-childhood-street = On what street did you live as a child?
question-first-concert = What was the first concert you went to?
