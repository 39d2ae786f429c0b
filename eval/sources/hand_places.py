"""Real US cities and counties and invented street/facility parts, typed by hand for this corpus.

As with names, even-indexed entries go to dev and odd-indexed ones to held-out.
"""

# (city, state abbreviation, a plausible ZIP prefix for the area)
CITIES = (
    ("Toledo", "OH", "436"), ("Fresno", "CA", "937"), ("Tulsa", "OK", "741"), ("Spokane", "WA", "992"),
    ("Duluth", "MN", "558"), ("Macon", "GA", "312"), ("Lubbock", "TX", "794"), ("Scranton", "PA", "185"),
    ("Wichita", "KS", "672"), ("Boise", "ID", "837"), ("Shreveport", "LA", "711"), ("Erie", "PA", "165"),
    ("Yakima", "WA", "989"), ("Gary", "IN", "464"), ("Flint", "MI", "485"), ("Mobile", "AL", "366"),
    ("Camden", "NJ", "081"), ("Dayton", "OH", "454"), ("Laredo", "TX", "780"), ("Provo", "UT", "846"),
    ("Billings", "MT", "591"), ("Fargo", "ND", "581"), ("Bangor", "ME", "044"), ("Pueblo", "CO", "810"),
    ("Savannah", "GA", "314"), ("Chattanooga", "TN", "374"), ("Lowell", "MA", "018"),
    ("Paterson", "NJ", "075"), ("Hialeah", "FL", "330"), ("Modesto", "CA", "953"), ("Peoria", "IL", "616"),
    ("Joliet", "IL", "604"), ("Waco", "TX", "767"), ("Roanoke", "VA", "240"), ("Eugene", "OR", "974"),
    ("Tacoma", "WA", "984"), ("Rochester", "MN", "559"), ("Akron", "OH", "443"), ("Lansing", "MI", "489"),
    ("Springfield", "MO", "658"), ("Durham", "NC", "277"), ("Greenville", "SC", "296"),
    ("Bakersfield", "CA", "933"), ("Kalamazoo", "MI", "490"), ("Sioux Falls", "SD", "571"),
    ("Cedar Rapids", "IA", "524"), ("Green Bay", "WI", "543"), ("St. Cloud", "MN", "563"),
    ("Fort Wayne", "IN", "468"), ("Little Rock", "AR", "722"), ("Baton Rouge", "LA", "708"),
    ("Las Cruces", "NM", "880"), ("Santa Rosa", "CA", "954"), ("Ann Arbor", "MI", "481"),
    ("Corpus Christi", "TX", "784"), ("Winston-Salem", "NC", "271"), ("Wilkes-Barre", "PA", "187"),
    ("Coeur d'Alene", "ID", "838"), ("Port St. Lucie", "FL", "349"), ("Rancho Cucamonga", "CA", "917"),
    ("Hattiesburg", "MS", "394"), ("Terre Haute", "IN", "478"), ("Kenosha", "WI", "531"),
    ("Lafayette", "LA", "705"), ("Asheville", "NC", "288"), ("Missoula", "MT", "598"),
    ("Pocatello", "ID", "832"), ("Muncie", "IN", "473"), ("Yuma", "AZ", "853"), ("Dothan", "AL", "363"),
    ("Odessa", "TX", "797"), ("Abilene", "TX", "796"), ("Hagerstown", "MD", "217"),
    ("Bismarck", "ND", "585"), ("Cheyenne", "WY", "820"), ("Burlington", "VT", "054"),
    ("Nashua", "NH", "030"), ("Utica", "NY", "135"), ("Binghamton", "NY", "139"),
    ("Youngstown", "OH", "445"), ("Canton", "OH", "447"), ("Gainesville", "FL", "326"),
)

COUNTIES = (
    "Cuyahoga County", "Maricopa County", "Hidalgo County", "Cook County", "Wayne County",
    "Lancaster County", "Allegheny County", "Hamilton County", "Kern County", "Polk County",
    "Pima County", "Bexar County", "Shelby County", "Fulton County", "Jefferson County",
    "Marion County", "Douglas County", "Sedgwick County", "Yakima County", "Tulare County",
    "St. Louis County", "Prince George's County", "Anne Arundel County", "Miami-Dade County",
    "Orleans Parish", "Jefferson Parish", "Lake County", "Washoe County", "Ada County",
    "Travis County", "Dane County", "Onondaga County", "Erie County", "Monroe County",
    "Hennepin County", "Ramsey County", "Spokane County", "Pinellas County", "Duval County",
    "Forsyth County", "Buncombe County", "Cass County", "Missoula County", "Yellowstone County",
)

STREET_NAMES = (
    "Old Mill", "Birchwood", "Cottonwood", "Quarry", "Tamarack", "Harbor View", "Saddle Creek",
    "Pinecrest", "Ridgeline", "Willow Bend", "Sycamore", "Foxglove", "Meadowlark", "Canal",
    "Juniper", "Magnolia", "Prairie Wind", "Orchard", "Lakeshore", "Dogwood", "Cardinal",
    "Hollow Oak", "Bluebonnet", "Chestnut", "Kingfisher", "Cypress Point", "Elm", "Wexford",
    "Martin Luther King Jr.", "Cesar Chavez", "Ocean", "Main", "Second", "Fifth", "Church",
    "Mill Pond", "Red Fox", "Sandpiper", "Aspen Ridge", "Hickory", "Rose", "Hope", "King",
)
STREET_TYPES = ("Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Drive", "Dr.",
                "Lane", "Ln", "Court", "Ct", "Boulevard", "Blvd", "Way", "Place", "Pl", "Circle",
                "Terrace", "Trail", "Parkway", "Pkwy", "Highway")
UNIT_FORMS = ("Apt {n}", "Apt. {n}", "Unit {n}", "#{n}", "Suite {n}", "Ste {n}", "Lot {n}", "Rm {n}")

FACILITY_HEADS = ("St. Brigid", "Mercy", "Good Shepherd", "Sacred Heart", "Providence", "Riverbend",
                  "Lakeview", "Valley", "Summit", "Cedar Crest", "Bayside", "Northfield", "Pine Hollow",
                  "Holy Redeemer", "St. Aurelia's", "Mount Carmel", "Prairie", "Harborview", "Eastgate",
                  "Silver Lake", "Our Lady of Lourdes", "St. Jude", "Three Rivers", "Hope", "Grace",
                  "Westbrook", "Hillcrest", "Baptist", "Methodist", "Lutheran")
FACILITY_TAILS = ("Hospital", "Medical Center", "Regional Medical Center", "Memorial Hospital",
                  "Community Hospital", "Health Center", "Nursing & Rehabilitation", "Skilled Nursing Facility",
                  "Dialysis Center", "Surgery Center", "Urgent Care", "Family Clinic", "Behavioral Health",
                  "Cancer Institute", "Rehabilitation Hospital", "Hospice House", "Assisted Living",
                  "Children's Hospital", "Imaging Center", "Medical Group")

# Probe-only (probe_places2), typed by hand: US towns whose names are also surnames or ordinary words,
# with their state; county-level units named county, parish or borough; towns abroad with their country.
WORD_TOWNS = (
    ("Marshall", "TX"), ("Tyler", "TX"), ("Florence", "AL"), ("Warren", "OH"), ("Lincoln", "NE"),
    ("Sumter", "SC"), ("Laurel", "MS"), ("Hope", "AR"), ("Normal", "IL"), ("Paris", "TX"),
    ("Troy", "NY"), ("Eureka", "CA"), ("Liberty", "MO"), ("Independence", "KS"), ("Commerce", "TX"),
    ("Enterprise", "AL"), ("Bend", "OR"), ("Reading", "PA"), ("Sandy", "UT"), ("Orange", "TX"),
    ("Decatur", "IL"), ("Beaumont", "TX"), ("Jackson", "TN"), ("Franklin", "TN"), ("Clinton", "IA"),
    ("Bristol", "VA"), ("Carson", "CA"), ("Chester", "PA"), ("Kent", "WA"), ("Homer", "AK"),
    ("Lawrence", "KS"), ("Burns", "OR"), ("Milton", "FL"), ("Pierre", "SD"), ("Harlan", "KY"),
    ("Story", "WY"), ("Cleveland", "MS"), ("Sterling", "CO"), ("Hazard", "KY"), ("Rugby", "ND"),
    ("Gallup", "NM"), ("Bowling Green", "KY"), ("Friendship", "WI"), ("Truth or Consequences", "NM"),
)
AREA_UNITS = (
    "Caddo Parish", "Matanuska-Susitna Borough", "Tangipahoa Parish", "Kenai Peninsula Borough",
    "Calcasieu Parish", "North Slope Borough", "Ouachita Parish", "Fairbanks North Star Borough",
    "St. Tammany Parish", "Kodiak Island Borough", "Rapides Parish", "Juneau Borough",
    "Webb County", "Coos County", "Oglala Lakota County", "Dona Ana County", "Apache County",
    "Harlan County", "McDowell County", "Starr County", "Navajo County", "Buffalo County",
    "Lafourche Parish", "Bristol Bay Borough", "Terrebonne Parish", "Sitka Borough",
)
WORLD_TOWNS = (
    ("Guadalajara", "Mexico"), ("Oaxaca", "Mexico"), ("Cebu City", "the Philippines"), ("Kumasi", "Ghana"),
    ("Ibadan", "Nigeria"), ("Mosul", "Iraq"), ("Chennai", "India"), ("Ludhiana", "India"),
    ("Tegucigalpa", "Honduras"), ("San Pedro Sula", "Honduras"), ("Santiago de los Caballeros", "the Dominican Republic"),
    ("Mayaguez", "Puerto Rico"), ("Herat", "Afghanistan"), ("Hargeisa", "Somalia"), ("Lviv", "Ukraine"),
    ("Cluj-Napoca", "Romania"), ("Hue", "Vietnam"), ("Da Nang", "Vietnam"), ("Cuenca", "Ecuador"),
    ("Arequipa", "Peru"), ("Jinotega", "Nicaragua"), ("Quetzaltenango", "Guatemala"), ("Kandy", "Sri Lanka"),
    ("Sylhet", "Bangladesh"), ("Mandalay", "Myanmar"), ("Port-de-Paix", "Haiti"), ("Eldoret", "Kenya"),
    ("Bahir Dar", "Ethiopia"),
)

# Probe-only (probe_places3), typed by hand: towns in states whose postal code reads like a credential or a
# word (MD, PA, CO, OR, IN, ME, OK, HI, DE), so "Frederick, MD" must stay a place; townships and
# county-level units.
CRED_TOWNS = (
    ("Frederick", "MD"), ("Salisbury", "MD"), ("Altoona", "PA"), ("Easton", "MD"), ("Greeley", "CO"),
    ("Scranton", "PA"), ("Medford", "OR"), ("Pueblo", "CO"), ("Muncie", "IN"), ("Roseburg", "OR"),
    ("Bangor", "ME"), ("Marion", "IN"), ("Lawton", "OK"), ("Bath", "ME"), ("Hilo", "HI"), ("Enid", "OK"),
    ("Dover", "DE"), ("Kailua", "HI"), ("Cumberland", "MD"), ("Lewes", "DE"), ("Butler", "PA"),
    ("Hagerstown", "MD"), ("Golden", "CO"), ("York", "PA"), ("Salem", "OR"), ("Durango", "CO"),
    ("Norman", "OK"), ("Gary", "IN"), ("Lewiston", "ME"), ("Newark", "DE"),
)
TOWNSHIPS = (
    "Cranberry Township", "Lower Merion Township", "Hamilton Township", "Bloomfield Township",
    "Penn Township", "Clinton Township", "Brick Township", "Union Township", "Kanawha County",
    "Jefferson Parish", "Pike County", "Suffolk County", "Lycoming County", "Acadia Parish",
    "Haines Borough", "Bucks County",
)
