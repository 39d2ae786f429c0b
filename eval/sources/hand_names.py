"""Names typed by hand for this corpus (never copied from the detector's name lists).

Each origin has given names and family names. generate.py gives even-indexed entries to the dev corpus and
odd-indexed ones to the held-out corpus, so held-out names are unseen during tuning.
"""

ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "somali": (
        ("Abdirahman", "Hodan", "Farhiya", "Mohamed", "Ayaan", "Warsame", "Sahra", "Liban", "Idil",
         "Abdiweli", "Hibaaq", "Khadar", "Nimco", "Bashir", "Ubah", "Mukhtar"),
        ("Farah", "Warsame", "Jama", "Abdi", "Hirsi", "Dualeh", "Egal", "Osman", "Yusuf", "Guled",
         "Aden", "Samatar", "Omar", "Ismail", "Nur", "Hassan"),
    ),
    "arabic": (
        ("Khalid", "Fatima", "Youssef", "Layla", "Omar", "Noor", "Tariq", "Yasmin", "Hamza", "Rania",
         "Bilal", "Huda", "Karim", "Salma", "Ziad", "Mariam"),
        ("Al-Sayed", "Haddad", "Khoury", "El-Amin", "Nasser", "Mansour", "Abu-Ghazaleh", "Saleh",
         "Qureshi", "Bakr", "Al-Hashimi", "Darwish", "Haidar", "Shalaby", "Farouk", "Aziz"),
    ),
    "chinese_pinyin": (
        ("Wei", "Xiaoling", "Jianguo", "Meihua", "Zhiwei", "Yuxin", "Haoran", "Lihua", "Jun", "Xiu",
         "Qiang", "Ying", "Zihan", "Fang", "Bo", "Shu"),
        ("Zhang", "Wang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
         "Guo", "He", "Lin", "Gao"),
    ),
    "korean": (
        ("Min-jun", "Seo-yeon", "Ji-hoon", "Hye-jin", "Dong-hyun", "Eun-ji", "Sung-min", "Ji-woo",
         "Jae-won", "Soo-ah", "Hyun-woo", "Yuna", "Tae-yang", "Mi-kyung", "Kyung-soo", "Da-eun"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin",
         "Seo", "Kwon", "Hwang", "Ahn"),
    ),
    "vietnamese": (
        ("Thanh", "Ngoc", "Minh", "Huong", "Tuan", "Lan", "Quang", "Thuy", "Duc", "Phuong", "Hieu",
         "Linh", "Khoa", "Trang", "Bao", "Mai"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo",
         "Duong", "Ly", "Truong", "Vo"),
    ),
    "nigerian": (
        ("Chukwuemeka", "Ngozi", "Oluwaseun", "Adaeze", "Babajide", "Funmilayo", "Ifeanyi", "Yetunde",
         "Obinna", "Chiamaka", "Tunde", "Amarachi", "Emeka", "Folake", "Kelechi", "Bisola"),
        ("Okonkwo", "Adeyemi", "Eze", "Okafor", "Ogunleye", "Nwosu", "Adebayo", "Chukwu", "Olawale",
         "Uzor", "Akinola", "Onyekachi", "Bello", "Ibekwe", "Afolabi", "Nnamdi"),
    ),
    "ethiopian": (
        ("Abebe", "Tigist", "Dawit", "Selamawit", "Yohannes", "Meron", "Tesfaye", "Hirut", "Bereket",
         "Mekdes", "Getachew", "Almaz", "Solomon", "Bethlehem", "Kebede", "Rahel"),
        ("Tadesse", "Bekele", "Haile", "Girma", "Wolde", "Alemu", "Mengistu", "Desta", "Asfaw",
         "Tesfaye", "Gebremedhin", "Ayele", "Kassa", "Demissie", "Negash", "Worku"),
    ),
    "haitian": (
        ("Jean-Baptiste", "Marie-Claude", "Wilner", "Fabiola", "Jocelyn", "Guerline", "Frantz",
         "Nadège", "Rodney", "Mirlande", "Jean-Robert", "Roseline", "Wisly", "Magalie", "Dieuseul",
         "Chantale"),
        ("Pierre-Louis", "Jean-Charles", "Dorvil", "Joseph", "Charles", "Saint-Fleur", "Toussaint",
         "Célestin", "Lafontant", "Desrosiers", "Alexis", "Exantus", "Beauvais", "Valcourt", "Mésidor",
         "Francois"),
    ),
    "indian_romanized": (
        ("Priya", "Venkatesh", "Ananya", "Rajesh", "Lakshmi", "Arjun", "Deepika", "Suresh",
         "Kavitha", "Harpreet", "Meenakshi", "Gurpreet", "Sanjay", "Padma", "Vikram", "Shalini"),
        ("Subramanian", "Venkataraman", "Patel", "Reddy", "Iyer", "Chatterjee", "Gill", "Nair",
         "Krishnamurthy", "Sandhu", "Bhattacharya", "Menon", "Deshpande", "Rao", "Mukherjee", "Kaur"),
    ),
    "japanese_romanized": (
        ("Haruto", "Yui", "Takeshi", "Akiko", "Kenji", "Sakura", "Hiroshi", "Emiko", "Daiki",
         "Naoko", "Yusuke", "Keiko", "Sho", "Mariko", "Ren", "Ayumi"),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
         "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura"),
    ),
    "russian_romanized": (
        ("Dmitri", "Svetlana", "Alexei", "Natalya", "Sergei", "Irina", "Vladimir", "Olga",
         "Nikolai", "Yekaterina", "Mikhail", "Tatiana", "Yuri", "Ludmila", "Pavel", "Anastasia"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Lebedeva", "Kozlov", "Novikova",
         "Morozov", "Petrova", "Volkov", "Solovyova", "Vasiliev", "Zaitseva", "Pavlov", "Semenova"),
    ),
    "hmong": (
        ("Pa", "Kou", "Mai", "Tou", "Yer", "Chue", "Nou", "Fue", "Xee", "Pheng", "Bao", "Neng",
         "Kia", "Toua", "Youa", "Chong"),
        ("Vang", "Xiong", "Yang", "Thao", "Lor", "Her", "Moua", "Lee", "Vue", "Khang", "Chang",
         "Hang", "Cha", "Kue", "Lo", "Xiong"),
    ),
    "pacific": (
        ("Sione", "Losa", "Mele", "Tevita", "Keoni", "Leilani", "Malia", "Kalani", "Afa", "Tupou",
         "Iosefa", "Noelani", "Pita", "Kahiau", "Mosese", "Ana"),
        ("Faleolo", "Tuilagi", "Kealoha", "Mahoe", "Tuimavave", "Fonoti", "Kahananui", "Leota",
         "Fifita", "Akana", "Taufa", "Kamakau", "Sapolu", "Vainikolo", "Kaleikini", "Moala"),
    ),
    "persian_armenian": (
        ("Dariush", "Shirin", "Reza", "Parisa", "Arash", "Nazanin", "Kourosh", "Laleh", "Armen",
         "Anahit", "Hovik", "Lusine", "Vartan", "Siranush", "Garo", "Mariam"),
        ("Hosseini", "Tehrani", "Rahimi", "Jafari", "Karimi", "Moradi", "Ghorbani", "Sadeghi",
         "Hovhannisyan", "Petrosyan", "Sargsyan", "Avetisyan", "Grigoryan", "Manukyan", "Hakobyan",
         "Kazarian"),
    ),
    "irish_scots": (
        ("Siobhan", "Padraig", "Niamh", "Eoin", "Aoife", "Ciaran", "Caoimhe", "Oisin", "Saoirse",
         "Declan", "Roisin", "Cormac", "Eilidh", "Fergus", "Mairead", "Ruairi"),
        ("O'Sullivan", "McLaughlin", "O'Neill", "MacDonald", "O'Rourke", "McAllister", "O'Donnell",
         "MacKenzie", "D'Arcy", "McGillicuddy", "O'Halloran", "MacLeod", "Ní Bhriain", "McCafferty",
         "O'Shaughnessy", "Mac Giolla"),
    ),
}

# Names that are also ordinary English words: the detector must not rely on capitalised-word heuristics
# alone, and must not flag these words when they are used as words.
WORD_GIVEN = ("Rose", "Hope", "Will", "Grace", "Faith", "Joy", "June", "April", "May", "Summer",
              "Dawn", "Ivy", "Iris", "Pearl", "Ruby", "Amber", "Destiny", "Major", "Bill", "Mark",
              "Frank", "Sunny", "Hunter", "Chase", "Autumn", "Sky", "Rich", "Precious", "Miracle",
              "Lane", "Christian", "Royal")
WORD_FAMILY = ("King", "Young", "Long", "Brown", "White", "Black", "Green", "Little", "Small",
               "Hill", "Wood", "Stone", "Rice", "Bush", "Price", "Cash", "Hope", "Love", "Bishop",
               "Walker", "Baker", "Cook", "Fisher", "Sharp", "Strong", "Moody", "Wise", "Day",
               "Sweet", "Swift", "Frost", "Snow", "Winter", "Paine", "Cross", "Lamb", "Fox", "Bird",
               "Bell", "Berry", "Mayo", "Foley", "Parkinson", "Graves", "Sterling", "Rash",
               "Nurse", "Chambers", "Person", "Mercy")
