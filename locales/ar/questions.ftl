# Predefined security questions (3 to 200 characters each).
question-first-pet = ما اسم أول حيوان أليف امتلكته؟
question-birth-city = في أي مدينة وُلدت؟
question-first-school = ما اسم أول مدرسة التحقت بها؟
question-childhood-friend = ما الاسم الأول لأعز أصدقائك في الطفولة؟
question-first-job = ما أول وظيفة عملت بها؟
question-parents-met = في أي مدينة تزوّج والداك؟
question-first-car = ما نوع أول سيارة امتلكتها وطرازها؟
question-favorite-teacher = ما اسم عائلة معلمك المفضل في المدرسة؟
question-childhood-street = ما اسم الحي الذي نشأت فيه في طفولتك؟
question-first-concert = ما أول حفل موسيقي حضرته؟
