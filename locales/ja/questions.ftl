# Predefined security questions (3 to 200 characters each).
question-first-pet = 初めて飼ったペットの名前は何ですか？
question-birth-city = 生まれた市区町村はどこですか？
question-first-school = 最初に通った学校の名前は何ですか？
question-childhood-friend = 子どもの頃の親友の名前 (下の名前) は何ですか？
question-first-job = 最初の仕事は何でしたか？
question-parents-met = ご両親が出会った市区町村はどこですか？
question-first-car = 最初に所有した車のメーカーと車種は何ですか？
question-favorite-teacher = 好きだった先生の名字は何ですか？
question-childhood-street = 子どもの頃に住んでいた町の名前は何ですか？
question-first-concert = 初めて行ったコンサートは何ですか？
