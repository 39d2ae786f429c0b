"""Word lists for surrogates, written for this project (no download, no licence question).

Surrogate names are realistic but chosen to be unlikely as ordinary English words, because every
occurrence of a surrogate in the answer is restored to the real value: a surrogate surname "Rose" or
"Hall" would turn a rose or a hallway into the patient. COMMON_GIVEN is only used to decide whether
a real name token is a given name, so "John" gets a given-name surrogate wherever it appears.
"""

SURROGATE_GIVEN = (
    "Adelina", "Alaric", "Anneliese", "Anselm", "Araceli", "Arvid", "Augustin", "Aurelia", "Bartosz",
    "Benedikt", "Bettina", "Bronwen", "Caspian", "Cordelia", "Cosima", "Dagny", "Dariusz", "Delphine",
    "Desmond", "Dorothea", "Eamon", "Edmund", "Eleanora", "Elspeth", "Emeric", "Esperanza", "Evander",
    "Fabiola", "Feodor", "Fiorella", "Florentin", "Gideon", "Giselle", "Gottfried", "Greer", "Gunnar",
    "Hadrian", "Henrietta", "Hildegard", "Horatio", "Ignatius", "Ilse", "Imogen", "Isidore", "Jacinta",
    "Joaquin", "Josefina", "Jurgen", "Kasimir", "Katarina", "Kenji", "Ladislav", "Leocadia", "Leopold",
    "Lisandro", "Ludmila", "Lysander", "Magdalena", "Malachy", "Marisol", "Mathilde", "Maximilian",
    "Mireille", "Nikolai", "Ninian", "Octavia", "Odalys", "Oriel", "Ottilie", "Pascual", "Percival",
    "Petronella", "Philippa", "Quillon", "Radomir", "Reinhold", "Rosalind", "Rosamund", "Rupert",
    "Saoirse", "Seraphina", "Severin", "Sigrid", "Solveig", "Soren", "Tamsin", "Tancredi", "Theodora",
    "Thaddeus", "Tobiah", "Ulrich", "Ursula", "Valentina", "Valerian", "Wendell", "Wilhelmina",
    "Xiomara", "Yolanda", "Yusuf", "Zenobia", "Zoltan",
)

SURROGATE_SURNAMES = (
    "Abernathy", "Achterberg", "Alcantara", "Ashworth", "Bakshi", "Balasubramanian", "Bergstrom",
    "Blomqvist", "Brennan", "Castellano", "Cavendish", "Chukwuma", "Dabrowski", "Delacroix",
    "Dimitriou", "Drummond", "Ellingson", "Esterhazy", "Fairweather", "Fenwick", "Figueroa",
    "Galloway", "Gallagher", "Grimaldi", "Gustafsson", "Halvorsen", "Hargreaves", "Hennessy",
    "Ibarra", "Iwasaki", "Jablonski", "Jaramillo", "Kavanagh", "Kowalczyk", "Kristiansen",
    "Lachance", "Lindqvist", "Llewellyn", "Lombardi", "Mcallister", "Mendelsohn", "Montgomery",
    "Nakamura", "Nyberg", "Oduya", "Oyelaran", "Ostrowski", "Pemberton", "Pettersen", "Quintero",
    "Radcliffe", "Rasmussen", "Rothschild", "Sandoval", "Szymanski", "Takahashi", "Thorvaldsen",
    "Trevelyan", "Underwood", "Valenzuela", "Vanderberg", "Villanueva", "Wainwright", "Whitacre",
    "Wojcik", "Yamamoto", "Yilmaz", "Zamora", "Zielinski", "Zuckerman", "Arbuthnot", "Belvedere",
    "Carrington", "Dunleavy", "Etheridge", "Fitzwilliam", "Gutierrez", "Holloway", "Ingersoll",
    "Kilbride", "Lindgren", "Macready", "Northcott", "Okonjo", "Prendergast", "Quarles", "Rutherford",
    "Saltonstall", "Tolliver", "Urquhart", "Vasquez", "Winterbottom", "Yardley",
)

CITIES = (
    "Ashford Falls", "Brightwater", "Cedar Hollow", "Dunmore", "Eastbrook", "Fairhaven", "Glenwood",
    "Harrowgate", "Ivydale", "Juniper Ridge", "Kingsbury", "Larkspur", "Millbrook", "Northfield",
    "Oakhurst", "Pinecrest", "Quarry Hill", "Riverton", "Stonebridge", "Thornbury", "Upton Vale",
    "Westmere", "Willowdale", "Yarrow Point",
)

STREETS = (
    "Alder", "Birchwood", "Chestnut", "Dogwood", "Elmhurst", "Foxglove", "Hawthorn", "Ironwood",
    "Juniper", "Kestrel", "Linden", "Magnolia", "Nightingale", "Orchard", "Primrose", "Quailrun",
    "Rowan", "Sycamore", "Tamarack", "Wisteria",
)

FACILITIES = (
    "Ashford Falls Medical Center", "Brightwater Community Hospital", "Cedar Hollow Clinic",
    "Dunmore Regional Hospital", "Eastbrook Health Center", "Fairhaven General Hospital",
    "Glenwood Family Practice", "Harrowgate Rehabilitation Center", "Larkspur Surgical Center",
    "Millbrook Memorial Hospital", "Northfield Care Home", "Oakhurst Medical Group",
    "Pinecrest Nursing Facility", "Riverton Urgent Care", "Stonebridge Specialty Clinic",
    "Thornbury Behavioral Health", "Westmere Cancer Institute", "Willowdale Children's Hospital",
)

# Reserved for documentation (RFC 2606, RFC 5737, RFC 3849): never a real person's address.
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
URL_HOSTS = ("portal.example.org", "records.example.com", "www.example.net")
IPV4_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.")

# Words kept as they are inside a PERSON/PROVIDER span: they are not identifiers.
NAME_AFFIXES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "jr", "ii", "iii", "iv", "md", "do", "rn",
    "np", "pa", "pa-c", "phd", "dds", "dpm", "crna", "lpn", "aprn", "fnp", "mrs.", "the", "of", "and",
})

COMMON_GIVEN = frozenset(n.lower() for n in (
    "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew "
    "Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward "
    "Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin "
    "Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan "
    "Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald "
    "Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan "
    "Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip "
    "Louis Carlos Luis Miguel Ahmed Mohammed Wei Chidi Emeka Kwame Raj Amit "
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty "
    "Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah "
    "Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma "
    "Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather "
    "Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith "
    "Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn "
    "Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly "
    "Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Rosa Carmen Fatima "
    "Aisha Priya Mei Ngozi Adaeze Chiamaka Yuki Sofia Lucia Ana Guadalupe"
).split())
