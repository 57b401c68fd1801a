"""Word lists the casualty rules read: triggers, qualifiers, function words, victim nouns.

Kept apart from the rules so that a reviewer can see in one place what the extractor treats as
"killed", "injured", a death toll, a hypothetical, or a perpetrator.
"""
from __future__ import annotations

import re
from typing import Final

# --- triggers -------------------------------------------------------------------------------
# Participles / adjectives that follow their subject: "13 people were killed", "20 wounded".
KILL_PARTICIPLES: Final = frozenset({
    "killed", "dead", "slain", "murdered", "massacred", "assassinated", "beheaded", "decapitated",
    "lynched", "executed", "drowned", "martyred", "electrocuted", "slaughtered", "gunned",
})
# Intransitive verbs with the dead as subject: "two soldiers died".
KILL_INTRANSITIVE: Final = frozenset({"died", "die", "dies", "perished", "perish", "perishes", "succumbed"})
INJURE_PARTICIPLES: Final = frozenset({"injured", "wounded", "hurt", "harmed", "hospitalized", "hospitalised", "maimed",
                                "grazed", "injuried"})  # ("injuried": a common slip)
# Transitive verbs with the dead or hurt as object: "the blast killed 13 civilians".
KILL_VERBS: Final = frozenset({
    "killed", "kill", "kills", "killing", "slew", "slay", "slays", "slaying", "murdered", "murder",
    "murders", "murdering", "massacred", "massacring", "executed", "executing", "assassinated",
    "beheaded", "beheading", "lynched", "lynching", "slaughtered", "slaughtering", "gunned", "drowned", "drowning", "drowns", "martyring",
    # only with fighters as the object: "troops neutralized five terrorists"
    "neutralized", "neutralised", "eliminated", "neutralizing", "neutralising", "eliminating", "destroyed",
})
INJURE_VERBS: Final = frozenset({
    "injured", "injure", "injures", "injuring", "wounded", "wound", "wounds", "wounding", "hurt",
    "hurting", "maimed", "maiming", "injuried",
})
BASE_VERBS: Final = frozenset({"kill", "slay", "murder", "injure", "wound", "hurt", "maim", "die", "perish"})
# Nouns that count the dead or hurt: "13 deaths", "the bodies of four".
KILL_NOUNS: Final = frozenset({
    "death", "deaths", "fatalities", "fatality", "bodies", "body", "corpses", "corpse", "lives", "life",
    "homicides",  # only after a count: "Memphis has recorded 165 homicides so far this year"
    "loss",  # only before a count: "WITH THE LOSS OF TWO SOLDIERS"
    "remains",  # only as "the remains of" (a context-gated word)
})
INJURE_NOUNS: Final = frozenset({"injuries", "injury"})
# Words that mark a casualty only in context, read by the noun rule: "treated for burns",
# "admitted with smoke inhalation", "treated for carbon monoxide poisoning".
CONTEXT_NOUNS: Final = frozenset({"burns", "inhalation", "poisoning", "hypothermia", "frostbite", "heatstroke", "sunstroke",
                                  "cuts", "fractures", "bruises", "lacerations", "broken", "fractured", "burn",
                                  "cut", "gash", "gashes", "bruise", "fracture", "laceration"})
# "was shot in the leg", "were stabbed", "stabbed three people": hurt unless the clause says
# they died (read by the shot rule, not as kill or injure triggers).
WOUNDING_VERBS: Final = frozenset({"shot", "stabbed", "struck", "hit"})  # ("struck", "hit" only "in the arm" / "by a bullet")
# Harm done to counted people: "whipped two women", "81 students were poisoned", "all four
# hostages were beaten" (read only with a count of people: "waters whipped up" is no harm).
HARM_VERBS: Final = frozenset({"poisoned", "whipped", "flogged", "lashed", "beaten", "mutilated", "tortured", "maimed"})
# Words of death read only in context: "breathed their last", "buried alive".
# (and of the hurt: "remain in hospital", "is in critical condition")
CONTEXT_DEATH_WORDS: Final = frozenset({"breathed", "alive", "fell", "lost", "losing", "figure", "hospital", "hospitals", "cut", "cutting", "slit", "slitting",
                                        "survivors", "condition", "released", "discharged", "treatment", "burning", "burned", "burnt",
                                        # (where the hurt are cared for besides hospital: "treated at a local health center")
                                        "clinic", "clinics", "center", "centre"})
BODY_PARTS: Final = frozenset({
    "head", "leg", "legs", "arm", "arms", "chest", "back", "stomach", "abdomen", "shoulder",
    "shoulders", "hand", "hands", "foot", "feet", "thigh", "thighs", "neck", "face", "knee",
    "knees", "buttocks", "hip", "torso", "groin", "side", "ankle", "wrist", "jaw", "eye", "mouth",
    "lung", "spine", "elbow", "calf", "shin", "belly", "cheek", "ear", "heel", "toe", "finger",
    "fingers", "pelvis", "temple", "body", "limbs", "lower", "upper", "left", "right",
})
# Care and transport of the hurt: "two people were taken to hospital with serious injuries".
CARE_VERBS: Final = frozenset({
    "taken", "rushed", "admitted", "airlifted", "air-lifted", "transported", "rescued", "treated",
    "hospitalised", "hospitalized", "evacuated", "flown", "brought", "carried", "ferried", "pulled",
    "transferred", "hospitalised", "survived", "escaped", "freed",
    "treating",  # ("was treating 38 people for gunshot wounds")
})
# "receiving treatment for injuries", "needed treatment for burns"
TREATMENT_VERBS: Final = frozenset({
    "receiving", "undergoing", "received", "underwent", "given", "getting", "got", "needed",
    "required", "sought", "requiring", "needing",
})
# Between "with/for" and the injury noun: "with serious head injuries", "for their injuries".
CARE_MODIFIERS: Final = frozenset({
    "light", "minor", "serious", "severe", "critical", "grave", "bullet", "gunshot", "shrapnel",
    "burn", "stab", "slash", "puncture", "head", "multiple", "slight", "life-threatening", "non-life-threatening", "a",
    "an", "some", "various", "moderate", "superficial", "knife", "their", "his", "her", "its",
    "possible", "suspected", "undisclosed", "unspecified", "internal", "facial", "leg", "arm", "deep",
    "chest", "back", "hand", "neck", "spinal", "third-degree", "second-degree", "first-degree",
    "non-fatal", "nonfatal", "non-critical", "life", "threatening", "non", "apparent",
    "significant", "extensive", "horrific", "bad", "blast", "fracture", "other", "what", "were",
    "described", "as", "fatal", "mortal", "severe", "critical", "smoke", "injuries", "and", "machete", "axe", "pellet", "acid",
    "crush", "degrees", "of", "varying", "stomach", "shoulder", "foot", "face", "eye",  # ("crush injuries", "various degrees of injuries")
    "arrow", "spear", "stab", "bite",  # ("treated for arrow and gunshot wounds")
    "birdshot", "buckshot", "rubber-bullet", "shotgun", "bayonet",  # ("treated for birdshot wounds")
})
CASUALTY_NOUNS: Final = frozenset({"casualties", "casualty"})
# Verbs of the "X was shot dead" / "stabbed to death" kind that sit between subject and trigger.
MANNER_VERBS: Final = frozenset({
    "shot", "stabbed", "beat", "beaten", "hacked", "burned", "burnt", "gunned", "tortured", "found",
    "hit", "crushed", "strangled", "bludgeoned", "lynched", "clubbed", "attacked", "injured",
    "wounded", "critically", "seriously", "fatally", "mortally", "down", "left", "reported",
    "confirmed", "believed", "said", "known", "feared", "presumed", "suspected", "thought",
    "understood", "reportedly", "pronounced", "declared", "trampled", "mauled", "gored", "stoned",
    "battered", "kicked", "suffocated", "starved", "scalded", "asphyxiated",
})
AUX_SINGULAR: Final = frozenset({"was", "is", "has"})
AUX_PLURAL: Final = frozenset({"were", "are", "have"})
AUX: Final = frozenset({
    "was", "were", "is", "are", "been", "be", "being", "have", "has", "had", "got", "get", "gets",
})
# Adverbs and particles skipped between a subject and its participle.
ADVERBS: Final = frozenset({
    "also", "reportedly", "allegedly", "later", "subsequently", "all", "both", "initially",
    "apparently", "instantly", "immediately", "eventually", "seriously", "critically", "severely",
    "slightly", "badly", "gravely", "mortally", "lightly", "moderately", "fatally", "each",
    "reported", "confirmed", "believed", "said", "known", "to", "have", "themselves", "then",
    "just", "already", "only", "either", "who", "that", "which", "allegedly", "respectively",
    "officially", "thus", "so", "far", "now", "yet", "still", "ultimately",
})

# --- hypotheticals and cumulative counts ----------------------------------------------------
HYPOTHETICAL: Final = frozenset({
    "could", "might", "would", "feared", "fear", "fears", "threatened", "threatening", "threat",
    "threatens", "expected", "likely", "possibly", "plot", "plotted", "plotting", "planned",
    "planning", "plan", "plans", "intended", "intending", "attempt", "attempted", "attempting",
    "tried", "trying", "try", "aimed", "aiming", "should", "may", "unless", "if", "whether",
    "can", "cannot", "potentially", "risk", "vowed", "warned", "wanted", "want", "seeking",
    "sought", "failed", "conspiring", "conspired", "capable", "enough",
})
CONFLICT_NOUNS: Final = frozenset({
    "fighting", "conflict", "war", "clashes", "skirmishes", "violence", "unrest", "insurgency",
    "uprising", "crackdown", "pandemic", "epidemic", "outbreak", "campaign", "hostilities",
    "offensive", "protests", "rebellion", "civil", "floods", "flooding", "storm", "earthquake",
})
TOLL_VERBS: Final = frozenset({
    "rose", "risen", "rise", "rises", "rising", "climbed", "climbs", "reached", "reaches", "jumped",
    "increased", "hit", "stood", "stands", "stand", "remains", "remained", "mounted", "soared", "grew", "bringing",
    "brought", "brings", "raising", "raised", "pushing", "pushed", "now", "to", "at", "of", "is",
    "was", "has", "had", "further", "the", "total", "overall", "official", "reach", "climb",
    "fell", "dropped", "lowered", "revised", "corrected",
})

# --- noun phrases ---------------------------------------------------------------------------
DETERMINERS_SINGULAR: Final = frozenset({"a", "an", "the", "another", "his", "her", "its", "their", "this", "that", "one", "our", "my", "your"})
PRONOUNS_SINGULAR: Final = frozenset({"he", "she", "him", "her", "himself", "herself"})
NEGATORS: Final = frozenset({"no", "without", "neither", "nor", "not", "never", "zero", "didn't", "wasn't", "weren't", "don't", "doesn't", "hasn't", "haven't", "hadn't", "nil"})
# Function words that end a noun phrase.
NP_STOP: Final = frozenset({
    "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would",
    "could", "should", "may", "might", "must", "can", "shall", "do", "does", "did", "got", "get", "gets",
    "in", "on", "at", "by", "from", "to", "for", "with", "near", "during", "after", "before",
    "when", "while", "as", "into", "inside", "outside", "across", "through", "over", "under",
    "and", "or", "but", "nor", "including", "among", "amongst", "who", "which", "that", "whom",
    "whose", "where", "what", "the", "a", "an", "this", "these", "those", "his", "her", "their",
    "its", "our", "my", "your", "he", "she", "it", "they", "them", "him", "we", "i", "you",
    "there", "here", "also", "reportedly", "allegedly", "later", "all", "both", "each", "than",
    "not", "no", "yesterday", "today", "tonight", "tomorrow", "last", "early", "late", "earlier",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "about", "around", "some", "least", "more", "most", "up",
    "including", "according", "said", "says", "say", "reported", "according", "were", "if", "lay",
    "because", "since", "until", "till", "then", "so", "after", "against", "between", "per",
    "percent", "instantly", "immediately", "overnight", "morning", "night", "evening",
    "afternoon", "ago", "respectively", "because", "due", "following", "left", "leaving",
    "besides", "except", "plus", "along", "alongside", "onboard", "aboard", "of", "via",
    "out", "off", "down", "inside", "within", "without", "upon", "toward", "towards", "despite",
    "like", "unlike", "whereas", "although", "though", "however", "meanwhile", "too", "again",
    "another", "every", "any", "such", "same", "whose", "several", "many", "few",
    "lost", "lose", "losing", "fled", "told", "went", "came", "remain", "remained", "remains",
    "fell", "became", "appeared", "seemed", "escaped", "survived", "needed", "required",
    "underwent", "attacked", "opened", "fired", "stormed", "detonated", "exploded",
    "shot", "stabbed", "beaten", "hacked", "gunned", "tortured", "strangled", "abducted",
    "kidnapped", "arrested", "detained", "taken", "rescued", "released", "freed",
    "suffered", "sustained", "received", "suffering", "sustaining", "receiving",
    "attend", "attended", "attending", "attends", "mourned", "mourn", "gathered", "marched", "buried",
    "bury", "buries", "protested",
    "pronounced", "declared", "trampled", "mauled", "breathed", "buried",
    # irregular past tenses that end a subject: "a few dozen football supporters threw flares"
    # (not the participles of a reduced relative: "Three civilians caught in crossfire", "a man struck by a car")
    "threw", "hurled", "broke", "burst", "stole", "ran", "drove", "overran", "took", "gave",
    "began", "fought",
}) | KILL_PARTICIPLES | KILL_INTRANSITIVE | INJURE_PARTICIPLES | KILL_VERBS | INJURE_VERBS | KILL_NOUNS | INJURE_NOUNS | CASUALTY_NOUNS | HYPOTHETICAL | CARE_VERBS
# Units and nouns that make a number something other than a head count.
NOT_PEOPLE: Final = frozenset({
    "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "call", "calls",  # "within three minutes of the first 911 call"
    "minute", "minutes", "second", "seconds", "percent", "per", "pc", "km", "kilometres",
    "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "meter", "metre",
    "m", "kg", "kilograms", "tons", "tonnes", "am", "pm", "a.m", "p.m", "gmt", "times", "dollars",
    "rupees", "euros", "pounds", "yuan", "naira", "shillings", "taka", "tk", "rs", "usd", "cents",
    "afghanis", "dinars", "riyals", "rials", "pesos", "lira", "liras", "hryvnias", "rubles", "roubles",
    "francs", "birr", "rand", "yen", "ringgit", "baht", "kyat", "dirhams", "cedis", "kwacha", "soles", "reais",
    "houses", "homes", "vehicles", "cars", "buildings", "shops", "missiles", "rockets", "shells",
    "bombs", "mortars", "rounds", "grenades", "attacks", "incidents", "villages", "trucks",
    "weapons", "guns", "rifles", "mines", "bullets", "acres", "hectares", "feet", "foot", "inches",
    "degrees", "points", "votes", "seats", "calibre", "caliber", "mm", "millimeter", "helicopters",
    "aircraft", "planes", "tanks", "offices", "stores", "schools", "churches", "mosques", "cattle",
    "goats", "cows", "sheep", "animals", "explosions", "blasts", "bombings", "districts",
    "provinces", "towns", "cities", "structures", "devices", "device", "strikes", "airstrikes",
    "raids", "blasts", "shots", "bullets", "ieds", "landmines", "number",
    "prefectures", "states", "regions", "countries", "counties", "areas", "locations",
    "neighborhoods", "neighbourhoods", "municipalities", "camps", "sites", "hospitals", "incidents",
    "occasions", "places", "streets", "roads", "checkpoints", "posts", "positions", "bases",
    "blocks", "yards", "paces", "steps", "floors", "storeys", "stories", "lanes", "flights",
    "birds", "stones", "dogs", "horses", "chickens", "pigs", "camels", "donkeys",
    "motorcycles", "motorbikes", "bikes", "bicycles", "pickups", "jeeps", "buses", "vans", "boats",
})
CURRENCY_BEFORE: Final = frozenset({"$", "£", "€", "¥", "₹", "rs", "tk", "usd", "us$", "eur", "inr", "ksh", "n", "rp"})
MONTHS: Final = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})
WEEKDAYS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
YEAR_BEFORE: Final = frozenset({"in", "since", "of", "until", "till", "during", "from", "by", "year", "early", "late", "mid", "before", "after", "around", "circa"})

# Irregular plurals and nouns that are plural as written.
IRREGULAR_SINGULAR: Final = {
    "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
    "policemen": "policeman", "policewomen": "policewoman", "gunmen": "gunman", "servicemen": "serviceman",
    "militiamen": "militiaman", "tribesmen": "tribesman", "fishermen": "fisherman", "firemen": "fireman",
    "guardsmen": "guardsman", "countrymen": "countryman", "clansmen": "clansman", "kinsmen": "kinsman",
    "gentlemen": "gentleman", "chairmen": "chairman", "spokesmen": "spokesman", "businessmen": "businessman",
    "watchmen": "watchman", "linemen": "lineman", "bystanders": "bystander", "police": "police",
    "personnel": "personnel", "staff": "staff", "troops": "troop", "militia": "militia",
    "lives": "life", "wives": "wife", "thieves": "thief", "others": "other", "civilians": "civilian",
    "passersby": "passerby", "passers-by": "passer-by", "youths": "youth", "crew": "crew",
    "faithful": "faithful", "worshippers": "worshipper", "cadres": "cadre", "mujahideen": "mujahideen",
    "taliban": "taliban", "police officers": "police officer", "security": "security",
}
PLURAL_AS_WRITTEN: Final = frozenset({"police", "personnel", "staff", "troops", "people", "militia", "crew", "forces", "others", "security", "taliban", "mujahideen", "family", "youths"})
# Heads that say the counted people are the attackers (FIGURES.md section 3).
PERPETRATOR_HEADS: Final = frozenset({
    "assailant", "attacker", "gunman", "bomber", "hijacker", "terrorist", "militant", "insurgent",
    "perpetrator", "kidnapper", "abductor", "militiaman", "rebel", "guerrilla", "guerilla",
    "suspect", "robber", "jihadist", "extremist", "fighter", "raider", "infiltrator", "shooter",
    "bandit", "criminal", "intruder", "attacker", "mujahideen", "taliban", "separatist",
    "combatant", "subversive", "terrorists", "killer", "gang", "gangster", "narco", "pirate", "accomplice",
})
# Heads that name no particular group: a later specific figure may break these down.
GENERIC_HEADS: Final = frozenset({"person", "people", "victim", "other", "individual", "casualty", "civilian", "one"})
# Cues that a figure adds to earlier ones rather than restating them.
ADDITIVE_CUES: Final = frozenset({"also", "another", "more", "additional", "further", "separately", "second", "addition", "too", "besides",
                           "third", "fourth", "fifth", "sixth", "elsewhere"})
SUBGROUP_CUES: Final = frozenset({"including", "includes", "included", "include"})

# The people a kidnapping takes.
HOSTAGE_HEADS: Final = frozenset({"hostage", "captive", "abductee", "prisoner", "detainee"})


# places an article counts before naming each one ("attacked two farming villages", "Shootouts
# and massacres in three Mexican states left at least 24 people dead")
PLACES_COUNTED: Final = (
    r"(?:two|three|four|five|six|several|multiple|many|various|\d+)\s+"
    # ("three northern and central Nigerian states")
    r"(?:(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)\s+and\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:villages|towns|cities|districts|provinces|regions|areas|locations|places|prisons|camps|neighbou?rhoods|sites|states|counties)\b")
PLACES_COUNTED_RE: Final = re.compile(r"\b" + PLACES_COUNTED)


# verbs of a count that went up ("the toll rose to 31")
RISE_VERBS: Final = frozenset({"rose", "risen", "climbed", "increased", "jumped", "mounted", "soared", "grew"})
# gerunds of a count raising a toll ("..., bringing the number of dead to 31")
TOLL_RAISING_GERUNDS: Final = frozenset({"bringing", "raising", "pushing", "taking", "lifting"})
# and their finite forms ("The new deaths bring the death toll to 2,163")
TOLL_RAISING_VERBS: Final = frozenset({"bring", "brings", "brought", "raise", "raises", "raised", "push", "pushes", "pushed",
                                       "take", "takes", "took"})


# a count summed over incidents ("killed in separate attacks across Guerrero over the weekend")
INCIDENTS_COUNTED_RE: Final = re.compile(
    r"\b(?:separate|different|various|multiple|a\s+series\s+of|a\s+spate\s+of|a\s+wave\s+of|a\s+string\s+of)\s+(?:[\w-]+\s+){0,1}"
    r"(?:attacks|incidents|shootings|killings|clashes|raids|operations|ambushes|bombings|violence)\b"
    # "killed in armed attacks across Guatemala over the weekend"
    r"|\b(?:attacks|incidents|shootings|killings|clashes|raids|violence)\s+across\s+\w+"
    # "At least 12 people were killed in fresh violence in Kenya over the weekend"
    r"|\b(?:fresh|renewed|new|escalating|spreading|sectarian|ethnic|tribal|post-election|political)\s+violence\s+in\s+\w+"
    # "as violence elsewhere in Iraq claimed at least 21 more lives"
    r"|\b(?:violence|attacks|fighting|clashes)\s+elsewhere\s+in\s+\w+"
    # "killed in attacks in central and southern Somalia", "in raids in the north and east of the country"
    r"|\b(?:attacks|incidents|shootings|killings|clashes|raids|bombings|ambushes|airstrikes|strikes)\s+(?:in|across)\s+(?:the\s+)?"
    r"(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)\s+and\s+(?:the\s+)?"
    r"(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)\b")
# a count that says it leaves the attackers out: "The 41 dead did not include the attacker",
# "Nineteen people were killed, not including the attackers"
TOLL_EXCLUDES_ATTACKERS_RE: Final = re.compile(
    r"\b(?:(?:did|does|do)\s+not\s+include|excluding|not\s+including|not\s+counting|excludes|excluded)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}?(?:assailants?|attackers?|bombers?|gunm[ae]n|perpetrators?)\b", re.IGNORECASE)
# a sentence telling a separate incident ("Separately, police said they had shot dead two militants")
SEPARATE_OPENERS: Final = ("Separately", "SEPARATELY", "In a separate", "IN A SEPARATE")
