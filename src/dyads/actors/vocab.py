"""Word lists and kinds that actor resolution reads: what a phrase's words can mean."""
from __future__ import annotations




MAX_WORDS = 8
# Spellings of the Arabic article inside names ("al-Bashir", "El Bashir").
ARABIC_ARTICLES = ("al", "el", "Al", "El")
# Unknown capitalized words this long are compared with one-word names; this close counts as a typo.
FUZZY_MIN_LENGTH = 7
# Cities this large are also known by their Latin-script alternate names ("Raqqa" for Ar Raqqah).
ALTERNATE_NAMES_POPULATION = 100_000
# Alternate names shorter than this are airport codes ("ROS", "NOV") or other languages' short forms that are English
# words or surnames once their accents are gone ("Rim" for Rome, "Vin" for Vienna, "Pet" for Perth): not city names.
ALTERNATE_NAME_MIN_LENGTH = 4
FUZZY_CUTOFF = 0.88
# Words that carry no identity: articles and courtesy titles.
SKIP_WORDS = frozenset("the a an mr mrs ms dr mister madam".split())
# Acronyms standing for a body named before in full ("the RSF"): their length in letters, and the small words
# between the capitalized words they abbreviate ("Forces *for* Change").
ACRONYM_MIN, ACRONYM_MAX = 3, 6
ACRONYM_LINKS = frozenset("of for and the de del des du la le".split())
# Identity kinds, strongest first: a user's own list beats the built-in tables, a person beats the body
# named in the same phrase ("Hamas leader Ismail Haniyeh"), a body beats a state ("Chinese Communist Party").
KIND_RANK = {k: i for i, k in enumerate(
    ("user", "petrarch", "leader", "person", "org", "party", "group", "body", "media", "igo", "ngo", "company",
     "capital", "country", "region", "people", "adjective", "ethnic", "religious", "city"))}
STATE_KINDS = ("country", "capital")
PLACE_KINDS = ("capital", "city", "region")
# Peoples without a state of their own ("Kurds", "Shiites"): coded with the country of the document.
GROUP_KINDS = ("ethnic", "religious")
# Kinds whose own listed sector yields to a role word in the phrase ("Darfur rebels", "Kurdish fighters").
ROLE_FIRST_KINDS = ("country", "capital", "adjective", "people", "city", "region", *GROUP_KINDS)
ORG_KINDS = ("org", "party", "group", "body", "media", "igo", "ngo", "company")
# Prepositions whose object is a place, not a party ("talks in Beijing").
LOCATIVE_PREPS = frozenset("in at near outside inside around across throughout within".split())
# Heads of a group that travels to meet others: a place after "in"/"at" is where it visits, not whose it is.
VISITING_HEADS = frozenset("delegation delegations team teams envoy envoys negotiators emissary emissaries".split())
# Heads of a party posted to another state or body: "Russia's ambassador *to the UN*" is Russia's, not the UN's.
POSTED_HEADS = frozenset(("ambassador ambassadors envoy envoys emissary emissaries representative representatives "
                          "delegate delegates consul").split())
POSTING_PREPS = frozenset("to at".split())
# Words joining the parts of a longer place name ("Santiago *de* Cuba", "Ciudad *del* Este").
PLACE_JOINERS = frozenset("de del da do dos das di du des la el los las".split())
# Prepositions that end the head of a phrase ("president of Armenia": the head is "president").
COMPLEMENT_WORDS = frozenset("of in from at for on with".split())
PRONOUNS = {"he": "person", "him": "person", "she": "person", "her": "person", "his": "person",
            "it": "body", "its": "body", "they": "plural", "them": "plural", "their": "plural"}
# Number words of a group reference ("both countries", "the three countries") and how many parties the group named
# before it must hold.
GROUP_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}
# A number refers back to a group only in a definite phrase ("*the* two presidents", "*both* sides"): a bare number
# introduces new parties ("Two men were charged"), and so does "other" ("three *other* diplomats"). "All three
# sides" may gather parties its own clause names, not only a group named together before: it is left alone.
GROUP_DETERMINERS = frozenset("the these those both".split())
NEW_PARTY_WORDS = frozenset("other another more further additional".split())
# Heads of "the two countries", "both sides", "the two governments": with no pair named together before, the two
# states its sentence and the `PAIR_REACH` sentences before it name, when they name exactly two.
PAIR_STATE_NOUNS = frozenset("country nation state government side".split())
PAIR_REACH = 2
# How many sentences back a pair named together ("X and Y") still beats the two states named in a counted group's
# own sentence or just before it ("the two governments signed"): past it, the near pair wins.
GROUP_REACH = 3
# First- and second-person pronouns stand for a quote's speaker or the one it is addressed to.
SPEAKER_PRONOUNS = {"i": "speaker", "me": "speaker", "my": "speaker", "we": "speaker", "us": "speaker",
                    "our": "speaker", "you": "addressee", "your": "addressee"}
PLURAL_SPEAKER = frozenset(("we", "us", "our"))
SPEECH_LEMMAS = frozenset("say tell add state declare announce insist warn stress write note remark reply respond "
                          "explain argue claim urge ask assert vow pledge promise quote".split())
# Where a clause sits under a verb of saying when it is what was said.
SAID_DEPS = frozenset(("ccomp", "parataxis", "advcl"))
# Dependents of a clause's verb that hold its other parties (excluded when guessing a titled person's country).
ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "dative", "prep", "agent", "attr", "iobj"))
# "the group", "the movement": with no name, the most salient organization before them.
DEFINITE_ORG_NOUNS = frozenset("group organization organisation movement militia alliance bloc agency coalition "
                               "faction".split())
# "the delegation", "the minister", "the envoy": with no country, the party of the nearest earlier phrase headed by
# the same noun that names one ("a French delegation", "Malian Foreign Minister Abdoulaye Diop"). Not "the
# president" or "the government", which stand as often for the story's own state as for the last one named.
DEFINITE_ROLE_NOUNS = frozenset("delegation delegate envoy ambassador minister diplomat".split())
# Kinds of actor table entries that are bodies: "the Commission" after "the European Commission" is that body
NAMED_BODY_KINDS = frozenset(("org", "party", "group", "body", "igo", "ngo", "company"))
RELATIVE_PRONOUNS = frozenset(("who", "which", "that", "whom", "whose"))
# "the latter", "the former two": the last or first of the parties coordinated just before ("X and Y ... the
# latter" -> Y), with how many a number word after it takes.
ORDINAL_ANAPHORS = frozenset(("latter", "former"))
ANAPHOR_COUNTS = {"two": 2, "three": 3, "both": 2}
# Leading words of "Tens of thousands of X" / "members of X": the party is X.
QUANTITY_WORDS = frozenset("tens hundreds thousands millions dozens scores some many most all several members "
                           "group groups number numbers band bands up to about nearly more than "
                           # parts that speak for the whole: "leaders of the opposition coalition" are OPP
                           "leader leaders officials representatives delegates delegation head heads".split())
ETHNIC_WORDS = frozenset(("ethnic",))
# Numbers of people named with no noun ("Thousands marched", "tens of thousands rallied"): a crowd, as "people".
CROWD_WORDS = frozenset("tens hundreds thousands millions dozens scores".split())
# Kinds of names that are never one person, whatever the entity recognizer says ("Bosnian Serbs" as PERSON).
NOT_PERSON_KINDS = (*GROUP_KINDS, "people", "country", "region", "capital", *ORG_KINDS)
# Titles of people whose powers end at their border: their sentence's country is theirs ("Judge X indicted
# Chilean officials"); clergy, activists or officials also speak about other countries.
HOME_SECTORS = frozenset(("JUD", "COP"))
# Non-state domestic actors ("civilians", "rebels", "students"): with no place given, they belong to the one
# country of their sentence outside their clause's other parties, else to the document's.
SOCIETY_SECTORS = frozenset("CVL REF EDU LAB AGR HLH REB OPP CRM REL".split())
# "*Labour* Secretary", "*Justice* Minister": a portfolio word before an office is not a party named.
PORTFOLIO_WORDS = frozenset("labour labor justice health finance defence defense interior education energy culture "
                            "trade environment transport agriculture home foreign economy industry".split())
PORTFOLIO_HEADS = frozenset(("minister", "ministry", "secretary", "department", "spokesman", "spokeswoman"))
# Sectors whose actors with no country are coded by their class (CAMEO "NGO", "IGO").
TRANSNATIONAL_SECTORS = frozenset(("NGO", "IGO"))
# Sectors of actors that belong to the country where they act (not charities, companies, media, IGOs).
DOMESTIC_SECTORS = frozenset("GOV MIL COP JUD LEG REB OPP PTY CVL EDU LAB REF AGR HLH CRM UAF REL ELI".split())
# Sectors of unnamed parties that act where the story happens ("police", "protesters", "students", "rebels"):
# as actors with no country of their own or of their sentence, they take the country of the story's setting.
# Victims are wherever they were hit: never.
SETTING_SECTORS = frozenset("COP JUD CVL EDU LAB AGR REB OPP".split())
# Sectors of unnamed parties that, as those an act aims at ("urged *the junta* to ...", "accused *the rebels* of
# ..."), with no country of their own or of their sentence, are of the story's setting: the home-bound ones, and a
# government, legislature or party ("urged all sides", "called on the authorities"; never "the two countries").
# Not troops ("sent troops": the actor's own) nor the other officials, who often deal abroad.
TARGET_SETTING_SECTORS = SETTING_SECTORS | {"GOV", "LEG", "PTY"}
# Unnamed officials, troops, legislators and parties ("the government", "soldiers", "the ruling party") sometimes
# act abroad, but as actors with no country in their phrase or sentence they are most often of the story's
# setting: with a setting, the guess. Refugees have left their country, and unnamed gunmen, bombers or hackers
# are no one's (the coding guide): never guessed.
SETTING_GUESS_SECTORS = DOMESTIC_SECTORS - SETTING_SECTORS - {"REF", "CRM", "UAF"}
# Modifiers saying a party is of many states or of another than the story's ("the *international* coalition",
# "*western* diplomats", "*foreign* troops"): such a party is never guessed to be of the story's setting
MANY_STATE_MODIFIERS = frozenset("international western world global multinational foreign".split())
# Words that set a state apart from the one in view ("*another* country", "*other* nations", "the *neighbouring*
# state"): a state so named is neither the actor's own nor the story's setting (`actors.others`).
OTHER_STATE_MODIFIERS = frozenset("another other foreign neighbouring neighboring".split())
# Sectors of unnamed victims ("civilians", "a family", "the hospital", "a church") that, as recipients with no
# country in their phrase or sentence, are of the country where the document's named towns and regions lie,
# when at least this share of those places is in it.
VICTIM_SECTORS = frozenset(("CVL", "HLH", "REL", "EDU"))
VICTIM_PLACE_SHARE = 0.75
# Role words for one person: "the Chinese leader" can take the name of the Chinese leader named before.
PERSON_ROLES = frozenset(("leader", "president", "premier", "prime minister", "chancellor", "king", "queen", "emir",
                          "monarch", "ruler", "foreign minister", "head of state", "head of government", "sultan",
                          "crown prince", "dictator", "strongman"))
# "the country", "the government": with no country named, the most salient state before them.
DEFINITE_STATE_NOUNS = frozenset("country nation kingdom state government regime authorities administration".split())
# Nouns whose referents are whole states: in the plural ("the two countries", "the Nordic nations") they are
# never located in the country a place in their clause is in ("the country" in Jakarta is Indonesia). "All
# sides" of a conflict in Syria are Syrian parties, so "side" is not among them.
SELF_STATE_LEMMAS = frozenset("country nation state power".split())
# Words of unnamed armed Islamists ("militants", "the Islamist fighters", "jihadists"): with no name or country
# of their own, the transnational militant group (IMG) named just before them, when it is the latest armed group.
MILITANT_WORDS = frozenset("militant militants jihadist jihadists jihadi jihadis islamist islamists extremist "
                           "extremists fighter fighters".split())
# How many sentences back that group may be named.
MILITANT_REACH = 2
# Words that say an armed group is Islamist by its own words ("Islamist militias", "jihadists"): with no group,
# country or armed group named before them, they are of the transnational militant groups' class (IMG).
ISLAMIST_WORDS = frozenset("jihadist jihadists jihadi jihadis islamist islamists".split())
# "the regime", "government troops": with no state in reach, the state whose government the document named last.
REGIME_NOUNS = frozenset(("government", "regime"))
# "his counterpart": the other party of the pair its clause's subject belongs to.
COUNTERPART_NOUNS = frozenset(("counterpart", "counterparts"))
# "forces *loyal to* the president", "militias *allied with* the army": an armed body named by its allegiance.
ALLEGIANCE_WORDS = frozenset("loyal allied aligned affiliated".split())
# "forces *fighting for* X", "militias *fighting on behalf of* X": the verbs of a body that serves its patron.
SERVING_LEMMAS = frozenset("fight battle".split())
# Sectors of a state's organs ("its army", "its government", "its police"): a city owns none of them.
STATE_ORGAN_SECTORS = frozenset("MIL GOV COP SPY LEG JUD".split())
# Sectors of a body that can serve a patron's side under arms.
ARMED_SECTORS = frozenset("MIL REB UAF COP SPY".split())
# "arrived in Beijing": the capital hosts a visit, so it stays a party.
ARRIVAL_LEMMAS = frozenset("arrive land travel fly come return visit stop".split())
PERSON_LABELS = ("PERSON",)
# Entity labels of times: a phrase standing on one is never a party ("in late July", "the first week of May").
TIME_LABELS = ("DATE", "TIME")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
_NP_DEPS = frozenset(("compound", "amod", "nmod", "poss", "flat", "det", "nummod", "case"))
# How many sentences back a pronoun may find its antecedent: beyond the previous one, a guess.
PRONOUN_REACH = 1
# How many sentences back "the president" may reach for the latest holder of that office when the document named
# holders of several countries (with one country's only, any distance)
OFFICE_REACH = 3
# Subjects of "be" that name nothing ("*it* is X that ...", "*this* is a country that ..."), never a clause's doer.
EMPTY_SUBJECTS = frozenset(("it", "this", "that", "there", "what", "which", "who"))
# How many sentences back "he" or "she" may find the person every sentence since has referred to again.
PERSON_FOCUS_REACH = 4
# Pronouns of one person by gender: a chain of them keeps one person in focus.
PERSON_GENDERS = (frozenset(("he", "him", "his", "himself")), frozenset(("she", "her", "hers", "herself")))
PLURAL_TAGS = ("NNS", "NNPS")
# Where an unnamed noun that is a nearer antecedent than a named party stands ("his lawyer said he ...").
ANTECEDENT_DEPS = frozenset(("nsubj", "nsubjpass"))
# Prefixes that make a name whom a party sides with or against ("pro-Russian rebels").
PARTISAN_PREFIXES = frozenset(("pro", "anti"))
# British spellings folded to American ones before a sector word is looked up ("defence" = "defense",
# "organisation" = "organization"): (regular expression over a lower-cased phrase, replacement).
SPELLING_FOLDS = (
    (r"isation(s?)\b", r"ization\1"), (r"iser(s?)\b", r"izer\1"), (r"(?<=\w\w)our(?=(?:s|er|ers|ite|ites)?\b)", "or"),
    (r"ence(s?)\b", r"ense\1"), (r"(?<=\w\w)tre(s?)\b", r"ter\1"), (r"(?<=\w)ae(?=\w)", "e"),
    (r"(?<=\w)llor(s?)\b", r"lor\1"), (r"(?<=\w)ller(s?)\b", r"ler\1"), (r"(?<=\w)mme(s?)\b", r"m\1"), (r"\bgaol", "jail"),
)
# Plural endings and the singular endings they may stand for ("thieves" -> "thief", "militias" -> "militia").
PLURAL_ENDINGS = (("ies", "y"), ("ves", "f"), ("ves", "fe"), ("men", "man"), ("ses", "s"), ("xes", "x"),
                  ("ches", "ch"), ("shes", "sh"), ("s", ""), ("i", "us"), ("ae", "a"), ("ren", ""),
                  ("people", "person"))
# Words ending like a plural that are no plural of a word of their own: "news" does not name a "new" (so "New"
# in "New York", "New Jersey" stays part of the place's name).
NOT_PLURALS = frozenset("news series species means politics economics headquarters".split())
# Agent nouns made of a sector word and a person ("policeman", "clergywoman", "tribespeople").
PERSON_SUFFIXES = ("man", "men", "woman", "women", "person", "persons", "people")
# Sector-word kinds in `sectors.csv`: a role heads a phrase ("troops"); a modifier overrides the head
# ("former", "rebel"); a generic role takes the sector of the role word before it or of its complement
# ("police spokesman", "head of the army") and its own only alone ("the spokesman"); an adjective gives
# its sector only to a generic role it precedes ("judicial official", "medical staff"); an owned thing gives
# its sector only to a state named before it ("Eritrean positions" MIL, "American goods" BUS, "Israeli towns"
# CVL: not the state's government) and names no party alone.
SECTOR_KINDS = ("role", "modifier", "generic", "adjective", "owned")
# Kinds of name that own a thing as a state does ("Serbian targets", "Kosovo villages", "Moscow's exports").
OWNER_KINDS = ("country", "adjective", "capital")
# Role words that do not lend their sector to a generic role after them: before a noun they are ordinary
# adjectives or titles ("local official", "public servant", "deputy chief", "national committee").
NON_ATTRIBUTIVE_ROLES = frozenset("national public local royal civilian people deputy home chief general".split())
# Words that follow a title without changing it ("director general", "inspector general", "army general").
POSTPOSITIVE_WORDS = frozenset(("general",))
# "*Latin* American", "*Central* Asian": a continent's adjective, not the United States' nor a city's ("Central").
CONTINENT_QUALIFIERS = frozenset(("latin", "central", "south", "north", "east", "west", "southeast", "pan"))
# (and the continents' own names: "Central Asia", "South America")
CONTINENT_ADJECTIVES = frozenset(("american", "americans", "asian", "asians", "african", "africans", "european",
                                  "europeans", "america", "asia", "africa", "europe"))
# "The army said ...", "the air force": a state's own armed force, named alone with "the", is the force of the
# state where the story is set (a plural "troops" or "forces" may be anyone's).
NATIONAL_FORCES = frozenset(("army", "military", "air force", "navy", "armed forces", "defence ministry",
                             "defense ministry"))
# People whom their name places in a country not their own ("migrants", "refugees", "asylum seekers"): where they
# are, the story's setting or the state acting on them says nothing of their country.
STATELESS_HEADS = frozenset("migrant migrants immigrant immigrants refugee refugees".split())
SEEKER_HEADS = frozenset(("seeker", "seekers"))


def stateless_head(words: list[str]) -> bool:
    """True when the head (last word) of a party phrase's lower-cased words names people away from home."""
    words = [w for w in words if w]
    return bool(words) and (words[-1] in STATELESS_HEADS or (words[-1] in SEEKER_HEADS and "asylum" in words))
# Prepositions whose gerund clause is a circumstance of the clause it hangs on ("fired tear gas *before dispersing*
# the protesters in X"): a place in it is where that clause's parties are too.
CIRCUMSTANCE_PREPS = frozenset("after before since upon following until amid amidst during while".split())
