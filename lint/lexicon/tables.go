// Code generated from lexicons.txt by TestTablesMatchLexicons; DO NOT EDIT.
// Regenerate with: go generate ./lint/lexicon

package lexicon

// listNames are the lists of lexicons.txt, sorted.
var listNames = [...]string{
	"abbreviation",
	"abbreviation-title",
	"abstract",
	"abstract-object",
	"abstract-verb",
	"action-noun",
	"action-verb",
	"audience-generic",
	"audience-not-after",
	"audience-qualifier",
	"audience-specific",
	"be-form",
	"benefit-outcome",
	"benefit-verb",
	"buzzwords",
	"changelog-name",
	"definition-head",
	"differentiation",
	"feature-section",
	"file-mission",
	"file-vision",
	"future",
	"heading-companion",
	"heading-explains",
	"heading-mission",
	"heading-not-vision",
	"heading-prefix",
	"heading-summary",
	"heading-tail",
	"heading-vision",
	"hedge",
	"imagery",
	"irregular-participle",
	"kind-weak",
	"means-marker",
	"meta-label",
	"meta-opening",
	"mission-operation",
	"note-opening",
	"other-topic",
	"owner",
	"placeholder",
	"placeholder-note",
	"purpose",
	"ranking",
	"scale",
	"state-article",
	"statement-cue-mission",
	"statement-cue-vision",
	"stopword",
	"tech",
	"template-instruction",
	"vision-feature",
	"weak-verbs",
	"weasel-words",
}

// listInflect tells which lists match their entries' inflected forms.
var listInflect = [...]bool{
	false, // abbreviation
	false, // abbreviation-title
	false, // abstract
	false, // abstract-object
	true,  // abstract-verb
	false, // action-noun
	true,  // action-verb
	false, // audience-generic
	false, // audience-not-after
	false, // audience-qualifier
	false, // audience-specific
	false, // be-form
	false, // benefit-outcome
	true,  // benefit-verb
	false, // buzzwords
	false, // changelog-name
	false, // definition-head
	false, // differentiation
	false, // feature-section
	false, // file-mission
	false, // file-vision
	false, // future
	false, // heading-companion
	false, // heading-explains
	false, // heading-mission
	false, // heading-not-vision
	false, // heading-prefix
	false, // heading-summary
	false, // heading-tail
	false, // heading-vision
	false, // hedge
	false, // imagery
	false, // irregular-participle
	false, // kind-weak
	false, // means-marker
	false, // meta-label
	false, // meta-opening
	false, // mission-operation
	false, // note-opening
	false, // other-topic
	false, // owner
	false, // placeholder
	false, // placeholder-note
	false, // purpose
	false, // ranking
	false, // scale
	false, // state-article
	false, // statement-cue-mission
	false, // statement-cue-vision
	false, // stopword
	false, // tech
	false, // template-instruction
	false, // vision-feature
	false, // weak-verbs
	false, // weasel-words
}

// listEntries are each list's entries as written, sorted.
var listEntries = [...][]string{
	{ // abbreviation
		"al",
		"approx",
		"ca",
		"cf",
		"co",
		"corp",
		"dept",
		"dr",
		"e.g",
		"est",
		"etc",
		"fig",
		"gov",
		"i.e",
		"inc",
		"incl",
		"jr",
		"llc",
		"ltd",
		"mr",
		"mrs",
		"ms",
		"mt",
		"no",
		"prof",
		"sr",
		"st",
		"univ",
		"viz",
		"vs",
	},
	{ // abbreviation-title
		"approx",
		"ca",
		"cf",
		"dr",
		"e.g",
		"i.e",
		"incl",
		"mr",
		"mrs",
		"ms",
		"mt",
		"prof",
		"st",
		"viz",
		"vs",
	},
	{ // abstract
		"alignment",
		"capabilities",
		"capability",
		"commitment",
		"competitiveness",
		"effectiveness",
		"efficiency",
		"empowerment",
		"engagement",
		"excellence",
		"experience",
		"experiences",
		"growth",
		"impact",
		"innovation",
		"integrity",
		"leadership",
		"opportunities",
		"opportunity",
		"optimization",
		"performance",
		"potential",
		"productivity",
		"quality",
		"solutions",
		"stakeholder",
		"stakeholders",
		"success",
		"sustainability",
		"synergy",
		"transformation",
		"value",
	},
	{ // abstract-object
		"a future",
		"change",
		"culture",
		"difference",
		"excellence",
		"future",
		"growth",
		"impact",
		"life",
		"lives",
		"opportunities",
		"opportunity",
		"results",
		"success",
		"the future",
		"tomorrow",
		"value",
		"way",
		"ways",
		"world",
	},
	{ // abstract-verb
		"accelerate",
		"advance",
		"aim",
		"be",
		"become",
		"bring",
		"catalyse",
		"catalyze",
		"champion",
		"change",
		"drive",
		"empower",
		"enable",
		"encourage",
		"enhance",
		"ensure",
		"foster",
		"grow",
		"help",
		"improve",
		"inspire",
		"promote",
		"revolutionise",
		"revolutionize",
		"seek",
		"serve",
		"shape",
		"strengthen",
		"strive",
		"support",
		"transform",
	},
	{ // action-noun
		"adoption",
		"construction",
		"deployment",
		"design",
		"development",
		"distribution",
		"education",
		"engineering",
		"formation",
		"giving",
		"maintenance",
		"manufacturing",
		"provision",
		"provisioning",
		"publishing",
		"research",
		"training",
	},
	{ // action-verb
		"advocate",
		"analyse",
		"analyze",
		"archive",
		"audit",
		"automate",
		"build",
		"bundle",
		"campaign",
		"certify",
		"clean",
		"coach",
		"code",
		"collect",
		"combine",
		"conserve",
		"convert",
		"create",
		"cultivate",
		"curate",
		"deliver",
		"deploy",
		"design",
		"develop",
		"digitise",
		"digitize",
		"distribute",
		"donate",
		"educate",
		"establish",
		"feed",
		"finance",
		"fund",
		"gather",
		"give",
		"grant",
		"host",
		"house",
		"index",
		"inspect",
		"install",
		"integrate",
		"invest",
		"launch",
		"lend",
		"license",
		"lobby",
		"maintain",
		"manufacture",
		"map",
		"match",
		"measure",
		"mentor",
		"mobilise",
		"mobilize",
		"monitor",
		"network",
		"offer",
		"open-source",
		"operate",
		"organise",
		"organize",
		"own",
		"partner",
		"plant",
		"pool",
		"produce",
		"program",
		"provide",
		"publish",
		"recruit",
		"recycle",
		"repair",
		"rescue",
		"restore",
		"review",
		"run",
		"sell",
		"ship",
		"source",
		"synchronise",
		"synchronize",
		"teach",
		"test",
		"track",
		"train",
		"translate",
		"undertake",
		"unify",
		"write",
	},
	{ // audience-generic
		"all",
		"anybody",
		"anyone",
		"business",
		"businesses",
		"client",
		"clients",
		"communities",
		"community",
		"companies",
		"countries",
		"customer",
		"customers",
		"enterprises",
		"everybody",
		"everyone",
		"government",
		"government entities",
		"human beings",
		"humanity",
		"humanity's",
		"humankind",
		"humans",
		"individual",
		"individuals",
		"institutions",
		"life",
		"lives",
		"mankind",
		"mankind's",
		"nations",
		"no one",
		"nobody",
		"organisation",
		"organisations",
		"organization",
		"organizations",
		"people",
		"person",
		"persons",
		"public good",
		"society",
		"stakeholders",
		"the planet",
		"the public",
		"the public good",
		"the world",
		"the world's",
		"user",
		"users",
		"you",
	},
	{ // audience-not-after
		"best",
		"biggest",
		"first",
		"into",
		"largest",
		"leading",
		"most",
		"top",
	},
	{ // audience-qualifier
		"adult",
		"agency",
		"aspiring",
		"b2b",
		"blind",
		"busy",
		"care",
		"creative",
		"data",
		"deaf",
		"developer",
		"disabled",
		"e-commerce",
		"elderly",
		"enterprise",
		"family",
		"family-owned",
		"finance",
		"first-time",
		"front-line",
		"frontline",
		"government",
		"healthcare",
		"home",
		"hr",
		"independent",
		"indie",
		"it",
		"junior",
		"local",
		"low-income",
		"marginalised",
		"marginalized",
		"medium-sized",
		"mid-sized",
		"neighborhood",
		"neighbourhood",
		"new",
		"non-profit",
		"nonprofit",
		"older",
		"online",
		"open-source",
		"professional",
		"public-sector",
		"regional",
		"remote",
		"research",
		"retail",
		"rural",
		"saas",
		"senior",
		"small",
		"software",
		"student",
		"tech",
		"technical",
		"underserved",
		"urban",
		"vulnerable",
		"working",
		"young",
	},
	{ // audience-specific
		"20-somethings",
		"academics",
		"accountants",
		"administrators",
		"admins",
		"agencies",
		"analysts",
		"apprentices",
		"artists",
		"athletes",
		"authors",
		"boys",
		"brands",
		"buyers",
		"caregivers",
		"carers",
		"charities",
		"child",
		"children",
		"cities",
		"citizens",
		"clinician",
		"clinicians",
		"clinics",
		"communities of",
		"commuter",
		"commuters",
		"companies that",
		"consumers",
		"contributor",
		"contributors",
		"cooks",
		"craftspeople",
		"creator",
		"creators",
		"customer segment",
		"cyclists",
		"designer",
		"designers",
		"developer",
		"developers",
		"doctor",
		"doctors",
		"dog owners",
		"donors",
		"drivers",
		"educators",
		"employees",
		"employers",
		"engineer",
		"engineering teams",
		"engineers",
		"enterprises",
		"entrepreneurs",
		"executives",
		"faculty",
		"families",
		"fans",
		"farmers",
		"founders",
		"freelancers",
		"gamers",
		"gardeners",
		"girls",
		"governments",
		"growers",
		"hobbyists",
		"homeowners",
		"hospitals",
		"household",
		"households",
		"investor",
		"investors",
		"journalists",
		"kids",
		"landlords",
		"lawyers",
		"leaders",
		"learner",
		"learners",
		"libraries",
		"listeners",
		"maintainers",
		"makers",
		"managers",
		"market traders",
		"marketers",
		"member",
		"members",
		"men",
		"merchants",
		"millennials",
		"municipalities",
		"musicians",
		"non-profits",
		"nonprofits",
		"nurse",
		"nurses",
		"open source communities",
		"open-source communities",
		"operators",
		"parent",
		"parents",
		"patient",
		"patients",
		"patients'",
		"pet owners",
		"pharmacies",
		"pharmacist",
		"pharmacists",
		"photographers",
		"physicians",
		"players",
		"practitioners",
		"product managers",
		"product teams",
		"professionals",
		"programmers",
		"publishers",
		"readers",
		"renters",
		"researcher",
		"researchers",
		"residents",
		"restaurants",
		"retailers",
		"retirees",
		"riders",
		"rotarians",
		"runners",
		"sales teams",
		"scholars",
		"schools",
		"scientist",
		"scientists",
		"sellers",
		"seniors",
		"shopkeepers",
		"shoppers",
		"small business",
		"small businesses",
		"smbs",
		"software companies",
		"specialists",
		"stallholders",
		"startup",
		"startups",
		"student",
		"students",
		"subscribers",
		"support teams",
		"sysadmins",
		"teacher",
		"teachers",
		"teams",
		"teenagers",
		"teens",
		"tenants",
		"testers",
		"tourists",
		"trader",
		"traders",
		"travelers",
		"travellers",
		"universities",
		"vendor",
		"vendors",
		"veterans",
		"viewers",
		"volunteers",
		"women",
		"workers",
		"writers",
		"young people",
		"youth",
	},
	{ // be-form
		"am",
		"are",
		"are being",
		"be",
		"been",
		"being",
		"get",
		"gets",
		"got",
		"is",
		"is being",
		"was",
		"were",
	},
	{ // benefit-outcome
		"ability",
		"access to",
		"accessible",
		"affordable",
		"benefit",
		"better",
		"cheaper",
		"cleaner",
		"competitive",
		"confidence",
		"connected",
		"dignity",
		"easier",
		"empowered",
		"fairer",
		"faster",
		"fewer",
		"for the benefit of",
		"for the better",
		"free access",
		"freedom",
		"goodwill",
		"greener",
		"happier",
		"health",
		"healthier",
		"healthy",
		"human rights",
		"inclusive",
		"independence",
		"informed",
		"informed decisions",
		"insights",
		"joy",
		"knowledge",
		"less",
		"lowest",
		"more time",
		"on time",
		"opportunities",
		"opportunity",
		"peace of mind",
		"perfect",
		"potential",
		"productive",
		"prosperity",
		"quality of life",
		"richer",
		"rights",
		"safe",
		"safer",
		"safety",
		"simpler",
		"smarter",
		"stronger",
		"success",
		"suffering",
		"the benefit of",
		"trustworthy",
		"understanding",
		"usable",
		"useful",
		"viable",
		"well-being",
		"wellbeing",
	},
	{ // benefit-verb
		"accelerate",
		"access",
		"achieve",
		"advance",
		"afford",
		"alleviate",
		"avoid",
		"belong",
		"benefit",
		"boost",
		"celebrate",
		"combat",
		"connect",
		"conserve",
		"create value",
		"cure",
		"cut",
		"decide",
		"discover",
		"earn",
		"ease",
		"educate",
		"eliminate",
		"empower",
		"enable",
		"end",
		"enhance",
		"enjoy",
		"eradicate",
		"explore",
		"feed",
		"fight",
		"find",
		"flourish",
		"free",
		"fulfil",
		"fulfill",
		"heal",
		"help",
		"house",
		"improve",
		"increase",
		"inspire",
		"keep",
		"learn",
		"liberate",
		"live",
		"lower",
		"meet",
		"nurture",
		"overcome",
		"prevent",
		"prosper",
		"protect",
		"reach",
		"realise",
		"realize",
		"recover",
		"reduce",
		"relieve",
		"remove",
		"restore",
		"safeguard",
		"save",
		"secure",
		"simplify",
		"solve",
		"stay",
		"strengthen",
		"succeed",
		"tackle",
		"thrive",
		"treat",
		"understand",
		"unlock",
		"win",
	},
	{ // buzzwords
		"actionable insights",
		"agile",
		"ai-driven",
		"ai-powered",
		"best practices",
		"best-in-class",
		"bleeding-edge",
		"blockchain-enabled",
		"core competencies",
		"customer-centric",
		"cutting-edge",
		"data-driven",
		"digital transformation",
		"disrupt",
		"disruptive",
		"dynamic",
		"ecosystem",
		"empowerment",
		"end-to-end",
		"excellence",
		"first-class",
		"frictionless",
		"future-proof",
		"game changer",
		"game-changing",
		"holistic",
		"hyper-personalized",
		"impactful",
		"innovation",
		"innovative",
		"leading-edge",
		"leverage",
		"leverages",
		"leveraging",
		"mission-critical",
		"move the needle",
		"next-gen",
		"next-generation",
		"omnichannel",
		"one-stop shop",
		"one-stop-shop",
		"optimise",
		"optimize",
		"paradigm",
		"paradigm shift",
		"passionate",
		"premier",
		"revolutionary",
		"revolutionise",
		"revolutionize",
		"robust",
		"scalable",
		"seamless",
		"seamlessly",
		"solution provider",
		"solutions",
		"state-of-the-art",
		"streamline",
		"synergies",
		"synergistic",
		"synergy",
		"thought leader",
		"thought leadership",
		"top-notch",
		"transformative",
		"turnkey",
		"unmatched",
		"unparalleled",
		"unrivaled",
		"unrivalled",
		"user-centric",
		"value-added",
		"visionary",
		"win-win",
		"world's leading",
		"world-class",
	},
	{ // changelog-name
		"change log",
		"changelog",
		"changes",
		"history",
		"news",
		"release history",
		"release notes",
		"releases",
	},
	{ // definition-head
		"declaration",
		"definition",
		"description",
		"sentence",
		"statement",
		"summary",
	},
	{ // differentiation
		"a fraction of",
		"alternative to",
		"beyond",
		"compared to",
		"compared with",
		"different from",
		"except",
		"fewer",
		"first",
		"in half",
		"instead of",
		"no more",
		"no need to",
		"not just",
		"not only",
		"only",
		"patented",
		"proprietary",
		"rather than",
		"replacing",
		"than",
		"the only",
		"uniquely",
		"unlike",
		"unlike other",
		"versus",
		"vs",
		"whereas",
		"without",
	},
	{ // feature-section
		"api",
		"apis",
		"capabilities",
		"changelog",
		"commands",
		"components",
		"configuration",
		"definitions",
		"endpoints",
		"extensions",
		"feature list",
		"features",
		"functionality",
		"functions",
		"gameplay",
		"getting started",
		"glossary",
		"glossary of terms",
		"inputs",
		"installation",
		"integrations",
		"key features",
		"key terms",
		"levels",
		"modalities",
		"models",
		"modules",
		"options",
		"plugins",
		"quests",
		"release notes",
		"requirements",
		"settings",
		"setup",
		"supported models",
		"terminology",
		"tools",
		"troubleshooting",
		"usage",
		"what's new",
	},
	{ // file-mission
		"mision",
		"missao",
		"missie",
		"mission",
		"mission statement",
		"missione",
	},
	{ // file-vision
		"visao",
		"visie",
		"vision",
		"vision statement",
		"visione",
	},
	{ // future
		"a future in which",
		"a future where",
		"a future with",
		"a world in which",
		"a world where",
		"a world with",
		"a world without",
		"aim to be",
		"aims to be",
		"become",
		"becomes",
		"becoming",
		"dream",
		"envision",
		"envisioned",
		"envisions",
		"eventually",
		"for generations",
		"future",
		"generations to come",
		"imagine",
		"in which every",
		"in which everyone",
		"never again",
		"no longer",
		"one day",
		"shall",
		"some day",
		"someday",
		"the day when",
		"tomorrow",
		"ultimately",
		"we see a world",
		"where all",
		"where every",
		"where everyone",
		"where no",
		"where no one",
		"where nobody",
		"will",
		"will be",
		"will have",
	},
	{ // heading-companion
		"and",
		"approach",
		"beliefs",
		"culture",
		"doelen",
		"e",
		"ed",
		"en",
		"estrategia",
		"et",
		"goal",
		"goals",
		"how",
		"obiettivi",
		"objectifs",
		"objectives",
		"objetivos",
		"principes",
		"principi",
		"principios",
		"principles",
		"prinzipien",
		"statement",
		"statements",
		"strategia",
		"strategie",
		"strategies",
		"strategy",
		"tenets",
		"und",
		"valeurs",
		"valores",
		"valori",
		"value",
		"values",
		"waarden",
		"we",
		"werte",
		"what",
		"work",
		"y",
		"ziele",
	},
	{ // heading-explains
		"craft",
		"crafting",
		"create",
		"creating",
		"define",
		"defining",
		"difference between",
		"differences between",
		"draft",
		"drafting",
		"example",
		"examples",
		"guide",
		"guidelines",
		"how can",
		"how do",
		"how does",
		"how should",
		"how to",
		"how we write",
		"how we wrote",
		"importance of",
		"sample",
		"samples",
		"template",
		"templates",
		"tips",
		"understanding",
		"what are",
		"what does",
		"what is",
		"what makes",
		"what should",
		"what's",
		"when to",
		"where to",
		"who is",
		"why a",
		"why an",
		"why are",
		"why do",
		"why does",
		"why is",
		"why it",
		"why should",
		"why the",
		"why this",
		"why you",
		"why your",
		"write",
		"writing",
	},
	{ // heading-mission
		"auftrag",
		"charter",
		"declaracao de missao",
		"declaracion de mision",
		"declaration de mission",
		"dichiarazione di missione",
		"leitbild",
		"mision",
		"missao",
		"missie",
		"missieverklaring",
		"mission",
		"mission statement",
		"missione",
		"missions",
		"our purpose",
		"proposito",
		"purpose",
		"raison d'etre",
		"raison d'être",
		"reason for being",
		"why",
		"why we are here",
		"why we exist",
		"why we're here",
	},
	{ // heading-not-vision
		"3d",
		"ai",
		"artificial",
		"binocular",
		"blurred",
		"blurry",
		"color",
		"colour",
		"computer",
		"double",
		"embedded",
		"low",
		"machine",
		"multimodal",
		"night",
		"peripheral",
		"robot",
		"robotic",
		"stereo",
		"television",
		"thermal",
		"tunnel",
		"tv",
		"x-ray",
	},
	{ // heading-prefix
		"a",
		"adopted",
		"agency",
		"agreed",
		"alliance",
		"approved",
		"as",
		"association",
		"brand",
		"business",
		"center",
		"centre",
		"charity",
		"club",
		"co-op",
		"collective",
		"community",
		"company",
		"cooperative",
		"core",
		"corporate",
		"council",
		"current",
		"das",
		"de",
		"department",
		"der",
		"die",
		"division",
		"draft",
		"el",
		"engineering",
		"final",
		"firm",
		"foundation",
		"group",
		"guiding",
		"guild",
		"het",
		"il",
		"initiative",
		"institute",
		"la",
		"lab",
		"laboratory",
		"las",
		"le",
		"les",
		"library",
		"lo",
		"long-term",
		"los",
		"museum",
		"my",
		"network",
		"new",
		"nos",
		"nossa",
		"nossas",
		"nosso",
		"nossos",
		"nostra",
		"nostre",
		"nostri",
		"nostro",
		"notre",
		"nuestra",
		"nuestras",
		"nuestro",
		"nuestros",
		"o",
		"office",
		"ons",
		"onze",
		"organisation",
		"organisational",
		"organization",
		"organizational",
		"os",
		"our",
		"overall",
		"partnership",
		"platform",
		"product",
		"program",
		"programme",
		"project",
		"proposed",
		"refreshed",
		"revised",
		"school",
		"service",
		"shared",
		"society",
		"startup",
		"stated",
		"strategic",
		"studio",
		"team",
		"technical",
		"the",
		"true",
		"trust",
		"union",
		"unit",
		"unser",
		"unsere",
		"unserer",
		"updated",
	},
	{ // heading-summary
		"about",
		"abstract",
		"at a glance",
		"elevator pitch",
		"in a nutshell",
		"in brief",
		"in short",
		"intro",
		"introduction",
		"nutshell",
		"one liner",
		"one-liner",
		"overview",
		"short version",
		"statement",
		"summary",
		"synopsis",
		"the short version",
		"tl;dr",
		"tldr",
	},
	{ // heading-tail
		"at",
		"da",
		"de",
		"degli",
		"dei",
		"del",
		"della",
		"delle",
		"dello",
		"der",
		"des",
		"di",
		"do",
		"dos",
		"du",
		"for",
		"fur",
		"of",
		"para",
		"per",
		"pour",
		"van",
		"von",
		"voor",
	},
	{ // heading-vision
		"big picture",
		"dream",
		"envisioned future",
		"north star",
		"northstar",
		"our dream",
		"visao",
		"visie",
		"vision",
		"vision statement",
		"visione",
		"visions",
	},
	{ // hedge
		"aim to",
		"aims to",
		"arguably",
		"as appropriate",
		"as far as possible",
		"as much as possible",
		"attempt to",
		"attempts to",
		"could",
		"endeavor to",
		"endeavour to",
		"fairly",
		"generally",
		"hope that",
		"hope to",
		"hopefully",
		"if appropriate",
		"if feasible",
		"if possible",
		"if practical",
		"in some cases",
		"intend to",
		"kind of",
		"largely",
		"likely",
		"may",
		"maybe",
		"might",
		"more or less",
		"mostly",
		"perhaps",
		"plan to",
		"possibly",
		"potentially",
		"quite",
		"rather",
		"relatively",
		"seek to",
		"seeks to",
		"somewhat",
		"sort of",
		"strive to",
		"strives to",
		"to a certain degree",
		"to some extent",
		"tries to",
		"try to",
		"want to",
		"we believe",
		"we feel",
		"we think",
		"when possible",
		"whenever possible",
		"where appropriate",
		"where feasible",
		"where possible",
		"where practicable",
		"where practical",
		"wish to",
		"would",
	},
	{ // imagery
		"beach",
		"bed",
		"bike",
		"book",
		"books",
		"bus",
		"car",
		"child",
		"children",
		"city",
		"classroom",
		"day",
		"desk",
		"dinner",
		"door",
		"evening",
		"families",
		"family",
		"farm",
		"ferry",
		"field",
		"forest",
		"garden",
		"hands",
		"harbour",
		"home",
		"hospital",
		"hours",
		"kitchen",
		"laugh",
		"light",
		"market",
		"meal",
		"miles",
		"minutes",
		"morning",
		"neighborhood",
		"neighbourhood",
		"night",
		"phone",
		"river",
		"roof",
		"school",
		"screen",
		"shop",
		"smile",
		"stall",
		"street",
		"table",
		"town",
		"trail",
		"train",
		"village",
		"water",
		"winter",
	},
	{ // irregular-participle
		"begun",
		"born",
		"borne",
		"bought",
		"broken",
		"brought",
		"built",
		"caught",
		"chosen",
		"done",
		"drawn",
		"driven",
		"fallen",
		"forgotten",
		"found",
		"frozen",
		"given",
		"grown",
		"heard",
		"held",
		"hidden",
		"kept",
		"known",
		"led",
		"left",
		"lost",
		"made",
		"meant",
		"met",
		"paid",
		"put",
		"read",
		"ridden",
		"risen",
		"run",
		"said",
		"seen",
		"sent",
		"set",
		"shaken",
		"shown",
		"sold",
		"spent",
		"spoken",
		"stolen",
		"taken",
		"taught",
		"thought",
		"thrown",
		"told",
		"torn",
		"understood",
		"won",
		"worn",
		"woven",
		"written",
	},
	{ // kind-weak
		"auftrag",
		"charter",
		"proposito",
		"purpose",
		"raison d'etre",
		"raison d'être",
		"reason for being",
		"why",
		"why we are here",
		"why we exist",
		"why we're here",
	},
	{ // means-marker
		"act as",
		"acting as",
		"acts as",
		"based on",
		"by",
		"by means of",
		"in partnership with",
		"powered by",
		"thanks to",
		"through",
		"using",
		"via",
		"we achieve this",
		"we do this",
		"we will achieve this",
		"with the help of",
		"work alongside",
		"work with",
		"working alongside",
		"working together with",
		"working with",
		"works with",
	},
	{ // meta-label
		"approved",
		"approvers",
		"audience",
		"author",
		"authors",
		"categories",
		"category",
		"caution",
		"contact",
		"created",
		"date",
		"draft",
		"hint",
		"hints",
		"last modified",
		"last reviewed",
		"last updated",
		"modified",
		"name",
		"note",
		"notes",
		"owner",
		"owners",
		"priority",
		"product name",
		"reviewed",
		"reviewers",
		"see also",
		"source",
		"stakeholders",
		"status",
		"tags",
		"tip",
		"tips",
		"tl;dr",
		"tldr",
		"type",
		"updated",
		"version",
		"warning",
	},
	{ // meta-opening
		"above",
		"below",
		"for details",
		"for more",
		"here we",
		"here you",
		"in this article",
		"in this document",
		"in this guide",
		"in this page",
		"in this section",
		"learn more",
		"more details",
		"more information",
		"on this page",
		"read on",
		"see also",
		"see the",
		"the following",
		"this article",
		"this briefing",
		"this chapter",
		"this directory",
		"this document",
		"this example",
		"this file",
		"this folder",
		"this guide",
		"this is an overview",
		"this is where",
		"this memo",
		"this overview",
		"this page",
		"this paper",
		"this plan",
		"this post",
		"this proposal",
		"this pull request",
		"this readme",
		"this repo",
		"this report",
		"this repository",
		"this rfc",
		"this section",
		"this site",
		"this spec",
		"this specification",
		"this template",
		"this tutorial",
		"this website",
		"this wiki",
		"welcome to",
	},
	{ // mission-operation
		"altitude",
		"astronaut",
		"astronauts",
		"booster",
		"countdown",
		"crewed",
		"docking",
		"flyby",
		"lander",
		"launch",
		"launched",
		"launches",
		"liftoff",
		"lunar",
		"orbit",
		"orbital",
		"orbiter",
		"orbits",
		"payload",
		"payloads",
		"probe",
		"re-entry",
		"reconnaissance",
		"reentry",
		"rocket",
		"rockets",
		"rover",
		"satellite",
		"satellites",
		"sortie",
		"spacecraft",
		"spaceflight",
		"splashdown",
		"squadron",
		"telemetry",
		"telescope",
		"trajectory",
		"waypoint",
	},
	{ // note-opening
		"none",
		"not",
		"nothing",
	},
	{ // other-topic
		"acknowledgements",
		"agenda",
		"alternatives",
		"appendix",
		"architecture",
		"assumptions",
		"background",
		"backlog",
		"benefits",
		"changelog",
		"changes",
		"competitive landscape",
		"competitors",
		"constraints",
		"contact",
		"context",
		"contributing",
		"credits",
		"deliverables",
		"faq",
		"feature",
		"features",
		"glossary",
		"goal",
		"goals",
		"history",
		"installation",
		"kpis",
		"license",
		"metrics",
		"milestone",
		"milestones",
		"minutes",
		"motivation",
		"next steps",
		"non goals",
		"non-goals",
		"objective",
		"objectives",
		"okr",
		"okrs",
		"open questions",
		"personas",
		"plan",
		"plans",
		"pricing",
		"priorities",
		"problem",
		"problem statement",
		"references",
		"release notes",
		"releases",
		"requirements",
		"risks",
		"roadmap",
		"schedule",
		"scope",
		"steps",
		"success criteria",
		"success metrics",
		"target",
		"target users",
		"targets",
		"tasks",
		"team",
		"timeline",
		"to-do",
		"todo",
		"usage",
		"use cases",
		"user stories",
	},
	{ // owner
		"her",
		"his",
		"its",
		"my",
		"nos",
		"nossa",
		"nossas",
		"nosso",
		"nossos",
		"nostra",
		"nostre",
		"nostri",
		"nostro",
		"notre",
		"nuestra",
		"nuestras",
		"nuestro",
		"nuestros",
		"ons",
		"onze",
		"our",
		"their",
		"unser",
		"unsere",
		"unserer",
	},
	{ // placeholder
		"coming soon",
		"company name",
		"company x",
		"dolor sit amet",
		"fixme",
		"insert here",
		"ipsum",
		"lorem",
		"lorem ipsum",
		"placeholder",
		"product name",
		"product x",
		"tba",
		"tbc",
		"tbd",
		"to be defined",
		"to be determined",
		"to be written",
		"todo",
		"xxx",
		"your company",
		"your product",
	},
	{ // placeholder-note
		"being edited",
		"being revised",
		"being written",
		"em construcao",
		"en construccion",
		"en construction",
		"follows later",
		"follows soon",
		"in aanbouw",
		"in bearbeitung",
		"in costruzione",
		"in preparation",
		"in progress",
		"not yet written",
		"to come",
		"to follow",
		"under construction",
		"will follow",
		"work in progress",
	},
	{ // purpose
		"because",
		"for the benefit of",
		"in order to",
		"so people can",
		"so that",
		"so they can",
		"so you can",
		"that helps",
		"that lets",
		"to allow",
		"to enable",
		"to ensure",
		"to give",
		"to help",
		"to make",
		"which means",
	},
	{ // ranking
		"#1",
		"best",
		"best-loved",
		"biggest",
		"dominant",
		"favorite",
		"favourite",
		"first choice",
		"first-choice",
		"foremost",
		"go-to",
		"highest-rated",
		"largest",
		"leader",
		"leading",
		"market leader",
		"most",
		"number 1",
		"number one",
		"number-one",
		"pre-eminent",
		"preeminent",
		"preferred",
		"premier",
		"top",
		"top-ranked",
		"top-rated",
	},
	{ // scale
		"all",
		"always",
		"any",
		"billion",
		"billions",
		"continent",
		"country",
		"every",
		"everybody",
		"everyone",
		"generation",
		"generations",
		"global",
		"humanity",
		"million",
		"millions",
		"nation",
		"nations",
		"never",
		"no one",
		"nobody",
		"planet",
		"world",
		"world's",
		"worldwide",
	},
	{ // state-article
		"#1",
		"a",
		"america's",
		"americas",
		"an",
		"at",
		"earth's",
		"first",
		"home",
		"no",
		"number",
		"one",
		"part",
		"the",
		"world's",
	},
	{ // statement-cue-mission
		"a nossa missao e",
		"a pour mission",
		"abbiamo la missione di",
		"ha come missione",
		"ha la missione di",
		"hebben als missie",
		"heeft als missie",
		"la nostra missione e",
		"nossa missao e",
		"nostra missione e",
		"notre mission consiste",
		"notre mission est",
		"notre raison d'etre est",
		"nous avons pour mission",
		"nuestra mision consiste",
		"nuestra mision es",
		"onze missie is",
		"tem como missao",
		"tem por missao",
		"tenemos como mision",
		"tiene como mision",
		"tiene por mision",
		"unser auftrag ist",
		"unsere mission ist",
	},
	{ // statement-cue-vision
		"a nossa visao e",
		"la nostra visione e",
		"nossa visao e",
		"nostra visione e",
		"notre vision est",
		"nuestra vision es",
		"onze visie is",
		"our north star is",
		"unsere vision ist",
	},
	{ // stopword
		"a",
		"all",
		"an",
		"and",
		"any",
		"are",
		"as",
		"at",
		"be",
		"been",
		"being",
		"but",
		"by",
		"can",
		"could",
		"did",
		"do",
		"does",
		"each",
		"every",
		"for",
		"from",
		"how",
		"in",
		"into",
		"is",
		"it",
		"its",
		"less",
		"may",
		"might",
		"mission",
		"more",
		"most",
		"must",
		"no",
		"not",
		"of",
		"on",
		"or",
		"our",
		"own",
		"purpose",
		"shall",
		"should",
		"so",
		"statement",
		"than",
		"that",
		"the",
		"their",
		"them",
		"then",
		"these",
		"they",
		"this",
		"those",
		"through",
		"to",
		"us",
		"vision",
		"was",
		"we",
		"were",
		"what",
		"when",
		"where",
		"which",
		"who",
		"whom",
		"why",
		"will",
		"with",
		"would",
	},
	{ // tech
		"ai",
		"algorithm",
		"algorithms",
		"api",
		"apis",
		"app",
		"application",
		"apps",
		"back end",
		"back-end",
		"backend",
		"blockchain",
		"chatbot",
		"cli",
		"cloud",
		"codebase",
		"dashboard",
		"dashboards",
		"database",
		"device",
		"devices",
		"feature",
		"features",
		"front end",
		"front-end",
		"frontend",
		"integration",
		"integrations",
		"interface",
		"machine learning",
		"microservices",
		"mobile",
		"module",
		"modules",
		"platform",
		"plugin",
		"plugins",
		"portal",
		"real-time",
		"saas",
		"sdk",
		"sensor",
		"sensors",
		"software",
		"system",
		"systems",
		"tool",
		"tools",
		"wearable",
		"wearables",
		"website",
		"widget",
	},
	{ // template-instruction
		"add",
		"articulate",
		"capture",
		"define",
		"describe",
		"document",
		"enter",
		"explain",
		"fill in",
		"give",
		"identify",
		"include",
		"insert",
		"keep",
		"list",
		"outline",
		"provide",
		"replace",
		"specify",
		"state",
		"summarise",
		"summarize",
		"use",
		"write",
	},
	{ // vision-feature
		"api",
		"camera",
		"cameras",
		"capabilities",
		"capability",
		"classification",
		"dataset",
		"datasets",
		"detection",
		"disabled",
		"enabled",
		"encoder",
		"endpoint",
		"feature",
		"features",
		"gpu",
		"image",
		"images",
		"inference",
		"input",
		"inputs",
		"lens",
		"mode",
		"model",
		"models",
		"module",
		"multimodal",
		"ocr",
		"photo",
		"photos",
		"pipeline",
		"pixel",
		"pixels",
		"plugin",
		"plugins",
		"recognition",
		"screenshot",
		"screenshots",
		"segmentation",
		"sensor",
		"sensors",
		"support",
		"supported",
		"supports",
		"tasks",
		"tokens",
		"transformer",
		"transformers",
		"upload",
		"uploads",
		"video",
		"webcam",
	},
	{ // weak-verbs
		"aim to",
		"committed to",
		"dedicated to",
		"endeavor to",
		"enhance",
		"enhances",
		"enhancing",
		"facilitate",
		"facilitates",
		"facilitating",
		"focused on",
		"foster",
		"fostering",
		"fosters",
		"leverage",
		"leverages",
		"leveraging",
		"promote",
		"promotes",
		"promoting",
		"provide",
		"provided",
		"provides",
		"providing",
		"seek to",
		"strive",
		"strives",
		"striving",
		"support",
		"supporting",
		"supports",
		"utilise",
		"utilize",
		"utilizes",
		"utilizing",
		"work to",
		"works to",
	},
	{ // weasel-words
		"a lot of",
		"a number of",
		"amazing",
		"awesome",
		"best",
		"countless",
		"exceptional",
		"extremely",
		"great",
		"high-quality",
		"highly",
		"incredible",
		"leading",
		"lots of",
		"many",
		"most respected",
		"most trusted",
		"number one",
		"numerous",
		"outstanding",
		"premier",
		"really",
		"renowned",
		"several",
		"significantly",
		"substantially",
		"superior",
		"the best",
		"truly",
		"unique",
		"various",
		"very",
		"world-renowned",
	},
}

// tableWords are the words that start an entry of some list, sorted.
var tableWords = [...]string{
	"#1",
	"20",
	"20-somethings",
	"3d",
	"a",
	"abbiamo",
	"ability",
	"about",
	"above",
	"abstract",
	"academics",
	"accelerate",
	"accelerated",
	"accelerateed",
	"accelerateing",
	"accelerates",
	"accelerating",
	"access",
	"accessed",
	"accesses",
	"accessible",
	"accessing",
	"accesss",
	"accountants",
	"achieve",
	"achieved",
	"achieveed",
	"achieveing",
	"achieves",
	"achieving",
	"acknowledgements",
	"act",
	"acting",
	"actionable",
	"acts",
	"add",
	"administrators",
	"admins",
	"adopted",
	"adoption",
	"adult",
	"advance",
	"advanced",
	"advanceed",
	"advanceing",
	"advances",
	"advancing",
	"advocate",
	"advocated",
	"advocateed",
	"advocateing",
	"advocates",
	"advocating",
	"afford",
	"affordable",
	"afforded",
	"affording",
	"affords",
	"agencies",
	"agency",
	"agenda",
	"agile",
	"agreed",
	"ai",
	"ai-driven",
	"ai-powered",
	"aim",
	"aimed",
	"aiming",
	"aims",
	"al",
	"algorithm",
	"algorithms",
	"alignment",
	"all",
	"alleviate",
	"alleviated",
	"alleviateed",
	"alleviateing",
	"alleviates",
	"alleviating",
	"alliance",
	"alternative",
	"alternatives",
	"altitude",
	"always",
	"am",
	"amazing",
	"america's",
	"americas",
	"an",
	"analyse",
	"analysed",
	"analyseed",
	"analyseing",
	"analyses",
	"analysing",
	"analysts",
	"analyze",
	"analyzed",
	"analyzeed",
	"analyzeing",
	"analyzes",
	"analyzing",
	"and",
	"any",
	"anybody",
	"anyone",
	"api",
	"apis",
	"app",
	"appendix",
	"application",
	"apprentices",
	"approach",
	"approved",
	"approvers",
	"approx",
	"apps",
	"architecture",
	"archive",
	"archived",
	"archiveed",
	"archiveing",
	"archives",
	"archiving",
	"are",
	"arguably",
	"articulate",
	"artificial",
	"artists",
	"as",
	"aspiring",
	"association",
	"assumptions",
	"astronaut",
	"astronauts",
	"at",
	"athletes",
	"attempt",
	"attempts",
	"audience",
	"audit",
	"audited",
	"auditing",
	"audits",
	"auditted",
	"auditting",
	"auftrag",
	"author",
	"authors",
	"automate",
	"automated",
	"automateed",
	"automateing",
	"automates",
	"automating",
	"avoid",
	"avoided",
	"avoiding",
	"avoids",
	"awesome",
	"b2b",
	"back",
	"back-end",
	"backend",
	"background",
	"backlog",
	"based",
	"be",
	"beach",
	"because",
	"become",
	"becomed",
	"becomeed",
	"becomeing",
	"becomes",
	"becoming",
	"bed",
	"beed",
	"been",
	"begun",
	"being",
	"beliefs",
	"belong",
	"belonged",
	"belonging",
	"belongs",
	"below",
	"benefit",
	"benefited",
	"benefiting",
	"benefits",
	"benefitted",
	"benefitting",
	"bes",
	"best",
	"best-in-class",
	"best-loved",
	"better",
	"beyond",
	"big",
	"biggest",
	"bike",
	"billion",
	"billions",
	"bing",
	"binocular",
	"bleeding",
	"bleeding-edge",
	"blind",
	"blockchain",
	"blockchain-enabled",
	"blurred",
	"blurry",
	"book",
	"books",
	"boost",
	"boosted",
	"booster",
	"boosting",
	"boosts",
	"born",
	"borne",
	"bought",
	"boys",
	"brand",
	"brands",
	"bring",
	"bringed",
	"bringing",
	"brings",
	"broken",
	"brought",
	"build",
	"builded",
	"building",
	"builds",
	"built",
	"bundle",
	"bundled",
	"bundleed",
	"bundleing",
	"bundles",
	"bundling",
	"bus",
	"business",
	"businesses",
	"busy",
	"but",
	"buyers",
	"by",
	"ca",
	"camera",
	"cameras",
	"campaign",
	"campaigned",
	"campaigning",
	"campaigns",
	"can",
	"capabilities",
	"capability",
	"capture",
	"car",
	"care",
	"caregivers",
	"carers",
	"catalyse",
	"catalysed",
	"catalyseed",
	"catalyseing",
	"catalyses",
	"catalysing",
	"catalyze",
	"catalyzed",
	"catalyzeed",
	"catalyzeing",
	"catalyzes",
	"catalyzing",
	"categories",
	"category",
	"caught",
	"caution",
	"celebrate",
	"celebrated",
	"celebrateed",
	"celebrateing",
	"celebrates",
	"celebrating",
	"center",
	"centre",
	"certified",
	"certifies",
	"certify",
	"certifyed",
	"certifying",
	"certifys",
	"cf",
	"champion",
	"championed",
	"championing",
	"champions",
	"change",
	"changed",
	"changeed",
	"changeing",
	"changelog",
	"changes",
	"changing",
	"charities",
	"charity",
	"charter",
	"chatbot",
	"cheaper",
	"child",
	"children",
	"chosen",
	"cities",
	"citizens",
	"city",
	"classification",
	"classroom",
	"clean",
	"cleaned",
	"cleaner",
	"cleaning",
	"cleans",
	"cli",
	"client",
	"clients",
	"clinician",
	"clinicians",
	"clinics",
	"cloud",
	"club",
	"co",
	"co-op",
	"coach",
	"coached",
	"coaches",
	"coaching",
	"coachs",
	"code",
	"codebase",
	"coded",
	"codeed",
	"codeing",
	"codes",
	"coding",
	"collect",
	"collected",
	"collecting",
	"collective",
	"collects",
	"color",
	"colour",
	"combat",
	"combated",
	"combating",
	"combats",
	"combatted",
	"combatting",
	"combine",
	"combined",
	"combineed",
	"combineing",
	"combines",
	"combining",
	"coming",
	"commands",
	"commitment",
	"committed",
	"communities",
	"community",
	"commuter",
	"commuters",
	"companies",
	"company",
	"compared",
	"competitive",
	"competitiveness",
	"competitors",
	"components",
	"computer",
	"confidence",
	"configuration",
	"connect",
	"connected",
	"connecting",
	"connects",
	"conserve",
	"conserved",
	"conserveed",
	"conserveing",
	"conserves",
	"conserving",
	"constraints",
	"construction",
	"consumers",
	"contact",
	"context",
	"continent",
	"contributing",
	"contributor",
	"contributors",
	"convert",
	"converted",
	"converting",
	"converts",
	"cooks",
	"cooperative",
	"core",
	"corp",
	"corporate",
	"could",
	"council",
	"countdown",
	"countless",
	"countries",
	"country",
	"craft",
	"crafting",
	"craftspeople",
	"create",
	"created",
	"createed",
	"createing",
	"creates",
	"creating",
	"creative",
	"creator",
	"creators",
	"credits",
	"crewed",
	"cultivate",
	"cultivated",
	"cultivateed",
	"cultivateing",
	"cultivates",
	"cultivating",
	"culture",
	"curate",
	"curated",
	"curateed",
	"curateing",
	"curates",
	"curating",
	"cure",
	"cured",
	"cureed",
	"cureing",
	"cures",
	"curing",
	"current",
	"customer",
	"customer-centric",
	"customers",
	"cut",
	"cuted",
	"cuting",
	"cuts",
	"cutted",
	"cutting",
	"cutting-edge",
	"cyclists",
	"da",
	"das",
	"dashboard",
	"dashboards",
	"data",
	"data-driven",
	"database",
	"dataset",
	"datasets",
	"date",
	"day",
	"de",
	"deaf",
	"decide",
	"decided",
	"decideed",
	"decideing",
	"decides",
	"deciding",
	"declaracao",
	"declaracion",
	"declaration",
	"dedicated",
	"define",
	"defining",
	"definition",
	"definitions",
	"degli",
	"dei",
	"del",
	"deliver",
	"deliverables",
	"delivered",
	"delivering",
	"deliverred",
	"deliverring",
	"delivers",
	"della",
	"delle",
	"dello",
	"department",
	"deploy",
	"deployed",
	"deploying",
	"deployment",
	"deploys",
	"dept",
	"der",
	"des",
	"describe",
	"description",
	"design",
	"designed",
	"designer",
	"designers",
	"designing",
	"designs",
	"desk",
	"detection",
	"develop",
	"developed",
	"developer",
	"developers",
	"developing",
	"development",
	"developped",
	"developping",
	"develops",
	"device",
	"devices",
	"di",
	"dichiarazione",
	"did",
	"die",
	"difference",
	"differences",
	"different",
	"digital",
	"digitise",
	"digitised",
	"digitiseed",
	"digitiseing",
	"digitises",
	"digitising",
	"digitize",
	"digitized",
	"digitizeed",
	"digitizeing",
	"digitizes",
	"digitizing",
	"dignity",
	"dinner",
	"disabled",
	"discover",
	"discovered",
	"discovering",
	"discoverred",
	"discoverring",
	"discovers",
	"disrupt",
	"disruptive",
	"distribute",
	"distributed",
	"distributeed",
	"distributeing",
	"distributes",
	"distributing",
	"distribution",
	"division",
	"do",
	"docking",
	"doctor",
	"doctors",
	"document",
	"doelen",
	"does",
	"dog",
	"dolor",
	"dominant",
	"donate",
	"donated",
	"donateed",
	"donateing",
	"donates",
	"donating",
	"done",
	"donors",
	"door",
	"dos",
	"double",
	"dr",
	"draft",
	"drafting",
	"drawn",
	"dream",
	"drive",
	"drived",
	"driveed",
	"driveing",
	"driven",
	"drivers",
	"drives",
	"driving",
	"du",
	"dynamic",
	"e",
	"e-commerce",
	"e.g",
	"each",
	"earn",
	"earned",
	"earning",
	"earns",
	"earth's",
	"ease",
	"eased",
	"easeed",
	"easeing",
	"eases",
	"easier",
	"easing",
	"ecosystem",
	"ed",
	"educate",
	"educated",
	"educateed",
	"educateing",
	"educates",
	"educating",
	"education",
	"educators",
	"effectiveness",
	"efficiency",
	"el",
	"elderly",
	"elevator",
	"eliminate",
	"eliminated",
	"eliminateed",
	"eliminateing",
	"eliminates",
	"eliminating",
	"em",
	"embedded",
	"employees",
	"employers",
	"empower",
	"empowered",
	"empowering",
	"empowerment",
	"empowerred",
	"empowerring",
	"empowers",
	"en",
	"enable",
	"enabled",
	"enableed",
	"enableing",
	"enables",
	"enabling",
	"encoder",
	"encourage",
	"encouraged",
	"encourageed",
	"encourageing",
	"encourages",
	"encouraging",
	"end",
	"end-to-end",
	"endeavor",
	"endeavour",
	"ended",
	"ending",
	"endpoint",
	"endpoints",
	"ends",
	"engagement",
	"engineer",
	"engineering",
	"engineers",
	"enhance",
	"enhanced",
	"enhanceed",
	"enhanceing",
	"enhances",
	"enhancing",
	"enjoy",
	"enjoyed",
	"enjoying",
	"enjoys",
	"ensure",
	"ensured",
	"ensureed",
	"ensureing",
	"ensures",
	"ensuring",
	"enter",
	"enterprise",
	"enterprises",
	"entrepreneurs",
	"envision",
	"envisioned",
	"envisions",
	"eradicate",
	"eradicated",
	"eradicateed",
	"eradicateing",
	"eradicates",
	"eradicating",
	"est",
	"establish",
	"established",
	"establishes",
	"establishing",
	"establishs",
	"estrategia",
	"et",
	"etc",
	"evening",
	"eventually",
	"every",
	"everybody",
	"everyone",
	"example",
	"examples",
	"excellence",
	"except",
	"exceptional",
	"executives",
	"experience",
	"experiences",
	"explain",
	"explore",
	"explored",
	"exploreed",
	"exploreing",
	"explores",
	"exploring",
	"extensions",
	"extremely",
	"facilitate",
	"facilitates",
	"facilitating",
	"faculty",
	"fairer",
	"fairly",
	"fallen",
	"families",
	"family",
	"family-owned",
	"fans",
	"faq",
	"farm",
	"farmers",
	"faster",
	"favorite",
	"favourite",
	"feature",
	"features",
	"feed",
	"feeded",
	"feeding",
	"feeds",
	"ferry",
	"fewer",
	"field",
	"fig",
	"fight",
	"fighted",
	"fighting",
	"fights",
	"fill",
	"final",
	"finance",
	"financed",
	"financeed",
	"financeing",
	"finances",
	"financing",
	"find",
	"finded",
	"finding",
	"finds",
	"firm",
	"first",
	"first-choice",
	"first-class",
	"first-time",
	"fixme",
	"flourish",
	"flourished",
	"flourishes",
	"flourishing",
	"flourishs",
	"flyby",
	"focused",
	"follows",
	"for",
	"foremost",
	"forest",
	"forgotten",
	"formation",
	"foster",
	"fostered",
	"fostering",
	"fosterred",
	"fosterring",
	"fosters",
	"found",
	"foundation",
	"founders",
	"free",
	"freed",
	"freedom",
	"freeed",
	"freeing",
	"freelancers",
	"frees",
	"freing",
	"frictionless",
	"from",
	"front",
	"front-end",
	"front-line",
	"frontend",
	"frontline",
	"frozen",
	"fulfil",
	"fulfiled",
	"fulfiling",
	"fulfill",
	"fulfilled",
	"fulfilling",
	"fulfills",
	"fulfils",
	"functionality",
	"functions",
	"fund",
	"funded",
	"funding",
	"funds",
	"fur",
	"future",
	"future-proof",
	"game",
	"game-changing",
	"gameplay",
	"gamers",
	"garden",
	"gardeners",
	"gather",
	"gathered",
	"gathering",
	"gatherred",
	"gatherring",
	"gathers",
	"generally",
	"generation",
	"generations",
	"get",
	"gets",
	"getting",
	"girls",
	"give",
	"gived",
	"giveed",
	"giveing",
	"given",
	"gives",
	"giving",
	"global",
	"glossary",
	"go",
	"go-to",
	"goal",
	"goals",
	"goodwill",
	"got",
	"gov",
	"government",
	"governments",
	"gpu",
	"grant",
	"granted",
	"granting",
	"grants",
	"great",
	"greener",
	"group",
	"grow",
	"growed",
	"growers",
	"growing",
	"grown",
	"grows",
	"growth",
	"guide",
	"guidelines",
	"guiding",
	"guild",
	"ha",
	"hands",
	"happier",
	"harbour",
	"heal",
	"healed",
	"healing",
	"heals",
	"health",
	"healthcare",
	"healthier",
	"healthy",
	"heard",
	"hebben",
	"heeft",
	"held",
	"help",
	"helped",
	"helping",
	"helps",
	"her",
	"here",
	"het",
	"hidden",
	"high",
	"high-quality",
	"highest",
	"highest-rated",
	"highly",
	"hint",
	"hints",
	"his",
	"history",
	"hobbyists",
	"holistic",
	"home",
	"homeowners",
	"hope",
	"hopefully",
	"hospital",
	"hospitals",
	"host",
	"hosted",
	"hosting",
	"hosts",
	"hours",
	"house",
	"housed",
	"houseed",
	"household",
	"households",
	"houseing",
	"houses",
	"housing",
	"how",
	"hr",
	"human",
	"humanity",
	"humanity's",
	"humankind",
	"humans",
	"hyper",
	"hyper-personalized",
	"i.e",
	"identify",
	"if",
	"il",
	"image",
	"images",
	"imagine",
	"impact",
	"impactful",
	"importance",
	"improve",
	"improved",
	"improveed",
	"improveing",
	"improves",
	"improving",
	"in",
	"inc",
	"incl",
	"include",
	"inclusive",
	"increase",
	"increased",
	"increaseed",
	"increaseing",
	"increases",
	"increasing",
	"incredible",
	"independence",
	"independent",
	"index",
	"indexed",
	"indexes",
	"indexing",
	"indexs",
	"indie",
	"individual",
	"individuals",
	"inference",
	"informed",
	"initiative",
	"innovation",
	"innovative",
	"input",
	"inputs",
	"insert",
	"insights",
	"inspect",
	"inspected",
	"inspecting",
	"inspects",
	"inspire",
	"inspired",
	"inspireed",
	"inspireing",
	"inspires",
	"inspiring",
	"install",
	"installation",
	"installed",
	"installing",
	"installs",
	"instead",
	"institute",
	"institutions",
	"integrate",
	"integrated",
	"integrateed",
	"integrateing",
	"integrates",
	"integrating",
	"integration",
	"integrations",
	"integrity",
	"intend",
	"interface",
	"into",
	"intro",
	"introduction",
	"invest",
	"invested",
	"investing",
	"investor",
	"investors",
	"invests",
	"ipsum",
	"is",
	"it",
	"its",
	"journalists",
	"joy",
	"jr",
	"junior",
	"keep",
	"keeped",
	"keeping",
	"keeps",
	"kept",
	"key",
	"kids",
	"kind",
	"kitchen",
	"knowledge",
	"known",
	"kpis",
	"la",
	"lab",
	"laboratory",
	"lander",
	"landlords",
	"largely",
	"largest",
	"las",
	"last",
	"laugh",
	"launch",
	"launched",
	"launches",
	"launching",
	"launchs",
	"lawyers",
	"le",
	"leader",
	"leaders",
	"leadership",
	"leading",
	"leading-edge",
	"learn",
	"learned",
	"learner",
	"learners",
	"learning",
	"learns",
	"led",
	"left",
	"leitbild",
	"lend",
	"lended",
	"lending",
	"lends",
	"lens",
	"les",
	"less",
	"levels",
	"leverage",
	"leverages",
	"leveraging",
	"liberate",
	"liberated",
	"liberateed",
	"liberateing",
	"liberates",
	"liberating",
	"libraries",
	"library",
	"license",
	"licensed",
	"licenseed",
	"licenseing",
	"licenses",
	"licensing",
	"life",
	"liftoff",
	"light",
	"likely",
	"list",
	"listeners",
	"live",
	"lived",
	"liveed",
	"liveing",
	"lives",
	"living",
	"llc",
	"lo",
	"lobbied",
	"lobbies",
	"lobby",
	"lobbyed",
	"lobbying",
	"lobbys",
	"local",
	"long",
	"long-term",
	"lorem",
	"los",
	"lost",
	"lots",
	"low",
	"low-income",
	"lower",
	"lowered",
	"lowering",
	"lowerred",
	"lowerring",
	"lowers",
	"lowest",
	"ltd",
	"lunar",
	"machine",
	"made",
	"maintain",
	"maintained",
	"maintainers",
	"maintaining",
	"maintains",
	"maintenance",
	"makers",
	"managers",
	"mankind",
	"mankind's",
	"manufacture",
	"manufactured",
	"manufactureed",
	"manufactureing",
	"manufactures",
	"manufacturing",
	"many",
	"map",
	"maped",
	"maping",
	"mapped",
	"mapping",
	"maps",
	"marginalised",
	"marginalized",
	"market",
	"marketers",
	"match",
	"matched",
	"matches",
	"matching",
	"matchs",
	"may",
	"maybe",
	"meal",
	"meant",
	"measure",
	"measured",
	"measureed",
	"measureing",
	"measures",
	"measuring",
	"medium",
	"medium-sized",
	"meet",
	"meeted",
	"meeting",
	"meets",
	"member",
	"members",
	"men",
	"mentor",
	"mentored",
	"mentoring",
	"mentorred",
	"mentorring",
	"mentors",
	"merchants",
	"met",
	"metrics",
	"microservices",
	"mid",
	"mid-sized",
	"might",
	"miles",
	"milestone",
	"milestones",
	"millennials",
	"million",
	"millions",
	"minutes",
	"mision",
	"missao",
	"missie",
	"missieverklaring",
	"mission",
	"mission-critical",
	"missione",
	"missions",
	"mobile",
	"mobilise",
	"mobilised",
	"mobiliseed",
	"mobiliseing",
	"mobilises",
	"mobilising",
	"mobilize",
	"mobilized",
	"mobilizeed",
	"mobilizeing",
	"mobilizes",
	"mobilizing",
	"modalities",
	"mode",
	"model",
	"models",
	"modified",
	"module",
	"modules",
	"monitor",
	"monitored",
	"monitoring",
	"monitorred",
	"monitorring",
	"monitors",
	"more",
	"morning",
	"most",
	"mostly",
	"motivation",
	"move",
	"mr",
	"mrs",
	"ms",
	"mt",
	"multimodal",
	"municipalities",
	"museum",
	"musicians",
	"must",
	"my",
	"name",
	"nation",
	"nations",
	"neighborhood",
	"neighbourhood",
	"network",
	"networked",
	"networking",
	"networks",
	"never",
	"new",
	"news",
	"next",
	"next-gen",
	"next-generation",
	"night",
	"no",
	"nobody",
	"non",
	"non-goals",
	"non-profit",
	"non-profits",
	"none",
	"nonprofit",
	"nonprofits",
	"north",
	"northstar",
	"nos",
	"nossa",
	"nossas",
	"nosso",
	"nossos",
	"nostra",
	"nostre",
	"nostri",
	"nostro",
	"not",
	"note",
	"notes",
	"nothing",
	"notre",
	"nous",
	"nuestra",
	"nuestras",
	"nuestro",
	"nuestros",
	"number",
	"number-one",
	"numerous",
	"nurse",
	"nurses",
	"nurture",
	"nurtured",
	"nurtureed",
	"nurtureing",
	"nurtures",
	"nurturing",
	"nutshell",
	"o",
	"obiettivi",
	"objectifs",
	"objective",
	"objectives",
	"objetivos",
	"ocr",
	"of",
	"offer",
	"offered",
	"offering",
	"offerred",
	"offerring",
	"offers",
	"office",
	"okr",
	"okrs",
	"older",
	"omnichannel",
	"on",
	"one",
	"one-liner",
	"one-stop",
	"one-stop-shop",
	"online",
	"only",
	"ons",
	"onze",
	"open",
	"open-source",
	"open-sourced",
	"open-sourceed",
	"open-sourceing",
	"open-sources",
	"open-sourcing",
	"operate",
	"operated",
	"operateed",
	"operateing",
	"operates",
	"operating",
	"operators",
	"opportunities",
	"opportunity",
	"optimise",
	"optimization",
	"optimize",
	"options",
	"or",
	"orbit",
	"orbital",
	"orbiter",
	"orbits",
	"organisation",
	"organisational",
	"organisations",
	"organise",
	"organised",
	"organiseed",
	"organiseing",
	"organises",
	"organising",
	"organization",
	"organizational",
	"organizations",
	"organize",
	"organized",
	"organizeed",
	"organizeing",
	"organizes",
	"organizing",
	"os",
	"our",
	"outline",
	"outstanding",
	"overall",
	"overcome",
	"overcomed",
	"overcomeed",
	"overcomeing",
	"overcomes",
	"overcoming",
	"overview",
	"own",
	"owned",
	"owner",
	"owners",
	"owning",
	"owns",
	"paid",
	"para",
	"paradigm",
	"parent",
	"parents",
	"part",
	"partner",
	"partnered",
	"partnering",
	"partnerred",
	"partnerring",
	"partners",
	"partnership",
	"passionate",
	"patented",
	"patient",
	"patients",
	"patients'",
	"payload",
	"payloads",
	"peace",
	"people",
	"per",
	"perfect",
	"performance",
	"perhaps",
	"peripheral",
	"person",
	"personas",
	"persons",
	"pet",
	"pharmacies",
	"pharmacist",
	"pharmacists",
	"phone",
	"photo",
	"photographers",
	"photos",
	"physicians",
	"pipeline",
	"pixel",
	"pixels",
	"placeholder",
	"plan",
	"planet",
	"plans",
	"plant",
	"planted",
	"planting",
	"plants",
	"platform",
	"players",
	"plugin",
	"plugins",
	"pool",
	"pooled",
	"pooling",
	"pools",
	"portal",
	"possibly",
	"potential",
	"potentially",
	"pour",
	"powered",
	"practitioners",
	"pre",
	"pre-eminent",
	"preeminent",
	"preferred",
	"premier",
	"prevent",
	"prevented",
	"preventing",
	"prevents",
	"pricing",
	"principes",
	"principi",
	"principios",
	"principles",
	"prinzipien",
	"priorities",
	"priority",
	"probe",
	"problem",
	"produce",
	"produced",
	"produceed",
	"produceing",
	"produces",
	"producing",
	"product",
	"productive",
	"productivity",
	"prof",
	"professional",
	"professionals",
	"program",
	"programed",
	"programing",
	"programme",
	"programmed",
	"programmers",
	"programming",
	"programs",
	"project",
	"promote",
	"promoted",
	"promoteed",
	"promoteing",
	"promotes",
	"promoting",
	"proposed",
	"proposito",
	"proprietary",
	"prosper",
	"prospered",
	"prospering",
	"prosperity",
	"prosperred",
	"prosperring",
	"prospers",
	"protect",
	"protected",
	"protecting",
	"protects",
	"provide",
	"provided",
	"provideed",
	"provideing",
	"provides",
	"providing",
	"provision",
	"provisioning",
	"public",
	"public-sector",
	"publish",
	"published",
	"publishers",
	"publishes",
	"publishing",
	"publishs",
	"purpose",
	"put",
	"quality",
	"quests",
	"quite",
	"raison",
	"rather",
	"re",
	"re-entry",
	"reach",
	"reached",
	"reaches",
	"reaching",
	"reachs",
	"read",
	"readers",
	"real",
	"real-time",
	"realise",
	"realised",
	"realiseed",
	"realiseing",
	"realises",
	"realising",
	"realize",
	"realized",
	"realizeed",
	"realizeing",
	"realizes",
	"realizing",
	"really",
	"reason",
	"recognition",
	"reconnaissance",
	"recover",
	"recovered",
	"recovering",
	"recoverred",
	"recoverring",
	"recovers",
	"recruit",
	"recruited",
	"recruiting",
	"recruits",
	"recycle",
	"recycled",
	"recycleed",
	"recycleing",
	"recycles",
	"recycling",
	"reduce",
	"reduced",
	"reduceed",
	"reduceing",
	"reduces",
	"reducing",
	"reentry",
	"references",
	"refreshed",
	"regional",
	"relatively",
	"release",
	"releases",
	"relieve",
	"relieved",
	"relieveed",
	"relieveing",
	"relieves",
	"relieving",
	"remote",
	"remove",
	"removed",
	"removeed",
	"removeing",
	"removes",
	"removing",
	"renowned",
	"renters",
	"repair",
	"repaired",
	"repairing",
	"repairs",
	"replace",
	"replacing",
	"requirements",
	"rescue",
	"rescued",
	"rescueed",
	"rescueing",
	"rescues",
	"rescuing",
	"research",
	"researcher",
	"researchers",
	"residents",
	"restaurants",
	"restore",
	"restored",
	"restoreed",
	"restoreing",
	"restores",
	"restoring",
	"results",
	"retail",
	"retailers",
	"retirees",
	"review",
	"reviewed",
	"reviewers",
	"reviewing",
	"reviews",
	"revised",
	"revolutionary",
	"revolutionise",
	"revolutionised",
	"revolutioniseed",
	"revolutioniseing",
	"revolutionises",
	"revolutionising",
	"revolutionize",
	"revolutionized",
	"revolutionizeed",
	"revolutionizeing",
	"revolutionizes",
	"revolutionizing",
	"richer",
	"ridden",
	"riders",
	"rights",
	"risen",
	"risks",
	"river",
	"roadmap",
	"robot",
	"robotic",
	"robust",
	"rocket",
	"rockets",
	"roof",
	"rotarians",
	"rover",
	"run",
	"runed",
	"runing",
	"runned",
	"runners",
	"running",
	"runs",
	"rural",
	"saas",
	"safe",
	"safeguard",
	"safeguarded",
	"safeguarding",
	"safeguards",
	"safer",
	"safety",
	"said",
	"sales",
	"sample",
	"samples",
	"satellite",
	"satellites",
	"save",
	"saved",
	"saveed",
	"saveing",
	"saves",
	"saving",
	"scalable",
	"schedule",
	"scholars",
	"school",
	"schools",
	"scientist",
	"scientists",
	"scope",
	"screen",
	"screenshot",
	"screenshots",
	"sdk",
	"seamless",
	"seamlessly",
	"secure",
	"secured",
	"secureed",
	"secureing",
	"secures",
	"securing",
	"see",
	"seek",
	"seeked",
	"seeking",
	"seeks",
	"seen",
	"segmentation",
	"sell",
	"selled",
	"sellers",
	"selling",
	"sells",
	"senior",
	"seniors",
	"sensor",
	"sensors",
	"sent",
	"sentence",
	"serve",
	"served",
	"serveed",
	"serveing",
	"serves",
	"service",
	"serving",
	"set",
	"settings",
	"setup",
	"several",
	"shaken",
	"shall",
	"shape",
	"shaped",
	"shapeed",
	"shapeing",
	"shapes",
	"shaping",
	"shared",
	"ship",
	"shiped",
	"shiping",
	"shipped",
	"shipping",
	"ships",
	"shop",
	"shopkeepers",
	"shoppers",
	"short",
	"should",
	"shown",
	"significantly",
	"simpler",
	"simplified",
	"simplifies",
	"simplify",
	"simplifyed",
	"simplifying",
	"simplifys",
	"small",
	"smarter",
	"smbs",
	"smile",
	"so",
	"society",
	"software",
	"sold",
	"solution",
	"solutions",
	"solve",
	"solved",
	"solveed",
	"solveing",
	"solves",
	"solving",
	"some",
	"someday",
	"somewhat",
	"sort",
	"sortie",
	"source",
	"sourced",
	"sourceed",
	"sourceing",
	"sources",
	"sourcing",
	"spacecraft",
	"spaceflight",
	"specialists",
	"specify",
	"spent",
	"splashdown",
	"spoken",
	"squadron",
	"sr",
	"st",
	"stakeholder",
	"stakeholders",
	"stall",
	"stallholders",
	"startup",
	"startups",
	"state",
	"state-of-the-art",
	"stated",
	"statement",
	"statements",
	"status",
	"stay",
	"stayed",
	"staying",
	"stays",
	"steps",
	"stereo",
	"stolen",
	"strategia",
	"strategic",
	"strategie",
	"strategies",
	"strategy",
	"streamline",
	"street",
	"strengthen",
	"strengthened",
	"strengthening",
	"strengthenned",
	"strengthenning",
	"strengthens",
	"strive",
	"strived",
	"striveed",
	"striveing",
	"strives",
	"striving",
	"stronger",
	"student",
	"students",
	"studio",
	"subscribers",
	"substantially",
	"succeed",
	"succeeded",
	"succeeding",
	"succeeds",
	"success",
	"suffering",
	"summarise",
	"summarize",
	"summary",
	"superior",
	"support",
	"supported",
	"supporting",
	"supports",
	"sustainability",
	"synchronise",
	"synchronised",
	"synchroniseed",
	"synchroniseing",
	"synchronises",
	"synchronising",
	"synchronize",
	"synchronized",
	"synchronizeed",
	"synchronizeing",
	"synchronizes",
	"synchronizing",
	"synergies",
	"synergistic",
	"synergy",
	"synopsis",
	"sysadmins",
	"system",
	"systems",
	"table",
	"tackle",
	"tackled",
	"tackleed",
	"tackleing",
	"tackles",
	"tackling",
	"tags",
	"taken",
	"target",
	"targets",
	"tasks",
	"taught",
	"tba",
	"tbc",
	"tbd",
	"teach",
	"teached",
	"teacher",
	"teachers",
	"teaches",
	"teaching",
	"teachs",
	"team",
	"teams",
	"tech",
	"technical",
	"teenagers",
	"teens",
	"telemetry",
	"telescope",
	"television",
	"tem",
	"template",
	"templates",
	"tenants",
	"tenemos",
	"tenets",
	"terminology",
	"test",
	"tested",
	"testers",
	"testing",
	"tests",
	"than",
	"thanks",
	"that",
	"the",
	"their",
	"them",
	"then",
	"thermal",
	"these",
	"they",
	"this",
	"those",
	"thought",
	"thrive",
	"thrived",
	"thriveed",
	"thriveing",
	"thrives",
	"thriving",
	"through",
	"thrown",
	"tiene",
	"timeline",
	"tip",
	"tips",
	"tl;dr",
	"tldr",
	"to",
	"to-do",
	"todo",
	"tokens",
	"told",
	"tomorrow",
	"tool",
	"tools",
	"top",
	"top-notch",
	"top-ranked",
	"top-rated",
	"torn",
	"tourists",
	"town",
	"track",
	"tracked",
	"tracking",
	"tracks",
	"trader",
	"traders",
	"trail",
	"train",
	"trained",
	"training",
	"trains",
	"trajectory",
	"transform",
	"transformation",
	"transformative",
	"transformed",
	"transformer",
	"transformers",
	"transforming",
	"transforms",
	"translate",
	"translated",
	"translateed",
	"translateing",
	"translates",
	"translating",
	"travelers",
	"travellers",
	"treat",
	"treated",
	"treating",
	"treats",
	"tries",
	"troubleshooting",
	"true",
	"truly",
	"trust",
	"trustworthy",
	"try",
	"tunnel",
	"turnkey",
	"tv",
	"type",
	"ultimately",
	"und",
	"under",
	"underserved",
	"understand",
	"understanded",
	"understanding",
	"understands",
	"understood",
	"undertake",
	"undertaked",
	"undertakeed",
	"undertakeing",
	"undertakes",
	"undertaking",
	"unified",
	"unifies",
	"unify",
	"unifyed",
	"unifying",
	"unifys",
	"union",
	"unique",
	"uniquely",
	"unit",
	"univ",
	"universities",
	"unlike",
	"unlock",
	"unlocked",
	"unlocking",
	"unlocks",
	"unmatched",
	"unparalleled",
	"unrivaled",
	"unrivalled",
	"unser",
	"unsere",
	"unserer",
	"updated",
	"upload",
	"uploads",
	"urban",
	"us",
	"usable",
	"usage",
	"use",
	"useful",
	"user",
	"user-centric",
	"users",
	"using",
	"utilise",
	"utilize",
	"utilizes",
	"utilizing",
	"valeurs",
	"valores",
	"valori",
	"value",
	"value-added",
	"values",
	"van",
	"various",
	"vendor",
	"vendors",
	"version",
	"versus",
	"very",
	"veterans",
	"via",
	"viable",
	"video",
	"viewers",
	"village",
	"visao",
	"visie",
	"vision",
	"visionary",
	"visione",
	"visions",
	"viz",
	"volunteers",
	"von",
	"voor",
	"vs",
	"vulnerable",
	"waarden",
	"want",
	"warning",
	"was",
	"water",
	"way",
	"waypoint",
	"ways",
	"we",
	"wearable",
	"wearables",
	"webcam",
	"website",
	"welcome",
	"well",
	"well-being",
	"wellbeing",
	"were",
	"werte",
	"what",
	"what's",
	"when",
	"whenever",
	"where",
	"whereas",
	"which",
	"who",
	"whom",
	"why",
	"widget",
	"will",
	"win",
	"win-win",
	"wined",
	"wining",
	"winned",
	"winning",
	"wins",
	"winter",
	"wish",
	"with",
	"without",
	"women",
	"won",
	"work",
	"workers",
	"working",
	"works",
	"world",
	"world's",
	"world-class",
	"world-renowned",
	"worldwide",
	"worn",
	"would",
	"woven",
	"write",
	"writed",
	"writeed",
	"writeing",
	"writers",
	"writes",
	"writing",
	"written",
	"x",
	"x-ray",
	"xxx",
	"y",
	"you",
	"young",
	"your",
	"youth",
	"ziele",
}

// tableMasks are the bits of the lists each of tableWords starts an entry in.
var tableMasks = [...]uint64{
	0x500000000000,   // #1
	0x400,            // 20
	0x400,            // 20-somethings
	0x2000000,        // 3d
	0x43c00004220008, // a
	0x800000000000,   // abbiamo
	0x1000,           // ability
	0x8000000,        // about
	0x1000000000,     // above
	0x8000000,        // abstract
	0x400,            // academics
	0x2010,           // accelerate
	0x2010,           // accelerated
	0x2010,           // accelerateed
	0x2010,           // accelerateing
	0x2010,           // accelerates
	0x2010,           // accelerating
	0x3000,           // access
	0x2000,           // accessed
	0x2000,           // accesses
	0x1000,           // accessible
	0x2000,           // accessing
	0x2000,           // accesss
	0x400,            // accountants
	0x2000,           // achieve
	0x2000,           // achieved
	0x2000,           // achieveed
	0x2000,           // achieveing
	0x2000,           // achieves
	0x2000,           // achieving
	0x8000000000,     // acknowledgements
	0x400000000,      // act
	0x400000000,      // acting
	0x4000,           // actionable
	0x400000000,      // acts
	0x8000000000000,  // add
	0x400,            // administrators
	0x400,            // admins
	0x4000000,        // adopted
	0x20,             // adoption
	0x200,            // adult
	0x2010,           // advance
	0x2010,           // advanced
	0x2010,           // advanceed
	0x2010,           // advanceing
	0x2010,           // advances
	0x2010,           // advancing
	0x40,             // advocate
	0x40,             // advocated
	0x40,             // advocateed
	0x40,             // advocateing
	0x40,             // advocates
	0x40,             // advocating
	0x2000,           // afford
	0x1000,           // affordable
	0x2000,           // afforded
	0x2000,           // affording
	0x2000,           // affords
	0x400,            // agencies
	0x4000200,        // agency
	0x8000000000,     // agenda
	0x4000,           // agile
	0x4000000,        // agreed
	0x4000002004000,  // ai
	0x4000,           // ai-driven
	0x4000,           // ai-powered
	0x20000040200010, // aim
	0x10,             // aimed
	0x10,             // aiming
	0x40200010,       // aims
	0x1,              // al
	0x4000000000000,  // algorithm
	0x4000000000000,  // algorithms
	0x4,              // alignment
	0x2200000000080,  // all
	0x2000,           // alleviate
	0x2000,           // alleviated
	0x2000,           // alleviateed
	0x2000,           // alleviateing
	0x2000,           // alleviates
	0x2000,           // alleviating
	0x4000000,        // alliance
	0x20000,          // alternative
	0x8000000000,     // alternatives
	0x2000000000,     // altitude
	0x200000000000,   // always
	0x800,            // am
	0x40000000000000, // amazing
	0x400000000000,   // america's
	0x400000000000,   // americas
	0x2400000000000,  // an
	0x40,             // analyse
	0x40,             // analysed
	0x40,             // analyseed
	0x40,             // analyseing
	0x40,             // analyses
	0x40,             // analysing
	0x400,            // analysts
	0x40,             // analyze
	0x40,             // analyzed
	0x40,             // analyzeed
	0x40,             // analyzeing
	0x40,             // analyzes
	0x40,             // analyzing
	0x2000000400000,  // and
	0x2200000000000,  // any
	0x80,             // anybody
	0x80,             // anyone
	0x14000000040000, // api
	0x4000000040000,  // apis
	0x4000000000000,  // app
	0x8000000000,     // appendix
	0x4000000000000,  // application
	0x400,            // apprentices
	0x400000,         // approach
	0x804000000,      // approved
	0x800000000,      // approvers
	0x3,              // approx
	0x4000000000000,  // apps
	0x8000000000,     // architecture
	0x40,             // archive
	0x40,             // archived
	0x40,             // archiveed
	0x40,             // archiveing
	0x40,             // archives
	0x40,             // archiving
	0x2000000000800,  // are
	0x40000000,       // arguably
	0x8000000000000,  // articulate
	0x2000000,        // artificial
	0x400,            // artists
	0x2000044000000,  // as
	0x200,            // aspiring
	0x4000000,        // association
	0x8000000000,     // assumptions
	0x2000000000,     // astronaut
	0x2000000000,     // astronauts
	0x2400018000000,  // at
	0x400,            // athletes
	0x40000000,       // attempt
	0x40000000,       // attempts
	0x800000000,      // audience
	0x40,             // audit
	0x40,             // audited
	0x40,             // auditing
	0x40,             // audits
	0x40,             // auditted
	0x40,             // auditting
	0x201000000,      // auftrag
	0x800000000,      // author
	0x800000400,      // authors
	0x40,             // automate
	0x40,             // automated
	0x40,             // automateed
	0x40,             // automateing
	0x40,             // automates
	0x40,             // automating
	0x2000,           // avoid
	0x2000,           // avoided
	0x2000,           // avoiding
	0x2000,           // avoids
	0x40000000000000, // awesome
	0x200,            // b2b
	0x4000000000000,  // back
	0x4000000000000,  // back-end
	0x4000000000000,  // backend
	0x8000000000,     // background
	0x8000000000,     // backlog
	0x400000000,      // based
	0x2000000000810,  // be
	0x80000000,       // beach
	0x80000000000,    // because
	0x200010,         // become
	0x10,             // becomed
	0x10,             // becomeed
	0x10,             // becomeing
	0x200010,         // becomes
	0x200010,         // becoming
	0x80000010,       // bed
	0x10,             // beed
	0x2000000000800,  // been
	0x100000000,      // begun
	0x2040000000810,  // being
	0x400000,         // beliefs
	0x2000,           // belong
	0x2000,           // belonged
	0x2000,           // belonging
	0x2000,           // belongs
	0x1000000000,     // below
	0x3000,           // benefit
	0x2000,           // benefited
	0x2000,           // benefiting
	0x8000002000,     // benefits
	0x2000,           // benefitted
	0x2000,           // benefitting
	0x10,             // bes
	0x40100000004100, // best
	0x4000,           // best-in-class
	0x100000000000,   // best-loved
	0x1000,           // better
	0x20000,          // beyond
	0x20000000,       // big
	0x100000000100,   // biggest
	0x80000000,       // bike
	0x200000000000,   // billion
	0x200000000000,   // billions
	0x10,             // bing
	0x2000000,        // binocular
	0x4000,           // bleeding
	0x4000,           // bleeding-edge
	0x200,            // blind
	0x4000000004000,  // blockchain
	0x4000,           // blockchain-enabled
	0x2000000,        // blurred
	0x2000000,        // blurry
	0x80000000,       // book
	0x80000000,       // books
	0x2000,           // boost
	0x2000,           // boosted
	0x2000000000,     // booster
	0x2000,           // boosting
	0x2000,           // boosts
	0x100000000,      // born
	0x100000000,      // borne
	0x100000000,      // bought
	0x400,            // boys
	0x4000000,        // brand
	0x400,            // brands
	0x10,             // bring
	0x10,             // bringed
	0x10,             // bringing
	0x10,             // brings
	0x100000000,      // broken
	0x100000000,      // brought
	0x40,             // build
	0x40,             // builded
	0x40,             // building
	0x40,             // builds
	0x100000000,      // built
	0x40,             // bundle
	0x40,             // bundled
	0x40,             // bundleed
	0x40,             // bundleing
	0x40,             // bundles
	0x40,             // bundling
	0x80000000,       // bus
	0x4000080,        // business
	0x80,             // businesses
	0x200,            // busy
	0x2000000000000,  // but
	0x400,            // buyers
	0x2000400000000,  // by
	0x3,              // ca
	0x10000000000000, // camera
	0x10000000000000, // cameras
	0x40,             // campaign
	0x40,             // campaigned
	0x40,             // campaigning
	0x40,             // campaigns
	0x2000000000000,  // can
	0x10000000040004, // capabilities
	0x10000000000004, // capability
	0x8000000000000,  // capture
	0x80000000,       // car
	0x200,            // care
	0x400,            // caregivers
	0x400,            // carers
	0x10,             // catalyse
	0x10,             // catalysed
	0x10,             // catalyseed
	0x10,             // catalyseing
	0x10,             // catalyses
	0x10,             // catalysing
	0x10,             // catalyze
	0x10,             // catalyzed
	0x10,             // catalyzeed
	0x10,             // catalyzeing
	0x10,             // catalyzes
	0x10,             // catalyzing
	0x800000000,      // categories
	0x800000000,      // category
	0x100000000,      // caught
	0x800000000,      // caution
	0x2000,           // celebrate
	0x2000,           // celebrated
	0x2000,           // celebrateed
	0x2000,           // celebrateing
	0x2000,           // celebrates
	0x2000,           // celebrating
	0x4000000,        // center
	0x4000000,        // centre
	0x40,             // certified
	0x40,             // certifies
	0x40,             // certify
	0x40,             // certifyed
	0x40,             // certifying
	0x40,             // certifys
	0x3,              // cf
	0x10,             // champion
	0x10,             // championed
	0x10,             // championing
	0x10,             // champions
	0x8018,           // change
	0x10,             // changed
	0x10,             // changeed
	0x10,             // changeing
	0x8000048000,     // changelog
	0x8000008010,     // changes
	0x10,             // changing
	0x400,            // charities
	0x4000000,        // charity
	0x201000000,      // charter
	0x4000000000000,  // chatbot
	0x1000,           // cheaper
	0x80000400,       // child
	0x80000400,       // children
	0x100000000,      // chosen
	0x400,            // cities
	0x400,            // citizens
	0x80000000,       // city
	0x10000000000000, // classification
	0x80000000,       // classroom
	0x40,             // clean
	0x40,             // cleaned
	0x1000,           // cleaner
	0x40,             // cleaning
	0x40,             // cleans
	0x4000000000000,  // cli
	0x80,             // client
	0x80,             // clients
	0x400,            // clinician
	0x400,            // clinicians
	0x400,            // clinics
	0x4000000000000,  // cloud
	0x4000000,        // club
	0x4000001,        // co
	0x4000000,        // co-op
	0x40,             // coach
	0x40,             // coached
	0x40,             // coaches
	0x40,             // coaching
	0x40,             // coachs
	0x40,             // code
	0x4000000000000,  // codebase
	0x40,             // coded
	0x40,             // codeed
	0x40,             // codeing
	0x40,             // codes
	0x40,             // coding
	0x40,             // collect
	0x40,             // collected
	0x40,             // collecting
	0x4000000,        // collective
	0x40,             // collects
	0x2000000,        // color
	0x2000000,        // colour
	0x2000,           // combat
	0x2000,           // combated
	0x2000,           // combating
	0x2000,           // combats
	0x2000,           // combatted
	0x2000,           // combatting
	0x40,             // combine
	0x40,             // combined
	0x40,             // combineed
	0x40,             // combineing
	0x40,             // combines
	0x40,             // combining
	0x20000000000,    // coming
	0x40000,          // commands
	0x4,              // commitment
	0x20000000000000, // committed
	0x480,            // communities
	0x4000080,        // community
	0x400,            // commuter
	0x400,            // commuters
	0x480,            // companies
	0x20004000000,    // company
	0x20000,          // compared
	0x8000001000,     // competitive
	0x4,              // competitiveness
	0x8000000000,     // competitors
	0x40000,          // components
	0x2000000,        // computer
	0x1000,           // confidence
	0x40000,          // configuration
	0x2000,           // connect
	0x3000,           // connected
	0x2000,           // connecting
	0x2000,           // connects
	0x2040,           // conserve
	0x2040,           // conserved
	0x2040,           // conserveed
	0x2040,           // conserveing
	0x2040,           // conserves
	0x2040,           // conserving
	0x8000000000,     // constraints
	0x20,             // construction
	0x400,            // consumers
	0x8800000000,     // contact
	0x8000000000,     // context
	0x200000000000,   // continent
	0x8000000000,     // contributing
	0x400,            // contributor
	0x400,            // contributors
	0x40,             // convert
	0x40,             // converted
	0x40,             // converting
	0x40,             // converts
	0x400,            // cooks
	0x4000000,        // cooperative
	0x4004000,        // core
	0x1,              // corp
	0x4000000,        // corporate
	0x2000040000000,  // could
	0x4000000,        // council
	0x2000000000,     // countdown
	0x40000000000000, // countless
	0x80,             // countries
	0x200000000000,   // country
	0x800000,         // craft
	0x800000,         // crafting
	0x400,            // craftspeople
	0x802040,         // create
	0x800002040,      // created
	0x2040,           // createed
	0x2040,           // createing
	0x2040,           // creates
	0x802040,         // creating
	0x200,            // creative
	0x400,            // creator
	0x400,            // creators
	0x8000000000,     // credits
	0x2000000000,     // crewed
	0x40,             // cultivate
	0x40,             // cultivated
	0x40,             // cultivateed
	0x40,             // cultivateing
	0x40,             // cultivates
	0x40,             // cultivating
	0x400008,         // culture
	0x40,             // curate
	0x40,             // curated
	0x40,             // curateed
	0x40,             // curateing
	0x40,             // curates
	0x40,             // curating
	0x2000,           // cure
	0x2000,           // cured
	0x2000,           // cureed
	0x2000,           // cureing
	0x2000,           // cures
	0x2000,           // curing
	0x4000000,        // current
	0x4480,           // customer
	0x4000,           // customer-centric
	0x80,             // customers
	0x2000,           // cut
	0x2000,           // cuted
	0x2000,           // cuting
	0x2000,           // cuts
	0x2000,           // cutted
	0x6000,           // cutting
	0x4000,           // cutting-edge
	0x400,            // cyclists
	0x10000000,       // da
	0x4000000,        // das
	0x4000000000000,  // dashboard
	0x4000000000000,  // dashboards
	0x4200,           // data
	0x4000,           // data-driven
	0x4000000000000,  // database
	0x10000000000000, // dataset
	0x10000000000000, // datasets
	0x800000000,      // date
	0x80000000,       // day
	0x14000000,       // de
	0x200,            // deaf
	0x2000,           // decide
	0x2000,           // decided
	0x2000,           // decideed
	0x2000,           // decideing
	0x2000,           // decides
	0x2000,           // deciding
	0x1000000,        // declaracao
	0x1000000,        // declaracion
	0x1010000,        // declaration
	0x20000000000000, // dedicated
	0x8000000800000,  // define
	0x800000,         // defining
	0x10000,          // definition
	0x40000,          // definitions
	0x10000000,       // degli
	0x10000000,       // dei
	0x10000000,       // del
	0x40,             // deliver
	0x8000000000,     // deliverables
	0x40,             // delivered
	0x40,             // delivering
	0x40,             // deliverred
	0x40,             // deliverring
	0x40,             // delivers
	0x10000000,       // della
	0x10000000,       // delle
	0x10000000,       // dello
	0x4000000,        // department
	0x40,             // deploy
	0x40,             // deployed
	0x40,             // deploying
	0x20,             // deployment
	0x40,             // deploys
	0x1,              // dept
	0x14000000,       // der
	0x10000000,       // des
	0x8000000000000,  // describe
	0x10000,          // description
	0x60,             // design
	0x40,             // designed
	0x400,            // designer
	0x400,            // designers
	0x40,             // designing
	0x40,             // designs
	0x80000000,       // desk
	0x10000000000000, // detection
	0x40,             // develop
	0x40,             // developed
	0x600,            // developer
	0x400,            // developers
	0x40,             // developing
	0x20,             // development
	0x40,             // developped
	0x40,             // developping
	0x40,             // develops
	0x4000000000000,  // device
	0x4000000000000,  // devices
	0x10000000,       // di
	0x1000000,        // dichiarazione
	0x2000000000000,  // did
	0x4000000,        // die
	0x800008,         // difference
	0x800000,         // differences
	0x20000,          // different
	0x4000,           // digital
	0x40,             // digitise
	0x40,             // digitised
	0x40,             // digitiseed
	0x40,             // digitiseing
	0x40,             // digitises
	0x40,             // digitising
	0x40,             // digitize
	0x40,             // digitized
	0x40,             // digitizeed
	0x40,             // digitizeing
	0x40,             // digitizes
	0x40,             // digitizing
	0x1000,           // dignity
	0x80000000,       // dinner
	0x10000000000200, // disabled
	0x2000,           // discover
	0x2000,           // discovered
	0x2000,           // discovering
	0x2000,           // discoverred
	0x2000,           // discoverring
	0x2000,           // discovers
	0x4000,           // disrupt
	0x4000,           // disruptive
	0x40,             // distribute
	0x40,             // distributed
	0x40,             // distributeed
	0x40,             // distributeing
	0x40,             // distributes
	0x40,             // distributing
	0x20,             // distribution
	0x4000000,        // division
	0x2000010000000,  // do
	0x2000000000,     // docking
	0x400,            // doctor
	0x400,            // doctors
	0x8000000000000,  // document
	0x400000,         // doelen
	0x2000000000000,  // does
	0x400,            // dog
	0x20000000000,    // dolor
	0x100000000000,   // dominant
	0x40,             // donate
	0x40,             // donated
	0x40,             // donateed
	0x40,             // donateing
	0x40,             // donates
	0x40,             // donating
	0x100000000,      // done
	0x400,            // donors
	0x80000000,       // door
	0x10000000,       // dos
	0x2000000,        // double
	0x3,              // dr
	0x804800000,      // draft
	0x800000,         // drafting
	0x100000000,      // drawn
	0x20200000,       // dream
	0x10,             // drive
	0x10,             // drived
	0x10,             // driveed
	0x10,             // driveing
	0x100000000,      // driven
	0x400,            // drivers
	0x10,             // drives
	0x10,             // driving
	0x10000000,       // du
	0x4000,           // dynamic
	0x400200,         // e
	0x200,            // e-commerce
	0x3,              // e.g
	0x2000000000000,  // each
	0x2000,           // earn
	0x2000,           // earned
	0x2000,           // earning
	0x2000,           // earns
	0x400000000000,   // earth's
	0x2000,           // ease
	0x2000,           // eased
	0x2000,           // easeed
	0x2000,           // easeing
	0x2000,           // eases
	0x1000,           // easier
	0x2000,           // easing
	0x4000,           // ecosystem
	0x400000,         // ed
	0x2040,           // educate
	0x2040,           // educated
	0x2040,           // educateed
	0x2040,           // educateing
	0x2040,           // educates
	0x2040,           // educating
	0x20,             // education
	0x400,            // educators
	0x4,              // effectiveness
	0x4,              // efficiency
	0x4000000,        // el
	0x200,            // elderly
	0x8000000,        // elevator
	0x2000,           // eliminate
	0x2000,           // eliminated
	0x2000,           // eliminateed
	0x2000,           // eliminateing
	0x2000,           // eliminates
	0x2000,           // eliminating
	0x40000000000,    // em
	0x2000000,        // embedded
	0x400,            // employees
	0x400,            // employers
	0x2010,           // empower
	0x3010,           // empowered
	0x2010,           // empowering
	0x4004,           // empowerment
	0x2010,           // empowerred
	0x2010,           // empowerring
	0x2010,           // empowers
	0x40000400000,    // en
	0x2010,           // enable
	0x10000000002010, // enabled
	0x2010,           // enableed
	0x2010,           // enableing
	0x2010,           // enables
	0x2010,           // enabling
	0x10000000000000, // encoder
	0x10,             // encourage
	0x10,             // encouraged
	0x10,             // encourageed
	0x10,             // encourageing
	0x10,             // encourages
	0x10,             // encouraging
	0x6000,           // end
	0x4000,           // end-to-end
	0x20000040000000, // endeavor
	0x40000000,       // endeavour
	0x2000,           // ended
	0x2000,           // ending
	0x10000000000000, // endpoint
	0x40000,          // endpoints
	0x2000,           // ends
	0x4,              // engagement
	0x400,            // engineer
	0x4000420,        // engineering
	0x400,            // engineers
	0x20000000002010, // enhance
	0x2010,           // enhanced
	0x2010,           // enhanceed
	0x2010,           // enhanceing
	0x20000000002010, // enhances
	0x20000000002010, // enhancing
	0x2000,           // enjoy
	0x2000,           // enjoyed
	0x2000,           // enjoying
	0x2000,           // enjoys
	0x10,             // ensure
	0x10,             // ensured
	0x10,             // ensureed
	0x10,             // ensureing
	0x10,             // ensures
	0x10,             // ensuring
	0x8000000000000,  // enter
	0x200,            // enterprise
	0x480,            // enterprises
	0x400,            // entrepreneurs
	0x200000,         // envision
	0x20200000,       // envisioned
	0x200000,         // envisions
	0x2000,           // eradicate
	0x2000,           // eradicated
	0x2000,           // eradicateed
	0x2000,           // eradicateing
	0x2000,           // eradicates
	0x2000,           // eradicating
	0x1,              // est
	0x40,             // establish
	0x40,             // established
	0x40,             // establishes
	0x40,             // establishing
	0x40,             // establishs
	0x400000,         // estrategia
	0x400000,         // et
	0x1,              // etc
	0x80000000,       // evening
	0x200000,         // eventually
	0x2200000000000,  // every
	0x200000000080,   // everybody
	0x200000000080,   // everyone
	0x800000,         // example
	0x800000,         // examples
	0x400c,           // excellence
	0x20000,          // except
	0x40000000000000, // exceptional
	0x400,            // executives
	0x4,              // experience
	0x4,              // experiences
	0x8000000000000,  // explain
	0x2000,           // explore
	0x2000,           // explored
	0x2000,           // exploreed
	0x2000,           // exploreing
	0x2000,           // explores
	0x2000,           // exploring
	0x40000,          // extensions
	0x40000000000000, // extremely
	0x20000000000000, // facilitate
	0x20000000000000, // facilitates
	0x20000000000000, // facilitating
	0x400,            // faculty
	0x1000,           // fairer
	0x40000000,       // fairly
	0x100000000,      // fallen
	0x80000400,       // families
	0x80000200,       // family
	0x200,            // family-owned
	0x400,            // fans
	0x8000000000,     // faq
	0x80000000,       // farm
	0x400,            // farmers
	0x1000,           // faster
	0x100000000000,   // favorite
	0x100000000000,   // favourite
	0x14008000040000, // feature
	0x14008000040000, // features
	0x2040,           // feed
	0x2040,           // feeded
	0x2040,           // feeding
	0x2040,           // feeds
	0x80000000,       // ferry
	0x21000,          // fewer
	0x80000000,       // field
	0x1,              // fig
	0x2000,           // fight
	0x2000,           // fighted
	0x2000,           // fighting
	0x2000,           // fights
	0x8000000000000,  // fill
	0x4000000,        // final
	0x240,            // finance
	0x40,             // financed
	0x40,             // financeed
	0x40,             // financeing
	0x40,             // finances
	0x40,             // financing
	0x2000,           // find
	0x2000,           // finded
	0x2000,           // finding
	0x2000,           // finds
	0x4000000,        // firm
	0x500000024300,   // first
	0x100000000000,   // first-choice
	0x4000,           // first-class
	0x200,            // first-time
	0x20000000000,    // fixme
	0x2000,           // flourish
	0x2000,           // flourished
	0x2000,           // flourishes
	0x2000,           // flourishing
	0x2000,           // flourishs
	0x2000000000,     // flyby
	0x20000000000000, // focused
	0x40000000000,    // follows
	0x2081010201000,  // for
	0x100000000000,   // foremost
	0x80000000,       // forest
	0x100000000,      // forgotten
	0x20,             // formation
	0x20000000000010, // foster
	0x10,             // fostered
	0x20000000000010, // fostering
	0x10,             // fosterred
	0x10,             // fosterring
	0x20000000000010, // fosters
	0x100000000,      // found
	0x4000000,        // foundation
	0x400,            // founders
	0x3000,           // free
	0x2000,           // freed
	0x1000,           // freedom
	0x2000,           // freeed
	0x2000,           // freeing
	0x400,            // freelancers
	0x2000,           // frees
	0x2000,           // freing
	0x4000,           // frictionless
	0x2000000000000,  // from
	0x4000000000200,  // front
	0x4000000000000,  // front-end
	0x200,            // front-line
	0x4000000000000,  // frontend
	0x200,            // frontline
	0x100000000,      // frozen
	0x2000,           // fulfil
	0x2000,           // fulfiled
	0x2000,           // fulfiling
	0x2000,           // fulfill
	0x2000,           // fulfilled
	0x2000,           // fulfilling
	0x2000,           // fulfills
	0x2000,           // fulfils
	0x40000,          // functionality
	0x40000,          // functions
	0x40,             // fund
	0x40,             // funded
	0x40,             // funding
	0x40,             // funds
	0x10000000,       // fur
	0x204008,         // future
	0x4000,           // future-proof
	0x4000,           // game
	0x4000,           // game-changing
	0x40000,          // gameplay
	0x400,            // gamers
	0x80000000,       // garden
	0x400,            // gardeners
	0x40,             // gather
	0x40,             // gathered
	0x40,             // gathering
	0x40,             // gatherred
	0x40,             // gatherring
	0x40,             // gathers
	0x40000000,       // generally
	0x200000000000,   // generation
	0x200000200000,   // generations
	0x800,            // get
	0x800,            // gets
	0x40000,          // getting
	0x400,            // girls
	0x8000000000040,  // give
	0x40,             // gived
	0x40,             // giveed
	0x40,             // giveing
	0x100000000,      // given
	0x40,             // gives
	0x60,             // giving
	0x200000000000,   // global
	0x8000040000,     // glossary
	0x100000000000,   // go
	0x100000000000,   // go-to
	0x8000400000,     // goal
	0x8000400000,     // goals
	0x1000,           // goodwill
	0x800,            // got
	0x1,              // gov
	0x280,            // government
	0x400,            // governments
	0x10000000000000, // gpu
	0x40,             // grant
	0x40,             // granted
	0x40,             // granting
	0x40,             // grants
	0x40000000000000, // great
	0x1000,           // greener
	0x4000000,        // group
	0x10,             // grow
	0x10,             // growed
	0x400,            // growers
	0x10,             // growing
	0x100000000,      // grown
	0x10,             // grows
	0xc,              // growth
	0x800000,         // guide
	0x800000,         // guidelines
	0x4000000,        // guiding
	0x4000000,        // guild
	0x800000000000,   // ha
	0x80000000,       // hands
	0x1000,           // happier
	0x80000000,       // harbour
	0x2000,           // heal
	0x2000,           // healed
	0x2000,           // healing
	0x2000,           // heals
	0x1000,           // health
	0x200,            // healthcare
	0x1000,           // healthier
	0x1000,           // healthy
	0x100000000,      // heard
	0x800000000000,   // hebben
	0x800000000000,   // heeft
	0x100000000,      // held
	0x2010,           // help
	0x2010,           // helped
	0x2010,           // helping
	0x2010,           // helps
	0x10000000000,    // her
	0x1000000000,     // here
	0x4000000,        // het
	0x100000000,      // hidden
	0x40000000000000, // high
	0x40000000000000, // high-quality
	0x100000000000,   // highest
	0x100000000000,   // highest-rated
	0x40000000000000, // highly
	0x800000000,      // hint
	0x800000000,      // hints
	0x10000000000,    // his
	0x8000008000,     // history
	0x400,            // hobbyists
	0x4000,           // holistic
	0x400080000200,   // home
	0x400,            // homeowners
	0x40000000,       // hope
	0x40000000,       // hopefully
	0x80000000,       // hospital
	0x400,            // hospitals
	0x40,             // host
	0x40,             // hosted
	0x40,             // hosting
	0x40,             // hosts
	0x80000000,       // hours
	0x2040,           // house
	0x2040,           // housed
	0x2040,           // houseed
	0x400,            // household
	0x400,            // households
	0x2040,           // houseing
	0x2040,           // houses
	0x2040,           // housing
	0x2000000c00000,  // how
	0x200,            // hr
	0x1080,           // human
	0x200000000080,   // humanity
	0x80,             // humanity's
	0x80,             // humankind
	0x80,             // humans
	0x4000,           // hyper
	0x4000,           // hyper-personalized
	0x3,              // i.e
	0x8000000000000,  // identify
	0x40000000,       // if
	0x4000000,        // il
	0x10000000000000, // image
	0x10000000000000, // images
	0x200000,         // imagine
	0xc,              // impact
	0x4000,           // impactful
	0x800000,         // importance
	0x2010,           // improve
	0x2010,           // improved
	0x2010,           // improveed
	0x2010,           // improveing
	0x2010,           // improves
	0x2010,           // improving
	0x20c1448220000,  // in
	0x1,              // inc
	0x3,              // incl
	0x8000000000000,  // include
	0x1000,           // inclusive
	0x2000,           // increase
	0x2000,           // increased
	0x2000,           // increaseed
	0x2000,           // increaseing
	0x2000,           // increases
	0x2000,           // increasing
	0x40000000000000, // incredible
	0x1000,           // independence
	0x200,            // independent
	0x40,             // index
	0x40,             // indexed
	0x40,             // indexes
	0x40,             // indexing
	0x40,             // indexs
	0x200,            // indie
	0x80,             // individual
	0x80,             // individuals
	0x10000000000000, // inference
	0x1000,           // informed
	0x4000000,        // initiative
	0x4004,           // innovation
	0x4000,           // innovative
	0x10000000000000, // input
	0x10000000040000, // inputs
	0x8020000000000,  // insert
	0x1000,           // insights
	0x40,             // inspect
	0x40,             // inspected
	0x40,             // inspecting
	0x40,             // inspects
	0x2010,           // inspire
	0x2010,           // inspired
	0x2010,           // inspireed
	0x2010,           // inspireing
	0x2010,           // inspires
	0x2010,           // inspiring
	0x40,             // install
	0x8000040000,     // installation
	0x40,             // installed
	0x40,             // installing
	0x40,             // installs
	0x20000,          // instead
	0x4000000,        // institute
	0x80,             // institutions
	0x40,             // integrate
	0x40,             // integrated
	0x40,             // integrateed
	0x40,             // integrateing
	0x40,             // integrates
	0x40,             // integrating
	0x4000000000000,  // integration
	0x4000000040000,  // integrations
	0x4,              // integrity
	0x40000000,       // intend
	0x4000000000000,  // interface
	0x2000000000100,  // into
	0x8000000,        // intro
	0x8000000,        // introduction
	0x40,             // invest
	0x40,             // invested
	0x40,             // investing
	0x400,            // investor
	0x400,            // investors
	0x40,             // invests
	0x20000000000,    // ipsum
	0x2000000000800,  // is
	0x2000000000200,  // it
	0x2010000000000,  // its
	0x400,            // journalists
	0x1000,           // joy
	0x1,              // jr
	0x200,            // junior
	0x8000000002000,  // keep
	0x2000,           // keeped
	0x2000,           // keeping
	0x2000,           // keeps
	0x100000000,      // kept
	0x40000,          // key
	0x400,            // kids
	0x40000000,       // kind
	0x80000000,       // kitchen
	0x1000,           // knowledge
	0x100000000,      // known
	0x8000000000,     // kpis
	0x1800004000000,  // la
	0x4000000,        // lab
	0x4000000,        // laboratory
	0x2000000000,     // lander
	0x400,            // landlords
	0x40000000,       // largely
	0x100000000100,   // largest
	0x4000000,        // las
	0x800000000,      // last
	0x80000000,       // laugh
	0x2000000040,     // launch
	0x2000000040,     // launched
	0x2000000040,     // launches
	0x40,             // launching
	0x40,             // launchs
	0x400,            // lawyers
	0x4000000,        // le
	0x100000000000,   // leader
	0x400,            // leaders
	0x4,              // leadership
	0x40100000004100, // leading
	0x4000,           // leading-edge
	0x1000002000,     // learn
	0x2000,           // learned
	0x400,            // learner
	0x400,            // learners
	0x2000,           // learning
	0x2000,           // learns
	0x100000000,      // led
	0x100000000,      // left
	0x1000000,        // leitbild
	0x40,             // lend
	0x40,             // lended
	0x40,             // lending
	0x40,             // lends
	0x10000000000000, // lens
	0x4000000,        // les
	0x2000000001000,  // less
	0x40000,          // levels
	0x20000000004000, // leverage
	0x20000000004000, // leverages
	0x20000000004000, // leveraging
	0x2000,           // liberate
	0x2000,           // liberated
	0x2000,           // liberateed
	0x2000,           // liberateing
	0x2000,           // liberates
	0x2000,           // liberating
	0x400,            // libraries
	0x4000000,        // library
	0x8000000040,     // license
	0x40,             // licensed
	0x40,             // licenseed
	0x40,             // licenseing
	0x40,             // licenses
	0x40,             // licensing
	0x88,             // life
	0x2000000000,     // liftoff
	0x80000000,       // light
	0x40000000,       // likely
	0x8000000000000,  // list
	0x400,            // listeners
	0x2000,           // live
	0x2000,           // lived
	0x2000,           // liveed
	0x2000,           // liveing
	0x2088,           // lives
	0x2000,           // living
	0x1,              // llc
	0x4000000,        // lo
	0x40,             // lobbied
	0x40,             // lobbies
	0x40,             // lobby
	0x40,             // lobbyed
	0x40,             // lobbying
	0x40,             // lobbys
	0x200,            // local
	0x4000000,        // long
	0x4000000,        // long-term
	0x20000000000,    // lorem
	0x4000000,        // los
	0x100000000,      // lost
	0x40000000000000, // lots
	0x2000200,        // low
	0x200,            // low-income
	0x2000,           // lower
	0x2000,           // lowered
	0x2000,           // lowering
	0x2000,           // lowerred
	0x2000,           // lowerring
	0x2000,           // lowers
	0x1000,           // lowest
	0x1,              // ltd
	0x2000000000,     // lunar
	0x4000002000000,  // machine
	0x100000000,      // made
	0x40,             // maintain
	0x40,             // maintained
	0x400,            // maintainers
	0x40,             // maintaining
	0x40,             // maintains
	0x20,             // maintenance
	0x400,            // makers
	0x400,            // managers
	0x80,             // mankind
	0x80,             // mankind's
	0x40,             // manufacture
	0x40,             // manufactured
	0x40,             // manufactureed
	0x40,             // manufactureing
	0x40,             // manufactures
	0x60,             // manufacturing
	0x40000000000000, // many
	0x40,             // map
	0x40,             // maped
	0x40,             // maping
	0x40,             // mapped
	0x40,             // mapping
	0x40,             // maps
	0x200,            // marginalised
	0x200,            // marginalized
	0x100080000400,   // market
	0x400,            // marketers
	0x40,             // match
	0x40,             // matched
	0x40,             // matches
	0x40,             // matching
	0x40,             // matchs
	0x2000040000000,  // may
	0x40000000,       // maybe
	0x80000000,       // meal
	0x100000000,      // meant
	0x40,             // measure
	0x40,             // measured
	0x40,             // measureed
	0x40,             // measureing
	0x40,             // measures
	0x40,             // measuring
	0x200,            // medium
	0x200,            // medium-sized
	0x2000,           // meet
	0x2000,           // meeted
	0x2000,           // meeting
	0x2000,           // meets
	0x400,            // member
	0x400,            // members
	0x400,            // men
	0x40,             // mentor
	0x40,             // mentored
	0x40,             // mentoring
	0x40,             // mentorred
	0x40,             // mentorring
	0x40,             // mentors
	0x400,            // merchants
	0x100000000,      // met
	0x8000000000,     // metrics
	0x4000000000000,  // microservices
	0x200,            // mid
	0x200,            // mid-sized
	0x2000040000000,  // might
	0x80000000,       // miles
	0x8000000000,     // milestone
	0x8000000000,     // milestones
	0x400,            // millennials
	0x200000000000,   // million
	0x200000000000,   // millions
	0x8080000000,     // minutes
	0x1080000,        // mision
	0x1080000,        // missao
	0x1080000,        // missie
	0x1000000,        // missieverklaring
	0x2000001084000,  // mission
	0x4000,           // mission-critical
	0x1080000,        // missione
	0x1000000,        // missions
	0x4000000000000,  // mobile
	0x40,             // mobilise
	0x40,             // mobilised
	0x40,             // mobiliseed
	0x40,             // mobiliseing
	0x40,             // mobilises
	0x40,             // mobilising
	0x40,             // mobilize
	0x40,             // mobilized
	0x40,             // mobilizeed
	0x40,             // mobilizeing
	0x40,             // mobilizes
	0x40,             // mobilizing
	0x40000,          // modalities
	0x10000000000000, // mode
	0x10000000000000, // model
	0x10000000040000, // models
	0x800000000,      // modified
	0x14000000000000, // module
	0x4000000040000,  // modules
	0x40,             // monitor
	0x40,             // monitored
	0x40,             // monitoring
	0x40,             // monitorred
	0x40,             // monitorring
	0x40,             // monitors
	0x2001040001000,  // more
	0x80000000,       // morning
	0x42100000000100, // most
	0x40000000,       // mostly
	0x8000000000,     // motivation
	0x4000,           // move
	0x3,              // mr
	0x3,              // mrs
	0x3,              // ms
	0x3,              // mt
	0x10000002000000, // multimodal
	0x400,            // municipalities
	0x4000000,        // museum
	0x400,            // musicians
	0x2000000000000,  // must
	0x10004000000,    // my
	0x800000000,      // name
	0x200000000000,   // nation
	0x200000000080,   // nations
	0x80000200,       // neighborhood
	0x80000200,       // neighbourhood
	0x4000040,        // network
	0x40,             // networked
	0x40,             // networking
	0x40,             // networks
	0x200000200000,   // never
	0x4000200,        // new
	0x8000,           // news
	0x8000004000,     // next
	0x4000,           // next-gen
	0x4000,           // next-generation
	0x82000000,       // night
	0x2600000220081,  // no
	0x200000000080,   // nobody
	0x8000000600,     // non
	0x8000000000,     // non-goals
	0x200,            // non-profit
	0x400,            // non-profits
	0x4000000000,     // none
	0x200,            // nonprofit
	0x400,            // nonprofits
	0x20000000,       // north
	0x20000000,       // northstar
	0x10004000000,    // nos
	0x1810004000000,  // nossa
	0x10004000000,    // nossas
	0x10004000000,    // nosso
	0x10004000000,    // nossos
	0x1810004000000,  // nostra
	0x10004000000,    // nostre
	0x10004000000,    // nostri
	0x10004000000,    // nostro
	0x2044000020000,  // not
	0x800000000,      // note
	0x800000000,      // notes
	0x4000000000,     // nothing
	0x1810004000000,  // notre
	0x800000000000,   // nous
	0x1810004000000,  // nuestra
	0x10004000000,    // nuestras
	0x10004000000,    // nuestro
	0x10004000000,    // nuestros
	0x40500000000000, // number
	0x100000000000,   // number-one
	0x40000000000000, // numerous
	0x400,            // nurse
	0x400,            // nurses
	0x2000,           // nurture
	0x2000,           // nurtured
	0x2000,           // nurtureed
	0x2000,           // nurtureing
	0x2000,           // nurtures
	0x2000,           // nurturing
	0x8000000,        // nutshell
	0x4000000,        // o
	0x400000,         // obiettivi
	0x400000,         // objectifs
	0x8000000000,     // objective
	0x8000400000,     // objectives
	0x400000,         // objetivos
	0x10000000000000, // ocr
	0x2000010000000,  // of
	0x40,             // offer
	0x40,             // offered
	0x40,             // offering
	0x40,             // offerred
	0x40,             // offerring
	0x40,             // offers
	0x4000000,        // office
	0x8000000000,     // okr
	0x8000000000,     // okrs
	0x200,            // older
	0x4000,           // omnichannel
	0x2001000001000,  // on
	0x400008204000,   // one
	0x8000000,        // one-liner
	0x4000,           // one-stop
	0x4000,           // one-stop-shop
	0x200,            // online
	0x20000,          // only
	0x10004000000,    // ons
	0x1810004000000,  // onze
	0x8000000640,     // open
	0x640,            // open-source
	0x40,             // open-sourced
	0x40,             // open-sourceed
	0x40,             // open-sourceing
	0x40,             // open-sources
	0x40,             // open-sourcing
	0x40,             // operate
	0x40,             // operated
	0x40,             // operateed
	0x40,             // operateing
	0x40,             // operates
	0x40,             // operating
	0x400,            // operators
	0x100c,           // opportunities
	0x100c,           // opportunity
	0x4000,           // optimise
	0x4,              // optimization
	0x4000,           // optimize
	0x40000,          // options
	0x2000000000000,  // or
	0x2000000000,     // orbit
	0x2000000000,     // orbital
	0x2000000000,     // orbiter
	0x2000000000,     // orbits
	0x4000080,        // organisation
	0x4000000,        // organisational
	0x80,             // organisations
	0x40,             // organise
	0x40,             // organised
	0x40,             // organiseed
	0x40,             // organiseing
	0x40,             // organises
	0x40,             // organising
	0x4000080,        // organization
	0x4000000,        // organizational
	0x80,             // organizations
	0x40,             // organize
	0x40,             // organized
	0x40,             // organizeed
	0x40,             // organizeing
	0x40,             // organizes
	0x40,             // organizing
	0x4000000,        // os
	0x3010025000000,  // our
	0x8000000000000,  // outline
	0x40000000000000, // outstanding
	0x4000000,        // overall
	0x2000,           // overcome
	0x2000,           // overcomed
	0x2000,           // overcomeed
	0x2000,           // overcomeing
	0x2000,           // overcomes
	0x2000,           // overcoming
	0x8000000,        // overview
	0x2000000000040,  // own
	0x40,             // owned
	0x800000000,      // owner
	0x800000000,      // owners
	0x40,             // owning
	0x40,             // owns
	0x100000000,      // paid
	0x10000000,       // para
	0x4000,           // paradigm
	0x400,            // parent
	0x400,            // parents
	0x400000000000,   // part
	0x40,             // partner
	0x40,             // partnered
	0x40,             // partnering
	0x40,             // partnerred
	0x40,             // partnerring
	0x40,             // partners
	0x4000000,        // partnership
	0x4000,           // passionate
	0x20000,          // patented
	0x400,            // patient
	0x400,            // patients
	0x400,            // patients'
	0x2000000000,     // payload
	0x2000000000,     // payloads
	0x1000,           // peace
	0x80,             // people
	0x10000000,       // per
	0x1000,           // perfect
	0x4,              // performance
	0x40000000,       // perhaps
	0x2000000,        // peripheral
	0x80,             // person
	0x8000000000,     // personas
	0x80,             // persons
	0x400,            // pet
	0x400,            // pharmacies
	0x400,            // pharmacist
	0x400,            // pharmacists
	0x80000000,       // phone
	0x10000000000000, // photo
	0x400,            // photographers
	0x10000000000000, // photos
	0x400,            // physicians
	0x10000000000000, // pipeline
	0x10000000000000, // pixel
	0x10000000000000, // pixels
	0x20000000000,    // placeholder
	0x8040000000,     // plan
	0x200000000000,   // planet
	0x8000000000,     // plans
	0x40,             // plant
	0x40,             // planted
	0x40,             // planting
	0x40,             // plants
	0x4000004000000,  // platform
	0x400,            // players
	0x14000000000000, // plugin
	0x14000000040000, // plugins
	0x40,             // pool
	0x40,             // pooled
	0x40,             // pooling
	0x40,             // pools
	0x4000000000000,  // portal
	0x40000000,       // possibly
	0x1004,           // potential
	0x40000000,       // potentially
	0x10000000,       // pour
	0x400000000,      // powered
	0x400,            // practitioners
	0x100000000000,   // pre
	0x100000000000,   // pre-eminent
	0x100000000000,   // preeminent
	0x100000000000,   // preferred
	0x40100000004000, // premier
	0x2000,           // prevent
	0x2000,           // prevented
	0x2000,           // preventing
	0x2000,           // prevents
	0x8000000000,     // pricing
	0x400000,         // principes
	0x400000,         // principi
	0x400000,         // principios
	0x400000,         // principles
	0x400000,         // prinzipien
	0x8000000000,     // priorities
	0x800000000,      // priority
	0x2000000000,     // probe
	0x8000000000,     // problem
	0x40,             // produce
	0x40,             // produced
	0x40,             // produceed
	0x40,             // produceing
	0x40,             // produces
	0x40,             // producing
	0x20804000400,    // product
	0x1000,           // productive
	0x4,              // productivity
	0x3,              // prof
	0x200,            // professional
	0x400,            // professionals
	0x4000040,        // program
	0x40,             // programed
	0x40,             // programing
	0x4000000,        // programme
	0x40,             // programmed
	0x400,            // programmers
	0x40,             // programming
	0x40,             // programs
	0x4000000,        // project
	0x20000000000010, // promote
	0x10,             // promoted
	0x10,             // promoteed
	0x10,             // promoteing
	0x20000000000010, // promotes
	0x20000000000010, // promoting
	0x4000000,        // proposed
	0x201000000,      // proposito
	0x20000,          // proprietary
	0x2000,           // prosper
	0x2000,           // prospered
	0x2000,           // prospering
	0x1000,           // prosperity
	0x2000,           // prosperred
	0x2000,           // prosperring
	0x2000,           // prospers
	0x2000,           // protect
	0x2000,           // protected
	0x2000,           // protecting
	0x2000,           // protects
	0x28000000000040, // provide
	0x20000000000040, // provided
	0x40,             // provideed
	0x40,             // provideing
	0x20000000000040, // provides
	0x20000000000040, // providing
	0x20,             // provision
	0x20,             // provisioning
	0x280,            // public
	0x200,            // public-sector
	0x40,             // publish
	0x40,             // published
	0x400,            // publishers
	0x40,             // publishes
	0x60,             // publishing
	0x40,             // publishs
	0x2000201000000,  // purpose
	0x100000000,      // put
	0x1004,           // quality
	0x40000,          // quests
	0x40000000,       // quite
	0x201000000,      // raison
	0x40020000,       // rather
	0x2000000000,     // re
	0x2000000000,     // re-entry
	0x2000,           // reach
	0x2000,           // reached
	0x2000,           // reaches
	0x2000,           // reaching
	0x2000,           // reachs
	0x1100000000,     // read
	0x400,            // readers
	0x4000000000000,  // real
	0x4000000000000,  // real-time
	0x2000,           // realise
	0x2000,           // realised
	0x2000,           // realiseed
	0x2000,           // realiseing
	0x2000,           // realises
	0x2000,           // realising
	0x2000,           // realize
	0x2000,           // realized
	0x2000,           // realizeed
	0x2000,           // realizeing
	0x2000,           // realizes
	0x2000,           // realizing
	0x40000000000000, // really
	0x201000000,      // reason
	0x10000000000000, // recognition
	0x2000000000,     // reconnaissance
	0x2000,           // recover
	0x2000,           // recovered
	0x2000,           // recovering
	0x2000,           // recoverred
	0x2000,           // recoverring
	0x2000,           // recovers
	0x40,             // recruit
	0x40,             // recruited
	0x40,             // recruiting
	0x40,             // recruits
	0x40,             // recycle
	0x40,             // recycled
	0x40,             // recycleed
	0x40,             // recycleing
	0x40,             // recycles
	0x40,             // recycling
	0x2000,           // reduce
	0x2000,           // reduced
	0x2000,           // reduceed
	0x2000,           // reduceing
	0x2000,           // reduces
	0x2000,           // reducing
	0x2000000000,     // reentry
	0x8000000000,     // references
	0x4000000,        // refreshed
	0x200,            // regional
	0x40000000,       // relatively
	0x8000048000,     // release
	0x8000008000,     // releases
	0x2000,           // relieve
	0x2000,           // relieved
	0x2000,           // relieveed
	0x2000,           // relieveing
	0x2000,           // relieves
	0x2000,           // relieving
	0x200,            // remote
	0x2000,           // remove
	0x2000,           // removed
	0x2000,           // removeed
	0x2000,           // removeing
	0x2000,           // removes
	0x2000,           // removing
	0x40000000000000, // renowned
	0x400,            // renters
	0x40,             // repair
	0x40,             // repaired
	0x40,             // repairing
	0x40,             // repairs
	0x8000000000000,  // replace
	0x20000,          // replacing
	0x8000040000,     // requirements
	0x40,             // rescue
	0x40,             // rescued
	0x40,             // rescueed
	0x40,             // rescueing
	0x40,             // rescues
	0x40,             // rescuing
	0x220,            // research
	0x400,            // researcher
	0x400,            // researchers
	0x400,            // residents
	0x400,            // restaurants
	0x2040,           // restore
	0x2040,           // restored
	0x2040,           // restoreed
	0x2040,           // restoreing
	0x2040,           // restores
	0x2040,           // restoring
	0x8,              // results
	0x200,            // retail
	0x400,            // retailers
	0x400,            // retirees
	0x40,             // review
	0x800000040,      // reviewed
	0x800000000,      // reviewers
	0x40,             // reviewing
	0x40,             // reviews
	0x4000000,        // revised
	0x4000,           // revolutionary
	0x4010,           // revolutionise
	0x10,             // revolutionised
	0x10,             // revolutioniseed
	0x10,             // revolutioniseing
	0x10,             // revolutionises
	0x10,             // revolutionising
	0x4010,           // revolutionize
	0x10,             // revolutionized
	0x10,             // revolutionizeed
	0x10,             // revolutionizeing
	0x10,             // revolutionizes
	0x10,             // revolutionizing
	0x1000,           // richer
	0x100000000,      // ridden
	0x400,            // riders
	0x1000,           // rights
	0x100000000,      // risen
	0x8000000000,     // risks
	0x80000000,       // river
	0x8000000000,     // roadmap
	0x2000000,        // robot
	0x2000000,        // robotic
	0x4000,           // robust
	0x2000000000,     // rocket
	0x2000000000,     // rockets
	0x80000000,       // roof
	0x400,            // rotarians
	0x2000000000,     // rover
	0x100000040,      // run
	0x40,             // runed
	0x40,             // runing
	0x40,             // runned
	0x400,            // runners
	0x40,             // running
	0x40,             // runs
	0x200,            // rural
	0x4000000000200,  // saas
	0x1000,           // safe
	0x2000,           // safeguard
	0x2000,           // safeguarded
	0x2000,           // safeguarding
	0x2000,           // safeguards
	0x1000,           // safer
	0x1000,           // safety
	0x100000000,      // said
	0x400,            // sales
	0x800000,         // sample
	0x800000,         // samples
	0x2000000000,     // satellite
	0x2000000000,     // satellites
	0x2000,           // save
	0x2000,           // saved
	0x2000,           // saveed
	0x2000,           // saveing
	0x2000,           // saves
	0x2000,           // saving
	0x4000,           // scalable
	0x8000000000,     // schedule
	0x400,            // scholars
	0x84000000,       // school
	0x400,            // schools
	0x400,            // scientist
	0x400,            // scientists
	0x8000000000,     // scope
	0x80000000,       // screen
	0x10000000000000, // screenshot
	0x10000000000000, // screenshots
	0x4000000000000,  // sdk
	0x4000,           // seamless
	0x4000,           // seamlessly
	0x2000,           // secure
	0x2000,           // secured
	0x2000,           // secureed
	0x2000,           // secureing
	0x2000,           // secures
	0x2000,           // securing
	0x1800000000,     // see
	0x20000040000010, // seek
	0x10,             // seeked
	0x10,             // seeking
	0x40000010,       // seeks
	0x100000000,      // seen
	0x10000000000000, // segmentation
	0x40,             // sell
	0x40,             // selled
	0x400,            // sellers
	0x40,             // selling
	0x40,             // sells
	0x200,            // senior
	0x400,            // seniors
	0x14000000000000, // sensor
	0x14000000000000, // sensors
	0x100000000,      // sent
	0x10000,          // sentence
	0x10,             // serve
	0x10,             // served
	0x10,             // serveed
	0x10,             // serveing
	0x10,             // serves
	0x4000000,        // service
	0x10,             // serving
	0x100000000,      // set
	0x40000,          // settings
	0x40000,          // setup
	0x40000000000000, // several
	0x100000000,      // shaken
	0x2000000200000,  // shall
	0x10,             // shape
	0x10,             // shaped
	0x10,             // shapeed
	0x10,             // shapeing
	0x10,             // shapes
	0x10,             // shaping
	0x4000000,        // shared
	0x40,             // ship
	0x40,             // shiped
	0x40,             // shiping
	0x40,             // shipped
	0x40,             // shipping
	0x40,             // ships
	0x80000000,       // shop
	0x400,            // shopkeepers
	0x400,            // shoppers
	0x8000000,        // short
	0x2000000000000,  // should
	0x100000000,      // shown
	0x40000000000000, // significantly
	0x1000,           // simpler
	0x2000,           // simplified
	0x2000,           // simplifies
	0x2000,           // simplify
	0x2000,           // simplifyed
	0x2000,           // simplifying
	0x2000,           // simplifys
	0x600,            // small
	0x1000,           // smarter
	0x400,            // smbs
	0x80000000,       // smile
	0x2080000000000,  // so
	0x4000080,        // society
	0x4000000000600,  // software
	0x100000000,      // sold
	0x4000,           // solution
	0x4004,           // solutions
	0x2000,           // solve
	0x2000,           // solved
	0x2000,           // solveed
	0x2000,           // solveing
	0x2000,           // solves
	0x2000,           // solving
	0x200000,         // some
	0x200000,         // someday
	0x40000000,       // somewhat
	0x40000000,       // sort
	0x2000000000,     // sortie
	0x800000040,      // source
	0x40,             // sourced
	0x40,             // sourceed
	0x40,             // sourceing
	0x40,             // sources
	0x40,             // sourcing
	0x2000000000,     // spacecraft
	0x2000000000,     // spaceflight
	0x400,            // specialists
	0x8000000000000,  // specify
	0x100000000,      // spent
	0x2000000000,     // splashdown
	0x100000000,      // spoken
	0x2000000000,     // squadron
	0x1,              // sr
	0x3,              // st
	0x4,              // stakeholder
	0x800000084,      // stakeholders
	0x80000000,       // stall
	0x400,            // stallholders
	0x4000400,        // startup
	0x400,            // startups
	0x8000000004000,  // state
	0x4000,           // state-of-the-art
	0x4000000,        // stated
	0x2000008410000,  // statement
	0x400000,         // statements
	0x800000000,      // status
	0x2000,           // stay
	0x2000,           // stayed
	0x2000,           // staying
	0x2000,           // stays
	0x8000000000,     // steps
	0x2000000,        // stereo
	0x100000000,      // stolen
	0x400000,         // strategia
	0x4000000,        // strategic
	0x400000,         // strategie
	0x400000,         // strategies
	0x400000,         // strategy
	0x4000,           // streamline
	0x80000000,       // street
	0x2010,           // strengthen
	0x2010,           // strengthened
	0x2010,           // strengthening
	0x2010,           // strengthenned
	0x2010,           // strengthenning
	0x2010,           // strengthens
	0x20000040000010, // strive
	0x10,             // strived
	0x10,             // striveed
	0x10,             // striveing
	0x20000040000010, // strives
	0x20000000000010, // striving
	0x1000,           // stronger
	0x600,            // student
	0x400,            // students
	0x4000000,        // studio
	0x400,            // subscribers
	0x40000000000000, // substantially
	0x2000,           // succeed
	0x2000,           // succeeded
	0x2000,           // succeeding
	0x2000,           // succeeds
	0x800000100c,     // success
	0x1000,           // suffering
	0x8000000000000,  // summarise
	0x8000000000000,  // summarize
	0x8010000,        // summary
	0x40000000000000, // superior
	0x30000000000410, // support
	0x10000000040010, // supported
	0x20000000000010, // supporting
	0x30000000000010, // supports
	0x4,              // sustainability
	0x40,             // synchronise
	0x40,             // synchronised
	0x40,             // synchroniseed
	0x40,             // synchroniseing
	0x40,             // synchronises
	0x40,             // synchronising
	0x40,             // synchronize
	0x40,             // synchronized
	0x40,             // synchronizeed
	0x40,             // synchronizeing
	0x40,             // synchronizes
	0x40,             // synchronizing
	0x4000,           // synergies
	0x4000,           // synergistic
	0x4004,           // synergy
	0x8000000,        // synopsis
	0x400,            // sysadmins
	0x4000000000000,  // system
	0x4000000000000,  // systems
	0x80000000,       // table
	0x2000,           // tackle
	0x2000,           // tackled
	0x2000,           // tackleed
	0x2000,           // tackleing
	0x2000,           // tackles
	0x2000,           // tackling
	0x800000000,      // tags
	0x100000000,      // taken
	0x8000000000,     // target
	0x8000000000,     // targets
	0x10008000000000, // tasks
	0x100000000,      // taught
	0x20000000000,    // tba
	0x20000000000,    // tbc
	0x20000000000,    // tbd
	0x40,             // teach
	0x40,             // teached
	0x400,            // teacher
	0x400,            // teachers
	0x40,             // teaches
	0x40,             // teaching
	0x40,             // teachs
	0x8004000000,     // team
	0x400,            // teams
	0x200,            // tech
	0x4000200,        // technical
	0x400,            // teenagers
	0x400,            // teens
	0x2000000000,     // telemetry
	0x2000000000,     // telescope
	0x2000000,        // television
	0x800000000000,   // tem
	0x800000,         // template
	0x800000,         // templates
	0x400,            // tenants
	0x800000000000,   // tenemos
	0x400000,         // tenets
	0x40000,          // terminology
	0x40,             // test
	0x40,             // tested
	0x400,            // testers
	0x40,             // testing
	0x40,             // tests
	0x2000000020000,  // than
	0x400000000,      // thanks
	0x2080000000000,  // that
	0x4240100c221088, // the
	0x2010000000000,  // their
	0x2000000000000,  // them
	0x2000000000000,  // then
	0x2000000,        // thermal
	0x2000000000000,  // these
	0x2000000000000,  // they
	0x2001000000000,  // this
	0x2000000000000,  // those
	0x100004000,      // thought
	0x2000,           // thrive
	0x2000,           // thrived
	0x2000,           // thriveed
	0x2000,           // thriveing
	0x2000,           // thrives
	0x2000,           // thriving
	0x2000400000000,  // through
	0x100000000,      // thrown
	0x800000000000,   // tiene
	0x8000000000,     // timeline
	0x800000000,      // tip
	0x800800000,      // tips
	0x808000000,      // tl;dr
	0x808000000,      // tldr
	0x20e8040000000,  // to
	0x8000000000,     // to-do
	0x28000000000,    // todo
	0x10000000000000, // tokens
	0x100000000,      // told
	0x200008,         // tomorrow
	0x4000000000000,  // tool
	0x4000000040000,  // tools
	0x100000004100,   // top
	0x4000,           // top-notch
	0x100000000000,   // top-ranked
	0x100000000000,   // top-rated
	0x100000000,      // torn
	0x400,            // tourists
	0x80000000,       // town
	0x40,             // track
	0x40,             // tracked
	0x40,             // tracking
	0x40,             // tracks
	0x400,            // trader
	0x400,            // traders
	0x80000000,       // trail
	0x80000040,       // train
	0x40,             // trained
	0x60,             // training
	0x40,             // trains
	0x2000000000,     // trajectory
	0x10,             // transform
	0x4,              // transformation
	0x4000,           // transformative
	0x10,             // transformed
	0x10000000000000, // transformer
	0x10000000000000, // transformers
	0x10,             // transforming
	0x10,             // transforms
	0x40,             // translate
	0x40,             // translated
	0x40,             // translateed
	0x40,             // translateing
	0x40,             // translates
	0x40,             // translating
	0x400,            // travelers
	0x400,            // travellers
	0x2000,           // treat
	0x2000,           // treated
	0x2000,           // treating
	0x2000,           // treats
	0x40000000,       // tries
	0x40000,          // troubleshooting
	0x4000000,        // true
	0x40000000000000, // truly
	0x4000000,        // trust
	0x1000,           // trustworthy
	0x40000000,       // try
	0x2000000,        // tunnel
	0x4000,           // turnkey
	0x2000000,        // tv
	0x800000000,      // type
	0x200000,         // ultimately
	0x400000,         // und
	0x40000000000,    // under
	0x200,            // underserved
	0x2000,           // understand
	0x2000,           // understanded
	0x803000,         // understanding
	0x2000,           // understands
	0x100000000,      // understood
	0x40,             // undertake
	0x40,             // undertaked
	0x40,             // undertakeed
	0x40,             // undertakeing
	0x40,             // undertakes
	0x40,             // undertaking
	0x40,             // unified
	0x40,             // unifies
	0x40,             // unify
	0x40,             // unifyed
	0x40,             // unifying
	0x40,             // unifys
	0x4000000,        // union
	0x40000000000000, // unique
	0x20000,          // uniquely
	0x4000000,        // unit
	0x1,              // univ
	0x400,            // universities
	0x20000,          // unlike
	0x2000,           // unlock
	0x2000,           // unlocked
	0x2000,           // unlocking
	0x2000,           // unlocks
	0x4000,           // unmatched
	0x4000,           // unparalleled
	0x4000,           // unrivaled
	0x4000,           // unrivalled
	0x810004000000,   // unser
	0x1810004000000,  // unsere
	0x10004000000,    // unserer
	0x804000000,      // updated
	0x10000000000000, // upload
	0x10000000000000, // uploads
	0x200,            // urban
	0x2000000000000,  // us
	0x1000,           // usable
	0x8000040000,     // usage
	0x8008000000000,  // use
	0x1000,           // useful
	0x8000004080,     // user
	0x4000,           // user-centric
	0x80,             // users
	0x400000000,      // using
	0x20000000000000, // utilise
	0x20000000000000, // utilize
	0x20000000000000, // utilizes
	0x20000000000000, // utilizing
	0x400000,         // valeurs
	0x400000,         // valores
	0x400000,         // valori
	0x40400c,         // value
	0x4000,           // value-added
	0x400000,         // values
	0x10000000,       // van
	0x40000000000000, // various
	0x400,            // vendor
	0x400,            // vendors
	0x800000000,      // version
	0x20000,          // versus
	0x40000000000000, // very
	0x400,            // veterans
	0x400000000,      // via
	0x1000,           // viable
	0x10000000000000, // video
	0x400,            // viewers
	0x80000000,       // village
	0x20100000,       // visao
	0x20100000,       // visie
	0x2000020100000,  // vision
	0x4000,           // visionary
	0x20100000,       // visione
	0x20000000,       // visions
	0x3,              // viz
	0x400,            // volunteers
	0x10000000,       // von
	0x10000000,       // voor
	0x20003,          // vs
	0x200,            // vulnerable
	0x400000,         // waarden
	0x40000000,       // want
	0x800000000,      // warning
	0x2000000000800,  // was
	0x80000000,       // water
	0x8,              // way
	0x2000000000,     // waypoint
	0x8,              // ways
	0x2000440600000,  // we
	0x4000000000000,  // wearable
	0x4000000000000,  // wearables
	0x10000000000000, // webcam
	0x4000000000000,  // website
	0x1000000000,     // welcome
	0x1000,           // well
	0x1000,           // well-being
	0x1000,           // wellbeing
	0x2000000000800,  // were
	0x400000,         // werte
	0x2000000c00000,  // what
	0x840000,         // what's
	0x2000040800000,  // when
	0x40000000,       // whenever
	0x2000040a00000,  // where
	0x20000,          // whereas
	0x2080000000000,  // which
	0x2000000800000,  // who
	0x2000000000000,  // whom
	0x2000201800000,  // why
	0x4000000000000,  // widget
	0x2040000200000,  // will
	0x6000,           // win
	0x4000,           // win-win
	0x2000,           // wined
	0x2000,           // wining
	0x2000,           // winned
	0x2000,           // winning
	0x2000,           // wins
	0x80000000,       // winter
	0x40000000,       // wish
	0x2000400000000,  // with
	0x20000,          // without
	0x400,            // women
	0x100000000,      // won
	0x20040400400000, // work
	0x400,            // workers
	0x400000200,      // working
	0x20000400000000, // works
	0x40200000004008, // world
	0x600000004000,   // world's
	0x4000,           // world-class
	0x40000000000000, // world-renowned
	0x200000000000,   // worldwide
	0x100000000,      // worn
	0x2000040000000,  // would
	0x100000000,      // woven
	0x8000000800040,  // write
	0x40,             // writed
	0x40,             // writeed
	0x40,             // writeing
	0x400,            // writers
	0x40,             // writes
	0x800040,         // writing
	0x100000000,      // written
	0x2000000,        // x
	0x2000000,        // x-ray
	0x20000000000,    // xxx
	0x400000,         // y
	0x80,             // you
	0x600,            // young
	0x20000000000,    // your
	0x400,            // youth
	0x400000,         // ziele
}

// tableStarts[i] is where tableWords[i]'s phrases start in tablePhrases.
var tableStarts = [...]uint16{
	0,
	2,
	3,
	4,
	5,
	22,
	23,
	24,
	25,
	26,
	27,
	28,
	30,
	32,
	34,
	36,
	38,
	40,
	42,
	43,
	44,
	45,
	46,
	47,
	48,
	49,
	50,
	51,
	52,
	53,
	54,
	55,
	56,
	57,
	58,
	59,
	60,
	61,
	62,
	63,
	64,
	65,
	67,
	69,
	71,
	73,
	75,
	77,
	78,
	79,
	80,
	81,
	82,
	83,
	84,
	85,
	86,
	87,
	88,
	89,
	91,
	92,
	93,
	94,
	98,
	99,
	100,
	104,
	105,
	106,
	109,
	110,
	111,
	112,
	113,
	116,
	117,
	118,
	119,
	120,
	121,
	122,
	123,
	124,
	125,
	126,
	127,
	128,
	129,
	130,
	131,
	133,
	134,
	135,
	136,
	137,
	138,
	139,
	140,
	141,
	142,
	143,
	144,
	145,
	146,
	148,
	150,
	151,
	152,
	155,
	157,
	158,
	159,
	160,
	161,
	162,
	164,
	165,
	167,
	168,
	169,
	170,
	171,
	172,
	173,
	174,
	175,
	178,
	179,
	180,
	181,
	182,
	187,
	188,
	189,
	190,
	191,
	192,
	196,
	197,
	198,
	199,
	200,
	201,
	202,
	203,
	204,
	205,
	206,
	208,
	209,
	211,
	212,
	213,
	214,
	215,
	216,
	217,
	218,
	219,
	220,
	221,
	222,
	223,
	225,
	226,
	227,
	228,
	229,
	230,
	233,
	234,
	235,
	237,
	238,
	239,
	240,
	242,
	244,
	246,
	247,
	249,
	250,
	256,
	257,
	258,
	259,
	260,
	261,
	262,
	264,
	265,
	266,
	268,
	269,
	270,
	271,
	277,
	278,
	279,
	280,
	281,
	282,
	284,
	285,
	286,
	287,
	288,
	289,
	290,
	291,
	292,
	294,
	295,
	296,
	297,
	298,
	299,
	300,
	301,
	302,
	303,
	304,
	305,
	306,
	307,
	308,
	309,
	310,
	311,
	312,
	313,
	314,
	315,
	316,
	317,
	318,
	319,
	320,
	321,
	322,
	323,
	324,
	325,
	326,
	327,
	328,
	330,
	331,
	332,
	333,
	334,
	337,
	339,
	340,
	341,
	342,
	343,
	344,
	345,
	346,
	349,
	351,
	352,
	353,
	354,
	355,
	356,
	357,
	358,
	359,
	360,
	361,
	362,
	363,
	364,
	365,
	366,
	367,
	368,
	369,
	370,
	371,
	372,
	373,
	374,
	375,
	376,
	377,
	378,
	379,
	380,
	381,
	382,
	383,
	384,
	385,
	386,
	388,
	389,
	390,
	391,
	392,
	395,
	396,
	397,
	398,
	401,
	404,
	405,
	406,
	407,
	409,
	410,
	411,
	413,
	415,
	416,
	417,
	418,
	419,
	420,
	421,
	422,
	423,
	424,
	425,
	426,
	427,
	428,
	429,
	430,
	431,
	432,
	433,
	434,
	436,
	437,
	438,
	439,
	440,
	441,
	442,
	443,
	444,
	445,
	446,
	447,
	448,
	449,
	450,
	451,
	452,
	453,
	454,
	455,
	456,
	457,
	458,
	459,
	460,
	461,
	462,
	463,
	464,
	465,
	466,
	467,
	468,
	469,
	470,
	471,
	472,
	474,
	476,
	477,
	478,
	480,
	483,
	485,
	487,
	488,
	489,
	490,
	491,
	492,
	493,
	494,
	496,
	497,
	498,
	500,
	502,
	504,
	506,
	508,
	510,
	511,
	512,
	513,
	515,
	516,
	517,
	518,
	519,
	520,
	521,
	522,
	523,
	524,
	525,
	526,
	528,
	529,
	530,
	532,
	533,
	534,
	535,
	536,
	537,
	538,
	539,
	540,
	543,
	546,
	548,
	550,
	552,
	555,
	556,
	557,
	558,
	559,
	560,
	561,
	562,
	563,
	564,
	565,
	566,
	568,
	569,
	570,
	571,
	572,
	573,
	574,
	575,
	576,
	577,
	578,
	579,
	580,
	581,
	584,
	585,
	586,
	587,
	588,
	589,
	590,
	591,
	593,
	594,
	595,
	596,
	597,
	598,
	599,
	601,
	602,
	603,
	604,
	605,
	606,
	607,
	609,
	610,
	611,
	612,
	613,
	614,
	615,
	616,
	617,
	618,
	620,
	621,
	623,
	624,
	625,
	626,
	627,
	628,
	629,
	630,
	631,
	632,
	633,
	634,
	635,
	636,
	637,
	638,
	639,
	640,
	641,
	642,
	643,
	644,
	645,
	646,
	648,
	649,
	650,
	651,
	653,
	654,
	655,
	656,
	657,
	658,
	659,
	660,
	661,
	662,
	664,
	665,
	666,
	667,
	668,
	669,
	670,
	671,
	672,
	673,
	674,
	675,
	676,
	678,
	679,
	680,
	681,
	682,
	683,
	684,
	685,
	686,
	687,
	688,
	689,
	690,
	691,
	692,
	693,
	694,
	695,
	697,
	698,
	699,
	700,
	701,
	702,
	703,
	704,
	705,
	706,
	707,
	708,
	709,
	710,
	711,
	712,
	713,
	715,
	716,
	717,
	718,
	719,
	720,
	721,
	722,
	723,
	724,
	725,
	726,
	727,
	728,
	729,
	730,
	731,
	732,
	733,
	734,
	735,
	737,
	740,
	741,
	742,
	744,
	745,
	746,
	747,
	748,
	749,
	750,
	751,
	752,
	753,
	754,
	756,
	757,
	759,
	760,
	761,
	762,
	763,
	764,
	765,
	766,
	767,
	768,
	769,
	770,
	771,
	772,
	773,
	774,
	776,
	778,
	780,
	782,
	784,
	786,
	787,
	788,
	789,
	790,
	791,
	792,
	793,
	794,
	795,
	796,
	797,
	798,
	799,
	800,
	801,
	802,
	803,
	805,
	808,
	810,
	812,
	814,
	816,
	818,
	821,
	823,
	826,
	828,
	830,
	832,
	834,
	835,
	836,
	837,
	838,
	839,
	840,
	841,
	843,
	844,
	846,
	847,
	848,
	849,
	850,
	851,
	852,
	853,
	854,
	857,
	858,
	861,
	863,
	865,
	867,
	870,
	873,
	874,
	875,
	876,
	877,
	878,
	879,
	880,
	881,
	882,
	883,
	884,
	885,
	887,
	888,
	889,
	891,
	892,
	893,
	894,
	895,
	896,
	897,
	898,
	899,
	900,
	901,
	902,
	903,
	904,
	905,
	906,
	907,
	908,
	909,
	911,
	913,
	915,
	916,
	917,
	920,
	921,
	922,
	923,
	924,
	925,
	926,
	927,
	928,
	929,
	930,
	931,
	932,
	933,
	934,
	935,
	936,
	937,
	938,
	939,
	940,
	941,
	943,
	946,
	947,
	948,
	949,
	950,
	951,
	952,
	953,
	954,
	958,
	962,
	964,
	966,
	968,
	970,
	971,
	973,
	974,
	975,
	976,
	977,
	978,
	979,
	980,
	981,
	983,
	984,
	985,
	986,
	987,
	988,
	989,
	990,
	991,
	992,
	993,
	1000,
	1001,
	1002,
	1003,
	1004,
	1005,
	1006,
	1007,
	1008,
	1009,
	1010,
	1011,
	1013,
	1021,
	1022,
	1023,
	1024,
	1025,
	1027,
	1028,
	1030,
	1031,
	1032,
	1034,
	1035,
	1036,
	1037,
	1039,
	1040,
	1041,
	1042,
	1043,
	1044,
	1045,
	1046,
	1047,
	1048,
	1051,
	1052,
	1053,
	1054,
	1055,
	1056,
	1057,
	1058,
	1059,
	1060,
	1062,
	1064,
	1065,
	1066,
	1067,
	1068,
	1069,
	1070,
	1071,
	1072,
	1073,
	1076,
	1077,
	1079,
	1080,
	1081,
	1082,
	1083,
	1084,
	1085,
	1086,
	1087,
	1088,
	1089,
	1090,
	1091,
	1092,
	1094,
	1095,
	1096,
	1097,
	1098,
	1100,
	1101,
	1102,
	1103,
	1104,
	1105,
	1107,
	1108,
	1111,
	1112,
	1113,
	1115,
	1117,
	1118,
	1119,
	1120,
	1123,
	1124,
	1125,
	1126,
	1127,
	1128,
	1129,
	1130,
	1131,
	1132,
	1133,
	1134,
	1135,
	1136,
	1137,
	1138,
	1140,
	1141,
	1142,
	1143,
	1144,
	1146,
	1147,
	1148,
	1149,
	1150,
	1151,
	1152,
	1153,
	1154,
	1155,
	1156,
	1157,
	1158,
	1159,
	1160,
	1161,
	1163,
	1165,
	1167,
	1169,
	1170,
	1172,
	1173,
	1174,
	1175,
	1176,
	1177,
	1178,
	1179,
	1180,
	1181,
	1182,
	1184,
	1185,
	1186,
	1189,
	1190,
	1192,
	1193,
	1194,
	1195,
	1196,
	1197,
	1198,
	1199,
	1200,
	1202,
	1204,
	1206,
	1207,
	1208,
	1210,
	1212,
	1214,
	1223,
	1224,
	1226,
	1228,
	1229,
	1230,
	1231,
	1232,
	1233,
	1235,
	1236,
	1240,
	1241,
	1242,
	1243,
	1244,
	1246,
	1247,
	1248,
	1250,
	1252,
	1254,
	1256,
	1258,
	1260,
	1280,
	1281,
	1283,
	1284,
	1285,
	1286,
	1287,
	1288,
	1289,
	1290,
	1291,
	1292,
	1293,
	1294,
	1295,
	1296,
	1297,
	1298,
	1299,
	1300,
	1301,
	1302,
	1303,
	1305,
	1306,
	1308,
	1309,
	1310,
	1312,
	1314,
	1315,
	1316,
	1317,
	1318,
	1319,
	1321,
	1323,
	1325,
	1327,
	1329,
	1331,
	1332,
	1334,
	1335,
	1336,
	1337,
	1338,
	1339,
	1340,
	1341,
	1342,
	1343,
	1344,
	1345,
	1346,
	1347,
	1349,
	1350,
	1351,
	1352,
	1354,
	1355,
	1356,
	1357,
	1358,
	1359,
	1360,
	1361,
	1362,
	1363,
	1366,
	1368,
	1370,
	1371,
	1372,
	1373,
	1374,
	1376,
	1377,
	1378,
	1379,
	1380,
	1382,
	1383,
	1384,
	1385,
	1386,
	1387,
	1388,
	1391,
	1392,
	1393,
	1394,
	1395,
	1396,
	1398,
	1399,
	1402,
	1403,
	1405,
	1407,
	1409,
	1410,
	1411,
	1412,
	1413,
	1414,
	1415,
	1416,
	1420,
	1421,
	1423,
	1424,
	1425,
	1426,
	1427,
	1428,
	1429,
	1430,
	1431,
	1432,
	1433,
	1434,
	1435,
	1436,
	1437,
	1439,
	1440,
	1442,
	1444,
	1446,
	1447,
	1448,
	1449,
	1450,
	1451,
	1452,
	1453,
	1454,
	1456,
	1457,
	1458,
	1459,
	1460,
	1461,
	1463,
	1464,
	1465,
	1466,
	1467,
	1468,
	1469,
	1470,
	1471,
	1472,
	1475,
	1476,
	1477,
	1478,
	1479,
	1480,
	1481,
	1482,
	1483,
	1484,
	1485,
	1486,
	1487,
	1489,
	1490,
	1491,
	1492,
	1494,
	1495,
	1496,
	1497,
	1498,
	1499,
	1500,
	1501,
	1502,
	1503,
	1504,
	1506,
	1507,
	1508,
	1509,
	1510,
	1511,
	1512,
	1513,
	1514,
	1515,
	1516,
	1517,
	1518,
	1519,
	1520,
	1521,
	1522,
	1524,
	1525,
	1526,
	1527,
	1528,
	1529,
	1530,
	1531,
	1532,
	1533,
	1536,
	1537,
	1538,
	1539,
	1540,
	1541,
	1542,
	1544,
	1545,
	1546,
	1547,
	1548,
	1549,
	1550,
	1551,
	1552,
	1553,
	1554,
	1555,
	1556,
	1557,
	1558,
	1559,
	1560,
	1561,
	1562,
	1563,
	1564,
	1565,
	1566,
	1567,
	1568,
	1569,
	1570,
	1571,
	1572,
	1573,
	1574,
	1576,
	1577,
	1578,
	1579,
	1580,
	1581,
	1582,
	1584,
	1586,
	1588,
	1590,
	1591,
	1597,
	1598,
	1600,
	1601,
	1602,
	1603,
	1604,
	1605,
	1606,
	1607,
	1608,
	1609,
	1610,
	1611,
	1612,
	1613,
	1614,
	1615,
	1616,
	1617,
	1619,
	1620,
	1622,
	1624,
	1625,
	1626,
	1627,
	1628,
	1629,
	1630,
	1635,
	1636,
	1641,
	1642,
	1643,
	1644,
	1646,
	1648,
	1650,
	1652,
	1654,
	1655,
	1656,
	1657,
	1658,
	1660,
	1661,
	1662,
	1664,
	1666,
	1668,
	1670,
	1671,
	1672,
	1673,
	1675,
	1677,
	1678,
	1681,
	1682,
	1683,
	1685,
	1693,
	1695,
	1699,
	1700,
	1701,
	1702,
	1703,
	1704,
	1705,
	1706,
	1707,
	1709,
	1713,
	1715,
	1717,
	1719,
	1723,
	1725,
	1727,
	1729,
	1734,
	1735,
	1736,
	1737,
	1743,
	1744,
	1749,
	1751,
	1753,
	1755,
	1760,
	1761,
	1762,
	1763,
	1764,
	1765,
	1766,
	1767,
	1768,
	1769,
	1770,
	1771,
	1772,
	1773,
	1774,
	1775,
	1777,
	1778,
	1779,
	1781,
	1782,
	1783,
	1784,
	1785,
	1786,
	1787,
	1788,
	1789,
	1790,
	1791,
	1792,
	1795,
	1801,
	1802,
	1803,
	1804,
	1805,
	1806,
	1808,
	1812,
	1822,
	1825,
	1826,
	1827,
	1828,
	1829,
	1830,
	1831,
	1832,
	1833,
	1834,
	1835,
	1836,
	1837,
	1840,
	1843,
	1844,
	1845,
	1846,
	1847,
	1848,
	1849,
	1850,
	1851,
	1852,
	1854,
	1855,
	1856,
	1857,
	1858,
	1859,
	1860,
	1861,
	1862,
	1864,
	1865,
	1866,
	1867,
	1868,
	1869,
	1870,
	1871,
	1872,
	1873,
	1879,
	1880,
	1881,
	1882,
	1883,
	1884,
	1885,
	1886,
	1887,
	1888,
	1889,
	1891,
	1892,
	1893,
	1894,
	1895,
	1896,
	1897,
	1898,
	1900,
	1901,
	1902,
	1903,
	1904,
	1905,
	1906,
	1907,
	1908,
	1909,
	1910,
	1911,
	1912,
	1913,
	1914,
	1915,
	1916,
	1917,
	1918,
	1919,
	1920,
	1921,
	1922,
	1923,
	1924,
	1925,
	1926,
	1927,
	1928,
	1929,
	1930,
	1931,
	1932,
	1933,
	1934,
	1935,
	1936,
	1937,
	1938,
	1939,
	1940,
	1942,
	1943,
	1944,
	1945,
	1946,
	1947,
	1948,
	1950,
	1951,
	1953,
	1956,
	1957,
	1958,
	1959,
	1960,
	1961,
	1962,
	1964,
	1965,
	1966,
	1967,
	1968,
	1969,
	1970,
	1971,
	1972,
	1975,
	1976,
	1977,
	1978,
	1979,
	1980,
	1981,
	1982,
	1983,
	1984,
	1985,
	1986,
	1987,
	1988,
	1990,
	1991,
	1992,
	1993,
	1994,
	1995,
	1996,
	2002,
	2003,
	2004,
	2006,
	2007,
	2008,
	2010,
	2011,
	2012,
	2013,
	2014,
	2015,
	2016,
	2017,
	2018,
	2020,
	2021,
	2022,
	2023,
	2025,
	2027,
	2028,
	2030,
	2031,
	2032,
	2033,
	2034,
	2035,
	2036,
	2037,
	2038,
	2039,
	2040,
	2041,
	2042,
	2045,
	2047,
	2048,
	2049,
	2051,
	2053,
	2054,
	2055,
	2057,
	2058,
	2059,
	2060,
	2061,
	2062,
	2064,
	2065,
	2068,
	2069,
	2071,
	2072,
	2073,
	2077,
	2079,
	2080,
	2081,
	2082,
	2083,
	2084,
	2085,
	2086,
	2088,
	2089,
	2090,
	2091,
	2092,
	2093,
	2094,
	2095,
	2096,
	2097,
	2098,
	2099,
	2100,
	2101,
	2102,
	2103,
	2104,
	2106,
	2107,
	2108,
	2109,
	2110,
	2111,
	2112,
	2113,
	2114,
	2115,
	2116,
	2117,
	2118,
	2119,
	2120,
	2121,
	2122,
	2123,
	2124,
	2125,
	2126,
	2127,
	2128,
	2129,
	2130,
	2131,
	2132,
	2133,
	2134,
	2135,
	2139,
	2141,
	2142,
	2143,
	2144,
	2145,
	2146,
	2147,
	2148,
	2149,
	2150,
	2151,
	2152,
	2153,
	2154,
	2155,
	2156,
	2157,
	2158,
	2159,
	2160,
	2161,
	2162,
	2164,
	2165,
	2166,
	2167,
	2168,
	2169,
	2170,
	2172,
	2173,
	2174,
	2175,
	2176,
	2178,
	2180,
	2182,
	2184,
	2186,
	2188,
	2189,
	2190,
	2191,
	2192,
	2193,
	2195,
	2196,
	2197,
	2198,
	2199,
	2200,
	2202,
	2203,
	2204,
	2205,
	2206,
	2207,
	2209,
	2210,
	2211,
	2212,
	2213,
	2214,
	2215,
	2216,
	2217,
	2218,
	2219,
	2220,
	2221,
	2222,
	2223,
	2224,
	2225,
	2226,
	2227,
	2228,
	2229,
	2230,
	2232,
	2233,
	2234,
	2235,
	2236,
	2237,
	2238,
	2239,
	2241,
	2242,
	2243,
	2244,
	2245,
	2246,
	2247,
	2248,
	2249,
	2250,
	2251,
	2252,
	2253,
	2254,
	2255,
	2256,
	2257,
	2258,
	2259,
	2260,
	2261,
	2262,
	2263,
	2265,
	2266,
	2267,
	2268,
	2269,
	2270,
	2271,
	2272,
	2273,
	2274,
	2275,
	2276,
	2277,
	2278,
	2279,
	2280,
	2281,
	2284,
	2287,
	2288,
	2289,
	2291,
	2292,
	2293,
	2294,
	2295,
	2296,
	2297,
	2298,
	2299,
	2300,
	2302,
	2304,
	2305,
	2306,
	2307,
	2308,
	2309,
	2310,
	2311,
	2312,
	2313,
	2314,
	2315,
	2316,
	2317,
	2318,
	2320,
	2321,
	2322,
	2323,
	2324,
	2325,
	2326,
	2327,
	2328,
	2329,
	2330,
	2331,
	2332,
	2333,
	2334,
	2335,
	2336,
	2337,
	2338,
	2339,
	2340,
	2341,
	2342,
	2343,
	2344,
	2345,
	2346,
	2347,
	2350,
	2351,
	2352,
	2353,
	2358,
	2360,
	2363,
	2364,
	2365,
	2367,
	2368,
	2369,
	2370,
	2371,
	2372,
	2373,
	2374,
	2375,
	2376,
	2377,
	2378,
	2380,
	2381,
	2382,
	2383,
	2384,
	2385,
	2386,
	2387,
	2388,
	2389,
	2390,
	2391,
	2392,
	2393,
	2394,
	2396,
	2397,
	2400,
	2401,
	2402,
	2404,
	2405,
	2407,
	2408,
	2409,
	2413,
	2414,
	2415,
	2416,
	2417,
	2418,
	2419,
	2420,
	2421,
	2422,
	2423,
	2424,
	2425,
	2426,
	2427,
	2428,
	2429,
	2431,
	2433,
	2435,
	2437,
	2439,
	2441,
	2444,
	2445,
	2446,
	2447,
	2450,
	2452,
	2453,
	2455,
	2456,
	2457,
	2458,
	2459,
	2460,
	2461,
	2462,
	2463,
	2468,
	2469,
	2470,
	2471,
	2473,
	2474,
	2478,
	2481,
	2483,
	2486,
	2487,
	2488,
	2489,
	2490,
	2491,
	2492,
	2493,
	2494,
	2495,
	2496,
	2497,
	2498,
	2499,
	2500,
	2501,
	2503,
	2504,
	2505,
	2506,
	2507,
	2508,
	2509,
	2510,
	2511,
	2512,
	2513,
	2514,
	2515,
	2516,
	2518,
	2519,
	2521,
	2522,
	2523,
	2524,
	2525,
	2526,
	2527,
	2528,
	2529,
	2530,
	2531,
	2532,
	2534,
	2535,
	2536,
	2538,
	2539,
	2540,
	2541,
	2542,
	2543,
	2545,
	2546,
	2547,
	2548,
	2549,
	2550,
	2551,
	2552,
	2553,
	2554,
	2555,
	2556,
	2558,
	2559,
	2562,
	2577,
	2579,
	2580,
	2581,
	2582,
	2583,
	2584,
	2617,
	2618,
	2621,
	2622,
	2623,
	2624,
	2625,
	2626,
	2627,
	2629,
	2630,
	2632,
	2633,
	2634,
	2636,
	2638,
	2640,
	2655,
	2656,
	2658,
	2659,
	2660,
	2662,
	2663,
	2665,
	2670,
	2671,
	2672,
	2673,
	2674,
	2675,
	2676,
	2677,
	2678,
	2679,
	2680,
	2681,
	2682,
	2683,
	2685,
	2686,
	2688,
	2689,
	2690,
	2691,
	2692,
	2693,
	2694,
	2695,
	2696,
	2697,
	2698,
	2699,
	2700,
	2701,
	2702,
	2703,
	2704,
	2705,
	2706,
	2707,
	2708,
	2709,
	2710,
	2711,
	2712,
	2713,
	2714,
	2715,
	2716,
	2717,
	2718,
	2719,
	2720,
	2721,
	2722,
	2723,
	2724,
	2725,
	2726,
	2727,
	2730,
	2731,
	2732,
	2733,
	2734,
	2735,
	2736,
	2737,
	2738,
	2739,
	2740,
	2741,
	2742,
	2743,
	2744,
	2745,
	2746,
	2747,
	2748,
	2749,
	2750,
	2752,
	2753,
	2754,
	2755,
	2756,
	2757,
	2758,
	2759,
	2760,
	2763,
	2767,
	2769,
	2771,
	2772,
	2773,
	2774,
	2775,
	2776,
	2778,
	2780,
	2781,
	2784,
	2785,
	2786,
	2787,
	2788,
	2789,
	2790,
	2791,
	2792,
	2793,
	2794,
	2798,
	2799,
	2800,
	2801,
	2802,
	2803,
	2804,
	2805,
	2806,
	2807,
	2808,
	2809,
	2810,
	2811,
	2812,
	2813,
	2815,
	2817,
	2822,
	2823,
	2825,
	2826,
	2828,
	2829,
	2830,
	2831,
	2834,
	2835,
	2836,
	2837,
	2838,
	2840,
	2841,
	2842,
	2843,
	2844,
	2853,
	2854,
	2855,
	2856,
	2857,
	2858,
	2859,
	2860,
	2861,
	2863,
	2864,
	2871,
	2873,
	2876,
	2877,
	2890,
	2891,
	2893,
	2895,
	2896,
	2917,
	2918,
	2923,
	2925,
	2926,
	2927,
	2928,
	2929,
	2930,
	2931,
	2932,
	2933,
	2935,
	2936,
	2937,
	2938,
	2943,
	2944,
	2948,
	2950,
	2954,
	2957,
	2958,
	2959,
	2960,
	2961,
	2963,
	2964,
	2967,
	2968,
	2969,
	2970,
	2971,
	2972,
	2974,
	2975,
	2976,
	2977,
	2978,
	2979,
	2980,
	2982,
	2984,
	2985,
	2986,
}

// tablePhrases are the entries under each of tableWords, by list, each list's longest first.
var tablePhrases = [...]phrase{
	{44, ""},                   // #1
	{46, ""},                   // #1
	{10, "somethings"},         // 20
	{10, ""},                   // 20-somethings
	{25, ""},                   // 3d
	{3, "future"},              // a
	{17, "fraction of"},        // a
	{21, "world in which"},     // a
	{21, "future in which"},    // a
	{21, "world where"},        // a
	{21, "world with"},         // a
	{21, "world without"},      // a
	{21, "future where"},       // a
	{21, "future with"},        // a
	{26, ""},                   // a
	{46, ""},                   // a
	{47, "nossa missao e"},     // a
	{47, "pour mission"},       // a
	{48, "nossa visao e"},      // a
	{49, ""},                   // a
	{54, "number of"},          // a
	{54, "lot of"},             // a
	{47, "la missione di"},     // abbiamo
	{12, ""},                   // ability
	{27, ""},                   // about
	{36, ""},                   // above
	{27, ""},                   // abstract
	{10, ""},                   // academics
	{4, ""},                    // accelerate
	{13, ""},                   // accelerate
	{4, ""},                    // accelerated
	{13, ""},                   // accelerated
	{4, ""},                    // accelerateed
	{13, ""},                   // accelerateed
	{4, ""},                    // accelerateing
	{13, ""},                   // accelerateing
	{4, ""},                    // accelerates
	{13, ""},                   // accelerates
	{4, ""},                    // accelerating
	{13, ""},                   // accelerating
	{12, "to"},                 // access
	{13, ""},                   // access
	{13, ""},                   // accessed
	{13, ""},                   // accesses
	{12, ""},                   // accessible
	{13, ""},                   // accessing
	{13, ""},                   // accesss
	{10, ""},                   // accountants
	{13, ""},                   // achieve
	{13, ""},                   // achieved
	{13, ""},                   // achieveed
	{13, ""},                   // achieveing
	{13, ""},                   // achieves
	{13, ""},                   // achieving
	{39, ""},                   // acknowledgements
	{34, "as"},                 // act
	{34, "as"},                 // acting
	{14, "insights"},           // actionable
	{34, "as"},                 // acts
	{51, ""},                   // add
	{10, ""},                   // administrators
	{10, ""},                   // admins
	{26, ""},                   // adopted
	{5, ""},                    // adoption
	{9, ""},                    // adult
	{4, ""},                    // advance
	{13, ""},                   // advance
	{4, ""},                    // advanced
	{13, ""},                   // advanced
	{4, ""},                    // advanceed
	{13, ""},                   // advanceed
	{4, ""},                    // advanceing
	{13, ""},                   // advanceing
	{4, ""},                    // advances
	{13, ""},                   // advances
	{4, ""},                    // advancing
	{13, ""},                   // advancing
	{6, ""},                    // advocate
	{6, ""},                    // advocated
	{6, ""},                    // advocateed
	{6, ""},                    // advocateing
	{6, ""},                    // advocates
	{6, ""},                    // advocating
	{13, ""},                   // afford
	{12, ""},                   // affordable
	{13, ""},                   // afforded
	{13, ""},                   // affording
	{13, ""},                   // affords
	{10, ""},                   // agencies
	{9, ""},                    // agency
	{26, ""},                   // agency
	{39, ""},                   // agenda
	{14, ""},                   // agile
	{26, ""},                   // agreed
	{14, "powered"},            // ai
	{14, "driven"},             // ai
	{25, ""},                   // ai
	{50, ""},                   // ai
	{14, ""},                   // ai-driven
	{14, ""},                   // ai-powered
	{4, ""},                    // aim
	{21, "to be"},              // aim
	{30, "to"},                 // aim
	{53, "to"},                 // aim
	{4, ""},                    // aimed
	{4, ""},                    // aiming
	{4, ""},                    // aims
	{21, "to be"},              // aims
	{30, "to"},                 // aims
	{0, ""},                    // al
	{50, ""},                   // algorithm
	{50, ""},                   // algorithms
	{2, ""},                    // alignment
	{7, ""},                    // all
	{45, ""},                   // all
	{49, ""},                   // all
	{13, ""},                   // alleviate
	{13, ""},                   // alleviated
	{13, ""},                   // alleviateed
	{13, ""},                   // alleviateing
	{13, ""},                   // alleviates
	{13, ""},                   // alleviating
	{26, ""},                   // alliance
	{17, "to"},                 // alternative
	{39, ""},                   // alternatives
	{37, ""},                   // altitude
	{45, ""},                   // always
	{11, ""},                   // am
	{54, ""},                   // amazing
	{46, ""},                   // america's
	{46, ""},                   // americas
	{46, ""},                   // an
	{49, ""},                   // an
	{6, ""},                    // analyse
	{6, ""},                    // analysed
	{6, ""},                    // analyseed
	{6, ""},                    // analyseing
	{6, ""},                    // analyses
	{6, ""},                    // analysing
	{10, ""},                   // analysts
	{6, ""},                    // analyze
	{6, ""},                    // analyzed
	{6, ""},                    // analyzeed
	{6, ""},                    // analyzeing
	{6, ""},                    // analyzes
	{6, ""},                    // analyzing
	{22, ""},                   // and
	{49, ""},                   // and
	{45, ""},                   // any
	{49, ""},                   // any
	{7, ""},                    // anybody
	{7, ""},                    // anyone
	{18, ""},                   // api
	{50, ""},                   // api
	{52, ""},                   // api
	{18, ""},                   // apis
	{50, ""},                   // apis
	{50, ""},                   // app
	{39, ""},                   // appendix
	{50, ""},                   // application
	{10, ""},                   // apprentices
	{22, ""},                   // approach
	{26, ""},                   // approved
	{35, ""},                   // approved
	{35, ""},                   // approvers
	{0, ""},                    // approx
	{1, ""},                    // approx
	{50, ""},                   // apps
	{39, ""},                   // architecture
	{6, ""},                    // archive
	{6, ""},                    // archived
	{6, ""},                    // archiveed
	{6, ""},                    // archiveing
	{6, ""},                    // archives
	{6, ""},                    // archiving
	{11, "being"},              // are
	{11, ""},                   // are
	{49, ""},                   // are
	{30, ""},                   // arguably
	{51, ""},                   // articulate
	{25, ""},                   // artificial
	{10, ""},                   // artists
	{26, ""},                   // as
	{30, "much as possible"},   // as
	{30, "far as possible"},    // as
	{30, "appropriate"},        // as
	{49, ""},                   // as
	{9, ""},                    // aspiring
	{26, ""},                   // association
	{39, ""},                   // assumptions
	{37, ""},                   // astronaut
	{37, ""},                   // astronauts
	{27, "a glance"},           // at
	{28, ""},                   // at
	{46, ""},                   // at
	{49, ""},                   // at
	{10, ""},                   // athletes
	{30, "to"},                 // attempt
	{30, "to"},                 // attempts
	{35, ""},                   // audience
	{6, ""},                    // audit
	{6, ""},                    // audited
	{6, ""},                    // auditing
	{6, ""},                    // audits
	{6, ""},                    // auditted
	{6, ""},                    // auditting
	{24, ""},                   // auftrag
	{33, ""},                   // auftrag
	{35, ""},                   // author
	{10, ""},                   // authors
	{35, ""},                   // authors
	{6, ""},                    // automate
	{6, ""},                    // automated
	{6, ""},                    // automateed
	{6, ""},                    // automateing
	{6, ""},                    // automates
	{6, ""},                    // automating
	{13, ""},                   // avoid
	{13, ""},                   // avoided
	{13, ""},                   // avoiding
	{13, ""},                   // avoids
	{54, ""},                   // awesome
	{9, ""},                    // b2b
	{50, "end"},                // back
	{50, "end"},                // back
	{50, ""},                   // back-end
	{50, ""},                   // backend
	{39, ""},                   // background
	{39, ""},                   // backlog
	{34, "on"},                 // based
	{4, ""},                    // be
	{11, ""},                   // be
	{49, ""},                   // be
	{31, ""},                   // beach
	{43, ""},                   // because
	{4, ""},                    // become
	{21, ""},                   // become
	{4, ""},                    // becomed
	{4, ""},                    // becomeed
	{4, ""},                    // becomeing
	{4, ""},                    // becomes
	{21, ""},                   // becomes
	{4, ""},                    // becoming
	{21, ""},                   // becoming
	{4, ""},                    // bed
	{31, ""},                   // bed
	{4, ""},                    // beed
	{11, ""},                   // been
	{49, ""},                   // been
	{32, ""},                   // begun
	{4, ""},                    // being
	{11, ""},                   // being
	{42, "edited"},             // being
	{42, "written"},            // being
	{42, "revised"},            // being
	{49, ""},                   // being
	{22, ""},                   // beliefs
	{13, ""},                   // belong
	{13, ""},                   // belonged
	{13, ""},                   // belonging
	{13, ""},                   // belongs
	{36, ""},                   // below
	{12, ""},                   // benefit
	{13, ""},                   // benefit
	{13, ""},                   // benefited
	{13, ""},                   // benefiting
	{13, ""},                   // benefits
	{39, ""},                   // benefits
	{13, ""},                   // benefitted
	{13, ""},                   // benefitting
	{4, ""},                    // bes
	{8, ""},                    // best
	{14, "in class"},           // best
	{14, "practices"},          // best
	{44, "loved"},              // best
	{44, ""},                   // best
	{54, ""},                   // best
	{14, ""},                   // best-in-class
	{44, ""},                   // best-loved
	{12, ""},                   // better
	{17, ""},                   // beyond
	{29, "picture"},            // big
	{8, ""},                    // biggest
	{44, ""},                   // biggest
	{31, ""},                   // bike
	{45, ""},                   // billion
	{45, ""},                   // billions
	{4, ""},                    // bing
	{25, ""},                   // binocular
	{14, "edge"},               // bleeding
	{14, ""},                   // bleeding-edge
	{9, ""},                    // blind
	{14, "enabled"},            // blockchain
	{50, ""},                   // blockchain
	{14, ""},                   // blockchain-enabled
	{25, ""},                   // blurred
	{25, ""},                   // blurry
	{31, ""},                   // book
	{31, ""},                   // books
	{13, ""},                   // boost
	{13, ""},                   // boosted
	{37, ""},                   // booster
	{13, ""},                   // boosting
	{13, ""},                   // boosts
	{32, ""},                   // born
	{32, ""},                   // borne
	{32, ""},                   // bought
	{10, ""},                   // boys
	{26, ""},                   // brand
	{10, ""},                   // brands
	{4, ""},                    // bring
	{4, ""},                    // bringed
	{4, ""},                    // bringing
	{4, ""},                    // brings
	{32, ""},                   // broken
	{32, ""},                   // brought
	{6, ""},                    // build
	{6, ""},                    // builded
	{6, ""},                    // building
	{6, ""},                    // builds
	{32, ""},                   // built
	{6, ""},                    // bundle
	{6, ""},                    // bundled
	{6, ""},                    // bundleed
	{6, ""},                    // bundleing
	{6, ""},                    // bundles
	{6, ""},                    // bundling
	{31, ""},                   // bus
	{7, ""},                    // business
	{26, ""},                   // business
	{7, ""},                    // businesses
	{9, ""},                    // busy
	{49, ""},                   // but
	{10, ""},                   // buyers
	{34, "means of"},           // by
	{34, ""},                   // by
	{49, ""},                   // by
	{0, ""},                    // ca
	{1, ""},                    // ca
	{52, ""},                   // camera
	{52, ""},                   // cameras
	{6, ""},                    // campaign
	{6, ""},                    // campaigned
	{6, ""},                    // campaigning
	{6, ""},                    // campaigns
	{49, ""},                   // can
	{2, ""},                    // capabilities
	{18, ""},                   // capabilities
	{52, ""},                   // capabilities
	{2, ""},                    // capability
	{52, ""},                   // capability
	{51, ""},                   // capture
	{31, ""},                   // car
	{9, ""},                    // care
	{10, ""},                   // caregivers
	{10, ""},                   // carers
	{4, ""},                    // catalyse
	{4, ""},                    // catalysed
	{4, ""},                    // catalyseed
	{4, ""},                    // catalyseing
	{4, ""},                    // catalyses
	{4, ""},                    // catalysing
	{4, ""},                    // catalyze
	{4, ""},                    // catalyzed
	{4, ""},                    // catalyzeed
	{4, ""},                    // catalyzeing
	{4, ""},                    // catalyzes
	{4, ""},                    // catalyzing
	{35, ""},                   // categories
	{35, ""},                   // category
	{32, ""},                   // caught
	{35, ""},                   // caution
	{13, ""},                   // celebrate
	{13, ""},                   // celebrated
	{13, ""},                   // celebrateed
	{13, ""},                   // celebrateing
	{13, ""},                   // celebrates
	{13, ""},                   // celebrating
	{26, ""},                   // center
	{26, ""},                   // centre
	{6, ""},                    // certified
	{6, ""},                    // certifies
	{6, ""},                    // certify
	{6, ""},                    // certifyed
	{6, ""},                    // certifying
	{6, ""},                    // certifys
	{0, ""},                    // cf
	{1, ""},                    // cf
	{4, ""},                    // champion
	{4, ""},                    // championed
	{4, ""},                    // championing
	{4, ""},                    // champions
	{3, ""},                    // change
	{4, ""},                    // change
	{15, "log"},                // change
	{4, ""},                    // changed
	{4, ""},                    // changeed
	{4, ""},                    // changeing
	{15, ""},                   // changelog
	{18, ""},                   // changelog
	{39, ""},                   // changelog
	{4, ""},                    // changes
	{15, ""},                   // changes
	{39, ""},                   // changes
	{4, ""},                    // changing
	{10, ""},                   // charities
	{26, ""},                   // charity
	{24, ""},                   // charter
	{33, ""},                   // charter
	{50, ""},                   // chatbot
	{12, ""},                   // cheaper
	{10, ""},                   // child
	{31, ""},                   // child
	{10, ""},                   // children
	{31, ""},                   // children
	{32, ""},                   // chosen
	{10, ""},                   // cities
	{10, ""},                   // citizens
	{31, ""},                   // city
	{52, ""},                   // classification
	{31, ""},                   // classroom
	{6, ""},                    // clean
	{6, ""},                    // cleaned
	{12, ""},                   // cleaner
	{6, ""},                    // cleaning
	{6, ""},                    // cleans
	{50, ""},                   // cli
	{7, ""},                    // client
	{7, ""},                    // clients
	{10, ""},                   // clinician
	{10, ""},                   // clinicians
	{10, ""},                   // clinics
	{50, ""},                   // cloud
	{26, ""},                   // club
	{0, ""},                    // co
	{26, "op"},                 // co
	{26, ""},                   // co-op
	{6, ""},                    // coach
	{6, ""},                    // coached
	{6, ""},                    // coaches
	{6, ""},                    // coaching
	{6, ""},                    // coachs
	{6, ""},                    // code
	{50, ""},                   // codebase
	{6, ""},                    // coded
	{6, ""},                    // codeed
	{6, ""},                    // codeing
	{6, ""},                    // codes
	{6, ""},                    // coding
	{6, ""},                    // collect
	{6, ""},                    // collected
	{6, ""},                    // collecting
	{26, ""},                   // collective
	{6, ""},                    // collects
	{25, ""},                   // color
	{25, ""},                   // colour
	{13, ""},                   // combat
	{13, ""},                   // combated
	{13, ""},                   // combating
	{13, ""},                   // combats
	{13, ""},                   // combatted
	{13, ""},                   // combatting
	{6, ""},                    // combine
	{6, ""},                    // combined
	{6, ""},                    // combineed
	{6, ""},                    // combineing
	{6, ""},                    // combines
	{6, ""},                    // combining
	{41, "soon"},               // coming
	{18, ""},                   // commands
	{2, ""},                    // commitment
	{53, "to"},                 // committed
	{7, ""},                    // communities
	{10, "of"},                 // communities
	{7, ""},                    // community
	{26, ""},                   // community
	{10, ""},                   // commuter
	{10, ""},                   // commuters
	{7, ""},                    // companies
	{10, "that"},               // companies
	{26, ""},                   // company
	{41, "name"},               // company
	{41, "x"},                  // company
	{17, "to"},                 // compared
	{17, "with"},               // compared
	{12, ""},                   // competitive
	{39, "landscape"},          // competitive
	{2, ""},                    // competitiveness
	{39, ""},                   // competitors
	{18, ""},                   // components
	{25, ""},                   // computer
	{12, ""},                   // confidence
	{18, ""},                   // configuration
	{13, ""},                   // connect
	{12, ""},                   // connected
	{13, ""},                   // connected
	{13, ""},                   // connecting
	{13, ""},                   // connects
	{6, ""},                    // conserve
	{13, ""},                   // conserve
	{6, ""},                    // conserved
	{13, ""},                   // conserved
	{6, ""},                    // conserveed
	{13, ""},                   // conserveed
	{6, ""},                    // conserveing
	{13, ""},                   // conserveing
	{6, ""},                    // conserves
	{13, ""},                   // conserves
	{6, ""},                    // conserving
	{13, ""},                   // conserving
	{39, ""},                   // constraints
	{5, ""},                    // construction
	{10, ""},                   // consumers
	{35, ""},                   // contact
	{39, ""},                   // contact
	{39, ""},                   // context
	{45, ""},                   // continent
	{39, ""},                   // contributing
	{10, ""},                   // contributor
	{10, ""},                   // contributors
	{6, ""},                    // convert
	{6, ""},                    // converted
	{6, ""},                    // converting
	{6, ""},                    // converts
	{10, ""},                   // cooks
	{26, ""},                   // cooperative
	{14, "competencies"},       // core
	{26, ""},                   // core
	{0, ""},                    // corp
	{26, ""},                   // corporate
	{30, ""},                   // could
	{49, ""},                   // could
	{26, ""},                   // council
	{37, ""},                   // countdown
	{54, ""},                   // countless
	{7, ""},                    // countries
	{45, ""},                   // country
	{23, ""},                   // craft
	{23, ""},                   // crafting
	{10, ""},                   // craftspeople
	{6, ""},                    // create
	{13, "value"},              // create
	{23, ""},                   // create
	{6, ""},                    // created
	{13, "value"},              // created
	{35, ""},                   // created
	{6, ""},                    // createed
	{13, "value"},              // createed
	{6, ""},                    // createing
	{13, "value"},              // createing
	{6, ""},                    // creates
	{13, "value"},              // creates
	{6, ""},                    // creating
	{13, "value"},              // creating
	{23, ""},                   // creating
	{9, ""},                    // creative
	{10, ""},                   // creator
	{10, ""},                   // creators
	{39, ""},                   // credits
	{37, ""},                   // crewed
	{6, ""},                    // cultivate
	{6, ""},                    // cultivated
	{6, ""},                    // cultivateed
	{6, ""},                    // cultivateing
	{6, ""},                    // cultivates
	{6, ""},                    // cultivating
	{3, ""},                    // culture
	{22, ""},                   // culture
	{6, ""},                    // curate
	{6, ""},                    // curated
	{6, ""},                    // curateed
	{6, ""},                    // curateing
	{6, ""},                    // curates
	{6, ""},                    // curating
	{13, ""},                   // cure
	{13, ""},                   // cured
	{13, ""},                   // cureed
	{13, ""},                   // cureing
	{13, ""},                   // cures
	{13, ""},                   // curing
	{26, ""},                   // current
	{7, ""},                    // customer
	{10, "segment"},            // customer
	{14, "centric"},            // customer
	{14, ""},                   // customer-centric
	{7, ""},                    // customers
	{13, ""},                   // cut
	{13, ""},                   // cuted
	{13, ""},                   // cuting
	{13, ""},                   // cuts
	{13, ""},                   // cutted
	{13, ""},                   // cutting
	{14, "edge"},               // cutting
	{14, ""},                   // cutting-edge
	{10, ""},                   // cyclists
	{28, ""},                   // da
	{26, ""},                   // das
	{50, ""},                   // dashboard
	{50, ""},                   // dashboards
	{9, ""},                    // data
	{14, "driven"},             // data
	{14, ""},                   // data-driven
	{50, ""},                   // database
	{52, ""},                   // dataset
	{52, ""},                   // datasets
	{35, ""},                   // date
	{31, ""},                   // day
	{26, ""},                   // de
	{28, ""},                   // de
	{9, ""},                    // deaf
	{13, ""},                   // decide
	{13, ""},                   // decided
	{13, ""},                   // decideed
	{13, ""},                   // decideing
	{13, ""},                   // decides
	{13, ""},                   // deciding
	{24, "de missao"},          // declaracao
	{24, "de mision"},          // declaracion
	{16, ""},                   // declaration
	{24, "de mission"},         // declaration
	{53, "to"},                 // dedicated
	{23, ""},                   // define
	{51, ""},                   // define
	{23, ""},                   // defining
	{16, ""},                   // definition
	{18, ""},                   // definitions
	{28, ""},                   // degli
	{28, ""},                   // dei
	{28, ""},                   // del
	{6, ""},                    // deliver
	{39, ""},                   // deliverables
	{6, ""},                    // delivered
	{6, ""},                    // delivering
	{6, ""},                    // deliverred
	{6, ""},                    // deliverring
	{6, ""},                    // delivers
	{28, ""},                   // della
	{28, ""},                   // delle
	{28, ""},                   // dello
	{26, ""},                   // department
	{6, ""},                    // deploy
	{6, ""},                    // deployed
	{6, ""},                    // deploying
	{5, ""},                    // deployment
	{6, ""},                    // deploys
	{0, ""},                    // dept
	{26, ""},                   // der
	{28, ""},                   // der
	{28, ""},                   // des
	{51, ""},                   // describe
	{16, ""},                   // description
	{5, ""},                    // design
	{6, ""},                    // design
	{6, ""},                    // designed
	{10, ""},                   // designer
	{10, ""},                   // designers
	{6, ""},                    // designing
	{6, ""},                    // designs
	{31, ""},                   // desk
	{52, ""},                   // detection
	{6, ""},                    // develop
	{6, ""},                    // developed
	{9, ""},                    // developer
	{10, ""},                   // developer
	{10, ""},                   // developers
	{6, ""},                    // developing
	{5, ""},                    // development
	{6, ""},                    // developped
	{6, ""},                    // developping
	{6, ""},                    // develops
	{50, ""},                   // device
	{50, ""},                   // devices
	{28, ""},                   // di
	{24, "di missione"},        // dichiarazione
	{49, ""},                   // did
	{26, ""},                   // die
	{3, ""},                    // difference
	{23, "between"},            // difference
	{23, "between"},            // differences
	{17, "from"},               // different
	{14, "transformation"},     // digital
	{6, ""},                    // digitise
	{6, ""},                    // digitised
	{6, ""},                    // digitiseed
	{6, ""},                    // digitiseing
	{6, ""},                    // digitises
	{6, ""},                    // digitising
	{6, ""},                    // digitize
	{6, ""},                    // digitized
	{6, ""},                    // digitizeed
	{6, ""},                    // digitizeing
	{6, ""},                    // digitizes
	{6, ""},                    // digitizing
	{12, ""},                   // dignity
	{31, ""},                   // dinner
	{9, ""},                    // disabled
	{52, ""},                   // disabled
	{13, ""},                   // discover
	{13, ""},                   // discovered
	{13, ""},                   // discovering
	{13, ""},                   // discoverred
	{13, ""},                   // discoverring
	{13, ""},                   // discovers
	{14, ""},                   // disrupt
	{14, ""},                   // disruptive
	{6, ""},                    // distribute
	{6, ""},                    // distributed
	{6, ""},                    // distributeed
	{6, ""},                    // distributeing
	{6, ""},                    // distributes
	{6, ""},                    // distributing
	{5, ""},                    // distribution
	{26, ""},                   // division
	{28, ""},                   // do
	{49, ""},                   // do
	{37, ""},                   // docking
	{10, ""},                   // doctor
	{10, ""},                   // doctors
	{51, ""},                   // document
	{22, ""},                   // doelen
	{49, ""},                   // does
	{10, "owners"},             // dog
	{41, "sit amet"},           // dolor
	{44, ""},                   // dominant
	{6, ""},                    // donate
	{6, ""},                    // donated
	{6, ""},                    // donateed
	{6, ""},                    // donateing
	{6, ""},                    // donates
	{6, ""},                    // donating
	{32, ""},                   // done
	{10, ""},                   // donors
	{31, ""},                   // door
	{28, ""},                   // dos
	{25, ""},                   // double
	{0, ""},                    // dr
	{1, ""},                    // dr
	{23, ""},                   // draft
	{26, ""},                   // draft
	{35, ""},                   // draft
	{23, ""},                   // drafting
	{32, ""},                   // drawn
	{21, ""},                   // dream
	{29, ""},                   // dream
	{4, ""},                    // drive
	{4, ""},                    // drived
	{4, ""},                    // driveed
	{4, ""},                    // driveing
	{32, ""},                   // driven
	{10, ""},                   // drivers
	{4, ""},                    // drives
	{4, ""},                    // driving
	{28, ""},                   // du
	{14, ""},                   // dynamic
	{9, "commerce"},            // e
	{22, ""},                   // e
	{9, ""},                    // e-commerce
	{0, ""},                    // e.g
	{1, ""},                    // e.g
	{49, ""},                   // each
	{13, ""},                   // earn
	{13, ""},                   // earned
	{13, ""},                   // earning
	{13, ""},                   // earns
	{46, ""},                   // earth's
	{13, ""},                   // ease
	{13, ""},                   // eased
	{13, ""},                   // easeed
	{13, ""},                   // easeing
	{13, ""},                   // eases
	{12, ""},                   // easier
	{13, ""},                   // easing
	{14, ""},                   // ecosystem
	{22, ""},                   // ed
	{6, ""},                    // educate
	{13, ""},                   // educate
	{6, ""},                    // educated
	{13, ""},                   // educated
	{6, ""},                    // educateed
	{13, ""},                   // educateed
	{6, ""},                    // educateing
	{13, ""},                   // educateing
	{6, ""},                    // educates
	{13, ""},                   // educates
	{6, ""},                    // educating
	{13, ""},                   // educating
	{5, ""},                    // education
	{10, ""},                   // educators
	{2, ""},                    // effectiveness
	{2, ""},                    // efficiency
	{26, ""},                   // el
	{9, ""},                    // elderly
	{27, "pitch"},              // elevator
	{13, ""},                   // eliminate
	{13, ""},                   // eliminated
	{13, ""},                   // eliminateed
	{13, ""},                   // eliminateing
	{13, ""},                   // eliminates
	{13, ""},                   // eliminating
	{42, "construcao"},         // em
	{25, ""},                   // embedded
	{10, ""},                   // employees
	{10, ""},                   // employers
	{4, ""},                    // empower
	{13, ""},                   // empower
	{4, ""},                    // empowered
	{12, ""},                   // empowered
	{13, ""},                   // empowered
	{4, ""},                    // empowering
	{13, ""},                   // empowering
	{2, ""},                    // empowerment
	{14, ""},                   // empowerment
	{4, ""},                    // empowerred
	{13, ""},                   // empowerred
	{4, ""},                    // empowerring
	{13, ""},                   // empowerring
	{4, ""},                    // empowers
	{13, ""},                   // empowers
	{22, ""},                   // en
	{42, "construction"},       // en
	{42, "construccion"},       // en
	{4, ""},                    // enable
	{13, ""},                   // enable
	{4, ""},                    // enabled
	{13, ""},                   // enabled
	{52, ""},                   // enabled
	{4, ""},                    // enableed
	{13, ""},                   // enableed
	{4, ""},                    // enableing
	{13, ""},                   // enableing
	{4, ""},                    // enables
	{13, ""},                   // enables
	{4, ""},                    // enabling
	{13, ""},                   // enabling
	{52, ""},                   // encoder
	{4, ""},                    // encourage
	{4, ""},                    // encouraged
	{4, ""},                    // encourageed
	{4, ""},                    // encourageing
	{4, ""},                    // encourages
	{4, ""},                    // encouraging
	{13, ""},                   // end
	{14, "to end"},             // end
	{14, ""},                   // end-to-end
	{30, "to"},                 // endeavor
	{53, "to"},                 // endeavor
	{30, "to"},                 // endeavour
	{13, ""},                   // ended
	{13, ""},                   // ending
	{52, ""},                   // endpoint
	{18, ""},                   // endpoints
	{13, ""},                   // ends
	{2, ""},                    // engagement
	{10, ""},                   // engineer
	{5, ""},                    // engineering
	{10, "teams"},              // engineering
	{26, ""},                   // engineering
	{10, ""},                   // engineers
	{4, ""},                    // enhance
	{13, ""},                   // enhance
	{53, ""},                   // enhance
	{4, ""},                    // enhanced
	{13, ""},                   // enhanced
	{4, ""},                    // enhanceed
	{13, ""},                   // enhanceed
	{4, ""},                    // enhanceing
	{13, ""},                   // enhanceing
	{4, ""},                    // enhances
	{13, ""},                   // enhances
	{53, ""},                   // enhances
	{4, ""},                    // enhancing
	{13, ""},                   // enhancing
	{53, ""},                   // enhancing
	{13, ""},                   // enjoy
	{13, ""},                   // enjoyed
	{13, ""},                   // enjoying
	{13, ""},                   // enjoys
	{4, ""},                    // ensure
	{4, ""},                    // ensured
	{4, ""},                    // ensureed
	{4, ""},                    // ensureing
	{4, ""},                    // ensures
	{4, ""},                    // ensuring
	{51, ""},                   // enter
	{9, ""},                    // enterprise
	{7, ""},                    // enterprises
	{10, ""},                   // enterprises
	{10, ""},                   // entrepreneurs
	{21, ""},                   // envision
	{21, ""},                   // envisioned
	{29, "future"},             // envisioned
	{21, ""},                   // envisions
	{13, ""},                   // eradicate
	{13, ""},                   // eradicated
	{13, ""},                   // eradicateed
	{13, ""},                   // eradicateing
	{13, ""},                   // eradicates
	{13, ""},                   // eradicating
	{0, ""},                    // est
	{6, ""},                    // establish
	{6, ""},                    // established
	{6, ""},                    // establishes
	{6, ""},                    // establishing
	{6, ""},                    // establishs
	{22, ""},                   // estrategia
	{22, ""},                   // et
	{0, ""},                    // etc
	{31, ""},                   // evening
	{21, ""},                   // eventually
	{45, ""},                   // every
	{49, ""},                   // every
	{7, ""},                    // everybody
	{45, ""},                   // everybody
	{7, ""},                    // everyone
	{45, ""},                   // everyone
	{23, ""},                   // example
	{23, ""},                   // examples
	{2, ""},                    // excellence
	{3, ""},                    // excellence
	{14, ""},                   // excellence
	{17, ""},                   // except
	{54, ""},                   // exceptional
	{10, ""},                   // executives
	{2, ""},                    // experience
	{2, ""},                    // experiences
	{51, ""},                   // explain
	{13, ""},                   // explore
	{13, ""},                   // explored
	{13, ""},                   // exploreed
	{13, ""},                   // exploreing
	{13, ""},                   // explores
	{13, ""},                   // exploring
	{18, ""},                   // extensions
	{54, ""},                   // extremely
	{53, ""},                   // facilitate
	{53, ""},                   // facilitates
	{53, ""},                   // facilitating
	{10, ""},                   // faculty
	{12, ""},                   // fairer
	{30, ""},                   // fairly
	{32, ""},                   // fallen
	{10, ""},                   // families
	{31, ""},                   // families
	{9, "owned"},               // family
	{9, ""},                    // family
	{31, ""},                   // family
	{9, ""},                    // family-owned
	{10, ""},                   // fans
	{39, ""},                   // faq
	{31, ""},                   // farm
	{10, ""},                   // farmers
	{12, ""},                   // faster
	{44, ""},                   // favorite
	{44, ""},                   // favourite
	{18, "list"},               // feature
	{39, ""},                   // feature
	{50, ""},                   // feature
	{52, ""},                   // feature
	{18, ""},                   // features
	{39, ""},                   // features
	{50, ""},                   // features
	{52, ""},                   // features
	{6, ""},                    // feed
	{13, ""},                   // feed
	{6, ""},                    // feeded
	{13, ""},                   // feeded
	{6, ""},                    // feeding
	{13, ""},                   // feeding
	{6, ""},                    // feeds
	{13, ""},                   // feeds
	{31, ""},                   // ferry
	{12, ""},                   // fewer
	{17, ""},                   // fewer
	{31, ""},                   // field
	{0, ""},                    // fig
	{13, ""},                   // fight
	{13, ""},                   // fighted
	{13, ""},                   // fighting
	{13, ""},                   // fights
	{51, "in"},                 // fill
	{26, ""},                   // final
	{6, ""},                    // finance
	{9, ""},                    // finance
	{6, ""},                    // financed
	{6, ""},                    // financeed
	{6, ""},                    // financeing
	{6, ""},                    // finances
	{6, ""},                    // financing
	{13, ""},                   // find
	{13, ""},                   // finded
	{13, ""},                   // finding
	{13, ""},                   // finds
	{26, ""},                   // firm
	{8, ""},                    // first
	{9, "time"},                // first
	{14, "class"},              // first
	{17, ""},                   // first
	{44, "choice"},             // first
	{44, "choice"},             // first
	{46, ""},                   // first
	{44, ""},                   // first-choice
	{14, ""},                   // first-class
	{9, ""},                    // first-time
	{41, ""},                   // fixme
	{13, ""},                   // flourish
	{13, ""},                   // flourished
	{13, ""},                   // flourishes
	{13, ""},                   // flourishing
	{13, ""},                   // flourishs
	{37, ""},                   // flyby
	{53, "on"},                 // focused
	{42, "soon"},               // follows
	{42, "later"},              // follows
	{12, "the benefit of"},     // for
	{12, "the better"},         // for
	{21, "generations"},        // for
	{28, ""},                   // for
	{36, "more"},               // for
	{36, "details"},            // for
	{43, "the benefit of"},     // for
	{49, ""},                   // for
	{44, ""},                   // foremost
	{31, ""},                   // forest
	{32, ""},                   // forgotten
	{5, ""},                    // formation
	{4, ""},                    // foster
	{53, ""},                   // foster
	{4, ""},                    // fostered
	{4, ""},                    // fostering
	{53, ""},                   // fostering
	{4, ""},                    // fosterred
	{4, ""},                    // fosterring
	{4, ""},                    // fosters
	{53, ""},                   // fosters
	{32, ""},                   // found
	{26, ""},                   // foundation
	{10, ""},                   // founders
	{12, "access"},             // free
	{13, ""},                   // free
	{13, ""},                   // freed
	{12, ""},                   // freedom
	{13, ""},                   // freeed
	{13, ""},                   // freeing
	{10, ""},                   // freelancers
	{13, ""},                   // frees
	{13, ""},                   // freing
	{14, ""},                   // frictionless
	{49, ""},                   // from
	{9, "line"},                // front
	{50, "end"},                // front
	{50, "end"},                // front
	{50, ""},                   // front-end
	{9, ""},                    // front-line
	{50, ""},                   // frontend
	{9, ""},                    // frontline
	{32, ""},                   // frozen
	{13, ""},                   // fulfil
	{13, ""},                   // fulfiled
	{13, ""},                   // fulfiling
	{13, ""},                   // fulfill
	{13, ""},                   // fulfilled
	{13, ""},                   // fulfilled
	{13, ""},                   // fulfilling
	{13, ""},                   // fulfilling
	{13, ""},                   // fulfills
	{13, ""},                   // fulfils
	{18, ""},                   // functionality
	{18, ""},                   // functions
	{6, ""},                    // fund
	{6, ""},                    // funded
	{6, ""},                    // funding
	{6, ""},                    // funds
	{28, ""},                   // fur
	{3, ""},                    // future
	{14, "proof"},              // future
	{21, ""},                   // future
	{14, ""},                   // future-proof
	{14, "changing"},           // game
	{14, "changer"},            // game
	{14, ""},                   // game-changing
	{18, ""},                   // gameplay
	{10, ""},                   // gamers
	{31, ""},                   // garden
	{10, ""},                   // gardeners
	{6, ""},                    // gather
	{6, ""},                    // gathered
	{6, ""},                    // gathering
	{6, ""},                    // gatherred
	{6, ""},                    // gatherring
	{6, ""},                    // gathers
	{30, ""},                   // generally
	{45, ""},                   // generation
	{21, "to come"},            // generations
	{45, ""},                   // generations
	{11, ""},                   // get
	{11, ""},                   // gets
	{18, "started"},            // getting
	{10, ""},                   // girls
	{6, ""},                    // give
	{51, ""},                   // give
	{6, ""},                    // gived
	{6, ""},                    // giveed
	{6, ""},                    // giveing
	{32, ""},                   // given
	{6, ""},                    // gives
	{5, ""},                    // giving
	{6, ""},                    // giving
	{45, ""},                   // global
	{18, "of terms"},           // glossary
	{18, ""},                   // glossary
	{39, ""},                   // glossary
	{44, "to"},                 // go
	{44, ""},                   // go-to
	{22, ""},                   // goal
	{39, ""},                   // goal
	{22, ""},                   // goals
	{39, ""},                   // goals
	{12, ""},                   // goodwill
	{11, ""},                   // got
	{0, ""},                    // gov
	{7, "entities"},            // government
	{7, ""},                    // government
	{9, ""},                    // government
	{10, ""},                   // governments
	{52, ""},                   // gpu
	{6, ""},                    // grant
	{6, ""},                    // granted
	{6, ""},                    // granting
	{6, ""},                    // grants
	{54, ""},                   // great
	{12, ""},                   // greener
	{26, ""},                   // group
	{4, ""},                    // grow
	{4, ""},                    // growed
	{10, ""},                   // growers
	{4, ""},                    // growing
	{32, ""},                   // grown
	{4, ""},                    // grows
	{2, ""},                    // growth
	{3, ""},                    // growth
	{23, ""},                   // guide
	{23, ""},                   // guidelines
	{26, ""},                   // guiding
	{26, ""},                   // guild
	{47, "la missione di"},     // ha
	{47, "come missione"},      // ha
	{31, ""},                   // hands
	{12, ""},                   // happier
	{31, ""},                   // harbour
	{13, ""},                   // heal
	{13, ""},                   // healed
	{13, ""},                   // healing
	{13, ""},                   // heals
	{12, ""},                   // health
	{9, ""},                    // healthcare
	{12, ""},                   // healthier
	{12, ""},                   // healthy
	{32, ""},                   // heard
	{47, "als missie"},         // hebben
	{47, "als missie"},         // heeft
	{32, ""},                   // held
	{4, ""},                    // help
	{13, ""},                   // help
	{4, ""},                    // helped
	{13, ""},                   // helped
	{4, ""},                    // helping
	{13, ""},                   // helping
	{4, ""},                    // helps
	{13, ""},                   // helps
	{40, ""},                   // her
	{36, "we"},                 // here
	{36, "you"},                // here
	{26, ""},                   // het
	{32, ""},                   // hidden
	{54, "quality"},            // high
	{54, ""},                   // high-quality
	{44, "rated"},              // highest
	{44, ""},                   // highest-rated
	{54, ""},                   // highly
	{35, ""},                   // hint
	{35, ""},                   // hints
	{40, ""},                   // his
	{15, ""},                   // history
	{39, ""},                   // history
	{10, ""},                   // hobbyists
	{14, ""},                   // holistic
	{9, ""},                    // home
	{31, ""},                   // home
	{46, ""},                   // home
	{10, ""},                   // homeowners
	{30, "to"},                 // hope
	{30, "that"},               // hope
	{30, ""},                   // hopefully
	{31, ""},                   // hospital
	{10, ""},                   // hospitals
	{6, ""},                    // host
	{6, ""},                    // hosted
	{6, ""},                    // hosting
	{6, ""},                    // hosts
	{31, ""},                   // hours
	{6, ""},                    // house
	{13, ""},                   // house
	{6, ""},                    // housed
	{13, ""},                   // housed
	{6, ""},                    // houseed
	{13, ""},                   // houseed
	{10, ""},                   // household
	{10, ""},                   // households
	{6, ""},                    // houseing
	{13, ""},                   // houseing
	{6, ""},                    // houses
	{13, ""},                   // houses
	{6, ""},                    // housing
	{13, ""},                   // housing
	{22, ""},                   // how
	{23, "we write"},           // how
	{23, "we wrote"},           // how
	{23, "to"},                 // how
	{23, "do"},                 // how
	{23, "does"},               // how
	{23, "should"},             // how
	{23, "can"},                // how
	{49, ""},                   // how
	{9, ""},                    // hr
	{7, "beings"},              // human
	{12, "rights"},             // human
	{7, ""},                    // humanity
	{45, ""},                   // humanity
	{7, ""},                    // humanity's
	{7, ""},                    // humankind
	{7, ""},                    // humans
	{14, "personalized"},       // hyper
	{14, ""},                   // hyper-personalized
	{0, ""},                    // i.e
	{1, ""},                    // i.e
	{51, ""},                   // identify
	{30, "possible"},           // if
	{30, "feasible"},           // if
	{30, "practical"},          // if
	{30, "appropriate"},        // if
	{26, ""},                   // il
	{52, ""},                   // image
	{52, ""},                   // images
	{21, ""},                   // imagine
	{2, ""},                    // impact
	{3, ""},                    // impact
	{14, ""},                   // impactful
	{23, "of"},                 // importance
	{4, ""},                    // improve
	{13, ""},                   // improve
	{4, ""},                    // improved
	{13, ""},                   // improved
	{4, ""},                    // improveed
	{13, ""},                   // improveed
	{4, ""},                    // improveing
	{13, ""},                   // improveing
	{4, ""},                    // improves
	{13, ""},                   // improves
	{4, ""},                    // improving
	{13, ""},                   // improving
	{17, "half"},               // in
	{21, "which every"},        // in
	{21, "which everyone"},     // in
	{27, "a nutshell"},         // in
	{27, "short"},              // in
	{27, "brief"},              // in
	{30, "some cases"},         // in
	{34, "partnership with"},   // in
	{36, "this document"},      // in
	{36, "this page"},          // in
	{36, "this section"},       // in
	{36, "this article"},       // in
	{36, "this guide"},         // in
	{42, "progress"},           // in
	{42, "preparation"},        // in
	{42, "costruzione"},        // in
	{42, "bearbeitung"},        // in
	{42, "aanbouw"},            // in
	{43, "order to"},           // in
	{49, ""},                   // in
	{0, ""},                    // inc
	{0, ""},                    // incl
	{1, ""},                    // incl
	{51, ""},                   // include
	{12, ""},                   // inclusive
	{13, ""},                   // increase
	{13, ""},                   // increased
	{13, ""},                   // increaseed
	{13, ""},                   // increaseing
	{13, ""},                   // increases
	{13, ""},                   // increasing
	{54, ""},                   // incredible
	{12, ""},                   // independence
	{9, ""},                    // independent
	{6, ""},                    // index
	{6, ""},                    // indexed
	{6, ""},                    // indexes
	{6, ""},                    // indexing
	{6, ""},                    // indexs
	{9, ""},                    // indie
	{7, ""},                    // individual
	{7, ""},                    // individuals
	{52, ""},                   // inference
	{12, "decisions"},          // informed
	{12, ""},                   // informed
	{26, ""},                   // initiative
	{2, ""},                    // innovation
	{14, ""},                   // innovation
	{14, ""},                   // innovative
	{52, ""},                   // input
	{18, ""},                   // inputs
	{52, ""},                   // inputs
	{41, "here"},               // insert
	{51, ""},                   // insert
	{12, ""},                   // insights
	{6, ""},                    // inspect
	{6, ""},                    // inspected
	{6, ""},                    // inspecting
	{6, ""},                    // inspects
	{4, ""},                    // inspire
	{13, ""},                   // inspire
	{4, ""},                    // inspired
	{13, ""},                   // inspired
	{4, ""},                    // inspireed
	{13, ""},                   // inspireed
	{4, ""},                    // inspireing
	{13, ""},                   // inspireing
	{4, ""},                    // inspires
	{13, ""},                   // inspires
	{4, ""},                    // inspiring
	{13, ""},                   // inspiring
	{6, ""},                    // install
	{18, ""},                   // installation
	{39, ""},                   // installation
	{6, ""},                    // installed
	{6, ""},                    // installing
	{6, ""},                    // installs
	{17, "of"},                 // instead
	{26, ""},                   // institute
	{7, ""},                    // institutions
	{6, ""},                    // integrate
	{6, ""},                    // integrated
	{6, ""},                    // integrateed
	{6, ""},                    // integrateing
	{6, ""},                    // integrates
	{6, ""},                    // integrating
	{50, ""},                   // integration
	{18, ""},                   // integrations
	{50, ""},                   // integrations
	{2, ""},                    // integrity
	{30, "to"},                 // intend
	{50, ""},                   // interface
	{8, ""},                    // into
	{49, ""},                   // into
	{27, ""},                   // intro
	{27, ""},                   // introduction
	{6, ""},                    // invest
	{6, ""},                    // invested
	{6, ""},                    // investing
	{10, ""},                   // investor
	{10, ""},                   // investors
	{6, ""},                    // invests
	{41, ""},                   // ipsum
	{11, "being"},              // is
	{11, ""},                   // is
	{49, ""},                   // is
	{9, ""},                    // it
	{49, ""},                   // it
	{40, ""},                   // its
	{49, ""},                   // its
	{10, ""},                   // journalists
	{12, ""},                   // joy
	{0, ""},                    // jr
	{9, ""},                    // junior
	{13, ""},                   // keep
	{51, ""},                   // keep
	{13, ""},                   // keeped
	{13, ""},                   // keeping
	{13, ""},                   // keeps
	{32, ""},                   // kept
	{18, "features"},           // key
	{18, "terms"},              // key
	{10, ""},                   // kids
	{30, "of"},                 // kind
	{31, ""},                   // kitchen
	{12, ""},                   // knowledge
	{32, ""},                   // known
	{39, ""},                   // kpis
	{26, ""},                   // la
	{47, "nostra missione e"},  // la
	{48, "nostra visione e"},   // la
	{26, ""},                   // lab
	{26, ""},                   // laboratory
	{37, ""},                   // lander
	{10, ""},                   // landlords
	{30, ""},                   // largely
	{8, ""},                    // largest
	{44, ""},                   // largest
	{26, ""},                   // las
	{35, "updated"},            // last
	{35, "modified"},           // last
	{35, "reviewed"},           // last
	{31, ""},                   // laugh
	{6, ""},                    // launch
	{37, ""},                   // launch
	{6, ""},                    // launched
	{37, ""},                   // launched
	{6, ""},                    // launches
	{37, ""},                   // launches
	{6, ""},                    // launching
	{6, ""},                    // launchs
	{10, ""},                   // lawyers
	{26, ""},                   // le
	{44, ""},                   // leader
	{10, ""},                   // leaders
	{2, ""},                    // leadership
	{8, ""},                    // leading
	{14, "edge"},               // leading
	{44, ""},                   // leading
	{54, ""},                   // leading
	{14, ""},                   // leading-edge
	{13, ""},                   // learn
	{36, "more"},               // learn
	{13, ""},                   // learned
	{10, ""},                   // learner
	{10, ""},                   // learners
	{13, ""},                   // learning
	{13, ""},                   // learns
	{32, ""},                   // led
	{32, ""},                   // left
	{24, ""},                   // leitbild
	{6, ""},                    // lend
	{6, ""},                    // lended
	{6, ""},                    // lending
	{6, ""},                    // lends
	{52, ""},                   // lens
	{26, ""},                   // les
	{12, ""},                   // less
	{49, ""},                   // less
	{18, ""},                   // levels
	{14, ""},                   // leverage
	{53, ""},                   // leverage
	{14, ""},                   // leverages
	{53, ""},                   // leverages
	{14, ""},                   // leveraging
	{53, ""},                   // leveraging
	{13, ""},                   // liberate
	{13, ""},                   // liberated
	{13, ""},                   // liberateed
	{13, ""},                   // liberateing
	{13, ""},                   // liberates
	{13, ""},                   // liberating
	{10, ""},                   // libraries
	{26, ""},                   // library
	{6, ""},                    // license
	{39, ""},                   // license
	{6, ""},                    // licensed
	{6, ""},                    // licenseed
	{6, ""},                    // licenseing
	{6, ""},                    // licenses
	{6, ""},                    // licensing
	{3, ""},                    // life
	{7, ""},                    // life
	{37, ""},                   // liftoff
	{31, ""},                   // light
	{30, ""},                   // likely
	{51, ""},                   // list
	{10, ""},                   // listeners
	{13, ""},                   // live
	{13, ""},                   // lived
	{13, ""},                   // liveed
	{13, ""},                   // liveing
	{3, ""},                    // lives
	{7, ""},                    // lives
	{13, ""},                   // lives
	{13, ""},                   // living
	{0, ""},                    // llc
	{26, ""},                   // lo
	{6, ""},                    // lobbied
	{6, ""},                    // lobbies
	{6, ""},                    // lobby
	{6, ""},                    // lobbyed
	{6, ""},                    // lobbying
	{6, ""},                    // lobbys
	{9, ""},                    // local
	{26, "term"},               // long
	{26, ""},                   // long-term
	{41, "ipsum"},              // lorem
	{41, ""},                   // lorem
	{26, ""},                   // los
	{32, ""},                   // lost
	{54, "of"},                 // lots
	{9, "income"},              // low
	{25, ""},                   // low
	{9, ""},                    // low-income
	{13, ""},                   // lower
	{13, ""},                   // lowered
	{13, ""},                   // lowering
	{13, ""},                   // lowerred
	{13, ""},                   // lowerring
	{13, ""},                   // lowers
	{12, ""},                   // lowest
	{0, ""},                    // ltd
	{37, ""},                   // lunar
	{25, ""},                   // machine
	{50, "learning"},           // machine
	{32, ""},                   // made
	{6, ""},                    // maintain
	{6, ""},                    // maintained
	{10, ""},                   // maintainers
	{6, ""},                    // maintaining
	{6, ""},                    // maintains
	{5, ""},                    // maintenance
	{10, ""},                   // makers
	{10, ""},                   // managers
	{7, ""},                    // mankind
	{7, ""},                    // mankind's
	{6, ""},                    // manufacture
	{6, ""},                    // manufactured
	{6, ""},                    // manufactureed
	{6, ""},                    // manufactureing
	{6, ""},                    // manufactures
	{5, ""},                    // manufacturing
	{6, ""},                    // manufacturing
	{54, ""},                   // many
	{6, ""},                    // map
	{6, ""},                    // maped
	{6, ""},                    // maping
	{6, ""},                    // mapped
	{6, ""},                    // mapping
	{6, ""},                    // maps
	{9, ""},                    // marginalised
	{9, ""},                    // marginalized
	{10, "traders"},            // market
	{31, ""},                   // market
	{44, "leader"},             // market
	{10, ""},                   // marketers
	{6, ""},                    // match
	{6, ""},                    // matched
	{6, ""},                    // matches
	{6, ""},                    // matching
	{6, ""},                    // matchs
	{30, ""},                   // may
	{49, ""},                   // may
	{30, ""},                   // maybe
	{31, ""},                   // meal
	{32, ""},                   // meant
	{6, ""},                    // measure
	{6, ""},                    // measured
	{6, ""},                    // measureed
	{6, ""},                    // measureing
	{6, ""},                    // measures
	{6, ""},                    // measuring
	{9, "sized"},               // medium
	{9, ""},                    // medium-sized
	{13, ""},                   // meet
	{13, ""},                   // meeted
	{13, ""},                   // meeting
	{13, ""},                   // meets
	{10, ""},                   // member
	{10, ""},                   // members
	{10, ""},                   // men
	{6, ""},                    // mentor
	{6, ""},                    // mentored
	{6, ""},                    // mentoring
	{6, ""},                    // mentorred
	{6, ""},                    // mentorring
	{6, ""},                    // mentors
	{10, ""},                   // merchants
	{32, ""},                   // met
	{39, ""},                   // metrics
	{50, ""},                   // microservices
	{9, "sized"},               // mid
	{9, ""},                    // mid-sized
	{30, ""},                   // might
	{49, ""},                   // might
	{31, ""},                   // miles
	{39, ""},                   // milestone
	{39, ""},                   // milestones
	{10, ""},                   // millennials
	{45, ""},                   // million
	{45, ""},                   // millions
	{31, ""},                   // minutes
	{39, ""},                   // minutes
	{19, ""},                   // mision
	{24, ""},                   // mision
	{19, ""},                   // missao
	{24, ""},                   // missao
	{19, ""},                   // missie
	{24, ""},                   // missie
	{24, ""},                   // missieverklaring
	{14, "critical"},           // mission
	{19, "statement"},          // mission
	{19, ""},                   // mission
	{24, "statement"},          // mission
	{24, ""},                   // mission
	{49, ""},                   // mission
	{14, ""},                   // mission-critical
	{19, ""},                   // missione
	{24, ""},                   // missione
	{24, ""},                   // missions
	{50, ""},                   // mobile
	{6, ""},                    // mobilise
	{6, ""},                    // mobilised
	{6, ""},                    // mobiliseed
	{6, ""},                    // mobiliseing
	{6, ""},                    // mobilises
	{6, ""},                    // mobilising
	{6, ""},                    // mobilize
	{6, ""},                    // mobilized
	{6, ""},                    // mobilizeed
	{6, ""},                    // mobilizeing
	{6, ""},                    // mobilizes
	{6, ""},                    // mobilizing
	{18, ""},                   // modalities
	{52, ""},                   // mode
	{52, ""},                   // model
	{18, ""},                   // models
	{52, ""},                   // models
	{35, ""},                   // modified
	{50, ""},                   // module
	{52, ""},                   // module
	{18, ""},                   // modules
	{50, ""},                   // modules
	{6, ""},                    // monitor
	{6, ""},                    // monitored
	{6, ""},                    // monitoring
	{6, ""},                    // monitorred
	{6, ""},                    // monitorring
	{6, ""},                    // monitors
	{12, "time"},               // more
	{30, "or less"},            // more
	{36, "information"},        // more
	{36, "details"},            // more
	{49, ""},                   // more
	{31, ""},                   // morning
	{8, ""},                    // most
	{44, ""},                   // most
	{49, ""},                   // most
	{54, "trusted"},            // most
	{54, "respected"},          // most
	{30, ""},                   // mostly
	{39, ""},                   // motivation
	{14, "the needle"},         // move
	{0, ""},                    // mr
	{1, ""},                    // mr
	{0, ""},                    // mrs
	{1, ""},                    // mrs
	{0, ""},                    // ms
	{1, ""},                    // ms
	{0, ""},                    // mt
	{1, ""},                    // mt
	{25, ""},                   // multimodal
	{52, ""},                   // multimodal
	{10, ""},                   // municipalities
	{26, ""},                   // museum
	{10, ""},                   // musicians
	{49, ""},                   // must
	{26, ""},                   // my
	{40, ""},                   // my
	{35, ""},                   // name
	{45, ""},                   // nation
	{7, ""},                    // nations
	{45, ""},                   // nations
	{9, ""},                    // neighborhood
	{31, ""},                   // neighborhood
	{9, ""},                    // neighbourhood
	{31, ""},                   // neighbourhood
	{6, ""},                    // network
	{26, ""},                   // network
	{6, ""},                    // networked
	{6, ""},                    // networking
	{6, ""},                    // networks
	{21, "again"},              // never
	{45, ""},                   // never
	{9, ""},                    // new
	{26, ""},                   // new
	{15, ""},                   // news
	{14, "generation"},         // next
	{14, "gen"},                // next
	{39, "steps"},              // next
	{14, ""},                   // next-gen
	{14, ""},                   // next-generation
	{25, ""},                   // night
	{31, ""},                   // night
	{0, ""},                    // no
	{7, "one"},                 // no
	{17, "need to"},            // no
	{17, "more"},               // no
	{21, "longer"},             // no
	{45, "one"},                // no
	{46, ""},                   // no
	{49, ""},                   // no
	{7, ""},                    // nobody
	{45, ""},                   // nobody
	{9, "profit"},              // non
	{10, "profits"},            // non
	{39, "goals"},              // non
	{39, "goals"},              // non
	{39, ""},                   // non-goals
	{9, ""},                    // non-profit
	{10, ""},                   // non-profits
	{38, ""},                   // none
	{9, ""},                    // nonprofit
	{10, ""},                   // nonprofits
	{29, "star"},               // north
	{29, ""},                   // northstar
	{26, ""},                   // nos
	{40, ""},                   // nos
	{26, ""},                   // nossa
	{40, ""},                   // nossa
	{47, "missao e"},           // nossa
	{48, "visao e"},            // nossa
	{26, ""},                   // nossas
	{40, ""},                   // nossas
	{26, ""},                   // nosso
	{40, ""},                   // nosso
	{26, ""},                   // nossos
	{40, ""},                   // nossos
	{26, ""},                   // nostra
	{40, ""},                   // nostra
	{47, "missione e"},         // nostra
	{48, "visione e"},          // nostra
	{26, ""},                   // nostre
	{40, ""},                   // nostre
	{26, ""},                   // nostri
	{40, ""},                   // nostri
	{26, ""},                   // nostro
	{40, ""},                   // nostro
	{17, "just"},               // not
	{17, "only"},               // not
	{38, ""},                   // not
	{42, "yet written"},        // not
	{49, ""},                   // not
	{35, ""},                   // note
	{35, ""},                   // notes
	{38, ""},                   // nothing
	{26, ""},                   // notre
	{40, ""},                   // notre
	{47, "raison d'etre est"},  // notre
	{47, "mission est"},        // notre
	{47, "mission consiste"},   // notre
	{48, "vision est"},         // notre
	{47, "avons pour mission"}, // nous
	{26, ""},                   // nuestra
	{40, ""},                   // nuestra
	{47, "mision es"},          // nuestra
	{47, "mision consiste"},    // nuestra
	{48, "vision es"},          // nuestra
	{26, ""},                   // nuestras
	{40, ""},                   // nuestras
	{26, ""},                   // nuestro
	{40, ""},                   // nuestro
	{26, ""},                   // nuestros
	{40, ""},                   // nuestros
	{44, "one"},                // number
	{44, "1"},                  // number
	{44, "one"},                // number
	{46, ""},                   // number
	{54, "one"},                // number
	{44, ""},                   // number-one
	{54, ""},                   // numerous
	{10, ""},                   // nurse
	{10, ""},                   // nurses
	{13, ""},                   // nurture
	{13, ""},                   // nurtured
	{13, ""},                   // nurtureed
	{13, ""},                   // nurtureing
	{13, ""},                   // nurtures
	{13, ""},                   // nurturing
	{27, ""},                   // nutshell
	{26, ""},                   // o
	{22, ""},                   // obiettivi
	{22, ""},                   // objectifs
	{39, ""},                   // objective
	{22, ""},                   // objectives
	{39, ""},                   // objectives
	{22, ""},                   // objetivos
	{52, ""},                   // ocr
	{28, ""},                   // of
	{49, ""},                   // of
	{6, ""},                    // offer
	{6, ""},                    // offered
	{6, ""},                    // offering
	{6, ""},                    // offerred
	{6, ""},                    // offerring
	{6, ""},                    // offers
	{26, ""},                   // office
	{39, ""},                   // okr
	{39, ""},                   // okrs
	{9, ""},                    // older
	{14, ""},                   // omnichannel
	{12, "time"},               // on
	{36, "this page"},          // on
	{49, ""},                   // on
	{14, "stop shop"},          // one
	{14, "stop shop"},          // one
	{21, "day"},                // one
	{27, "liner"},              // one
	{27, "liner"},              // one
	{46, ""},                   // one
	{27, ""},                   // one-liner
	{14, "shop"},               // one-stop
	{14, ""},                   // one-stop-shop
	{9, ""},                    // online
	{17, ""},                   // only
	{26, ""},                   // ons
	{40, ""},                   // ons
	{26, ""},                   // onze
	{40, ""},                   // onze
	{47, "missie is"},          // onze
	{48, "visie is"},           // onze
	{6, "source"},              // open
	{6, "sources"},             // open
	{6, "sourceed"},            // open
	{6, "sourceing"},           // open
	{6, "sourced"},             // open
	{6, "sourcing"},            // open
	{9, "source"},              // open
	{10, "source communities"}, // open
	{10, "source communities"}, // open
	{39, "questions"},          // open
	{6, ""},                    // open-source
	{9, ""},                    // open-source
	{10, "communities"},        // open-source
	{6, ""},                    // open-sourced
	{6, ""},                    // open-sourceed
	{6, ""},                    // open-sourceing
	{6, ""},                    // open-sources
	{6, ""},                    // open-sourcing
	{6, ""},                    // operate
	{6, ""},                    // operated
	{6, ""},                    // operateed
	{6, ""},                    // operateing
	{6, ""},                    // operates
	{6, ""},                    // operating
	{10, ""},                   // operators
	{2, ""},                    // opportunities
	{3, ""},                    // opportunities
	{12, ""},                   // opportunities
	{2, ""},                    // opportunity
	{3, ""},                    // opportunity
	{12, ""},                   // opportunity
	{14, ""},                   // optimise
	{2, ""},                    // optimization
	{14, ""},                   // optimize
	{18, ""},                   // options
	{49, ""},                   // or
	{37, ""},                   // orbit
	{37, ""},                   // orbital
	{37, ""},                   // orbiter
	{37, ""},                   // orbits
	{7, ""},                    // organisation
	{26, ""},                   // organisation
	{26, ""},                   // organisational
	{7, ""},                    // organisations
	{6, ""},                    // organise
	{6, ""},                    // organised
	{6, ""},                    // organiseed
	{6, ""},                    // organiseing
	{6, ""},                    // organises
	{6, ""},                    // organising
	{7, ""},                    // organization
	{26, ""},                   // organization
	{26, ""},                   // organizational
	{7, ""},                    // organizations
	{6, ""},                    // organize
	{6, ""},                    // organized
	{6, ""},                    // organizeed
	{6, ""},                    // organizeing
	{6, ""},                    // organizes
	{6, ""},                    // organizing
	{26, ""},                   // os
	{24, "purpose"},            // our
	{26, ""},                   // our
	{29, "dream"},              // our
	{40, ""},                   // our
	{48, "north star is"},      // our
	{49, ""},                   // our
	{51, ""},                   // outline
	{54, ""},                   // outstanding
	{26, ""},                   // overall
	{13, ""},                   // overcome
	{13, ""},                   // overcomed
	{13, ""},                   // overcomeed
	{13, ""},                   // overcomeing
	{13, ""},                   // overcomes
	{13, ""},                   // overcoming
	{27, ""},                   // overview
	{6, ""},                    // own
	{49, ""},                   // own
	{6, ""},                    // owned
	{35, ""},                   // owner
	{35, ""},                   // owners
	{6, ""},                    // owning
	{6, ""},                    // owns
	{32, ""},                   // paid
	{28, ""},                   // para
	{14, "shift"},              // paradigm
	{14, ""},                   // paradigm
	{10, ""},                   // parent
	{10, ""},                   // parents
	{46, ""},                   // part
	{6, ""},                    // partner
	{6, ""},                    // partnered
	{6, ""},                    // partnering
	{6, ""},                    // partnerred
	{6, ""},                    // partnerring
	{6, ""},                    // partners
	{26, ""},                   // partnership
	{14, ""},                   // passionate
	{17, ""},                   // patented
	{10, ""},                   // patient
	{10, ""},                   // patients
	{10, ""},                   // patients'
	{37, ""},                   // payload
	{37, ""},                   // payloads
	{12, "of mind"},            // peace
	{7, ""},                    // people
	{28, ""},                   // per
	{12, ""},                   // perfect
	{2, ""},                    // performance
	{30, ""},                   // perhaps
	{25, ""},                   // peripheral
	{7, ""},                    // person
	{39, ""},                   // personas
	{7, ""},                    // persons
	{10, "owners"},             // pet
	{10, ""},                   // pharmacies
	{10, ""},                   // pharmacist
	{10, ""},                   // pharmacists
	{31, ""},                   // phone
	{52, ""},                   // photo
	{10, ""},                   // photographers
	{52, ""},                   // photos
	{10, ""},                   // physicians
	{52, ""},                   // pipeline
	{52, ""},                   // pixel
	{52, ""},                   // pixels
	{41, ""},                   // placeholder
	{30, "to"},                 // plan
	{39, ""},                   // plan
	{45, ""},                   // planet
	{39, ""},                   // plans
	{6, ""},                    // plant
	{6, ""},                    // planted
	{6, ""},                    // planting
	{6, ""},                    // plants
	{26, ""},                   // platform
	{50, ""},                   // platform
	{10, ""},                   // players
	{50, ""},                   // plugin
	{52, ""},                   // plugin
	{18, ""},                   // plugins
	{50, ""},                   // plugins
	{52, ""},                   // plugins
	{6, ""},                    // pool
	{6, ""},                    // pooled
	{6, ""},                    // pooling
	{6, ""},                    // pools
	{50, ""},                   // portal
	{30, ""},                   // possibly
	{2, ""},                    // potential
	{12, ""},                   // potential
	{30, ""},                   // potentially
	{28, ""},                   // pour
	{34, "by"},                 // powered
	{10, ""},                   // practitioners
	{44, "eminent"},            // pre
	{44, ""},                   // pre-eminent
	{44, ""},                   // preeminent
	{44, ""},                   // preferred
	{14, ""},                   // premier
	{44, ""},                   // premier
	{54, ""},                   // premier
	{13, ""},                   // prevent
	{13, ""},                   // prevented
	{13, ""},                   // preventing
	{13, ""},                   // prevents
	{39, ""},                   // pricing
	{22, ""},                   // principes
	{22, ""},                   // principi
	{22, ""},                   // principios
	{22, ""},                   // principles
	{22, ""},                   // prinzipien
	{39, ""},                   // priorities
	{35, ""},                   // priority
	{37, ""},                   // probe
	{39, "statement"},          // problem
	{39, ""},                   // problem
	{6, ""},                    // produce
	{6, ""},                    // produced
	{6, ""},                    // produceed
	{6, ""},                    // produceing
	{6, ""},                    // produces
	{6, ""},                    // producing
	{10, "managers"},           // product
	{10, "teams"},              // product
	{26, ""},                   // product
	{35, "name"},               // product
	{41, "name"},               // product
	{41, "x"},                  // product
	{12, ""},                   // productive
	{2, ""},                    // productivity
	{0, ""},                    // prof
	{1, ""},                    // prof
	{9, ""},                    // professional
	{10, ""},                   // professionals
	{6, ""},                    // program
	{26, ""},                   // program
	{6, ""},                    // programed
	{6, ""},                    // programing
	{26, ""},                   // programme
	{6, ""},                    // programmed
	{10, ""},                   // programmers
	{6, ""},                    // programming
	{6, ""},                    // programs
	{26, ""},                   // project
	{4, ""},                    // promote
	{53, ""},                   // promote
	{4, ""},                    // promoted
	{4, ""},                    // promoteed
	{4, ""},                    // promoteing
	{4, ""},                    // promotes
	{53, ""},                   // promotes
	{4, ""},                    // promoting
	{53, ""},                   // promoting
	{26, ""},                   // proposed
	{24, ""},                   // proposito
	{33, ""},                   // proposito
	{17, ""},                   // proprietary
	{13, ""},                   // prosper
	{13, ""},                   // prospered
	{13, ""},                   // prospering
	{12, ""},                   // prosperity
	{13, ""},                   // prosperred
	{13, ""},                   // prosperring
	{13, ""},                   // prospers
	{13, ""},                   // protect
	{13, ""},                   // protected
	{13, ""},                   // protecting
	{13, ""},                   // protects
	{6, ""},                    // provide
	{51, ""},                   // provide
	{53, ""},                   // provide
	{6, ""},                    // provided
	{53, ""},                   // provided
	{6, ""},                    // provideed
	{6, ""},                    // provideing
	{6, ""},                    // provides
	{53, ""},                   // provides
	{6, ""},                    // providing
	{53, ""},                   // providing
	{5, ""},                    // provision
	{5, ""},                    // provisioning
	{7, "good"},                // public
	{9, "sector"},              // public
	{9, ""},                    // public-sector
	{6, ""},                    // publish
	{6, ""},                    // published
	{10, ""},                   // publishers
	{6, ""},                    // publishes
	{5, ""},                    // publishing
	{6, ""},                    // publishing
	{6, ""},                    // publishs
	{24, ""},                   // purpose
	{33, ""},                   // purpose
	{49, ""},                   // purpose
	{32, ""},                   // put
	{2, ""},                    // quality
	{12, "of life"},            // quality
	{18, ""},                   // quests
	{30, ""},                   // quite
	{24, "d'être"},             // raison
	{24, "d'etre"},             // raison
	{33, "d'être"},             // raison
	{33, "d'etre"},             // raison
	{17, "than"},               // rather
	{30, ""},                   // rather
	{37, "entry"},              // re
	{37, ""},                   // re-entry
	{13, ""},                   // reach
	{13, ""},                   // reached
	{13, ""},                   // reaches
	{13, ""},                   // reaching
	{13, ""},                   // reachs
	{32, ""},                   // read
	{36, "on"},                 // read
	{10, ""},                   // readers
	{50, "time"},               // real
	{50, ""},                   // real-time
	{13, ""},                   // realise
	{13, ""},                   // realised
	{13, ""},                   // realiseed
	{13, ""},                   // realiseing
	{13, ""},                   // realises
	{13, ""},                   // realising
	{13, ""},                   // realize
	{13, ""},                   // realized
	{13, ""},                   // realizeed
	{13, ""},                   // realizeing
	{13, ""},                   // realizes
	{13, ""},                   // realizing
	{54, ""},                   // really
	{24, "for being"},          // reason
	{33, "for being"},          // reason
	{52, ""},                   // recognition
	{37, ""},                   // reconnaissance
	{13, ""},                   // recover
	{13, ""},                   // recovered
	{13, ""},                   // recovering
	{13, ""},                   // recoverred
	{13, ""},                   // recoverring
	{13, ""},                   // recovers
	{6, ""},                    // recruit
	{6, ""},                    // recruited
	{6, ""},                    // recruiting
	{6, ""},                    // recruits
	{6, ""},                    // recycle
	{6, ""},                    // recycled
	{6, ""},                    // recycleed
	{6, ""},                    // recycleing
	{6, ""},                    // recycles
	{6, ""},                    // recycling
	{13, ""},                   // reduce
	{13, ""},                   // reduced
	{13, ""},                   // reduceed
	{13, ""},                   // reduceing
	{13, ""},                   // reduces
	{13, ""},                   // reducing
	{37, ""},                   // reentry
	{39, ""},                   // references
	{26, ""},                   // refreshed
	{9, ""},                    // regional
	{30, ""},                   // relatively
	{15, "notes"},              // release
	{15, "history"},            // release
	{18, "notes"},              // release
	{39, "notes"},              // release
	{15, ""},                   // releases
	{39, ""},                   // releases
	{13, ""},                   // relieve
	{13, ""},                   // relieved
	{13, ""},                   // relieveed
	{13, ""},                   // relieveing
	{13, ""},                   // relieves
	{13, ""},                   // relieving
	{9, ""},                    // remote
	{13, ""},                   // remove
	{13, ""},                   // removed
	{13, ""},                   // removeed
	{13, ""},                   // removeing
	{13, ""},                   // removes
	{13, ""},                   // removing
	{54, ""},                   // renowned
	{10, ""},                   // renters
	{6, ""},                    // repair
	{6, ""},                    // repaired
	{6, ""},                    // repairing
	{6, ""},                    // repairs
	{51, ""},                   // replace
	{17, ""},                   // replacing
	{18, ""},                   // requirements
	{39, ""},                   // requirements
	{6, ""},                    // rescue
	{6, ""},                    // rescued
	{6, ""},                    // rescueed
	{6, ""},                    // rescueing
	{6, ""},                    // rescues
	{6, ""},                    // rescuing
	{5, ""},                    // research
	{9, ""},                    // research
	{10, ""},                   // researcher
	{10, ""},                   // researchers
	{10, ""},                   // residents
	{10, ""},                   // restaurants
	{6, ""},                    // restore
	{13, ""},                   // restore
	{6, ""},                    // restored
	{13, ""},                   // restored
	{6, ""},                    // restoreed
	{13, ""},                   // restoreed
	{6, ""},                    // restoreing
	{13, ""},                   // restoreing
	{6, ""},                    // restores
	{13, ""},                   // restores
	{6, ""},                    // restoring
	{13, ""},                   // restoring
	{3, ""},                    // results
	{9, ""},                    // retail
	{10, ""},                   // retailers
	{10, ""},                   // retirees
	{6, ""},                    // review
	{6, ""},                    // reviewed
	{35, ""},                   // reviewed
	{35, ""},                   // reviewers
	{6, ""},                    // reviewing
	{6, ""},                    // reviews
	{26, ""},                   // revised
	{14, ""},                   // revolutionary
	{4, ""},                    // revolutionise
	{14, ""},                   // revolutionise
	{4, ""},                    // revolutionised
	{4, ""},                    // revolutioniseed
	{4, ""},                    // revolutioniseing
	{4, ""},                    // revolutionises
	{4, ""},                    // revolutionising
	{4, ""},                    // revolutionize
	{14, ""},                   // revolutionize
	{4, ""},                    // revolutionized
	{4, ""},                    // revolutionizeed
	{4, ""},                    // revolutionizeing
	{4, ""},                    // revolutionizes
	{4, ""},                    // revolutionizing
	{12, ""},                   // richer
	{32, ""},                   // ridden
	{10, ""},                   // riders
	{12, ""},                   // rights
	{32, ""},                   // risen
	{39, ""},                   // risks
	{31, ""},                   // river
	{39, ""},                   // roadmap
	{25, ""},                   // robot
	{25, ""},                   // robotic
	{14, ""},                   // robust
	{37, ""},                   // rocket
	{37, ""},                   // rockets
	{31, ""},                   // roof
	{10, ""},                   // rotarians
	{37, ""},                   // rover
	{6, ""},                    // run
	{32, ""},                   // run
	{6, ""},                    // runed
	{6, ""},                    // runing
	{6, ""},                    // runned
	{10, ""},                   // runners
	{6, ""},                    // running
	{6, ""},                    // runs
	{9, ""},                    // rural
	{9, ""},                    // saas
	{50, ""},                   // saas
	{12, ""},                   // safe
	{13, ""},                   // safeguard
	{13, ""},                   // safeguarded
	{13, ""},                   // safeguarding
	{13, ""},                   // safeguards
	{12, ""},                   // safer
	{12, ""},                   // safety
	{32, ""},                   // said
	{10, "teams"},              // sales
	{23, ""},                   // sample
	{23, ""},                   // samples
	{37, ""},                   // satellite
	{37, ""},                   // satellites
	{13, ""},                   // save
	{13, ""},                   // saved
	{13, ""},                   // saveed
	{13, ""},                   // saveing
	{13, ""},                   // saves
	{13, ""},                   // saving
	{14, ""},                   // scalable
	{39, ""},                   // schedule
	{10, ""},                   // scholars
	{26, ""},                   // school
	{31, ""},                   // school
	{10, ""},                   // schools
	{10, ""},                   // scientist
	{10, ""},                   // scientists
	{39, ""},                   // scope
	{31, ""},                   // screen
	{52, ""},                   // screenshot
	{52, ""},                   // screenshots
	{50, ""},                   // sdk
	{14, ""},                   // seamless
	{14, ""},                   // seamlessly
	{13, ""},                   // secure
	{13, ""},                   // secured
	{13, ""},                   // secureed
	{13, ""},                   // secureing
	{13, ""},                   // secures
	{13, ""},                   // securing
	{35, "also"},               // see
	{36, "also"},               // see
	{36, "the"},                // see
	{4, ""},                    // seek
	{30, "to"},                 // seek
	{53, "to"},                 // seek
	{4, ""},                    // seeked
	{4, ""},                    // seeking
	{4, ""},                    // seeks
	{30, "to"},                 // seeks
	{32, ""},                   // seen
	{52, ""},                   // segmentation
	{6, ""},                    // sell
	{6, ""},                    // selled
	{10, ""},                   // sellers
	{6, ""},                    // selling
	{6, ""},                    // sells
	{9, ""},                    // senior
	{10, ""},                   // seniors
	{50, ""},                   // sensor
	{52, ""},                   // sensor
	{50, ""},                   // sensors
	{52, ""},                   // sensors
	{32, ""},                   // sent
	{16, ""},                   // sentence
	{4, ""},                    // serve
	{4, ""},                    // served
	{4, ""},                    // serveed
	{4, ""},                    // serveing
	{4, ""},                    // serves
	{26, ""},                   // service
	{4, ""},                    // serving
	{32, ""},                   // set
	{18, ""},                   // settings
	{18, ""},                   // setup
	{54, ""},                   // several
	{32, ""},                   // shaken
	{21, ""},                   // shall
	{49, ""},                   // shall
	{4, ""},                    // shape
	{4, ""},                    // shaped
	{4, ""},                    // shapeed
	{4, ""},                    // shapeing
	{4, ""},                    // shapes
	{4, ""},                    // shaping
	{26, ""},                   // shared
	{6, ""},                    // ship
	{6, ""},                    // shiped
	{6, ""},                    // shiping
	{6, ""},                    // shipped
	{6, ""},                    // shipping
	{6, ""},                    // ships
	{31, ""},                   // shop
	{10, ""},                   // shopkeepers
	{10, ""},                   // shoppers
	{27, "version"},            // short
	{49, ""},                   // should
	{32, ""},                   // shown
	{54, ""},                   // significantly
	{12, ""},                   // simpler
	{13, ""},                   // simplified
	{13, ""},                   // simplifies
	{13, ""},                   // simplify
	{13, ""},                   // simplifyed
	{13, ""},                   // simplifying
	{13, ""},                   // simplifys
	{9, ""},                    // small
	{10, "businesses"},         // small
	{10, "business"},           // small
	{12, ""},                   // smarter
	{10, ""},                   // smbs
	{31, ""},                   // smile
	{43, "they can"},           // so
	{43, "people can"},         // so
	{43, "you can"},            // so
	{43, "that"},               // so
	{49, ""},                   // so
	{7, ""},                    // society
	{26, ""},                   // society
	{9, ""},                    // software
	{10, "companies"},          // software
	{50, ""},                   // software
	{32, ""},                   // sold
	{14, "provider"},           // solution
	{2, ""},                    // solutions
	{14, ""},                   // solutions
	{13, ""},                   // solve
	{13, ""},                   // solved
	{13, ""},                   // solveed
	{13, ""},                   // solveing
	{13, ""},                   // solves
	{13, ""},                   // solving
	{21, "day"},                // some
	{21, ""},                   // someday
	{30, ""},                   // somewhat
	{30, "of"},                 // sort
	{37, ""},                   // sortie
	{6, ""},                    // source
	{35, ""},                   // source
	{6, ""},                    // sourced
	{6, ""},                    // sourceed
	{6, ""},                    // sourceing
	{6, ""},                    // sources
	{6, ""},                    // sourcing
	{37, ""},                   // spacecraft
	{37, ""},                   // spaceflight
	{10, ""},                   // specialists
	{51, ""},                   // specify
	{32, ""},                   // spent
	{37, ""},                   // splashdown
	{32, ""},                   // spoken
	{37, ""},                   // squadron
	{0, ""},                    // sr
	{0, ""},                    // st
	{1, ""},                    // st
	{2, ""},                    // stakeholder
	{2, ""},                    // stakeholders
	{7, ""},                    // stakeholders
	{35, ""},                   // stakeholders
	{31, ""},                   // stall
	{10, ""},                   // stallholders
	{10, ""},                   // startup
	{26, ""},                   // startup
	{10, ""},                   // startups
	{14, "of the art"},         // state
	{51, ""},                   // state
	{14, ""},                   // state-of-the-art
	{26, ""},                   // stated
	{16, ""},                   // statement
	{22, ""},                   // statement
	{27, ""},                   // statement
	{49, ""},                   // statement
	{22, ""},                   // statements
	{35, ""},                   // status
	{13, ""},                   // stay
	{13, ""},                   // stayed
	{13, ""},                   // staying
	{13, ""},                   // stays
	{39, ""},                   // steps
	{25, ""},                   // stereo
	{32, ""},                   // stolen
	{22, ""},                   // strategia
	{26, ""},                   // strategic
	{22, ""},                   // strategie
	{22, ""},                   // strategies
	{22, ""},                   // strategy
	{14, ""},                   // streamline
	{31, ""},                   // street
	{4, ""},                    // strengthen
	{13, ""},                   // strengthen
	{4, ""},                    // strengthened
	{13, ""},                   // strengthened
	{4, ""},                    // strengthening
	{13, ""},                   // strengthening
	{4, ""},                    // strengthenned
	{13, ""},                   // strengthenned
	{4, ""},                    // strengthenning
	{13, ""},                   // strengthenning
	{4, ""},                    // strengthens
	{13, ""},                   // strengthens
	{4, ""},                    // strive
	{30, "to"},                 // strive
	{53, ""},                   // strive
	{4, ""},                    // strived
	{4, ""},                    // striveed
	{4, ""},                    // striveing
	{4, ""},                    // strives
	{30, "to"},                 // strives
	{53, ""},                   // strives
	{4, ""},                    // striving
	{53, ""},                   // striving
	{12, ""},                   // stronger
	{9, ""},                    // student
	{10, ""},                   // student
	{10, ""},                   // students
	{26, ""},                   // studio
	{10, ""},                   // subscribers
	{54, ""},                   // substantially
	{13, ""},                   // succeed
	{13, ""},                   // succeeded
	{13, ""},                   // succeeding
	{13, ""},                   // succeeds
	{2, ""},                    // success
	{3, ""},                    // success
	{12, ""},                   // success
	{39, "criteria"},           // success
	{39, "metrics"},            // success
	{12, ""},                   // suffering
	{51, ""},                   // summarise
	{51, ""},                   // summarize
	{16, ""},                   // summary
	{27, ""},                   // summary
	{54, ""},                   // superior
	{4, ""},                    // support
	{10, "teams"},              // support
	{52, ""},                   // support
	{53, ""},                   // support
	{4, ""},                    // supported
	{18, "models"},             // supported
	{52, ""},                   // supported
	{4, ""},                    // supporting
	{53, ""},                   // supporting
	{4, ""},                    // supports
	{52, ""},                   // supports
	{53, ""},                   // supports
	{2, ""},                    // sustainability
	{6, ""},                    // synchronise
	{6, ""},                    // synchronised
	{6, ""},                    // synchroniseed
	{6, ""},                    // synchroniseing
	{6, ""},                    // synchronises
	{6, ""},                    // synchronising
	{6, ""},                    // synchronize
	{6, ""},                    // synchronized
	{6, ""},                    // synchronizeed
	{6, ""},                    // synchronizeing
	{6, ""},                    // synchronizes
	{6, ""},                    // synchronizing
	{14, ""},                   // synergies
	{14, ""},                   // synergistic
	{2, ""},                    // synergy
	{14, ""},                   // synergy
	{27, ""},                   // synopsis
	{10, ""},                   // sysadmins
	{50, ""},                   // system
	{50, ""},                   // systems
	{31, ""},                   // table
	{13, ""},                   // tackle
	{13, ""},                   // tackled
	{13, ""},                   // tackleed
	{13, ""},                   // tackleing
	{13, ""},                   // tackles
	{13, ""},                   // tackling
	{35, ""},                   // tags
	{32, ""},                   // taken
	{39, "users"},              // target
	{39, ""},                   // target
	{39, ""},                   // targets
	{39, ""},                   // tasks
	{52, ""},                   // tasks
	{32, ""},                   // taught
	{41, ""},                   // tba
	{41, ""},                   // tbc
	{41, ""},                   // tbd
	{6, ""},                    // teach
	{6, ""},                    // teached
	{10, ""},                   // teacher
	{10, ""},                   // teachers
	{6, ""},                    // teaches
	{6, ""},                    // teaching
	{6, ""},                    // teachs
	{26, ""},                   // team
	{39, ""},                   // team
	{10, ""},                   // teams
	{9, ""},                    // tech
	{9, ""},                    // technical
	{26, ""},                   // technical
	{10, ""},                   // teenagers
	{10, ""},                   // teens
	{37, ""},                   // telemetry
	{37, ""},                   // telescope
	{25, ""},                   // television
	{47, "como missao"},        // tem
	{47, "por missao"},         // tem
	{23, ""},                   // template
	{23, ""},                   // templates
	{10, ""},                   // tenants
	{47, "como mision"},        // tenemos
	{22, ""},                   // tenets
	{18, ""},                   // terminology
	{6, ""},                    // test
	{6, ""},                    // tested
	{10, ""},                   // testers
	{6, ""},                    // testing
	{6, ""},                    // tests
	{17, ""},                   // than
	{49, ""},                   // than
	{34, "to"},                 // thanks
	{43, "lets"},               // that
	{43, "helps"},              // that
	{49, ""},                   // that
	{3, "future"},              // the
	{7, "public good"},         // the
	{7, "world"},               // the
	{7, "world's"},             // the
	{7, "planet"},              // the
	{7, "public"},              // the
	{12, "benefit of"},         // the
	{17, "only"},               // the
	{21, "day when"},           // the
	{26, ""},                   // the
	{27, "short version"},      // the
	{36, "following"},          // the
	{46, ""},                   // the
	{49, ""},                   // the
	{54, "best"},               // the
	{40, ""},                   // their
	{49, ""},                   // their
	{49, ""},                   // them
	{49, ""},                   // then
	{25, ""},                   // thermal
	{49, ""},                   // these
	{49, ""},                   // they
	{36, "is an overview"},     // this
	{36, "is where"},           // this
	{36, "pull request"},       // this
	{36, "document"},           // this
	{36, "page"},               // this
	{36, "section"},            // this
	{36, "file"},               // this
	{36, "overview"},           // this
	{36, "guide"},              // this
	{36, "article"},            // this
	{36, "post"},               // this
	{36, "repository"},         // this
	{36, "repo"},               // this
	{36, "rfc"},                // this
	{36, "proposal"},           // this
	{36, "paper"},              // this
	{36, "report"},             // this
	{36, "memo"},               // this
	{36, "briefing"},           // this
	{36, "plan"},               // this
	{36, "template"},           // this
	{36, "example"},            // this
	{36, "tutorial"},           // this
	{36, "chapter"},            // this
	{36, "specification"},      // this
	{36, "spec"},               // this
	{36, "readme"},             // this
	{36, "wiki"},               // this
	{36, "site"},               // this
	{36, "website"},            // this
	{36, "folder"},             // this
	{36, "directory"},          // this
	{49, ""},                   // this
	{49, ""},                   // those
	{14, "leadership"},         // thought
	{14, "leader"},             // thought
	{32, ""},                   // thought
	{13, ""},                   // thrive
	{13, ""},                   // thrived
	{13, ""},                   // thriveed
	{13, ""},                   // thriveing
	{13, ""},                   // thrives
	{13, ""},                   // thriving
	{34, ""},                   // through
	{49, ""},                   // through
	{32, ""},                   // thrown
	{47, "como mision"},        // tiene
	{47, "por mision"},         // tiene
	{39, ""},                   // timeline
	{35, ""},                   // tip
	{23, ""},                   // tips
	{35, ""},                   // tips
	{27, ""},                   // tl;dr
	{35, ""},                   // tl;dr
	{27, ""},                   // tldr
	{35, ""},                   // tldr
	{30, "a certain degree"},   // to
	{30, "some extent"},        // to
	{39, "do"},                 // to
	{41, "be determined"},      // to
	{41, "be defined"},         // to
	{41, "be written"},         // to
	{42, "follow"},             // to
	{42, "come"},               // to
	{43, "help"},               // to
	{43, "enable"},             // to
	{43, "make"},               // to
	{43, "ensure"},             // to
	{43, "allow"},              // to
	{43, "give"},               // to
	{49, ""},                   // to
	{39, ""},                   // to-do
	{39, ""},                   // todo
	{41, ""},                   // todo
	{52, ""},                   // tokens
	{32, ""},                   // told
	{3, ""},                    // tomorrow
	{21, ""},                   // tomorrow
	{50, ""},                   // tool
	{18, ""},                   // tools
	{50, ""},                   // tools
	{8, ""},                    // top
	{14, "notch"},              // top
	{44, "rated"},              // top
	{44, "ranked"},             // top
	{44, ""},                   // top
	{14, ""},                   // top-notch
	{44, ""},                   // top-ranked
	{44, ""},                   // top-rated
	{32, ""},                   // torn
	{10, ""},                   // tourists
	{31, ""},                   // town
	{6, ""},                    // track
	{6, ""},                    // tracked
	{6, ""},                    // tracking
	{6, ""},                    // tracks
	{10, ""},                   // trader
	{10, ""},                   // traders
	{31, ""},                   // trail
	{6, ""},                    // train
	{31, ""},                   // train
	{6, ""},                    // trained
	{5, ""},                    // training
	{6, ""},                    // training
	{6, ""},                    // trains
	{37, ""},                   // trajectory
	{4, ""},                    // transform
	{2, ""},                    // transformation
	{14, ""},                   // transformative
	{4, ""},                    // transformed
	{52, ""},                   // transformer
	{52, ""},                   // transformers
	{4, ""},                    // transforming
	{4, ""},                    // transforms
	{6, ""},                    // translate
	{6, ""},                    // translated
	{6, ""},                    // translateed
	{6, ""},                    // translateing
	{6, ""},                    // translates
	{6, ""},                    // translating
	{10, ""},                   // travelers
	{10, ""},                   // travellers
	{13, ""},                   // treat
	{13, ""},                   // treated
	{13, ""},                   // treating
	{13, ""},                   // treats
	{30, "to"},                 // tries
	{18, ""},                   // troubleshooting
	{26, ""},                   // true
	{54, ""},                   // truly
	{26, ""},                   // trust
	{12, ""},                   // trustworthy
	{30, "to"},                 // try
	{25, ""},                   // tunnel
	{14, ""},                   // turnkey
	{25, ""},                   // tv
	{35, ""},                   // type
	{21, ""},                   // ultimately
	{22, ""},                   // und
	{42, "construction"},       // under
	{9, ""},                    // underserved
	{13, ""},                   // understand
	{13, ""},                   // understanded
	{12, ""},                   // understanding
	{13, ""},                   // understanding
	{23, ""},                   // understanding
	{13, ""},                   // understands
	{32, ""},                   // understood
	{6, ""},                    // undertake
	{6, ""},                    // undertaked
	{6, ""},                    // undertakeed
	{6, ""},                    // undertakeing
	{6, ""},                    // undertakes
	{6, ""},                    // undertaking
	{6, ""},                    // unified
	{6, ""},                    // unifies
	{6, ""},                    // unify
	{6, ""},                    // unifyed
	{6, ""},                    // unifying
	{6, ""},                    // unifys
	{26, ""},                   // union
	{54, ""},                   // unique
	{17, ""},                   // uniquely
	{26, ""},                   // unit
	{0, ""},                    // univ
	{10, ""},                   // universities
	{17, "other"},              // unlike
	{17, ""},                   // unlike
	{13, ""},                   // unlock
	{13, ""},                   // unlocked
	{13, ""},                   // unlocking
	{13, ""},                   // unlocks
	{14, ""},                   // unmatched
	{14, ""},                   // unparalleled
	{14, ""},                   // unrivaled
	{14, ""},                   // unrivalled
	{26, ""},                   // unser
	{40, ""},                   // unser
	{47, "auftrag ist"},        // unser
	{26, ""},                   // unsere
	{40, ""},                   // unsere
	{47, "mission ist"},        // unsere
	{48, "vision ist"},         // unsere
	{26, ""},                   // unserer
	{40, ""},                   // unserer
	{26, ""},                   // updated
	{35, ""},                   // updated
	{52, ""},                   // upload
	{52, ""},                   // uploads
	{9, ""},                    // urban
	{49, ""},                   // us
	{12, ""},                   // usable
	{18, ""},                   // usage
	{39, ""},                   // usage
	{39, "cases"},              // use
	{51, ""},                   // use
	{12, ""},                   // useful
	{7, ""},                    // user
	{14, "centric"},            // user
	{39, "stories"},            // user
	{14, ""},                   // user-centric
	{7, ""},                    // users
	{34, ""},                   // using
	{53, ""},                   // utilise
	{53, ""},                   // utilize
	{53, ""},                   // utilizes
	{53, ""},                   // utilizing
	{22, ""},                   // valeurs
	{22, ""},                   // valores
	{22, ""},                   // valori
	{2, ""},                    // value
	{3, ""},                    // value
	{14, "added"},              // value
	{22, ""},                   // value
	{14, ""},                   // value-added
	{22, ""},                   // values
	{28, ""},                   // van
	{54, ""},                   // various
	{10, ""},                   // vendor
	{10, ""},                   // vendors
	{35, ""},                   // version
	{17, ""},                   // versus
	{54, ""},                   // very
	{10, ""},                   // veterans
	{34, ""},                   // via
	{12, ""},                   // viable
	{52, ""},                   // video
	{10, ""},                   // viewers
	{31, ""},                   // village
	{20, ""},                   // visao
	{29, ""},                   // visao
	{20, ""},                   // visie
	{29, ""},                   // visie
	{20, "statement"},          // vision
	{20, ""},                   // vision
	{29, "statement"},          // vision
	{29, ""},                   // vision
	{49, ""},                   // vision
	{14, ""},                   // visionary
	{20, ""},                   // visione
	{29, ""},                   // visione
	{29, ""},                   // visions
	{0, ""},                    // viz
	{1, ""},                    // viz
	{10, ""},                   // volunteers
	{28, ""},                   // von
	{28, ""},                   // voor
	{0, ""},                    // vs
	{1, ""},                    // vs
	{17, ""},                   // vs
	{9, ""},                    // vulnerable
	{22, ""},                   // waarden
	{30, "to"},                 // want
	{35, ""},                   // warning
	{11, ""},                   // was
	{49, ""},                   // was
	{31, ""},                   // water
	{3, ""},                    // way
	{37, ""},                   // waypoint
	{3, ""},                    // ways
	{21, "see a world"},        // we
	{22, ""},                   // we
	{30, "believe"},            // we
	{30, "think"},              // we
	{30, "feel"},               // we
	{34, "will achieve this"},  // we
	{34, "do this"},            // we
	{34, "achieve this"},       // we
	{49, ""},                   // we
	{50, ""},                   // wearable
	{50, ""},                   // wearables
	{52, ""},                   // webcam
	{50, ""},                   // website
	{36, "to"},                 // welcome
	{12, "being"},              // well
	{12, ""},                   // well-being
	{12, ""},                   // wellbeing
	{11, ""},                   // were
	{49, ""},                   // were
	{22, ""},                   // werte
	{22, ""},                   // what
	{23, "is"},                 // what
	{23, "are"},                // what
	{23, "makes"},              // what
	{23, "should"},             // what
	{23, "does"},               // what
	{49, ""},                   // what
	{18, "new"},                // what's
	{23, ""},                   // what's
	{23, "to"},                 // when
	{30, "possible"},           // when
	{49, ""},                   // when
	{30, "possible"},           // whenever
	{21, "no one"},             // where
	{21, "every"},              // where
	{21, "everyone"},           // where
	{21, "nobody"},             // where
	{21, "no"},                 // where
	{21, "all"},                // where
	{23, "to"},                 // where
	{30, "possible"},           // where
	{30, "feasible"},           // where
	{30, "practical"},          // where
	{30, "practicable"},        // where
	{30, "appropriate"},        // where
	{49, ""},                   // where
	{17, ""},                   // whereas
	{43, "means"},              // which
	{49, ""},                   // which
	{23, "is"},                 // who
	{49, ""},                   // who
	{49, ""},                   // whom
	{23, "is"},                 // why
	{23, "are"},                // why
	{23, "do"},                 // why
	{23, "does"},               // why
	{23, "should"},             // why
	{23, "you"},                // why
	{23, "your"},               // why
	{23, "it"},                 // why
	{23, "this"},               // why
	{23, "a"},                  // why
	{23, "an"},                 // why
	{23, "the"},                // why
	{24, "we are here"},        // why
	{24, "we exist"},           // why
	{24, "we're here"},         // why
	{24, ""},                   // why
	{33, "we are here"},        // why
	{33, "we exist"},           // why
	{33, "we're here"},         // why
	{33, ""},                   // why
	{49, ""},                   // why
	{50, ""},                   // widget
	{21, "be"},                 // will
	{21, "have"},               // will
	{21, ""},                   // will
	{42, "follow"},             // will
	{49, ""},                   // will
	{13, ""},                   // win
	{14, "win"},                // win
	{14, ""},                   // win-win
	{13, ""},                   // wined
	{13, ""},                   // wining
	{13, ""},                   // winned
	{13, ""},                   // winning
	{13, ""},                   // wins
	{31, ""},                   // winter
	{30, "to"},                 // wish
	{34, "the help of"},        // with
	{49, ""},                   // with
	{17, ""},                   // without
	{10, ""},                   // women
	{32, ""},                   // won
	{22, ""},                   // work
	{34, "with"},               // work
	{34, "alongside"},          // work
	{42, "in progress"},        // work
	{53, "to"},                 // work
	{10, ""},                   // workers
	{9, ""},                    // working
	{34, "together with"},      // working
	{34, "with"},               // working
	{34, "alongside"},          // working
	{34, "with"},               // works
	{53, "to"},                 // works
	{3, ""},                    // world
	{14, "class"},              // world
	{45, ""},                   // world
	{54, "renowned"},           // world
	{14, "leading"},            // world's
	{45, ""},                   // world's
	{46, ""},                   // world's
	{14, ""},                   // world-class
	{54, ""},                   // world-renowned
	{45, ""},                   // worldwide
	{32, ""},                   // worn
	{30, ""},                   // would
	{49, ""},                   // would
	{32, ""},                   // woven
	{6, ""},                    // write
	{23, ""},                   // write
	{51, ""},                   // write
	{6, ""},                    // writed
	{6, ""},                    // writeed
	{6, ""},                    // writeing
	{10, ""},                   // writers
	{6, ""},                    // writes
	{6, ""},                    // writing
	{23, ""},                   // writing
	{32, ""},                   // written
	{25, "ray"},                // x
	{25, ""},                   // x-ray
	{41, ""},                   // xxx
	{22, ""},                   // y
	{7, ""},                    // you
	{9, ""},                    // young
	{10, "people"},             // young
	{41, "company"},            // your
	{41, "product"},            // your
	{10, ""},                   // youth
	{22, ""},                   // ziele
}

// tableSlots is a hash table over tableWords: index+1, or 0.
var tableSlots = [8192]uint16{
	0, 0, 0, 0, 174, 0, 0, 0, 1993, 0, 585, 0, 0, 0, 0, 0,
	0, 0, 1263, 0, 1280, 100, 1287, 431, 451, 0, 0, 0, 0, 0, 0, 0,
	0, 1385, 0, 0, 0, 0, 0, 0, 1389, 492, 0, 0, 0, 0, 0, 0,
	474, 1346, 1838, 2040, 0, 0, 0, 0, 0, 1278, 0, 0, 1837, 0, 0, 0,
	0, 0, 60, 1184, 0, 0, 0, 0, 0, 0, 0, 0, 1239, 0, 0, 0,
	0, 0, 0, 0, 0, 1715, 0, 0, 0, 0, 69, 0, 0, 315, 1697, 2030,
	0, 0, 0, 0, 1394, 0, 283, 0, 566, 0, 0, 0, 1143, 280, 0, 0,
	379, 591, 0, 0, 0, 826, 0, 0, 0, 0, 0, 0, 0, 0, 412, 0,
	170, 249, 0, 0, 0, 0, 0, 0, 0, 1237, 0, 0, 0, 132, 1040, 1093,
	1870, 0, 0, 547, 0, 0, 0, 1774, 0, 0, 0, 0, 0, 1530, 0, 0,
	0, 0, 0, 0, 426, 0, 0, 0, 0, 1812, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1064, 0, 657, 0, 0, 0, 0, 599, 0, 0, 0, 0, 0, 231, 0, 1803,
	0, 441, 2199, 99, 1007, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 815, 0, 0, 1500, 0, 0, 0, 2193, 0, 0, 0, 0,
	855, 0, 189, 0, 0, 0, 0, 0, 0, 0, 0, 367, 0, 356, 0, 359,
	0, 0, 0, 0, 0, 0, 1135, 1335, 0, 949, 0, 0, 1776, 702, 0, 0,
	0, 0, 0, 1693, 192, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1827, 0, 0, 614, 0, 0, 0, 1528, 0, 948, 1276,
	0, 633, 1277, 1487, 0, 0, 0, 0, 0, 0, 0, 0, 0, 209, 0, 0,
	0, 0, 320, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 842, 0,
	0, 1592, 0, 0, 0, 1780, 0, 1897, 676, 1839, 1849, 0, 965, 0, 0, 0,
	0, 2126, 0, 0, 0, 562, 0, 1379, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1966, 160, 0, 0, 0, 287, 1835, 2073, 2086, 0, 288, 1193, 720, 0, 0,
	1894, 1587, 0, 0, 624, 1508, 1202, 279, 1881, 0, 0, 920, 0, 222, 361, 413,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 719, 0, 0, 0,
	1026, 0, 164, 0, 2149, 0, 0, 0, 0, 0, 0, 0, 0, 1901, 0, 0,
	1986, 0, 0, 0, 0, 1126, 0, 0, 2128, 802, 0, 1927, 0, 303, 0, 0,
	0, 0, 0, 1218, 1810, 0, 2184, 0, 0, 0, 0, 0, 0, 1058, 776, 0,
	0, 1568, 0, 0, 0, 0, 0, 1454, 1342, 0, 0, 0, 0, 0, 0, 938,
	1034, 1275, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1676,
	0, 0, 2160, 0, 0, 2156, 0, 0, 0, 0, 0, 0, 0, 476, 1086, 53,
	212, 0, 0, 0, 0, 1174, 0, 0, 2077, 0, 981, 0, 2195, 0, 0, 0,
	1380, 0, 1147, 0, 0, 1956, 0, 1016, 1471, 1269, 0, 0, 0, 0, 0, 0,
	0, 0, 1696, 1361, 1659, 0, 0, 0, 0, 0, 0, 0, 0, 953, 0, 0,
	0, 0, 0, 0, 0, 0, 76, 0, 0, 0, 0, 1778, 0, 0, 0, 0,
	0, 0, 1862, 1069, 0, 113, 1305, 0, 777, 0, 706, 0, 0, 0, 0, 0,
	0, 0, 2051, 0, 0, 0, 0, 0, 355, 0, 0, 0, 0, 0, 0, 0,
	0, 1207, 0, 0, 639, 63, 0, 771, 83, 0, 0, 0, 0, 0, 374, 0,
	1172, 281, 0, 0, 0, 0, 0, 1331, 0, 637, 0, 0, 0, 0, 0, 0,
	1550, 180, 0, 0, 0, 0, 0, 2191, 0, 0, 0, 0, 0, 851, 941, 791,
	1866, 0, 0, 0, 0, 0, 0, 0, 0, 372, 0, 0, 446, 0, 0, 1674,
	0, 0, 0, 0, 0, 470, 105, 1738, 0, 0, 0, 1077, 0, 0, 0, 1771,
	0, 0, 0, 0, 0, 0, 0, 778, 0, 0, 0, 0, 0, 0, 1542, 261,
	1569, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1035, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 2007, 0, 2038, 0, 0, 1304, 0, 0, 0, 1130,
	611, 0, 0, 1079, 1931, 258, 1800, 0, 0, 859, 0, 0, 0, 0, 0, 0,
	0, 0, 580, 1958, 0, 0, 0, 0, 0, 0, 0, 861, 0, 0, 223, 1621,
	0, 0, 0, 0, 0, 0, 0, 0, 652, 1519, 0, 453, 0, 396, 0, 813,
	0, 0, 0, 0, 0, 0, 429, 0, 0, 0, 0, 0, 0, 1723, 0, 0,
	0, 1376, 1707, 2138, 0, 0, 0, 0, 1289, 0, 0, 0, 111, 524, 0, 0,
	0, 40, 0, 0, 0, 0, 0, 0, 0, 1245, 0, 1224, 0, 0, 0, 0,
	946, 0, 0, 0, 0, 0, 0, 0, 0, 0, 977, 1687, 0, 0, 843, 302,
	844, 0, 0, 0, 0, 0, 1673, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 428, 0, 1019, 0, 0, 0,
	0, 789, 0, 0, 0, 237, 0, 0, 1765, 0, 0, 0, 0, 0, 1382, 0,
	654, 0, 0, 0, 0, 0, 0, 0, 0, 0, 363, 0, 0, 418, 0, 0,
	803, 0, 0, 0, 0, 0, 0, 0, 0, 1311, 691, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	550, 0, 0, 256, 211, 782, 0, 0, 0, 0, 0, 0, 0, 0, 825, 0,
	0, 0, 0, 213, 317, 121, 1593, 502, 1598, 0, 764, 0, 0, 0, 0, 0,
	1762, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 169, 0, 0, 648, 798, 0, 922, 543, 0, 0, 0, 0,
	0, 0, 1961, 0, 0, 0, 1679, 336, 442, 0, 0, 0, 0, 0, 0, 0,
	1056, 0, 101, 1607, 0, 0, 0, 0, 0, 0, 471, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 29, 38, 0, 0, 754, 1383, 0, 218, 766, 0, 666,
	0, 1757, 0, 0, 0, 0, 47, 0, 0, 452, 0, 243, 0, 0, 1888, 0,
	0, 604, 0, 0, 0, 0, 1005, 0, 0, 325, 0, 1841, 0, 723, 0, 1717,
	58, 1804, 801, 311, 1938, 2015, 2134, 0, 0, 0, 0, 0, 1605, 107, 225, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1354, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 340, 921, 0,
	0, 0, 0, 0, 290, 0, 0, 0, 739, 0, 0, 545, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 730, 0, 1048, 1558, 0, 681, 0, 0, 0, 0,
	0, 0, 0, 1652, 1747, 2208, 128, 715, 1326, 0, 0, 0, 0, 2090, 0, 0,
	1475, 0, 0, 0, 0, 0, 0, 0, 1105, 0, 1159, 0, 0, 0, 0, 0,
	0, 0, 499, 1661, 0, 1288, 0, 0, 1967, 1377, 1932, 0, 0, 0, 2155, 0,
	0, 0, 318, 0, 1805, 583, 272, 613, 0, 0, 1733, 1260, 0, 0, 457, 0,
	0, 0, 1539, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2228, 0, 0, 0, 2116, 0, 0, 0, 0, 0, 0, 800, 1470, 0, 0, 0,
	0, 0, 0, 1963, 0, 0, 0, 0, 319, 0, 0, 0, 792, 0, 496, 1448,
	0, 0, 577, 1683, 2120, 0, 0, 0, 0, 1049, 2178, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1358, 0, 0, 0, 2214, 0, 0, 0, 0, 0, 0, 2154,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 506, 456, 867, 0, 267, 0, 0, 0, 0,
	0, 0, 489, 0, 0, 0, 1241, 0, 1647, 0, 785, 952, 1548, 1612, 74, 622,
	2019, 1156, 2110, 0, 347, 0, 0, 0, 35, 0, 1000, 0, 0, 0, 0, 947,
	0, 0, 0, 0, 1785, 2063, 1750, 571, 0, 1840, 0, 0, 0, 0, 0, 508,
	1201, 0, 0, 0, 0, 0, 670, 1556, 0, 0, 659, 32, 597, 982, 0, 0,
	0, 0, 1484, 0, 0, 1959, 0, 0, 0, 0, 548, 0, 0, 1060, 834, 0,
	1922, 0, 0, 1533, 0, 0, 0, 0, 0, 1903, 0, 0, 0, 2085, 0, 0,
	0, 2057, 532, 241, 1907, 1092, 2053, 0, 0, 0, 0, 0, 0, 874, 1962, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 627, 927, 0, 0, 517,
	1642, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2103, 0, 0, 0,
	1149, 268, 1457, 1748, 0, 1185, 0, 0, 0, 0, 391, 0, 0, 779, 1240, 0,
	0, 0, 0, 759, 0, 0, 0, 0, 0, 0, 0, 0, 1309, 980, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 498,
	0, 0, 0, 0, 0, 0, 0, 838, 0, 0, 0, 0, 0, 0, 0, 422,
	493, 0, 0, 0, 0, 765, 0, 0, 1718, 0, 0, 0, 0, 1027, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 327, 1406, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1880, 0, 0,
	0, 0, 0, 1859, 0, 0, 0, 0, 0, 835, 1162, 1264, 0, 0, 0, 0,
	933, 0, 0, 0, 0, 215, 0, 0, 204, 1918, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 588, 601, 1295, 1554, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 397, 0, 0, 0, 200,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1868, 0, 0, 158, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1268, 974, 2227, 0, 876, 0,
	345, 1701, 0, 0, 104, 0, 485, 1282, 0, 0, 0, 0, 551, 403, 1042, 0,
	0, 146, 244, 421, 0, 1296, 1504, 0, 1015, 0, 0, 1534, 1297, 2209, 0, 1796,
	1634, 0, 0, 1732, 0, 0, 1895, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 179, 198, 807, 0,
	0, 0, 0, 0, 522, 1646, 1969, 0, 913, 0, 0, 37, 0, 50, 0, 2146,
	0, 0, 1121, 1793, 1400, 0, 0, 0, 1150, 0, 0, 17, 0, 0, 0, 0,
	0, 0, 1481, 1915, 0, 0, 77, 161, 1547, 1817, 0, 0, 751, 0, 0, 0,
	0, 0, 1427, 1045, 1886, 1977, 995, 0, 1320, 1877, 1332, 0, 1561, 0, 0, 0,
	0, 0, 0, 0, 951, 1699, 2196, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	259, 1600, 0, 0, 0, 2026, 0, 1271, 0, 0, 0, 0, 0, 0, 1371, 0,
	0, 0, 0, 0, 0, 0, 1936, 865, 1514, 1066, 1614, 0, 0, 0, 0, 0,
	608, 0, 0, 0, 0, 916, 0, 0, 0, 0, 1802, 0, 1417, 888, 0, 0,
	632, 0, 484, 0, 0, 0, 0, 0, 1686, 0, 1200, 0, 0, 2014, 507, 1916,
	0, 0, 0, 1114, 0, 793, 444, 0, 168, 1574, 0, 0, 0, 0, 518, 1644,
	0, 0, 0, 0, 0, 0, 0, 2107, 0, 0, 1480, 0, 0, 680, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1583, 1087, 0, 904, 0, 0, 0,
	0, 1769, 0, 0, 0, 0, 0, 641, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 703, 0, 0, 0, 0, 0, 0, 2114, 0, 0, 1325, 0, 0, 0,
	1107, 1675, 0, 0, 853, 520, 0, 0, 0, 443, 1057, 0, 1521, 0, 0, 0,
	0, 0, 236, 1990, 2122, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1059, 1183, 1449,
	0, 0, 0, 0, 0, 129, 210, 255, 0, 0, 0, 0, 0, 0, 0, 0,
	1219, 0, 292, 0, 0, 0, 0, 943, 0, 0, 0, 0, 2099, 0, 0, 0,
	0, 0, 0, 1999, 2012, 0, 0, 0, 1949, 0, 0, 2050, 0, 990, 0, 1243,
	0, 1095, 0, 0, 0, 0, 0, 0, 0, 0, 1216, 0, 0, 821, 415, 151,
	796, 0, 0, 2226, 0, 0, 0, 197, 171, 1950, 0, 0, 0, 0, 934, 0,
	0, 0, 0, 2005, 0, 0, 466, 885, 0, 0, 0, 675, 0, 0, 0, 0,
	701, 0, 0, 0, 0, 0, 2032, 1446, 0, 337, 0, 1164, 1067, 1562, 1138, 0,
	0, 0, 0, 0, 0, 0, 880, 0, 0, 0, 1545, 2004, 0, 0, 0, 0,
	176, 0, 0, 0, 1388, 0, 0, 505, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 2205, 0, 0, 0, 0, 0, 1253, 0, 304, 0, 0, 0, 0,
	0, 0, 1682, 0, 0, 0, 901, 0, 0, 0, 0, 0, 0, 0, 0, 1167,
	0, 0, 0, 0, 0, 0, 0, 0, 1620, 0, 908, 1023, 378, 0, 0, 0,
	0, 0, 0, 0, 840, 0, 0, 0, 0, 0, 0, 0, 2087, 1952, 0, 0,
	0, 1845, 2101, 0, 0, 0, 0, 0, 0, 0, 0, 767, 0, 0, 0, 0,
	592, 1036, 0, 0, 1091, 0, 0, 0, 382, 0, 0, 0, 0, 1109, 0, 0,
	1270, 0, 0, 1889, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2111, 0, 0,
	0, 0, 459, 1359, 0, 423, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1088,
	0, 0, 1960, 0, 0, 0, 0, 381, 0, 537, 525, 0, 0, 0, 0, 0,
	0, 1464, 0, 45, 0, 0, 0, 300, 0, 0, 0, 1491, 5, 31, 1479, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 758, 667, 0, 0, 0, 0, 0,
	0, 0, 0, 2033, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1486, 0,
	0, 0, 0, 1393, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1312, 0,
	0, 0, 0, 0, 563, 0, 0, 1402, 0, 0, 72, 0, 0, 0, 0, 0,
	0, 0, 0, 1347, 992, 2016, 1991, 375, 0, 1808, 0, 1474, 1759, 0, 334, 569,
	1669, 0, 0, 832, 1397, 1477, 0, 0, 0, 0, 436, 923, 1390, 1664, 92, 0,
	0, 494, 0, 0, 0, 2054, 0, 0, 384, 1013, 1061, 1431, 1336, 1983, 0, 0,
	0, 1578, 0, 0, 612, 0, 0, 0, 0, 0, 0, 999, 0, 0, 0, 0,
	1429, 944, 0, 0, 0, 0, 0, 1423, 935, 0, 0, 0, 812, 0, 0, 1419,
	0, 0, 0, 0, 606, 0, 0, 0, 0, 0, 0, 893, 0, 0, 0, 0,
	0, 1764, 316, 509, 1247, 0, 0, 0, 1847, 2181, 0, 0, 0, 1246, 1074, 1357,
	0, 969, 0, 0, 1440, 1171, 2096, 0, 0, 362, 0, 0, 0, 0, 0, 0,
	0, 2177, 0, 0, 0, 0, 0, 1374, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1797, 906, 0, 0, 0, 1262, 0, 1770, 0, 0, 1974, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 483, 1315, 0, 455, 1392, 0, 0, 0, 0, 1507,
	0, 81, 1935, 0, 0, 594, 2017, 0, 0, 1228, 203, 0, 0, 0, 0, 352,
	0, 0, 0, 1145, 0, 0, 1896, 0, 216, 0, 0, 0, 0, 0, 1807, 2175,
	0, 0, 0, 0, 0, 1660, 2130, 0, 0, 1139, 0, 0, 0, 0, 0, 0,
	297, 0, 0, 0, 0, 296, 849, 0, 0, 0, 0, 0, 0, 672, 1386, 0,
	805, 0, 0, 0, 1979, 0, 928, 1792, 0, 0, 0, 0, 0, 0, 968, 978,
	0, 0, 0, 0, 0, 0, 873, 1089, 0, 0, 962, 0, 1404, 643, 1468, 0,
	1577, 1157, 333, 663, 0, 1518, 2124, 109, 1412, 653, 0, 0, 0, 335, 1199, 2183,
	0, 936, 0, 0, 0, 0, 678, 0, 0, 0, 0, 0, 1939, 0, 0, 0,
	0, 0, 542, 0, 0, 500, 0, 389, 0, 0, 0, 0, 0, 368, 0, 1942,
	0, 0, 0, 0, 0, 0, 1654, 687, 0, 0, 0, 152, 0, 0, 0, 1688,
	0, 0, 0, 0, 1210, 0, 2056, 0, 0, 0, 1102, 2102, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 220, 405, 872, 1458, 0,
	0, 0, 0, 1857, 1173, 1435, 0, 0, 0, 697, 0, 18, 991, 1981, 0, 0,
	0, 1031, 0, 0, 0, 1681, 0, 85, 0, 0, 0, 0, 13, 0, 0, 0,
	0, 251, 1579, 0, 0, 0, 0, 0, 183, 0, 0, 0, 0, 0, 0, 0,
	0, 1893, 0, 0, 950, 0, 360, 1420, 0, 0, 0, 0, 0, 0, 0, 0,
	112, 0, 0, 0, 0, 0, 0, 0, 0, 1926, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 709, 0, 0, 0, 0, 1403, 0, 0, 0, 0, 0,
	0, 0, 847, 1144, 0, 0, 924, 1585, 0, 0, 0, 0, 0, 1544, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 2188, 0, 0, 737, 0, 0, 1719,
	0, 0, 0, 0, 2162, 0, 0, 0, 0, 0, 0, 463, 1100, 2142, 0, 0,
	0, 0, 0, 10, 1401, 0, 0, 0, 0, 0, 0, 0, 0, 0, 567, 0,
	535, 2035, 226, 0, 0, 0, 0, 0, 0, 0, 2008, 0, 398, 0, 0, 0,
	0, 1108, 0, 0, 0, 822, 1537, 0, 0, 0, 0, 0, 0, 0, 1208, 0,
	1948, 0, 0, 0, 0, 0, 0, 0, 1255, 0, 1867, 0, 1555, 0, 0, 0,
	0, 0, 0, 0, 1657, 0, 0, 0, 0, 0, 1011, 1165, 162, 0, 0, 0,
	0, 0, 0, 0, 75, 0, 0, 0, 312, 0, 0, 0, 123, 380, 559, 0,
	0, 0, 0, 0, 579, 1815, 0, 0, 553, 0, 0, 468, 0, 0, 794, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 208, 0,
	732, 0, 0, 0, 0, 0, 0, 0, 0, 554, 994, 1543, 0, 0, 0, 0,
	0, 0, 0, 331, 0, 2186, 0, 0, 0, 0, 0, 0, 0, 0, 682, 1540,
	461, 1756, 0, 1971, 2140, 0, 0, 0, 15, 1698, 0, 135, 0, 0, 1734, 0,
	0, 0, 0, 0, 0, 0, 1754, 0, 0, 0, 0, 966, 0, 0, 0, 0,
	0, 1643, 0, 1713, 0, 0, 201, 0, 1352, 0, 0, 2131, 2027, 1328, 0, 0,
	1768, 0, 0, 0, 0, 0, 549, 0, 0, 0, 0, 0, 0, 544, 0, 0,
	0, 0, 0, 1863, 0, 877, 0, 0, 0, 631, 0, 0, 0, 0, 1308, 0,
	0, 0, 0, 1538, 0, 0, 0, 0, 0, 2034, 1351, 1773, 0, 137, 2076, 0,
	1103, 1702, 0, 0, 0, 797, 1229, 1249, 1415, 1628, 1204, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 960, 0, 0,
	0, 0, 0, 0, 252, 0, 0, 0, 0, 0, 0, 0, 2049, 0, 0, 0,
	0, 1028, 0, 0, 0, 1396, 1462, 0, 0, 0, 0, 0, 51, 0, 0, 0,
	0, 0, 0, 918, 0, 0, 0, 0, 523, 2046, 0, 0, 959, 0, 1083, 1281,
	1466, 0, 120, 0, 0, 1788, 1831, 0, 0, 0, 2169, 0, 1414, 0, 0, 0,
	1455, 385, 1552, 0, 1434, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1274, 0,
	774, 0, 2182, 0, 0, 1372, 0, 0, 2141, 0, 1740, 0, 0, 0, 2037, 0,
	0, 2060, 0, 0, 343, 0, 366, 975, 0, 387, 0, 1039, 0, 0, 510, 0,
	0, 0, 0, 1904, 0, 278, 0, 0, 0, 0, 0, 900, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 460, 1872, 0, 0, 0, 0, 0, 869, 0, 0, 0,
	0, 0, 0, 1884, 0, 0, 0, 0, 0, 0, 586, 0, 0, 0, 0, 0,
	0, 0, 1142, 0, 0, 0, 0, 0, 0, 0, 0, 1726, 0, 0, 0, 1968,
	1910, 0, 0, 0, 0, 1242, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1230, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1234, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1170, 0, 0, 0, 0, 0, 0, 1258, 0, 0, 1248, 2108,
	0, 0, 0, 2119, 0, 0, 0, 0, 0, 0, 0, 0, 926, 1559, 2187, 914,
	1787, 0, 0, 596, 0, 0, 0, 1129, 0, 2084, 0, 2112, 0, 0, 0, 0,
	0, 0, 0, 0, 1460, 0, 0, 0, 1029, 0, 0, 526, 2202, 0, 0, 0,
	0, 1520, 2031, 0, 0, 0, 0, 0, 49, 202, 1370, 769, 1436, 0, 0, 0,
	0, 0, 0, 458, 0, 0, 0, 0, 0, 0, 0, 642, 0, 0, 839, 0,
	0, 194, 0, 370, 0, 0, 0, 2023, 0, 0, 1828, 707, 0, 0, 0, 0,
	0, 0, 0, 0, 277, 0, 529, 809, 640, 1303, 301, 1447, 1767, 0, 1684, 0,
	1505, 0, 0, 0, 0, 0, 0, 0, 0, 246, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 971, 0, 0, 1489, 1656, 62, 48, 0, 0, 0,
	2010, 0, 0, 0, 0, 0, 0, 0, 1324, 1387, 1410, 0, 0, 0, 0, 0,
	0, 357, 1052, 0, 0, 0, 0, 0, 1350, 2147, 0, 0, 0, 0, 0, 0,
	0, 117, 350, 0, 0, 0, 0, 0, 0, 2185, 0, 0, 0, 1928, 0, 324,
	1004, 0, 540, 0, 0, 0, 0, 0, 0, 0, 495, 247, 0, 478, 0, 0,
	0, 1283, 0, 0, 0, 0, 915, 0, 638, 1169, 1729, 1721, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 576, 1192, 2203, 0, 1822, 0, 0, 0, 1639, 0,
	0, 1195, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1666, 1640, 2045,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1330, 1653, 0, 119, 0, 0,
	1832, 0, 0, 0, 0, 0, 0, 2136, 1783, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 477, 0, 0, 1637, 0, 0, 2115, 0, 0, 114, 0, 0, 714, 0,
	0, 989, 0, 0, 0, 0, 0, 0, 0, 1444, 939, 0, 828, 0, 0, 749,
	1745, 0, 0, 0, 0, 147, 291, 2018, 0, 0, 1720, 669, 1670, 0, 0, 0,
	0, 130, 1781, 1146, 0, 118, 0, 705, 0, 0, 0, 817, 0, 0, 0, 0,
	0, 0, 0, 0, 1809, 0, 0, 1629, 1638, 0, 435, 0, 0, 1965, 0, 0,
	0, 0, 1181, 402, 2224, 852, 0, 0, 0, 0, 0, 20, 722, 0, 0, 0,
	0, 0, 0, 0, 305, 558, 0, 0, 595, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1055, 0, 0, 0, 623, 0, 365, 0, 693, 0, 0,
	0, 0, 1984, 0, 0, 0, 0, 0, 0, 0, 0, 0, 598, 647, 1517, 0,
	0, 0, 0, 0, 0, 163, 0, 0, 0, 0, 1451, 0, 0, 0, 0, 961,
	0, 321, 0, 0, 0, 0, 0, 0, 0, 1599, 0, 0, 0, 0, 0, 0,
	0, 0, 1227, 0, 1140, 0, 0, 0, 0, 0, 955, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 464, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 195, 0, 0, 437, 1012, 557, 0, 1784,
	1175, 1970, 0, 0, 1930, 0, 342, 0, 0, 0, 0, 0, 250, 0, 0, 0,
	0, 0, 0, 756, 0, 0, 1197, 0, 0, 619, 2071, 0, 0, 636, 0, 0,
	0, 0, 1186, 1485, 2104, 0, 98, 0, 0, 2165, 364, 0, 0, 0, 0, 0,
	0, 1187, 0, 0, 889, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1432,
	71, 688, 1033, 1549, 0, 0, 0, 0, 0, 773, 0, 0, 1749, 0, 0, 0,
	1368, 0, 0, 0, 0, 2047, 1259, 0, 0, 2113, 954, 395, 1041, 1313, 0, 0,
	0, 0, 1976, 0, 86, 1284, 0, 1381, 0, 602, 0, 0, 1576, 0, 0, 1009,
	1152, 0, 1908, 0, 0, 998, 0, 0, 0, 407, 1307, 0, 1176, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1118, 0, 0, 0, 1691, 0, 2065, 0,
	0, 0, 1190, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1115, 1581, 1658, 0, 0, 285, 1090, 1391, 1820, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1141, 16, 154, 1348, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1502, 1760, 0, 0, 0, 533, 0, 106, 527, 0,
	0, 0, 0, 0, 0, 0, 1824, 0, 0, 665, 0, 43, 0, 1595, 0, 214,
	269, 860, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1133, 0, 0, 1588, 0, 0, 0, 401, 679, 1433, 0,
	0, 84, 1299, 710, 0, 0, 0, 2221, 0, 1300, 1373, 0, 864, 1022, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1341, 2225, 1267, 0, 0,
	145, 1337, 1924, 0, 0, 0, 0, 0, 0, 0, 0, 925, 2001, 1418, 0, 0,
	0, 1046, 369, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 912, 0, 0,
	0, 1900, 0, 0, 0, 0, 0, 0, 1272, 0, 0, 937, 0, 1154, 0, 0,
	0, 0, 0, 0, 1127, 2145, 0, 0, 0, 0, 0, 1613, 462, 1097, 0, 1712,
	837, 0, 0, 0, 0, 0, 0, 1364, 0, 0, 0, 0, 0, 0, 0, 1625,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 284, 0, 0, 1536, 2215, 0,
	0, 0, 0, 0, 0, 887, 0, 0, 0, 97, 0, 0, 0, 0, 0, 0,
	417, 727, 1902, 0, 0, 0, 787, 0, 0, 0, 0, 573, 2174, 811, 140, 2158,
	1044, 0, 0, 0, 1879, 0, 0, 0, 0, 929, 1821, 0, 0, 0, 0, 0,
	0, 0, 295, 0, 0, 0, 0, 0, 0, 1333, 0, 0, 376, 2069, 0, 2219,
	0, 0, 0, 87, 0, 0, 0, 0, 0, 0, 0, 1825, 0, 0, 0, 1982,
	0, 0, 0, 0, 0, 0, 616, 0, 430, 383, 0, 0, 0, 1002, 0, 0,
	513, 0, 0, 1852, 0, 0, 309, 1232, 0, 0, 0, 1196, 0, 0, 0, 1806,
	0, 0, 0, 0, 519, 0, 0, 664, 747, 175, 841, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 528, 0, 1221, 155, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 810, 0, 0, 1177, 0, 1472,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 829, 2127, 341,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 895, 1413, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1980, 354, 2061, 0, 0, 0, 0, 0, 52, 0, 0,
	447, 450, 1476, 0, 2143, 0, 67, 1933, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 173, 1188, 0, 0, 0, 1261, 1395, 2079,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1104, 0, 1988, 2000, 0, 0,
	0, 0, 0, 0, 2041, 1321, 2139, 0, 0, 1294, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1182, 781, 0, 1795, 0, 0, 0, 0, 0, 824, 0, 8, 467,
	886, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1010, 902, 0, 0, 0, 0,
	26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 0, 0, 0, 228,
	2201, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 36, 0, 0, 68, 270, 689, 823, 0, 0, 1560, 0, 0,
	1465, 1995, 0, 465, 0, 0, 0, 0, 0, 0, 0, 1265, 0, 0, 0, 1829,
	0, 0, 0, 0, 0, 0, 0, 976, 0, 0, 0, 0, 0, 0, 1349, 80,
	0, 0, 0, 235, 0, 0, 0, 0, 339, 377, 0, 1203, 2100, 0, 0, 1913,
	0, 2067, 1488, 1703, 0, 0, 0, 0, 358, 0, 0, 0, 0, 0, 0, 0,
	1992, 0, 0, 181, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 193, 199, 394, 0, 0, 0, 1709, 0, 0, 0, 531,
	1919, 1685, 0, 0, 0, 1692, 91, 574, 0, 0, 1529, 0, 0, 0, 0, 2159,
	448, 0, 1997, 0, 1075, 1848, 1869, 0, 0, 0, 0, 0, 711, 1633, 2206, 0,
	0, 0, 0, 514, 1316, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2039, 721, 1213, 2194, 186,
	2216, 479, 0, 0, 0, 0, 0, 0, 0, 735, 0, 11, 1987, 0, 0, 2200,
	0, 0, 0, 0, 0, 0, 1452, 0, 0, 1106, 6, 1155, 1421, 763, 0, 0,
	133, 0, 0, 0, 1124, 0, 0, 0, 1469, 0, 0, 0, 700, 0, 0, 0,
	0, 409, 0, 0, 0, 89, 0, 0, 0, 0, 0, 172, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1631, 0, 625, 0, 2207, 0, 0, 0, 1944, 1882,
	2151, 1753, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0,
	1571, 0, 0, 427, 0, 1148, 0, 0, 0, 0, 1257, 1442, 1072, 1923, 0, 0,
	0, 0, 1266, 0, 0, 0, 0, 0, 0, 0, 79, 0, 0, 0, 661, 159,
	0, 0, 2125, 2048, 0, 1178, 0, 0, 1541, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1450, 0, 0, 0, 0, 0, 0, 0, 0, 1739, 0, 0, 0,
	0, 0, 2082, 0, 0, 0, 0, 0, 0, 836, 2129, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1758, 0, 870, 2204, 530, 1755, 1694, 0, 0, 0,
	0, 0, 0, 1482, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1025, 1777,
	0, 0, 0, 0, 0, 0, 1161, 2121, 2106, 0, 0, 0, 0, 440, 0, 2223,
	0, 217, 0, 0, 0, 0, 0, 1830, 0, 0, 0, 0, 0, 970, 0, 0,
	0, 1619, 0, 0, 0, 149, 0, 0, 983, 0, 1996, 0, 0, 289, 0, 724,
	1050, 1836, 2176, 890, 88, 0, 0, 2036, 0, 0, 891, 0, 725, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1062, 253, 0, 979, 0, 127, 0, 166,
	332, 0, 0, 0, 0, 57, 2059, 131, 718, 2180, 266, 0, 1763, 0, 0, 70,
	0, 1366, 0, 0, 1323, 0, 0, 0, 0, 0, 0, 1285, 0, 0, 0, 0,
	0, 0, 2166, 0, 0, 0, 2133, 1819, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1098, 0, 351, 1467, 0, 0, 1826, 0, 0, 0,
	0, 1137, 0, 0, 0, 0, 0, 0, 322, 0, 1531, 1695, 0, 0, 1506, 0,
	0, 0, 1957, 0, 0, 753, 0, 0, 0, 0, 0, 1318, 0, 22, 799, 1119,
	1609, 0, 0, 0, 0, 1428, 0, 863, 0, 0, 0, 425, 1590, 2088, 0, 997,
	0, 0, 488, 1073, 1779, 0, 0, 1501, 0, 0, 0, 744, 0, 0, 0, 662,
	388, 1495, 0, 0, 882, 433, 0, 0, 0, 0, 0, 731, 1741, 0, 0, 1206,
	0, 1951, 1180, 0, 0, 0, 0, 0, 0, 1596, 0, 0, 0, 0, 536, 0,
	1885, 0, 0, 0, 0, 0, 0, 314, 0, 434, 0, 0, 0, 0, 0, 1994,
	0, 0, 0, 0, 0, 0, 0, 884, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 2179, 0, 0, 0, 0, 0, 0, 0, 0, 0, 857, 1736, 1584, 0, 0,
	0, 0, 1626, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1798, 0, 0,
	2109, 0, 0, 0, 0, 2164, 0, 0, 0, 1378, 1572, 0, 1906, 0, 538, 1217,
	0, 0, 831, 0, 0, 0, 0, 0, 0, 0, 230, 1319, 0, 0, 2052, 0,
	1586, 1972, 0, 0, 0, 0, 0, 0, 0, 0, 820, 733, 2192, 0, 0, 0,
	0, 1018, 0, 1604, 760, 346, 0, 141, 0, 0, 0, 0, 0, 0, 0, 0,
	1163, 0, 609, 2222, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1854, 0, 0, 0, 1937, 138, 0, 0, 0, 0, 0, 0, 0,
	1591, 0, 1101, 0, 0, 0, 0, 0, 0, 967, 0, 0, 600, 655, 0, 480,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1008, 673, 1166, 0, 0, 0, 0,
	0, 0, 0, 487, 0, 0, 903, 0, 0, 0, 0, 0, 2173, 0, 0, 1899,
	0, 0, 1532, 0, 0, 0, 0, 0, 0, 1094, 0, 0, 628, 761, 0, 0,
	0, 420, 570, 0, 0, 0, 438, 0, 0, 307, 0, 0, 298, 0, 1252, 0,
	0, 0, 0, 0, 1575, 1662, 1811, 0, 0, 0, 0, 0, 0, 0, 892, 1459,
	0, 14, 0, 0, 0, 0, 0, 0, 0, 1047, 973, 0, 0, 1649, 0, 1873,
	0, 0, 0, 0, 0, 0, 0, 1158, 745, 0, 0, 0, 0, 0, 0, 0,
	0, 1301, 770, 0, 25, 1443, 0, 1198, 0, 0, 0, 1929, 0, 0, 0, 0,
	0, 0, 0, 0, 762, 282, 0, 0, 90, 1014, 0, 0, 0, 0, 0, 0,
	750, 2190, 273, 1021, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1940, 2025, 55,
	0, 1515, 95, 1511, 1789, 0, 0, 0, 0, 0, 0, 1160, 0, 1512, 0, 3,
	1117, 2068, 0, 0, 1786, 0, 0, 0, 0, 0, 0, 2217, 0, 742, 0, 0,
	1864, 0, 0, 0, 0, 0, 808, 108, 1772, 0, 0, 0, 0, 0, 1168, 0,
	868, 1850, 0, 122, 274, 0, 0, 0, 406, 1865, 0, 1782, 0, 0, 0, 0,
	0, 1853, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1714, 0, 0, 0,
	0, 0, 0, 0, 1526, 1883, 848, 1225, 0, 0, 0, 0, 0, 0, 0, 0,
	1153, 1251, 0, 0, 1860, 0, 0, 0, 0, 1843, 0, 780, 0, 818, 610, 736,
	0, 0, 0, 0, 0, 0, 0, 1737, 0, 0, 0, 1001, 0, 0, 0, 1594,
	0, 344, 0, 0, 0, 0, 0, 2021, 0, 572, 1463, 0, 0, 0, 0, 0,
	0, 539, 2002, 0, 1731, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1746, 0, 1473, 0, 1051, 0, 0, 0, 0, 1112, 0, 0, 0, 1623, 0,
	12, 0, 0, 534, 2091, 0, 0, 0, 1813, 0, 0, 0, 0, 2218, 0, 0,
	0, 0, 0, 0, 726, 0, 0, 850, 1438, 0, 0, 0, 242, 0, 1608, 875,
	1955, 1710, 0, 0, 0, 1096, 1338, 0, 683, 0, 0, 0, 157, 0, 0, 1250,
	0, 0, 0, 541, 0, 0, 0, 1565, 0, 593, 0, 0, 0, 0, 0, 1070,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 182, 0, 0, 0, 0, 0,
	0, 699, 1024, 0, 0, 816, 0, 0, 0, 0, 308, 878, 996, 1725, 0, 0,
	0, 1814, 2123, 0, 0, 0, 1017, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1212, 0, 972, 0, 0, 1043, 2029, 830, 0, 0,
	0, 931, 125, 0, 0, 0, 0, 0, 0, 0, 644, 229, 0, 806, 1730, 0,
	408, 1445, 0, 0, 0, 0, 0, 0, 0, 919, 0, 0, 0, 0, 1314, 64,
	1384, 177, 1131, 0, 0, 1456, 0, 0, 0, 0, 0, 0, 0, 0, 2150, 1136,
	0, 987, 0, 578, 945, 0, 0, 0, 1111, 386, 783, 1727, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1597, 0, 1582, 1636, 265, 0, 0, 0,
	1244, 617, 0, 0, 0, 0, 0, 1215, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1503, 0, 0, 0, 1566, 2011, 0, 2028, 0, 1874,
	0, 0, 187, 0, 0, 1498, 0, 0, 0, 0, 0, 124, 0, 755, 0, 482,
	0, 0, 0, 0, 414, 1430, 0, 0, 1573, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 575, 0, 0, 0, 0, 1082, 0, 0, 0, 0, 0, 21,
	0, 0, 1113, 1680, 0, 1761, 0, 0, 1677, 0, 0, 1439, 692, 883, 1317, 0,
	0, 1851, 0, 0, 0, 0, 0, 0, 1665, 1630, 0, 0, 0, 0, 126, 0,
	0, 790, 0, 0, 0, 0, 0, 2055, 0, 0, 0, 0, 607, 1222, 254, 0,
	0, 0, 0, 0, 1946, 0, 0, 0, 0, 1209, 0, 757, 910, 0, 0, 0,
	1921, 0, 0, 0, 0, 0, 1084, 1120, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 1399, 0, 0, 0, 0, 1367, 1618, 0, 1914, 0, 0, 1235, 0, 0,
	2229, 1134, 0, 0, 0, 348, 0, 0, 0, 1525, 1535, 0, 0, 717, 0, 932,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1700, 0, 286, 0, 167, 0, 0,
	233, 0, 0, 0, 0, 0, 1892, 0, 646, 686, 0, 0, 0, 0, 410, 0,
	1856, 0, 0, 0, 0, 0, 603, 2013, 0, 115, 0, 0, 0, 1416, 1422, 1934,
	2220, 0, 1493, 0, 44, 0, 0, 0, 0, 503, 0, 0, 0, 0, 660, 1752,
	1861, 0, 0, 0, 0, 651, 1494, 0, 156, 0, 0, 0, 0, 0, 0, 0,
	0, 264, 1065, 0, 1635, 1909, 784, 0, 1037, 1917, 0, 786, 0, 0, 0, 0,
	0, 0, 0, 0, 854, 191, 0, 0, 0, 0, 1424, 1298, 1365, 2009, 0, 0,
	0, 0, 0, 0, 0, 1775, 0, 846, 0, 0, 0, 0, 0, 1973, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 621, 0, 400, 0, 0, 1799, 1627, 313, 0, 0, 0, 0, 0, 0, 1054,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1663, 0, 0, 0, 0, 0, 96, 1032, 1570, 2212, 1711, 0, 0, 0, 0,
	0, 0, 0, 1648, 0, 1998, 1214, 0, 0, 1344, 0, 605, 0, 424, 1453, 0,
	0, 0, 768, 142, 293, 260, 306, 2211, 0, 0, 0, 896, 0, 0, 0, 1273,
	0, 0, 0, 239, 0, 0, 0, 511, 469, 184, 1490, 1527, 0, 0, 0, 2,
	0, 0, 0, 1492, 0, 102, 0, 1818, 0, 0, 856, 0, 136, 0, 0, 0,
	0, 0, 326, 0, 0, 0, 0, 188, 0, 1766, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 501, 0, 0, 1801, 1925, 0, 1340, 0, 984, 0, 0, 0,
	0, 0, 0, 0, 0, 1279, 698, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 263, 0, 0, 0, 0, 0, 0, 0, 1744, 0, 0, 0, 0, 0, 0,
	0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2058, 0, 0, 0,
	1076, 0, 0, 0, 0, 0, 0, 0, 515, 940, 0, 1293, 0, 740, 568, 1369,
	1580, 1286, 0, 0, 0, 0, 0, 1408, 0, 1589, 0, 0, 0, 930, 0, 0,
	0, 224, 0, 2137, 0, 2093, 0, 2094, 0, 139, 0, 0, 0, 0, 0, 656,
	2161, 1353, 0, 0, 0, 772, 0, 775, 0, 1, 0, 0, 0, 0, 185, 0,
	0, 0, 165, 1602, 0, 0, 0, 262, 0, 0, 0, 0, 0, 0, 0, 743,
	0, 1363, 1890, 0, 0, 0, 1954, 0, 0, 0, 0, 0, 0, 0, 0, 2210,
	1407, 0, 917, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1678,
	0, 819, 0, 0, 0, 0, 150, 2066, 0, 0, 897, 0, 2078, 0, 0, 0,
	0, 0, 0, 2144, 0, 0, 734, 988, 0, 1038, 0, 1220, 0, 0, 0, 0,
	0, 445, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1671, 0, 0, 245, 0,
	0, 0, 0, 0, 190, 0, 0, 564, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1672, 0, 0, 0, 0, 0, 985, 620,
	0, 658, 2132, 752, 2172, 0, 898, 1563, 143, 0, 0, 2074, 0, 0, 1409, 1189,
	2117, 0, 0, 0, 0, 0, 0, 78, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2083, 0, 2157, 0, 0, 0, 33, 2003, 2072,
	0, 1553, 0, 0, 0, 0, 0, 0, 0, 0, 911, 439, 716, 0, 0, 0,
	0, 0, 0, 0, 0, 276, 0, 0, 1975, 0, 205, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1343, 0, 0, 0, 0, 0, 0, 1823, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 909, 1794, 2168, 0, 0, 0, 0, 2081,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 219, 0, 0,
	0, 556, 0, 0, 0, 2148, 942, 30, 626, 2092, 0, 0, 1667, 590, 0, 0,
	275, 0, 0, 0, 0, 0, 0, 0, 1947, 0, 0, 0, 0, 1226, 1624, 0,
	0, 1728, 0, 0, 0, 0, 0, 0, 0, 1945, 0, 0, 694, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1081, 0, 0, 0, 0, 0, 0, 93, 0,
	1125, 1601, 0, 0, 0, 0, 0, 0, 232, 516, 2062, 0, 2089, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1068, 0, 0, 0,
	0, 0, 561, 0, 0, 1426, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 546, 635, 0, 0, 674, 0, 0, 0, 0, 0, 0, 814,
	0, 0, 0, 704, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1524, 0,
	0, 552, 0, 310, 0, 0, 0, 0, 0, 0, 0, 0, 1516, 0, 0, 271,
	0, 0, 0, 0, 1360, 0, 0, 0, 0, 0, 1616, 0, 0, 0, 234, 0,
	1123, 1523, 59, 1716, 2044, 2097, 1689, 1871, 827, 0, 454, 0, 0, 0, 0, 1941,
	103, 0, 0, 0, 0, 1231, 0, 0, 0, 521, 1411, 1645, 0, 0, 0, 1522,
	1705, 0, 1551, 1978, 630, 0, 227, 1497, 2043, 0, 963, 0, 0, 0, 0, 0,
	1513, 1339, 1920, 54, 0, 0, 66, 349, 2152, 0, 9, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1985, 1110, 0, 0, 329, 0,
	0, 0, 0, 0, 0, 1891, 0, 0, 0, 144, 565, 1816, 0, 0, 0, 0,
	1611, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2020, 0, 0, 0,
	0, 0, 0, 0, 148, 0, 1302, 986, 0, 0, 0, 0, 0, 1617, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 475, 0, 0, 1223, 0, 0, 0,
	0, 0, 0, 178, 0, 0, 0, 1989, 1356, 0, 0, 0, 0, 1668, 0, 0,
	0, 1842, 0, 634, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1020, 0, 0, 0, 0, 1327, 0, 748, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	491, 2022, 0, 0, 0, 0, 299, 0, 0, 1878, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 373, 0, 0, 0, 1898, 0, 0, 0, 0, 0,
	82, 0, 0, 0, 0, 0, 0, 1887, 0, 1751, 0, 0, 0, 1310, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 629, 0, 0, 0, 1706, 0, 2080, 0,
	0, 0, 0, 0, 0, 0, 0, 615, 1233, 0, 1256, 1362, 0, 0, 0, 0,
	0, 0, 0, 993, 0, 0, 0, 0, 0, 0, 0, 0, 618, 964, 1441, 1704,
	0, 0, 0, 0, 0, 0, 0, 1735, 0, 582, 0, 0, 1964, 153, 0, 41,
	0, 0, 0, 0, 0, 0, 650, 1622, 0, 0, 0, 0, 0, 0, 0, 649,
	1833, 1876, 0, 1080, 0, 0, 0, 0, 1078, 795, 0, 746, 0, 2095, 0, 0,
	0, 0, 0, 0, 862, 0, 0, 0, 0, 0, 1292, 0, 0, 0, 390, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1567,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 248, 0, 0, 0, 0,
	1205, 0, 1322, 473, 0, 0, 0, 0, 1211, 0, 0, 0, 432, 0, 0, 0,
	238, 685, 0, 0, 2153, 0, 0, 0, 728, 0, 0, 0, 741, 0, 0, 0,
	371, 0, 0, 0, 0, 27, 1191, 0, 0, 328, 0, 956, 1496, 695, 1509, 0,
	0, 7, 1943, 2167, 0, 0, 0, 0, 411, 1375, 0, 207, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 866, 353, 0, 1099,
	581, 1116, 0, 1483, 804, 0, 0, 1846, 472, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1557, 0, 0, 0, 0, 0,
	486, 1632, 0, 0, 0, 0, 0, 1478, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1425, 2198, 0, 1291, 0, 0, 0, 0, 671, 1606, 0, 0, 0,
	0, 1053, 257, 2170, 0, 0, 0, 0, 958, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 845, 294, 28, 1122, 1499, 0, 2006, 2171, 1236, 0, 65, 645, 0, 0,
	0, 0, 0, 0, 0, 61, 490, 0, 0, 1610, 0, 0, 110, 0, 0, 0,
	1875, 0, 0, 0, 1437, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1132,
	0, 0, 0, 0, 0, 0, 1722, 0, 0, 0, 0, 0, 738, 1615, 0, 0,
	0, 0, 0, 497, 0, 0, 0, 0, 1742, 0, 0, 0, 0, 0, 1334, 1179,
	0, 338, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 899, 0, 0, 0,
	2135, 0, 0, 0, 1791, 0, 0, 0, 0, 2197, 2075, 2105, 0, 0, 0, 0,
	1345, 0, 0, 0, 0, 0, 0, 1238, 1641, 1724, 116, 393, 589, 0, 0, 0,
	0, 0, 1912, 0, 0, 0, 0, 0, 0, 196, 392, 0, 894, 0, 1858, 94,
	0, 0, 0, 1290, 0, 1603, 0, 0, 0, 0, 2042, 0, 134, 0, 0, 0,
	0, 729, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1461, 0,
	0, 584, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1329, 0, 0, 419, 0, 0,
	0, 0, 2189, 0, 0, 0, 0, 1690, 0, 0, 0, 206, 0, 1546, 0, 833,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 404, 1071, 1194, 0, 0, 0,
	0, 0, 2118, 0, 0, 0, 858, 0, 0, 0, 668, 0, 449, 0, 0, 0,
	0, 0, 0, 0, 1254, 240, 0, 0, 1003, 0, 46, 712, 0, 0, 0, 0,
	1911, 0, 0, 0, 0, 504, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1030, 1405, 34, 0, 0, 690, 0,
	0, 0, 713, 0, 0, 0, 1953, 0, 0, 0, 0, 677, 0, 0, 323, 0,
	905, 0, 56, 0, 1651, 1743, 0, 0, 0, 0, 0, 1844, 221, 0, 0, 1398,
	0, 0, 0, 1151, 0, 2098, 0, 0, 0, 0, 0, 0, 2213, 0, 0, 0,
	0, 1306, 0, 0, 0, 1790, 1564, 2070, 0, 0, 0, 0, 0, 0, 0, 1006,
	1355, 0, 0, 0, 0, 0, 0, 696, 0, 0, 2163, 0, 0, 0, 1834, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1708, 788, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1128, 0, 330, 0, 0, 0, 587, 0, 0, 0, 0,
	0, 0, 0, 1655, 0, 0, 0, 0, 39, 907, 0, 0, 0, 0, 0, 0,
	684, 1905, 0, 0, 0, 0, 0, 0, 481, 0, 0, 708, 1510, 957, 0, 0,
	0, 0, 2064, 0, 0, 0, 512, 879, 0, 1063, 0, 555, 0, 871, 399, 560,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1650, 0, 0, 0, 881,
	0, 0, 0, 0, 2024, 0, 0, 1085, 0, 0, 0, 0, 416, 0, 0, 0,
	0, 0, 0, 0, 0, 1855, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
}
