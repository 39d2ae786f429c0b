"""Probe-only (probe_places4) geography and hard negatives, typed by hand for this corpus.

Places smaller than a state written with little context: US towns named without their state, towns
that are ordinary words or surnames, neighbourhoods and boroughs, small facilities and chain stores
named by their street, towns abroad without their country. As elsewhere, even-indexed entries are the
tuning half; no dev or held-out template draws on these lists.
"""

# Real US towns, big and small, written in running text without their state.
BARE_TOWNS = (
    "Lodi", "Sugar Land", "Kokomo", "Visalia", "Tupelo", "Hoboken", "Ypsilanti", "Paducah", "Chillicothe",
    "Yonkers", "Bozeman", "Tempe", "Oshkosh", "Pasco", "Moline", "Merced", "Ocala", "Valdosta", "Gadsden",
    "Natchez", "Joplin", "Hutchinson", "Lompoc", "Keokuk", "Elko", "Minot", "Mankato", "Ames", "Ukiah",
    "Selma", "Kenner", "Slidell", "Opelousas", "Waukegan", "Schaumburg", "Hackensack", "Passaic",
    "Kissimmee", "Sebring", "Tifton", "Denton", "Frisco", "Katy", "Pearland", "Tomball", "Edinburg",
    "McAllen", "Harlingen", "Del Rio", "Eagle Pass", "Kingman", "Lake Havasu City", "Bullhead City",
    "Twin Falls", "Nampa", "Casper", "Laramie", "Pullman", "Walla Walla", "Wenatchee", "Bellingham",
    "Astoria", "Klamath Falls", "Chico", "Redding", "Hanford", "Porterville", "Delano", "Oxnard",
    "Hemet", "Indio", "El Centro", "Yuba City", "Petaluma", "Watsonville", "Salinas", "Gilroy",
    "Hattiesburg", "Meridian", "Biloxi", "Pascagoula", "Houma", "Thibodaux", "Natchitoches", "Ruston",
)

# US towns whose names are also ordinary words or surnames: only the context says they are places.
WORD_TOWNS = (
    "Normal", "Hope", "Commerce", "Paris", "Jackson", "Marion", "Florence", "Independence", "Liberty",
    "Justice", "Surprise", "Comfort", "Defiance", "Harmony", "Mission", "Needles", "Unity", "Welcome",
    "Climax", "Security", "Plain", "Bliss", "Energy", "Opportunity", "Palmer", "Mitchell", "Harrison",
    "Ellis", "Morgan", "Gordon", "Magnolia", "Globe", "Rolla", "Sparta", "Athens", "Cairo", "Dublin",
    "Buffalo", "Eagle", "Orange", "Mobile", "Reading", "Bath", "Warren", "Madison", "Sherman", "Conway",
    "Carthage", "Hazel", "Story", "Ransom", "Friend", "Garland", "Howell", "Bishop", "Hamlet",
)

# Neighbourhoods and boroughs (smaller than a city, so PHI like the city itself).
NEIGHBORHOODS = (
    "Fishtown", "Pilsen", "Little Havana", "Overtown", "Five Points", "Ybor City", "Germantown",
    "Logan Square", "Back of the Yards", "Washington Heights", "Boyle Heights", "Watts", "Flatbush",
    "Canarsie", "Dorchester", "Roxbury", "Mattapan", "East Liberty", "Hill District", "Over-the-Rhine",
    "Frankford", "Kensington", "Anacostia", "Bywater", "Ninth Ward", "Third Ward", "Alief", "Gulfton",
    "Brooklyn", "Queens", "Bronx", "Staten Island", "Bronzeville", "Englewood", "Koreatown", "Little Saigon",
    "South Boston", "Bed-Stuy", "Hyde Park", "Spanish Harlem", "Tremé", "Crown Heights",
)

# Small facilities: a hand-typed name and what kind of place it is.
FACILITY_NAMES = (
    "Willow Creek", "Autumn Leaves", "Golden Years", "Shady Oaks", "Maple Grove", "Heritage Hills",
    "Cedar Ridge", "Brookdale Meadows", "Sunrise Terrace", "Oak Hollow", "Magnolia Gardens", "Pleasant View",
    "Country Meadows", "Stonebridge", "Evergreen Park", "Fair Havens", "Green Acres", "Rolling Hills",
    "Bluebird", "Riverside", "Chapel Hill", "Birch Bay", "Lakeside", "Twin Oaks",
)
FACILITY_KINDS = (
    "Nursing Home", "Care Center", "Health & Rehab", "Pharmacy", "Drug Store", "Free Clinic",
    "Community Health Center", "Senior Living", "Adult Day Center", "Home Health", "Dialysis",
    "Medical Plaza", "Family Medicine", "Pediatrics", "Urgent Care", "Retirement Village",
    "Convalescent Center", "Manor", "Memory Care", "Apothecary",
)
# Chain stores and pharmacies, which a street makes a single place ("the Walgreens on Main").
CHAINS = ("Walgreens", "CVS", "Rite Aid", "Walmart", "Kroger", "Publix", "Costco", "Safeway", "H-E-B",
          "Dollar General", "Target", "Meijer", "Hy-Vee", "Winn-Dixie")
STORE_STREETS = ("Main", "Elm", "Broadway", "5th", "Oak Street", "Route 9", "Central Ave", "Highway 61",
                 "Grand", "Third Street", "Washington", "Dixie Highway", "Airline Hwy", "State Street",
                 "Cherry", "MLK", "Lincoln Way", "Market Street")

# Towns abroad, written without their country.
ABROAD = (
    "Puebla", "Tijuana", "Monterrey", "Medellín", "Lagos", "Karachi", "Lahore", "Davao", "Mogadishu",
    "Aleppo", "Kabul", "Port-au-Prince", "San Salvador", "Santo Domingo", "Guayaquil", "Kingston",
    "Hermosillo", "Culiacán", "Zacatecas", "Morelia", "Accra", "Enugu", "Mombasa", "Addis Ababa",
    "Asmara", "Kandahar", "Erbil", "Basra", "Peshawar", "Dhaka", "Chittagong", "Kathmandu", "Haiphong",
    "Can Tho", "Quezon City", "Iloilo", "Ponce", "Cap-Haïtien", "Jacmel", "Sosúa",
)

# Hard negatives that mention places: diseases, scores, devices and ordinary words.
PLACE_DISEASES = (
    "West Nile virus", "Rocky Mountain spotted fever", "Marburg virus", "Lyme disease", "Ebola",
    "Zika virus", "St. Louis encephalitis", "Valley fever", "Norwalk virus", "Coxsackie B",
    "Hong Kong flu", "Spanish flu", "Lassa fever", "Japanese encephalitis", "Lyme carditis",
    "Q fever", "Colorado tick fever", "La Crosse encephalitis", "Powassan virus", "Chagas disease",
)
PLACE_SCORES = (
    "Kansas City Cardiomyopathy Questionnaire", "Ottawa ankle rules", "NYHA class III",
    "Los Angeles grade B esophagitis", "Milan criteria", "Duke criteria", "Boston Bowel Preparation Scale",
    "San Francisco syncope rule", "Denver shunt", "Minnesota tube", "Philadelphia collar", "Miami J collar",
    "Jackson-Pratt drain", "Paris System", "Seattle Heart Failure Model", "Mediterranean diet",
    "Bethesda category IV", "Vancouver Scar Scale", "Richmond Agitation-Sedation Scale", "Glasgow Coma Scale",
)
PLACE_WORDS = (
    "normal saline", "within normal limits", "hope to", "independence with ADLs", "modified independence",
    "comfort care", "energy level", "plaster of Paris", "reading glasses", "orange juice", "bath chair",
    "mobile x-ray", "liberty to", "normal sinus rhythm", "harmony test", "mission statement",
    "security guard", "welcome packet", "justice system", "surprise bill", "story of", "unity of care",
)
