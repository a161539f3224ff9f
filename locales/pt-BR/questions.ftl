# Predefined security questions (3 to 200 characters each).
question-first-pet = Qual era o nome do seu primeiro animal de estimação?
question-birth-city = Em que cidade você nasceu?
question-first-school = Qual era o nome da sua primeira escola?
question-childhood-friend = Qual é o primeiro nome do seu melhor amigo ou amiga de infância?
question-first-job = Qual foi o seu primeiro emprego?
question-parents-met = Em que cidade seus pais se conheceram?
question-first-car = Qual era a marca e o modelo do seu primeiro carro?
question-favorite-teacher = Qual era o sobrenome do seu professor ou professora favorito?
question-childhood-street = Em que rua você morava quando era criança?
question-first-concert = Qual foi o primeiro show a que você assistiu?
