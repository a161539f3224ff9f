# Predefined security questions (3 to 200 characters each).
question-first-pet = Comment s’appelait votre premier animal de compagnie ?
question-birth-city = Dans quelle ville êtes-vous né(e) ?
question-first-school = Comment s’appelait votre première école ?
question-childhood-friend = Quel est le prénom de votre meilleur(e) ami(e) d’enfance ?
question-first-job = Quel a été votre premier emploi ?
question-parents-met = Dans quelle ville vos parents se sont-ils rencontrés ?
question-first-car = Quelles étaient la marque et le modèle de votre première voiture ?
question-favorite-teacher = Quel était le nom de famille de votre enseignant(e) préféré(e) ?
question-childhood-street = Dans quelle rue habitiez-vous quand vous étiez enfant ?
question-first-concert = Quel a été le premier concert auquel vous avez assisté ?
