# The language's name in itself, shown in the language picker.
locale-name = Español
