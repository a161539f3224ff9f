# Predefined security questions (3 to 200 characters each).
question-first-pet = 您的第一只宠物叫什么名字？
question-birth-city = 您出生在哪个城市？
question-first-school = 您上的小学叫什么名字？
question-childhood-friend = 您儿时最好的朋友叫什么名字？
question-first-job = 您的第一份工作是什么？
question-parents-met = 您的父母是在哪个城市认识的？
question-first-car = 您的第一辆车是什么品牌和型号？
question-favorite-teacher = 您最喜欢的老师姓什么？
question-childhood-street = 您小时候住在哪条街道上？
question-first-concert = 您第一次去看的演唱会是谁的？
