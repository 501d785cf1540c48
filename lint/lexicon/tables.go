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
	"adopting-verb",
	"audience-generic",
	"audience-not-after",
	"audience-qualifier",
	"audience-specific",
	"be-form",
	"benefit-outcome",
	"benefit-verb",
	"buzzwords",
	"byline",
	"changelog-name",
	"definition-head",
	"differentiation",
	"feature-section",
	"file-mission",
	"file-vision",
	"future",
	"heading-companion",
	"heading-explains",
	"heading-future-head",
	"heading-future-verb",
	"heading-mission",
	"heading-news",
	"heading-not-vision",
	"heading-prefix",
	"heading-summary",
	"heading-tail",
	"heading-vision",
	"hedge",
	"imagery",
	"irregular-participle",
	"kind-mention",
	"kind-weak",
	"means-marker",
	"meta-label",
	"meta-opening",
	"meta-verb",
	"mission-game",
	"mission-operation",
	"name-column",
	"note-opening",
	"notice-block",
	"object-infinitive-verb",
	"orders-section",
	"other-topic",
	"owner",
	"owner-not",
	"placeholder",
	"placeholder-note",
	"purchase-verb",
	"purpose",
	"ranking",
	"salutation",
	"scale",
	"state-article",
	"statement-cue-mission",
	"statement-cue-vision",
	"status-note",
	"stopword",
	"tech",
	"template-instruction",
	"vision-eyesight",
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
	false, // adopting-verb
	false, // audience-generic
	false, // audience-not-after
	false, // audience-qualifier
	false, // audience-specific
	false, // be-form
	false, // benefit-outcome
	true,  // benefit-verb
	false, // buzzwords
	false, // byline
	false, // changelog-name
	false, // definition-head
	false, // differentiation
	false, // feature-section
	false, // file-mission
	false, // file-vision
	false, // future
	false, // heading-companion
	false, // heading-explains
	false, // heading-future-head
	false, // heading-future-verb
	false, // heading-mission
	false, // heading-news
	false, // heading-not-vision
	false, // heading-prefix
	false, // heading-summary
	false, // heading-tail
	false, // heading-vision
	false, // hedge
	false, // imagery
	false, // irregular-participle
	false, // kind-mention
	false, // kind-weak
	false, // means-marker
	false, // meta-label
	false, // meta-opening
	false, // meta-verb
	false, // mission-game
	false, // mission-operation
	false, // name-column
	false, // note-opening
	false, // notice-block
	true,  // object-infinitive-verb
	false, // orders-section
	false, // other-topic
	false, // owner
	false, // owner-not
	false, // placeholder
	false, // placeholder-note
	true,  // purchase-verb
	false, // purpose
	false, // ranking
	false, // salutation
	false, // scale
	false, // state-article
	false, // statement-cue-mission
	false, // statement-cue-vision
	false, // status-note
	false, // stopword
	false, // tech
	false, // template-instruction
	false, // vision-eyesight
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
	{ // adopting-verb
		"adopted",
		"agreed",
		"approved",
		"endorsed",
		"ratified",
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
		"a difference for",
		"a difference to",
		"ability",
		"access to",
		"accessible",
		"affordable",
		"benefit",
		"better",
		"cheap",
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
		"inexpensive",
		"informed",
		"informed decisions",
		"insights",
		"joy",
		"knowledge",
		"less",
		"low-cost",
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
		"enrich",
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
		"rebuild",
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
	{ // byline
		"last edited at",
		"last edited by",
		"last edited on",
		"last modified at",
		"last modified by",
		"last modified on",
		"last reviewed at",
		"last reviewed on",
		"last revised at",
		"last revised on",
		"last updated at",
		"last updated by",
		"last updated on",
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
		"game modes",
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
		"modes",
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
		"where we are going",
		"where we are headed",
		"where we are heading",
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
	{ // heading-future-head
		"future",
		"world",
	},
	{ // heading-future-verb
		"build",
		"building",
		"create",
		"creating",
		"dream of",
		"envisage",
		"envision",
		"hope for",
		"hope to see",
		"imagine",
		"picture",
		"strive for",
		"striving for",
		"want",
		"want to see",
		"work for",
		"work toward",
		"work towards",
		"working for",
		"working toward",
		"working towards",
	},
	{ // heading-mission
		"auftrag",
		"cenhadaeth",
		"charter",
		"declaracao de missao",
		"declaracion de mision",
		"declaration de mission",
		"dichiarazione di missione",
		"genhadaeth",
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
	{ // heading-news
		"what's ahead",
		"what's changed",
		"what's changing",
		"what's coming",
		"what's different",
		"what's happening",
		"what's next",
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
		"academy",
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
		"feature",
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
		"joint",
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
		"renewed",
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
		"gweledigaeth",
		"north star",
		"northstar",
		"our dream",
		"visao",
		"visie",
		"vision",
		"vision statement",
		"visione",
		"visions",
		"weledigaeth",
	},
	{ // hedge
		"aim for",
		"aim to",
		"aims for",
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
		"strive for",
		"strive to",
		"strives for",
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
	{ // kind-mention
		"advances",
		"advancing",
		"as part of",
		"fulfil",
		"fulfill",
		"fulfills",
		"fulfils",
		"furtherance of",
		"furthering",
		"furthers",
		"in furtherance of",
		"in line with",
		"in pursuit of",
		"in service of",
		"in support of",
		"part of",
		"pursue",
		"pursues",
		"pursuing",
		"pursuit of",
		"serves",
		"support",
		"supporting",
		"supports",
		"toward",
		"towards",
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
		"action",
		"actions",
		"agreed",
		"apologies",
		"approved",
		"approvers",
		"attendees",
		"audience",
		"author",
		"authors",
		"categories",
		"category",
		"caution",
		"contact",
		"created",
		"date",
		"decision",
		"decisions",
		"discussion",
		"draft",
		"hint",
		"hints",
		"last agreed",
		"last approved",
		"last changed",
		"last edited",
		"last modified",
		"last reviewed",
		"last revised",
		"last updated",
		"modified",
		"moved",
		"name",
		"note",
		"notes",
		"owner",
		"owners",
		"priority",
		"product name",
		"resolved",
		"reviewed",
		"reviewers",
		"seconded",
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
		"maintained by",
		"more details",
		"more information",
		"on this page",
		"read on",
		"see also",
		"see the",
		"the following",
		"this adr",
		"this agreement",
		"this article",
		"this briefing",
		"this chapter",
		"this decision record",
		"this directory",
		"this doc",
		"this document",
		"this example",
		"this file",
		"this folder",
		"this guide",
		"this handbook",
		"this is an overview",
		"this is where",
		"this manual",
		"this memo",
		"this note",
		"this overview",
		"this page",
		"this paper",
		"this plan",
		"this playbook",
		"this policy",
		"this post",
		"this procedure",
		"this proposal",
		"this pull request",
		"this readme",
		"this repo",
		"this report",
		"this repository",
		"this rfc",
		"this runbook",
		"this section",
		"this site",
		"this spec",
		"this specification",
		"this standard",
		"this template",
		"this tutorial",
		"this website",
		"this wiki",
		"welcome to",
		"written by",
	},
	{ // meta-verb
		"describes",
		"explains",
		"outlines",
		"sets out",
		"summarises",
		"summarizes",
		"walks you through",
	},
	{ // mission-game
		"should you choose to accept it",
		"should you decide to accept it",
	},
	{ // mission-operation
		"altitude",
		"astronaut",
		"astronauts",
		"balloon",
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
	{ // name-column
		"award",
		"awards",
		"categories",
		"category",
		"class",
		"classes",
		"event",
		"events",
		"item",
		"items",
		"name",
		"names",
		"piece",
		"pieces",
		"prize",
		"prizes",
		"product",
		"products",
		"round",
		"rounds",
		"theme",
		"themes",
		"title",
		"titles",
		"type",
		"types",
	},
	{ // note-opening
		"none",
		"not",
		"nothing",
	},
	{ // notice-block
		"attention",
		"caution",
		"danger",
		"important",
		"note",
		"notes",
		"notice",
		"tip",
		"tips",
		"warning",
	},
	{ // object-infinitive-verb
		"allow",
		"ask",
		"encourage",
		"expect",
		"force",
		"help",
		"like",
		"need",
		"persuade",
		"prefer",
		"require",
		"tell",
		"use",
		"want",
	},
	{ // orders-section
		"admin and logistics",
		"administration and logistics",
		"command and signal",
		"command and signals",
		"execution",
		"service support",
		"situation",
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
		"future features",
		"future ideas",
		"future plans",
		"future work",
		"glossary",
		"goal",
		"goals",
		"history",
		"ideas",
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
		"not",
		"objective",
		"objectives",
		"okr",
		"okrs",
		"open questions",
		"out of scope",
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
		"status",
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
		"ein",
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
		"whose",
	},
	{ // owner-not
		"astronaut",
		"candidate",
		"character",
		"hero",
		"heroine",
		"internship",
		"job",
		"placement",
		"player",
		"position",
		"post",
		"probe",
		"role",
		"rover",
		"satellite",
		"spacecraft",
		"vacancy",
	},
	{ // placeholder
		"coming soon",
		"company name",
		"company x",
		"content goes here",
		"dolor sit amet",
		"fixme",
		"insert here",
		"ipsum",
		"lorem",
		"lorem ipsum",
		"mission goes here",
		"placeholder",
		"product name",
		"product x",
		"purpose goes here",
		"statement goes here",
		"tba",
		"tbc",
		"tbd",
		"text goes here",
		"to be defined",
		"to be determined",
		"to be written",
		"todo",
		"vision goes here",
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
	{ // purchase-verb
		"buy",
		"commission",
		"purchase",
		"source",
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
	{ // salutation
		"dear",
		"good afternoon",
		"good evening",
		"good morning",
		"greetings",
		"hello",
		"hey",
		"hi",
		"welcome all",
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
	{ // status-note
		"being drafted",
		"carried over to",
		"carry over to",
		"deferred",
		"have not agreed",
		"have not written",
		"haven't agreed",
		"haven't written",
		"held over",
		"not discussed",
		"not yet agreed",
		"nothing to bring",
		"nothing to report",
		"on hold",
		"parked",
		"postponed",
		"still being drafted",
		"still drafting",
		"still working on",
		"to be agreed",
		"working on the wording",
		"yet to be agreed",
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
	{ // vision-eyesight
		"blurred",
		"blurry",
		"cataract",
		"cataracts",
		"diopter",
		"dioptre",
		"eye",
		"eyes",
		"eyesight",
		"eyewear",
		"glasses",
		"glaucoma",
		"goggles",
		"lenses",
		"long-sighted",
		"myopia",
		"ophthalmologist",
		"ophthalmologists",
		"optician",
		"opticians",
		"optometrist",
		"optometrists",
		"retina",
		"short-sighted",
		"sight",
		"spectacles",
		"squint",
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
	"academy",
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
	"action",
	"actionable",
	"actions",
	"acts",
	"add",
	"admin",
	"administration",
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
	"allow",
	"allowed",
	"allowing",
	"allows",
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
	"apologies",
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
	"ask",
	"asked",
	"asking",
	"asks",
	"aspiring",
	"association",
	"assumptions",
	"astronaut",
	"astronauts",
	"at",
	"athletes",
	"attempt",
	"attempts",
	"attendees",
	"attention",
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
	"award",
	"awards",
	"awesome",
	"b2b",
	"back",
	"back-end",
	"backend",
	"background",
	"backlog",
	"balloon",
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
	"buy",
	"buyed",
	"buyers",
	"buying",
	"buys",
	"by",
	"ca",
	"camera",
	"cameras",
	"campaign",
	"campaigned",
	"campaigning",
	"campaigns",
	"can",
	"candidate",
	"capabilities",
	"capability",
	"capture",
	"car",
	"care",
	"caregivers",
	"carers",
	"carried",
	"carry",
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
	"cataract",
	"cataracts",
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
	"cenhadaeth",
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
	"character",
	"charities",
	"charity",
	"charter",
	"chatbot",
	"cheap",
	"cheaper",
	"child",
	"children",
	"chosen",
	"cities",
	"citizens",
	"city",
	"class",
	"classes",
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
	"command",
	"commands",
	"commission",
	"commissioned",
	"commissioning",
	"commissions",
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
	"content",
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
	"danger",
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
	"dear",
	"decide",
	"decided",
	"decideed",
	"decideing",
	"decides",
	"deciding",
	"decision",
	"decisions",
	"declaracao",
	"declaracion",
	"declaration",
	"dedicated",
	"deferred",
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
	"describes",
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
	"diopter",
	"dioptre",
	"disabled",
	"discover",
	"discovered",
	"discovering",
	"discoverred",
	"discoverring",
	"discovers",
	"discussion",
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
	"ein",
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
	"endorsed",
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
	"enrich",
	"enriched",
	"enriches",
	"enriching",
	"enrichs",
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
	"envisage",
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
	"event",
	"events",
	"eventually",
	"every",
	"everybody",
	"everyone",
	"example",
	"examples",
	"excellence",
	"except",
	"exceptional",
	"execution",
	"executives",
	"expect",
	"expected",
	"expecting",
	"expects",
	"experience",
	"experiences",
	"explain",
	"explains",
	"explore",
	"explored",
	"exploreed",
	"exploreing",
	"explores",
	"exploring",
	"extensions",
	"extremely",
	"eye",
	"eyes",
	"eyesight",
	"eyewear",
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
	"force",
	"forced",
	"forceed",
	"forceing",
	"forces",
	"forcing",
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
	"furtherance",
	"furthering",
	"furthers",
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
	"genhadaeth",
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
	"glasses",
	"glaucoma",
	"global",
	"glossary",
	"go",
	"go-to",
	"goal",
	"goals",
	"goggles",
	"good",
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
	"greetings",
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
	"gweledigaeth",
	"ha",
	"hands",
	"happier",
	"harbour",
	"have",
	"haven't",
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
	"hello",
	"help",
	"helped",
	"helping",
	"helps",
	"her",
	"here",
	"hero",
	"heroine",
	"het",
	"hey",
	"hi",
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
	"ideas",
	"identify",
	"if",
	"il",
	"image",
	"images",
	"imagine",
	"impact",
	"impactful",
	"importance",
	"important",
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
	"inexpensive",
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
	"internship",
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
	"item",
	"items",
	"its",
	"job",
	"joint",
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
	"lenses",
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
	"like",
	"liked",
	"likeed",
	"likeing",
	"likely",
	"likes",
	"liking",
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
	"long-sighted",
	"long-term",
	"lorem",
	"los",
	"lost",
	"lots",
	"low",
	"low-cost",
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
	"modes",
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
	"moved",
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
	"myopia",
	"name",
	"names",
	"nation",
	"nations",
	"need",
	"needed",
	"needing",
	"needs",
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
	"notice",
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
	"ophthalmologist",
	"ophthalmologists",
	"opportunities",
	"opportunity",
	"optician",
	"opticians",
	"optimise",
	"optimization",
	"optimize",
	"options",
	"optometrist",
	"optometrists",
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
	"out",
	"outline",
	"outlines",
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
	"parked",
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
	"persuade",
	"persuaded",
	"persuadeed",
	"persuadeing",
	"persuades",
	"persuading",
	"pet",
	"pharmacies",
	"pharmacist",
	"pharmacists",
	"phone",
	"photo",
	"photographers",
	"photos",
	"physicians",
	"picture",
	"piece",
	"pieces",
	"pipeline",
	"pixel",
	"pixels",
	"placeholder",
	"placement",
	"plan",
	"planet",
	"plans",
	"plant",
	"planted",
	"planting",
	"plants",
	"platform",
	"player",
	"players",
	"plugin",
	"plugins",
	"pool",
	"pooled",
	"pooling",
	"pools",
	"portal",
	"position",
	"possibly",
	"post",
	"postponed",
	"potential",
	"potentially",
	"pour",
	"powered",
	"practitioners",
	"pre",
	"pre-eminent",
	"preeminent",
	"prefer",
	"prefered",
	"prefering",
	"preferred",
	"preferring",
	"prefers",
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
	"prize",
	"prizes",
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
	"products",
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
	"purchase",
	"purchased",
	"purchaseed",
	"purchaseing",
	"purchases",
	"purchasing",
	"purpose",
	"pursue",
	"pursues",
	"pursuing",
	"pursuit",
	"put",
	"quality",
	"quests",
	"quite",
	"raison",
	"rather",
	"ratified",
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
	"rebuild",
	"rebuilded",
	"rebuilding",
	"rebuilds",
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
	"renewed",
	"renowned",
	"renters",
	"repair",
	"repaired",
	"repairing",
	"repairs",
	"replace",
	"replacing",
	"require",
	"required",
	"requireed",
	"requireing",
	"requirements",
	"requires",
	"requiring",
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
	"resolved",
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
	"retina",
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
	"role",
	"roof",
	"rotarians",
	"round",
	"rounds",
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
	"seconded",
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
	"sets",
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
	"short-sighted",
	"should",
	"shown",
	"sight",
	"significantly",
	"simpler",
	"simplified",
	"simplifies",
	"simplify",
	"simplifyed",
	"simplifying",
	"simplifys",
	"situation",
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
	"spectacles",
	"spent",
	"splashdown",
	"spoken",
	"squadron",
	"squint",
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
	"still",
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
	"summarises",
	"summarize",
	"summarizes",
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
	"tell",
	"telled",
	"telling",
	"tells",
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
	"text",
	"than",
	"thanks",
	"that",
	"the",
	"their",
	"them",
	"theme",
	"themes",
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
	"title",
	"titles",
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
	"toward",
	"towards",
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
	"types",
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
	"used",
	"useed",
	"useful",
	"useing",
	"user",
	"user-centric",
	"users",
	"uses",
	"using",
	"utilise",
	"utilize",
	"utilizes",
	"utilizing",
	"vacancy",
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
	"walks",
	"want",
	"wanted",
	"wanting",
	"wants",
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
	"weledigaeth",
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
	"whose",
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
	"yet",
	"you",
	"young",
	"your",
	"youth",
	"ziele",
}

// tableMasks are the bits of the lists each of tableWords starts an entry in.
var tableMasks = [...]uint64{
	0x2400000000000000, // #1
	0x800,              // 20
	0x800,              // 20-somethings
	0x40000000,         // 3d
	0xe000000080882008, // a
	0x4000000000000000, // abbiamo
	0x2000,             // ability
	0x100000000,        // about
	0x40000000000,      // above
	0x100000000,        // abstract
	0x800,              // academics
	0x80000000,         // academy
	0x4010,             // accelerate
	0x4010,             // accelerated
	0x4010,             // accelerateed
	0x4010,             // accelerateing
	0x4010,             // accelerates
	0x4010,             // accelerating
	0x6000,             // access
	0x4000,             // accessed
	0x4000,             // accesses
	0x2000,             // accessible
	0x4000,             // accessing
	0x4000,             // accesss
	0x800,              // accountants
	0x4000,             // achieve
	0x4000,             // achieved
	0x4000,             // achieveed
	0x4000,             // achieveing
	0x4000,             // achieves
	0x4000,             // achieving
	0x8000000000000,    // acknowledgements
	0x10000000000,      // act
	0x10000000000,      // acting
	0x20000000000,      // action
	0x8000,             // actionable
	0x20000000000,      // actions
	0x10000000000,      // acts
	0x0,                // add
	0x4000000000000,    // admin
	0x4000000000000,    // administration
	0x800,              // administrators
	0x800,              // admins
	0x80000080,         // adopted
	0x20,               // adoption
	0x400,              // adult
	0x4010,             // advance
	0x4010,             // advanced
	0x4010,             // advanceed
	0x4010,             // advanceing
	0x4000004010,       // advances
	0x4000004010,       // advancing
	0x40,               // advocate
	0x40,               // advocated
	0x40,               // advocateed
	0x40,               // advocateing
	0x40,               // advocates
	0x40,               // advocating
	0x4000,             // afford
	0x2000,             // affordable
	0x4000,             // afforded
	0x4000,             // affording
	0x4000,             // affords
	0x800,              // agencies
	0x80000400,         // agency
	0x8000000000000,    // agenda
	0x8000,             // agile
	0x20080000080,      // agreed
	0x40008000,         // ai
	0x8000,             // ai-driven
	0x8000,             // ai-powered
	0x800800010,        // aim
	0x10,               // aimed
	0x10,               // aiming
	0x800800010,        // aims
	0x1,                // al
	0x0,                // algorithm
	0x0,                // algorithms
	0x4,                // alignment
	0x1000000000000100, // all
	0x4000,             // alleviate
	0x4000,             // alleviated
	0x4000,             // alleviateed
	0x4000,             // alleviateing
	0x4000,             // alleviates
	0x4000,             // alleviating
	0x80000000,         // alliance
	0x2000000000000,    // allow
	0x2000000000000,    // allowed
	0x2000000000000,    // allowing
	0x2000000000000,    // allows
	0x80000,            // alternative
	0x8000000000000,    // alternatives
	0x200000000000,     // altitude
	0x1000000000000000, // always
	0x1000,             // am
	0x0,                // amazing
	0x2000000000000000, // america's
	0x2000000000000000, // americas
	0x2000000000000000, // an
	0x40,               // analyse
	0x40,               // analysed
	0x40,               // analyseed
	0x40,               // analyseing
	0x40,               // analyses
	0x40,               // analysing
	0x800,              // analysts
	0x40,               // analyze
	0x40,               // analyzed
	0x40,               // analyzeed
	0x40,               // analyzeing
	0x40,               // analyzes
	0x40,               // analyzing
	0x1000000,          // and
	0x1000000000000000, // any
	0x100,              // anybody
	0x100,              // anyone
	0x100000,           // api
	0x100000,           // apis
	0x20000000000,      // apologies
	0x0,                // app
	0x8000000000000,    // appendix
	0x0,                // application
	0x800,              // apprentices
	0x1000000,          // approach
	0x20080000080,      // approved
	0x20000000000,      // approvers
	0x3,                // approx
	0x0,                // apps
	0x8000000000000,    // architecture
	0x40,               // archive
	0x40,               // archived
	0x40,               // archiveed
	0x40,               // archiveing
	0x40,               // archives
	0x40,               // archiving
	0x1000,             // are
	0x800000000,        // arguably
	0x0,                // articulate
	0x40000000,         // artificial
	0x800,              // artists
	0x4880000000,       // as
	0x2000000000000,    // ask
	0x2000000000000,    // asked
	0x2000000000000,    // asking
	0x2000000000000,    // asks
	0x400,              // aspiring
	0x80000000,         // association
	0x8000000000000,    // assumptions
	0x20200000000000,   // astronaut
	0x200000000000,     // astronauts
	0x2000000300000000, // at
	0x800,              // athletes
	0x800000000,        // attempt
	0x800000000,        // attempts
	0x20000000000,      // attendees
	0x1000000000000,    // attention
	0x20000000000,      // audience
	0x40,               // audit
	0x40,               // audited
	0x40,               // auditing
	0x40,               // audits
	0x40,               // auditted
	0x40,               // auditting
	0x8010000000,       // auftrag
	0x20000000000,      // author
	0x20000000800,      // authors
	0x40,               // automate
	0x40,               // automated
	0x40,               // automateed
	0x40,               // automateing
	0x40,               // automates
	0x40,               // automating
	0x4000,             // avoid
	0x4000,             // avoided
	0x4000,             // avoiding
	0x4000,             // avoids
	0x400000000000,     // award
	0x400000000000,     // awards
	0x0,                // awesome
	0x400,              // b2b
	0x0,                // back
	0x0,                // back-end
	0x0,                // backend
	0x8000000000000,    // background
	0x8000000000000,    // backlog
	0x200000000000,     // balloon
	0x10000000000,      // based
	0x1010,             // be
	0x1000000000,       // beach
	0x200000000000000,  // because
	0x800010,           // become
	0x10,               // becomed
	0x10,               // becomeed
	0x10,               // becomeing
	0x800010,           // becomes
	0x800010,           // becoming
	0x1000000010,       // bed
	0x10,               // beed
	0x1000,             // been
	0x2000000000,       // begun
	0x80000000001010,   // being
	0x1000000,          // beliefs
	0x4000,             // belong
	0x4000,             // belonged
	0x4000,             // belonging
	0x4000,             // belongs
	0x40000000000,      // below
	0x6000,             // benefit
	0x4000,             // benefited
	0x4000,             // benefiting
	0x8000000004000,    // benefits
	0x4000,             // benefitted
	0x4000,             // benefitting
	0x10,               // bes
	0x400000000008200,  // best
	0x8000,             // best-in-class
	0x400000000000000,  // best-loved
	0x2000,             // better
	0x80000,            // beyond
	0x400000000,        // big
	0x400000000000200,  // biggest
	0x1000000000,       // bike
	0x1000000000000000, // billion
	0x1000000000000000, // billions
	0x10,               // bing
	0x40000000,         // binocular
	0x8000,             // bleeding
	0x8000,             // bleeding-edge
	0x400,              // blind
	0x8000,             // blockchain
	0x8000,             // blockchain-enabled
	0x40000000,         // blurred
	0x40000000,         // blurry
	0x1000000000,       // book
	0x1000000000,       // books
	0x4000,             // boost
	0x4000,             // boosted
	0x200000000000,     // booster
	0x4000,             // boosting
	0x4000,             // boosts
	0x2000000000,       // born
	0x2000000000,       // borne
	0x2000000000,       // bought
	0x800,              // boys
	0x80000000,         // brand
	0x800,              // brands
	0x10,               // bring
	0x10,               // bringed
	0x10,               // bringing
	0x10,               // brings
	0x2000000000,       // broken
	0x2000000000,       // brought
	0x8000040,          // build
	0x40,               // builded
	0x8000040,          // building
	0x40,               // builds
	0x2000000000,       // built
	0x40,               // bundle
	0x40,               // bundled
	0x40,               // bundleed
	0x40,               // bundleing
	0x40,               // bundles
	0x40,               // bundling
	0x1000000000,       // bus
	0x80000100,         // business
	0x100,              // businesses
	0x400,              // busy
	0x0,                // but
	0x100000000000000,  // buy
	0x100000000000000,  // buyed
	0x800,              // buyers
	0x100000000000000,  // buying
	0x100000000000000,  // buys
	0x10000000000,      // by
	0x3,                // ca
	0x0,                // camera
	0x0,                // cameras
	0x40,               // campaign
	0x40,               // campaigned
	0x40,               // campaigning
	0x40,               // campaigns
	0x0,                // can
	0x20000000000000,   // candidate
	0x100004,           // capabilities
	0x4,                // capability
	0x0,                // capture
	0x1000000000,       // car
	0x400,              // care
	0x800,              // caregivers
	0x800,              // carers
	0x0,                // carried
	0x0,                // carry
	0x10,               // catalyse
	0x10,               // catalysed
	0x10,               // catalyseed
	0x10,               // catalyseing
	0x10,               // catalyses
	0x10,               // catalysing
	0x10,               // catalyze
	0x10,               // catalyzed
	0x10,               // catalyzeed
	0x10,               // catalyzeing
	0x10,               // catalyzes
	0x10,               // catalyzing
	0x0,                // cataract
	0x0,                // cataracts
	0x420000000000,     // categories
	0x420000000000,     // category
	0x2000000000,       // caught
	0x1020000000000,    // caution
	0x4000,             // celebrate
	0x4000,             // celebrated
	0x4000,             // celebrateed
	0x4000,             // celebrateing
	0x4000,             // celebrates
	0x4000,             // celebrating
	0x10000000,         // cenhadaeth
	0x80000000,         // center
	0x80000000,         // centre
	0x40,               // certified
	0x40,               // certifies
	0x40,               // certify
	0x40,               // certifyed
	0x40,               // certifying
	0x40,               // certifys
	0x3,                // cf
	0x10,               // champion
	0x10,               // championed
	0x10,               // championing
	0x10,               // champions
	0x20018,            // change
	0x10,               // changed
	0x10,               // changeed
	0x10,               // changeing
	0x8000000120000,    // changelog
	0x8000000020010,    // changes
	0x10,               // changing
	0x20000000000000,   // character
	0x800,              // charities
	0x80000000,         // charity
	0x8010000000,       // charter
	0x0,                // chatbot
	0x2000,             // cheap
	0x2000,             // cheaper
	0x1000000800,       // child
	0x1000000800,       // children
	0x2000000000,       // chosen
	0x800,              // cities
	0x800,              // citizens
	0x1000000000,       // city
	0x400000000000,     // class
	0x400000000000,     // classes
	0x0,                // classification
	0x1000000000,       // classroom
	0x40,               // clean
	0x40,               // cleaned
	0x2000,             // cleaner
	0x40,               // cleaning
	0x40,               // cleans
	0x0,                // cli
	0x100,              // client
	0x100,              // clients
	0x800,              // clinician
	0x800,              // clinicians
	0x800,              // clinics
	0x0,                // cloud
	0x80000000,         // club
	0x80000001,         // co
	0x80000000,         // co-op
	0x40,               // coach
	0x40,               // coached
	0x40,               // coaches
	0x40,               // coaching
	0x40,               // coachs
	0x40,               // code
	0x0,                // codebase
	0x40,               // coded
	0x40,               // codeed
	0x40,               // codeing
	0x40,               // codes
	0x40,               // coding
	0x40,               // collect
	0x40,               // collected
	0x40,               // collecting
	0x80000000,         // collective
	0x40,               // collects
	0x40000000,         // color
	0x40000000,         // colour
	0x4000,             // combat
	0x4000,             // combated
	0x4000,             // combating
	0x4000,             // combats
	0x4000,             // combatted
	0x4000,             // combatting
	0x40,               // combine
	0x40,               // combined
	0x40,               // combineed
	0x40,               // combineing
	0x40,               // combines
	0x40,               // combining
	0x40000000000000,   // coming
	0x4000000000000,    // command
	0x100000,           // commands
	0x100000000000000,  // commission
	0x100000000000000,  // commissioned
	0x100000000000000,  // commissioning
	0x100000000000000,  // commissions
	0x4,                // commitment
	0x0,                // committed
	0x900,              // communities
	0x80000100,         // community
	0x800,              // commuter
	0x800,              // commuters
	0x900,              // companies
	0x40000080000000,   // company
	0x80000,            // compared
	0x8000000002000,    // competitive
	0x4,                // competitiveness
	0x8000000000000,    // competitors
	0x100000,           // components
	0x40000000,         // computer
	0x2000,             // confidence
	0x100000,           // configuration
	0x4000,             // connect
	0x6000,             // connected
	0x4000,             // connecting
	0x4000,             // connects
	0x4040,             // conserve
	0x4040,             // conserved
	0x4040,             // conserveed
	0x4040,             // conserveing
	0x4040,             // conserves
	0x4040,             // conserving
	0x8000000000000,    // constraints
	0x20,               // construction
	0x800,              // consumers
	0x8020000000000,    // contact
	0x40000000000000,   // content
	0x8000000000000,    // context
	0x1000000000000000, // continent
	0x8000000000000,    // contributing
	0x800,              // contributor
	0x800,              // contributors
	0x40,               // convert
	0x40,               // converted
	0x40,               // converting
	0x40,               // converts
	0x800,              // cooks
	0x80000000,         // cooperative
	0x80008000,         // core
	0x1,                // corp
	0x80000000,         // corporate
	0x800000000,        // could
	0x80000000,         // council
	0x200000000000,     // countdown
	0x0,                // countless
	0x100,              // countries
	0x1000000000000000, // country
	0x2000000,          // craft
	0x2000000,          // crafting
	0x800,              // craftspeople
	0xa004040,          // create
	0x20000004040,      // created
	0x4040,             // createed
	0x4040,             // createing
	0x4040,             // creates
	0xa004040,          // creating
	0x400,              // creative
	0x800,              // creator
	0x800,              // creators
	0x8000000000000,    // credits
	0x200000000000,     // crewed
	0x40,               // cultivate
	0x40,               // cultivated
	0x40,               // cultivateed
	0x40,               // cultivateing
	0x40,               // cultivates
	0x40,               // cultivating
	0x1000008,          // culture
	0x40,               // curate
	0x40,               // curated
	0x40,               // curateed
	0x40,               // curateing
	0x40,               // curates
	0x40,               // curating
	0x4000,             // cure
	0x4000,             // cured
	0x4000,             // cureed
	0x4000,             // cureing
	0x4000,             // cures
	0x4000,             // curing
	0x80000000,         // current
	0x8900,             // customer
	0x8000,             // customer-centric
	0x100,              // customers
	0x4000,             // cut
	0x4000,             // cuted
	0x4000,             // cuting
	0x4000,             // cuts
	0x4000,             // cutted
	0xc000,             // cutting
	0x8000,             // cutting-edge
	0x800,              // cyclists
	0x200000000,        // da
	0x1000000000000,    // danger
	0x80000000,         // das
	0x0,                // dashboard
	0x0,                // dashboards
	0x8400,             // data
	0x8000,             // data-driven
	0x0,                // database
	0x0,                // dataset
	0x0,                // datasets
	0x20000000000,      // date
	0x1000000000,       // day
	0x280000000,        // de
	0x400,              // deaf
	0x800000000000000,  // dear
	0x4000,             // decide
	0x4000,             // decided
	0x4000,             // decideed
	0x4000,             // decideing
	0x4000,             // decides
	0x4000,             // deciding
	0x20000000000,      // decision
	0x20000000000,      // decisions
	0x10000000,         // declaracao
	0x10000000,         // declaracion
	0x10040000,         // declaration
	0x0,                // dedicated
	0x0,                // deferred
	0x2000000,          // define
	0x2000000,          // defining
	0x40000,            // definition
	0x100000,           // definitions
	0x200000000,        // degli
	0x200000000,        // dei
	0x200000000,        // del
	0x40,               // deliver
	0x8000000000000,    // deliverables
	0x40,               // delivered
	0x40,               // delivering
	0x40,               // deliverred
	0x40,               // deliverring
	0x40,               // delivers
	0x200000000,        // della
	0x200000000,        // delle
	0x200000000,        // dello
	0x80000000,         // department
	0x40,               // deploy
	0x40,               // deployed
	0x40,               // deploying
	0x20,               // deployment
	0x40,               // deploys
	0x1,                // dept
	0x280000000,        // der
	0x200000000,        // des
	0x0,                // describe
	0x80000000000,      // describes
	0x40000,            // description
	0x60,               // design
	0x40,               // designed
	0x800,              // designer
	0x800,              // designers
	0x40,               // designing
	0x40,               // designs
	0x1000000000,       // desk
	0x0,                // detection
	0x40,               // develop
	0x40,               // developed
	0xc00,              // developer
	0x800,              // developers
	0x40,               // developing
	0x20,               // development
	0x40,               // developped
	0x40,               // developping
	0x40,               // develops
	0x0,                // device
	0x0,                // devices
	0x200000000,        // di
	0x10000000,         // dichiarazione
	0x0,                // did
	0x80000000,         // die
	0x2000008,          // difference
	0x2000000,          // differences
	0x80000,            // different
	0x8000,             // digital
	0x40,               // digitise
	0x40,               // digitised
	0x40,               // digitiseed
	0x40,               // digitiseing
	0x40,               // digitises
	0x40,               // digitising
	0x40,               // digitize
	0x40,               // digitized
	0x40,               // digitizeed
	0x40,               // digitizeing
	0x40,               // digitizes
	0x40,               // digitizing
	0x2000,             // dignity
	0x1000000000,       // dinner
	0x0,                // diopter
	0x0,                // dioptre
	0x400,              // disabled
	0x4000,             // discover
	0x4000,             // discovered
	0x4000,             // discovering
	0x4000,             // discoverred
	0x4000,             // discoverring
	0x4000,             // discovers
	0x20000000000,      // discussion
	0x8000,             // disrupt
	0x8000,             // disruptive
	0x40,               // distribute
	0x40,               // distributed
	0x40,               // distributeed
	0x40,               // distributeing
	0x40,               // distributes
	0x40,               // distributing
	0x20,               // distribution
	0x80000000,         // division
	0x200000000,        // do
	0x200000000000,     // docking
	0x800,              // doctor
	0x800,              // doctors
	0x0,                // document
	0x1000000,          // doelen
	0x0,                // does
	0x800,              // dog
	0x40000000000000,   // dolor
	0x400000000000000,  // dominant
	0x40,               // donate
	0x40,               // donated
	0x40,               // donateed
	0x40,               // donateing
	0x40,               // donates
	0x40,               // donating
	0x2000000000,       // done
	0x800,              // donors
	0x1000000000,       // door
	0x200000000,        // dos
	0x40000000,         // double
	0x3,                // dr
	0x20082000000,      // draft
	0x2000000,          // drafting
	0x2000000000,       // drawn
	0x408800000,        // dream
	0x10,               // drive
	0x10,               // drived
	0x10,               // driveed
	0x10,               // driveing
	0x2000000000,       // driven
	0x800,              // drivers
	0x10,               // drives
	0x10,               // driving
	0x200000000,        // du
	0x8000,             // dynamic
	0x1000400,          // e
	0x400,              // e-commerce
	0x3,                // e.g
	0x0,                // each
	0x4000,             // earn
	0x4000,             // earned
	0x4000,             // earning
	0x4000,             // earns
	0x2000000000000000, // earth's
	0x4000,             // ease
	0x4000,             // eased
	0x4000,             // easeed
	0x4000,             // easeing
	0x4000,             // eases
	0x2000,             // easier
	0x4000,             // easing
	0x8000,             // ecosystem
	0x1000000,          // ed
	0x4040,             // educate
	0x4040,             // educated
	0x4040,             // educateed
	0x4040,             // educateing
	0x4040,             // educates
	0x4040,             // educating
	0x20,               // education
	0x800,              // educators
	0x4,                // effectiveness
	0x4,                // efficiency
	0x10000000000000,   // ein
	0x80000000,         // el
	0x400,              // elderly
	0x100000000,        // elevator
	0x4000,             // eliminate
	0x4000,             // eliminated
	0x4000,             // eliminateed
	0x4000,             // eliminateing
	0x4000,             // eliminates
	0x4000,             // eliminating
	0x80000000000000,   // em
	0x40000000,         // embedded
	0x800,              // employees
	0x800,              // employers
	0x4010,             // empower
	0x6010,             // empowered
	0x4010,             // empowering
	0x8004,             // empowerment
	0x4010,             // empowerred
	0x4010,             // empowerring
	0x4010,             // empowers
	0x80000001000000,   // en
	0x4010,             // enable
	0x4010,             // enabled
	0x4010,             // enableed
	0x4010,             // enableing
	0x4010,             // enables
	0x4010,             // enabling
	0x0,                // encoder
	0x2000000000010,    // encourage
	0x2000000000010,    // encouraged
	0x2000000000010,    // encourageed
	0x2000000000010,    // encourageing
	0x2000000000010,    // encourages
	0x2000000000010,    // encouraging
	0xc000,             // end
	0x8000,             // end-to-end
	0x800000000,        // endeavor
	0x800000000,        // endeavour
	0x4000,             // ended
	0x4000,             // ending
	0x80,               // endorsed
	0x0,                // endpoint
	0x100000,           // endpoints
	0x4000,             // ends
	0x4,                // engagement
	0x800,              // engineer
	0x80000820,         // engineering
	0x800,              // engineers
	0x4010,             // enhance
	0x4010,             // enhanced
	0x4010,             // enhanceed
	0x4010,             // enhanceing
	0x4010,             // enhances
	0x4010,             // enhancing
	0x4000,             // enjoy
	0x4000,             // enjoyed
	0x4000,             // enjoying
	0x4000,             // enjoys
	0x4000,             // enrich
	0x4000,             // enriched
	0x4000,             // enriches
	0x4000,             // enriching
	0x4000,             // enrichs
	0x10,               // ensure
	0x10,               // ensured
	0x10,               // ensureed
	0x10,               // ensureing
	0x10,               // ensures
	0x10,               // ensuring
	0x0,                // enter
	0x400,              // enterprise
	0x900,              // enterprises
	0x800,              // entrepreneurs
	0x8000000,          // envisage
	0x8800000,          // envision
	0x400800000,        // envisioned
	0x800000,           // envisions
	0x4000,             // eradicate
	0x4000,             // eradicated
	0x4000,             // eradicateed
	0x4000,             // eradicateing
	0x4000,             // eradicates
	0x4000,             // eradicating
	0x1,                // est
	0x40,               // establish
	0x40,               // established
	0x40,               // establishes
	0x40,               // establishing
	0x40,               // establishs
	0x1000000,          // estrategia
	0x1000000,          // et
	0x1,                // etc
	0x1000000000,       // evening
	0x400000000000,     // event
	0x400000000000,     // events
	0x800000,           // eventually
	0x1000000000000000, // every
	0x1000000000000100, // everybody
	0x1000000000000100, // everyone
	0x2000000,          // example
	0x2000000,          // examples
	0x800c,             // excellence
	0x80000,            // except
	0x0,                // exceptional
	0x4000000000000,    // execution
	0x800,              // executives
	0x2000000000000,    // expect
	0x2000000000000,    // expected
	0x2000000000000,    // expecting
	0x2000000000000,    // expects
	0x4,                // experience
	0x4,                // experiences
	0x0,                // explain
	0x80000000000,      // explains
	0x4000,             // explore
	0x4000,             // explored
	0x4000,             // exploreed
	0x4000,             // exploreing
	0x4000,             // explores
	0x4000,             // exploring
	0x100000,           // extensions
	0x0,                // extremely
	0x0,                // eye
	0x0,                // eyes
	0x0,                // eyesight
	0x0,                // eyewear
	0x0,                // facilitate
	0x0,                // facilitates
	0x0,                // facilitating
	0x800,              // faculty
	0x2000,             // fairer
	0x800000000,        // fairly
	0x2000000000,       // fallen
	0x1000000800,       // families
	0x1000000400,       // family
	0x400,              // family-owned
	0x800,              // fans
	0x8000000000000,    // faq
	0x1000000000,       // farm
	0x800,              // farmers
	0x2000,             // faster
	0x400000000000000,  // favorite
	0x400000000000000,  // favourite
	0x8000080100000,    // feature
	0x8000000100000,    // features
	0x4040,             // feed
	0x4040,             // feeded
	0x4040,             // feeding
	0x4040,             // feeds
	0x1000000000,       // ferry
	0x82000,            // fewer
	0x1000000000,       // field
	0x1,                // fig
	0x4000,             // fight
	0x4000,             // fighted
	0x4000,             // fighting
	0x4000,             // fights
	0x0,                // fill
	0x80000000,         // final
	0x440,              // finance
	0x40,               // financed
	0x40,               // financeed
	0x40,               // financeing
	0x40,               // finances
	0x40,               // financing
	0x4000,             // find
	0x4000,             // finded
	0x4000,             // finding
	0x4000,             // finds
	0x80000000,         // firm
	0x2400000000088600, // first
	0x400000000000000,  // first-choice
	0x8000,             // first-class
	0x400,              // first-time
	0x40000000000000,   // fixme
	0x4000,             // flourish
	0x4000,             // flourished
	0x4000,             // flourishes
	0x4000,             // flourishing
	0x4000,             // flourishs
	0x200000000000,     // flyby
	0x0,                // focused
	0x80000000000000,   // follows
	0x200040200802000,  // for
	0x2000000000000,    // force
	0x2000000000000,    // forced
	0x2000000000000,    // forceed
	0x2000000000000,    // forceing
	0x2000000000000,    // forces
	0x2000000000000,    // forcing
	0x400000000000000,  // foremost
	0x1000000000,       // forest
	0x2000000000,       // forgotten
	0x20,               // formation
	0x10,               // foster
	0x10,               // fostered
	0x10,               // fostering
	0x10,               // fosterred
	0x10,               // fosterring
	0x10,               // fosters
	0x2000000000,       // found
	0x80000000,         // foundation
	0x800,              // founders
	0x6000,             // free
	0x4000,             // freed
	0x2000,             // freedom
	0x4000,             // freeed
	0x4000,             // freeing
	0x800,              // freelancers
	0x4000,             // frees
	0x4000,             // freing
	0x8000,             // frictionless
	0x0,                // from
	0x400,              // front
	0x0,                // front-end
	0x400,              // front-line
	0x0,                // frontend
	0x400,              // frontline
	0x2000000000,       // frozen
	0x4000004000,       // fulfil
	0x4000,             // fulfiled
	0x4000,             // fulfiling
	0x4000004000,       // fulfill
	0x4000,             // fulfilled
	0x4000,             // fulfilling
	0x4000004000,       // fulfills
	0x4000004000,       // fulfils
	0x100000,           // functionality
	0x100000,           // functions
	0x40,               // fund
	0x40,               // funded
	0x40,               // funding
	0x40,               // funds
	0x200000000,        // fur
	0x4000000000,       // furtherance
	0x4000000000,       // furthering
	0x4000000000,       // furthers
	0x8000004808008,    // future
	0x8000,             // future-proof
	0x108000,           // game
	0x8000,             // game-changing
	0x100000,           // gameplay
	0x800,              // gamers
	0x1000000000,       // garden
	0x800,              // gardeners
	0x40,               // gather
	0x40,               // gathered
	0x40,               // gathering
	0x40,               // gatherred
	0x40,               // gatherring
	0x40,               // gathers
	0x800000000,        // generally
	0x1000000000000000, // generation
	0x1000000000800000, // generations
	0x10000000,         // genhadaeth
	0x1000,             // get
	0x1000,             // gets
	0x100000,           // getting
	0x800,              // girls
	0x40,               // give
	0x40,               // gived
	0x40,               // giveed
	0x40,               // giveing
	0x2000000000,       // given
	0x40,               // gives
	0x60,               // giving
	0x0,                // glasses
	0x0,                // glaucoma
	0x1000000000000000, // global
	0x8000000100000,    // glossary
	0x400000000000000,  // go
	0x400000000000000,  // go-to
	0x8000001000000,    // goal
	0x8000001000000,    // goals
	0x0,                // goggles
	0x800000000000000,  // good
	0x2000,             // goodwill
	0x1000,             // got
	0x1,                // gov
	0x500,              // government
	0x800,              // governments
	0x0,                // gpu
	0x40,               // grant
	0x40,               // granted
	0x40,               // granting
	0x40,               // grants
	0x0,                // great
	0x2000,             // greener
	0x800000000000000,  // greetings
	0x80000000,         // group
	0x10,               // grow
	0x10,               // growed
	0x800,              // growers
	0x10,               // growing
	0x2000000000,       // grown
	0x10,               // grows
	0xc,                // growth
	0x2000000,          // guide
	0x2000000,          // guidelines
	0x80000000,         // guiding
	0x80000000,         // guild
	0x400000000,        // gweledigaeth
	0x4000000000000000, // ha
	0x1000000000,       // hands
	0x2000,             // happier
	0x1000000000,       // harbour
	0x0,                // have
	0x0,                // haven't
	0x4000,             // heal
	0x4000,             // healed
	0x4000,             // healing
	0x4000,             // heals
	0x2000,             // health
	0x400,              // healthcare
	0x2000,             // healthier
	0x2000,             // healthy
	0x2000000000,       // heard
	0x4000000000000000, // hebben
	0x4000000000000000, // heeft
	0x2000000000,       // held
	0x800000000000000,  // hello
	0x2000000004010,    // help
	0x2000000004010,    // helped
	0x2000000004010,    // helping
	0x2000000004010,    // helps
	0x10000000000000,   // her
	0x40000000000,      // here
	0x20000000000000,   // hero
	0x20000000000000,   // heroine
	0x80000000,         // het
	0x800000000000000,  // hey
	0x800000000000000,  // hi
	0x2000000000,       // hidden
	0x0,                // high
	0x0,                // high-quality
	0x400000000000000,  // highest
	0x400000000000000,  // highest-rated
	0x0,                // highly
	0x20000000000,      // hint
	0x20000000000,      // hints
	0x10000000000000,   // his
	0x8000000020000,    // history
	0x800,              // hobbyists
	0x8000,             // holistic
	0x2000001000000400, // home
	0x800,              // homeowners
	0x808000000,        // hope
	0x800000000,        // hopefully
	0x1000000000,       // hospital
	0x800,              // hospitals
	0x40,               // host
	0x40,               // hosted
	0x40,               // hosting
	0x40,               // hosts
	0x1000000000,       // hours
	0x4040,             // house
	0x4040,             // housed
	0x4040,             // houseed
	0x800,              // household
	0x800,              // households
	0x4040,             // houseing
	0x4040,             // houses
	0x4040,             // housing
	0x3000000,          // how
	0x400,              // hr
	0x2100,             // human
	0x1000000000000100, // humanity
	0x100,              // humanity's
	0x100,              // humankind
	0x100,              // humans
	0x8000,             // hyper
	0x8000,             // hyper-personalized
	0x3,                // i.e
	0x8000000000000,    // ideas
	0x0,                // identify
	0x800000000,        // if
	0x80000000,         // il
	0x0,                // image
	0x0,                // images
	0x8800000,          // imagine
	0xc,                // impact
	0x8000,             // impactful
	0x2000000,          // importance
	0x1000000000000,    // important
	0x4010,             // improve
	0x4010,             // improved
	0x4010,             // improveed
	0x4010,             // improveing
	0x4010,             // improves
	0x4010,             // improving
	0x280054900880000,  // in
	0x1,                // inc
	0x3,                // incl
	0x0,                // include
	0x2000,             // inclusive
	0x4000,             // increase
	0x4000,             // increased
	0x4000,             // increaseed
	0x4000,             // increaseing
	0x4000,             // increases
	0x4000,             // increasing
	0x0,                // incredible
	0x2000,             // independence
	0x400,              // independent
	0x40,               // index
	0x40,               // indexed
	0x40,               // indexes
	0x40,               // indexing
	0x40,               // indexs
	0x400,              // indie
	0x100,              // individual
	0x100,              // individuals
	0x2000,             // inexpensive
	0x0,                // inference
	0x2000,             // informed
	0x80000000,         // initiative
	0x8004,             // innovation
	0x8000,             // innovative
	0x0,                // input
	0x100000,           // inputs
	0x40000000000000,   // insert
	0x2000,             // insights
	0x40,               // inspect
	0x40,               // inspected
	0x40,               // inspecting
	0x40,               // inspects
	0x4010,             // inspire
	0x4010,             // inspired
	0x4010,             // inspireed
	0x4010,             // inspireing
	0x4010,             // inspires
	0x4010,             // inspiring
	0x40,               // install
	0x8000000100000,    // installation
	0x40,               // installed
	0x40,               // installing
	0x40,               // installs
	0x80000,            // instead
	0x80000000,         // institute
	0x100,              // institutions
	0x40,               // integrate
	0x40,               // integrated
	0x40,               // integrateed
	0x40,               // integrateing
	0x40,               // integrates
	0x40,               // integrating
	0x0,                // integration
	0x100000,           // integrations
	0x4,                // integrity
	0x800000000,        // intend
	0x0,                // interface
	0x20000000000000,   // internship
	0x200,              // into
	0x100000000,        // intro
	0x100000000,        // introduction
	0x40,               // invest
	0x40,               // invested
	0x40,               // investing
	0x800,              // investor
	0x800,              // investors
	0x40,               // invests
	0x40000000000000,   // ipsum
	0x1000,             // is
	0x400,              // it
	0x400000000000,     // item
	0x400000000000,     // items
	0x10000000000000,   // its
	0x20000000000000,   // job
	0x80000000,         // joint
	0x800,              // journalists
	0x2000,             // joy
	0x1,                // jr
	0x400,              // junior
	0x4000,             // keep
	0x4000,             // keeped
	0x4000,             // keeping
	0x4000,             // keeps
	0x2000000000,       // kept
	0x100000,           // key
	0x800,              // kids
	0x800000000,        // kind
	0x1000000000,       // kitchen
	0x2000,             // knowledge
	0x2000000000,       // known
	0x8000000000000,    // kpis
	0xc000000080000000, // la
	0x80000000,         // lab
	0x80000000,         // laboratory
	0x200000000000,     // lander
	0x800,              // landlords
	0x800000000,        // largely
	0x400000000000200,  // largest
	0x80000000,         // las
	0x20000010000,      // last
	0x1000000000,       // laugh
	0x200000000040,     // launch
	0x200000000040,     // launched
	0x200000000040,     // launches
	0x40,               // launching
	0x40,               // launchs
	0x800,              // lawyers
	0x80000000,         // le
	0x400000000000000,  // leader
	0x800,              // leaders
	0x4,                // leadership
	0x400000000008200,  // leading
	0x8000,             // leading-edge
	0x40000004000,      // learn
	0x4000,             // learned
	0x800,              // learner
	0x800,              // learners
	0x4000,             // learning
	0x4000,             // learns
	0x2000000000,       // led
	0x2000000000,       // left
	0x10000000,         // leitbild
	0x40,               // lend
	0x40,               // lended
	0x40,               // lending
	0x40,               // lends
	0x0,                // lens
	0x0,                // lenses
	0x80000000,         // les
	0x2000,             // less
	0x100000,           // levels
	0x8000,             // leverage
	0x8000,             // leverages
	0x8000,             // leveraging
	0x4000,             // liberate
	0x4000,             // liberated
	0x4000,             // liberateed
	0x4000,             // liberateing
	0x4000,             // liberates
	0x4000,             // liberating
	0x800,              // libraries
	0x80000000,         // library
	0x8000000000040,    // license
	0x40,               // licensed
	0x40,               // licenseed
	0x40,               // licenseing
	0x40,               // licenses
	0x40,               // licensing
	0x108,              // life
	0x200000000000,     // liftoff
	0x1000000000,       // light
	0x2000000000000,    // like
	0x2000000000000,    // liked
	0x2000000000000,    // likeed
	0x2000000000000,    // likeing
	0x800000000,        // likely
	0x2000000000000,    // likes
	0x2000000000000,    // liking
	0x0,                // list
	0x800,              // listeners
	0x4000,             // live
	0x4000,             // lived
	0x4000,             // liveed
	0x4000,             // liveing
	0x4108,             // lives
	0x4000,             // living
	0x1,                // llc
	0x80000000,         // lo
	0x40,               // lobbied
	0x40,               // lobbies
	0x40,               // lobby
	0x40,               // lobbyed
	0x40,               // lobbying
	0x40,               // lobbys
	0x400,              // local
	0x80000000,         // long
	0x0,                // long-sighted
	0x80000000,         // long-term
	0x40000000000000,   // lorem
	0x80000000,         // los
	0x2000000000,       // lost
	0x0,                // lots
	0x40002400,         // low
	0x2000,             // low-cost
	0x400,              // low-income
	0x4000,             // lower
	0x4000,             // lowered
	0x4000,             // lowering
	0x4000,             // lowerred
	0x4000,             // lowerring
	0x4000,             // lowers
	0x2000,             // lowest
	0x1,                // ltd
	0x200000000000,     // lunar
	0x40000000,         // machine
	0x2000000000,       // made
	0x40,               // maintain
	0x40000000040,      // maintained
	0x800,              // maintainers
	0x40,               // maintaining
	0x40,               // maintains
	0x20,               // maintenance
	0x800,              // makers
	0x800,              // managers
	0x100,              // mankind
	0x100,              // mankind's
	0x40,               // manufacture
	0x40,               // manufactured
	0x40,               // manufactureed
	0x40,               // manufactureing
	0x40,               // manufactures
	0x60,               // manufacturing
	0x0,                // many
	0x40,               // map
	0x40,               // maped
	0x40,               // maping
	0x40,               // mapped
	0x40,               // mapping
	0x40,               // maps
	0x400,              // marginalised
	0x400,              // marginalized
	0x400001000000800,  // market
	0x800,              // marketers
	0x40,               // match
	0x40,               // matched
	0x40,               // matches
	0x40,               // matching
	0x40,               // matchs
	0x800000000,        // may
	0x800000000,        // maybe
	0x1000000000,       // meal
	0x2000000000,       // meant
	0x40,               // measure
	0x40,               // measured
	0x40,               // measureed
	0x40,               // measureing
	0x40,               // measures
	0x40,               // measuring
	0x400,              // medium
	0x400,              // medium-sized
	0x4000,             // meet
	0x4000,             // meeted
	0x4000,             // meeting
	0x4000,             // meets
	0x800,              // member
	0x800,              // members
	0x800,              // men
	0x40,               // mentor
	0x40,               // mentored
	0x40,               // mentoring
	0x40,               // mentorred
	0x40,               // mentorring
	0x40,               // mentors
	0x800,              // merchants
	0x2000000000,       // met
	0x8000000000000,    // metrics
	0x0,                // microservices
	0x400,              // mid
	0x400,              // mid-sized
	0x800000000,        // might
	0x1000000000,       // miles
	0x8000000000000,    // milestone
	0x8000000000000,    // milestones
	0x800,              // millennials
	0x1000000000000000, // million
	0x1000000000000000, // millions
	0x8001000000000,    // minutes
	0x10200000,         // mision
	0x10200000,         // missao
	0x10200000,         // missie
	0x10000000,         // missieverklaring
	0x40000010208000,   // mission
	0x8000,             // mission-critical
	0x10200000,         // missione
	0x10000000,         // missions
	0x0,                // mobile
	0x40,               // mobilise
	0x40,               // mobilised
	0x40,               // mobiliseed
	0x40,               // mobiliseing
	0x40,               // mobilises
	0x40,               // mobilising
	0x40,               // mobilize
	0x40,               // mobilized
	0x40,               // mobilizeed
	0x40,               // mobilizeing
	0x40,               // mobilizes
	0x40,               // mobilizing
	0x100000,           // modalities
	0x0,                // mode
	0x0,                // model
	0x100000,           // models
	0x100000,           // modes
	0x20000000000,      // modified
	0x0,                // module
	0x100000,           // modules
	0x40,               // monitor
	0x40,               // monitored
	0x40,               // monitoring
	0x40,               // monitorred
	0x40,               // monitorring
	0x40,               // monitors
	0x40800002000,      // more
	0x1000000000,       // morning
	0x400000000000200,  // most
	0x800000000,        // mostly
	0x8000000000000,    // motivation
	0x8000,             // move
	0x20000000000,      // moved
	0x3,                // mr
	0x3,                // mrs
	0x3,                // ms
	0x3,                // mt
	0x40000000,         // multimodal
	0x800,              // municipalities
	0x80000000,         // museum
	0x800,              // musicians
	0x0,                // must
	0x10000080000000,   // my
	0x0,                // myopia
	0x420000000000,     // name
	0x400000000000,     // names
	0x1000000000000000, // nation
	0x1000000000000100, // nations
	0x2000000000000,    // need
	0x2000000000000,    // needed
	0x2000000000000,    // needing
	0x2000000000000,    // needs
	0x1000000400,       // neighborhood
	0x1000000400,       // neighbourhood
	0x80000040,         // network
	0x40,               // networked
	0x40,               // networking
	0x40,               // networks
	0x1000000000800000, // never
	0x80000400,         // new
	0x20000,            // news
	0x8000000008000,    // next
	0x8000,             // next-gen
	0x8000,             // next-generation
	0x1040000000,       // night
	0x3000000000880101, // no
	0x1000000000000100, // nobody
	0x8000000000c00,    // non
	0x8000000000000,    // non-goals
	0x400,              // non-profit
	0x800,              // non-profits
	0x800000000000,     // none
	0x400,              // nonprofit
	0x800,              // nonprofits
	0x400000000,        // north
	0x400000000,        // northstar
	0x10000080000000,   // nos
	0xc010000080000000, // nossa
	0x10000080000000,   // nossas
	0x10000080000000,   // nosso
	0x10000080000000,   // nossos
	0xc010000080000000, // nostra
	0x10000080000000,   // nostre
	0x10000080000000,   // nostri
	0x10000080000000,   // nostro
	0x88800000080000,   // not
	0x1020000000000,    // note
	0x1020000000000,    // notes
	0x800000000000,     // nothing
	0x1000000000000,    // notice
	0xc010000080000000, // notre
	0x4000000000000000, // nous
	0xc010000080000000, // nuestra
	0x10000080000000,   // nuestras
	0x10000080000000,   // nuestro
	0x10000080000000,   // nuestros
	0x2400000000000000, // number
	0x400000000000000,  // number-one
	0x0,                // numerous
	0x800,              // nurse
	0x800,              // nurses
	0x4000,             // nurture
	0x4000,             // nurtured
	0x4000,             // nurtureed
	0x4000,             // nurtureing
	0x4000,             // nurtures
	0x4000,             // nurturing
	0x100000000,        // nutshell
	0x80000000,         // o
	0x1000000,          // obiettivi
	0x1000000,          // objectifs
	0x8000000000000,    // objective
	0x8000001000000,    // objectives
	0x1000000,          // objetivos
	0x0,                // ocr
	0x200000000,        // of
	0x40,               // offer
	0x40,               // offered
	0x40,               // offering
	0x40,               // offerred
	0x40,               // offerring
	0x40,               // offers
	0x80000000,         // office
	0x8000000000000,    // okr
	0x8000000000000,    // okrs
	0x400,              // older
	0x8000,             // omnichannel
	0x40000002000,      // on
	0x2000000100808000, // one
	0x100000000,        // one-liner
	0x8000,             // one-stop
	0x8000,             // one-stop-shop
	0x400,              // online
	0x80000,            // only
	0x10000080000000,   // ons
	0xc010000080000000, // onze
	0x8000000000c40,    // open
	0xc40,              // open-source
	0x40,               // open-sourced
	0x40,               // open-sourceed
	0x40,               // open-sourceing
	0x40,               // open-sources
	0x40,               // open-sourcing
	0x40,               // operate
	0x40,               // operated
	0x40,               // operateed
	0x40,               // operateing
	0x40,               // operates
	0x40,               // operating
	0x800,              // operators
	0x0,                // ophthalmologist
	0x0,                // ophthalmologists
	0x200c,             // opportunities
	0x200c,             // opportunity
	0x0,                // optician
	0x0,                // opticians
	0x8000,             // optimise
	0x4,                // optimization
	0x8000,             // optimize
	0x100000,           // options
	0x0,                // optometrist
	0x0,                // optometrists
	0x0,                // or
	0x200000000000,     // orbit
	0x200000000000,     // orbital
	0x200000000000,     // orbiter
	0x200000000000,     // orbits
	0x80000100,         // organisation
	0x80000000,         // organisational
	0x100,              // organisations
	0x40,               // organise
	0x40,               // organised
	0x40,               // organiseed
	0x40,               // organiseing
	0x40,               // organises
	0x40,               // organising
	0x80000100,         // organization
	0x80000000,         // organizational
	0x100,              // organizations
	0x40,               // organize
	0x40,               // organized
	0x40,               // organizeed
	0x40,               // organizeing
	0x40,               // organizes
	0x40,               // organizing
	0x80000000,         // os
	0x8010000490000000, // our
	0x8000000000000,    // out
	0x0,                // outline
	0x80000000000,      // outlines
	0x0,                // outstanding
	0x80000000,         // overall
	0x4000,             // overcome
	0x4000,             // overcomed
	0x4000,             // overcomeed
	0x4000,             // overcomeing
	0x4000,             // overcomes
	0x4000,             // overcoming
	0x100000000,        // overview
	0x40,               // own
	0x40,               // owned
	0x20000000000,      // owner
	0x20000000000,      // owners
	0x40,               // owning
	0x40,               // owns
	0x2000000000,       // paid
	0x200000000,        // para
	0x8000,             // paradigm
	0x800,              // parent
	0x800,              // parents
	0x0,                // parked
	0x2000004000000000, // part
	0x40,               // partner
	0x40,               // partnered
	0x40,               // partnering
	0x40,               // partnerred
	0x40,               // partnerring
	0x40,               // partners
	0x80000000,         // partnership
	0x8000,             // passionate
	0x80000,            // patented
	0x800,              // patient
	0x800,              // patients
	0x800,              // patients'
	0x200000000000,     // payload
	0x200000000000,     // payloads
	0x2000,             // peace
	0x100,              // people
	0x200000000,        // per
	0x2000,             // perfect
	0x4,                // performance
	0x800000000,        // perhaps
	0x40000000,         // peripheral
	0x100,              // person
	0x8000000000000,    // personas
	0x100,              // persons
	0x2000000000000,    // persuade
	0x2000000000000,    // persuaded
	0x2000000000000,    // persuadeed
	0x2000000000000,    // persuadeing
	0x2000000000000,    // persuades
	0x2000000000000,    // persuading
	0x800,              // pet
	0x800,              // pharmacies
	0x800,              // pharmacist
	0x800,              // pharmacists
	0x1000000000,       // phone
	0x0,                // photo
	0x800,              // photographers
	0x0,                // photos
	0x800,              // physicians
	0x8000000,          // picture
	0x400000000000,     // piece
	0x400000000000,     // pieces
	0x0,                // pipeline
	0x0,                // pixel
	0x0,                // pixels
	0x40000000000000,   // placeholder
	0x20000000000000,   // placement
	0x8000800000000,    // plan
	0x1000000000000000, // planet
	0x8000000000000,    // plans
	0x40,               // plant
	0x40,               // planted
	0x40,               // planting
	0x40,               // plants
	0x80000000,         // platform
	0x20000000000000,   // player
	0x800,              // players
	0x0,                // plugin
	0x100000,           // plugins
	0x40,               // pool
	0x40,               // pooled
	0x40,               // pooling
	0x40,               // pools
	0x0,                // portal
	0x20000000000000,   // position
	0x800000000,        // possibly
	0x20000000000000,   // post
	0x0,                // postponed
	0x2004,             // potential
	0x800000000,        // potentially
	0x200000000,        // pour
	0x10000000000,      // powered
	0x800,              // practitioners
	0x400000000000000,  // pre
	0x400000000000000,  // pre-eminent
	0x400000000000000,  // preeminent
	0x2000000000000,    // prefer
	0x2000000000000,    // prefered
	0x2000000000000,    // prefering
	0x402000000000000,  // preferred
	0x2000000000000,    // preferring
	0x2000000000000,    // prefers
	0x400000000008000,  // premier
	0x4000,             // prevent
	0x4000,             // prevented
	0x4000,             // preventing
	0x4000,             // prevents
	0x8000000000000,    // pricing
	0x1000000,          // principes
	0x1000000,          // principi
	0x1000000,          // principios
	0x1000000,          // principles
	0x1000000,          // prinzipien
	0x8000000000000,    // priorities
	0x20000000000,      // priority
	0x400000000000,     // prize
	0x400000000000,     // prizes
	0x20200000000000,   // probe
	0x8000000000000,    // problem
	0x40,               // produce
	0x40,               // produced
	0x40,               // produceed
	0x40,               // produceing
	0x40,               // produces
	0x40,               // producing
	0x40420080000800,   // product
	0x2000,             // productive
	0x4,                // productivity
	0x400000000000,     // products
	0x3,                // prof
	0x400,              // professional
	0x800,              // professionals
	0x80000040,         // program
	0x40,               // programed
	0x40,               // programing
	0x80000000,         // programme
	0x40,               // programmed
	0x800,              // programmers
	0x40,               // programming
	0x40,               // programs
	0x80000000,         // project
	0x10,               // promote
	0x10,               // promoted
	0x10,               // promoteed
	0x10,               // promoteing
	0x10,               // promotes
	0x10,               // promoting
	0x80000000,         // proposed
	0x8010000000,       // proposito
	0x80000,            // proprietary
	0x4000,             // prosper
	0x4000,             // prospered
	0x4000,             // prospering
	0x2000,             // prosperity
	0x4000,             // prosperred
	0x4000,             // prosperring
	0x4000,             // prospers
	0x4000,             // protect
	0x4000,             // protected
	0x4000,             // protecting
	0x4000,             // protects
	0x40,               // provide
	0x40,               // provided
	0x40,               // provideed
	0x40,               // provideing
	0x40,               // provides
	0x40,               // providing
	0x20,               // provision
	0x20,               // provisioning
	0x500,              // public
	0x400,              // public-sector
	0x40,               // publish
	0x40,               // published
	0x800,              // publishers
	0x40,               // publishes
	0x60,               // publishing
	0x40,               // publishs
	0x100000000000000,  // purchase
	0x100000000000000,  // purchased
	0x100000000000000,  // purchaseed
	0x100000000000000,  // purchaseing
	0x100000000000000,  // purchases
	0x100000000000000,  // purchasing
	0x40008010000000,   // purpose
	0x4000000000,       // pursue
	0x4000000000,       // pursues
	0x4000000000,       // pursuing
	0x4000000000,       // pursuit
	0x2000000000,       // put
	0x2004,             // quality
	0x100000,           // quests
	0x800000000,        // quite
	0x8010000000,       // raison
	0x800080000,        // rather
	0x80,               // ratified
	0x200000000000,     // re
	0x200000000000,     // re-entry
	0x4000,             // reach
	0x4000,             // reached
	0x4000,             // reaches
	0x4000,             // reaching
	0x4000,             // reachs
	0x42000000000,      // read
	0x800,              // readers
	0x0,                // real
	0x0,                // real-time
	0x4000,             // realise
	0x4000,             // realised
	0x4000,             // realiseed
	0x4000,             // realiseing
	0x4000,             // realises
	0x4000,             // realising
	0x4000,             // realize
	0x4000,             // realized
	0x4000,             // realizeed
	0x4000,             // realizeing
	0x4000,             // realizes
	0x4000,             // realizing
	0x0,                // really
	0x8010000000,       // reason
	0x4000,             // rebuild
	0x4000,             // rebuilded
	0x4000,             // rebuilding
	0x4000,             // rebuilds
	0x0,                // recognition
	0x200000000000,     // reconnaissance
	0x4000,             // recover
	0x4000,             // recovered
	0x4000,             // recovering
	0x4000,             // recoverred
	0x4000,             // recoverring
	0x4000,             // recovers
	0x40,               // recruit
	0x40,               // recruited
	0x40,               // recruiting
	0x40,               // recruits
	0x40,               // recycle
	0x40,               // recycled
	0x40,               // recycleed
	0x40,               // recycleing
	0x40,               // recycles
	0x40,               // recycling
	0x4000,             // reduce
	0x4000,             // reduced
	0x4000,             // reduceed
	0x4000,             // reduceing
	0x4000,             // reduces
	0x4000,             // reducing
	0x200000000000,     // reentry
	0x8000000000000,    // references
	0x80000000,         // refreshed
	0x400,              // regional
	0x800000000,        // relatively
	0x8000000120000,    // release
	0x8000000020000,    // releases
	0x4000,             // relieve
	0x4000,             // relieved
	0x4000,             // relieveed
	0x4000,             // relieveing
	0x4000,             // relieves
	0x4000,             // relieving
	0x400,              // remote
	0x4000,             // remove
	0x4000,             // removed
	0x4000,             // removeed
	0x4000,             // removeing
	0x4000,             // removes
	0x4000,             // removing
	0x80000000,         // renewed
	0x0,                // renowned
	0x800,              // renters
	0x40,               // repair
	0x40,               // repaired
	0x40,               // repairing
	0x40,               // repairs
	0x0,                // replace
	0x80000,            // replacing
	0x2000000000000,    // require
	0x2000000000000,    // required
	0x2000000000000,    // requireed
	0x2000000000000,    // requireing
	0x8000000100000,    // requirements
	0x2000000000000,    // requires
	0x2000000000000,    // requiring
	0x40,               // rescue
	0x40,               // rescued
	0x40,               // rescueed
	0x40,               // rescueing
	0x40,               // rescues
	0x40,               // rescuing
	0x420,              // research
	0x800,              // researcher
	0x800,              // researchers
	0x800,              // residents
	0x20000000000,      // resolved
	0x800,              // restaurants
	0x4040,             // restore
	0x4040,             // restored
	0x4040,             // restoreed
	0x4040,             // restoreing
	0x4040,             // restores
	0x4040,             // restoring
	0x8,                // results
	0x400,              // retail
	0x800,              // retailers
	0x0,                // retina
	0x800,              // retirees
	0x40,               // review
	0x20000000040,      // reviewed
	0x20000000000,      // reviewers
	0x40,               // reviewing
	0x40,               // reviews
	0x80000000,         // revised
	0x8000,             // revolutionary
	0x8010,             // revolutionise
	0x10,               // revolutionised
	0x10,               // revolutioniseed
	0x10,               // revolutioniseing
	0x10,               // revolutionises
	0x10,               // revolutionising
	0x8010,             // revolutionize
	0x10,               // revolutionized
	0x10,               // revolutionizeed
	0x10,               // revolutionizeing
	0x10,               // revolutionizes
	0x10,               // revolutionizing
	0x2000,             // richer
	0x2000000000,       // ridden
	0x800,              // riders
	0x2000,             // rights
	0x2000000000,       // risen
	0x8000000000000,    // risks
	0x1000000000,       // river
	0x8000000000000,    // roadmap
	0x40000000,         // robot
	0x40000000,         // robotic
	0x8000,             // robust
	0x200000000000,     // rocket
	0x200000000000,     // rockets
	0x20000000000000,   // role
	0x1000000000,       // roof
	0x800,              // rotarians
	0x400000000000,     // round
	0x400000000000,     // rounds
	0x20200000000000,   // rover
	0x2000000040,       // run
	0x40,               // runed
	0x40,               // runing
	0x40,               // runned
	0x800,              // runners
	0x40,               // running
	0x40,               // runs
	0x400,              // rural
	0x400,              // saas
	0x2000,             // safe
	0x4000,             // safeguard
	0x4000,             // safeguarded
	0x4000,             // safeguarding
	0x4000,             // safeguards
	0x2000,             // safer
	0x2000,             // safety
	0x2000000000,       // said
	0x800,              // sales
	0x2000000,          // sample
	0x2000000,          // samples
	0x20200000000000,   // satellite
	0x200000000000,     // satellites
	0x4000,             // save
	0x4000,             // saved
	0x4000,             // saveed
	0x4000,             // saveing
	0x4000,             // saves
	0x4000,             // saving
	0x8000,             // scalable
	0x8000000000000,    // schedule
	0x800,              // scholars
	0x1080000000,       // school
	0x800,              // schools
	0x800,              // scientist
	0x800,              // scientists
	0x8000000000000,    // scope
	0x1000000000,       // screen
	0x0,                // screenshot
	0x0,                // screenshots
	0x0,                // sdk
	0x8000,             // seamless
	0x8000,             // seamlessly
	0x20000000000,      // seconded
	0x4000,             // secure
	0x4000,             // secured
	0x4000,             // secureed
	0x4000,             // secureing
	0x4000,             // secures
	0x4000,             // securing
	0x60000000000,      // see
	0x800000010,        // seek
	0x10,               // seeked
	0x10,               // seeking
	0x800000010,        // seeks
	0x2000000000,       // seen
	0x0,                // segmentation
	0x40,               // sell
	0x40,               // selled
	0x800,              // sellers
	0x40,               // selling
	0x40,               // sells
	0x400,              // senior
	0x800,              // seniors
	0x0,                // sensor
	0x0,                // sensors
	0x2000000000,       // sent
	0x40000,            // sentence
	0x10,               // serve
	0x10,               // served
	0x10,               // serveed
	0x10,               // serveing
	0x4000000010,       // serves
	0x4000080000000,    // service
	0x10,               // serving
	0x2000000000,       // set
	0x80000000000,      // sets
	0x100000,           // settings
	0x100000,           // setup
	0x0,                // several
	0x2000000000,       // shaken
	0x800000,           // shall
	0x10,               // shape
	0x10,               // shaped
	0x10,               // shapeed
	0x10,               // shapeing
	0x10,               // shapes
	0x10,               // shaping
	0x80000000,         // shared
	0x40,               // ship
	0x40,               // shiped
	0x40,               // shiping
	0x40,               // shipped
	0x40,               // shipping
	0x40,               // ships
	0x1000000000,       // shop
	0x800,              // shopkeepers
	0x800,              // shoppers
	0x100000000,        // short
	0x0,                // short-sighted
	0x100000000000,     // should
	0x2000000000,       // shown
	0x0,                // sight
	0x0,                // significantly
	0x2000,             // simpler
	0x4000,             // simplified
	0x4000,             // simplifies
	0x4000,             // simplify
	0x4000,             // simplifyed
	0x4000,             // simplifying
	0x4000,             // simplifys
	0x4000000000000,    // situation
	0xc00,              // small
	0x2000,             // smarter
	0x800,              // smbs
	0x1000000000,       // smile
	0x200000000000000,  // so
	0x80000100,         // society
	0xc00,              // software
	0x2000000000,       // sold
	0x8000,             // solution
	0x8004,             // solutions
	0x4000,             // solve
	0x4000,             // solved
	0x4000,             // solveed
	0x4000,             // solveing
	0x4000,             // solves
	0x4000,             // solving
	0x800000,           // some
	0x800000,           // someday
	0x800000000,        // somewhat
	0x800000000,        // sort
	0x200000000000,     // sortie
	0x100020000000040,  // source
	0x100000000000040,  // sourced
	0x100000000000040,  // sourceed
	0x100000000000040,  // sourceing
	0x100000000000040,  // sources
	0x100000000000040,  // sourcing
	0x20200000000000,   // spacecraft
	0x200000000000,     // spaceflight
	0x800,              // specialists
	0x0,                // specify
	0x0,                // spectacles
	0x2000000000,       // spent
	0x200000000000,     // splashdown
	0x2000000000,       // spoken
	0x200000000000,     // squadron
	0x0,                // squint
	0x1,                // sr
	0x3,                // st
	0x4,                // stakeholder
	0x20000000104,      // stakeholders
	0x1000000000,       // stall
	0x800,              // stallholders
	0x80000800,         // startup
	0x800,              // startups
	0x8000,             // state
	0x8000,             // state-of-the-art
	0x80000000,         // stated
	0x40000101040000,   // statement
	0x1000000,          // statements
	0x8020000000000,    // status
	0x4000,             // stay
	0x4000,             // stayed
	0x4000,             // staying
	0x4000,             // stays
	0x8000000000000,    // steps
	0x40000000,         // stereo
	0x0,                // still
	0x2000000000,       // stolen
	0x1000000,          // strategia
	0x80000000,         // strategic
	0x1000000,          // strategie
	0x1000000,          // strategies
	0x1000000,          // strategy
	0x8000,             // streamline
	0x1000000000,       // street
	0x4010,             // strengthen
	0x4010,             // strengthened
	0x4010,             // strengthening
	0x4010,             // strengthenned
	0x4010,             // strengthenning
	0x4010,             // strengthens
	0x808000010,        // strive
	0x10,               // strived
	0x10,               // striveed
	0x10,               // striveing
	0x800000010,        // strives
	0x8000010,          // striving
	0x2000,             // stronger
	0xc00,              // student
	0x800,              // students
	0x80000000,         // studio
	0x800,              // subscribers
	0x0,                // substantially
	0x4000,             // succeed
	0x4000,             // succeeded
	0x4000,             // succeeding
	0x4000,             // succeeds
	0x800000000200c,    // success
	0x2000,             // suffering
	0x0,                // summarise
	0x80000000000,      // summarises
	0x0,                // summarize
	0x80000000000,      // summarizes
	0x100040000,        // summary
	0x0,                // superior
	0x4000000810,       // support
	0x100010,           // supported
	0x4000000010,       // supporting
	0x4000000010,       // supports
	0x4,                // sustainability
	0x40,               // synchronise
	0x40,               // synchronised
	0x40,               // synchroniseed
	0x40,               // synchroniseing
	0x40,               // synchronises
	0x40,               // synchronising
	0x40,               // synchronize
	0x40,               // synchronized
	0x40,               // synchronizeed
	0x40,               // synchronizeing
	0x40,               // synchronizes
	0x40,               // synchronizing
	0x8000,             // synergies
	0x8000,             // synergistic
	0x8004,             // synergy
	0x100000000,        // synopsis
	0x800,              // sysadmins
	0x0,                // system
	0x0,                // systems
	0x1000000000,       // table
	0x4000,             // tackle
	0x4000,             // tackled
	0x4000,             // tackleed
	0x4000,             // tackleing
	0x4000,             // tackles
	0x4000,             // tackling
	0x20000000000,      // tags
	0x2000000000,       // taken
	0x8000000000000,    // target
	0x8000000000000,    // targets
	0x8000000000000,    // tasks
	0x2000000000,       // taught
	0x40000000000000,   // tba
	0x40000000000000,   // tbc
	0x40000000000000,   // tbd
	0x40,               // teach
	0x40,               // teached
	0x800,              // teacher
	0x800,              // teachers
	0x40,               // teaches
	0x40,               // teaching
	0x40,               // teachs
	0x8000080000000,    // team
	0x800,              // teams
	0x400,              // tech
	0x80000400,         // technical
	0x800,              // teenagers
	0x800,              // teens
	0x200000000000,     // telemetry
	0x200000000000,     // telescope
	0x40000000,         // television
	0x2000000000000,    // tell
	0x2000000000000,    // telled
	0x2000000000000,    // telling
	0x2000000000000,    // tells
	0x4000000000000000, // tem
	0x2000000,          // template
	0x2000000,          // templates
	0x800,              // tenants
	0x4000000000000000, // tenemos
	0x1000000,          // tenets
	0x100000,           // terminology
	0x40,               // test
	0x40,               // tested
	0x800,              // testers
	0x40,               // testing
	0x40,               // tests
	0x40000000000000,   // text
	0x80000,            // than
	0x10000000000,      // thanks
	0x200000000000000,  // that
	0x2000040180882108, // the
	0x10000000000000,   // their
	0x0,                // them
	0x400000000000,     // theme
	0x400000000000,     // themes
	0x0,                // then
	0x40000000,         // thermal
	0x0,                // these
	0x0,                // they
	0x40000000000,      // this
	0x0,                // those
	0x2000008000,       // thought
	0x4000,             // thrive
	0x4000,             // thrived
	0x4000,             // thriveed
	0x4000,             // thriveing
	0x4000,             // thrives
	0x4000,             // thriving
	0x10000000000,      // through
	0x2000000000,       // thrown
	0x4000000000000000, // tiene
	0x8000000000000,    // timeline
	0x1020000000000,    // tip
	0x1020002000000,    // tips
	0x400000000000,     // title
	0x400000000000,     // titles
	0x20100000000,      // tl;dr
	0x20100000000,      // tldr
	0x2c8000800000000,  // to
	0x8000000000000,    // to-do
	0x48000000000000,   // todo
	0x0,                // tokens
	0x2000000000,       // told
	0x800008,           // tomorrow
	0x0,                // tool
	0x100000,           // tools
	0x400000000008200,  // top
	0x8000,             // top-notch
	0x400000000000000,  // top-ranked
	0x400000000000000,  // top-rated
	0x2000000000,       // torn
	0x800,              // tourists
	0x4000000000,       // toward
	0x4000000000,       // towards
	0x1000000000,       // town
	0x40,               // track
	0x40,               // tracked
	0x40,               // tracking
	0x40,               // tracks
	0x800,              // trader
	0x800,              // traders
	0x1000000000,       // trail
	0x1000000040,       // train
	0x40,               // trained
	0x60,               // training
	0x40,               // trains
	0x200000000000,     // trajectory
	0x10,               // transform
	0x4,                // transformation
	0x8000,             // transformative
	0x10,               // transformed
	0x0,                // transformer
	0x0,                // transformers
	0x10,               // transforming
	0x10,               // transforms
	0x40,               // translate
	0x40,               // translated
	0x40,               // translateed
	0x40,               // translateing
	0x40,               // translates
	0x40,               // translating
	0x800,              // travelers
	0x800,              // travellers
	0x4000,             // treat
	0x4000,             // treated
	0x4000,             // treating
	0x4000,             // treats
	0x800000000,        // tries
	0x100000,           // troubleshooting
	0x80000000,         // true
	0x0,                // truly
	0x80000000,         // trust
	0x2000,             // trustworthy
	0x800000000,        // try
	0x40000000,         // tunnel
	0x8000,             // turnkey
	0x40000000,         // tv
	0x420000000000,     // type
	0x400000000000,     // types
	0x800000,           // ultimately
	0x1000000,          // und
	0x80000000000000,   // under
	0x400,              // underserved
	0x4000,             // understand
	0x4000,             // understanded
	0x2006000,          // understanding
	0x4000,             // understands
	0x2000000000,       // understood
	0x40,               // undertake
	0x40,               // undertaked
	0x40,               // undertakeed
	0x40,               // undertakeing
	0x40,               // undertakes
	0x40,               // undertaking
	0x40,               // unified
	0x40,               // unifies
	0x40,               // unify
	0x40,               // unifyed
	0x40,               // unifying
	0x40,               // unifys
	0x80000000,         // union
	0x0,                // unique
	0x80000,            // uniquely
	0x80000000,         // unit
	0x1,                // univ
	0x800,              // universities
	0x80000,            // unlike
	0x4000,             // unlock
	0x4000,             // unlocked
	0x4000,             // unlocking
	0x4000,             // unlocks
	0x8000,             // unmatched
	0x8000,             // unparalleled
	0x8000,             // unrivaled
	0x8000,             // unrivalled
	0x4010000080000000, // unser
	0xc010000080000000, // unsere
	0x10000080000000,   // unserer
	0x20080000000,      // updated
	0x0,                // upload
	0x0,                // uploads
	0x400,              // urban
	0x0,                // us
	0x2000,             // usable
	0x8000000100000,    // usage
	0xa000000000000,    // use
	0x2000000000000,    // used
	0x2000000000000,    // useed
	0x2000,             // useful
	0x2000000000000,    // useing
	0x8000000008100,    // user
	0x8000,             // user-centric
	0x100,              // users
	0x2000000000000,    // uses
	0x2010000000000,    // using
	0x0,                // utilise
	0x0,                // utilize
	0x0,                // utilizes
	0x0,                // utilizing
	0x20000000000000,   // vacancy
	0x1000000,          // valeurs
	0x1000000,          // valores
	0x1000000,          // valori
	0x100800c,          // value
	0x8000,             // value-added
	0x1000000,          // values
	0x200000000,        // van
	0x0,                // various
	0x800,              // vendor
	0x800,              // vendors
	0x20000000000,      // version
	0x80000,            // versus
	0x0,                // very
	0x800,              // veterans
	0x10000000000,      // via
	0x2000,             // viable
	0x0,                // video
	0x800,              // viewers
	0x1000000000,       // village
	0x400400000,        // visao
	0x400400000,        // visie
	0x40000400400000,   // vision
	0x8000,             // visionary
	0x400400000,        // visione
	0x400000000,        // visions
	0x3,                // viz
	0x800,              // volunteers
	0x200000000,        // von
	0x200000000,        // voor
	0x80003,            // vs
	0x400,              // vulnerable
	0x1000000,          // waarden
	0x80000000000,      // walks
	0x2000808000000,    // want
	0x2000000000000,    // wanted
	0x2000000000000,    // wanting
	0x2000000000000,    // wants
	0x1020000000000,    // warning
	0x1000,             // was
	0x1000000000,       // water
	0x8,                // way
	0x200000000000,     // waypoint
	0x8,                // ways
	0x10801800000,      // we
	0x0,                // wearable
	0x0,                // wearables
	0x0,                // webcam
	0x0,                // website
	0x800040000000000,  // welcome
	0x400000000,        // weledigaeth
	0x2000,             // well
	0x2000,             // well-being
	0x2000,             // wellbeing
	0x1000,             // were
	0x1000000,          // werte
	0x3000000,          // what
	0x22100000,         // what's
	0x802000000,        // when
	0x800000000,        // whenever
	0x802800000,        // where
	0x80000,            // whereas
	0x200000000000000,  // which
	0x2000000,          // who
	0x0,                // whom
	0x10000000000000,   // whose
	0x8012000000,       // why
	0x0,                // widget
	0x80000000800000,   // will
	0xc000,             // win
	0x8000,             // win-win
	0x4000,             // wined
	0x4000,             // wining
	0x4000,             // winned
	0x4000,             // winning
	0x4000,             // wins
	0x1000000000,       // winter
	0x800000000,        // wish
	0x10000000000,      // with
	0x80000,            // without
	0x800,              // women
	0x2000000000,       // won
	0x80010009000000,   // work
	0x800,              // workers
	0x10008000400,      // working
	0x10000000000,      // works
	0x1000000004008008, // world
	0x3000000000008000, // world's
	0x8000,             // world-class
	0x0,                // world-renowned
	0x1000000000000000, // worldwide
	0x2000000000,       // worn
	0x800000000,        // would
	0x2000000000,       // woven
	0x2000040,          // write
	0x40,               // writed
	0x40,               // writeed
	0x40,               // writeing
	0x800,              // writers
	0x40,               // writes
	0x2000040,          // writing
	0x42000000000,      // written
	0x40000000,         // x
	0x40000000,         // x-ray
	0x40000000000000,   // xxx
	0x1000000,          // y
	0x0,                // yet
	0x100,              // you
	0xc00,              // young
	0x40000000000000,   // your
	0x800,              // youth
	0x1000000,          // ziele
}

// tableStarts[i] is where tableWords[i]'s phrases start in tablePhrases.
var tableStarts = [...]uint16{
	0,
	2,
	3,
	4,
	5,
	24,
	25,
	26,
	27,
	28,
	29,
	30,
	31,
	33,
	35,
	37,
	39,
	41,
	43,
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
	66,
	67,
	68,
	69,
	71,
	72,
	73,
	75,
	77,
	79,
	81,
	84,
	87,
	88,
	89,
	90,
	91,
	92,
	93,
	94,
	95,
	96,
	97,
	98,
	99,
	101,
	102,
	103,
	106,
	110,
	111,
	112,
	117,
	118,
	119,
	123,
	124,
	125,
	126,
	127,
	130,
	131,
	132,
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
	147,
	148,
	149,
	151,
	152,
	153,
	154,
	155,
	156,
	157,
	158,
	159,
	160,
	161,
	162,
	163,
	164,
	166,
	168,
	169,
	170,
	173,
	175,
	176,
	177,
	178,
	179,
	180,
	181,
	184,
	185,
	187,
	188,
	189,
	190,
	191,
	192,
	193,
	194,
	195,
	198,
	199,
	200,
	201,
	202,
	208,
	209,
	210,
	211,
	212,
	213,
	214,
	215,
	217,
	218,
	222,
	223,
	224,
	225,
	226,
	227,
	228,
	229,
	230,
	231,
	232,
	233,
	234,
	236,
	237,
	239,
	240,
	241,
	242,
	243,
	244,
	245,
	246,
	247,
	248,
	249,
	250,
	251,
	252,
	253,
	255,
	256,
	257,
	258,
	259,
	260,
	261,
	264,
	265,
	266,
	268,
	269,
	270,
	271,
	273,
	275,
	277,
	278,
	280,
	281,
	288,
	289,
	290,
	291,
	292,
	293,
	294,
	296,
	297,
	298,
	300,
	301,
	302,
	303,
	309,
	310,
	311,
	312,
	313,
	314,
	316,
	317,
	318,
	319,
	320,
	321,
	322,
	323,
	324,
	326,
	327,
	329,
	331,
	332,
	333,
	334,
	335,
	336,
	337,
	338,
	339,
	340,
	341,
	342,
	343,
	344,
	345,
	346,
	347,
	348,
	349,
	350,
	352,
	353,
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
	366,
	367,
	368,
	369,
	370,
	371,
	372,
	373,
	374,
	377,
	379,
	380,
	381,
	382,
	383,
	384,
	385,
	386,
	387,
	390,
	392,
	393,
	394,
	395,
	396,
	397,
	398,
	399,
	400,
	401,
	402,
	403,
	404,
	405,
	406,
	407,
	408,
	409,
	410,
	411,
	412,
	413,
	415,
	417,
	418,
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
	435,
	437,
	438,
	439,
	440,
	441,
	444,
	445,
	446,
	447,
	450,
	453,
	454,
	455,
	456,
	457,
	459,
	460,
	461,
	462,
	464,
	466,
	467,
	468,
	469,
	470,
	471,
	472,
	473,
	474,
	475,
	476,
	477,
	478,
	479,
	480,
	481,
	482,
	483,
	484,
	485,
	486,
	487,
	489,
	490,
	491,
	492,
	493,
	494,
	495,
	496,
	497,
	498,
	499,
	500,
	501,
	502,
	503,
	504,
	505,
	506,
	507,
	508,
	509,
	510,
	511,
	512,
	513,
	514,
	515,
	516,
	517,
	518,
	519,
	520,
	521,
	522,
	524,
	525,
	526,
	527,
	528,
	529,
	530,
	531,
	533,
	535,
	536,
	537,
	539,
	542,
	544,
	546,
	547,
	548,
	549,
	550,
	551,
	552,
	553,
	555,
	556,
	557,
	559,
	561,
	563,
	565,
	567,
	569,
	570,
	571,
	572,
	574,
	575,
	576,
	577,
	578,
	579,
	580,
	581,
	582,
	583,
	584,
	585,
	586,
	588,
	589,
	590,
	592,
	593,
	594,
	595,
	596,
	597,
	598,
	599,
	600,
	604,
	607,
	609,
	611,
	613,
	617,
	618,
	619,
	620,
	621,
	622,
	623,
	624,
	625,
	626,
	627,
	628,
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
	646,
	647,
	648,
	649,
	650,
	651,
	652,
	653,
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
	672,
	673,
	674,
	675,
	676,
	677,
	678,
	679,
	680,
	681,
	682,
	683,
	684,
	686,
	687,
	688,
	690,
	691,
	692,
	693,
	694,
	695,
	696,
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
	732,
	733,
	734,
	735,
	736,
	737,
	738,
	739,
	740,
	741,
	742,
	743,
	744,
	746,
	747,
	748,
	749,
	750,
	751,
	752,
	753,
	754,
	755,
	756,
	757,
	758,
	759,
	760,
	761,
	762,
	763,
	764,
	765,
	767,
	768,
	769,
	770,
	771,
	772,
	773,
	774,
	775,
	776,
	777,
	778,
	779,
	780,
	781,
	782,
	783,
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
	804,
	805,
	806,
	808,
	811,
	812,
	813,
	816,
	817,
	818,
	819,
	820,
	821,
	822,
	823,
	824,
	825,
	826,
	828,
	829,
	831,
	832,
	833,
	834,
	835,
	836,
	837,
	838,
	839,
	840,
	841,
	842,
	843,
	844,
	845,
	846,
	848,
	850,
	852,
	854,
	856,
	858,
	859,
	860,
	861,
	862,
	863,
	864,
	865,
	866,
	867,
	868,
	869,
	870,
	871,
	872,
	873,
	874,
	875,
	876,
	878,
	881,
	883,
	885,
	887,
	889,
	891,
	894,
	896,
	899,
	901,
	903,
	905,
	907,
	908,
	910,
	912,
	914,
	916,
	918,
	920,
	922,
	923,
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
	937,
	938,
	941,
	943,
	945,
	947,
	950,
	953,
	954,
	955,
	956,
	957,
	958,
	959,
	960,
	961,
	962,
	963,
	964,
	965,
	966,
	967,
	968,
	969,
	970,
	972,
	973,
	974,
	976,
	978,
	979,
	980,
	981,
	982,
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
	994,
	995,
	996,
	997,
	998,
	1000,
	1002,
	1004,
	1005,
	1006,
	1009,
	1010,
	1011,
	1012,
	1013,
	1014,
	1015,
	1016,
	1017,
	1018,
	1019,
	1020,
	1021,
	1022,
	1023,
	1024,
	1025,
	1026,
	1027,
	1028,
	1029,
	1030,
	1031,
	1032,
	1033,
	1034,
	1035,
	1036,
	1037,
	1038,
	1039,
	1040,
	1042,
	1045,
	1046,
	1047,
	1048,
	1049,
	1050,
	1051,
	1052,
	1053,
	1058,
	1062,
	1064,
	1066,
	1068,
	1070,
	1071,
	1073,
	1074,
	1075,
	1076,
	1077,
	1078,
	1079,
	1080,
	1081,
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
	1093,
	1100,
	1101,
	1102,
	1103,
	1104,
	1105,
	1106,
	1107,
	1108,
	1109,
	1110,
	1111,
	1113,
	1121,
	1122,
	1123,
	1124,
	1125,
	1126,
	1127,
	1128,
	1129,
	1130,
	1131,
	1133,
	1134,
	1136,
	1137,
	1138,
	1140,
	1141,
	1142,
	1143,
	1145,
	1146,
	1147,
	1148,
	1149,
	1150,
	1151,
	1152,
	1153,
	1154,
	1157,
	1158,
	1159,
	1160,
	1161,
	1162,
	1164,
	1165,
	1166,
	1168,
	1170,
	1172,
	1174,
	1176,
	1177,
	1178,
	1179,
	1180,
	1181,
	1182,
	1183,
	1184,
	1185,
	1186,
	1194,
	1195,
	1198,
	1199,
	1200,
	1201,
	1202,
	1203,
	1204,
	1205,
	1206,
	1207,
	1208,
	1209,
	1210,
	1211,
	1213,
	1214,
	1215,
	1216,
	1217,
	1218,
	1220,
	1221,
	1222,
	1223,
	1224,
	1225,
	1227,
	1228,
	1229,
	1230,
	1233,
	1234,
	1235,
	1237,
	1239,
	1240,
	1243,
	1244,
	1245,
	1246,
	1249,
	1250,
	1251,
	1252,
	1253,
	1254,
	1255,
	1256,
	1257,
	1258,
	1259,
	1260,
	1261,
	1262,
	1263,
	1264,
	1265,
	1267,
	1268,
	1269,
	1270,
	1271,
	1272,
	1274,
	1275,
	1276,
	1277,
	1279,
	1281,
	1282,
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
	1294,
	1295,
	1298,
	1301,
	1304,
	1307,
	1308,
	1310,
	1311,
	1312,
	1313,
	1314,
	1315,
	1316,
	1317,
	1318,
	1319,
	1320,
	1321,
	1322,
	1323,
	1324,
	1326,
	1327,
	1328,
	1331,
	1332,
	1336,
	1337,
	1338,
	1339,
	1340,
	1341,
	1342,
	1343,
	1344,
	1346,
	1348,
	1350,
	1351,
	1352,
	1354,
	1356,
	1358,
	1367,
	1368,
	1370,
	1372,
	1373,
	1374,
	1375,
	1376,
	1377,
	1379,
	1380,
	1381,
	1385,
	1386,
	1387,
	1388,
	1390,
	1392,
	1393,
	1394,
	1395,
	1397,
	1399,
	1401,
	1403,
	1405,
	1407,
	1432,
	1433,
	1435,
	1436,
	1437,
	1438,
	1439,
	1440,
	1441,
	1442,
	1443,
	1444,
	1445,
	1446,
	1447,
	1448,
	1449,
	1450,
	1451,
	1452,
	1453,
	1454,
	1455,
	1456,
	1458,
	1459,
	1461,
	1462,
	1463,
	1465,
	1467,
	1468,
	1469,
	1470,
	1471,
	1472,
	1474,
	1476,
	1478,
	1480,
	1482,
	1484,
	1485,
	1487,
	1488,
	1489,
	1490,
	1491,
	1492,
	1493,
	1494,
	1495,
	1496,
	1497,
	1498,
	1499,
	1500,
	1502,
	1503,
	1504,
	1505,
	1506,
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
	1520,
	1522,
	1523,
	1524,
	1526,
	1527,
	1528,
	1529,
	1530,
	1531,
	1532,
	1534,
	1535,
	1536,
	1537,
	1538,
	1540,
	1541,
	1542,
	1543,
	1544,
	1545,
	1546,
	1549,
	1550,
	1551,
	1552,
	1553,
	1554,
	1556,
	1557,
	1578,
	1579,
	1581,
	1583,
	1585,
	1586,
	1587,
	1588,
	1589,
	1590,
	1591,
	1592,
	1596,
	1597,
	1599,
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
	1616,
	1617,
	1619,
	1621,
	1623,
	1624,
	1625,
	1626,
	1627,
	1628,
	1629,
	1630,
	1631,
	1633,
	1634,
	1635,
	1636,
	1637,
	1638,
	1640,
	1641,
	1642,
	1643,
	1644,
	1645,
	1646,
	1647,
	1648,
	1649,
	1650,
	1651,
	1652,
	1653,
	1654,
	1655,
	1658,
	1659,
	1660,
	1661,
	1662,
	1663,
	1664,
	1665,
	1666,
	1667,
	1668,
	1670,
	1671,
	1672,
	1674,
	1675,
	1676,
	1677,
	1680,
	1681,
	1682,
	1683,
	1684,
	1685,
	1686,
	1687,
	1688,
	1689,
	1690,
	1691,
	1693,
	1694,
	1695,
	1697,
	1698,
	1699,
	1700,
	1701,
	1702,
	1703,
	1704,
	1705,
	1706,
	1707,
	1708,
	1709,
	1710,
	1712,
	1713,
	1714,
	1715,
	1716,
	1717,
	1718,
	1719,
	1720,
	1721,
	1724,
	1725,
	1726,
	1727,
	1728,
	1729,
	1730,
	1732,
	1733,
	1734,
	1735,
	1736,
	1737,
	1738,
	1739,
	1740,
	1741,
	1742,
	1743,
	1744,
	1745,
	1746,
	1747,
	1748,
	1749,
	1750,
	1751,
	1752,
	1753,
	1754,
	1755,
	1756,
	1757,
	1758,
	1759,
	1760,
	1761,
	1762,
	1764,
	1765,
	1766,
	1767,
	1768,
	1769,
	1770,
	1772,
	1774,
	1776,
	1778,
	1779,
	1786,
	1787,
	1789,
	1790,
	1791,
	1792,
	1793,
	1794,
	1795,
	1796,
	1797,
	1798,
	1799,
	1800,
	1801,
	1802,
	1803,
	1804,
	1805,
	1806,
	1808,
	1809,
	1810,
	1812,
	1814,
	1815,
	1816,
	1817,
	1818,
	1819,
	1820,
	1825,
	1826,
	1831,
	1832,
	1833,
	1834,
	1835,
	1837,
	1839,
	1841,
	1843,
	1845,
	1846,
	1847,
	1848,
	1849,
	1851,
	1852,
	1854,
	1855,
	1856,
	1858,
	1859,
	1860,
	1861,
	1862,
	1864,
	1866,
	1868,
	1869,
	1870,
	1871,
	1873,
	1875,
	1876,
	1879,
	1880,
	1881,
	1883,
	1891,
	1893,
	1897,
	1898,
	1899,
	1900,
	1901,
	1902,
	1903,
	1904,
	1905,
	1907,
	1911,
	1913,
	1915,
	1917,
	1921,
	1923,
	1925,
	1927,
	1935,
	1937,
	1939,
	1942,
	1943,
	1949,
	1950,
	1955,
	1957,
	1959,
	1961,
	1966,
	1967,
	1968,
	1969,
	1970,
	1971,
	1972,
	1973,
	1974,
	1975,
	1976,
	1977,
	1978,
	1979,
	1980,
	1981,
	1983,
	1984,
	1985,
	1987,
	1988,
	1989,
	1990,
	1991,
	1992,
	1993,
	1994,
	1995,
	1996,
	1997,
	1998,
	2002,
	2008,
	2009,
	2010,
	2011,
	2012,
	2013,
	2015,
	2019,
	2029,
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
	2043,
	2044,
	2045,
	2046,
	2049,
	2052,
	2053,
	2054,
	2055,
	2056,
	2057,
	2058,
	2059,
	2060,
	2061,
	2062,
	2063,
	2064,
	2065,
	2067,
	2068,
	2069,
	2070,
	2071,
	2072,
	2073,
	2074,
	2075,
	2077,
	2078,
	2079,
	2080,
	2081,
	2082,
	2083,
	2084,
	2085,
	2086,
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
	2115,
	2116,
	2117,
	2118,
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
	2136,
	2137,
	2138,
	2139,
	2140,
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
	2163,
	2164,
	2165,
	2166,
	2167,
	2169,
	2170,
	2171,
	2172,
	2173,
	2174,
	2175,
	2177,
	2178,
	2179,
	2181,
	2184,
	2185,
	2186,
	2187,
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
	2201,
	2202,
	2203,
	2204,
	2205,
	2207,
	2208,
	2209,
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
	2228,
	2230,
	2231,
	2232,
	2233,
	2234,
	2235,
	2236,
	2243,
	2244,
	2245,
	2246,
	2248,
	2249,
	2250,
	2252,
	2253,
	2254,
	2255,
	2256,
	2257,
	2258,
	2259,
	2260,
	2262,
	2263,
	2264,
	2265,
	2267,
	2269,
	2270,
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
	2282,
	2283,
	2284,
	2287,
	2289,
	2290,
	2291,
	2293,
	2295,
	2296,
	2297,
	2299,
	2300,
	2301,
	2302,
	2303,
	2304,
	2306,
	2307,
	2308,
	2309,
	2310,
	2311,
	2312,
	2313,
	2317,
	2318,
	2319,
	2320,
	2321,
	2322,
	2324,
	2325,
	2326,
	2330,
	2332,
	2333,
	2334,
	2335,
	2336,
	2337,
	2338,
	2339,
	2340,
	2342,
	2343,
	2344,
	2345,
	2346,
	2347,
	2348,
	2349,
	2350,
	2351,
	2352,
	2353,
	2354,
	2355,
	2356,
	2357,
	2358,
	2360,
	2361,
	2362,
	2363,
	2364,
	2365,
	2366,
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
	2379,
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
	2397,
	2399,
	2400,
	2401,
	2402,
	2403,
	2404,
	2405,
	2406,
	2407,
	2408,
	2409,
	2410,
	2411,
	2412,
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
	2427,
	2428,
	2429,
	2430,
	2431,
	2432,
	2433,
	2434,
	2435,
	2437,
	2438,
	2439,
	2440,
	2441,
	2442,
	2444,
	2446,
	2448,
	2450,
	2452,
	2454,
	2455,
	2456,
	2457,
	2458,
	2459,
	2460,
	2462,
	2463,
	2464,
	2465,
	2466,
	2467,
	2469,
	2470,
	2471,
	2472,
	2473,
	2474,
	2476,
	2477,
	2478,
	2479,
	2480,
	2481,
	2482,
	2483,
	2484,
	2485,
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
	2501,
	2503,
	2504,
	2505,
	2506,
	2507,
	2508,
	2509,
	2510,
	2512,
	2513,
	2514,
	2515,
	2516,
	2517,
	2518,
	2519,
	2520,
	2521,
	2522,
	2523,
	2525,
	2526,
	2527,
	2528,
	2529,
	2530,
	2531,
	2532,
	2533,
	2534,
	2535,
	2537,
	2538,
	2539,
	2540,
	2541,
	2542,
	2543,
	2544,
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
	2557,
	2560,
	2561,
	2562,
	2564,
	2565,
	2566,
	2567,
	2568,
	2569,
	2570,
	2571,
	2572,
	2573,
	2575,
	2577,
	2578,
	2579,
	2580,
	2581,
	2582,
	2583,
	2585,
	2587,
	2588,
	2589,
	2590,
	2591,
	2592,
	2593,
	2594,
	2596,
	2597,
	2598,
	2599,
	2600,
	2601,
	2602,
	2603,
	2604,
	2605,
	2606,
	2607,
	2608,
	2609,
	2610,
	2611,
	2612,
	2614,
	2615,
	2618,
	2619,
	2620,
	2621,
	2622,
	2623,
	2624,
	2625,
	2626,
	2627,
	2628,
	2629,
	2632,
	2633,
	2634,
	2635,
	2640,
	2642,
	2645,
	2646,
	2647,
	2649,
	2650,
	2651,
	2652,
	2653,
	2654,
	2655,
	2656,
	2657,
	2658,
	2659,
	2660,
	2663,
	2665,
	2667,
	2669,
	2671,
	2673,
	2675,
	2676,
	2677,
	2678,
	2679,
	2680,
	2681,
	2682,
	2683,
	2684,
	2685,
	2687,
	2688,
	2691,
	2692,
	2693,
	2695,
	2696,
	2698,
	2699,
	2700,
	2705,
	2706,
	2708,
	2709,
	2710,
	2711,
	2712,
	2713,
	2714,
	2717,
	2718,
	2719,
	2720,
	2721,
	2722,
	2723,
	2724,
	2725,
	2727,
	2729,
	2731,
	2733,
	2735,
	2737,
	2742,
	2743,
	2744,
	2745,
	2749,
	2752,
	2753,
	2755,
	2756,
	2757,
	2758,
	2759,
	2760,
	2761,
	2762,
	2763,
	2768,
	2769,
	2770,
	2771,
	2772,
	2773,
	2775,
	2776,
	2781,
	2784,
	2787,
	2791,
	2792,
	2793,
	2794,
	2795,
	2796,
	2797,
	2798,
	2799,
	2800,
	2801,
	2802,
	2803,
	2804,
	2805,
	2806,
	2808,
	2809,
	2810,
	2811,
	2812,
	2813,
	2814,
	2815,
	2816,
	2817,
	2818,
	2819,
	2820,
	2821,
	2823,
	2824,
	2826,
	2827,
	2828,
	2829,
	2830,
	2831,
	2832,
	2833,
	2834,
	2835,
	2836,
	2837,
	2839,
	2840,
	2841,
	2843,
	2844,
	2845,
	2846,
	2847,
	2848,
	2849,
	2850,
	2851,
	2852,
	2854,
	2855,
	2856,
	2857,
	2858,
	2859,
	2860,
	2861,
	2862,
	2863,
	2864,
	2865,
	2866,
	2868,
	2869,
	2872,
	2887,
	2889,
	2890,
	2891,
	2892,
	2893,
	2894,
	2895,
	2896,
	2941,
	2942,
	2945,
	2946,
	2947,
	2948,
	2949,
	2950,
	2951,
	2953,
	2954,
	2956,
	2957,
	2959,
	2962,
	2963,
	2964,
	2966,
	2968,
	2984,
	2985,
	2987,
	2988,
	2989,
	2991,
	2992,
	2994,
	2999,
	3000,
	3001,
	3002,
	3003,
	3004,
	3005,
	3006,
	3007,
	3008,
	3009,
	3010,
	3011,
	3012,
	3013,
	3014,
	3016,
	3017,
	3019,
	3020,
	3021,
	3022,
	3023,
	3024,
	3025,
	3026,
	3027,
	3028,
	3029,
	3030,
	3031,
	3032,
	3033,
	3034,
	3035,
	3036,
	3037,
	3038,
	3039,
	3040,
	3041,
	3042,
	3043,
	3044,
	3045,
	3046,
	3047,
	3048,
	3049,
	3050,
	3051,
	3053,
	3054,
	3055,
	3056,
	3057,
	3058,
	3059,
	3060,
	3063,
	3064,
	3065,
	3066,
	3067,
	3068,
	3069,
	3070,
	3071,
	3072,
	3073,
	3074,
	3075,
	3076,
	3077,
	3078,
	3079,
	3080,
	3081,
	3082,
	3083,
	3085,
	3086,
	3087,
	3088,
	3089,
	3090,
	3091,
	3092,
	3093,
	3096,
	3100,
	3102,
	3104,
	3105,
	3106,
	3107,
	3108,
	3109,
	3111,
	3114,
	3115,
	3116,
	3117,
	3118,
	3121,
	3122,
	3123,
	3124,
	3126,
	3127,
	3128,
	3129,
	3130,
	3131,
	3132,
	3133,
	3134,
	3138,
	3139,
	3140,
	3141,
	3142,
	3143,
	3144,
	3145,
	3146,
	3147,
	3148,
	3149,
	3150,
	3151,
	3152,
	3153,
	3155,
	3157,
	3163,
	3164,
	3166,
	3167,
	3169,
	3170,
	3171,
	3172,
	3175,
	3176,
	3177,
	3178,
	3182,
	3183,
	3184,
	3185,
	3187,
	3189,
	3190,
	3191,
	3192,
	3193,
	3202,
	3203,
	3204,
	3205,
	3206,
	3208,
	3209,
	3210,
	3211,
	3212,
	3214,
	3215,
	3222,
	3231,
	3234,
	3235,
	3251,
	3252,
	3254,
	3256,
	3257,
	3258,
	3279,
	3280,
	3285,
	3287,
	3288,
	3289,
	3290,
	3291,
	3292,
	3293,
	3294,
	3295,
	3297,
	3298,
	3299,
	3300,
	3308,
	3309,
	3317,
	3319,
	3324,
	3327,
	3328,
	3329,
	3330,
	3331,
	3333,
	3334,
	3337,
	3338,
	3339,
	3340,
	3341,
	3342,
	3344,
	3346,
	3347,
	3348,
	3349,
	3350,
	3351,
	3352,
	3354,
	3356,
	3357,
	3358,
}

// tablePhrases are the entries under each of tableWords, by list, each list's longest first.
var tablePhrases = [...]phrase{
	{58, ""},                        // #1
	{61, ""},                        // #1
	{11, "somethings"},              // 20
	{11, ""},                        // 20-somethings
	{30, ""},                        // 3d
	{3, "future"},                   // a
	{13, "difference to"},           // a
	{13, "difference for"},          // a
	{19, "fraction of"},             // a
	{23, "world in which"},          // a
	{23, "future in which"},         // a
	{23, "world where"},             // a
	{23, "world with"},              // a
	{23, "world without"},           // a
	{23, "future where"},            // a
	{23, "future with"},             // a
	{31, ""},                        // a
	{61, ""},                        // a
	{62, "nossa missao e"},          // a
	{62, "pour mission"},            // a
	{63, "nossa visao e"},           // a
	{65, ""},                        // a
	{71, "number of"},               // a
	{71, "lot of"},                  // a
	{62, "la missione di"},          // abbiamo
	{13, ""},                        // ability
	{32, ""},                        // about
	{42, ""},                        // above
	{32, ""},                        // abstract
	{11, ""},                        // academics
	{31, ""},                        // academy
	{4, ""},                         // accelerate
	{14, ""},                        // accelerate
	{4, ""},                         // accelerated
	{14, ""},                        // accelerated
	{4, ""},                         // accelerateed
	{14, ""},                        // accelerateed
	{4, ""},                         // accelerateing
	{14, ""},                        // accelerateing
	{4, ""},                         // accelerates
	{14, ""},                        // accelerates
	{4, ""},                         // accelerating
	{14, ""},                        // accelerating
	{13, "to"},                      // access
	{14, ""},                        // access
	{14, ""},                        // accessed
	{14, ""},                        // accesses
	{13, ""},                        // accessible
	{14, ""},                        // accessing
	{14, ""},                        // accesss
	{11, ""},                        // accountants
	{14, ""},                        // achieve
	{14, ""},                        // achieved
	{14, ""},                        // achieveed
	{14, ""},                        // achieveing
	{14, ""},                        // achieves
	{14, ""},                        // achieving
	{51, ""},                        // acknowledgements
	{40, "as"},                      // act
	{40, "as"},                      // acting
	{41, ""},                        // action
	{15, "insights"},                // actionable
	{41, ""},                        // actions
	{40, "as"},                      // acts
	{67, ""},                        // add
	{50, "and logistics"},           // admin
	{50, "and logistics"},           // administration
	{11, ""},                        // administrators
	{11, ""},                        // admins
	{7, ""},                         // adopted
	{31, ""},                        // adopted
	{5, ""},                         // adoption
	{10, ""},                        // adult
	{4, ""},                         // advance
	{14, ""},                        // advance
	{4, ""},                         // advanced
	{14, ""},                        // advanced
	{4, ""},                         // advanceed
	{14, ""},                        // advanceed
	{4, ""},                         // advanceing
	{14, ""},                        // advanceing
	{4, ""},                         // advances
	{14, ""},                        // advances
	{38, ""},                        // advances
	{4, ""},                         // advancing
	{14, ""},                        // advancing
	{38, ""},                        // advancing
	{6, ""},                         // advocate
	{6, ""},                         // advocated
	{6, ""},                         // advocateed
	{6, ""},                         // advocateing
	{6, ""},                         // advocates
	{6, ""},                         // advocating
	{14, ""},                        // afford
	{13, ""},                        // affordable
	{14, ""},                        // afforded
	{14, ""},                        // affording
	{14, ""},                        // affords
	{11, ""},                        // agencies
	{10, ""},                        // agency
	{31, ""},                        // agency
	{51, ""},                        // agenda
	{15, ""},                        // agile
	{7, ""},                         // agreed
	{31, ""},                        // agreed
	{41, ""},                        // agreed
	{15, "powered"},                 // ai
	{15, "driven"},                  // ai
	{30, ""},                        // ai
	{66, ""},                        // ai
	{15, ""},                        // ai-driven
	{15, ""},                        // ai-powered
	{4, ""},                         // aim
	{23, "to be"},                   // aim
	{35, "to"},                      // aim
	{35, "for"},                     // aim
	{70, "to"},                      // aim
	{4, ""},                         // aimed
	{4, ""},                         // aiming
	{4, ""},                         // aims
	{23, "to be"},                   // aims
	{35, "to"},                      // aims
	{35, "for"},                     // aims
	{0, ""},                         // al
	{66, ""},                        // algorithm
	{66, ""},                        // algorithms
	{2, ""},                         // alignment
	{8, ""},                         // all
	{60, ""},                        // all
	{65, ""},                        // all
	{14, ""},                        // alleviate
	{14, ""},                        // alleviated
	{14, ""},                        // alleviateed
	{14, ""},                        // alleviateing
	{14, ""},                        // alleviates
	{14, ""},                        // alleviating
	{31, ""},                        // alliance
	{49, ""},                        // allow
	{49, ""},                        // allowed
	{49, ""},                        // allowing
	{49, ""},                        // allows
	{19, "to"},                      // alternative
	{51, ""},                        // alternatives
	{45, ""},                        // altitude
	{60, ""},                        // always
	{12, ""},                        // am
	{71, ""},                        // amazing
	{61, ""},                        // america's
	{61, ""},                        // americas
	{61, ""},                        // an
	{65, ""},                        // an
	{6, ""},                         // analyse
	{6, ""},                         // analysed
	{6, ""},                         // analyseed
	{6, ""},                         // analyseing
	{6, ""},                         // analyses
	{6, ""},                         // analysing
	{11, ""},                        // analysts
	{6, ""},                         // analyze
	{6, ""},                         // analyzed
	{6, ""},                         // analyzeed
	{6, ""},                         // analyzeing
	{6, ""},                         // analyzes
	{6, ""},                         // analyzing
	{24, ""},                        // and
	{65, ""},                        // and
	{60, ""},                        // any
	{65, ""},                        // any
	{8, ""},                         // anybody
	{8, ""},                         // anyone
	{20, ""},                        // api
	{66, ""},                        // api
	{69, ""},                        // api
	{20, ""},                        // apis
	{66, ""},                        // apis
	{41, ""},                        // apologies
	{66, ""},                        // app
	{51, ""},                        // appendix
	{66, ""},                        // application
	{11, ""},                        // apprentices
	{24, ""},                        // approach
	{7, ""},                         // approved
	{31, ""},                        // approved
	{41, ""},                        // approved
	{41, ""},                        // approvers
	{0, ""},                         // approx
	{1, ""},                         // approx
	{66, ""},                        // apps
	{51, ""},                        // architecture
	{6, ""},                         // archive
	{6, ""},                         // archived
	{6, ""},                         // archiveed
	{6, ""},                         // archiveing
	{6, ""},                         // archives
	{6, ""},                         // archiving
	{12, "being"},                   // are
	{12, ""},                        // are
	{65, ""},                        // are
	{35, ""},                        // arguably
	{67, ""},                        // articulate
	{30, ""},                        // artificial
	{11, ""},                        // artists
	{31, ""},                        // as
	{35, "much as possible"},        // as
	{35, "far as possible"},         // as
	{35, "appropriate"},             // as
	{38, "part of"},                 // as
	{65, ""},                        // as
	{49, ""},                        // ask
	{49, ""},                        // asked
	{49, ""},                        // asking
	{49, ""},                        // asks
	{10, ""},                        // aspiring
	{31, ""},                        // association
	{51, ""},                        // assumptions
	{45, ""},                        // astronaut
	{53, ""},                        // astronaut
	{45, ""},                        // astronauts
	{32, "a glance"},                // at
	{33, ""},                        // at
	{61, ""},                        // at
	{65, ""},                        // at
	{11, ""},                        // athletes
	{35, "to"},                      // attempt
	{35, "to"},                      // attempts
	{41, ""},                        // attendees
	{48, ""},                        // attention
	{41, ""},                        // audience
	{6, ""},                         // audit
	{6, ""},                         // audited
	{6, ""},                         // auditing
	{6, ""},                         // audits
	{6, ""},                         // auditted
	{6, ""},                         // auditting
	{28, ""},                        // auftrag
	{39, ""},                        // auftrag
	{41, ""},                        // author
	{11, ""},                        // authors
	{41, ""},                        // authors
	{6, ""},                         // automate
	{6, ""},                         // automated
	{6, ""},                         // automateed
	{6, ""},                         // automateing
	{6, ""},                         // automates
	{6, ""},                         // automating
	{14, ""},                        // avoid
	{14, ""},                        // avoided
	{14, ""},                        // avoiding
	{14, ""},                        // avoids
	{46, ""},                        // award
	{46, ""},                        // awards
	{71, ""},                        // awesome
	{10, ""},                        // b2b
	{66, "end"},                     // back
	{66, "end"},                     // back
	{66, ""},                        // back-end
	{66, ""},                        // backend
	{51, ""},                        // background
	{51, ""},                        // backlog
	{45, ""},                        // balloon
	{40, "on"},                      // based
	{4, ""},                         // be
	{12, ""},                        // be
	{65, ""},                        // be
	{36, ""},                        // beach
	{57, ""},                        // because
	{4, ""},                         // become
	{23, ""},                        // become
	{4, ""},                         // becomed
	{4, ""},                         // becomeed
	{4, ""},                         // becomeing
	{4, ""},                         // becomes
	{23, ""},                        // becomes
	{4, ""},                         // becoming
	{23, ""},                        // becoming
	{4, ""},                         // bed
	{36, ""},                        // bed
	{4, ""},                         // beed
	{12, ""},                        // been
	{65, ""},                        // been
	{37, ""},                        // begun
	{4, ""},                         // being
	{12, ""},                        // being
	{55, "edited"},                  // being
	{55, "written"},                 // being
	{55, "revised"},                 // being
	{64, "drafted"},                 // being
	{65, ""},                        // being
	{24, ""},                        // beliefs
	{14, ""},                        // belong
	{14, ""},                        // belonged
	{14, ""},                        // belonging
	{14, ""},                        // belongs
	{42, ""},                        // below
	{13, ""},                        // benefit
	{14, ""},                        // benefit
	{14, ""},                        // benefited
	{14, ""},                        // benefiting
	{14, ""},                        // benefits
	{51, ""},                        // benefits
	{14, ""},                        // benefitted
	{14, ""},                        // benefitting
	{4, ""},                         // bes
	{9, ""},                         // best
	{15, "in class"},                // best
	{15, "practices"},               // best
	{58, "loved"},                   // best
	{58, ""},                        // best
	{71, ""},                        // best
	{15, ""},                        // best-in-class
	{58, ""},                        // best-loved
	{13, ""},                        // better
	{19, ""},                        // beyond
	{34, "picture"},                 // big
	{9, ""},                         // biggest
	{58, ""},                        // biggest
	{36, ""},                        // bike
	{60, ""},                        // billion
	{60, ""},                        // billions
	{4, ""},                         // bing
	{30, ""},                        // binocular
	{15, "edge"},                    // bleeding
	{15, ""},                        // bleeding-edge
	{10, ""},                        // blind
	{15, "enabled"},                 // blockchain
	{66, ""},                        // blockchain
	{15, ""},                        // blockchain-enabled
	{30, ""},                        // blurred
	{68, ""},                        // blurred
	{30, ""},                        // blurry
	{68, ""},                        // blurry
	{36, ""},                        // book
	{36, ""},                        // books
	{14, ""},                        // boost
	{14, ""},                        // boosted
	{45, ""},                        // booster
	{14, ""},                        // boosting
	{14, ""},                        // boosts
	{37, ""},                        // born
	{37, ""},                        // borne
	{37, ""},                        // bought
	{11, ""},                        // boys
	{31, ""},                        // brand
	{11, ""},                        // brands
	{4, ""},                         // bring
	{4, ""},                         // bringed
	{4, ""},                         // bringing
	{4, ""},                         // brings
	{37, ""},                        // broken
	{37, ""},                        // brought
	{6, ""},                         // build
	{27, ""},                        // build
	{6, ""},                         // builded
	{6, ""},                         // building
	{27, ""},                        // building
	{6, ""},                         // builds
	{37, ""},                        // built
	{6, ""},                         // bundle
	{6, ""},                         // bundled
	{6, ""},                         // bundleed
	{6, ""},                         // bundleing
	{6, ""},                         // bundles
	{6, ""},                         // bundling
	{36, ""},                        // bus
	{8, ""},                         // business
	{31, ""},                        // business
	{8, ""},                         // businesses
	{10, ""},                        // busy
	{65, ""},                        // but
	{56, ""},                        // buy
	{56, ""},                        // buyed
	{11, ""},                        // buyers
	{56, ""},                        // buying
	{56, ""},                        // buys
	{40, "means of"},                // by
	{40, ""},                        // by
	{65, ""},                        // by
	{0, ""},                         // ca
	{1, ""},                         // ca
	{69, ""},                        // camera
	{69, ""},                        // cameras
	{6, ""},                         // campaign
	{6, ""},                         // campaigned
	{6, ""},                         // campaigning
	{6, ""},                         // campaigns
	{65, ""},                        // can
	{53, ""},                        // candidate
	{2, ""},                         // capabilities
	{20, ""},                        // capabilities
	{69, ""},                        // capabilities
	{2, ""},                         // capability
	{69, ""},                        // capability
	{67, ""},                        // capture
	{36, ""},                        // car
	{10, ""},                        // care
	{11, ""},                        // caregivers
	{11, ""},                        // carers
	{64, "over to"},                 // carried
	{64, "over to"},                 // carry
	{4, ""},                         // catalyse
	{4, ""},                         // catalysed
	{4, ""},                         // catalyseed
	{4, ""},                         // catalyseing
	{4, ""},                         // catalyses
	{4, ""},                         // catalysing
	{4, ""},                         // catalyze
	{4, ""},                         // catalyzed
	{4, ""},                         // catalyzeed
	{4, ""},                         // catalyzeing
	{4, ""},                         // catalyzes
	{4, ""},                         // catalyzing
	{68, ""},                        // cataract
	{68, ""},                        // cataracts
	{41, ""},                        // categories
	{46, ""},                        // categories
	{41, ""},                        // category
	{46, ""},                        // category
	{37, ""},                        // caught
	{41, ""},                        // caution
	{48, ""},                        // caution
	{14, ""},                        // celebrate
	{14, ""},                        // celebrated
	{14, ""},                        // celebrateed
	{14, ""},                        // celebrateing
	{14, ""},                        // celebrates
	{14, ""},                        // celebrating
	{28, ""},                        // cenhadaeth
	{31, ""},                        // center
	{31, ""},                        // centre
	{6, ""},                         // certified
	{6, ""},                         // certifies
	{6, ""},                         // certify
	{6, ""},                         // certifyed
	{6, ""},                         // certifying
	{6, ""},                         // certifys
	{0, ""},                         // cf
	{1, ""},                         // cf
	{4, ""},                         // champion
	{4, ""},                         // championed
	{4, ""},                         // championing
	{4, ""},                         // champions
	{3, ""},                         // change
	{4, ""},                         // change
	{17, "log"},                     // change
	{4, ""},                         // changed
	{4, ""},                         // changeed
	{4, ""},                         // changeing
	{17, ""},                        // changelog
	{20, ""},                        // changelog
	{51, ""},                        // changelog
	{4, ""},                         // changes
	{17, ""},                        // changes
	{51, ""},                        // changes
	{4, ""},                         // changing
	{53, ""},                        // character
	{11, ""},                        // charities
	{31, ""},                        // charity
	{28, ""},                        // charter
	{39, ""},                        // charter
	{66, ""},                        // chatbot
	{13, ""},                        // cheap
	{13, ""},                        // cheaper
	{11, ""},                        // child
	{36, ""},                        // child
	{11, ""},                        // children
	{36, ""},                        // children
	{37, ""},                        // chosen
	{11, ""},                        // cities
	{11, ""},                        // citizens
	{36, ""},                        // city
	{46, ""},                        // class
	{46, ""},                        // classes
	{69, ""},                        // classification
	{36, ""},                        // classroom
	{6, ""},                         // clean
	{6, ""},                         // cleaned
	{13, ""},                        // cleaner
	{6, ""},                         // cleaning
	{6, ""},                         // cleans
	{66, ""},                        // cli
	{8, ""},                         // client
	{8, ""},                         // clients
	{11, ""},                        // clinician
	{11, ""},                        // clinicians
	{11, ""},                        // clinics
	{66, ""},                        // cloud
	{31, ""},                        // club
	{0, ""},                         // co
	{31, "op"},                      // co
	{31, ""},                        // co-op
	{6, ""},                         // coach
	{6, ""},                         // coached
	{6, ""},                         // coaches
	{6, ""},                         // coaching
	{6, ""},                         // coachs
	{6, ""},                         // code
	{66, ""},                        // codebase
	{6, ""},                         // coded
	{6, ""},                         // codeed
	{6, ""},                         // codeing
	{6, ""},                         // codes
	{6, ""},                         // coding
	{6, ""},                         // collect
	{6, ""},                         // collected
	{6, ""},                         // collecting
	{31, ""},                        // collective
	{6, ""},                         // collects
	{30, ""},                        // color
	{30, ""},                        // colour
	{14, ""},                        // combat
	{14, ""},                        // combated
	{14, ""},                        // combating
	{14, ""},                        // combats
	{14, ""},                        // combatted
	{14, ""},                        // combatting
	{6, ""},                         // combine
	{6, ""},                         // combined
	{6, ""},                         // combineed
	{6, ""},                         // combineing
	{6, ""},                         // combines
	{6, ""},                         // combining
	{54, "soon"},                    // coming
	{50, "and signal"},              // command
	{50, "and signals"},             // command
	{20, ""},                        // commands
	{56, ""},                        // commission
	{56, ""},                        // commissioned
	{56, ""},                        // commissioning
	{56, ""},                        // commissions
	{2, ""},                         // commitment
	{70, "to"},                      // committed
	{8, ""},                         // communities
	{11, "of"},                      // communities
	{8, ""},                         // community
	{31, ""},                        // community
	{11, ""},                        // commuter
	{11, ""},                        // commuters
	{8, ""},                         // companies
	{11, "that"},                    // companies
	{31, ""},                        // company
	{54, "name"},                    // company
	{54, "x"},                       // company
	{19, "to"},                      // compared
	{19, "with"},                    // compared
	{13, ""},                        // competitive
	{51, "landscape"},               // competitive
	{2, ""},                         // competitiveness
	{51, ""},                        // competitors
	{20, ""},                        // components
	{30, ""},                        // computer
	{13, ""},                        // confidence
	{20, ""},                        // configuration
	{14, ""},                        // connect
	{13, ""},                        // connected
	{14, ""},                        // connected
	{14, ""},                        // connecting
	{14, ""},                        // connects
	{6, ""},                         // conserve
	{14, ""},                        // conserve
	{6, ""},                         // conserved
	{14, ""},                        // conserved
	{6, ""},                         // conserveed
	{14, ""},                        // conserveed
	{6, ""},                         // conserveing
	{14, ""},                        // conserveing
	{6, ""},                         // conserves
	{14, ""},                        // conserves
	{6, ""},                         // conserving
	{14, ""},                        // conserving
	{51, ""},                        // constraints
	{5, ""},                         // construction
	{11, ""},                        // consumers
	{41, ""},                        // contact
	{51, ""},                        // contact
	{54, "goes here"},               // content
	{51, ""},                        // context
	{60, ""},                        // continent
	{51, ""},                        // contributing
	{11, ""},                        // contributor
	{11, ""},                        // contributors
	{6, ""},                         // convert
	{6, ""},                         // converted
	{6, ""},                         // converting
	{6, ""},                         // converts
	{11, ""},                        // cooks
	{31, ""},                        // cooperative
	{15, "competencies"},            // core
	{31, ""},                        // core
	{0, ""},                         // corp
	{31, ""},                        // corporate
	{35, ""},                        // could
	{65, ""},                        // could
	{31, ""},                        // council
	{45, ""},                        // countdown
	{71, ""},                        // countless
	{8, ""},                         // countries
	{60, ""},                        // country
	{25, ""},                        // craft
	{25, ""},                        // crafting
	{11, ""},                        // craftspeople
	{6, ""},                         // create
	{14, "value"},                   // create
	{25, ""},                        // create
	{27, ""},                        // create
	{6, ""},                         // created
	{14, "value"},                   // created
	{41, ""},                        // created
	{6, ""},                         // createed
	{14, "value"},                   // createed
	{6, ""},                         // createing
	{14, "value"},                   // createing
	{6, ""},                         // creates
	{14, "value"},                   // creates
	{6, ""},                         // creating
	{14, "value"},                   // creating
	{25, ""},                        // creating
	{27, ""},                        // creating
	{10, ""},                        // creative
	{11, ""},                        // creator
	{11, ""},                        // creators
	{51, ""},                        // credits
	{45, ""},                        // crewed
	{6, ""},                         // cultivate
	{6, ""},                         // cultivated
	{6, ""},                         // cultivateed
	{6, ""},                         // cultivateing
	{6, ""},                         // cultivates
	{6, ""},                         // cultivating
	{3, ""},                         // culture
	{24, ""},                        // culture
	{6, ""},                         // curate
	{6, ""},                         // curated
	{6, ""},                         // curateed
	{6, ""},                         // curateing
	{6, ""},                         // curates
	{6, ""},                         // curating
	{14, ""},                        // cure
	{14, ""},                        // cured
	{14, ""},                        // cureed
	{14, ""},                        // cureing
	{14, ""},                        // cures
	{14, ""},                        // curing
	{31, ""},                        // current
	{8, ""},                         // customer
	{11, "segment"},                 // customer
	{15, "centric"},                 // customer
	{15, ""},                        // customer-centric
	{8, ""},                         // customers
	{14, ""},                        // cut
	{14, ""},                        // cuted
	{14, ""},                        // cuting
	{14, ""},                        // cuts
	{14, ""},                        // cutted
	{14, ""},                        // cutting
	{15, "edge"},                    // cutting
	{15, ""},                        // cutting-edge
	{11, ""},                        // cyclists
	{33, ""},                        // da
	{48, ""},                        // danger
	{31, ""},                        // das
	{66, ""},                        // dashboard
	{66, ""},                        // dashboards
	{10, ""},                        // data
	{15, "driven"},                  // data
	{15, ""},                        // data-driven
	{66, ""},                        // database
	{69, ""},                        // dataset
	{69, ""},                        // datasets
	{41, ""},                        // date
	{36, ""},                        // day
	{31, ""},                        // de
	{33, ""},                        // de
	{10, ""},                        // deaf
	{59, ""},                        // dear
	{14, ""},                        // decide
	{14, ""},                        // decided
	{14, ""},                        // decideed
	{14, ""},                        // decideing
	{14, ""},                        // decides
	{14, ""},                        // deciding
	{41, ""},                        // decision
	{41, ""},                        // decisions
	{28, "de missao"},               // declaracao
	{28, "de mision"},               // declaracion
	{18, ""},                        // declaration
	{28, "de mission"},              // declaration
	{70, "to"},                      // dedicated
	{64, ""},                        // deferred
	{25, ""},                        // define
	{67, ""},                        // define
	{25, ""},                        // defining
	{18, ""},                        // definition
	{20, ""},                        // definitions
	{33, ""},                        // degli
	{33, ""},                        // dei
	{33, ""},                        // del
	{6, ""},                         // deliver
	{51, ""},                        // deliverables
	{6, ""},                         // delivered
	{6, ""},                         // delivering
	{6, ""},                         // deliverred
	{6, ""},                         // deliverring
	{6, ""},                         // delivers
	{33, ""},                        // della
	{33, ""},                        // delle
	{33, ""},                        // dello
	{31, ""},                        // department
	{6, ""},                         // deploy
	{6, ""},                         // deployed
	{6, ""},                         // deploying
	{5, ""},                         // deployment
	{6, ""},                         // deploys
	{0, ""},                         // dept
	{31, ""},                        // der
	{33, ""},                        // der
	{33, ""},                        // des
	{67, ""},                        // describe
	{43, ""},                        // describes
	{18, ""},                        // description
	{5, ""},                         // design
	{6, ""},                         // design
	{6, ""},                         // designed
	{11, ""},                        // designer
	{11, ""},                        // designers
	{6, ""},                         // designing
	{6, ""},                         // designs
	{36, ""},                        // desk
	{69, ""},                        // detection
	{6, ""},                         // develop
	{6, ""},                         // developed
	{10, ""},                        // developer
	{11, ""},                        // developer
	{11, ""},                        // developers
	{6, ""},                         // developing
	{5, ""},                         // development
	{6, ""},                         // developped
	{6, ""},                         // developping
	{6, ""},                         // develops
	{66, ""},                        // device
	{66, ""},                        // devices
	{33, ""},                        // di
	{28, "di missione"},             // dichiarazione
	{65, ""},                        // did
	{31, ""},                        // die
	{3, ""},                         // difference
	{25, "between"},                 // difference
	{25, "between"},                 // differences
	{19, "from"},                    // different
	{15, "transformation"},          // digital
	{6, ""},                         // digitise
	{6, ""},                         // digitised
	{6, ""},                         // digitiseed
	{6, ""},                         // digitiseing
	{6, ""},                         // digitises
	{6, ""},                         // digitising
	{6, ""},                         // digitize
	{6, ""},                         // digitized
	{6, ""},                         // digitizeed
	{6, ""},                         // digitizeing
	{6, ""},                         // digitizes
	{6, ""},                         // digitizing
	{13, ""},                        // dignity
	{36, ""},                        // dinner
	{68, ""},                        // diopter
	{68, ""},                        // dioptre
	{10, ""},                        // disabled
	{69, ""},                        // disabled
	{14, ""},                        // discover
	{14, ""},                        // discovered
	{14, ""},                        // discovering
	{14, ""},                        // discoverred
	{14, ""},                        // discoverring
	{14, ""},                        // discovers
	{41, ""},                        // discussion
	{15, ""},                        // disrupt
	{15, ""},                        // disruptive
	{6, ""},                         // distribute
	{6, ""},                         // distributed
	{6, ""},                         // distributeed
	{6, ""},                         // distributeing
	{6, ""},                         // distributes
	{6, ""},                         // distributing
	{5, ""},                         // distribution
	{31, ""},                        // division
	{33, ""},                        // do
	{65, ""},                        // do
	{45, ""},                        // docking
	{11, ""},                        // doctor
	{11, ""},                        // doctors
	{67, ""},                        // document
	{24, ""},                        // doelen
	{65, ""},                        // does
	{11, "owners"},                  // dog
	{54, "sit amet"},                // dolor
	{58, ""},                        // dominant
	{6, ""},                         // donate
	{6, ""},                         // donated
	{6, ""},                         // donateed
	{6, ""},                         // donateing
	{6, ""},                         // donates
	{6, ""},                         // donating
	{37, ""},                        // done
	{11, ""},                        // donors
	{36, ""},                        // door
	{33, ""},                        // dos
	{30, ""},                        // double
	{0, ""},                         // dr
	{1, ""},                         // dr
	{25, ""},                        // draft
	{31, ""},                        // draft
	{41, ""},                        // draft
	{25, ""},                        // drafting
	{37, ""},                        // drawn
	{23, ""},                        // dream
	{27, "of"},                      // dream
	{34, ""},                        // dream
	{4, ""},                         // drive
	{4, ""},                         // drived
	{4, ""},                         // driveed
	{4, ""},                         // driveing
	{37, ""},                        // driven
	{11, ""},                        // drivers
	{4, ""},                         // drives
	{4, ""},                         // driving
	{33, ""},                        // du
	{15, ""},                        // dynamic
	{10, "commerce"},                // e
	{24, ""},                        // e
	{10, ""},                        // e-commerce
	{0, ""},                         // e.g
	{1, ""},                         // e.g
	{65, ""},                        // each
	{14, ""},                        // earn
	{14, ""},                        // earned
	{14, ""},                        // earning
	{14, ""},                        // earns
	{61, ""},                        // earth's
	{14, ""},                        // ease
	{14, ""},                        // eased
	{14, ""},                        // easeed
	{14, ""},                        // easeing
	{14, ""},                        // eases
	{13, ""},                        // easier
	{14, ""},                        // easing
	{15, ""},                        // ecosystem
	{24, ""},                        // ed
	{6, ""},                         // educate
	{14, ""},                        // educate
	{6, ""},                         // educated
	{14, ""},                        // educated
	{6, ""},                         // educateed
	{14, ""},                        // educateed
	{6, ""},                         // educateing
	{14, ""},                        // educateing
	{6, ""},                         // educates
	{14, ""},                        // educates
	{6, ""},                         // educating
	{14, ""},                        // educating
	{5, ""},                         // education
	{11, ""},                        // educators
	{2, ""},                         // effectiveness
	{2, ""},                         // efficiency
	{52, ""},                        // ein
	{31, ""},                        // el
	{10, ""},                        // elderly
	{32, "pitch"},                   // elevator
	{14, ""},                        // eliminate
	{14, ""},                        // eliminated
	{14, ""},                        // eliminateed
	{14, ""},                        // eliminateing
	{14, ""},                        // eliminates
	{14, ""},                        // eliminating
	{55, "construcao"},              // em
	{30, ""},                        // embedded
	{11, ""},                        // employees
	{11, ""},                        // employers
	{4, ""},                         // empower
	{14, ""},                        // empower
	{4, ""},                         // empowered
	{13, ""},                        // empowered
	{14, ""},                        // empowered
	{4, ""},                         // empowering
	{14, ""},                        // empowering
	{2, ""},                         // empowerment
	{15, ""},                        // empowerment
	{4, ""},                         // empowerred
	{14, ""},                        // empowerred
	{4, ""},                         // empowerring
	{14, ""},                        // empowerring
	{4, ""},                         // empowers
	{14, ""},                        // empowers
	{24, ""},                        // en
	{55, "construction"},            // en
	{55, "construccion"},            // en
	{4, ""},                         // enable
	{14, ""},                        // enable
	{4, ""},                         // enabled
	{14, ""},                        // enabled
	{69, ""},                        // enabled
	{4, ""},                         // enableed
	{14, ""},                        // enableed
	{4, ""},                         // enableing
	{14, ""},                        // enableing
	{4, ""},                         // enables
	{14, ""},                        // enables
	{4, ""},                         // enabling
	{14, ""},                        // enabling
	{69, ""},                        // encoder
	{4, ""},                         // encourage
	{49, ""},                        // encourage
	{4, ""},                         // encouraged
	{49, ""},                        // encouraged
	{4, ""},                         // encourageed
	{49, ""},                        // encourageed
	{4, ""},                         // encourageing
	{49, ""},                        // encourageing
	{4, ""},                         // encourages
	{49, ""},                        // encourages
	{4, ""},                         // encouraging
	{49, ""},                        // encouraging
	{14, ""},                        // end
	{15, "to end"},                  // end
	{15, ""},                        // end-to-end
	{35, "to"},                      // endeavor
	{70, "to"},                      // endeavor
	{35, "to"},                      // endeavour
	{14, ""},                        // ended
	{14, ""},                        // ending
	{7, ""},                         // endorsed
	{69, ""},                        // endpoint
	{20, ""},                        // endpoints
	{14, ""},                        // ends
	{2, ""},                         // engagement
	{11, ""},                        // engineer
	{5, ""},                         // engineering
	{11, "teams"},                   // engineering
	{31, ""},                        // engineering
	{11, ""},                        // engineers
	{4, ""},                         // enhance
	{14, ""},                        // enhance
	{70, ""},                        // enhance
	{4, ""},                         // enhanced
	{14, ""},                        // enhanced
	{4, ""},                         // enhanceed
	{14, ""},                        // enhanceed
	{4, ""},                         // enhanceing
	{14, ""},                        // enhanceing
	{4, ""},                         // enhances
	{14, ""},                        // enhances
	{70, ""},                        // enhances
	{4, ""},                         // enhancing
	{14, ""},                        // enhancing
	{70, ""},                        // enhancing
	{14, ""},                        // enjoy
	{14, ""},                        // enjoyed
	{14, ""},                        // enjoying
	{14, ""},                        // enjoys
	{14, ""},                        // enrich
	{14, ""},                        // enriched
	{14, ""},                        // enriches
	{14, ""},                        // enriching
	{14, ""},                        // enrichs
	{4, ""},                         // ensure
	{4, ""},                         // ensured
	{4, ""},                         // ensureed
	{4, ""},                         // ensureing
	{4, ""},                         // ensures
	{4, ""},                         // ensuring
	{67, ""},                        // enter
	{10, ""},                        // enterprise
	{8, ""},                         // enterprises
	{11, ""},                        // enterprises
	{11, ""},                        // entrepreneurs
	{27, ""},                        // envisage
	{23, ""},                        // envision
	{27, ""},                        // envision
	{23, ""},                        // envisioned
	{34, "future"},                  // envisioned
	{23, ""},                        // envisions
	{14, ""},                        // eradicate
	{14, ""},                        // eradicated
	{14, ""},                        // eradicateed
	{14, ""},                        // eradicateing
	{14, ""},                        // eradicates
	{14, ""},                        // eradicating
	{0, ""},                         // est
	{6, ""},                         // establish
	{6, ""},                         // established
	{6, ""},                         // establishes
	{6, ""},                         // establishing
	{6, ""},                         // establishs
	{24, ""},                        // estrategia
	{24, ""},                        // et
	{0, ""},                         // etc
	{36, ""},                        // evening
	{46, ""},                        // event
	{46, ""},                        // events
	{23, ""},                        // eventually
	{60, ""},                        // every
	{65, ""},                        // every
	{8, ""},                         // everybody
	{60, ""},                        // everybody
	{8, ""},                         // everyone
	{60, ""},                        // everyone
	{25, ""},                        // example
	{25, ""},                        // examples
	{2, ""},                         // excellence
	{3, ""},                         // excellence
	{15, ""},                        // excellence
	{19, ""},                        // except
	{71, ""},                        // exceptional
	{50, ""},                        // execution
	{11, ""},                        // executives
	{49, ""},                        // expect
	{49, ""},                        // expected
	{49, ""},                        // expecting
	{49, ""},                        // expects
	{2, ""},                         // experience
	{2, ""},                         // experiences
	{67, ""},                        // explain
	{43, ""},                        // explains
	{14, ""},                        // explore
	{14, ""},                        // explored
	{14, ""},                        // exploreed
	{14, ""},                        // exploreing
	{14, ""},                        // explores
	{14, ""},                        // exploring
	{20, ""},                        // extensions
	{71, ""},                        // extremely
	{68, ""},                        // eye
	{68, ""},                        // eyes
	{68, ""},                        // eyesight
	{68, ""},                        // eyewear
	{70, ""},                        // facilitate
	{70, ""},                        // facilitates
	{70, ""},                        // facilitating
	{11, ""},                        // faculty
	{13, ""},                        // fairer
	{35, ""},                        // fairly
	{37, ""},                        // fallen
	{11, ""},                        // families
	{36, ""},                        // families
	{10, "owned"},                   // family
	{10, ""},                        // family
	{36, ""},                        // family
	{10, ""},                        // family-owned
	{11, ""},                        // fans
	{51, ""},                        // faq
	{36, ""},                        // farm
	{11, ""},                        // farmers
	{13, ""},                        // faster
	{58, ""},                        // favorite
	{58, ""},                        // favourite
	{20, "list"},                    // feature
	{31, ""},                        // feature
	{51, ""},                        // feature
	{66, ""},                        // feature
	{69, ""},                        // feature
	{20, ""},                        // features
	{51, ""},                        // features
	{66, ""},                        // features
	{69, ""},                        // features
	{6, ""},                         // feed
	{14, ""},                        // feed
	{6, ""},                         // feeded
	{14, ""},                        // feeded
	{6, ""},                         // feeding
	{14, ""},                        // feeding
	{6, ""},                         // feeds
	{14, ""},                        // feeds
	{36, ""},                        // ferry
	{13, ""},                        // fewer
	{19, ""},                        // fewer
	{36, ""},                        // field
	{0, ""},                         // fig
	{14, ""},                        // fight
	{14, ""},                        // fighted
	{14, ""},                        // fighting
	{14, ""},                        // fights
	{67, "in"},                      // fill
	{31, ""},                        // final
	{6, ""},                         // finance
	{10, ""},                        // finance
	{6, ""},                         // financed
	{6, ""},                         // financeed
	{6, ""},                         // financeing
	{6, ""},                         // finances
	{6, ""},                         // financing
	{14, ""},                        // find
	{14, ""},                        // finded
	{14, ""},                        // finding
	{14, ""},                        // finds
	{31, ""},                        // firm
	{9, ""},                         // first
	{10, "time"},                    // first
	{15, "class"},                   // first
	{19, ""},                        // first
	{58, "choice"},                  // first
	{58, "choice"},                  // first
	{61, ""},                        // first
	{58, ""},                        // first-choice
	{15, ""},                        // first-class
	{10, ""},                        // first-time
	{54, ""},                        // fixme
	{14, ""},                        // flourish
	{14, ""},                        // flourished
	{14, ""},                        // flourishes
	{14, ""},                        // flourishing
	{14, ""},                        // flourishs
	{45, ""},                        // flyby
	{70, "on"},                      // focused
	{55, "soon"},                    // follows
	{55, "later"},                   // follows
	{13, "the benefit of"},          // for
	{13, "the better"},              // for
	{23, "generations"},             // for
	{33, ""},                        // for
	{42, "more"},                    // for
	{42, "details"},                 // for
	{57, "the benefit of"},          // for
	{65, ""},                        // for
	{49, ""},                        // force
	{49, ""},                        // forced
	{49, ""},                        // forceed
	{49, ""},                        // forceing
	{49, ""},                        // forces
	{49, ""},                        // forcing
	{58, ""},                        // foremost
	{36, ""},                        // forest
	{37, ""},                        // forgotten
	{5, ""},                         // formation
	{4, ""},                         // foster
	{70, ""},                        // foster
	{4, ""},                         // fostered
	{4, ""},                         // fostering
	{70, ""},                        // fostering
	{4, ""},                         // fosterred
	{4, ""},                         // fosterring
	{4, ""},                         // fosters
	{70, ""},                        // fosters
	{37, ""},                        // found
	{31, ""},                        // foundation
	{11, ""},                        // founders
	{13, "access"},                  // free
	{14, ""},                        // free
	{14, ""},                        // freed
	{13, ""},                        // freedom
	{14, ""},                        // freeed
	{14, ""},                        // freeing
	{11, ""},                        // freelancers
	{14, ""},                        // frees
	{14, ""},                        // freing
	{15, ""},                        // frictionless
	{65, ""},                        // from
	{10, "line"},                    // front
	{66, "end"},                     // front
	{66, "end"},                     // front
	{66, ""},                        // front-end
	{10, ""},                        // front-line
	{66, ""},                        // frontend
	{10, ""},                        // frontline
	{37, ""},                        // frozen
	{14, ""},                        // fulfil
	{38, ""},                        // fulfil
	{14, ""},                        // fulfiled
	{14, ""},                        // fulfiling
	{14, ""},                        // fulfill
	{38, ""},                        // fulfill
	{14, ""},                        // fulfilled
	{14, ""},                        // fulfilled
	{14, ""},                        // fulfilling
	{14, ""},                        // fulfilling
	{14, ""},                        // fulfills
	{38, ""},                        // fulfills
	{14, ""},                        // fulfils
	{38, ""},                        // fulfils
	{20, ""},                        // functionality
	{20, ""},                        // functions
	{6, ""},                         // fund
	{6, ""},                         // funded
	{6, ""},                         // funding
	{6, ""},                         // funds
	{33, ""},                        // fur
	{38, "of"},                      // furtherance
	{38, ""},                        // furthering
	{38, ""},                        // furthers
	{3, ""},                         // future
	{15, "proof"},                   // future
	{23, ""},                        // future
	{26, ""},                        // future
	{51, "ideas"},                   // future
	{51, "plans"},                   // future
	{51, "features"},                // future
	{51, "work"},                    // future
	{15, ""},                        // future-proof
	{15, "changing"},                // game
	{15, "changer"},                 // game
	{20, "modes"},                   // game
	{15, ""},                        // game-changing
	{20, ""},                        // gameplay
	{11, ""},                        // gamers
	{36, ""},                        // garden
	{11, ""},                        // gardeners
	{6, ""},                         // gather
	{6, ""},                         // gathered
	{6, ""},                         // gathering
	{6, ""},                         // gatherred
	{6, ""},                         // gatherring
	{6, ""},                         // gathers
	{35, ""},                        // generally
	{60, ""},                        // generation
	{23, "to come"},                 // generations
	{60, ""},                        // generations
	{28, ""},                        // genhadaeth
	{12, ""},                        // get
	{12, ""},                        // gets
	{20, "started"},                 // getting
	{11, ""},                        // girls
	{6, ""},                         // give
	{67, ""},                        // give
	{6, ""},                         // gived
	{6, ""},                         // giveed
	{6, ""},                         // giveing
	{37, ""},                        // given
	{6, ""},                         // gives
	{5, ""},                         // giving
	{6, ""},                         // giving
	{68, ""},                        // glasses
	{68, ""},                        // glaucoma
	{60, ""},                        // global
	{20, "of terms"},                // glossary
	{20, ""},                        // glossary
	{51, ""},                        // glossary
	{58, "to"},                      // go
	{58, ""},                        // go-to
	{24, ""},                        // goal
	{51, ""},                        // goal
	{24, ""},                        // goals
	{51, ""},                        // goals
	{68, ""},                        // goggles
	{59, "morning"},                 // good
	{59, "afternoon"},               // good
	{59, "evening"},                 // good
	{13, ""},                        // goodwill
	{12, ""},                        // got
	{0, ""},                         // gov
	{8, "entities"},                 // government
	{8, ""},                         // government
	{10, ""},                        // government
	{11, ""},                        // governments
	{69, ""},                        // gpu
	{6, ""},                         // grant
	{6, ""},                         // granted
	{6, ""},                         // granting
	{6, ""},                         // grants
	{71, ""},                        // great
	{13, ""},                        // greener
	{59, ""},                        // greetings
	{31, ""},                        // group
	{4, ""},                         // grow
	{4, ""},                         // growed
	{11, ""},                        // growers
	{4, ""},                         // growing
	{37, ""},                        // grown
	{4, ""},                         // grows
	{2, ""},                         // growth
	{3, ""},                         // growth
	{25, ""},                        // guide
	{25, ""},                        // guidelines
	{31, ""},                        // guiding
	{31, ""},                        // guild
	{34, ""},                        // gweledigaeth
	{62, "la missione di"},          // ha
	{62, "come missione"},           // ha
	{36, ""},                        // hands
	{13, ""},                        // happier
	{36, ""},                        // harbour
	{64, "not written"},             // have
	{64, "not agreed"},              // have
	{64, "written"},                 // haven't
	{64, "agreed"},                  // haven't
	{14, ""},                        // heal
	{14, ""},                        // healed
	{14, ""},                        // healing
	{14, ""},                        // heals
	{13, ""},                        // health
	{10, ""},                        // healthcare
	{13, ""},                        // healthier
	{13, ""},                        // healthy
	{37, ""},                        // heard
	{62, "als missie"},              // hebben
	{62, "als missie"},              // heeft
	{37, ""},                        // held
	{64, "over"},                    // held
	{59, ""},                        // hello
	{4, ""},                         // help
	{14, ""},                        // help
	{49, ""},                        // help
	{4, ""},                         // helped
	{14, ""},                        // helped
	{49, ""},                        // helped
	{4, ""},                         // helping
	{14, ""},                        // helping
	{49, ""},                        // helping
	{4, ""},                         // helps
	{14, ""},                        // helps
	{49, ""},                        // helps
	{52, ""},                        // her
	{42, "we"},                      // here
	{42, "you"},                     // here
	{53, ""},                        // hero
	{53, ""},                        // heroine
	{31, ""},                        // het
	{59, ""},                        // hey
	{59, ""},                        // hi
	{37, ""},                        // hidden
	{71, "quality"},                 // high
	{71, ""},                        // high-quality
	{58, "rated"},                   // highest
	{58, ""},                        // highest-rated
	{71, ""},                        // highly
	{41, ""},                        // hint
	{41, ""},                        // hints
	{52, ""},                        // his
	{17, ""},                        // history
	{51, ""},                        // history
	{11, ""},                        // hobbyists
	{15, ""},                        // holistic
	{10, ""},                        // home
	{36, ""},                        // home
	{61, ""},                        // home
	{11, ""},                        // homeowners
	{27, "to see"},                  // hope
	{27, "for"},                     // hope
	{35, "to"},                      // hope
	{35, "that"},                    // hope
	{35, ""},                        // hopefully
	{36, ""},                        // hospital
	{11, ""},                        // hospitals
	{6, ""},                         // host
	{6, ""},                         // hosted
	{6, ""},                         // hosting
	{6, ""},                         // hosts
	{36, ""},                        // hours
	{6, ""},                         // house
	{14, ""},                        // house
	{6, ""},                         // housed
	{14, ""},                        // housed
	{6, ""},                         // houseed
	{14, ""},                        // houseed
	{11, ""},                        // household
	{11, ""},                        // households
	{6, ""},                         // houseing
	{14, ""},                        // houseing
	{6, ""},                         // houses
	{14, ""},                        // houses
	{6, ""},                         // housing
	{14, ""},                        // housing
	{24, ""},                        // how
	{25, "we write"},                // how
	{25, "we wrote"},                // how
	{25, "to"},                      // how
	{25, "do"},                      // how
	{25, "does"},                    // how
	{25, "should"},                  // how
	{25, "can"},                     // how
	{65, ""},                        // how
	{10, ""},                        // hr
	{8, "beings"},                   // human
	{13, "rights"},                  // human
	{8, ""},                         // humanity
	{60, ""},                        // humanity
	{8, ""},                         // humanity's
	{8, ""},                         // humankind
	{8, ""},                         // humans
	{15, "personalized"},            // hyper
	{15, ""},                        // hyper-personalized
	{0, ""},                         // i.e
	{1, ""},                         // i.e
	{51, ""},                        // ideas
	{67, ""},                        // identify
	{35, "possible"},                // if
	{35, "feasible"},                // if
	{35, "practical"},               // if
	{35, "appropriate"},             // if
	{31, ""},                        // il
	{69, ""},                        // image
	{69, ""},                        // images
	{23, ""},                        // imagine
	{27, ""},                        // imagine
	{2, ""},                         // impact
	{3, ""},                         // impact
	{15, ""},                        // impactful
	{25, "of"},                      // importance
	{48, ""},                        // important
	{4, ""},                         // improve
	{14, ""},                        // improve
	{4, ""},                         // improved
	{14, ""},                        // improved
	{4, ""},                         // improveed
	{14, ""},                        // improveed
	{4, ""},                         // improveing
	{14, ""},                        // improveing
	{4, ""},                         // improves
	{14, ""},                        // improves
	{4, ""},                         // improving
	{14, ""},                        // improving
	{19, "half"},                    // in
	{23, "which every"},             // in
	{23, "which everyone"},          // in
	{32, "a nutshell"},              // in
	{32, "short"},                   // in
	{32, "brief"},                   // in
	{35, "some cases"},              // in
	{38, "line with"},               // in
	{38, "pursuit of"},              // in
	{38, "furtherance of"},          // in
	{38, "support of"},              // in
	{38, "service of"},              // in
	{40, "partnership with"},        // in
	{42, "this document"},           // in
	{42, "this page"},               // in
	{42, "this section"},            // in
	{42, "this article"},            // in
	{42, "this guide"},              // in
	{55, "progress"},                // in
	{55, "preparation"},             // in
	{55, "costruzione"},             // in
	{55, "bearbeitung"},             // in
	{55, "aanbouw"},                 // in
	{57, "order to"},                // in
	{65, ""},                        // in
	{0, ""},                         // inc
	{0, ""},                         // incl
	{1, ""},                         // incl
	{67, ""},                        // include
	{13, ""},                        // inclusive
	{14, ""},                        // increase
	{14, ""},                        // increased
	{14, ""},                        // increaseed
	{14, ""},                        // increaseing
	{14, ""},                        // increases
	{14, ""},                        // increasing
	{71, ""},                        // incredible
	{13, ""},                        // independence
	{10, ""},                        // independent
	{6, ""},                         // index
	{6, ""},                         // indexed
	{6, ""},                         // indexes
	{6, ""},                         // indexing
	{6, ""},                         // indexs
	{10, ""},                        // indie
	{8, ""},                         // individual
	{8, ""},                         // individuals
	{13, ""},                        // inexpensive
	{69, ""},                        // inference
	{13, "decisions"},               // informed
	{13, ""},                        // informed
	{31, ""},                        // initiative
	{2, ""},                         // innovation
	{15, ""},                        // innovation
	{15, ""},                        // innovative
	{69, ""},                        // input
	{20, ""},                        // inputs
	{69, ""},                        // inputs
	{54, "here"},                    // insert
	{67, ""},                        // insert
	{13, ""},                        // insights
	{6, ""},                         // inspect
	{6, ""},                         // inspected
	{6, ""},                         // inspecting
	{6, ""},                         // inspects
	{4, ""},                         // inspire
	{14, ""},                        // inspire
	{4, ""},                         // inspired
	{14, ""},                        // inspired
	{4, ""},                         // inspireed
	{14, ""},                        // inspireed
	{4, ""},                         // inspireing
	{14, ""},                        // inspireing
	{4, ""},                         // inspires
	{14, ""},                        // inspires
	{4, ""},                         // inspiring
	{14, ""},                        // inspiring
	{6, ""},                         // install
	{20, ""},                        // installation
	{51, ""},                        // installation
	{6, ""},                         // installed
	{6, ""},                         // installing
	{6, ""},                         // installs
	{19, "of"},                      // instead
	{31, ""},                        // institute
	{8, ""},                         // institutions
	{6, ""},                         // integrate
	{6, ""},                         // integrated
	{6, ""},                         // integrateed
	{6, ""},                         // integrateing
	{6, ""},                         // integrates
	{6, ""},                         // integrating
	{66, ""},                        // integration
	{20, ""},                        // integrations
	{66, ""},                        // integrations
	{2, ""},                         // integrity
	{35, "to"},                      // intend
	{66, ""},                        // interface
	{53, ""},                        // internship
	{9, ""},                         // into
	{65, ""},                        // into
	{32, ""},                        // intro
	{32, ""},                        // introduction
	{6, ""},                         // invest
	{6, ""},                         // invested
	{6, ""},                         // investing
	{11, ""},                        // investor
	{11, ""},                        // investors
	{6, ""},                         // invests
	{54, ""},                        // ipsum
	{12, "being"},                   // is
	{12, ""},                        // is
	{65, ""},                        // is
	{10, ""},                        // it
	{65, ""},                        // it
	{46, ""},                        // item
	{46, ""},                        // items
	{52, ""},                        // its
	{65, ""},                        // its
	{53, ""},                        // job
	{31, ""},                        // joint
	{11, ""},                        // journalists
	{13, ""},                        // joy
	{0, ""},                         // jr
	{10, ""},                        // junior
	{14, ""},                        // keep
	{67, ""},                        // keep
	{14, ""},                        // keeped
	{14, ""},                        // keeping
	{14, ""},                        // keeps
	{37, ""},                        // kept
	{20, "features"},                // key
	{20, "terms"},                   // key
	{11, ""},                        // kids
	{35, "of"},                      // kind
	{36, ""},                        // kitchen
	{13, ""},                        // knowledge
	{37, ""},                        // known
	{51, ""},                        // kpis
	{31, ""},                        // la
	{62, "nostra missione e"},       // la
	{63, "nostra visione e"},        // la
	{31, ""},                        // lab
	{31, ""},                        // laboratory
	{45, ""},                        // lander
	{11, ""},                        // landlords
	{35, ""},                        // largely
	{9, ""},                         // largest
	{58, ""},                        // largest
	{31, ""},                        // las
	{16, "modified by"},             // last
	{16, "modified on"},             // last
	{16, "modified at"},             // last
	{16, "updated by"},              // last
	{16, "updated on"},              // last
	{16, "updated at"},              // last
	{16, "edited by"},               // last
	{16, "edited on"},               // last
	{16, "edited at"},               // last
	{16, "revised on"},              // last
	{16, "revised at"},              // last
	{16, "reviewed on"},             // last
	{16, "reviewed at"},             // last
	{41, "updated"},                 // last
	{41, "modified"},                // last
	{41, "edited"},                  // last
	{41, "reviewed"},                // last
	{41, "agreed"},                  // last
	{41, "approved"},                // last
	{41, "revised"},                 // last
	{41, "changed"},                 // last
	{36, ""},                        // laugh
	{6, ""},                         // launch
	{45, ""},                        // launch
	{6, ""},                         // launched
	{45, ""},                        // launched
	{6, ""},                         // launches
	{45, ""},                        // launches
	{6, ""},                         // launching
	{6, ""},                         // launchs
	{11, ""},                        // lawyers
	{31, ""},                        // le
	{58, ""},                        // leader
	{11, ""},                        // leaders
	{2, ""},                         // leadership
	{9, ""},                         // leading
	{15, "edge"},                    // leading
	{58, ""},                        // leading
	{71, ""},                        // leading
	{15, ""},                        // leading-edge
	{14, ""},                        // learn
	{42, "more"},                    // learn
	{14, ""},                        // learned
	{11, ""},                        // learner
	{11, ""},                        // learners
	{14, ""},                        // learning
	{14, ""},                        // learns
	{37, ""},                        // led
	{37, ""},                        // left
	{28, ""},                        // leitbild
	{6, ""},                         // lend
	{6, ""},                         // lended
	{6, ""},                         // lending
	{6, ""},                         // lends
	{69, ""},                        // lens
	{68, ""},                        // lenses
	{31, ""},                        // les
	{13, ""},                        // less
	{65, ""},                        // less
	{20, ""},                        // levels
	{15, ""},                        // leverage
	{70, ""},                        // leverage
	{15, ""},                        // leverages
	{70, ""},                        // leverages
	{15, ""},                        // leveraging
	{70, ""},                        // leveraging
	{14, ""},                        // liberate
	{14, ""},                        // liberated
	{14, ""},                        // liberateed
	{14, ""},                        // liberateing
	{14, ""},                        // liberates
	{14, ""},                        // liberating
	{11, ""},                        // libraries
	{31, ""},                        // library
	{6, ""},                         // license
	{51, ""},                        // license
	{6, ""},                         // licensed
	{6, ""},                         // licenseed
	{6, ""},                         // licenseing
	{6, ""},                         // licenses
	{6, ""},                         // licensing
	{3, ""},                         // life
	{8, ""},                         // life
	{45, ""},                        // liftoff
	{36, ""},                        // light
	{49, ""},                        // like
	{49, ""},                        // liked
	{49, ""},                        // likeed
	{49, ""},                        // likeing
	{35, ""},                        // likely
	{49, ""},                        // likes
	{49, ""},                        // liking
	{67, ""},                        // list
	{11, ""},                        // listeners
	{14, ""},                        // live
	{14, ""},                        // lived
	{14, ""},                        // liveed
	{14, ""},                        // liveing
	{3, ""},                         // lives
	{8, ""},                         // lives
	{14, ""},                        // lives
	{14, ""},                        // living
	{0, ""},                         // llc
	{31, ""},                        // lo
	{6, ""},                         // lobbied
	{6, ""},                         // lobbies
	{6, ""},                         // lobby
	{6, ""},                         // lobbyed
	{6, ""},                         // lobbying
	{6, ""},                         // lobbys
	{10, ""},                        // local
	{31, "term"},                    // long
	{68, "sighted"},                 // long
	{68, ""},                        // long-sighted
	{31, ""},                        // long-term
	{54, "ipsum"},                   // lorem
	{54, ""},                        // lorem
	{31, ""},                        // los
	{37, ""},                        // lost
	{71, "of"},                      // lots
	{10, "income"},                  // low
	{13, "cost"},                    // low
	{30, ""},                        // low
	{13, ""},                        // low-cost
	{10, ""},                        // low-income
	{14, ""},                        // lower
	{14, ""},                        // lowered
	{14, ""},                        // lowering
	{14, ""},                        // lowerred
	{14, ""},                        // lowerring
	{14, ""},                        // lowers
	{13, ""},                        // lowest
	{0, ""},                         // ltd
	{45, ""},                        // lunar
	{30, ""},                        // machine
	{66, "learning"},                // machine
	{37, ""},                        // made
	{6, ""},                         // maintain
	{6, ""},                         // maintained
	{42, "by"},                      // maintained
	{11, ""},                        // maintainers
	{6, ""},                         // maintaining
	{6, ""},                         // maintains
	{5, ""},                         // maintenance
	{11, ""},                        // makers
	{11, ""},                        // managers
	{8, ""},                         // mankind
	{8, ""},                         // mankind's
	{6, ""},                         // manufacture
	{6, ""},                         // manufactured
	{6, ""},                         // manufactureed
	{6, ""},                         // manufactureing
	{6, ""},                         // manufactures
	{5, ""},                         // manufacturing
	{6, ""},                         // manufacturing
	{71, ""},                        // many
	{6, ""},                         // map
	{6, ""},                         // maped
	{6, ""},                         // maping
	{6, ""},                         // mapped
	{6, ""},                         // mapping
	{6, ""},                         // maps
	{10, ""},                        // marginalised
	{10, ""},                        // marginalized
	{11, "traders"},                 // market
	{36, ""},                        // market
	{58, "leader"},                  // market
	{11, ""},                        // marketers
	{6, ""},                         // match
	{6, ""},                         // matched
	{6, ""},                         // matches
	{6, ""},                         // matching
	{6, ""},                         // matchs
	{35, ""},                        // may
	{65, ""},                        // may
	{35, ""},                        // maybe
	{36, ""},                        // meal
	{37, ""},                        // meant
	{6, ""},                         // measure
	{6, ""},                         // measured
	{6, ""},                         // measureed
	{6, ""},                         // measureing
	{6, ""},                         // measures
	{6, ""},                         // measuring
	{10, "sized"},                   // medium
	{10, ""},                        // medium-sized
	{14, ""},                        // meet
	{14, ""},                        // meeted
	{14, ""},                        // meeting
	{14, ""},                        // meets
	{11, ""},                        // member
	{11, ""},                        // members
	{11, ""},                        // men
	{6, ""},                         // mentor
	{6, ""},                         // mentored
	{6, ""},                         // mentoring
	{6, ""},                         // mentorred
	{6, ""},                         // mentorring
	{6, ""},                         // mentors
	{11, ""},                        // merchants
	{37, ""},                        // met
	{51, ""},                        // metrics
	{66, ""},                        // microservices
	{10, "sized"},                   // mid
	{10, ""},                        // mid-sized
	{35, ""},                        // might
	{65, ""},                        // might
	{36, ""},                        // miles
	{51, ""},                        // milestone
	{51, ""},                        // milestones
	{11, ""},                        // millennials
	{60, ""},                        // million
	{60, ""},                        // millions
	{36, ""},                        // minutes
	{51, ""},                        // minutes
	{21, ""},                        // mision
	{28, ""},                        // mision
	{21, ""},                        // missao
	{28, ""},                        // missao
	{21, ""},                        // missie
	{28, ""},                        // missie
	{28, ""},                        // missieverklaring
	{15, "critical"},                // mission
	{21, "statement"},               // mission
	{21, ""},                        // mission
	{28, "statement"},               // mission
	{28, ""},                        // mission
	{54, "goes here"},               // mission
	{65, ""},                        // mission
	{15, ""},                        // mission-critical
	{21, ""},                        // missione
	{28, ""},                        // missione
	{28, ""},                        // missions
	{66, ""},                        // mobile
	{6, ""},                         // mobilise
	{6, ""},                         // mobilised
	{6, ""},                         // mobiliseed
	{6, ""},                         // mobiliseing
	{6, ""},                         // mobilises
	{6, ""},                         // mobilising
	{6, ""},                         // mobilize
	{6, ""},                         // mobilized
	{6, ""},                         // mobilizeed
	{6, ""},                         // mobilizeing
	{6, ""},                         // mobilizes
	{6, ""},                         // mobilizing
	{20, ""},                        // modalities
	{69, ""},                        // mode
	{69, ""},                        // model
	{20, ""},                        // models
	{69, ""},                        // models
	{20, ""},                        // modes
	{41, ""},                        // modified
	{66, ""},                        // module
	{69, ""},                        // module
	{20, ""},                        // modules
	{66, ""},                        // modules
	{6, ""},                         // monitor
	{6, ""},                         // monitored
	{6, ""},                         // monitoring
	{6, ""},                         // monitorred
	{6, ""},                         // monitorring
	{6, ""},                         // monitors
	{13, "time"},                    // more
	{35, "or less"},                 // more
	{42, "information"},             // more
	{42, "details"},                 // more
	{65, ""},                        // more
	{36, ""},                        // morning
	{9, ""},                         // most
	{58, ""},                        // most
	{65, ""},                        // most
	{71, "trusted"},                 // most
	{71, "respected"},               // most
	{35, ""},                        // mostly
	{51, ""},                        // motivation
	{15, "the needle"},              // move
	{41, ""},                        // moved
	{0, ""},                         // mr
	{1, ""},                         // mr
	{0, ""},                         // mrs
	{1, ""},                         // mrs
	{0, ""},                         // ms
	{1, ""},                         // ms
	{0, ""},                         // mt
	{1, ""},                         // mt
	{30, ""},                        // multimodal
	{69, ""},                        // multimodal
	{11, ""},                        // municipalities
	{31, ""},                        // museum
	{11, ""},                        // musicians
	{65, ""},                        // must
	{31, ""},                        // my
	{52, ""},                        // my
	{68, ""},                        // myopia
	{41, ""},                        // name
	{46, ""},                        // name
	{46, ""},                        // names
	{60, ""},                        // nation
	{8, ""},                         // nations
	{60, ""},                        // nations
	{49, ""},                        // need
	{49, ""},                        // needed
	{49, ""},                        // needing
	{49, ""},                        // needs
	{10, ""},                        // neighborhood
	{36, ""},                        // neighborhood
	{10, ""},                        // neighbourhood
	{36, ""},                        // neighbourhood
	{6, ""},                         // network
	{31, ""},                        // network
	{6, ""},                         // networked
	{6, ""},                         // networking
	{6, ""},                         // networks
	{23, "again"},                   // never
	{60, ""},                        // never
	{10, ""},                        // new
	{31, ""},                        // new
	{17, ""},                        // news
	{15, "generation"},              // next
	{15, "gen"},                     // next
	{51, "steps"},                   // next
	{15, ""},                        // next-gen
	{15, ""},                        // next-generation
	{30, ""},                        // night
	{36, ""},                        // night
	{0, ""},                         // no
	{8, "one"},                      // no
	{19, "need to"},                 // no
	{19, "more"},                    // no
	{23, "longer"},                  // no
	{60, "one"},                     // no
	{61, ""},                        // no
	{65, ""},                        // no
	{8, ""},                         // nobody
	{60, ""},                        // nobody
	{10, "profit"},                  // non
	{11, "profits"},                 // non
	{51, "goals"},                   // non
	{51, "goals"},                   // non
	{51, ""},                        // non-goals
	{10, ""},                        // non-profit
	{11, ""},                        // non-profits
	{47, ""},                        // none
	{10, ""},                        // nonprofit
	{11, ""},                        // nonprofits
	{34, "star"},                    // north
	{34, ""},                        // northstar
	{31, ""},                        // nos
	{52, ""},                        // nos
	{31, ""},                        // nossa
	{52, ""},                        // nossa
	{62, "missao e"},                // nossa
	{63, "visao e"},                 // nossa
	{31, ""},                        // nossas
	{52, ""},                        // nossas
	{31, ""},                        // nosso
	{52, ""},                        // nosso
	{31, ""},                        // nossos
	{52, ""},                        // nossos
	{31, ""},                        // nostra
	{52, ""},                        // nostra
	{62, "missione e"},              // nostra
	{63, "visione e"},               // nostra
	{31, ""},                        // nostre
	{52, ""},                        // nostre
	{31, ""},                        // nostri
	{52, ""},                        // nostri
	{31, ""},                        // nostro
	{52, ""},                        // nostro
	{19, "just"},                    // not
	{19, "only"},                    // not
	{47, ""},                        // not
	{51, ""},                        // not
	{55, "yet written"},             // not
	{64, "yet agreed"},              // not
	{64, "discussed"},               // not
	{65, ""},                        // not
	{41, ""},                        // note
	{48, ""},                        // note
	{41, ""},                        // notes
	{48, ""},                        // notes
	{47, ""},                        // nothing
	{64, "to bring"},                // nothing
	{64, "to report"},               // nothing
	{48, ""},                        // notice
	{31, ""},                        // notre
	{52, ""},                        // notre
	{62, "raison d'etre est"},       // notre
	{62, "mission est"},             // notre
	{62, "mission consiste"},        // notre
	{63, "vision est"},              // notre
	{62, "avons pour mission"},      // nous
	{31, ""},                        // nuestra
	{52, ""},                        // nuestra
	{62, "mision es"},               // nuestra
	{62, "mision consiste"},         // nuestra
	{63, "vision es"},               // nuestra
	{31, ""},                        // nuestras
	{52, ""},                        // nuestras
	{31, ""},                        // nuestro
	{52, ""},                        // nuestro
	{31, ""},                        // nuestros
	{52, ""},                        // nuestros
	{58, "one"},                     // number
	{58, "1"},                       // number
	{58, "one"},                     // number
	{61, ""},                        // number
	{71, "one"},                     // number
	{58, ""},                        // number-one
	{71, ""},                        // numerous
	{11, ""},                        // nurse
	{11, ""},                        // nurses
	{14, ""},                        // nurture
	{14, ""},                        // nurtured
	{14, ""},                        // nurtureed
	{14, ""},                        // nurtureing
	{14, ""},                        // nurtures
	{14, ""},                        // nurturing
	{32, ""},                        // nutshell
	{31, ""},                        // o
	{24, ""},                        // obiettivi
	{24, ""},                        // objectifs
	{51, ""},                        // objective
	{24, ""},                        // objectives
	{51, ""},                        // objectives
	{24, ""},                        // objetivos
	{69, ""},                        // ocr
	{33, ""},                        // of
	{65, ""},                        // of
	{6, ""},                         // offer
	{6, ""},                         // offered
	{6, ""},                         // offering
	{6, ""},                         // offerred
	{6, ""},                         // offerring
	{6, ""},                         // offers
	{31, ""},                        // office
	{51, ""},                        // okr
	{51, ""},                        // okrs
	{10, ""},                        // older
	{15, ""},                        // omnichannel
	{13, "time"},                    // on
	{42, "this page"},               // on
	{64, "hold"},                    // on
	{65, ""},                        // on
	{15, "stop shop"},               // one
	{15, "stop shop"},               // one
	{23, "day"},                     // one
	{32, "liner"},                   // one
	{32, "liner"},                   // one
	{61, ""},                        // one
	{32, ""},                        // one-liner
	{15, "shop"},                    // one-stop
	{15, ""},                        // one-stop-shop
	{10, ""},                        // online
	{19, ""},                        // only
	{31, ""},                        // ons
	{52, ""},                        // ons
	{31, ""},                        // onze
	{52, ""},                        // onze
	{62, "missie is"},               // onze
	{63, "visie is"},                // onze
	{6, "source"},                   // open
	{6, "sources"},                  // open
	{6, "sourceed"},                 // open
	{6, "sourceing"},                // open
	{6, "sourced"},                  // open
	{6, "sourcing"},                 // open
	{10, "source"},                  // open
	{11, "source communities"},      // open
	{11, "source communities"},      // open
	{51, "questions"},               // open
	{6, ""},                         // open-source
	{10, ""},                        // open-source
	{11, "communities"},             // open-source
	{6, ""},                         // open-sourced
	{6, ""},                         // open-sourceed
	{6, ""},                         // open-sourceing
	{6, ""},                         // open-sources
	{6, ""},                         // open-sourcing
	{6, ""},                         // operate
	{6, ""},                         // operated
	{6, ""},                         // operateed
	{6, ""},                         // operateing
	{6, ""},                         // operates
	{6, ""},                         // operating
	{11, ""},                        // operators
	{68, ""},                        // ophthalmologist
	{68, ""},                        // ophthalmologists
	{2, ""},                         // opportunities
	{3, ""},                         // opportunities
	{13, ""},                        // opportunities
	{2, ""},                         // opportunity
	{3, ""},                         // opportunity
	{13, ""},                        // opportunity
	{68, ""},                        // optician
	{68, ""},                        // opticians
	{15, ""},                        // optimise
	{2, ""},                         // optimization
	{15, ""},                        // optimize
	{20, ""},                        // options
	{68, ""},                        // optometrist
	{68, ""},                        // optometrists
	{65, ""},                        // or
	{45, ""},                        // orbit
	{45, ""},                        // orbital
	{45, ""},                        // orbiter
	{45, ""},                        // orbits
	{8, ""},                         // organisation
	{31, ""},                        // organisation
	{31, ""},                        // organisational
	{8, ""},                         // organisations
	{6, ""},                         // organise
	{6, ""},                         // organised
	{6, ""},                         // organiseed
	{6, ""},                         // organiseing
	{6, ""},                         // organises
	{6, ""},                         // organising
	{8, ""},                         // organization
	{31, ""},                        // organization
	{31, ""},                        // organizational
	{8, ""},                         // organizations
	{6, ""},                         // organize
	{6, ""},                         // organized
	{6, ""},                         // organizeed
	{6, ""},                         // organizeing
	{6, ""},                         // organizes
	{6, ""},                         // organizing
	{31, ""},                        // os
	{28, "purpose"},                 // our
	{31, ""},                        // our
	{34, "dream"},                   // our
	{52, ""},                        // our
	{63, "north star is"},           // our
	{65, ""},                        // our
	{51, "of scope"},                // out
	{67, ""},                        // outline
	{43, ""},                        // outlines
	{71, ""},                        // outstanding
	{31, ""},                        // overall
	{14, ""},                        // overcome
	{14, ""},                        // overcomed
	{14, ""},                        // overcomeed
	{14, ""},                        // overcomeing
	{14, ""},                        // overcomes
	{14, ""},                        // overcoming
	{32, ""},                        // overview
	{6, ""},                         // own
	{65, ""},                        // own
	{6, ""},                         // owned
	{41, ""},                        // owner
	{41, ""},                        // owners
	{6, ""},                         // owning
	{6, ""},                         // owns
	{37, ""},                        // paid
	{33, ""},                        // para
	{15, "shift"},                   // paradigm
	{15, ""},                        // paradigm
	{11, ""},                        // parent
	{11, ""},                        // parents
	{64, ""},                        // parked
	{38, "of"},                      // part
	{61, ""},                        // part
	{6, ""},                         // partner
	{6, ""},                         // partnered
	{6, ""},                         // partnering
	{6, ""},                         // partnerred
	{6, ""},                         // partnerring
	{6, ""},                         // partners
	{31, ""},                        // partnership
	{15, ""},                        // passionate
	{19, ""},                        // patented
	{11, ""},                        // patient
	{11, ""},                        // patients
	{11, ""},                        // patients'
	{45, ""},                        // payload
	{45, ""},                        // payloads
	{13, "of mind"},                 // peace
	{8, ""},                         // people
	{33, ""},                        // per
	{13, ""},                        // perfect
	{2, ""},                         // performance
	{35, ""},                        // perhaps
	{30, ""},                        // peripheral
	{8, ""},                         // person
	{51, ""},                        // personas
	{8, ""},                         // persons
	{49, ""},                        // persuade
	{49, ""},                        // persuaded
	{49, ""},                        // persuadeed
	{49, ""},                        // persuadeing
	{49, ""},                        // persuades
	{49, ""},                        // persuading
	{11, "owners"},                  // pet
	{11, ""},                        // pharmacies
	{11, ""},                        // pharmacist
	{11, ""},                        // pharmacists
	{36, ""},                        // phone
	{69, ""},                        // photo
	{11, ""},                        // photographers
	{69, ""},                        // photos
	{11, ""},                        // physicians
	{27, ""},                        // picture
	{46, ""},                        // piece
	{46, ""},                        // pieces
	{69, ""},                        // pipeline
	{69, ""},                        // pixel
	{69, ""},                        // pixels
	{54, ""},                        // placeholder
	{53, ""},                        // placement
	{35, "to"},                      // plan
	{51, ""},                        // plan
	{60, ""},                        // planet
	{51, ""},                        // plans
	{6, ""},                         // plant
	{6, ""},                         // planted
	{6, ""},                         // planting
	{6, ""},                         // plants
	{31, ""},                        // platform
	{66, ""},                        // platform
	{53, ""},                        // player
	{11, ""},                        // players
	{66, ""},                        // plugin
	{69, ""},                        // plugin
	{20, ""},                        // plugins
	{66, ""},                        // plugins
	{69, ""},                        // plugins
	{6, ""},                         // pool
	{6, ""},                         // pooled
	{6, ""},                         // pooling
	{6, ""},                         // pools
	{66, ""},                        // portal
	{53, ""},                        // position
	{35, ""},                        // possibly
	{53, ""},                        // post
	{64, ""},                        // postponed
	{2, ""},                         // potential
	{13, ""},                        // potential
	{35, ""},                        // potentially
	{33, ""},                        // pour
	{40, "by"},                      // powered
	{11, ""},                        // practitioners
	{58, "eminent"},                 // pre
	{58, ""},                        // pre-eminent
	{58, ""},                        // preeminent
	{49, ""},                        // prefer
	{49, ""},                        // prefered
	{49, ""},                        // prefering
	{49, ""},                        // preferred
	{58, ""},                        // preferred
	{49, ""},                        // preferring
	{49, ""},                        // prefers
	{15, ""},                        // premier
	{58, ""},                        // premier
	{71, ""},                        // premier
	{14, ""},                        // prevent
	{14, ""},                        // prevented
	{14, ""},                        // preventing
	{14, ""},                        // prevents
	{51, ""},                        // pricing
	{24, ""},                        // principes
	{24, ""},                        // principi
	{24, ""},                        // principios
	{24, ""},                        // principles
	{24, ""},                        // prinzipien
	{51, ""},                        // priorities
	{41, ""},                        // priority
	{46, ""},                        // prize
	{46, ""},                        // prizes
	{45, ""},                        // probe
	{53, ""},                        // probe
	{51, "statement"},               // problem
	{51, ""},                        // problem
	{6, ""},                         // produce
	{6, ""},                         // produced
	{6, ""},                         // produceed
	{6, ""},                         // produceing
	{6, ""},                         // produces
	{6, ""},                         // producing
	{11, "managers"},                // product
	{11, "teams"},                   // product
	{31, ""},                        // product
	{41, "name"},                    // product
	{46, ""},                        // product
	{54, "name"},                    // product
	{54, "x"},                       // product
	{13, ""},                        // productive
	{2, ""},                         // productivity
	{46, ""},                        // products
	{0, ""},                         // prof
	{1, ""},                         // prof
	{10, ""},                        // professional
	{11, ""},                        // professionals
	{6, ""},                         // program
	{31, ""},                        // program
	{6, ""},                         // programed
	{6, ""},                         // programing
	{31, ""},                        // programme
	{6, ""},                         // programmed
	{11, ""},                        // programmers
	{6, ""},                         // programming
	{6, ""},                         // programs
	{31, ""},                        // project
	{4, ""},                         // promote
	{70, ""},                        // promote
	{4, ""},                         // promoted
	{4, ""},                         // promoteed
	{4, ""},                         // promoteing
	{4, ""},                         // promotes
	{70, ""},                        // promotes
	{4, ""},                         // promoting
	{70, ""},                        // promoting
	{31, ""},                        // proposed
	{28, ""},                        // proposito
	{39, ""},                        // proposito
	{19, ""},                        // proprietary
	{14, ""},                        // prosper
	{14, ""},                        // prospered
	{14, ""},                        // prospering
	{13, ""},                        // prosperity
	{14, ""},                        // prosperred
	{14, ""},                        // prosperring
	{14, ""},                        // prospers
	{14, ""},                        // protect
	{14, ""},                        // protected
	{14, ""},                        // protecting
	{14, ""},                        // protects
	{6, ""},                         // provide
	{67, ""},                        // provide
	{70, ""},                        // provide
	{6, ""},                         // provided
	{70, ""},                        // provided
	{6, ""},                         // provideed
	{6, ""},                         // provideing
	{6, ""},                         // provides
	{70, ""},                        // provides
	{6, ""},                         // providing
	{70, ""},                        // providing
	{5, ""},                         // provision
	{5, ""},                         // provisioning
	{8, "good"},                     // public
	{10, "sector"},                  // public
	{10, ""},                        // public-sector
	{6, ""},                         // publish
	{6, ""},                         // published
	{11, ""},                        // publishers
	{6, ""},                         // publishes
	{5, ""},                         // publishing
	{6, ""},                         // publishing
	{6, ""},                         // publishs
	{56, ""},                        // purchase
	{56, ""},                        // purchased
	{56, ""},                        // purchaseed
	{56, ""},                        // purchaseing
	{56, ""},                        // purchases
	{56, ""},                        // purchasing
	{28, ""},                        // purpose
	{39, ""},                        // purpose
	{54, "goes here"},               // purpose
	{65, ""},                        // purpose
	{38, ""},                        // pursue
	{38, ""},                        // pursues
	{38, ""},                        // pursuing
	{38, "of"},                      // pursuit
	{37, ""},                        // put
	{2, ""},                         // quality
	{13, "of life"},                 // quality
	{20, ""},                        // quests
	{35, ""},                        // quite
	{28, "d'être"},                  // raison
	{28, "d'etre"},                  // raison
	{39, "d'être"},                  // raison
	{39, "d'etre"},                  // raison
	{19, "than"},                    // rather
	{35, ""},                        // rather
	{7, ""},                         // ratified
	{45, "entry"},                   // re
	{45, ""},                        // re-entry
	{14, ""},                        // reach
	{14, ""},                        // reached
	{14, ""},                        // reaches
	{14, ""},                        // reaching
	{14, ""},                        // reachs
	{37, ""},                        // read
	{42, "on"},                      // read
	{11, ""},                        // readers
	{66, "time"},                    // real
	{66, ""},                        // real-time
	{14, ""},                        // realise
	{14, ""},                        // realised
	{14, ""},                        // realiseed
	{14, ""},                        // realiseing
	{14, ""},                        // realises
	{14, ""},                        // realising
	{14, ""},                        // realize
	{14, ""},                        // realized
	{14, ""},                        // realizeed
	{14, ""},                        // realizeing
	{14, ""},                        // realizes
	{14, ""},                        // realizing
	{71, ""},                        // really
	{28, "for being"},               // reason
	{39, "for being"},               // reason
	{14, ""},                        // rebuild
	{14, ""},                        // rebuilded
	{14, ""},                        // rebuilding
	{14, ""},                        // rebuilds
	{69, ""},                        // recognition
	{45, ""},                        // reconnaissance
	{14, ""},                        // recover
	{14, ""},                        // recovered
	{14, ""},                        // recovering
	{14, ""},                        // recoverred
	{14, ""},                        // recoverring
	{14, ""},                        // recovers
	{6, ""},                         // recruit
	{6, ""},                         // recruited
	{6, ""},                         // recruiting
	{6, ""},                         // recruits
	{6, ""},                         // recycle
	{6, ""},                         // recycled
	{6, ""},                         // recycleed
	{6, ""},                         // recycleing
	{6, ""},                         // recycles
	{6, ""},                         // recycling
	{14, ""},                        // reduce
	{14, ""},                        // reduced
	{14, ""},                        // reduceed
	{14, ""},                        // reduceing
	{14, ""},                        // reduces
	{14, ""},                        // reducing
	{45, ""},                        // reentry
	{51, ""},                        // references
	{31, ""},                        // refreshed
	{10, ""},                        // regional
	{35, ""},                        // relatively
	{17, "notes"},                   // release
	{17, "history"},                 // release
	{20, "notes"},                   // release
	{51, "notes"},                   // release
	{17, ""},                        // releases
	{51, ""},                        // releases
	{14, ""},                        // relieve
	{14, ""},                        // relieved
	{14, ""},                        // relieveed
	{14, ""},                        // relieveing
	{14, ""},                        // relieves
	{14, ""},                        // relieving
	{10, ""},                        // remote
	{14, ""},                        // remove
	{14, ""},                        // removed
	{14, ""},                        // removeed
	{14, ""},                        // removeing
	{14, ""},                        // removes
	{14, ""},                        // removing
	{31, ""},                        // renewed
	{71, ""},                        // renowned
	{11, ""},                        // renters
	{6, ""},                         // repair
	{6, ""},                         // repaired
	{6, ""},                         // repairing
	{6, ""},                         // repairs
	{67, ""},                        // replace
	{19, ""},                        // replacing
	{49, ""},                        // require
	{49, ""},                        // required
	{49, ""},                        // requireed
	{49, ""},                        // requireing
	{20, ""},                        // requirements
	{51, ""},                        // requirements
	{49, ""},                        // requires
	{49, ""},                        // requiring
	{6, ""},                         // rescue
	{6, ""},                         // rescued
	{6, ""},                         // rescueed
	{6, ""},                         // rescueing
	{6, ""},                         // rescues
	{6, ""},                         // rescuing
	{5, ""},                         // research
	{10, ""},                        // research
	{11, ""},                        // researcher
	{11, ""},                        // researchers
	{11, ""},                        // residents
	{41, ""},                        // resolved
	{11, ""},                        // restaurants
	{6, ""},                         // restore
	{14, ""},                        // restore
	{6, ""},                         // restored
	{14, ""},                        // restored
	{6, ""},                         // restoreed
	{14, ""},                        // restoreed
	{6, ""},                         // restoreing
	{14, ""},                        // restoreing
	{6, ""},                         // restores
	{14, ""},                        // restores
	{6, ""},                         // restoring
	{14, ""},                        // restoring
	{3, ""},                         // results
	{10, ""},                        // retail
	{11, ""},                        // retailers
	{68, ""},                        // retina
	{11, ""},                        // retirees
	{6, ""},                         // review
	{6, ""},                         // reviewed
	{41, ""},                        // reviewed
	{41, ""},                        // reviewers
	{6, ""},                         // reviewing
	{6, ""},                         // reviews
	{31, ""},                        // revised
	{15, ""},                        // revolutionary
	{4, ""},                         // revolutionise
	{15, ""},                        // revolutionise
	{4, ""},                         // revolutionised
	{4, ""},                         // revolutioniseed
	{4, ""},                         // revolutioniseing
	{4, ""},                         // revolutionises
	{4, ""},                         // revolutionising
	{4, ""},                         // revolutionize
	{15, ""},                        // revolutionize
	{4, ""},                         // revolutionized
	{4, ""},                         // revolutionizeed
	{4, ""},                         // revolutionizeing
	{4, ""},                         // revolutionizes
	{4, ""},                         // revolutionizing
	{13, ""},                        // richer
	{37, ""},                        // ridden
	{11, ""},                        // riders
	{13, ""},                        // rights
	{37, ""},                        // risen
	{51, ""},                        // risks
	{36, ""},                        // river
	{51, ""},                        // roadmap
	{30, ""},                        // robot
	{30, ""},                        // robotic
	{15, ""},                        // robust
	{45, ""},                        // rocket
	{45, ""},                        // rockets
	{53, ""},                        // role
	{36, ""},                        // roof
	{11, ""},                        // rotarians
	{46, ""},                        // round
	{46, ""},                        // rounds
	{45, ""},                        // rover
	{53, ""},                        // rover
	{6, ""},                         // run
	{37, ""},                        // run
	{6, ""},                         // runed
	{6, ""},                         // runing
	{6, ""},                         // runned
	{11, ""},                        // runners
	{6, ""},                         // running
	{6, ""},                         // runs
	{10, ""},                        // rural
	{10, ""},                        // saas
	{66, ""},                        // saas
	{13, ""},                        // safe
	{14, ""},                        // safeguard
	{14, ""},                        // safeguarded
	{14, ""},                        // safeguarding
	{14, ""},                        // safeguards
	{13, ""},                        // safer
	{13, ""},                        // safety
	{37, ""},                        // said
	{11, "teams"},                   // sales
	{25, ""},                        // sample
	{25, ""},                        // samples
	{45, ""},                        // satellite
	{53, ""},                        // satellite
	{45, ""},                        // satellites
	{14, ""},                        // save
	{14, ""},                        // saved
	{14, ""},                        // saveed
	{14, ""},                        // saveing
	{14, ""},                        // saves
	{14, ""},                        // saving
	{15, ""},                        // scalable
	{51, ""},                        // schedule
	{11, ""},                        // scholars
	{31, ""},                        // school
	{36, ""},                        // school
	{11, ""},                        // schools
	{11, ""},                        // scientist
	{11, ""},                        // scientists
	{51, ""},                        // scope
	{36, ""},                        // screen
	{69, ""},                        // screenshot
	{69, ""},                        // screenshots
	{66, ""},                        // sdk
	{15, ""},                        // seamless
	{15, ""},                        // seamlessly
	{41, ""},                        // seconded
	{14, ""},                        // secure
	{14, ""},                        // secured
	{14, ""},                        // secureed
	{14, ""},                        // secureing
	{14, ""},                        // secures
	{14, ""},                        // securing
	{41, "also"},                    // see
	{42, "also"},                    // see
	{42, "the"},                     // see
	{4, ""},                         // seek
	{35, "to"},                      // seek
	{70, "to"},                      // seek
	{4, ""},                         // seeked
	{4, ""},                         // seeking
	{4, ""},                         // seeks
	{35, "to"},                      // seeks
	{37, ""},                        // seen
	{69, ""},                        // segmentation
	{6, ""},                         // sell
	{6, ""},                         // selled
	{11, ""},                        // sellers
	{6, ""},                         // selling
	{6, ""},                         // sells
	{10, ""},                        // senior
	{11, ""},                        // seniors
	{66, ""},                        // sensor
	{69, ""},                        // sensor
	{66, ""},                        // sensors
	{69, ""},                        // sensors
	{37, ""},                        // sent
	{18, ""},                        // sentence
	{4, ""},                         // serve
	{4, ""},                         // served
	{4, ""},                         // serveed
	{4, ""},                         // serveing
	{4, ""},                         // serves
	{38, ""},                        // serves
	{31, ""},                        // service
	{50, "support"},                 // service
	{4, ""},                         // serving
	{37, ""},                        // set
	{43, "out"},                     // sets
	{20, ""},                        // settings
	{20, ""},                        // setup
	{71, ""},                        // several
	{37, ""},                        // shaken
	{23, ""},                        // shall
	{65, ""},                        // shall
	{4, ""},                         // shape
	{4, ""},                         // shaped
	{4, ""},                         // shapeed
	{4, ""},                         // shapeing
	{4, ""},                         // shapes
	{4, ""},                         // shaping
	{31, ""},                        // shared
	{6, ""},                         // ship
	{6, ""},                         // shiped
	{6, ""},                         // shiping
	{6, ""},                         // shipped
	{6, ""},                         // shipping
	{6, ""},                         // ships
	{36, ""},                        // shop
	{11, ""},                        // shopkeepers
	{11, ""},                        // shoppers
	{32, "version"},                 // short
	{68, "sighted"},                 // short
	{68, ""},                        // short-sighted
	{44, "you choose to accept it"}, // should
	{44, "you decide to accept it"}, // should
	{65, ""},                        // should
	{37, ""},                        // shown
	{68, ""},                        // sight
	{71, ""},                        // significantly
	{13, ""},                        // simpler
	{14, ""},                        // simplified
	{14, ""},                        // simplifies
	{14, ""},                        // simplify
	{14, ""},                        // simplifyed
	{14, ""},                        // simplifying
	{14, ""},                        // simplifys
	{50, ""},                        // situation
	{10, ""},                        // small
	{11, "businesses"},              // small
	{11, "business"},                // small
	{13, ""},                        // smarter
	{11, ""},                        // smbs
	{36, ""},                        // smile
	{57, "they can"},                // so
	{57, "people can"},              // so
	{57, "you can"},                 // so
	{57, "that"},                    // so
	{65, ""},                        // so
	{8, ""},                         // society
	{31, ""},                        // society
	{10, ""},                        // software
	{11, "companies"},               // software
	{66, ""},                        // software
	{37, ""},                        // sold
	{15, "provider"},                // solution
	{2, ""},                         // solutions
	{15, ""},                        // solutions
	{14, ""},                        // solve
	{14, ""},                        // solved
	{14, ""},                        // solveed
	{14, ""},                        // solveing
	{14, ""},                        // solves
	{14, ""},                        // solving
	{23, "day"},                     // some
	{23, ""},                        // someday
	{35, ""},                        // somewhat
	{35, "of"},                      // sort
	{45, ""},                        // sortie
	{6, ""},                         // source
	{41, ""},                        // source
	{56, ""},                        // source
	{6, ""},                         // sourced
	{56, ""},                        // sourced
	{6, ""},                         // sourceed
	{56, ""},                        // sourceed
	{6, ""},                         // sourceing
	{56, ""},                        // sourceing
	{6, ""},                         // sources
	{56, ""},                        // sources
	{6, ""},                         // sourcing
	{56, ""},                        // sourcing
	{45, ""},                        // spacecraft
	{53, ""},                        // spacecraft
	{45, ""},                        // spaceflight
	{11, ""},                        // specialists
	{67, ""},                        // specify
	{68, ""},                        // spectacles
	{37, ""},                        // spent
	{45, ""},                        // splashdown
	{37, ""},                        // spoken
	{45, ""},                        // squadron
	{68, ""},                        // squint
	{0, ""},                         // sr
	{0, ""},                         // st
	{1, ""},                         // st
	{2, ""},                         // stakeholder
	{2, ""},                         // stakeholders
	{8, ""},                         // stakeholders
	{41, ""},                        // stakeholders
	{36, ""},                        // stall
	{11, ""},                        // stallholders
	{11, ""},                        // startup
	{31, ""},                        // startup
	{11, ""},                        // startups
	{15, "of the art"},              // state
	{67, ""},                        // state
	{15, ""},                        // state-of-the-art
	{31, ""},                        // stated
	{18, ""},                        // statement
	{24, ""},                        // statement
	{32, ""},                        // statement
	{54, "goes here"},               // statement
	{65, ""},                        // statement
	{24, ""},                        // statements
	{41, ""},                        // status
	{51, ""},                        // status
	{14, ""},                        // stay
	{14, ""},                        // stayed
	{14, ""},                        // staying
	{14, ""},                        // stays
	{51, ""},                        // steps
	{30, ""},                        // stereo
	{64, "being drafted"},           // still
	{64, "working on"},              // still
	{64, "drafting"},                // still
	{37, ""},                        // stolen
	{24, ""},                        // strategia
	{31, ""},                        // strategic
	{24, ""},                        // strategie
	{24, ""},                        // strategies
	{24, ""},                        // strategy
	{15, ""},                        // streamline
	{36, ""},                        // street
	{4, ""},                         // strengthen
	{14, ""},                        // strengthen
	{4, ""},                         // strengthened
	{14, ""},                        // strengthened
	{4, ""},                         // strengthening
	{14, ""},                        // strengthening
	{4, ""},                         // strengthenned
	{14, ""},                        // strengthenned
	{4, ""},                         // strengthenning
	{14, ""},                        // strengthenning
	{4, ""},                         // strengthens
	{14, ""},                        // strengthens
	{4, ""},                         // strive
	{27, "for"},                     // strive
	{35, "to"},                      // strive
	{35, "for"},                     // strive
	{70, ""},                        // strive
	{4, ""},                         // strived
	{4, ""},                         // striveed
	{4, ""},                         // striveing
	{4, ""},                         // strives
	{35, "to"},                      // strives
	{35, "for"},                     // strives
	{70, ""},                        // strives
	{4, ""},                         // striving
	{27, "for"},                     // striving
	{70, ""},                        // striving
	{13, ""},                        // stronger
	{10, ""},                        // student
	{11, ""},                        // student
	{11, ""},                        // students
	{31, ""},                        // studio
	{11, ""},                        // subscribers
	{71, ""},                        // substantially
	{14, ""},                        // succeed
	{14, ""},                        // succeeded
	{14, ""},                        // succeeding
	{14, ""},                        // succeeds
	{2, ""},                         // success
	{3, ""},                         // success
	{13, ""},                        // success
	{51, "criteria"},                // success
	{51, "metrics"},                 // success
	{13, ""},                        // suffering
	{67, ""},                        // summarise
	{43, ""},                        // summarises
	{67, ""},                        // summarize
	{43, ""},                        // summarizes
	{18, ""},                        // summary
	{32, ""},                        // summary
	{71, ""},                        // superior
	{4, ""},                         // support
	{11, "teams"},                   // support
	{38, ""},                        // support
	{69, ""},                        // support
	{70, ""},                        // support
	{4, ""},                         // supported
	{20, "models"},                  // supported
	{69, ""},                        // supported
	{4, ""},                         // supporting
	{38, ""},                        // supporting
	{70, ""},                        // supporting
	{4, ""},                         // supports
	{38, ""},                        // supports
	{69, ""},                        // supports
	{70, ""},                        // supports
	{2, ""},                         // sustainability
	{6, ""},                         // synchronise
	{6, ""},                         // synchronised
	{6, ""},                         // synchroniseed
	{6, ""},                         // synchroniseing
	{6, ""},                         // synchronises
	{6, ""},                         // synchronising
	{6, ""},                         // synchronize
	{6, ""},                         // synchronized
	{6, ""},                         // synchronizeed
	{6, ""},                         // synchronizeing
	{6, ""},                         // synchronizes
	{6, ""},                         // synchronizing
	{15, ""},                        // synergies
	{15, ""},                        // synergistic
	{2, ""},                         // synergy
	{15, ""},                        // synergy
	{32, ""},                        // synopsis
	{11, ""},                        // sysadmins
	{66, ""},                        // system
	{66, ""},                        // systems
	{36, ""},                        // table
	{14, ""},                        // tackle
	{14, ""},                        // tackled
	{14, ""},                        // tackleed
	{14, ""},                        // tackleing
	{14, ""},                        // tackles
	{14, ""},                        // tackling
	{41, ""},                        // tags
	{37, ""},                        // taken
	{51, "users"},                   // target
	{51, ""},                        // target
	{51, ""},                        // targets
	{51, ""},                        // tasks
	{69, ""},                        // tasks
	{37, ""},                        // taught
	{54, ""},                        // tba
	{54, ""},                        // tbc
	{54, ""},                        // tbd
	{6, ""},                         // teach
	{6, ""},                         // teached
	{11, ""},                        // teacher
	{11, ""},                        // teachers
	{6, ""},                         // teaches
	{6, ""},                         // teaching
	{6, ""},                         // teachs
	{31, ""},                        // team
	{51, ""},                        // team
	{11, ""},                        // teams
	{10, ""},                        // tech
	{10, ""},                        // technical
	{31, ""},                        // technical
	{11, ""},                        // teenagers
	{11, ""},                        // teens
	{45, ""},                        // telemetry
	{45, ""},                        // telescope
	{30, ""},                        // television
	{49, ""},                        // tell
	{49, ""},                        // telled
	{49, ""},                        // telling
	{49, ""},                        // tells
	{62, "como missao"},             // tem
	{62, "por missao"},              // tem
	{25, ""},                        // template
	{25, ""},                        // templates
	{11, ""},                        // tenants
	{62, "como mision"},             // tenemos
	{24, ""},                        // tenets
	{20, ""},                        // terminology
	{6, ""},                         // test
	{6, ""},                         // tested
	{11, ""},                        // testers
	{6, ""},                         // testing
	{6, ""},                         // tests
	{54, "goes here"},               // text
	{19, ""},                        // than
	{65, ""},                        // than
	{40, "to"},                      // thanks
	{57, "lets"},                    // that
	{57, "helps"},                   // that
	{65, ""},                        // that
	{3, "future"},                   // the
	{8, "public good"},              // the
	{8, "world"},                    // the
	{8, "world's"},                  // the
	{8, "planet"},                   // the
	{8, "public"},                   // the
	{13, "benefit of"},              // the
	{19, "only"},                    // the
	{23, "day when"},                // the
	{31, ""},                        // the
	{32, "short version"},           // the
	{42, "following"},               // the
	{61, ""},                        // the
	{65, ""},                        // the
	{71, "best"},                    // the
	{52, ""},                        // their
	{65, ""},                        // their
	{65, ""},                        // them
	{46, ""},                        // theme
	{46, ""},                        // themes
	{65, ""},                        // then
	{30, ""},                        // thermal
	{65, ""},                        // these
	{65, ""},                        // they
	{42, "is an overview"},          // this
	{42, "is where"},                // this
	{42, "decision record"},         // this
	{42, "pull request"},            // this
	{42, "document"},                // this
	{42, "doc"},                     // this
	{42, "page"},                    // this
	{42, "section"},                 // this
	{42, "file"},                    // this
	{42, "overview"},                // this
	{42, "guide"},                   // this
	{42, "article"},                 // this
	{42, "post"},                    // this
	{42, "repository"},              // this
	{42, "repo"},                    // this
	{42, "rfc"},                     // this
	{42, "adr"},                     // this
	{42, "proposal"},                // this
	{42, "note"},                    // this
	{42, "paper"},                   // this
	{42, "report"},                  // this
	{42, "memo"},                    // this
	{42, "briefing"},                // this
	{42, "plan"},                    // this
	{42, "template"},                // this
	{42, "example"},                 // this
	{42, "tutorial"},                // this
	{42, "chapter"},                 // this
	{42, "specification"},           // this
	{42, "policy"},                  // this
	{42, "standard"},                // this
	{42, "procedure"},               // this
	{42, "handbook"},                // this
	{42, "manual"},                  // this
	{42, "runbook"},                 // this
	{42, "playbook"},                // this
	{42, "agreement"},               // this
	{42, "spec"},                    // this
	{42, "readme"},                  // this
	{42, "wiki"},                    // this
	{42, "site"},                    // this
	{42, "website"},                 // this
	{42, "folder"},                  // this
	{42, "directory"},               // this
	{65, ""},                        // this
	{65, ""},                        // those
	{15, "leadership"},              // thought
	{15, "leader"},                  // thought
	{37, ""},                        // thought
	{14, ""},                        // thrive
	{14, ""},                        // thrived
	{14, ""},                        // thriveed
	{14, ""},                        // thriveing
	{14, ""},                        // thrives
	{14, ""},                        // thriving
	{40, ""},                        // through
	{65, ""},                        // through
	{37, ""},                        // thrown
	{62, "como mision"},             // tiene
	{62, "por mision"},              // tiene
	{51, ""},                        // timeline
	{41, ""},                        // tip
	{48, ""},                        // tip
	{25, ""},                        // tips
	{41, ""},                        // tips
	{48, ""},                        // tips
	{46, ""},                        // title
	{46, ""},                        // titles
	{32, ""},                        // tl;dr
	{41, ""},                        // tl;dr
	{32, ""},                        // tldr
	{41, ""},                        // tldr
	{35, "a certain degree"},        // to
	{35, "some extent"},             // to
	{51, "do"},                      // to
	{54, "be determined"},           // to
	{54, "be defined"},              // to
	{54, "be written"},              // to
	{55, "follow"},                  // to
	{55, "come"},                    // to
	{57, "help"},                    // to
	{57, "enable"},                  // to
	{57, "make"},                    // to
	{57, "ensure"},                  // to
	{57, "allow"},                   // to
	{57, "give"},                    // to
	{64, "be agreed"},               // to
	{65, ""},                        // to
	{51, ""},                        // to-do
	{51, ""},                        // todo
	{54, ""},                        // todo
	{69, ""},                        // tokens
	{37, ""},                        // told
	{3, ""},                         // tomorrow
	{23, ""},                        // tomorrow
	{66, ""},                        // tool
	{20, ""},                        // tools
	{66, ""},                        // tools
	{9, ""},                         // top
	{15, "notch"},                   // top
	{58, "rated"},                   // top
	{58, "ranked"},                  // top
	{58, ""},                        // top
	{15, ""},                        // top-notch
	{58, ""},                        // top-ranked
	{58, ""},                        // top-rated
	{37, ""},                        // torn
	{11, ""},                        // tourists
	{38, ""},                        // toward
	{38, ""},                        // towards
	{36, ""},                        // town
	{6, ""},                         // track
	{6, ""},                         // tracked
	{6, ""},                         // tracking
	{6, ""},                         // tracks
	{11, ""},                        // trader
	{11, ""},                        // traders
	{36, ""},                        // trail
	{6, ""},                         // train
	{36, ""},                        // train
	{6, ""},                         // trained
	{5, ""},                         // training
	{6, ""},                         // training
	{6, ""},                         // trains
	{45, ""},                        // trajectory
	{4, ""},                         // transform
	{2, ""},                         // transformation
	{15, ""},                        // transformative
	{4, ""},                         // transformed
	{69, ""},                        // transformer
	{69, ""},                        // transformers
	{4, ""},                         // transforming
	{4, ""},                         // transforms
	{6, ""},                         // translate
	{6, ""},                         // translated
	{6, ""},                         // translateed
	{6, ""},                         // translateing
	{6, ""},                         // translates
	{6, ""},                         // translating
	{11, ""},                        // travelers
	{11, ""},                        // travellers
	{14, ""},                        // treat
	{14, ""},                        // treated
	{14, ""},                        // treating
	{14, ""},                        // treats
	{35, "to"},                      // tries
	{20, ""},                        // troubleshooting
	{31, ""},                        // true
	{71, ""},                        // truly
	{31, ""},                        // trust
	{13, ""},                        // trustworthy
	{35, "to"},                      // try
	{30, ""},                        // tunnel
	{15, ""},                        // turnkey
	{30, ""},                        // tv
	{41, ""},                        // type
	{46, ""},                        // type
	{46, ""},                        // types
	{23, ""},                        // ultimately
	{24, ""},                        // und
	{55, "construction"},            // under
	{10, ""},                        // underserved
	{14, ""},                        // understand
	{14, ""},                        // understanded
	{13, ""},                        // understanding
	{14, ""},                        // understanding
	{25, ""},                        // understanding
	{14, ""},                        // understands
	{37, ""},                        // understood
	{6, ""},                         // undertake
	{6, ""},                         // undertaked
	{6, ""},                         // undertakeed
	{6, ""},                         // undertakeing
	{6, ""},                         // undertakes
	{6, ""},                         // undertaking
	{6, ""},                         // unified
	{6, ""},                         // unifies
	{6, ""},                         // unify
	{6, ""},                         // unifyed
	{6, ""},                         // unifying
	{6, ""},                         // unifys
	{31, ""},                        // union
	{71, ""},                        // unique
	{19, ""},                        // uniquely
	{31, ""},                        // unit
	{0, ""},                         // univ
	{11, ""},                        // universities
	{19, "other"},                   // unlike
	{19, ""},                        // unlike
	{14, ""},                        // unlock
	{14, ""},                        // unlocked
	{14, ""},                        // unlocking
	{14, ""},                        // unlocks
	{15, ""},                        // unmatched
	{15, ""},                        // unparalleled
	{15, ""},                        // unrivaled
	{15, ""},                        // unrivalled
	{31, ""},                        // unser
	{52, ""},                        // unser
	{62, "auftrag ist"},             // unser
	{31, ""},                        // unsere
	{52, ""},                        // unsere
	{62, "mission ist"},             // unsere
	{63, "vision ist"},              // unsere
	{31, ""},                        // unserer
	{52, ""},                        // unserer
	{31, ""},                        // updated
	{41, ""},                        // updated
	{69, ""},                        // upload
	{69, ""},                        // uploads
	{10, ""},                        // urban
	{65, ""},                        // us
	{13, ""},                        // usable
	{20, ""},                        // usage
	{51, ""},                        // usage
	{49, ""},                        // use
	{51, "cases"},                   // use
	{67, ""},                        // use
	{49, ""},                        // used
	{49, ""},                        // useed
	{13, ""},                        // useful
	{49, ""},                        // useing
	{8, ""},                         // user
	{15, "centric"},                 // user
	{51, "stories"},                 // user
	{15, ""},                        // user-centric
	{8, ""},                         // users
	{49, ""},                        // uses
	{40, ""},                        // using
	{49, ""},                        // using
	{70, ""},                        // utilise
	{70, ""},                        // utilize
	{70, ""},                        // utilizes
	{70, ""},                        // utilizing
	{53, ""},                        // vacancy
	{24, ""},                        // valeurs
	{24, ""},                        // valores
	{24, ""},                        // valori
	{2, ""},                         // value
	{3, ""},                         // value
	{15, "added"},                   // value
	{24, ""},                        // value
	{15, ""},                        // value-added
	{24, ""},                        // values
	{33, ""},                        // van
	{71, ""},                        // various
	{11, ""},                        // vendor
	{11, ""},                        // vendors
	{41, ""},                        // version
	{19, ""},                        // versus
	{71, ""},                        // very
	{11, ""},                        // veterans
	{40, ""},                        // via
	{13, ""},                        // viable
	{69, ""},                        // video
	{11, ""},                        // viewers
	{36, ""},                        // village
	{22, ""},                        // visao
	{34, ""},                        // visao
	{22, ""},                        // visie
	{34, ""},                        // visie
	{22, "statement"},               // vision
	{22, ""},                        // vision
	{34, "statement"},               // vision
	{34, ""},                        // vision
	{54, "goes here"},               // vision
	{65, ""},                        // vision
	{15, ""},                        // visionary
	{22, ""},                        // visione
	{34, ""},                        // visione
	{34, ""},                        // visions
	{0, ""},                         // viz
	{1, ""},                         // viz
	{11, ""},                        // volunteers
	{33, ""},                        // von
	{33, ""},                        // voor
	{0, ""},                         // vs
	{1, ""},                         // vs
	{19, ""},                        // vs
	{10, ""},                        // vulnerable
	{24, ""},                        // waarden
	{43, "you through"},             // walks
	{27, "to see"},                  // want
	{27, ""},                        // want
	{35, "to"},                      // want
	{49, ""},                        // want
	{49, ""},                        // wanted
	{49, ""},                        // wanting
	{49, ""},                        // wants
	{41, ""},                        // warning
	{48, ""},                        // warning
	{12, ""},                        // was
	{65, ""},                        // was
	{36, ""},                        // water
	{3, ""},                         // way
	{45, ""},                        // waypoint
	{3, ""},                         // ways
	{23, "see a world"},             // we
	{24, ""},                        // we
	{35, "believe"},                 // we
	{35, "think"},                   // we
	{35, "feel"},                    // we
	{40, "will achieve this"},       // we
	{40, "do this"},                 // we
	{40, "achieve this"},            // we
	{65, ""},                        // we
	{66, ""},                        // wearable
	{66, ""},                        // wearables
	{69, ""},                        // webcam
	{66, ""},                        // website
	{42, "to"},                      // welcome
	{59, "all"},                     // welcome
	{34, ""},                        // weledigaeth
	{13, "being"},                   // well
	{13, ""},                        // well-being
	{13, ""},                        // wellbeing
	{12, ""},                        // were
	{65, ""},                        // were
	{24, ""},                        // werte
	{24, ""},                        // what
	{25, "is"},                      // what
	{25, "are"},                     // what
	{25, "makes"},                   // what
	{25, "should"},                  // what
	{25, "does"},                    // what
	{65, ""},                        // what
	{20, "new"},                     // what's
	{25, ""},                        // what's
	{29, "next"},                    // what's
	{29, "ahead"},                   // what's
	{29, "coming"},                  // what's
	{29, "changed"},                 // what's
	{29, "changing"},                // what's
	{29, "happening"},               // what's
	{29, "different"},               // what's
	{25, "to"},                      // when
	{35, "possible"},                // when
	{65, ""},                        // when
	{35, "possible"},                // whenever
	{23, "we are headed"},           // where
	{23, "we are heading"},          // where
	{23, "we are going"},            // where
	{23, "no one"},                  // where
	{23, "every"},                   // where
	{23, "everyone"},                // where
	{23, "nobody"},                  // where
	{23, "no"},                      // where
	{23, "all"},                     // where
	{25, "to"},                      // where
	{35, "possible"},                // where
	{35, "feasible"},                // where
	{35, "practical"},               // where
	{35, "practicable"},             // where
	{35, "appropriate"},             // where
	{65, ""},                        // where
	{19, ""},                        // whereas
	{57, "means"},                   // which
	{65, ""},                        // which
	{25, "is"},                      // who
	{65, ""},                        // who
	{65, ""},                        // whom
	{52, ""},                        // whose
	{25, "is"},                      // why
	{25, "are"},                     // why
	{25, "do"},                      // why
	{25, "does"},                    // why
	{25, "should"},                  // why
	{25, "you"},                     // why
	{25, "your"},                    // why
	{25, "it"},                      // why
	{25, "this"},                    // why
	{25, "a"},                       // why
	{25, "an"},                      // why
	{25, "the"},                     // why
	{28, "we are here"},             // why
	{28, "we exist"},                // why
	{28, "we're here"},              // why
	{28, ""},                        // why
	{39, "we are here"},             // why
	{39, "we exist"},                // why
	{39, "we're here"},              // why
	{39, ""},                        // why
	{65, ""},                        // why
	{66, ""},                        // widget
	{23, "be"},                      // will
	{23, "have"},                    // will
	{23, ""},                        // will
	{55, "follow"},                  // will
	{65, ""},                        // will
	{14, ""},                        // win
	{15, "win"},                     // win
	{15, ""},                        // win-win
	{14, ""},                        // wined
	{14, ""},                        // wining
	{14, ""},                        // winned
	{14, ""},                        // winning
	{14, ""},                        // wins
	{36, ""},                        // winter
	{35, "to"},                      // wish
	{40, "the help of"},             // with
	{65, ""},                        // with
	{19, ""},                        // without
	{11, ""},                        // women
	{37, ""},                        // won
	{24, ""},                        // work
	{27, "for"},                     // work
	{27, "toward"},                  // work
	{27, "towards"},                 // work
	{40, "with"},                    // work
	{40, "alongside"},               // work
	{55, "in progress"},             // work
	{70, "to"},                      // work
	{11, ""},                        // workers
	{10, ""},                        // working
	{27, "for"},                     // working
	{27, "toward"},                  // working
	{27, "towards"},                 // working
	{40, "together with"},           // working
	{40, "with"},                    // working
	{40, "alongside"},               // working
	{64, "on the wording"},          // working
	{40, "with"},                    // works
	{70, "to"},                      // works
	{3, ""},                         // world
	{15, "class"},                   // world
	{26, ""},                        // world
	{60, ""},                        // world
	{71, "renowned"},                // world
	{15, "leading"},                 // world's
	{60, ""},                        // world's
	{61, ""},                        // world's
	{15, ""},                        // world-class
	{71, ""},                        // world-renowned
	{60, ""},                        // worldwide
	{37, ""},                        // worn
	{35, ""},                        // would
	{65, ""},                        // would
	{37, ""},                        // woven
	{6, ""},                         // write
	{25, ""},                        // write
	{67, ""},                        // write
	{6, ""},                         // writed
	{6, ""},                         // writeed
	{6, ""},                         // writeing
	{11, ""},                        // writers
	{6, ""},                         // writes
	{6, ""},                         // writing
	{25, ""},                        // writing
	{37, ""},                        // written
	{42, "by"},                      // written
	{30, "ray"},                     // x
	{30, ""},                        // x-ray
	{54, ""},                        // xxx
	{24, ""},                        // y
	{64, "to be agreed"},            // yet
	{8, ""},                         // you
	{10, ""},                        // young
	{11, "people"},                  // young
	{54, "company"},                 // your
	{54, "product"},                 // your
	{11, ""},                        // youth
	{24, ""},                        // ziele
}

// tableSlots is a hash table over tableWords: index+1, or 0.
var tableSlots = [8192]uint16{
	0, 0, 0, 0, 193, 0, 0, 0, 2185, 0, 633, 0, 0, 0, 0, 0,
	0, 0, 1371, 2182, 1389, 109, 1397, 470, 490, 0, 0, 0, 0, 0, 0, 0,
	0, 1502, 0, 0, 0, 0, 0, 0, 1506, 536, 0, 0, 0, 0, 0, 0,
	514, 1463, 1594, 2018, 2236, 0, 0, 0, 0, 1387, 0, 0, 2017, 0, 0, 0,
	0, 1648, 65, 1292, 0, 0, 0, 0, 0, 0, 0, 0, 1347, 0, 0, 0,
	0, 0, 0, 0, 0, 1887, 0, 0, 0, 0, 74, 0, 0, 346, 1869, 2226,
	0, 0, 0, 0, 1515, 0, 311, 0, 614, 0, 0, 0, 1249, 308, 0, 0,
	417, 639, 0, 0, 0, 900, 0, 0, 0, 0, 0, 0, 0, 0, 451, 0,
	189, 268, 0, 0, 0, 2321, 0, 0, 0, 1345, 0, 0, 0, 142, 1134, 1192,
	2052, 1771, 0, 592, 0, 2433, 0, 1950, 0, 0, 0, 0, 0, 1677, 0, 0,
	0, 0, 0, 0, 465, 0, 0, 0, 0, 1989, 0, 0, 0, 1016, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1163, 0, 706, 0, 0, 0, 0, 647, 0, 0, 0, 0, 0, 250, 0, 1980,
	0, 480, 2407, 108, 1101, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 889, 0, 0, 1640, 0, 0, 0, 2401, 0, 0, 0, 0,
	932, 0, 208, 0, 0, 0, 0, 0, 0, 0, 0, 400, 0, 389, 0, 392,
	0, 0, 0, 0, 0, 0, 1241, 1452, 0, 1040, 0, 0, 1952, 757, 0, 0,
	0, 0, 0, 1865, 211, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 2007, 0, 0, 662, 0, 0, 0, 1675, 0, 1039, 1385,
	1665, 681, 1386, 1623, 0, 0, 0, 0, 0, 0, 0, 0, 0, 228, 0, 0,
	0, 0, 351, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 916, 0,
	0, 1751, 0, 0, 0, 1956, 0, 2080, 725, 2019, 2029, 0, 1056, 0, 0, 0,
	0, 2328, 0, 0, 0, 609, 0, 1496, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 2151, 176, 0, 0, 0, 315, 2015, 2270, 2283, 0, 316, 1301, 776, 0, 0,
	2077, 1746, 0, 0, 672, 1653, 1310, 305, 2064, 0, 0, 1006, 0, 241, 394, 452,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 775, 0, 0, 0,
	1120, 0, 182, 0, 2351, 0, 0, 0, 0, 0, 0, 0, 0, 2084, 506, 0,
	2176, 0, 0, 0, 0, 1226, 0, 0, 2330, 870, 0, 2112, 0, 332, 0, 0,
	0, 0, 0, 1326, 1987, 0, 2391, 0, 0, 0, 0, 0, 0, 1157, 844, 0,
	0, 1716, 0, 0, 0, 0, 0, 1580, 1459, 2360, 0, 0, 0, 0, 0, 1029,
	1128, 1384, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1847,
	0, 0, 2366, 0, 0, 2358, 0, 0, 0, 0, 0, 0, 0, 516, 1185, 58,
	231, 0, 0, 0, 0, 1282, 0, 0, 2274, 0, 1074, 0, 2403, 0, 0, 0,
	1497, 0, 1253, 0, 0, 2141, 0, 1110, 1603, 1378, 0, 0, 0, 0, 0, 0,
	0, 0, 1868, 1478, 1823, 0, 0, 0, 0, 0, 0, 0, 0, 1044, 0, 0,
	0, 0, 0, 0, 0, 0, 81, 0, 0, 0, 0, 954, 1892, 1954, 0, 0,
	0, 0, 2044, 1168, 0, 123, 813, 1421, 845, 0, 762, 0, 0, 0, 1509, 0,
	0, 0, 2247, 0, 0, 0, 0, 0, 388, 0, 284, 0, 0, 0, 0, 0,
	0, 1315, 0, 0, 688, 68, 0, 839, 92, 0, 0, 0, 0, 0, 412, 0,
	1280, 309, 0, 0, 0, 0, 0, 1448, 0, 685, 0, 0, 0, 0, 0, 0,
	1698, 199, 0, 0, 0, 0, 0, 2399, 0, 0, 0, 0, 0, 928, 1032, 859,
	1734, 2048, 2220, 0, 0, 0, 0, 0, 0, 410, 1236, 0, 485, 0, 0, 1845,
	0, 0, 0, 0, 0, 510, 114, 1855, 1913, 0, 0, 1176, 0, 0, 0, 1947,
	0, 0, 0, 0, 0, 0, 178, 846, 923, 0, 0, 0, 0, 0, 1690, 285,
	761, 1717, 0, 0, 0, 0, 0, 0, 0, 2363, 0, 0, 1129, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 2199, 0, 2234, 0, 0, 1420, 0, 0, 0, 1230,
	659, 0, 0, 1178, 2116, 281, 1977, 0, 0, 936, 0, 0, 0, 0, 0, 0,
	0, 0, 628, 2143, 0, 0, 2327, 0, 0, 0, 0, 938, 0, 0, 242, 1784,
	1625, 0, 0, 0, 0, 0, 0, 0, 701, 1664, 0, 492, 0, 434, 0, 887,
	0, 0, 0, 0, 0, 0, 468, 0, 0, 0, 0, 0, 0, 1898, 0, 976,
	0, 1493, 1879, 2340, 0, 0, 0, 0, 1399, 0, 0, 0, 121, 569, 0, 0,
	0, 45, 2037, 0, 0, 0, 0, 0, 0, 1353, 0, 1332, 0, 0, 0, 0,
	1037, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1069, 1859, 0, 0, 917, 331,
	918, 0, 0, 0, 0, 0, 1843, 0, 0, 1650, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 467, 0, 1113, 0, 0, 0,
	0, 857, 0, 0, 0, 256, 0, 0, 1941, 0, 0, 0, 0, 0, 1499, 0,
	703, 0, 0, 0, 782, 0, 0, 0, 0, 0, 396, 0, 0, 457, 0, 0,
	871, 0, 0, 0, 0, 0, 0, 0, 0, 1427, 741, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	595, 0, 0, 279, 230, 850, 0, 0, 0, 0, 0, 0, 0, 0, 899, 0,
	0, 0, 439, 232, 348, 131, 1752, 546, 1757, 0, 832, 0, 0, 0, 0, 0,
	1938, 0, 0, 0, 1666, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 188, 0, 0, 697, 866, 0, 1009, 588, 994, 0, 0, 0,
	0, 0, 2146, 0, 0, 0, 1850, 369, 481, 0, 0, 0, 0, 0, 0, 0,
	1151, 0, 110, 1766, 0, 0, 0, 0, 0, 0, 511, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 30, 43, 0, 0, 822, 1500, 0, 237, 834, 0, 715,
	0, 1932, 0, 0, 0, 0, 52, 0, 0, 491, 0, 262, 1595, 0, 2071, 0,
	0, 652, 0, 89, 0, 0, 1098, 0, 0, 358, 0, 2021, 0, 779, 0, 1890,
	63, 1981, 869, 341, 2123, 2209, 2336, 0, 0, 0, 0, 0, 1764, 116, 244, 0,
	0, 0, 0, 0, 0, 1732, 0, 0, 0, 0, 1471, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 373, 1007, 0,
	0, 0, 0, 0, 319, 0, 0, 0, 803, 0, 0, 590, 0, 0, 0, 0,
	0, 0, 0, 0, 1830, 0, 788, 0, 1143, 1706, 2266, 731, 0, 0, 0, 0,
	0, 0, 0, 1815, 1922, 2416, 138, 771, 1442, 0, 0, 0, 0, 2287, 0, 0,
	1607, 0, 0, 0, 0, 0, 0, 0, 1204, 0, 1267, 0, 0, 0, 0, 0,
	0, 0, 543, 1825, 0, 1398, 0, 0, 2152, 1494, 2117, 0, 0, 0, 2357, 0,
	0, 0, 349, 0, 1982, 631, 298, 661, 0, 0, 1908, 1368, 0, 0, 496, 0,
	0, 0, 1687, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2437, 0, 0, 0, 2313, 0, 0, 0, 0, 0, 0, 868, 1602, 0, 0, 0,
	0, 0, 0, 2148, 0, 0, 0, 0, 350, 0, 0, 0, 860, 0, 540, 1574,
	0, 0, 625, 1854, 2320, 0, 0, 0, 0, 1144, 2385, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1475, 0, 0, 0, 2422, 0, 0, 0, 0, 0, 0, 2356,
	0, 0, 0, 0, 0, 0, 0, 0, 942, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 550, 495, 945, 0, 291, 0, 0, 0, 0,
	0, 0, 533, 0, 0, 0, 1349, 0, 1597, 1810, 853, 1043, 1696, 1775, 79, 670,
	2213, 1263, 2307, 0, 380, 0, 0, 0, 38, 0, 1093, 0, 0, 0, 0, 812,
	1038, 0, 0, 0, 1961, 2259, 1925, 619, 0, 2020, 0, 0, 0, 0, 0, 552,
	1309, 0, 0, 0, 0, 0, 719, 1704, 0, 0, 708, 33, 645, 1075, 0, 0,
	0, 0, 1620, 0, 0, 2144, 0, 0, 0, 0, 593, 0, 0, 1159, 908, 0,
	2107, 0, 0, 1681, 0, 0, 0, 0, 0, 2086, 0, 0, 0, 2282, 0, 0,
	0, 1447, 577, 260, 1408, 1191, 2090, 2249, 2253, 0, 0, 0, 0, 952, 2147, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 675, 1014, 0, 0, 562,
	1805, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2300, 0, 0, 0,
	1255, 294, 1583, 1923, 995, 1293, 0, 0, 0, 0, 429, 0, 0, 847, 1348, 0,
	0, 0, 0, 827, 0, 0, 0, 0, 0, 0, 0, 0, 1425, 1073, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 542,
	0, 0, 0, 0, 0, 0, 0, 912, 0, 0, 0, 0, 0, 0, 0, 461,
	537, 1828, 0, 0, 0, 833, 0, 0, 1891, 0, 0, 0, 0, 1121, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 360, 1529, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2062, 0, 0,
	0, 0, 0, 2040, 0, 0, 0, 0, 0, 909, 1270, 1372, 0, 0, 0, 0,
	1024, 0, 0, 0, 37, 234, 0, 0, 223, 2103, 0, 0, 0, 0, 0, 0,
	0, 0, 1728, 0, 0, 0, 636, 649, 1411, 1702, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 435, 0, 0, 0, 219,
	405, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2050, 0, 0, 174, 0,
	749, 0, 0, 0, 0, 0, 0, 353, 0, 0, 1377, 1066, 2436, 0, 956, 0,
	378, 1873, 0, 0, 113, 0, 528, 1392, 0, 0, 0, 0, 596, 442, 1136, 2160,
	0, 162, 263, 460, 0, 1412, 1644, 0, 1109, 0, 0, 1682, 1413, 2417, 0, 1973,
	1797, 0, 0, 1907, 0, 0, 2078, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 198, 217, 881, 0,
	796, 0, 0, 0, 567, 1809, 2154, 0, 999, 0, 0, 42, 0, 55, 0, 2348,
	0, 0, 1221, 1969, 1523, 2392, 0, 0, 1256, 0, 0, 18, 0, 0, 0, 0,
	339, 0, 1617, 2100, 0, 0, 82, 177, 1695, 1995, 0, 0, 819, 0, 0, 0,
	0, 0, 1552, 1140, 2069, 2166, 1088, 0, 1436, 2059, 1449, 0, 1709, 0, 0, 0,
	0, 0, 0, 0, 1042, 1871, 2404, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	282, 1759, 0, 0, 0, 2222, 0, 1380, 0, 0, 0, 0, 0, 0, 1488, 0,
	0, 0, 0, 0, 0, 0, 2121, 943, 1659, 1165, 1777, 0, 0, 0, 0, 0,
	656, 0, 0, 0, 0, 1002, 0, 0, 0, 0, 1979, 0, 306, 970, 1258, 1540,
	680, 0, 525, 0, 0, 0, 0, 0, 1858, 0, 1308, 0, 0, 2208, 551, 2101,
	0, 0, 0, 1214, 0, 861, 483, 0, 186, 1722, 0, 0, 0, 0, 563, 1807,
	0, 0, 0, 0, 0, 0, 0, 2304, 0, 0, 1615, 0, 0, 730, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1741, 1186, 0, 987, 0, 0, 0,
	0, 1945, 0, 0, 0, 0, 0, 690, 0, 0, 0, 0, 0, 0, 1996, 0,
	0, 0, 758, 0, 0, 0, 0, 0, 0, 2311, 0, 0, 1441, 0, 0, 0,
	1206, 1846, 0, 0, 930, 565, 0, 0, 0, 482, 1154, 0, 1668, 0, 0, 0,
	0, 0, 255, 2180, 2323, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1158, 1291, 1575,
	0, 0, 0, 0, 0, 139, 229, 278, 0, 0, 0, 0, 0, 0, 0, 0,
	1327, 0, 321, 0, 0, 0, 0, 1034, 0, 0, 0, 0, 2296, 0, 0, 0,
	0, 0, 0, 144, 1937, 2191, 2206, 0, 2134, 0, 0, 2246, 0, 1083, 0, 1351,
	0, 1194, 88, 0, 1407, 0, 0, 0, 0, 0, 1324, 0, 0, 895, 454, 167,
	864, 0, 0, 2435, 0, 0, 0, 216, 190, 2135, 0, 0, 0, 0, 1025, 0,
	0, 0, 0, 2197, 0, 0, 505, 967, 0, 0, 0, 724, 0, 0, 0, 0,
	756, 0, 0, 0, 0, 0, 2228, 1572, 0, 370, 0, 1272, 1166, 1710, 1244, 0,
	0, 0, 0, 0, 0, 0, 960, 1156, 0, 0, 1693, 2196, 0, 0, 0, 0,
	195, 0, 0, 0, 872, 1505, 0, 549, 0, 0, 0, 0, 0, 1678, 0, 0,
	0, 406, 0, 2413, 0, 0, 0, 0, 0, 1361, 0, 333, 0, 0, 0, 0,
	0, 0, 1853, 0, 0, 0, 984, 0, 1993, 0, 0, 0, 0, 0, 0, 1275,
	0, 0, 0, 0, 0, 0, 0, 0, 1783, 0, 992, 1117, 416, 0, 0, 0,
	0, 0, 0, 0, 914, 0, 0, 0, 0, 0, 0, 1061, 2284, 2137, 0, 0,
	0, 2025, 2298, 0, 0, 0, 1512, 0, 0, 0, 0, 835, 0, 0, 0, 0,
	640, 1130, 0, 0, 1190, 0, 0, 0, 420, 0, 0, 0, 0, 1208, 0, 0,
	1379, 0, 0, 2072, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2308, 0, 0,
	0, 0, 498, 1476, 0, 462, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1187,
	0, 0, 2145, 0, 0, 0, 0, 419, 0, 582, 570, 0, 0, 0, 0, 0,
	0, 1590, 0, 50, 0, 0, 0, 329, 0, 0, 0, 1628, 5, 32, 1614, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 826, 716, 0, 0, 0, 0, 0,
	0, 0, 0, 2229, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1622, 0,
	0, 0, 0, 1514, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1428, 0,
	0, 0, 0, 0, 610, 0, 0, 1525, 0, 0, 77, 0, 0, 0, 0, 0,
	0, 0, 0, 1464, 1085, 2210, 2183, 413, 0, 1598, 1985, 1606, 1934, 0, 367, 617,
	1839, 0, 0, 906, 1520, 1612, 0, 0, 0, 0, 475, 1010, 1507, 1834, 101, 0,
	0, 538, 0, 0, 0, 2250, 0, 0, 422, 1107, 1160, 1556, 1453, 2172, 0, 1238,
	0, 1726, 0, 0, 660, 0, 0, 0, 0, 0, 0, 1092, 0, 0, 0, 0,
	1554, 1035, 0, 0, 0, 0, 0, 1548, 1026, 0, 1409, 0, 886, 0, 0, 1542,
	0, 0, 0, 0, 654, 0, 0, 0, 0, 0, 0, 975, 0, 0, 0, 0,
	0, 1940, 347, 553, 1355, 0, 0, 0, 2027, 2388, 0, 0, 0, 1354, 1173, 1474,
	0, 1060, 0, 0, 1565, 1279, 2293, 0, 0, 395, 0, 0, 0, 0, 0, 0,
	0, 2384, 0, 0, 0, 0, 0, 1491, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1974, 990, 0, 0, 0, 1370, 0, 1946, 0, 0, 2163, 0, 0, 0, 0,
	0, 0, 143, 0, 0, 0, 524, 1431, 0, 494, 1511, 0, 0, 0, 0, 1652,
	0, 86, 2120, 0, 0, 642, 2211, 0, 0, 1336, 222, 0, 0, 0, 0, 385,
	0, 0, 0, 1251, 0, 0, 2079, 0, 235, 0, 0, 0, 0, 0, 1984, 2382,
	0, 0, 0, 0, 0, 1824, 2332, 0, 0, 1245, 0, 0, 0, 0, 0, 0,
	326, 0, 0, 0, 0, 325, 926, 1832, 0, 0, 0, 0, 0, 721, 1503, 0,
	879, 0, 0, 0, 2168, 0, 1017, 1968, 0, 0, 0, 0, 0, 0, 1059, 1070,
	0, 0, 0, 0, 0, 0, 951, 1188, 0, 0, 1053, 0, 1527, 692, 1600, 0,
	1725, 1264, 366, 712, 0, 1663, 2325, 118, 1535, 702, 0, 0, 0, 368, 1307, 2390,
	0, 1027, 0, 0, 0, 0, 727, 0, 0, 0, 0, 0, 2124, 0, 0, 0,
	0, 1637, 587, 0, 0, 544, 0, 427, 0, 0, 0, 0, 0, 401, 0, 2127,
	0, 0, 403, 0, 0, 0, 1817, 737, 0, 0, 0, 168, 0, 0, 0, 1860,
	0, 0, 0, 0, 1318, 0, 2252, 0, 0, 0, 1201, 2299, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 239, 444, 950, 1584, 0,
	0, 0, 0, 2038, 1281, 1560, 0, 0, 0, 752, 0, 19, 1084, 2170, 0, 0,
	0, 1125, 0, 0, 0, 1852, 0, 94, 0, 0, 0, 0, 14, 0, 0, 0,
	0, 272, 1733, 0, 0, 0, 0, 0, 202, 0, 0, 0, 0, 0, 0, 0,
	0, 2076, 0, 0, 1041, 0, 393, 1543, 0, 0, 0, 0, 0, 0, 0, 0,
	122, 0, 0, 0, 0, 0, 0, 0, 0, 2111, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 765, 0, 0, 0, 0, 1526, 0, 0, 0, 0, 0,
	0, 0, 921, 1250, 0, 0, 1011, 1743, 0, 0, 0, 0, 0, 1692, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 794, 2396, 0, 0, 800, 0, 0, 1894,
	0, 0, 0, 0, 2368, 0, 0, 0, 0, 0, 0, 502, 1199, 2344, 0, 0,
	0, 0, 0, 10, 1524, 0, 0, 0, 0, 0, 0, 0, 0, 1737, 615, 1730,
	580, 2231, 245, 0, 0, 0, 0, 0, 0, 0, 2200, 0, 436, 0, 0, 0,
	0, 1207, 0, 0, 0, 896, 1685, 0, 0, 0, 0, 0, 0, 0, 1316, 0,
	2133, 0, 0, 0, 0, 0, 0, 0, 1363, 0, 2049, 0, 1703, 0, 604, 0,
	0, 0, 0, 0, 1821, 0, 0, 0, 0, 0, 1105, 1273, 180, 0, 0, 0,
	0, 0, 0, 0, 80, 0, 0, 0, 342, 0, 0, 0, 133, 418, 606, 0,
	0, 0, 0, 0, 627, 1992, 0, 0, 598, 0, 0, 508, 0, 0, 862, 0,
	0, 0, 0, 526, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1406, 227, 0,
	790, 0, 0, 0, 0, 0, 0, 0, 120, 599, 1087, 1691, 0, 0, 0, 352,
	0, 0, 0, 364, 0, 2394, 0, 0, 0, 0, 0, 0, 0, 0, 732, 1688,
	500, 1931, 0, 2156, 2342, 0, 0, 0, 16, 1870, 0, 149, 0, 0, 1909, 0,
	0, 0, 0, 0, 0, 0, 1929, 0, 0, 0, 0, 1057, 0, 0, 0, 0,
	0, 1596, 1806, 1885, 0, 0, 220, 0, 407, 1469, 0, 2333, 2223, 1444, 0, 0,
	1944, 0, 0, 0, 0, 0, 594, 0, 0, 0, 1547, 0, 0, 589, 0, 0,
	0, 0, 0, 2045, 0, 957, 0, 0, 0, 679, 0, 0, 0, 0, 1424, 0,
	0, 0, 0, 1686, 0, 0, 0, 0, 0, 2230, 1468, 1949, 0, 151, 2273, 0,
	1202, 1874, 0, 0, 0, 865, 1337, 1357, 1538, 1791, 1312, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1051, 0, 0,
	0, 0, 0, 0, 275, 0, 0, 0, 0, 0, 0, 0, 2245, 0, 0, 0,
	0, 1122, 0, 0, 0, 1517, 1588, 0, 0, 0, 0, 1008, 56, 0, 0, 0,
	0, 0, 0, 1004, 0, 0, 1647, 0, 568, 2242, 0, 0, 1050, 0, 1182, 1391,
	1592, 750, 130, 0, 0, 1964, 2011, 0, 0, 0, 2375, 0, 1537, 0, 0, 0,
	1581, 423, 1700, 2063, 1559, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1383, 0,
	842, 0, 2389, 0, 0, 1489, 0, 0, 2343, 0, 1915, 0, 0, 0, 2233, 0,
	0, 2256, 0, 0, 376, 0, 399, 1067, 0, 425, 0, 1133, 0, 0, 554, 0,
	0, 0, 0, 2087, 0, 304, 0, 0, 0, 0, 0, 983, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 499, 2054, 0, 0, 0, 810, 0, 947, 0, 0, 0,
	0, 0, 0, 2067, 0, 0, 0, 0, 0, 0, 634, 0, 0, 0, 0, 0,
	0, 0, 1248, 0, 0, 0, 0, 0, 0, 0, 0, 1901, 0, 0, 0, 2153,
	2093, 0, 0, 0, 0, 1350, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1338, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1342, 0, 0, 2317, 2315, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1278, 0, 0, 0, 0, 0, 0, 1366, 0, 0, 1356, 2305,
	0, 0, 0, 2319, 0, 0, 0, 0, 0, 0, 0, 0, 1013, 1707, 2395, 1000,
	1963, 0, 0, 644, 0, 0, 0, 1229, 0, 2281, 0, 2309, 0, 0, 0, 0,
	0, 0, 0, 0, 1586, 0, 0, 0, 1123, 0, 0, 571, 2410, 0, 0, 0,
	0, 1667, 2227, 0, 0, 0, 0, 0, 54, 221, 1487, 837, 1561, 0, 0, 0,
	0, 0, 0, 497, 0, 0, 0, 0, 0, 0, 0, 691, 0, 0, 913, 0,
	0, 213, 0, 404, 0, 0, 0, 2217, 0, 0, 2008, 763, 0, 0, 0, 0,
	0, 0, 0, 0, 303, 0, 574, 883, 689, 1419, 330, 1573, 1943, 0, 1856, 0,
	1645, 0, 0, 0, 0, 0, 0, 0, 0, 265, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1063, 0, 0, 1626, 1634, 67, 53, 1820, 0, 0,
	2204, 0, 0, 0, 0, 0, 0, 0, 1440, 1504, 1533, 0, 0, 0, 0, 0,
	0, 390, 1147, 0, 0, 0, 0, 0, 1467, 747, 2349, 0, 0, 0, 0, 0,
	0, 127, 383, 0, 0, 0, 0, 0, 0, 2393, 0, 0, 0, 2113, 2174, 357,
	1097, 0, 585, 0, 0, 0, 0, 0, 0, 0, 539, 266, 0, 518, 0, 0,
	0, 1393, 0, 0, 0, 0, 1001, 0, 686, 1277, 1904, 1896, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 624, 1300, 2411, 0, 2001, 0, 0, 0, 1802, 0,
	0, 1303, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1836, 1803, 2241,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1446, 1816, 603, 129, 0, 0,
	2012, 0, 0, 0, 0, 0, 0, 2338, 1959, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 517, 0, 0, 1800, 0, 0, 2312, 0, 532, 124, 0, 0, 770, 0,
	2314, 1082, 0, 0, 0, 0, 0, 0, 0, 1570, 1030, 0, 902, 0, 0, 817,
	1920, 0, 0, 0, 0, 163, 320, 2212, 0, 0, 1895, 718, 1840, 0, 0, 0,
	0, 140, 519, 1252, 1957, 128, 0, 760, 0, 0, 0, 891, 0, 0, 0, 0,
	0, 0, 0, 0, 1986, 0, 0, 1792, 1801, 0, 474, 0, 0, 2150, 0, 0,
	0, 0, 1289, 441, 2432, 929, 0, 0, 0, 0, 0, 21, 778, 0, 0, 35,
	0, 560, 0, 0, 334, 605, 0, 0, 643, 0, 0, 0, 0, 0, 2203, 0,
	0, 0, 0, 0, 0, 1150, 0, 0, 0, 671, 0, 398, 0, 743, 0, 0,
	0, 0, 2173, 0, 0, 0, 0, 0, 0, 0, 0, 0, 646, 696, 1662, 0,
	0, 0, 0, 0, 0, 181, 1233, 0, 0, 0, 1577, 0, 0, 0, 0, 1052,
	0, 354, 0, 0, 0, 0, 0, 0, 0, 1758, 0, 0, 0, 0, 0, 0,
	0, 0, 1335, 0, 1246, 0, 0, 0, 0, 0, 1046, 1100, 0, 0, 0, 0,
	0, 0, 1727, 0, 0, 0, 0, 0, 0, 0, 0, 503, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 214, 0, 0, 476, 1106, 602, 0, 1960,
	1283, 2155, 0, 0, 2115, 0, 375, 0, 0, 0, 0, 0, 269, 0, 0, 0,
	0, 0, 0, 824, 0, 0, 1305, 0, 0, 667, 2268, 0, 0, 684, 0, 0,
	0, 0, 1294, 1621, 2301, 0, 107, 0, 0, 2371, 397, 0, 0, 0, 0, 0,
	0, 1295, 0, 0, 971, 0, 0, 1235, 0, 0, 0, 0, 0, 0, 0, 1557,
	76, 738, 1127, 1697, 0, 0, 0, 0, 0, 841, 0, 0, 1924, 0, 0, 0,
	1485, 0, 0, 0, 0, 2243, 1367, 877, 0, 2310, 1045, 433, 1135, 1155, 1429, 0,
	0, 0, 2165, 0, 95, 1394, 0, 1498, 0, 650, 0, 0, 1724, 0, 0, 1103,
	1259, 0, 2091, 0, 0, 1091, 0, 0, 0, 446, 1423, 0, 955, 1284, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1218, 0, 0, 0, 1863, 0, 2261, 0,
	0, 0, 1298, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1215, 1739, 1822, 0, 0, 313, 1189, 1510, 1999, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1247, 17, 170, 1465, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1642, 1935, 0, 0, 0, 578, 1599, 115, 572, 0,
	1390, 0, 0, 0, 2097, 0, 2003, 1833, 0, 714, 0, 48, 0, 1754, 0, 233,
	295, 937, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1237, 0, 0, 1747, 0, 0, 0, 440, 729, 1558, 0,
	0, 93, 1415, 766, 0, 0, 0, 2429, 0, 1416, 1490, 0, 941, 1116, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1458, 2434, 1376, 0, 781,
	161, 1454, 2109, 0, 0, 0, 0, 0, 0, 0, 0, 1012, 2193, 1541, 0, 0,
	0, 1141, 402, 1729, 0, 0, 0, 0, 0, 0, 0, 0, 0, 998, 0, 0,
	0, 2083, 0, 0, 0, 0, 0, 0, 1381, 0, 0, 1028, 0, 1261, 0, 0,
	0, 0, 0, 0, 1227, 2347, 0, 0, 0, 0, 0, 1776, 501, 1196, 0, 1884,
	911, 0, 0, 0, 0, 0, 0, 1481, 0, 0, 0, 0, 0, 0, 0, 1788,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 312, 0, 0, 1684, 2423, 0,
	0, 0, 0, 0, 0, 969, 0, 0, 0, 106, 0, 0, 0, 0, 0, 0,
	456, 785, 2085, 0, 0, 0, 855, 0, 0, 0, 0, 621, 2381, 885, 154, 2361,
	1138, 0, 0, 0, 2061, 0, 0, 0, 0, 1020, 2000, 0, 0, 0, 0, 0,
	0, 0, 324, 0, 0, 0, 0, 0, 0, 1450, 0, 0, 414, 2265, 0, 2427,
	0, 0, 0, 96, 0, 0, 0, 0, 0, 0, 0, 2004, 0, 0, 0, 2171,
	0, 0, 0, 0, 0, 0, 664, 0, 469, 421, 0, 0, 0, 1095, 0, 0,
	557, 0, 0, 2032, 0, 0, 338, 1340, 0, 0, 0, 1304, 0, 0, 0, 1983,
	0, 0, 0, 0, 564, 0, 0, 713, 815, 194, 915, 0, 0, 0, 0, 1403,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 573, 0, 1329, 171, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 884, 0, 0, 1285, 0, 1604,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 903, 2329, 374,
	0, 0, 0, 0, 0, 0, 0, 0, 963, 0, 978, 1536, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 2169, 387, 2257, 0, 0, 0, 0, 0, 57, 0, 0,
	486, 489, 1608, 1744, 2345, 0, 72, 2118, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 192, 1296, 0, 0, 0, 1369, 1516, 2276,
	0, 0, 0, 0, 0, 0, 0, 0, 1736, 1889, 1203, 0, 2178, 2192, 0, 0,
	0, 0, 0, 0, 2237, 1437, 2341, 0, 0, 1410, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1290, 849, 0, 1972, 0, 0, 0, 0, 0, 898, 0, 8, 507,
	968, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1104, 985, 0, 0, 0, 0,
	27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 78, 0, 0, 0, 247,
	2409, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1209, 0, 0, 39, 0, 0, 73, 296, 739, 897, 0, 0, 1708, 0, 0,
	1591, 2187, 0, 504, 0, 1610, 0, 0, 0, 0, 0, 1373, 0, 0, 0, 2009,
	0, 0, 0, 0, 0, 0, 0, 1068, 0, 0, 0, 0, 0, 0, 1466, 85,
	0, 0, 0, 254, 0, 0, 0, 0, 372, 415, 0, 1311, 2297, 0, 0, 2096,
	0, 2263, 1624, 1875, 1735, 0, 0, 0, 391, 0, 0, 0, 0, 0, 0, 0,
	2184, 0, 0, 200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 212, 218, 432, 0, 0, 0, 1881, 0, 0, 0, 576,
	2104, 1857, 0, 0, 0, 1864, 100, 622, 0, 0, 1676, 0, 0, 0, 0, 2365,
	487, 0, 2189, 0, 1174, 2028, 2051, 0, 0, 0, 0, 0, 767, 1796, 2414, 0,
	0, 292, 0, 558, 1432, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2235, 777, 1321, 2402, 205,
	2424, 520, 0, 0, 0, 0, 0, 0, 0, 798, 0, 11, 2177, 0, 0, 2408,
	0, 0, 0, 0, 0, 0, 1578, 0, 0, 1205, 6, 1262, 1544, 831, 0, 0,
	147, 0, 0, 0, 1224, 0, 0, 0, 1601, 0, 0, 0, 755, 0, 0, 0,
	0, 448, 0, 0, 0, 98, 0, 0, 0, 0, 0, 191, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1794, 0, 673, 0, 2415, 0, 0, 0, 2129, 2065,
	2353, 1928, 0, 0, 0, 0, 0, 0, 0, 1265, 0, 0, 0, 47, 989, 0,
	1719, 0, 0, 466, 0, 1254, 0, 0, 0, 1609, 1365, 1567, 1171, 2108, 0, 1153,
	0, 0, 1375, 0, 0, 0, 0, 0, 0, 0, 84, 0, 0, 0, 710, 175,
	0, 0, 922, 2244, 2326, 1286, 0, 0, 1689, 0, 0, 0, 0, 0, 0, 0,
	527, 0, 0, 1576, 0, 0, 0, 0, 0, 0, 0, 0, 1914, 0, 0, 0,
	0, 0, 2279, 0, 0, 0, 0, 0, 0, 910, 2331, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 2364, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1152, 1933, 948, 2412, 575, 1930, 1866, 0, 0, 0,
	0, 0, 0, 1618, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1119, 1953,
	0, 0, 0, 0, 0, 0, 1269, 2322, 2303, 0, 0, 0, 0, 479, 0, 2431,
	0, 236, 0, 0, 0, 0, 0, 2010, 0, 0, 0, 0, 0, 1062, 0, 0,
	0, 1782, 0, 0, 0, 165, 0, 0, 1076, 0, 2188, 0, 0, 317, 0, 780,
	1145, 2016, 2383, 972, 97, 0, 0, 2232, 1772, 0, 973, 0, 783, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2221, 1161, 276, 0, 1072, 1651, 137, 0, 184,
	365, 612, 0, 0, 0, 62, 2255, 141, 774, 2387, 290, 0, 1939, 0, 0, 75,
	0, 1483, 0, 0, 1439, 0, 0, 0, 0, 0, 0, 1395, 0, 0, 0, 0,
	0, 0, 2372, 0, 0, 0, 2335, 1998, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1197, 0, 384, 1593, 0, 0, 2006, 0, 0, 0,
	0, 1243, 0, 0, 0, 0, 0, 0, 355, 0, 1679, 1867, 0, 0, 1649, 0,
	0, 0, 2142, 0, 0, 821, 0, 0, 0, 0, 0, 1434, 0, 23, 867, 1219,
	1768, 797, 0, 0, 0, 1553, 0, 940, 0, 0, 0, 464, 1749, 2285, 0, 1090,
	0, 0, 531, 1172, 1955, 0, 0, 1641, 0, 0, 0, 808, 0, 0, 0, 711,
	426, 1632, 0, 0, 964, 472, 0, 0, 0, 0, 0, 789, 1916, 0, 0, 1314,
	0, 2136, 1288, 0, 0, 0, 0, 0, 0, 1755, 0, 0, 0, 0, 581, 0,
	2068, 0, 0, 0, 0, 0, 0, 345, 0, 473, 0, 0, 0, 0, 0, 2186,
	344, 0, 0, 0, 1827, 0, 0, 966, 0, 2202, 0, 0, 0, 0, 0, 0,
	0, 2386, 0, 0, 0, 0, 0, 0, 0, 0, 0, 934, 1911, 1742, 0, 0,
	0, 0, 1789, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1975, 0, 0,
	2306, 0, 0, 0, 0, 2370, 0, 0, 0, 1495, 1720, 0, 2089, 0, 583, 1325,
	0, 0, 905, 0, 0, 0, 0, 0, 0, 0, 249, 1435, 0, 0, 2248, 0,
	1745, 1970, 2157, 0, 0, 0, 0, 0, 0, 0, 894, 791, 2400, 0, 0, 0,
	0, 1112, 0, 1763, 828, 379, 0, 155, 0, 0, 0, 0, 0, 0, 0, 0,
	1271, 0, 657, 2430, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 2034, 0, 0, 0, 2122, 152, 0, 0, 0, 0, 0, 0, 0,
	1750, 0, 1200, 0, 0, 0, 0, 0, 0, 1058, 0, 0, 648, 704, 0, 521,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1102, 722, 1274, 0, 0, 0, 0,
	0, 0, 0, 530, 0, 0, 986, 0, 0, 0, 0, 0, 2380, 0, 0, 2082,
	0, 0, 1680, 0, 0, 0, 0, 0, 0, 1193, 0, 0, 676, 307, 829, 41,
	0, 459, 618, 0, 0, 0, 477, 0, 0, 336, 0, 0, 327, 0, 1360, 0,
	0, 0, 0, 0, 1723, 1826, 1988, 0, 0, 0, 0, 0, 0, 0, 974, 1585,
	0, 15, 0, 0, 0, 0, 0, 0, 0, 1142, 1065, 0, 0, 1812, 0, 2055,
	0, 0, 0, 0, 0, 0, 0, 1266, 809, 0, 0, 0, 0, 0, 0, 0,
	0, 1417, 838, 0, 26, 40, 1569, 1306, 0, 0, 0, 2114, 0, 0, 0, 0,
	0, 0, 0, 0, 830, 310, 0, 0, 99, 1108, 0, 2099, 0, 0, 0, 0,
	293, 818, 299, 1115, 2398, 0, 0, 0, 0, 0, 0, 0, 0, 2125, 2219, 60,
	0, 1660, 104, 1656, 1965, 0, 0, 0, 0, 0, 0, 1268, 0, 1657, 0, 3,
	1217, 2264, 0, 0, 1962, 1518, 0, 0, 0, 0, 0, 2425, 0, 806, 0, 1545,
	2046, 0, 0, 0, 0, 0, 882, 117, 1948, 0, 0, 0, 0, 0, 1276, 0,
	946, 2030, 0, 132, 300, 0, 0, 0, 445, 2047, 0, 1958, 0, 0, 0, 0,
	0, 2033, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 748, 1886, 0, 0,
	0, 0, 0, 0, 1673, 2066, 925, 1333, 0, 0, 1019, 0, 0, 0, 0, 0,
	1260, 1359, 0, 0, 2041, 0, 0, 0, 0, 2023, 0, 848, 0, 892, 658, 799,
	0, 0, 0, 146, 0, 0, 0, 1912, 0, 0, 0, 1094, 0, 0, 0, 1753,
	0, 377, 0, 0, 0, 0, 0, 2215, 0, 620, 1589, 0, 0, 0, 0, 0,
	0, 584, 2194, 0, 1906, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1921, 0, 1605, 0, 1146, 0, 0, 0, 0, 1212, 0, 0, 0, 1786, 0,
	13, 0, 0, 579, 2288, 874, 0, 0, 1990, 0, 0, 0, 0, 2426, 0, 0,
	0, 0, 0, 0, 784, 0, 0, 927, 1563, 0, 0, 0, 261, 0, 1767, 953,
	2140, 1882, 0, 0, 0, 1195, 1455, 0, 733, 0, 0, 0, 173, 0, 0, 1358,
	0, 0, 0, 586, 0, 0, 0, 1713, 0, 641, 0, 0, 0, 0, 0, 1169,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 201, 0, 0, 0, 0, 0,
	0, 754, 1118, 0, 0, 890, 0, 0, 0, 0, 337, 958, 1089, 1900, 0, 0,
	0, 1991, 2324, 0, 0, 0, 1111, 0, 1893, 408, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 270, 0, 0, 924, 0,
	0, 0, 0, 0, 0, 1829, 1320, 0, 1064, 0, 0, 1137, 2225, 904, 0, 0,
	0, 1022, 135, 0, 0, 0, 0, 0, 0, 0, 693, 248, 0, 880, 1905, 0,
	447, 1568, 1571, 0, 0, 0, 0, 0, 0, 1005, 0, 0, 0, 0, 1430, 69,
	1501, 196, 1231, 2158, 0, 1582, 0, 0, 0, 0, 0, 0, 0, 0, 2352, 1242,
	0, 1080, 0, 626, 1036, 0, 0, 0, 1211, 424, 851, 1902, 0, 0, 0, 0,
	0, 0, 0, 1731, 0, 0, 0, 0, 1756, 0, 1740, 1799, 289, 0, 0, 0,
	1352, 665, 0, 0, 0, 0, 0, 1323, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1643, 0, 0, 0, 1714, 2205, 0, 2224, 0, 2056,
	0, 0, 206, 2181, 0, 1638, 0, 0, 0, 0, 0, 134, 0, 823, 0, 523,
	0, 0, 0, 0, 453, 1555, 0, 0, 1721, 0, 0, 0, 0, 2042, 0, 0,
	0, 0, 0, 0, 623, 0, 0, 0, 0, 1181, 0, 0, 0, 0, 0, 22,
	0, 0, 1213, 1851, 0, 1936, 0, 0, 1848, 0, 0, 1564, 742, 965, 1433, 0,
	0, 2031, 0, 0, 0, 0, 0, 0, 1835, 1793, 0, 0, 0, 0, 136, 0,
	0, 858, 0, 0, 0, 0, 0, 2251, 0, 0, 0, 0, 655, 1330, 277, 0,
	0, 0, 0, 0, 2131, 0, 0, 0, 0, 1317, 0, 825, 996, 0, 0, 0,
	2106, 0, 0, 0, 0, 0, 1183, 1220, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 1522, 0, 0, 0, 0, 1484, 1781, 0, 2098, 0, 0, 1343, 0, 0,
	2438, 1240, 0, 0, 0, 381, 0, 0, 0, 1672, 1683, 0, 0, 773, 0, 1023,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1872, 0, 314, 0, 185, 0, 0,
	252, 873, 0, 0, 0, 0, 2075, 0, 695, 736, 0, 0, 0, 0, 449, 0,
	2036, 0, 0, 1374, 0, 0, 651, 2207, 0, 125, 0, 0, 0, 1539, 1546, 2119,
	156, 2428, 1630, 0, 49, 0, 0, 0, 0, 547, 0, 0, 0, 0, 709, 1927,
	2043, 0, 0, 0, 0, 700, 1631, 0, 172, 0, 0, 0, 0, 0, 0, 0,
	0, 288, 1164, 0, 1798, 2092, 852, 0, 1131, 2102, 0, 854, 0, 0, 0, 0,
	0, 0, 0, 0, 931, 210, 0, 0, 0, 0, 1549, 1414, 1482, 2201, 0, 0,
	0, 0, 0, 0, 0, 1951, 0, 920, 0, 0, 0, 0, 0, 2162, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 669, 0, 438, 0, 0, 1976, 1790, 343, 0, 0, 0, 0, 0, 0, 1149,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1831, 1611, 0, 0, 0, 0, 105, 1126, 1718, 2420, 1883, 0, 0, 0, 0,
	0, 0, 0, 1811, 0, 2190, 1322, 0, 0, 1461, 0, 653, 0, 463, 1579, 0,
	0, 0, 836, 158, 322, 283, 335, 2419, 0, 0, 0, 979, 0, 0, 0, 1382,
	0, 0, 0, 258, 318, 0, 0, 555, 509, 203, 1627, 1674, 0, 0, 0, 2,
	0, 0, 0, 1629, 0, 111, 0, 1997, 0, 0, 933, 0, 150, 0, 0, 0,
	0, 0, 359, 0, 0, 0, 0, 207, 0, 1942, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 545, 0, 0, 1978, 2110, 0, 1457, 0, 1077, 0, 0, 0,
	0, 0, 0, 0, 0, 1388, 753, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 287, 0, 0, 0, 0, 0, 0, 0, 1919, 0, 0, 0, 0, 0, 0,
	0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2254, 0, 0, 0,
	1175, 0, 0, 0, 0, 0, 0, 0, 559, 1031, 0, 1405, 0, 804, 616, 1486,
	1738, 1396, 0, 0, 0, 0, 0, 1531, 0, 1748, 0, 0, 0, 1021, 0, 0,
	0, 243, 0, 2339, 0, 2290, 0, 2291, 0, 153, 0, 0, 0, 0, 0, 705,
	2367, 1470, 0, 0, 0, 840, 0, 843, 0, 1, 0, 0, 0, 0, 204, 0,
	0, 0, 183, 1761, 0, 0, 0, 286, 0, 0, 0, 0, 0, 0, 0, 807,
	2005, 1480, 2073, 0, 0, 0, 2139, 0, 0, 0, 0, 0, 0, 0, 0, 2418,
	1530, 0, 1003, 0, 0, 0, 0, 1636, 0, 0, 0, 0, 0, 0, 0, 1849,
	0, 893, 0, 0, 0, 0, 166, 2262, 0, 0, 980, 0, 2275, 0, 0, 0,
	0, 0, 0, 2346, 0, 0, 793, 1081, 0, 1132, 0, 1328, 0, 0, 0, 0,
	0, 484, 0, 0, 0, 0, 0, 1646, 0, 0, 0, 1841, 0, 0, 264, 0,
	0, 0, 0, 0, 209, 0, 0, 611, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1842, 0, 0, 0, 0, 0, 1078, 668,
	0, 707, 2334, 820, 2379, 0, 981, 1711, 159, 0, 0, 2271, 0, 0, 1532, 1297,
	2316, 0, 0, 0, 0, 0, 0, 83, 0, 157, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2280, 274, 2359, 0, 0, 0, 34, 145, 2195,
	2269, 1701, 0, 0, 0, 0, 0, 0, 0, 0, 997, 478, 772, 0, 0, 0,
	0, 0, 0, 0, 0, 302, 0, 0, 2164, 0, 224, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1460, 0, 0, 0, 0, 0, 0, 2002, 0, 801, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 993, 1971, 2374, 0, 0, 0, 0, 2278,
	0, 0, 0, 0, 875, 0, 0, 0, 0, 0, 0, 0, 0, 238, 0, 0,
	0, 601, 0, 0, 0, 2350, 1033, 31, 674, 2289, 0, 0, 1837, 638, 0, 0,
	301, 0, 0, 0, 0, 0, 0, 0, 2132, 0, 0, 0, 0, 1334, 1787, 0,
	0, 1903, 0, 0, 0, 0, 0, 0, 0, 2130, 0, 0, 744, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1180, 0, 0, 0, 0, 0, 0, 102, 0,
	1225, 1760, 0, 0, 0, 0, 0, 0, 251, 561, 2258, 0, 2286, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1167, 0, 0, 0,
	0, 0, 608, 0, 0, 1551, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 591, 683, 0, 0, 723, 0, 0, 0, 0, 0, 0, 888,
	0, 0, 0, 759, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1671, 0,
	0, 597, 0, 340, 0, 0, 0, 0, 0, 0, 0, 0, 1661, 0, 0, 297,
	1139, 1513, 0, 0, 1477, 0, 0, 0, 0, 0, 1779, 0, 0, 0, 253, 0,
	1223, 1670, 64, 1888, 2240, 2294, 1861, 2053, 901, 0, 493, 0, 0, 0, 0, 2126,
	112, 0, 0, 0, 0, 1339, 0, 0, 0, 566, 1534, 1808, 0, 0, 0, 1669,
	1877, 0, 1699, 2167, 678, 0, 246, 1635, 2239, 0, 1054, 0, 0, 0, 0, 0,
	1658, 1456, 2105, 59, 0, 0, 71, 382, 2354, 0, 9, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2175, 1210, 0, 0, 362, 179,
	0, 0, 0, 0, 0, 2074, 0, 0, 0, 160, 613, 1994, 2377, 0, 0, 0,
	1774, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2214, 0, 0, 0,
	0, 0, 0, 0, 164, 0, 1418, 1079, 0, 0, 0, 811, 0, 1780, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 515, 1015, 0, 1331, 0, 0, 0,
	0, 0, 0, 197, 0, 0, 0, 2179, 1473, 0, 0, 0, 0, 1838, 90, 0,
	0, 2022, 0, 682, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1114, 0, 0, 0, 0, 1443, 0, 816, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	535, 2216, 0, 0, 0, 0, 328, 0, 746, 2060, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 411, 0, 0, 0, 2081, 0, 0, 0, 0, 0,
	87, 0, 0, 0, 0, 0, 0, 2070, 0, 1926, 0, 0, 0, 1426, 0, 0,
	0, 0, 0, 0, 0, 876, 0, 0, 677, 0, 0, 0, 1878, 0, 2277, 0,
	0, 0, 0, 0, 0, 0, 0, 663, 1341, 0, 1364, 1479, 0, 0, 0, 0,
	0, 0, 0, 1086, 0, 0, 0, 0, 0, 0, 0, 0, 666, 1055, 1566, 1876,
	0, 0, 0, 0, 0, 0, 0, 1910, 0, 630, 0, 0, 2149, 169, 0, 46,
	0, 0, 0, 0, 0, 0, 699, 1785, 0, 0, 0, 0, 187, 0, 0, 687,
	698, 2013, 2058, 1179, 0, 0, 0, 0, 1177, 863, 0, 814, 0, 2292, 0, 0,
	0, 0, 0, 0, 939, 0, 0, 0, 0, 0, 1401, 1404, 0, 0, 428, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1508, 0, 0, 0, 0, 0, 1715,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 267, 0, 0, 0, 0,
	1313, 0, 1438, 513, 0, 0, 0, 0, 1319, 0, 0, 0, 471, 0, 0, 0,
	257, 735, 0, 0, 2355, 0, 0, 0, 786, 0, 0, 0, 805, 0, 0, 0,
	409, 0, 0, 0, 0, 28, 1299, 0, 0, 361, 0, 1047, 1633, 745, 1654, 0,
	0, 7, 2128, 2373, 0, 0, 0, 0, 450, 1492, 0, 226, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 944, 386, 0, 1198,
	629, 1216, 0, 1619, 878, 0, 0, 2026, 512, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1705, 0, 0, 0, 0, 0,
	529, 1795, 1519, 0, 0, 0, 0, 1613, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1550, 2406, 0, 1402, 0, 0, 0, 0, 720, 1765, 0, 2362, 1818,
	0, 1148, 280, 2159, 2376, 0, 0, 0, 1049, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 919, 323, 29, 1222, 1639, 2161, 2198, 2378, 1344, 0, 70, 694, 0, 0,
	0, 0, 0, 0, 0, 66, 534, 1234, 0, 1769, 0, 0, 119, 0, 0, 0,
	2057, 0, 0, 0, 1562, 0, 0, 0, 0, 0, 271, 0, 0, 273, 0, 1232,
	0, 0, 0, 0, 0, 0, 1897, 0, 0, 0, 0, 0, 802, 1778, 0, 0,
	0, 0, 0, 541, 0, 0, 0, 0, 1917, 0, 0, 0, 0, 0, 1451, 1287,
	0, 371, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 982, 0, 0, 0,
	2337, 0, 0, 0, 1967, 0, 0, 0, 0, 2405, 2272, 2302, 0, 0, 0, 0,
	1462, 0, 0, 0, 0, 0, 0, 1346, 1804, 1899, 126, 431, 637, 0, 0, 0,
	0, 0, 2095, 0, 0, 0, 0, 0, 0, 215, 430, 0, 977, 0, 2039, 103,
	1770, 0, 0, 1400, 0, 1762, 0, 0, 0, 0, 2238, 0, 148, 0, 0, 0,
	0, 787, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1587, 0,
	0, 632, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1445, 0, 0, 458, 0, 0,
	0, 0, 2397, 0, 0, 0, 0, 1862, 0, 795, 0, 225, 0, 728, 1018, 907,
	1694, 0, 0, 0, 0, 0, 0, 0, 0, 0, 443, 1170, 1302, 0, 0, 0,
	0, 0, 2318, 0, 0, 0, 935, 0, 0, 0, 717, 0, 488, 0, 0, 0,
	0, 0, 0, 0, 1362, 259, 1844, 0, 1096, 0, 51, 768, 0, 0, 0, 0,
	2094, 0, 0, 0, 0, 548, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1239, 0, 0, 0, 1071, 0, 0, 0, 1124, 1528, 36, 0, 0, 740, 0,
	0, 0, 769, 0, 0, 0, 2138, 0, 0, 0, 0, 726, 0, 0, 356, 0,
	988, 0, 61, 0, 1814, 1918, 0, 0, 0, 0, 0, 2024, 240, 0, 0, 1521,
	0, 0, 0, 1257, 0, 792, 2295, 0, 0, 1773, 0, 0, 2421, 0, 0, 0,
	0, 1422, 0, 0, 0, 1966, 1712, 2267, 0, 0, 0, 0, 0, 0, 0, 1099,
	1472, 0, 0, 0, 0, 0, 0, 751, 962, 0, 2369, 0, 0, 0, 2014, 0,
	1616, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1880, 856, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1228, 0, 363, 0, 0, 0, 635, 0, 0, 0, 0,
	0, 0, 0, 1819, 0, 0, 0, 0, 44, 991, 0, 0, 0, 0, 0, 0,
	734, 2088, 0, 0, 0, 0, 0, 0, 522, 0, 0, 764, 1655, 1048, 0, 0,
	0, 0, 2260, 0, 0, 0, 556, 959, 0, 1162, 0, 600, 0, 949, 437, 607,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1813, 0, 0, 0, 961,
	0, 0, 0, 0, 2218, 0, 0, 1184, 0, 0, 0, 0, 455, 0, 0, 0,
	0, 0, 0, 0, 0, 2035, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
}
