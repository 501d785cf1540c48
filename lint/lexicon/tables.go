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
	"mission-operation",
	"note-opening",
	"notice-block",
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
	false, // mission-operation
	false, // note-opening
	false, // notice-block
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
		"eye",
		"eyes",
		"eyesight",
		"glasses",
		"glaucoma",
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
	0x240000000000000,  // #1
	0x800,              // 20
	0x800,              // 20-somethings
	0x40000000,         // 3d
	0x2e00000080882008, // a
	0x400000000000000,  // abbiamo
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
	0x800000000000,     // acknowledgements
	0x10000000000,      // act
	0x10000000000,      // acting
	0x20000000000,      // action
	0x8000,             // actionable
	0x20000000000,      // actions
	0x10000000000,      // acts
	0x8000000000000000, // add
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
	0x800000000000,     // agenda
	0x8000,             // agile
	0x20080000080,      // agreed
	0x4000000040008000, // ai
	0x8000,             // ai-driven
	0x8000,             // ai-powered
	0x800800010,        // aim
	0x10,               // aimed
	0x10,               // aiming
	0x800800010,        // aims
	0x1,                // al
	0x4000000000000000, // algorithm
	0x4000000000000000, // algorithms
	0x4,                // alignment
	0x2100000000000100, // all
	0x4000,             // alleviate
	0x4000,             // alleviated
	0x4000,             // alleviateed
	0x4000,             // alleviateing
	0x4000,             // alleviates
	0x4000,             // alleviating
	0x80000000,         // alliance
	0x80000,            // alternative
	0x800000000000,     // alternatives
	0x100000000000,     // altitude
	0x100000000000000,  // always
	0x1000,             // am
	0x0,                // amazing
	0x200000000000000,  // america's
	0x200000000000000,  // americas
	0x2200000000000000, // an
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
	0x2000000001000000, // and
	0x2100000000000000, // any
	0x100,              // anybody
	0x100,              // anyone
	0x4000000000100000, // api
	0x4000000000100000, // apis
	0x20000000000,      // apologies
	0x4000000000000000, // app
	0x800000000000,     // appendix
	0x4000000000000000, // application
	0x800,              // apprentices
	0x1000000,          // approach
	0x20080000080,      // approved
	0x20000000000,      // approvers
	0x3,                // approx
	0x4000000000000000, // apps
	0x800000000000,     // architecture
	0x40,               // archive
	0x40,               // archived
	0x40,               // archiveed
	0x40,               // archiveing
	0x40,               // archives
	0x40,               // archiving
	0x2000000000001000, // are
	0x800000000,        // arguably
	0x8000000000000000, // articulate
	0x40000000,         // artificial
	0x800,              // artists
	0x2000004880000000, // as
	0x400,              // aspiring
	0x80000000,         // association
	0x800000000000,     // assumptions
	0x2100000000000,    // astronaut
	0x100000000000,     // astronauts
	0x2200000300000000, // at
	0x800,              // athletes
	0x800000000,        // attempt
	0x800000000,        // attempts
	0x20000000000,      // attendees
	0x400000000000,     // attention
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
	0x0,                // awesome
	0x400,              // b2b
	0x4000000000000000, // back
	0x4000000000000000, // back-end
	0x4000000000000000, // backend
	0x800000000000,     // background
	0x800000000000,     // backlog
	0x100000000000,     // balloon
	0x10000000000,      // based
	0x2000000000001010, // be
	0x1000000000,       // beach
	0x20000000000000,   // because
	0x800010,           // become
	0x10,               // becomed
	0x10,               // becomeed
	0x10,               // becomeing
	0x800010,           // becomes
	0x800010,           // becoming
	0x1000000010,       // bed
	0x10,               // beed
	0x2000000000001000, // been
	0x2000000000,       // begun
	0x3008000000001010, // being
	0x1000000,          // beliefs
	0x4000,             // belong
	0x4000,             // belonged
	0x4000,             // belonging
	0x4000,             // belongs
	0x40000000000,      // below
	0x6000,             // benefit
	0x4000,             // benefited
	0x4000,             // benefiting
	0x800000004000,     // benefits
	0x4000,             // benefitted
	0x4000,             // benefitting
	0x10,               // bes
	0x40000000008200,   // best
	0x8000,             // best-in-class
	0x40000000000000,   // best-loved
	0x2000,             // better
	0x80000,            // beyond
	0x400000000,        // big
	0x40000000000200,   // biggest
	0x1000000000,       // bike
	0x100000000000000,  // billion
	0x100000000000000,  // billions
	0x10,               // bing
	0x40000000,         // binocular
	0x8000,             // bleeding
	0x8000,             // bleeding-edge
	0x400,              // blind
	0x4000000000008000, // blockchain
	0x8000,             // blockchain-enabled
	0x40000000,         // blurred
	0x40000000,         // blurry
	0x1000000000,       // book
	0x1000000000,       // books
	0x4000,             // boost
	0x4000,             // boosted
	0x100000000000,     // booster
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
	0x2000000000000000, // but
	0x10000000000000,   // buy
	0x10000000000000,   // buyed
	0x800,              // buyers
	0x10000000000000,   // buying
	0x10000000000000,   // buys
	0x2000010000000000, // by
	0x3,                // ca
	0x0,                // camera
	0x0,                // cameras
	0x40,               // campaign
	0x40,               // campaigned
	0x40,               // campaigning
	0x40,               // campaigns
	0x2000000000000000, // can
	0x2000000000000,    // candidate
	0x100004,           // capabilities
	0x4,                // capability
	0x8000000000000000, // capture
	0x1000000000,       // car
	0x400,              // care
	0x800,              // caregivers
	0x800,              // carers
	0x1000000000000000, // carried
	0x1000000000000000, // carry
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
	0x20000000000,      // categories
	0x20000000000,      // category
	0x2000000000,       // caught
	0x420000000000,     // caution
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
	0x800000120000,     // changelog
	0x800000020010,     // changes
	0x10,               // changing
	0x2000000000000,    // character
	0x800,              // charities
	0x80000000,         // charity
	0x8010000000,       // charter
	0x4000000000000000, // chatbot
	0x2000,             // cheap
	0x2000,             // cheaper
	0x1000000800,       // child
	0x1000000800,       // children
	0x2000000000,       // chosen
	0x800,              // cities
	0x800,              // citizens
	0x1000000000,       // city
	0x0,                // classification
	0x1000000000,       // classroom
	0x40,               // clean
	0x40,               // cleaned
	0x2000,             // cleaner
	0x40,               // cleaning
	0x40,               // cleans
	0x4000000000000000, // cli
	0x100,              // client
	0x100,              // clients
	0x800,              // clinician
	0x800,              // clinicians
	0x800,              // clinics
	0x4000000000000000, // cloud
	0x80000000,         // club
	0x80000001,         // co
	0x80000000,         // co-op
	0x40,               // coach
	0x40,               // coached
	0x40,               // coaches
	0x40,               // coaching
	0x40,               // coachs
	0x40,               // code
	0x4000000000000000, // codebase
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
	0x4000000000000,    // coming
	0x100000,           // commands
	0x10000000000000,   // commission
	0x10000000000000,   // commissioned
	0x10000000000000,   // commissioning
	0x10000000000000,   // commissions
	0x4,                // commitment
	0x0,                // committed
	0x900,              // communities
	0x80000100,         // community
	0x800,              // commuter
	0x800,              // commuters
	0x900,              // companies
	0x4000080000000,    // company
	0x80000,            // compared
	0x800000002000,     // competitive
	0x4,                // competitiveness
	0x800000000000,     // competitors
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
	0x800000000000,     // constraints
	0x20,               // construction
	0x800,              // consumers
	0x820000000000,     // contact
	0x4000000000000,    // content
	0x800000000000,     // context
	0x100000000000000,  // continent
	0x800000000000,     // contributing
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
	0x2000000800000000, // could
	0x80000000,         // council
	0x100000000000,     // countdown
	0x0,                // countless
	0x100,              // countries
	0x100000000000000,  // country
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
	0x800000000000,     // credits
	0x100000000000,     // crewed
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
	0x400000000000,     // danger
	0x80000000,         // das
	0x4000000000000000, // dashboard
	0x4000000000000000, // dashboards
	0x8400,             // data
	0x8000,             // data-driven
	0x4000000000000000, // database
	0x0,                // dataset
	0x0,                // datasets
	0x20000000000,      // date
	0x1000000000,       // day
	0x280000000,        // de
	0x400,              // deaf
	0x80000000000000,   // dear
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
	0x1000000000000000, // deferred
	0x8000000002000000, // define
	0x2000000,          // defining
	0x40000,            // definition
	0x100000,           // definitions
	0x200000000,        // degli
	0x200000000,        // dei
	0x200000000,        // del
	0x40,               // deliver
	0x800000000000,     // deliverables
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
	0x8000000000000000, // describe
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
	0x4000000000000000, // device
	0x4000000000000000, // devices
	0x200000000,        // di
	0x10000000,         // dichiarazione
	0x2000000000000000, // did
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
	0x2000000200000000, // do
	0x100000000000,     // docking
	0x800,              // doctor
	0x800,              // doctors
	0x8000000000000000, // document
	0x1000000,          // doelen
	0x2000000000000000, // does
	0x800,              // dog
	0x4000000000000,    // dolor
	0x40000000000000,   // dominant
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
	0x2000000000000000, // each
	0x4000,             // earn
	0x4000,             // earned
	0x4000,             // earning
	0x4000,             // earns
	0x200000000000000,  // earth's
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
	0x1000000000000,    // ein
	0x80000000,         // el
	0x400,              // elderly
	0x100000000,        // elevator
	0x4000,             // eliminate
	0x4000,             // eliminated
	0x4000,             // eliminateed
	0x4000,             // eliminateing
	0x4000,             // eliminates
	0x4000,             // eliminating
	0x8000000000000,    // em
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
	0x8000001000000,    // en
	0x4010,             // enable
	0x4010,             // enabled
	0x4010,             // enableed
	0x4010,             // enableing
	0x4010,             // enables
	0x4010,             // enabling
	0x0,                // encoder
	0x10,               // encourage
	0x10,               // encouraged
	0x10,               // encourageed
	0x10,               // encourageing
	0x10,               // encourages
	0x10,               // encouraging
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
	0x8000000000000000, // enter
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
	0x800000,           // eventually
	0x2100000000000000, // every
	0x100000000000100,  // everybody
	0x100000000000100,  // everyone
	0x2000000,          // example
	0x2000000,          // examples
	0x800c,             // excellence
	0x80000,            // except
	0x0,                // exceptional
	0x800,              // executives
	0x4,                // experience
	0x4,                // experiences
	0x8000000000000000, // explain
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
	0x800000000000,     // faq
	0x1000000000,       // farm
	0x800,              // farmers
	0x2000,             // faster
	0x40000000000000,   // favorite
	0x40000000000000,   // favourite
	0x4000800080100000, // feature
	0x4000800000100000, // features
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
	0x8000000000000000, // fill
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
	0x240000000088600,  // first
	0x40000000000000,   // first-choice
	0x8000,             // first-class
	0x400,              // first-time
	0x4000000000000,    // fixme
	0x4000,             // flourish
	0x4000,             // flourished
	0x4000,             // flourishes
	0x4000,             // flourishing
	0x4000,             // flourishs
	0x100000000000,     // flyby
	0x0,                // focused
	0x8000000000000,    // follows
	0x2020040200802000, // for
	0x40000000000000,   // foremost
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
	0x2000000000000000, // from
	0x4000000000000400, // front
	0x4000000000000000, // front-end
	0x400,              // front-line
	0x4000000000000000, // frontend
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
	0x800004808008,     // future
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
	0x100000000000000,  // generation
	0x100000000800000,  // generations
	0x10000000,         // genhadaeth
	0x1000,             // get
	0x1000,             // gets
	0x100000,           // getting
	0x800,              // girls
	0x8000000000000040, // give
	0x40,               // gived
	0x40,               // giveed
	0x40,               // giveing
	0x2000000000,       // given
	0x40,               // gives
	0x60,               // giving
	0x0,                // glasses
	0x0,                // glaucoma
	0x100000000000000,  // global
	0x800000100000,     // glossary
	0x40000000000000,   // go
	0x40000000000000,   // go-to
	0x800001000000,     // goal
	0x800001000000,     // goals
	0x80000000000000,   // good
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
	0x80000000000000,   // greetings
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
	0x400000000000000,  // ha
	0x1000000000,       // hands
	0x2000,             // happier
	0x1000000000,       // harbour
	0x1000000000000000, // have
	0x1000000000000000, // haven't
	0x4000,             // heal
	0x4000,             // healed
	0x4000,             // healing
	0x4000,             // heals
	0x2000,             // health
	0x400,              // healthcare
	0x2000,             // healthier
	0x2000,             // healthy
	0x2000000000,       // heard
	0x400000000000000,  // hebben
	0x400000000000000,  // heeft
	0x1000002000000000, // held
	0x80000000000000,   // hello
	0x4010,             // help
	0x4010,             // helped
	0x4010,             // helping
	0x4010,             // helps
	0x1000000000000,    // her
	0x40000000000,      // here
	0x2000000000000,    // hero
	0x2000000000000,    // heroine
	0x80000000,         // het
	0x80000000000000,   // hey
	0x80000000000000,   // hi
	0x2000000000,       // hidden
	0x0,                // high
	0x0,                // high-quality
	0x40000000000000,   // highest
	0x40000000000000,   // highest-rated
	0x0,                // highly
	0x20000000000,      // hint
	0x20000000000,      // hints
	0x1000000000000,    // his
	0x800000020000,     // history
	0x800,              // hobbyists
	0x8000,             // holistic
	0x200001000000400,  // home
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
	0x2000000003000000, // how
	0x400,              // hr
	0x2100,             // human
	0x100000000000100,  // humanity
	0x100,              // humanity's
	0x100,              // humankind
	0x100,              // humans
	0x8000,             // hyper
	0x8000,             // hyper-personalized
	0x3,                // i.e
	0x800000000000,     // ideas
	0x8000000000000000, // identify
	0x800000000,        // if
	0x80000000,         // il
	0x0,                // image
	0x0,                // images
	0x8800000,          // imagine
	0xc,                // impact
	0x8000,             // impactful
	0x2000000,          // importance
	0x400000000000,     // important
	0x4010,             // improve
	0x4010,             // improved
	0x4010,             // improveed
	0x4010,             // improveing
	0x4010,             // improves
	0x4010,             // improving
	0x2028054900880000, // in
	0x1,                // inc
	0x3,                // incl
	0x8000000000000000, // include
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
	0x8004000000000000, // insert
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
	0x800000100000,     // installation
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
	0x4000000000000000, // integration
	0x4000000000100000, // integrations
	0x4,                // integrity
	0x800000000,        // intend
	0x4000000000000000, // interface
	0x2000000000000,    // internship
	0x2000000000000200, // into
	0x100000000,        // intro
	0x100000000,        // introduction
	0x40,               // invest
	0x40,               // invested
	0x40,               // investing
	0x800,              // investor
	0x800,              // investors
	0x40,               // invests
	0x4000000000000,    // ipsum
	0x2000000000001000, // is
	0x2000000000000400, // it
	0x2001000000000000, // its
	0x2000000000000,    // job
	0x80000000,         // joint
	0x800,              // journalists
	0x2000,             // joy
	0x1,                // jr
	0x400,              // junior
	0x8000000000004000, // keep
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
	0x800000000000,     // kpis
	0xc00000080000000,  // la
	0x80000000,         // lab
	0x80000000,         // laboratory
	0x100000000000,     // lander
	0x800,              // landlords
	0x800000000,        // largely
	0x40000000000200,   // largest
	0x80000000,         // las
	0x20000010000,      // last
	0x1000000000,       // laugh
	0x100000000040,     // launch
	0x100000000040,     // launched
	0x100000000040,     // launches
	0x40,               // launching
	0x40,               // launchs
	0x800,              // lawyers
	0x80000000,         // le
	0x40000000000000,   // leader
	0x800,              // leaders
	0x4,                // leadership
	0x40000000008200,   // leading
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
	0x80000000,         // les
	0x2000000000002000, // less
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
	0x800000000040,     // license
	0x40,               // licensed
	0x40,               // licenseed
	0x40,               // licenseing
	0x40,               // licenses
	0x40,               // licensing
	0x108,              // life
	0x100000000000,     // liftoff
	0x1000000000,       // light
	0x800000000,        // likely
	0x8000000000000000, // list
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
	0x4000000000000,    // lorem
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
	0x100000000000,     // lunar
	0x4000000040000000, // machine
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
	0x40001000000800,   // market
	0x800,              // marketers
	0x40,               // match
	0x40,               // matched
	0x40,               // matches
	0x40,               // matching
	0x40,               // matchs
	0x2000000800000000, // may
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
	0x800000000000,     // metrics
	0x4000000000000000, // microservices
	0x400,              // mid
	0x400,              // mid-sized
	0x2000000800000000, // might
	0x1000000000,       // miles
	0x800000000000,     // milestone
	0x800000000000,     // milestones
	0x800,              // millennials
	0x100000000000000,  // million
	0x100000000000000,  // millions
	0x801000000000,     // minutes
	0x10200000,         // mision
	0x10200000,         // missao
	0x10200000,         // missie
	0x10000000,         // missieverklaring
	0x2004000010208000, // mission
	0x8000,             // mission-critical
	0x10200000,         // missione
	0x10000000,         // missions
	0x4000000000000000, // mobile
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
	0x4000000000000000, // module
	0x4000000000100000, // modules
	0x40,               // monitor
	0x40,               // monitored
	0x40,               // monitoring
	0x40,               // monitorred
	0x40,               // monitorring
	0x40,               // monitors
	0x2000040800002000, // more
	0x1000000000,       // morning
	0x2040000000000200, // most
	0x800000000,        // mostly
	0x800000000000,     // motivation
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
	0x2000000000000000, // must
	0x1000080000000,    // my
	0x0,                // myopia
	0x20000000000,      // name
	0x100000000000000,  // nation
	0x100000000000100,  // nations
	0x1000000400,       // neighborhood
	0x1000000400,       // neighbourhood
	0x80000040,         // network
	0x40,               // networked
	0x40,               // networking
	0x40,               // networks
	0x100000000800000,  // never
	0x80000400,         // new
	0x20000,            // news
	0x800000008000,     // next
	0x8000,             // next-gen
	0x8000,             // next-generation
	0x1040000000,       // night
	0x2300000000880101, // no
	0x100000000000100,  // nobody
	0x800000000c00,     // non
	0x800000000000,     // non-goals
	0x400,              // non-profit
	0x800,              // non-profits
	0x200000000000,     // none
	0x400,              // nonprofit
	0x800,              // nonprofits
	0x400000000,        // north
	0x400000000,        // northstar
	0x1000080000000,    // nos
	0xc01000080000000,  // nossa
	0x1000080000000,    // nossas
	0x1000080000000,    // nosso
	0x1000080000000,    // nossos
	0xc01000080000000,  // nostra
	0x1000080000000,    // nostre
	0x1000080000000,    // nostri
	0x1000080000000,    // nostro
	0x3008a00000080000, // not
	0x420000000000,     // note
	0x420000000000,     // notes
	0x1000200000000000, // nothing
	0x400000000000,     // notice
	0xc01000080000000,  // notre
	0x400000000000000,  // nous
	0xc01000080000000,  // nuestra
	0x1000080000000,    // nuestras
	0x1000080000000,    // nuestro
	0x1000080000000,    // nuestros
	0x240000000000000,  // number
	0x40000000000000,   // number-one
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
	0x800000000000,     // objective
	0x800001000000,     // objectives
	0x1000000,          // objetivos
	0x0,                // ocr
	0x2000000200000000, // of
	0x40,               // offer
	0x40,               // offered
	0x40,               // offering
	0x40,               // offerred
	0x40,               // offerring
	0x40,               // offers
	0x80000000,         // office
	0x800000000000,     // okr
	0x800000000000,     // okrs
	0x400,              // older
	0x8000,             // omnichannel
	0x3000040000002000, // on
	0x200000100808000,  // one
	0x100000000,        // one-liner
	0x8000,             // one-stop
	0x8000,             // one-stop-shop
	0x400,              // online
	0x80000,            // only
	0x1000080000000,    // ons
	0xc01000080000000,  // onze
	0x800000000c40,     // open
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
	0x2000000000000000, // or
	0x100000000000,     // orbit
	0x100000000000,     // orbital
	0x100000000000,     // orbiter
	0x100000000000,     // orbits
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
	0x2801000490000000, // our
	0x800000000000,     // out
	0x8000000000000000, // outline
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
	0x2000000000000040, // own
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
	0x1000000000000000, // parked
	0x200004000000000,  // part
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
	0x100000000000,     // payload
	0x100000000000,     // payloads
	0x2000,             // peace
	0x100,              // people
	0x200000000,        // per
	0x2000,             // perfect
	0x4,                // performance
	0x800000000,        // perhaps
	0x40000000,         // peripheral
	0x100,              // person
	0x800000000000,     // personas
	0x100,              // persons
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
	0x0,                // pipeline
	0x0,                // pixel
	0x0,                // pixels
	0x4000000000000,    // placeholder
	0x2000000000000,    // placement
	0x800800000000,     // plan
	0x100000000000000,  // planet
	0x800000000000,     // plans
	0x40,               // plant
	0x40,               // planted
	0x40,               // planting
	0x40,               // plants
	0x4000000080000000, // platform
	0x2000000000000,    // player
	0x800,              // players
	0x4000000000000000, // plugin
	0x4000000000100000, // plugins
	0x40,               // pool
	0x40,               // pooled
	0x40,               // pooling
	0x40,               // pools
	0x4000000000000000, // portal
	0x2000000000000,    // position
	0x800000000,        // possibly
	0x2000000000000,    // post
	0x1000000000000000, // postponed
	0x2004,             // potential
	0x800000000,        // potentially
	0x200000000,        // pour
	0x10000000000,      // powered
	0x800,              // practitioners
	0x40000000000000,   // pre
	0x40000000000000,   // pre-eminent
	0x40000000000000,   // preeminent
	0x40000000000000,   // preferred
	0x40000000008000,   // premier
	0x4000,             // prevent
	0x4000,             // prevented
	0x4000,             // preventing
	0x4000,             // prevents
	0x800000000000,     // pricing
	0x1000000,          // principes
	0x1000000,          // principi
	0x1000000,          // principios
	0x1000000,          // principles
	0x1000000,          // prinzipien
	0x800000000000,     // priorities
	0x20000000000,      // priority
	0x2100000000000,    // probe
	0x800000000000,     // problem
	0x40,               // produce
	0x40,               // produced
	0x40,               // produceed
	0x40,               // produceing
	0x40,               // produces
	0x40,               // producing
	0x4020080000800,    // product
	0x2000,             // productive
	0x4,                // productivity
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
	0x8000000000000040, // provide
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
	0x10000000000000,   // purchase
	0x10000000000000,   // purchased
	0x10000000000000,   // purchaseed
	0x10000000000000,   // purchaseing
	0x10000000000000,   // purchases
	0x10000000000000,   // purchasing
	0x2004008010000000, // purpose
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
	0x100000000000,     // re
	0x100000000000,     // re-entry
	0x4000,             // reach
	0x4000,             // reached
	0x4000,             // reaches
	0x4000,             // reaching
	0x4000,             // reachs
	0x42000000000,      // read
	0x800,              // readers
	0x4000000000000000, // real
	0x4000000000000000, // real-time
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
	0x0,                // recognition
	0x100000000000,     // reconnaissance
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
	0x100000000000,     // reentry
	0x800000000000,     // references
	0x80000000,         // refreshed
	0x400,              // regional
	0x800000000,        // relatively
	0x800000120000,     // release
	0x800000020000,     // releases
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
	0x8000000000000000, // replace
	0x80000,            // replacing
	0x800000100000,     // requirements
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
	0x800000000000,     // risks
	0x1000000000,       // river
	0x800000000000,     // roadmap
	0x40000000,         // robot
	0x40000000,         // robotic
	0x8000,             // robust
	0x100000000000,     // rocket
	0x100000000000,     // rockets
	0x2000000000000,    // role
	0x1000000000,       // roof
	0x800,              // rotarians
	0x2100000000000,    // rover
	0x2000000040,       // run
	0x40,               // runed
	0x40,               // runing
	0x40,               // runned
	0x800,              // runners
	0x40,               // running
	0x40,               // runs
	0x400,              // rural
	0x4000000000000400, // saas
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
	0x2100000000000,    // satellite
	0x100000000000,     // satellites
	0x4000,             // save
	0x4000,             // saved
	0x4000,             // saveed
	0x4000,             // saveing
	0x4000,             // saves
	0x4000,             // saving
	0x8000,             // scalable
	0x800000000000,     // schedule
	0x800,              // scholars
	0x1080000000,       // school
	0x800,              // schools
	0x800,              // scientist
	0x800,              // scientists
	0x800000000000,     // scope
	0x1000000000,       // screen
	0x0,                // screenshot
	0x0,                // screenshots
	0x4000000000000000, // sdk
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
	0x4000000000000000, // sensor
	0x4000000000000000, // sensors
	0x2000000000,       // sent
	0x40000,            // sentence
	0x10,               // serve
	0x10,               // served
	0x10,               // serveed
	0x10,               // serveing
	0x4000000010,       // serves
	0x80000000,         // service
	0x10,               // serving
	0x2000000000,       // set
	0x80000000000,      // sets
	0x100000,           // settings
	0x100000,           // setup
	0x0,                // several
	0x2000000000,       // shaken
	0x2000000000800000, // shall
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
	0x2000000000000000, // should
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
	0xc00,              // small
	0x2000,             // smarter
	0x800,              // smbs
	0x1000000000,       // smile
	0x2020000000000000, // so
	0x80000100,         // society
	0x4000000000000c00, // software
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
	0x100000000000,     // sortie
	0x10020000000040,   // source
	0x10000000000040,   // sourced
	0x10000000000040,   // sourceed
	0x10000000000040,   // sourceing
	0x10000000000040,   // sources
	0x10000000000040,   // sourcing
	0x2100000000000,    // spacecraft
	0x100000000000,     // spaceflight
	0x800,              // specialists
	0x8000000000000000, // specify
	0x0,                // spectacles
	0x2000000000,       // spent
	0x100000000000,     // splashdown
	0x2000000000,       // spoken
	0x100000000000,     // squadron
	0x0,                // squint
	0x1,                // sr
	0x3,                // st
	0x4,                // stakeholder
	0x20000000104,      // stakeholders
	0x1000000000,       // stall
	0x800,              // stallholders
	0x80000800,         // startup
	0x800,              // startups
	0x8000000000008000, // state
	0x8000,             // state-of-the-art
	0x80000000,         // stated
	0x2004000101040000, // statement
	0x1000000,          // statements
	0x820000000000,     // status
	0x4000,             // stay
	0x4000,             // stayed
	0x4000,             // staying
	0x4000,             // stays
	0x800000000000,     // steps
	0x40000000,         // stereo
	0x1000000000000000, // still
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
	0x80000000200c,     // success
	0x2000,             // suffering
	0x8000000000000000, // summarise
	0x80000000000,      // summarises
	0x8000000000000000, // summarize
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
	0x4000000000000000, // system
	0x4000000000000000, // systems
	0x1000000000,       // table
	0x4000,             // tackle
	0x4000,             // tackled
	0x4000,             // tackleed
	0x4000,             // tackleing
	0x4000,             // tackles
	0x4000,             // tackling
	0x20000000000,      // tags
	0x2000000000,       // taken
	0x800000000000,     // target
	0x800000000000,     // targets
	0x800000000000,     // tasks
	0x2000000000,       // taught
	0x4000000000000,    // tba
	0x4000000000000,    // tbc
	0x4000000000000,    // tbd
	0x40,               // teach
	0x40,               // teached
	0x800,              // teacher
	0x800,              // teachers
	0x40,               // teaches
	0x40,               // teaching
	0x40,               // teachs
	0x800080000000,     // team
	0x800,              // teams
	0x400,              // tech
	0x80000400,         // technical
	0x800,              // teenagers
	0x800,              // teens
	0x100000000000,     // telemetry
	0x100000000000,     // telescope
	0x40000000,         // television
	0x400000000000000,  // tem
	0x2000000,          // template
	0x2000000,          // templates
	0x800,              // tenants
	0x400000000000000,  // tenemos
	0x1000000,          // tenets
	0x100000,           // terminology
	0x40,               // test
	0x40,               // tested
	0x800,              // testers
	0x40,               // testing
	0x40,               // tests
	0x4000000000000,    // text
	0x2000000000080000, // than
	0x10000000000,      // thanks
	0x2020000000000000, // that
	0x2200040180882108, // the
	0x2001000000000000, // their
	0x2000000000000000, // them
	0x2000000000000000, // then
	0x40000000,         // thermal
	0x2000000000000000, // these
	0x2000000000000000, // they
	0x2000040000000000, // this
	0x2000000000000000, // those
	0x2000008000,       // thought
	0x4000,             // thrive
	0x4000,             // thrived
	0x4000,             // thriveed
	0x4000,             // thriveing
	0x4000,             // thrives
	0x4000,             // thriving
	0x2000010000000000, // through
	0x2000000000,       // thrown
	0x400000000000000,  // tiene
	0x800000000000,     // timeline
	0x420000000000,     // tip
	0x420002000000,     // tips
	0x20100000000,      // tl;dr
	0x20100000000,      // tldr
	0x302c800800000000, // to
	0x800000000000,     // to-do
	0x4800000000000,    // todo
	0x0,                // tokens
	0x2000000000,       // told
	0x800008,           // tomorrow
	0x4000000000000000, // tool
	0x4000000000100000, // tools
	0x40000000008200,   // top
	0x8000,             // top-notch
	0x40000000000000,   // top-ranked
	0x40000000000000,   // top-rated
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
	0x100000000000,     // trajectory
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
	0x20000000000,      // type
	0x800000,           // ultimately
	0x1000000,          // und
	0x8000000000000,    // under
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
	0x401000080000000,  // unser
	0xc01000080000000,  // unsere
	0x1000080000000,    // unserer
	0x20080000000,      // updated
	0x0,                // upload
	0x0,                // uploads
	0x400,              // urban
	0x2000000000000000, // us
	0x2000,             // usable
	0x800000100000,     // usage
	0x8000800000000000, // use
	0x2000,             // useful
	0x800000008100,     // user
	0x8000,             // user-centric
	0x100,              // users
	0x10000000000,      // using
	0x0,                // utilise
	0x0,                // utilize
	0x0,                // utilizes
	0x0,                // utilizing
	0x2000000000000,    // vacancy
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
	0x2004000400400000, // vision
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
	0x808000000,        // want
	0x420000000000,     // warning
	0x2000000000001000, // was
	0x1000000000,       // water
	0x8,                // way
	0x100000000000,     // waypoint
	0x8,                // ways
	0x2000010801800000, // we
	0x4000000000000000, // wearable
	0x4000000000000000, // wearables
	0x0,                // webcam
	0x4000000000000000, // website
	0x80040000000000,   // welcome
	0x400000000,        // weledigaeth
	0x2000,             // well
	0x2000,             // well-being
	0x2000,             // wellbeing
	0x2000000000001000, // were
	0x1000000,          // werte
	0x2000000003000000, // what
	0x22100000,         // what's
	0x2000000802000000, // when
	0x800000000,        // whenever
	0x2000000802800000, // where
	0x80000,            // whereas
	0x2020000000000000, // which
	0x2000000002000000, // who
	0x2000000000000000, // whom
	0x1000000000000,    // whose
	0x2000008012000000, // why
	0x4000000000000000, // widget
	0x2008000000800000, // will
	0xc000,             // win
	0x8000,             // win-win
	0x4000,             // wined
	0x4000,             // wining
	0x4000,             // winned
	0x4000,             // winning
	0x4000,             // wins
	0x1000000000,       // winter
	0x800000000,        // wish
	0x2000010000000000, // with
	0x80000,            // without
	0x800,              // women
	0x2000000000,       // won
	0x8010009000000,    // work
	0x800,              // workers
	0x1000010008000400, // working
	0x10000000000,      // works
	0x100000004008008,  // world
	0x300000000008000,  // world's
	0x8000,             // world-class
	0x0,                // world-renowned
	0x100000000000000,  // worldwide
	0x2000000000,       // worn
	0x2000000800000000, // would
	0x2000000000,       // woven
	0x8000000002000040, // write
	0x40,               // writed
	0x40,               // writeed
	0x40,               // writeing
	0x800,              // writers
	0x40,               // writes
	0x2000040,          // writing
	0x42000000000,      // written
	0x40000000,         // x
	0x40000000,         // x-ray
	0x4000000000000,    // xxx
	0x1000000,          // y
	0x1000000000000000, // yet
	0x100,              // you
	0xc00,              // young
	0x4000000000000,    // your
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
	69,
	70,
	71,
	73,
	75,
	77,
	79,
	82,
	85,
	86,
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
	99,
	100,
	101,
	104,
	108,
	109,
	110,
	115,
	116,
	117,
	121,
	122,
	123,
	124,
	125,
	128,
	129,
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
	145,
	146,
	147,
	148,
	149,
	150,
	151,
	152,
	153,
	154,
	155,
	156,
	157,
	158,
	160,
	162,
	163,
	164,
	167,
	169,
	170,
	171,
	172,
	173,
	174,
	175,
	178,
	179,
	181,
	182,
	183,
	184,
	185,
	186,
	187,
	188,
	189,
	192,
	193,
	194,
	195,
	196,
	202,
	203,
	204,
	205,
	207,
	208,
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
	224,
	226,
	227,
	229,
	230,
	231,
	232,
	233,
	234,
	235,
	236,
	237,
	238,
	239,
	240,
	241,
	243,
	244,
	245,
	246,
	247,
	248,
	249,
	252,
	253,
	254,
	256,
	257,
	258,
	259,
	261,
	263,
	265,
	266,
	268,
	269,
	276,
	277,
	278,
	279,
	280,
	281,
	282,
	284,
	285,
	286,
	288,
	289,
	290,
	291,
	297,
	298,
	299,
	300,
	301,
	302,
	304,
	305,
	306,
	307,
	308,
	309,
	310,
	311,
	312,
	314,
	315,
	317,
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
	329,
	330,
	331,
	332,
	333,
	334,
	335,
	336,
	337,
	338,
	340,
	341,
	343,
	344,
	345,
	346,
	347,
	348,
	349,
	350,
	351,
	352,
	354,
	355,
	356,
	357,
	358,
	359,
	360,
	361,
	362,
	365,
	367,
	368,
	369,
	370,
	371,
	372,
	373,
	374,
	375,
	378,
	380,
	381,
	382,
	383,
	384,
	385,
	386,
	387,
	388,
	389,
	390,
	391,
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
	406,
	407,
	408,
	409,
	410,
	411,
	412,
	413,
	414,
	415,
	416,
	417,
	418,
	419,
	420,
	421,
	423,
	424,
	425,
	426,
	427,
	430,
	431,
	432,
	433,
	436,
	439,
	440,
	441,
	442,
	443,
	445,
	446,
	447,
	448,
	450,
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
	488,
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
	515,
	517,
	518,
	519,
	521,
	524,
	526,
	528,
	529,
	530,
	531,
	532,
	533,
	534,
	535,
	537,
	538,
	539,
	541,
	543,
	545,
	547,
	549,
	551,
	552,
	553,
	554,
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
	567,
	568,
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
	586,
	589,
	591,
	593,
	595,
	599,
	600,
	601,
	602,
	603,
	604,
	605,
	606,
	607,
	608,
	609,
	610,
	612,
	613,
	614,
	615,
	616,
	617,
	618,
	619,
	620,
	621,
	622,
	623,
	624,
	625,
	628,
	629,
	630,
	631,
	632,
	633,
	634,
	635,
	637,
	638,
	639,
	640,
	641,
	642,
	643,
	644,
	646,
	647,
	648,
	649,
	650,
	651,
	652,
	654,
	655,
	656,
	657,
	658,
	659,
	660,
	661,
	662,
	663,
	664,
	665,
	666,
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
	714,
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
	728,
	729,
	730,
	731,
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
	745,
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
	766,
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
	785,
	786,
	788,
	791,
	792,
	793,
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
	809,
	811,
	812,
	813,
	814,
	815,
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
	830,
	832,
	834,
	836,
	838,
	839,
	840,
	841,
	842,
	843,
	844,
	845,
	846,
	847,
	848,
	849,
	850,
	851,
	852,
	853,
	854,
	855,
	856,
	858,
	861,
	863,
	865,
	867,
	869,
	871,
	874,
	876,
	879,
	881,
	883,
	885,
	887,
	888,
	889,
	890,
	891,
	892,
	893,
	894,
	896,
	897,
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
	911,
	912,
	915,
	917,
	919,
	921,
	924,
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
	942,
	943,
	944,
	946,
	947,
	948,
	950,
	952,
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
	974,
	976,
	977,
	978,
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
	999,
	1000,
	1001,
	1002,
	1003,
	1004,
	1005,
	1006,
	1008,
	1011,
	1012,
	1013,
	1014,
	1015,
	1016,
	1017,
	1018,
	1019,
	1024,
	1028,
	1030,
	1032,
	1034,
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
	1049,
	1050,
	1051,
	1052,
	1053,
	1054,
	1055,
	1056,
	1057,
	1058,
	1059,
	1066,
	1067,
	1068,
	1069,
	1070,
	1071,
	1072,
	1073,
	1074,
	1075,
	1076,
	1077,
	1079,
	1087,
	1088,
	1089,
	1090,
	1091,
	1093,
	1094,
	1096,
	1097,
	1098,
	1100,
	1101,
	1102,
	1103,
	1105,
	1106,
	1107,
	1108,
	1109,
	1110,
	1111,
	1112,
	1113,
	1114,
	1117,
	1118,
	1119,
	1120,
	1121,
	1122,
	1124,
	1125,
	1126,
	1128,
	1130,
	1132,
	1134,
	1136,
	1137,
	1138,
	1139,
	1140,
	1141,
	1142,
	1143,
	1144,
	1145,
	1146,
	1154,
	1155,
	1158,
	1159,
	1160,
	1161,
	1162,
	1163,
	1164,
	1165,
	1166,
	1167,
	1168,
	1169,
	1170,
	1171,
	1173,
	1174,
	1175,
	1176,
	1177,
	1178,
	1180,
	1181,
	1182,
	1183,
	1184,
	1185,
	1187,
	1188,
	1189,
	1190,
	1193,
	1194,
	1195,
	1197,
	1199,
	1202,
	1203,
	1204,
	1205,
	1208,
	1209,
	1210,
	1211,
	1212,
	1213,
	1214,
	1215,
	1216,
	1217,
	1218,
	1219,
	1220,
	1221,
	1222,
	1223,
	1224,
	1226,
	1227,
	1228,
	1229,
	1230,
	1231,
	1233,
	1234,
	1235,
	1236,
	1238,
	1240,
	1241,
	1242,
	1243,
	1244,
	1245,
	1246,
	1247,
	1248,
	1249,
	1250,
	1251,
	1253,
	1254,
	1256,
	1258,
	1260,
	1262,
	1263,
	1265,
	1266,
	1267,
	1268,
	1269,
	1270,
	1271,
	1272,
	1273,
	1274,
	1275,
	1276,
	1277,
	1278,
	1279,
	1281,
	1282,
	1283,
	1286,
	1287,
	1291,
	1292,
	1293,
	1294,
	1295,
	1296,
	1297,
	1298,
	1299,
	1301,
	1303,
	1305,
	1306,
	1307,
	1309,
	1311,
	1313,
	1322,
	1323,
	1325,
	1327,
	1328,
	1329,
	1330,
	1331,
	1332,
	1334,
	1335,
	1336,
	1340,
	1341,
	1342,
	1343,
	1345,
	1347,
	1348,
	1349,
	1350,
	1352,
	1354,
	1356,
	1358,
	1360,
	1362,
	1387,
	1388,
	1390,
	1391,
	1392,
	1393,
	1394,
	1395,
	1396,
	1397,
	1398,
	1399,
	1400,
	1401,
	1402,
	1403,
	1404,
	1405,
	1406,
	1407,
	1408,
	1409,
	1410,
	1411,
	1413,
	1414,
	1416,
	1417,
	1418,
	1420,
	1422,
	1423,
	1424,
	1425,
	1426,
	1427,
	1429,
	1431,
	1433,
	1435,
	1437,
	1439,
	1440,
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
	1477,
	1479,
	1480,
	1481,
	1482,
	1483,
	1484,
	1485,
	1487,
	1488,
	1489,
	1490,
	1491,
	1493,
	1494,
	1495,
	1496,
	1497,
	1498,
	1499,
	1502,
	1503,
	1504,
	1505,
	1506,
	1507,
	1509,
	1510,
	1530,
	1531,
	1533,
	1535,
	1537,
	1538,
	1539,
	1540,
	1541,
	1542,
	1543,
	1544,
	1548,
	1549,
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
	1567,
	1568,
	1570,
	1572,
	1574,
	1575,
	1576,
	1577,
	1578,
	1579,
	1580,
	1581,
	1582,
	1584,
	1585,
	1586,
	1587,
	1588,
	1589,
	1591,
	1592,
	1593,
	1594,
	1595,
	1596,
	1597,
	1598,
	1599,
	1600,
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
	1615,
	1616,
	1617,
	1619,
	1620,
	1621,
	1622,
	1625,
	1626,
	1627,
	1628,
	1629,
	1630,
	1631,
	1632,
	1633,
	1634,
	1635,
	1636,
	1638,
	1639,
	1640,
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
	1657,
	1658,
	1659,
	1660,
	1661,
	1662,
	1663,
	1664,
	1665,
	1666,
	1669,
	1670,
	1671,
	1672,
	1673,
	1674,
	1675,
	1677,
	1678,
	1679,
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
	1692,
	1693,
	1694,
	1695,
	1696,
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
	1709,
	1710,
	1711,
	1712,
	1713,
	1714,
	1715,
	1717,
	1719,
	1721,
	1723,
	1724,
	1731,
	1732,
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
	1753,
	1754,
	1755,
	1757,
	1759,
	1760,
	1761,
	1762,
	1763,
	1764,
	1765,
	1770,
	1771,
	1776,
	1777,
	1778,
	1779,
	1780,
	1782,
	1784,
	1786,
	1788,
	1790,
	1791,
	1792,
	1793,
	1794,
	1796,
	1797,
	1798,
	1799,
	1801,
	1803,
	1805,
	1807,
	1808,
	1809,
	1810,
	1812,
	1814,
	1815,
	1818,
	1819,
	1820,
	1822,
	1830,
	1832,
	1836,
	1837,
	1838,
	1839,
	1840,
	1841,
	1842,
	1843,
	1844,
	1846,
	1850,
	1852,
	1854,
	1856,
	1860,
	1862,
	1864,
	1866,
	1874,
	1876,
	1878,
	1881,
	1882,
	1888,
	1889,
	1894,
	1896,
	1898,
	1900,
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
	1922,
	1923,
	1924,
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
	1941,
	1947,
	1948,
	1949,
	1950,
	1951,
	1952,
	1954,
	1958,
	1968,
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
	1982,
	1983,
	1984,
	1985,
	1988,
	1991,
	1992,
	1993,
	1994,
	1995,
	1996,
	1997,
	1998,
	1999,
	2000,
	2001,
	2002,
	2003,
	2004,
	2006,
	2007,
	2008,
	2009,
	2010,
	2011,
	2012,
	2013,
	2014,
	2016,
	2017,
	2018,
	2019,
	2020,
	2021,
	2022,
	2023,
	2024,
	2025,
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
	2043,
	2045,
	2046,
	2047,
	2048,
	2049,
	2050,
	2051,
	2052,
	2054,
	2055,
	2056,
	2057,
	2059,
	2060,
	2061,
	2062,
	2063,
	2064,
	2065,
	2066,
	2067,
	2068,
	2069,
	2070,
	2071,
	2072,
	2073,
	2074,
	2075,
	2076,
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
	2087,
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
	2100,
	2101,
	2102,
	2103,
	2104,
	2105,
	2106,
	2108,
	2109,
	2110,
	2112,
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
	2126,
	2127,
	2128,
	2129,
	2130,
	2131,
	2132,
	2133,
	2134,
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
	2151,
	2153,
	2154,
	2155,
	2156,
	2157,
	2158,
	2159,
	2165,
	2166,
	2167,
	2169,
	2170,
	2171,
	2173,
	2174,
	2175,
	2176,
	2177,
	2178,
	2179,
	2180,
	2181,
	2183,
	2184,
	2185,
	2186,
	2188,
	2190,
	2191,
	2193,
	2194,
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
	2208,
	2210,
	2211,
	2212,
	2214,
	2216,
	2217,
	2218,
	2220,
	2221,
	2222,
	2223,
	2224,
	2225,
	2227,
	2228,
	2229,
	2230,
	2231,
	2232,
	2233,
	2234,
	2238,
	2239,
	2240,
	2241,
	2242,
	2243,
	2245,
	2246,
	2247,
	2251,
	2253,
	2254,
	2255,
	2256,
	2257,
	2258,
	2259,
	2260,
	2261,
	2263,
	2264,
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
	2281,
	2282,
	2283,
	2284,
	2285,
	2286,
	2287,
	2288,
	2289,
	2290,
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
	2301,
	2302,
	2303,
	2304,
	2305,
	2306,
	2307,
	2308,
	2309,
	2310,
	2314,
	2316,
	2317,
	2318,
	2319,
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
	2340,
	2341,
	2342,
	2343,
	2344,
	2345,
	2346,
	2348,
	2349,
	2350,
	2351,
	2352,
	2353,
	2355,
	2357,
	2359,
	2361,
	2363,
	2365,
	2366,
	2367,
	2368,
	2369,
	2370,
	2371,
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
	2387,
	2388,
	2389,
	2390,
	2391,
	2392,
	2393,
	2394,
	2395,
	2396,
	2397,
	2398,
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
	2410,
	2412,
	2413,
	2414,
	2415,
	2416,
	2417,
	2418,
	2419,
	2421,
	2422,
	2423,
	2424,
	2425,
	2426,
	2427,
	2428,
	2429,
	2430,
	2431,
	2432,
	2434,
	2435,
	2436,
	2437,
	2438,
	2439,
	2440,
	2441,
	2442,
	2443,
	2444,
	2446,
	2447,
	2448,
	2449,
	2450,
	2451,
	2452,
	2453,
	2454,
	2455,
	2456,
	2457,
	2458,
	2459,
	2460,
	2461,
	2462,
	2463,
	2466,
	2469,
	2470,
	2471,
	2473,
	2474,
	2475,
	2476,
	2477,
	2478,
	2479,
	2480,
	2481,
	2482,
	2484,
	2486,
	2487,
	2488,
	2489,
	2490,
	2491,
	2492,
	2494,
	2495,
	2496,
	2497,
	2498,
	2499,
	2500,
	2501,
	2502,
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
	2517,
	2518,
	2519,
	2520,
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
	2533,
	2534,
	2537,
	2538,
	2539,
	2540,
	2545,
	2547,
	2550,
	2551,
	2552,
	2554,
	2555,
	2556,
	2557,
	2558,
	2559,
	2560,
	2561,
	2562,
	2563,
	2564,
	2565,
	2568,
	2570,
	2572,
	2574,
	2576,
	2578,
	2580,
	2581,
	2582,
	2583,
	2584,
	2585,
	2586,
	2587,
	2588,
	2589,
	2590,
	2592,
	2593,
	2596,
	2597,
	2598,
	2600,
	2601,
	2603,
	2604,
	2605,
	2610,
	2611,
	2613,
	2614,
	2615,
	2616,
	2617,
	2618,
	2619,
	2622,
	2623,
	2624,
	2625,
	2626,
	2627,
	2628,
	2629,
	2630,
	2632,
	2634,
	2636,
	2638,
	2640,
	2642,
	2647,
	2648,
	2649,
	2650,
	2654,
	2657,
	2658,
	2660,
	2661,
	2662,
	2663,
	2664,
	2665,
	2666,
	2667,
	2668,
	2673,
	2674,
	2675,
	2676,
	2677,
	2678,
	2680,
	2681,
	2686,
	2689,
	2692,
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
	2728,
	2729,
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
	2744,
	2745,
	2746,
	2748,
	2749,
	2750,
	2751,
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
	2764,
	2765,
	2766,
	2767,
	2769,
	2770,
	2773,
	2788,
	2790,
	2791,
	2792,
	2793,
	2794,
	2795,
	2840,
	2841,
	2844,
	2845,
	2846,
	2847,
	2848,
	2849,
	2850,
	2852,
	2853,
	2855,
	2856,
	2858,
	2861,
	2863,
	2865,
	2881,
	2882,
	2884,
	2885,
	2886,
	2888,
	2889,
	2891,
	2896,
	2897,
	2898,
	2899,
	2900,
	2901,
	2902,
	2903,
	2904,
	2905,
	2906,
	2907,
	2908,
	2909,
	2910,
	2911,
	2913,
	2914,
	2916,
	2917,
	2918,
	2919,
	2920,
	2921,
	2922,
	2923,
	2924,
	2925,
	2926,
	2927,
	2928,
	2929,
	2930,
	2931,
	2932,
	2933,
	2934,
	2935,
	2936,
	2937,
	2938,
	2939,
	2940,
	2941,
	2942,
	2943,
	2944,
	2945,
	2946,
	2947,
	2948,
	2949,
	2950,
	2951,
	2952,
	2953,
	2954,
	2955,
	2958,
	2959,
	2960,
	2961,
	2962,
	2963,
	2964,
	2965,
	2966,
	2967,
	2968,
	2969,
	2970,
	2971,
	2972,
	2973,
	2974,
	2975,
	2976,
	2977,
	2978,
	2980,
	2981,
	2982,
	2983,
	2984,
	2985,
	2986,
	2987,
	2988,
	2991,
	2995,
	2997,
	2999,
	3000,
	3001,
	3002,
	3003,
	3004,
	3006,
	3008,
	3009,
	3012,
	3013,
	3014,
	3015,
	3016,
	3017,
	3018,
	3019,
	3020,
	3021,
	3022,
	3023,
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
	3044,
	3046,
	3052,
	3053,
	3055,
	3056,
	3058,
	3059,
	3060,
	3061,
	3064,
	3065,
	3066,
	3067,
	3070,
	3072,
	3074,
	3075,
	3076,
	3077,
	3078,
	3087,
	3088,
	3089,
	3090,
	3091,
	3093,
	3094,
	3095,
	3096,
	3097,
	3099,
	3100,
	3107,
	3116,
	3119,
	3120,
	3136,
	3137,
	3139,
	3141,
	3142,
	3143,
	3164,
	3165,
	3170,
	3172,
	3173,
	3174,
	3175,
	3176,
	3177,
	3178,
	3179,
	3180,
	3182,
	3183,
	3184,
	3185,
	3193,
	3194,
	3202,
	3204,
	3209,
	3212,
	3213,
	3214,
	3215,
	3216,
	3218,
	3219,
	3222,
	3223,
	3224,
	3225,
	3226,
	3227,
	3229,
	3231,
	3232,
	3233,
	3234,
	3235,
	3236,
	3237,
	3239,
	3241,
	3242,
	3243,
}

// tablePhrases are the entries under each of tableWords, by list, each list's longest first.
var tablePhrases = [...]phrase{
	{54, ""},                   // #1
	{57, ""},                   // #1
	{11, "somethings"},         // 20
	{11, ""},                   // 20-somethings
	{30, ""},                   // 3d
	{3, "future"},              // a
	{13, "difference to"},      // a
	{13, "difference for"},     // a
	{19, "fraction of"},        // a
	{23, "world in which"},     // a
	{23, "future in which"},    // a
	{23, "world where"},        // a
	{23, "world with"},         // a
	{23, "world without"},      // a
	{23, "future where"},       // a
	{23, "future with"},        // a
	{31, ""},                   // a
	{57, ""},                   // a
	{58, "nossa missao e"},     // a
	{58, "pour mission"},       // a
	{59, "nossa visao e"},      // a
	{61, ""},                   // a
	{67, "number of"},          // a
	{67, "lot of"},             // a
	{58, "la missione di"},     // abbiamo
	{13, ""},                   // ability
	{32, ""},                   // about
	{42, ""},                   // above
	{32, ""},                   // abstract
	{11, ""},                   // academics
	{31, ""},                   // academy
	{4, ""},                    // accelerate
	{14, ""},                   // accelerate
	{4, ""},                    // accelerated
	{14, ""},                   // accelerated
	{4, ""},                    // accelerateed
	{14, ""},                   // accelerateed
	{4, ""},                    // accelerateing
	{14, ""},                   // accelerateing
	{4, ""},                    // accelerates
	{14, ""},                   // accelerates
	{4, ""},                    // accelerating
	{14, ""},                   // accelerating
	{13, "to"},                 // access
	{14, ""},                   // access
	{14, ""},                   // accessed
	{14, ""},                   // accesses
	{13, ""},                   // accessible
	{14, ""},                   // accessing
	{14, ""},                   // accesss
	{11, ""},                   // accountants
	{14, ""},                   // achieve
	{14, ""},                   // achieved
	{14, ""},                   // achieveed
	{14, ""},                   // achieveing
	{14, ""},                   // achieves
	{14, ""},                   // achieving
	{47, ""},                   // acknowledgements
	{40, "as"},                 // act
	{40, "as"},                 // acting
	{41, ""},                   // action
	{15, "insights"},           // actionable
	{41, ""},                   // actions
	{40, "as"},                 // acts
	{63, ""},                   // add
	{11, ""},                   // administrators
	{11, ""},                   // admins
	{7, ""},                    // adopted
	{31, ""},                   // adopted
	{5, ""},                    // adoption
	{10, ""},                   // adult
	{4, ""},                    // advance
	{14, ""},                   // advance
	{4, ""},                    // advanced
	{14, ""},                   // advanced
	{4, ""},                    // advanceed
	{14, ""},                   // advanceed
	{4, ""},                    // advanceing
	{14, ""},                   // advanceing
	{4, ""},                    // advances
	{14, ""},                   // advances
	{38, ""},                   // advances
	{4, ""},                    // advancing
	{14, ""},                   // advancing
	{38, ""},                   // advancing
	{6, ""},                    // advocate
	{6, ""},                    // advocated
	{6, ""},                    // advocateed
	{6, ""},                    // advocateing
	{6, ""},                    // advocates
	{6, ""},                    // advocating
	{14, ""},                   // afford
	{13, ""},                   // affordable
	{14, ""},                   // afforded
	{14, ""},                   // affording
	{14, ""},                   // affords
	{11, ""},                   // agencies
	{10, ""},                   // agency
	{31, ""},                   // agency
	{47, ""},                   // agenda
	{15, ""},                   // agile
	{7, ""},                    // agreed
	{31, ""},                   // agreed
	{41, ""},                   // agreed
	{15, "powered"},            // ai
	{15, "driven"},             // ai
	{30, ""},                   // ai
	{62, ""},                   // ai
	{15, ""},                   // ai-driven
	{15, ""},                   // ai-powered
	{4, ""},                    // aim
	{23, "to be"},              // aim
	{35, "to"},                 // aim
	{35, "for"},                // aim
	{66, "to"},                 // aim
	{4, ""},                    // aimed
	{4, ""},                    // aiming
	{4, ""},                    // aims
	{23, "to be"},              // aims
	{35, "to"},                 // aims
	{35, "for"},                // aims
	{0, ""},                    // al
	{62, ""},                   // algorithm
	{62, ""},                   // algorithms
	{2, ""},                    // alignment
	{8, ""},                    // all
	{56, ""},                   // all
	{61, ""},                   // all
	{14, ""},                   // alleviate
	{14, ""},                   // alleviated
	{14, ""},                   // alleviateed
	{14, ""},                   // alleviateing
	{14, ""},                   // alleviates
	{14, ""},                   // alleviating
	{31, ""},                   // alliance
	{19, "to"},                 // alternative
	{47, ""},                   // alternatives
	{44, ""},                   // altitude
	{56, ""},                   // always
	{12, ""},                   // am
	{67, ""},                   // amazing
	{57, ""},                   // america's
	{57, ""},                   // americas
	{57, ""},                   // an
	{61, ""},                   // an
	{6, ""},                    // analyse
	{6, ""},                    // analysed
	{6, ""},                    // analyseed
	{6, ""},                    // analyseing
	{6, ""},                    // analyses
	{6, ""},                    // analysing
	{11, ""},                   // analysts
	{6, ""},                    // analyze
	{6, ""},                    // analyzed
	{6, ""},                    // analyzeed
	{6, ""},                    // analyzeing
	{6, ""},                    // analyzes
	{6, ""},                    // analyzing
	{24, ""},                   // and
	{61, ""},                   // and
	{56, ""},                   // any
	{61, ""},                   // any
	{8, ""},                    // anybody
	{8, ""},                    // anyone
	{20, ""},                   // api
	{62, ""},                   // api
	{65, ""},                   // api
	{20, ""},                   // apis
	{62, ""},                   // apis
	{41, ""},                   // apologies
	{62, ""},                   // app
	{47, ""},                   // appendix
	{62, ""},                   // application
	{11, ""},                   // apprentices
	{24, ""},                   // approach
	{7, ""},                    // approved
	{31, ""},                   // approved
	{41, ""},                   // approved
	{41, ""},                   // approvers
	{0, ""},                    // approx
	{1, ""},                    // approx
	{62, ""},                   // apps
	{47, ""},                   // architecture
	{6, ""},                    // archive
	{6, ""},                    // archived
	{6, ""},                    // archiveed
	{6, ""},                    // archiveing
	{6, ""},                    // archives
	{6, ""},                    // archiving
	{12, "being"},              // are
	{12, ""},                   // are
	{61, ""},                   // are
	{35, ""},                   // arguably
	{63, ""},                   // articulate
	{30, ""},                   // artificial
	{11, ""},                   // artists
	{31, ""},                   // as
	{35, "much as possible"},   // as
	{35, "far as possible"},    // as
	{35, "appropriate"},        // as
	{38, "part of"},            // as
	{61, ""},                   // as
	{10, ""},                   // aspiring
	{31, ""},                   // association
	{47, ""},                   // assumptions
	{44, ""},                   // astronaut
	{49, ""},                   // astronaut
	{44, ""},                   // astronauts
	{32, "a glance"},           // at
	{33, ""},                   // at
	{57, ""},                   // at
	{61, ""},                   // at
	{11, ""},                   // athletes
	{35, "to"},                 // attempt
	{35, "to"},                 // attempts
	{41, ""},                   // attendees
	{46, ""},                   // attention
	{41, ""},                   // audience
	{6, ""},                    // audit
	{6, ""},                    // audited
	{6, ""},                    // auditing
	{6, ""},                    // audits
	{6, ""},                    // auditted
	{6, ""},                    // auditting
	{28, ""},                   // auftrag
	{39, ""},                   // auftrag
	{41, ""},                   // author
	{11, ""},                   // authors
	{41, ""},                   // authors
	{6, ""},                    // automate
	{6, ""},                    // automated
	{6, ""},                    // automateed
	{6, ""},                    // automateing
	{6, ""},                    // automates
	{6, ""},                    // automating
	{14, ""},                   // avoid
	{14, ""},                   // avoided
	{14, ""},                   // avoiding
	{14, ""},                   // avoids
	{67, ""},                   // awesome
	{10, ""},                   // b2b
	{62, "end"},                // back
	{62, "end"},                // back
	{62, ""},                   // back-end
	{62, ""},                   // backend
	{47, ""},                   // background
	{47, ""},                   // backlog
	{44, ""},                   // balloon
	{40, "on"},                 // based
	{4, ""},                    // be
	{12, ""},                   // be
	{61, ""},                   // be
	{36, ""},                   // beach
	{53, ""},                   // because
	{4, ""},                    // become
	{23, ""},                   // become
	{4, ""},                    // becomed
	{4, ""},                    // becomeed
	{4, ""},                    // becomeing
	{4, ""},                    // becomes
	{23, ""},                   // becomes
	{4, ""},                    // becoming
	{23, ""},                   // becoming
	{4, ""},                    // bed
	{36, ""},                   // bed
	{4, ""},                    // beed
	{12, ""},                   // been
	{61, ""},                   // been
	{37, ""},                   // begun
	{4, ""},                    // being
	{12, ""},                   // being
	{51, "edited"},             // being
	{51, "written"},            // being
	{51, "revised"},            // being
	{60, "drafted"},            // being
	{61, ""},                   // being
	{24, ""},                   // beliefs
	{14, ""},                   // belong
	{14, ""},                   // belonged
	{14, ""},                   // belonging
	{14, ""},                   // belongs
	{42, ""},                   // below
	{13, ""},                   // benefit
	{14, ""},                   // benefit
	{14, ""},                   // benefited
	{14, ""},                   // benefiting
	{14, ""},                   // benefits
	{47, ""},                   // benefits
	{14, ""},                   // benefitted
	{14, ""},                   // benefitting
	{4, ""},                    // bes
	{9, ""},                    // best
	{15, "in class"},           // best
	{15, "practices"},          // best
	{54, "loved"},              // best
	{54, ""},                   // best
	{67, ""},                   // best
	{15, ""},                   // best-in-class
	{54, ""},                   // best-loved
	{13, ""},                   // better
	{19, ""},                   // beyond
	{34, "picture"},            // big
	{9, ""},                    // biggest
	{54, ""},                   // biggest
	{36, ""},                   // bike
	{56, ""},                   // billion
	{56, ""},                   // billions
	{4, ""},                    // bing
	{30, ""},                   // binocular
	{15, "edge"},               // bleeding
	{15, ""},                   // bleeding-edge
	{10, ""},                   // blind
	{15, "enabled"},            // blockchain
	{62, ""},                   // blockchain
	{15, ""},                   // blockchain-enabled
	{30, ""},                   // blurred
	{64, ""},                   // blurred
	{30, ""},                   // blurry
	{64, ""},                   // blurry
	{36, ""},                   // book
	{36, ""},                   // books
	{14, ""},                   // boost
	{14, ""},                   // boosted
	{44, ""},                   // booster
	{14, ""},                   // boosting
	{14, ""},                   // boosts
	{37, ""},                   // born
	{37, ""},                   // borne
	{37, ""},                   // bought
	{11, ""},                   // boys
	{31, ""},                   // brand
	{11, ""},                   // brands
	{4, ""},                    // bring
	{4, ""},                    // bringed
	{4, ""},                    // bringing
	{4, ""},                    // brings
	{37, ""},                   // broken
	{37, ""},                   // brought
	{6, ""},                    // build
	{27, ""},                   // build
	{6, ""},                    // builded
	{6, ""},                    // building
	{27, ""},                   // building
	{6, ""},                    // builds
	{37, ""},                   // built
	{6, ""},                    // bundle
	{6, ""},                    // bundled
	{6, ""},                    // bundleed
	{6, ""},                    // bundleing
	{6, ""},                    // bundles
	{6, ""},                    // bundling
	{36, ""},                   // bus
	{8, ""},                    // business
	{31, ""},                   // business
	{8, ""},                    // businesses
	{10, ""},                   // busy
	{61, ""},                   // but
	{52, ""},                   // buy
	{52, ""},                   // buyed
	{11, ""},                   // buyers
	{52, ""},                   // buying
	{52, ""},                   // buys
	{40, "means of"},           // by
	{40, ""},                   // by
	{61, ""},                   // by
	{0, ""},                    // ca
	{1, ""},                    // ca
	{65, ""},                   // camera
	{65, ""},                   // cameras
	{6, ""},                    // campaign
	{6, ""},                    // campaigned
	{6, ""},                    // campaigning
	{6, ""},                    // campaigns
	{61, ""},                   // can
	{49, ""},                   // candidate
	{2, ""},                    // capabilities
	{20, ""},                   // capabilities
	{65, ""},                   // capabilities
	{2, ""},                    // capability
	{65, ""},                   // capability
	{63, ""},                   // capture
	{36, ""},                   // car
	{10, ""},                   // care
	{11, ""},                   // caregivers
	{11, ""},                   // carers
	{60, "over to"},            // carried
	{60, "over to"},            // carry
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
	{64, ""},                   // cataract
	{64, ""},                   // cataracts
	{41, ""},                   // categories
	{41, ""},                   // category
	{37, ""},                   // caught
	{41, ""},                   // caution
	{46, ""},                   // caution
	{14, ""},                   // celebrate
	{14, ""},                   // celebrated
	{14, ""},                   // celebrateed
	{14, ""},                   // celebrateing
	{14, ""},                   // celebrates
	{14, ""},                   // celebrating
	{28, ""},                   // cenhadaeth
	{31, ""},                   // center
	{31, ""},                   // centre
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
	{17, "log"},                // change
	{4, ""},                    // changed
	{4, ""},                    // changeed
	{4, ""},                    // changeing
	{17, ""},                   // changelog
	{20, ""},                   // changelog
	{47, ""},                   // changelog
	{4, ""},                    // changes
	{17, ""},                   // changes
	{47, ""},                   // changes
	{4, ""},                    // changing
	{49, ""},                   // character
	{11, ""},                   // charities
	{31, ""},                   // charity
	{28, ""},                   // charter
	{39, ""},                   // charter
	{62, ""},                   // chatbot
	{13, ""},                   // cheap
	{13, ""},                   // cheaper
	{11, ""},                   // child
	{36, ""},                   // child
	{11, ""},                   // children
	{36, ""},                   // children
	{37, ""},                   // chosen
	{11, ""},                   // cities
	{11, ""},                   // citizens
	{36, ""},                   // city
	{65, ""},                   // classification
	{36, ""},                   // classroom
	{6, ""},                    // clean
	{6, ""},                    // cleaned
	{13, ""},                   // cleaner
	{6, ""},                    // cleaning
	{6, ""},                    // cleans
	{62, ""},                   // cli
	{8, ""},                    // client
	{8, ""},                    // clients
	{11, ""},                   // clinician
	{11, ""},                   // clinicians
	{11, ""},                   // clinics
	{62, ""},                   // cloud
	{31, ""},                   // club
	{0, ""},                    // co
	{31, "op"},                 // co
	{31, ""},                   // co-op
	{6, ""},                    // coach
	{6, ""},                    // coached
	{6, ""},                    // coaches
	{6, ""},                    // coaching
	{6, ""},                    // coachs
	{6, ""},                    // code
	{62, ""},                   // codebase
	{6, ""},                    // coded
	{6, ""},                    // codeed
	{6, ""},                    // codeing
	{6, ""},                    // codes
	{6, ""},                    // coding
	{6, ""},                    // collect
	{6, ""},                    // collected
	{6, ""},                    // collecting
	{31, ""},                   // collective
	{6, ""},                    // collects
	{30, ""},                   // color
	{30, ""},                   // colour
	{14, ""},                   // combat
	{14, ""},                   // combated
	{14, ""},                   // combating
	{14, ""},                   // combats
	{14, ""},                   // combatted
	{14, ""},                   // combatting
	{6, ""},                    // combine
	{6, ""},                    // combined
	{6, ""},                    // combineed
	{6, ""},                    // combineing
	{6, ""},                    // combines
	{6, ""},                    // combining
	{50, "soon"},               // coming
	{20, ""},                   // commands
	{52, ""},                   // commission
	{52, ""},                   // commissioned
	{52, ""},                   // commissioning
	{52, ""},                   // commissions
	{2, ""},                    // commitment
	{66, "to"},                 // committed
	{8, ""},                    // communities
	{11, "of"},                 // communities
	{8, ""},                    // community
	{31, ""},                   // community
	{11, ""},                   // commuter
	{11, ""},                   // commuters
	{8, ""},                    // companies
	{11, "that"},               // companies
	{31, ""},                   // company
	{50, "name"},               // company
	{50, "x"},                  // company
	{19, "to"},                 // compared
	{19, "with"},               // compared
	{13, ""},                   // competitive
	{47, "landscape"},          // competitive
	{2, ""},                    // competitiveness
	{47, ""},                   // competitors
	{20, ""},                   // components
	{30, ""},                   // computer
	{13, ""},                   // confidence
	{20, ""},                   // configuration
	{14, ""},                   // connect
	{13, ""},                   // connected
	{14, ""},                   // connected
	{14, ""},                   // connecting
	{14, ""},                   // connects
	{6, ""},                    // conserve
	{14, ""},                   // conserve
	{6, ""},                    // conserved
	{14, ""},                   // conserved
	{6, ""},                    // conserveed
	{14, ""},                   // conserveed
	{6, ""},                    // conserveing
	{14, ""},                   // conserveing
	{6, ""},                    // conserves
	{14, ""},                   // conserves
	{6, ""},                    // conserving
	{14, ""},                   // conserving
	{47, ""},                   // constraints
	{5, ""},                    // construction
	{11, ""},                   // consumers
	{41, ""},                   // contact
	{47, ""},                   // contact
	{50, "goes here"},          // content
	{47, ""},                   // context
	{56, ""},                   // continent
	{47, ""},                   // contributing
	{11, ""},                   // contributor
	{11, ""},                   // contributors
	{6, ""},                    // convert
	{6, ""},                    // converted
	{6, ""},                    // converting
	{6, ""},                    // converts
	{11, ""},                   // cooks
	{31, ""},                   // cooperative
	{15, "competencies"},       // core
	{31, ""},                   // core
	{0, ""},                    // corp
	{31, ""},                   // corporate
	{35, ""},                   // could
	{61, ""},                   // could
	{31, ""},                   // council
	{44, ""},                   // countdown
	{67, ""},                   // countless
	{8, ""},                    // countries
	{56, ""},                   // country
	{25, ""},                   // craft
	{25, ""},                   // crafting
	{11, ""},                   // craftspeople
	{6, ""},                    // create
	{14, "value"},              // create
	{25, ""},                   // create
	{27, ""},                   // create
	{6, ""},                    // created
	{14, "value"},              // created
	{41, ""},                   // created
	{6, ""},                    // createed
	{14, "value"},              // createed
	{6, ""},                    // createing
	{14, "value"},              // createing
	{6, ""},                    // creates
	{14, "value"},              // creates
	{6, ""},                    // creating
	{14, "value"},              // creating
	{25, ""},                   // creating
	{27, ""},                   // creating
	{10, ""},                   // creative
	{11, ""},                   // creator
	{11, ""},                   // creators
	{47, ""},                   // credits
	{44, ""},                   // crewed
	{6, ""},                    // cultivate
	{6, ""},                    // cultivated
	{6, ""},                    // cultivateed
	{6, ""},                    // cultivateing
	{6, ""},                    // cultivates
	{6, ""},                    // cultivating
	{3, ""},                    // culture
	{24, ""},                   // culture
	{6, ""},                    // curate
	{6, ""},                    // curated
	{6, ""},                    // curateed
	{6, ""},                    // curateing
	{6, ""},                    // curates
	{6, ""},                    // curating
	{14, ""},                   // cure
	{14, ""},                   // cured
	{14, ""},                   // cureed
	{14, ""},                   // cureing
	{14, ""},                   // cures
	{14, ""},                   // curing
	{31, ""},                   // current
	{8, ""},                    // customer
	{11, "segment"},            // customer
	{15, "centric"},            // customer
	{15, ""},                   // customer-centric
	{8, ""},                    // customers
	{14, ""},                   // cut
	{14, ""},                   // cuted
	{14, ""},                   // cuting
	{14, ""},                   // cuts
	{14, ""},                   // cutted
	{14, ""},                   // cutting
	{15, "edge"},               // cutting
	{15, ""},                   // cutting-edge
	{11, ""},                   // cyclists
	{33, ""},                   // da
	{46, ""},                   // danger
	{31, ""},                   // das
	{62, ""},                   // dashboard
	{62, ""},                   // dashboards
	{10, ""},                   // data
	{15, "driven"},             // data
	{15, ""},                   // data-driven
	{62, ""},                   // database
	{65, ""},                   // dataset
	{65, ""},                   // datasets
	{41, ""},                   // date
	{36, ""},                   // day
	{31, ""},                   // de
	{33, ""},                   // de
	{10, ""},                   // deaf
	{55, ""},                   // dear
	{14, ""},                   // decide
	{14, ""},                   // decided
	{14, ""},                   // decideed
	{14, ""},                   // decideing
	{14, ""},                   // decides
	{14, ""},                   // deciding
	{41, ""},                   // decision
	{41, ""},                   // decisions
	{28, "de missao"},          // declaracao
	{28, "de mision"},          // declaracion
	{18, ""},                   // declaration
	{28, "de mission"},         // declaration
	{66, "to"},                 // dedicated
	{60, ""},                   // deferred
	{25, ""},                   // define
	{63, ""},                   // define
	{25, ""},                   // defining
	{18, ""},                   // definition
	{20, ""},                   // definitions
	{33, ""},                   // degli
	{33, ""},                   // dei
	{33, ""},                   // del
	{6, ""},                    // deliver
	{47, ""},                   // deliverables
	{6, ""},                    // delivered
	{6, ""},                    // delivering
	{6, ""},                    // deliverred
	{6, ""},                    // deliverring
	{6, ""},                    // delivers
	{33, ""},                   // della
	{33, ""},                   // delle
	{33, ""},                   // dello
	{31, ""},                   // department
	{6, ""},                    // deploy
	{6, ""},                    // deployed
	{6, ""},                    // deploying
	{5, ""},                    // deployment
	{6, ""},                    // deploys
	{0, ""},                    // dept
	{31, ""},                   // der
	{33, ""},                   // der
	{33, ""},                   // des
	{63, ""},                   // describe
	{43, ""},                   // describes
	{18, ""},                   // description
	{5, ""},                    // design
	{6, ""},                    // design
	{6, ""},                    // designed
	{11, ""},                   // designer
	{11, ""},                   // designers
	{6, ""},                    // designing
	{6, ""},                    // designs
	{36, ""},                   // desk
	{65, ""},                   // detection
	{6, ""},                    // develop
	{6, ""},                    // developed
	{10, ""},                   // developer
	{11, ""},                   // developer
	{11, ""},                   // developers
	{6, ""},                    // developing
	{5, ""},                    // development
	{6, ""},                    // developped
	{6, ""},                    // developping
	{6, ""},                    // develops
	{62, ""},                   // device
	{62, ""},                   // devices
	{33, ""},                   // di
	{28, "di missione"},        // dichiarazione
	{61, ""},                   // did
	{31, ""},                   // die
	{3, ""},                    // difference
	{25, "between"},            // difference
	{25, "between"},            // differences
	{19, "from"},               // different
	{15, "transformation"},     // digital
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
	{13, ""},                   // dignity
	{36, ""},                   // dinner
	{10, ""},                   // disabled
	{65, ""},                   // disabled
	{14, ""},                   // discover
	{14, ""},                   // discovered
	{14, ""},                   // discovering
	{14, ""},                   // discoverred
	{14, ""},                   // discoverring
	{14, ""},                   // discovers
	{41, ""},                   // discussion
	{15, ""},                   // disrupt
	{15, ""},                   // disruptive
	{6, ""},                    // distribute
	{6, ""},                    // distributed
	{6, ""},                    // distributeed
	{6, ""},                    // distributeing
	{6, ""},                    // distributes
	{6, ""},                    // distributing
	{5, ""},                    // distribution
	{31, ""},                   // division
	{33, ""},                   // do
	{61, ""},                   // do
	{44, ""},                   // docking
	{11, ""},                   // doctor
	{11, ""},                   // doctors
	{63, ""},                   // document
	{24, ""},                   // doelen
	{61, ""},                   // does
	{11, "owners"},             // dog
	{50, "sit amet"},           // dolor
	{54, ""},                   // dominant
	{6, ""},                    // donate
	{6, ""},                    // donated
	{6, ""},                    // donateed
	{6, ""},                    // donateing
	{6, ""},                    // donates
	{6, ""},                    // donating
	{37, ""},                   // done
	{11, ""},                   // donors
	{36, ""},                   // door
	{33, ""},                   // dos
	{30, ""},                   // double
	{0, ""},                    // dr
	{1, ""},                    // dr
	{25, ""},                   // draft
	{31, ""},                   // draft
	{41, ""},                   // draft
	{25, ""},                   // drafting
	{37, ""},                   // drawn
	{23, ""},                   // dream
	{27, "of"},                 // dream
	{34, ""},                   // dream
	{4, ""},                    // drive
	{4, ""},                    // drived
	{4, ""},                    // driveed
	{4, ""},                    // driveing
	{37, ""},                   // driven
	{11, ""},                   // drivers
	{4, ""},                    // drives
	{4, ""},                    // driving
	{33, ""},                   // du
	{15, ""},                   // dynamic
	{10, "commerce"},           // e
	{24, ""},                   // e
	{10, ""},                   // e-commerce
	{0, ""},                    // e.g
	{1, ""},                    // e.g
	{61, ""},                   // each
	{14, ""},                   // earn
	{14, ""},                   // earned
	{14, ""},                   // earning
	{14, ""},                   // earns
	{57, ""},                   // earth's
	{14, ""},                   // ease
	{14, ""},                   // eased
	{14, ""},                   // easeed
	{14, ""},                   // easeing
	{14, ""},                   // eases
	{13, ""},                   // easier
	{14, ""},                   // easing
	{15, ""},                   // ecosystem
	{24, ""},                   // ed
	{6, ""},                    // educate
	{14, ""},                   // educate
	{6, ""},                    // educated
	{14, ""},                   // educated
	{6, ""},                    // educateed
	{14, ""},                   // educateed
	{6, ""},                    // educateing
	{14, ""},                   // educateing
	{6, ""},                    // educates
	{14, ""},                   // educates
	{6, ""},                    // educating
	{14, ""},                   // educating
	{5, ""},                    // education
	{11, ""},                   // educators
	{2, ""},                    // effectiveness
	{2, ""},                    // efficiency
	{48, ""},                   // ein
	{31, ""},                   // el
	{10, ""},                   // elderly
	{32, "pitch"},              // elevator
	{14, ""},                   // eliminate
	{14, ""},                   // eliminated
	{14, ""},                   // eliminateed
	{14, ""},                   // eliminateing
	{14, ""},                   // eliminates
	{14, ""},                   // eliminating
	{51, "construcao"},         // em
	{30, ""},                   // embedded
	{11, ""},                   // employees
	{11, ""},                   // employers
	{4, ""},                    // empower
	{14, ""},                   // empower
	{4, ""},                    // empowered
	{13, ""},                   // empowered
	{14, ""},                   // empowered
	{4, ""},                    // empowering
	{14, ""},                   // empowering
	{2, ""},                    // empowerment
	{15, ""},                   // empowerment
	{4, ""},                    // empowerred
	{14, ""},                   // empowerred
	{4, ""},                    // empowerring
	{14, ""},                   // empowerring
	{4, ""},                    // empowers
	{14, ""},                   // empowers
	{24, ""},                   // en
	{51, "construction"},       // en
	{51, "construccion"},       // en
	{4, ""},                    // enable
	{14, ""},                   // enable
	{4, ""},                    // enabled
	{14, ""},                   // enabled
	{65, ""},                   // enabled
	{4, ""},                    // enableed
	{14, ""},                   // enableed
	{4, ""},                    // enableing
	{14, ""},                   // enableing
	{4, ""},                    // enables
	{14, ""},                   // enables
	{4, ""},                    // enabling
	{14, ""},                   // enabling
	{65, ""},                   // encoder
	{4, ""},                    // encourage
	{4, ""},                    // encouraged
	{4, ""},                    // encourageed
	{4, ""},                    // encourageing
	{4, ""},                    // encourages
	{4, ""},                    // encouraging
	{14, ""},                   // end
	{15, "to end"},             // end
	{15, ""},                   // end-to-end
	{35, "to"},                 // endeavor
	{66, "to"},                 // endeavor
	{35, "to"},                 // endeavour
	{14, ""},                   // ended
	{14, ""},                   // ending
	{7, ""},                    // endorsed
	{65, ""},                   // endpoint
	{20, ""},                   // endpoints
	{14, ""},                   // ends
	{2, ""},                    // engagement
	{11, ""},                   // engineer
	{5, ""},                    // engineering
	{11, "teams"},              // engineering
	{31, ""},                   // engineering
	{11, ""},                   // engineers
	{4, ""},                    // enhance
	{14, ""},                   // enhance
	{66, ""},                   // enhance
	{4, ""},                    // enhanced
	{14, ""},                   // enhanced
	{4, ""},                    // enhanceed
	{14, ""},                   // enhanceed
	{4, ""},                    // enhanceing
	{14, ""},                   // enhanceing
	{4, ""},                    // enhances
	{14, ""},                   // enhances
	{66, ""},                   // enhances
	{4, ""},                    // enhancing
	{14, ""},                   // enhancing
	{66, ""},                   // enhancing
	{14, ""},                   // enjoy
	{14, ""},                   // enjoyed
	{14, ""},                   // enjoying
	{14, ""},                   // enjoys
	{14, ""},                   // enrich
	{14, ""},                   // enriched
	{14, ""},                   // enriches
	{14, ""},                   // enriching
	{14, ""},                   // enrichs
	{4, ""},                    // ensure
	{4, ""},                    // ensured
	{4, ""},                    // ensureed
	{4, ""},                    // ensureing
	{4, ""},                    // ensures
	{4, ""},                    // ensuring
	{63, ""},                   // enter
	{10, ""},                   // enterprise
	{8, ""},                    // enterprises
	{11, ""},                   // enterprises
	{11, ""},                   // entrepreneurs
	{27, ""},                   // envisage
	{23, ""},                   // envision
	{27, ""},                   // envision
	{23, ""},                   // envisioned
	{34, "future"},             // envisioned
	{23, ""},                   // envisions
	{14, ""},                   // eradicate
	{14, ""},                   // eradicated
	{14, ""},                   // eradicateed
	{14, ""},                   // eradicateing
	{14, ""},                   // eradicates
	{14, ""},                   // eradicating
	{0, ""},                    // est
	{6, ""},                    // establish
	{6, ""},                    // established
	{6, ""},                    // establishes
	{6, ""},                    // establishing
	{6, ""},                    // establishs
	{24, ""},                   // estrategia
	{24, ""},                   // et
	{0, ""},                    // etc
	{36, ""},                   // evening
	{23, ""},                   // eventually
	{56, ""},                   // every
	{61, ""},                   // every
	{8, ""},                    // everybody
	{56, ""},                   // everybody
	{8, ""},                    // everyone
	{56, ""},                   // everyone
	{25, ""},                   // example
	{25, ""},                   // examples
	{2, ""},                    // excellence
	{3, ""},                    // excellence
	{15, ""},                   // excellence
	{19, ""},                   // except
	{67, ""},                   // exceptional
	{11, ""},                   // executives
	{2, ""},                    // experience
	{2, ""},                    // experiences
	{63, ""},                   // explain
	{43, ""},                   // explains
	{14, ""},                   // explore
	{14, ""},                   // explored
	{14, ""},                   // exploreed
	{14, ""},                   // exploreing
	{14, ""},                   // explores
	{14, ""},                   // exploring
	{20, ""},                   // extensions
	{67, ""},                   // extremely
	{64, ""},                   // eye
	{64, ""},                   // eyes
	{64, ""},                   // eyesight
	{66, ""},                   // facilitate
	{66, ""},                   // facilitates
	{66, ""},                   // facilitating
	{11, ""},                   // faculty
	{13, ""},                   // fairer
	{35, ""},                   // fairly
	{37, ""},                   // fallen
	{11, ""},                   // families
	{36, ""},                   // families
	{10, "owned"},              // family
	{10, ""},                   // family
	{36, ""},                   // family
	{10, ""},                   // family-owned
	{11, ""},                   // fans
	{47, ""},                   // faq
	{36, ""},                   // farm
	{11, ""},                   // farmers
	{13, ""},                   // faster
	{54, ""},                   // favorite
	{54, ""},                   // favourite
	{20, "list"},               // feature
	{31, ""},                   // feature
	{47, ""},                   // feature
	{62, ""},                   // feature
	{65, ""},                   // feature
	{20, ""},                   // features
	{47, ""},                   // features
	{62, ""},                   // features
	{65, ""},                   // features
	{6, ""},                    // feed
	{14, ""},                   // feed
	{6, ""},                    // feeded
	{14, ""},                   // feeded
	{6, ""},                    // feeding
	{14, ""},                   // feeding
	{6, ""},                    // feeds
	{14, ""},                   // feeds
	{36, ""},                   // ferry
	{13, ""},                   // fewer
	{19, ""},                   // fewer
	{36, ""},                   // field
	{0, ""},                    // fig
	{14, ""},                   // fight
	{14, ""},                   // fighted
	{14, ""},                   // fighting
	{14, ""},                   // fights
	{63, "in"},                 // fill
	{31, ""},                   // final
	{6, ""},                    // finance
	{10, ""},                   // finance
	{6, ""},                    // financed
	{6, ""},                    // financeed
	{6, ""},                    // financeing
	{6, ""},                    // finances
	{6, ""},                    // financing
	{14, ""},                   // find
	{14, ""},                   // finded
	{14, ""},                   // finding
	{14, ""},                   // finds
	{31, ""},                   // firm
	{9, ""},                    // first
	{10, "time"},               // first
	{15, "class"},              // first
	{19, ""},                   // first
	{54, "choice"},             // first
	{54, "choice"},             // first
	{57, ""},                   // first
	{54, ""},                   // first-choice
	{15, ""},                   // first-class
	{10, ""},                   // first-time
	{50, ""},                   // fixme
	{14, ""},                   // flourish
	{14, ""},                   // flourished
	{14, ""},                   // flourishes
	{14, ""},                   // flourishing
	{14, ""},                   // flourishs
	{44, ""},                   // flyby
	{66, "on"},                 // focused
	{51, "soon"},               // follows
	{51, "later"},              // follows
	{13, "the benefit of"},     // for
	{13, "the better"},         // for
	{23, "generations"},        // for
	{33, ""},                   // for
	{42, "more"},               // for
	{42, "details"},            // for
	{53, "the benefit of"},     // for
	{61, ""},                   // for
	{54, ""},                   // foremost
	{36, ""},                   // forest
	{37, ""},                   // forgotten
	{5, ""},                    // formation
	{4, ""},                    // foster
	{66, ""},                   // foster
	{4, ""},                    // fostered
	{4, ""},                    // fostering
	{66, ""},                   // fostering
	{4, ""},                    // fosterred
	{4, ""},                    // fosterring
	{4, ""},                    // fosters
	{66, ""},                   // fosters
	{37, ""},                   // found
	{31, ""},                   // foundation
	{11, ""},                   // founders
	{13, "access"},             // free
	{14, ""},                   // free
	{14, ""},                   // freed
	{13, ""},                   // freedom
	{14, ""},                   // freeed
	{14, ""},                   // freeing
	{11, ""},                   // freelancers
	{14, ""},                   // frees
	{14, ""},                   // freing
	{15, ""},                   // frictionless
	{61, ""},                   // from
	{10, "line"},               // front
	{62, "end"},                // front
	{62, "end"},                // front
	{62, ""},                   // front-end
	{10, ""},                   // front-line
	{62, ""},                   // frontend
	{10, ""},                   // frontline
	{37, ""},                   // frozen
	{14, ""},                   // fulfil
	{38, ""},                   // fulfil
	{14, ""},                   // fulfiled
	{14, ""},                   // fulfiling
	{14, ""},                   // fulfill
	{38, ""},                   // fulfill
	{14, ""},                   // fulfilled
	{14, ""},                   // fulfilled
	{14, ""},                   // fulfilling
	{14, ""},                   // fulfilling
	{14, ""},                   // fulfills
	{38, ""},                   // fulfills
	{14, ""},                   // fulfils
	{38, ""},                   // fulfils
	{20, ""},                   // functionality
	{20, ""},                   // functions
	{6, ""},                    // fund
	{6, ""},                    // funded
	{6, ""},                    // funding
	{6, ""},                    // funds
	{33, ""},                   // fur
	{38, "of"},                 // furtherance
	{38, ""},                   // furthering
	{38, ""},                   // furthers
	{3, ""},                    // future
	{15, "proof"},              // future
	{23, ""},                   // future
	{26, ""},                   // future
	{47, "ideas"},              // future
	{47, "plans"},              // future
	{47, "features"},           // future
	{47, "work"},               // future
	{15, ""},                   // future-proof
	{15, "changing"},           // game
	{15, "changer"},            // game
	{20, "modes"},              // game
	{15, ""},                   // game-changing
	{20, ""},                   // gameplay
	{11, ""},                   // gamers
	{36, ""},                   // garden
	{11, ""},                   // gardeners
	{6, ""},                    // gather
	{6, ""},                    // gathered
	{6, ""},                    // gathering
	{6, ""},                    // gatherred
	{6, ""},                    // gatherring
	{6, ""},                    // gathers
	{35, ""},                   // generally
	{56, ""},                   // generation
	{23, "to come"},            // generations
	{56, ""},                   // generations
	{28, ""},                   // genhadaeth
	{12, ""},                   // get
	{12, ""},                   // gets
	{20, "started"},            // getting
	{11, ""},                   // girls
	{6, ""},                    // give
	{63, ""},                   // give
	{6, ""},                    // gived
	{6, ""},                    // giveed
	{6, ""},                    // giveing
	{37, ""},                   // given
	{6, ""},                    // gives
	{5, ""},                    // giving
	{6, ""},                    // giving
	{64, ""},                   // glasses
	{64, ""},                   // glaucoma
	{56, ""},                   // global
	{20, "of terms"},           // glossary
	{20, ""},                   // glossary
	{47, ""},                   // glossary
	{54, "to"},                 // go
	{54, ""},                   // go-to
	{24, ""},                   // goal
	{47, ""},                   // goal
	{24, ""},                   // goals
	{47, ""},                   // goals
	{55, "morning"},            // good
	{55, "afternoon"},          // good
	{55, "evening"},            // good
	{13, ""},                   // goodwill
	{12, ""},                   // got
	{0, ""},                    // gov
	{8, "entities"},            // government
	{8, ""},                    // government
	{10, ""},                   // government
	{11, ""},                   // governments
	{65, ""},                   // gpu
	{6, ""},                    // grant
	{6, ""},                    // granted
	{6, ""},                    // granting
	{6, ""},                    // grants
	{67, ""},                   // great
	{13, ""},                   // greener
	{55, ""},                   // greetings
	{31, ""},                   // group
	{4, ""},                    // grow
	{4, ""},                    // growed
	{11, ""},                   // growers
	{4, ""},                    // growing
	{37, ""},                   // grown
	{4, ""},                    // grows
	{2, ""},                    // growth
	{3, ""},                    // growth
	{25, ""},                   // guide
	{25, ""},                   // guidelines
	{31, ""},                   // guiding
	{31, ""},                   // guild
	{34, ""},                   // gweledigaeth
	{58, "la missione di"},     // ha
	{58, "come missione"},      // ha
	{36, ""},                   // hands
	{13, ""},                   // happier
	{36, ""},                   // harbour
	{60, "not written"},        // have
	{60, "not agreed"},         // have
	{60, "written"},            // haven't
	{60, "agreed"},             // haven't
	{14, ""},                   // heal
	{14, ""},                   // healed
	{14, ""},                   // healing
	{14, ""},                   // heals
	{13, ""},                   // health
	{10, ""},                   // healthcare
	{13, ""},                   // healthier
	{13, ""},                   // healthy
	{37, ""},                   // heard
	{58, "als missie"},         // hebben
	{58, "als missie"},         // heeft
	{37, ""},                   // held
	{60, "over"},               // held
	{55, ""},                   // hello
	{4, ""},                    // help
	{14, ""},                   // help
	{4, ""},                    // helped
	{14, ""},                   // helped
	{4, ""},                    // helping
	{14, ""},                   // helping
	{4, ""},                    // helps
	{14, ""},                   // helps
	{48, ""},                   // her
	{42, "we"},                 // here
	{42, "you"},                // here
	{49, ""},                   // hero
	{49, ""},                   // heroine
	{31, ""},                   // het
	{55, ""},                   // hey
	{55, ""},                   // hi
	{37, ""},                   // hidden
	{67, "quality"},            // high
	{67, ""},                   // high-quality
	{54, "rated"},              // highest
	{54, ""},                   // highest-rated
	{67, ""},                   // highly
	{41, ""},                   // hint
	{41, ""},                   // hints
	{48, ""},                   // his
	{17, ""},                   // history
	{47, ""},                   // history
	{11, ""},                   // hobbyists
	{15, ""},                   // holistic
	{10, ""},                   // home
	{36, ""},                   // home
	{57, ""},                   // home
	{11, ""},                   // homeowners
	{27, "to see"},             // hope
	{27, "for"},                // hope
	{35, "to"},                 // hope
	{35, "that"},               // hope
	{35, ""},                   // hopefully
	{36, ""},                   // hospital
	{11, ""},                   // hospitals
	{6, ""},                    // host
	{6, ""},                    // hosted
	{6, ""},                    // hosting
	{6, ""},                    // hosts
	{36, ""},                   // hours
	{6, ""},                    // house
	{14, ""},                   // house
	{6, ""},                    // housed
	{14, ""},                   // housed
	{6, ""},                    // houseed
	{14, ""},                   // houseed
	{11, ""},                   // household
	{11, ""},                   // households
	{6, ""},                    // houseing
	{14, ""},                   // houseing
	{6, ""},                    // houses
	{14, ""},                   // houses
	{6, ""},                    // housing
	{14, ""},                   // housing
	{24, ""},                   // how
	{25, "we write"},           // how
	{25, "we wrote"},           // how
	{25, "to"},                 // how
	{25, "do"},                 // how
	{25, "does"},               // how
	{25, "should"},             // how
	{25, "can"},                // how
	{61, ""},                   // how
	{10, ""},                   // hr
	{8, "beings"},              // human
	{13, "rights"},             // human
	{8, ""},                    // humanity
	{56, ""},                   // humanity
	{8, ""},                    // humanity's
	{8, ""},                    // humankind
	{8, ""},                    // humans
	{15, "personalized"},       // hyper
	{15, ""},                   // hyper-personalized
	{0, ""},                    // i.e
	{1, ""},                    // i.e
	{47, ""},                   // ideas
	{63, ""},                   // identify
	{35, "possible"},           // if
	{35, "feasible"},           // if
	{35, "practical"},          // if
	{35, "appropriate"},        // if
	{31, ""},                   // il
	{65, ""},                   // image
	{65, ""},                   // images
	{23, ""},                   // imagine
	{27, ""},                   // imagine
	{2, ""},                    // impact
	{3, ""},                    // impact
	{15, ""},                   // impactful
	{25, "of"},                 // importance
	{46, ""},                   // important
	{4, ""},                    // improve
	{14, ""},                   // improve
	{4, ""},                    // improved
	{14, ""},                   // improved
	{4, ""},                    // improveed
	{14, ""},                   // improveed
	{4, ""},                    // improveing
	{14, ""},                   // improveing
	{4, ""},                    // improves
	{14, ""},                   // improves
	{4, ""},                    // improving
	{14, ""},                   // improving
	{19, "half"},               // in
	{23, "which every"},        // in
	{23, "which everyone"},     // in
	{32, "a nutshell"},         // in
	{32, "short"},              // in
	{32, "brief"},              // in
	{35, "some cases"},         // in
	{38, "line with"},          // in
	{38, "pursuit of"},         // in
	{38, "furtherance of"},     // in
	{38, "support of"},         // in
	{38, "service of"},         // in
	{40, "partnership with"},   // in
	{42, "this document"},      // in
	{42, "this page"},          // in
	{42, "this section"},       // in
	{42, "this article"},       // in
	{42, "this guide"},         // in
	{51, "progress"},           // in
	{51, "preparation"},        // in
	{51, "costruzione"},        // in
	{51, "bearbeitung"},        // in
	{51, "aanbouw"},            // in
	{53, "order to"},           // in
	{61, ""},                   // in
	{0, ""},                    // inc
	{0, ""},                    // incl
	{1, ""},                    // incl
	{63, ""},                   // include
	{13, ""},                   // inclusive
	{14, ""},                   // increase
	{14, ""},                   // increased
	{14, ""},                   // increaseed
	{14, ""},                   // increaseing
	{14, ""},                   // increases
	{14, ""},                   // increasing
	{67, ""},                   // incredible
	{13, ""},                   // independence
	{10, ""},                   // independent
	{6, ""},                    // index
	{6, ""},                    // indexed
	{6, ""},                    // indexes
	{6, ""},                    // indexing
	{6, ""},                    // indexs
	{10, ""},                   // indie
	{8, ""},                    // individual
	{8, ""},                    // individuals
	{13, ""},                   // inexpensive
	{65, ""},                   // inference
	{13, "decisions"},          // informed
	{13, ""},                   // informed
	{31, ""},                   // initiative
	{2, ""},                    // innovation
	{15, ""},                   // innovation
	{15, ""},                   // innovative
	{65, ""},                   // input
	{20, ""},                   // inputs
	{65, ""},                   // inputs
	{50, "here"},               // insert
	{63, ""},                   // insert
	{13, ""},                   // insights
	{6, ""},                    // inspect
	{6, ""},                    // inspected
	{6, ""},                    // inspecting
	{6, ""},                    // inspects
	{4, ""},                    // inspire
	{14, ""},                   // inspire
	{4, ""},                    // inspired
	{14, ""},                   // inspired
	{4, ""},                    // inspireed
	{14, ""},                   // inspireed
	{4, ""},                    // inspireing
	{14, ""},                   // inspireing
	{4, ""},                    // inspires
	{14, ""},                   // inspires
	{4, ""},                    // inspiring
	{14, ""},                   // inspiring
	{6, ""},                    // install
	{20, ""},                   // installation
	{47, ""},                   // installation
	{6, ""},                    // installed
	{6, ""},                    // installing
	{6, ""},                    // installs
	{19, "of"},                 // instead
	{31, ""},                   // institute
	{8, ""},                    // institutions
	{6, ""},                    // integrate
	{6, ""},                    // integrated
	{6, ""},                    // integrateed
	{6, ""},                    // integrateing
	{6, ""},                    // integrates
	{6, ""},                    // integrating
	{62, ""},                   // integration
	{20, ""},                   // integrations
	{62, ""},                   // integrations
	{2, ""},                    // integrity
	{35, "to"},                 // intend
	{62, ""},                   // interface
	{49, ""},                   // internship
	{9, ""},                    // into
	{61, ""},                   // into
	{32, ""},                   // intro
	{32, ""},                   // introduction
	{6, ""},                    // invest
	{6, ""},                    // invested
	{6, ""},                    // investing
	{11, ""},                   // investor
	{11, ""},                   // investors
	{6, ""},                    // invests
	{50, ""},                   // ipsum
	{12, "being"},              // is
	{12, ""},                   // is
	{61, ""},                   // is
	{10, ""},                   // it
	{61, ""},                   // it
	{48, ""},                   // its
	{61, ""},                   // its
	{49, ""},                   // job
	{31, ""},                   // joint
	{11, ""},                   // journalists
	{13, ""},                   // joy
	{0, ""},                    // jr
	{10, ""},                   // junior
	{14, ""},                   // keep
	{63, ""},                   // keep
	{14, ""},                   // keeped
	{14, ""},                   // keeping
	{14, ""},                   // keeps
	{37, ""},                   // kept
	{20, "features"},           // key
	{20, "terms"},              // key
	{11, ""},                   // kids
	{35, "of"},                 // kind
	{36, ""},                   // kitchen
	{13, ""},                   // knowledge
	{37, ""},                   // known
	{47, ""},                   // kpis
	{31, ""},                   // la
	{58, "nostra missione e"},  // la
	{59, "nostra visione e"},   // la
	{31, ""},                   // lab
	{31, ""},                   // laboratory
	{44, ""},                   // lander
	{11, ""},                   // landlords
	{35, ""},                   // largely
	{9, ""},                    // largest
	{54, ""},                   // largest
	{31, ""},                   // las
	{16, "modified by"},        // last
	{16, "modified on"},        // last
	{16, "modified at"},        // last
	{16, "updated by"},         // last
	{16, "updated on"},         // last
	{16, "updated at"},         // last
	{16, "edited by"},          // last
	{16, "edited on"},          // last
	{16, "edited at"},          // last
	{16, "revised on"},         // last
	{16, "revised at"},         // last
	{16, "reviewed on"},        // last
	{16, "reviewed at"},        // last
	{41, "updated"},            // last
	{41, "modified"},           // last
	{41, "reviewed"},           // last
	{41, "agreed"},             // last
	{41, "approved"},           // last
	{41, "revised"},            // last
	{41, "changed"},            // last
	{36, ""},                   // laugh
	{6, ""},                    // launch
	{44, ""},                   // launch
	{6, ""},                    // launched
	{44, ""},                   // launched
	{6, ""},                    // launches
	{44, ""},                   // launches
	{6, ""},                    // launching
	{6, ""},                    // launchs
	{11, ""},                   // lawyers
	{31, ""},                   // le
	{54, ""},                   // leader
	{11, ""},                   // leaders
	{2, ""},                    // leadership
	{9, ""},                    // leading
	{15, "edge"},               // leading
	{54, ""},                   // leading
	{67, ""},                   // leading
	{15, ""},                   // leading-edge
	{14, ""},                   // learn
	{42, "more"},               // learn
	{14, ""},                   // learned
	{11, ""},                   // learner
	{11, ""},                   // learners
	{14, ""},                   // learning
	{14, ""},                   // learns
	{37, ""},                   // led
	{37, ""},                   // left
	{28, ""},                   // leitbild
	{6, ""},                    // lend
	{6, ""},                    // lended
	{6, ""},                    // lending
	{6, ""},                    // lends
	{65, ""},                   // lens
	{31, ""},                   // les
	{13, ""},                   // less
	{61, ""},                   // less
	{20, ""},                   // levels
	{15, ""},                   // leverage
	{66, ""},                   // leverage
	{15, ""},                   // leverages
	{66, ""},                   // leverages
	{15, ""},                   // leveraging
	{66, ""},                   // leveraging
	{14, ""},                   // liberate
	{14, ""},                   // liberated
	{14, ""},                   // liberateed
	{14, ""},                   // liberateing
	{14, ""},                   // liberates
	{14, ""},                   // liberating
	{11, ""},                   // libraries
	{31, ""},                   // library
	{6, ""},                    // license
	{47, ""},                   // license
	{6, ""},                    // licensed
	{6, ""},                    // licenseed
	{6, ""},                    // licenseing
	{6, ""},                    // licenses
	{6, ""},                    // licensing
	{3, ""},                    // life
	{8, ""},                    // life
	{44, ""},                   // liftoff
	{36, ""},                   // light
	{35, ""},                   // likely
	{63, ""},                   // list
	{11, ""},                   // listeners
	{14, ""},                   // live
	{14, ""},                   // lived
	{14, ""},                   // liveed
	{14, ""},                   // liveing
	{3, ""},                    // lives
	{8, ""},                    // lives
	{14, ""},                   // lives
	{14, ""},                   // living
	{0, ""},                    // llc
	{31, ""},                   // lo
	{6, ""},                    // lobbied
	{6, ""},                    // lobbies
	{6, ""},                    // lobby
	{6, ""},                    // lobbyed
	{6, ""},                    // lobbying
	{6, ""},                    // lobbys
	{10, ""},                   // local
	{31, "term"},               // long
	{64, "sighted"},            // long
	{64, ""},                   // long-sighted
	{31, ""},                   // long-term
	{50, "ipsum"},              // lorem
	{50, ""},                   // lorem
	{31, ""},                   // los
	{37, ""},                   // lost
	{67, "of"},                 // lots
	{10, "income"},             // low
	{13, "cost"},               // low
	{30, ""},                   // low
	{13, ""},                   // low-cost
	{10, ""},                   // low-income
	{14, ""},                   // lower
	{14, ""},                   // lowered
	{14, ""},                   // lowering
	{14, ""},                   // lowerred
	{14, ""},                   // lowerring
	{14, ""},                   // lowers
	{13, ""},                   // lowest
	{0, ""},                    // ltd
	{44, ""},                   // lunar
	{30, ""},                   // machine
	{62, "learning"},           // machine
	{37, ""},                   // made
	{6, ""},                    // maintain
	{6, ""},                    // maintained
	{42, "by"},                 // maintained
	{11, ""},                   // maintainers
	{6, ""},                    // maintaining
	{6, ""},                    // maintains
	{5, ""},                    // maintenance
	{11, ""},                   // makers
	{11, ""},                   // managers
	{8, ""},                    // mankind
	{8, ""},                    // mankind's
	{6, ""},                    // manufacture
	{6, ""},                    // manufactured
	{6, ""},                    // manufactureed
	{6, ""},                    // manufactureing
	{6, ""},                    // manufactures
	{5, ""},                    // manufacturing
	{6, ""},                    // manufacturing
	{67, ""},                   // many
	{6, ""},                    // map
	{6, ""},                    // maped
	{6, ""},                    // maping
	{6, ""},                    // mapped
	{6, ""},                    // mapping
	{6, ""},                    // maps
	{10, ""},                   // marginalised
	{10, ""},                   // marginalized
	{11, "traders"},            // market
	{36, ""},                   // market
	{54, "leader"},             // market
	{11, ""},                   // marketers
	{6, ""},                    // match
	{6, ""},                    // matched
	{6, ""},                    // matches
	{6, ""},                    // matching
	{6, ""},                    // matchs
	{35, ""},                   // may
	{61, ""},                   // may
	{35, ""},                   // maybe
	{36, ""},                   // meal
	{37, ""},                   // meant
	{6, ""},                    // measure
	{6, ""},                    // measured
	{6, ""},                    // measureed
	{6, ""},                    // measureing
	{6, ""},                    // measures
	{6, ""},                    // measuring
	{10, "sized"},              // medium
	{10, ""},                   // medium-sized
	{14, ""},                   // meet
	{14, ""},                   // meeted
	{14, ""},                   // meeting
	{14, ""},                   // meets
	{11, ""},                   // member
	{11, ""},                   // members
	{11, ""},                   // men
	{6, ""},                    // mentor
	{6, ""},                    // mentored
	{6, ""},                    // mentoring
	{6, ""},                    // mentorred
	{6, ""},                    // mentorring
	{6, ""},                    // mentors
	{11, ""},                   // merchants
	{37, ""},                   // met
	{47, ""},                   // metrics
	{62, ""},                   // microservices
	{10, "sized"},              // mid
	{10, ""},                   // mid-sized
	{35, ""},                   // might
	{61, ""},                   // might
	{36, ""},                   // miles
	{47, ""},                   // milestone
	{47, ""},                   // milestones
	{11, ""},                   // millennials
	{56, ""},                   // million
	{56, ""},                   // millions
	{36, ""},                   // minutes
	{47, ""},                   // minutes
	{21, ""},                   // mision
	{28, ""},                   // mision
	{21, ""},                   // missao
	{28, ""},                   // missao
	{21, ""},                   // missie
	{28, ""},                   // missie
	{28, ""},                   // missieverklaring
	{15, "critical"},           // mission
	{21, "statement"},          // mission
	{21, ""},                   // mission
	{28, "statement"},          // mission
	{28, ""},                   // mission
	{50, "goes here"},          // mission
	{61, ""},                   // mission
	{15, ""},                   // mission-critical
	{21, ""},                   // missione
	{28, ""},                   // missione
	{28, ""},                   // missions
	{62, ""},                   // mobile
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
	{20, ""},                   // modalities
	{65, ""},                   // mode
	{65, ""},                   // model
	{20, ""},                   // models
	{65, ""},                   // models
	{20, ""},                   // modes
	{41, ""},                   // modified
	{62, ""},                   // module
	{65, ""},                   // module
	{20, ""},                   // modules
	{62, ""},                   // modules
	{6, ""},                    // monitor
	{6, ""},                    // monitored
	{6, ""},                    // monitoring
	{6, ""},                    // monitorred
	{6, ""},                    // monitorring
	{6, ""},                    // monitors
	{13, "time"},               // more
	{35, "or less"},            // more
	{42, "information"},        // more
	{42, "details"},            // more
	{61, ""},                   // more
	{36, ""},                   // morning
	{9, ""},                    // most
	{54, ""},                   // most
	{61, ""},                   // most
	{67, "trusted"},            // most
	{67, "respected"},          // most
	{35, ""},                   // mostly
	{47, ""},                   // motivation
	{15, "the needle"},         // move
	{41, ""},                   // moved
	{0, ""},                    // mr
	{1, ""},                    // mr
	{0, ""},                    // mrs
	{1, ""},                    // mrs
	{0, ""},                    // ms
	{1, ""},                    // ms
	{0, ""},                    // mt
	{1, ""},                    // mt
	{30, ""},                   // multimodal
	{65, ""},                   // multimodal
	{11, ""},                   // municipalities
	{31, ""},                   // museum
	{11, ""},                   // musicians
	{61, ""},                   // must
	{31, ""},                   // my
	{48, ""},                   // my
	{64, ""},                   // myopia
	{41, ""},                   // name
	{56, ""},                   // nation
	{8, ""},                    // nations
	{56, ""},                   // nations
	{10, ""},                   // neighborhood
	{36, ""},                   // neighborhood
	{10, ""},                   // neighbourhood
	{36, ""},                   // neighbourhood
	{6, ""},                    // network
	{31, ""},                   // network
	{6, ""},                    // networked
	{6, ""},                    // networking
	{6, ""},                    // networks
	{23, "again"},              // never
	{56, ""},                   // never
	{10, ""},                   // new
	{31, ""},                   // new
	{17, ""},                   // news
	{15, "generation"},         // next
	{15, "gen"},                // next
	{47, "steps"},              // next
	{15, ""},                   // next-gen
	{15, ""},                   // next-generation
	{30, ""},                   // night
	{36, ""},                   // night
	{0, ""},                    // no
	{8, "one"},                 // no
	{19, "need to"},            // no
	{19, "more"},               // no
	{23, "longer"},             // no
	{56, "one"},                // no
	{57, ""},                   // no
	{61, ""},                   // no
	{8, ""},                    // nobody
	{56, ""},                   // nobody
	{10, "profit"},             // non
	{11, "profits"},            // non
	{47, "goals"},              // non
	{47, "goals"},              // non
	{47, ""},                   // non-goals
	{10, ""},                   // non-profit
	{11, ""},                   // non-profits
	{45, ""},                   // none
	{10, ""},                   // nonprofit
	{11, ""},                   // nonprofits
	{34, "star"},               // north
	{34, ""},                   // northstar
	{31, ""},                   // nos
	{48, ""},                   // nos
	{31, ""},                   // nossa
	{48, ""},                   // nossa
	{58, "missao e"},           // nossa
	{59, "visao e"},            // nossa
	{31, ""},                   // nossas
	{48, ""},                   // nossas
	{31, ""},                   // nosso
	{48, ""},                   // nosso
	{31, ""},                   // nossos
	{48, ""},                   // nossos
	{31, ""},                   // nostra
	{48, ""},                   // nostra
	{58, "missione e"},         // nostra
	{59, "visione e"},          // nostra
	{31, ""},                   // nostre
	{48, ""},                   // nostre
	{31, ""},                   // nostri
	{48, ""},                   // nostri
	{31, ""},                   // nostro
	{48, ""},                   // nostro
	{19, "just"},               // not
	{19, "only"},               // not
	{45, ""},                   // not
	{47, ""},                   // not
	{51, "yet written"},        // not
	{60, "yet agreed"},         // not
	{60, "discussed"},          // not
	{61, ""},                   // not
	{41, ""},                   // note
	{46, ""},                   // note
	{41, ""},                   // notes
	{46, ""},                   // notes
	{45, ""},                   // nothing
	{60, "to bring"},           // nothing
	{60, "to report"},          // nothing
	{46, ""},                   // notice
	{31, ""},                   // notre
	{48, ""},                   // notre
	{58, "raison d'etre est"},  // notre
	{58, "mission est"},        // notre
	{58, "mission consiste"},   // notre
	{59, "vision est"},         // notre
	{58, "avons pour mission"}, // nous
	{31, ""},                   // nuestra
	{48, ""},                   // nuestra
	{58, "mision es"},          // nuestra
	{58, "mision consiste"},    // nuestra
	{59, "vision es"},          // nuestra
	{31, ""},                   // nuestras
	{48, ""},                   // nuestras
	{31, ""},                   // nuestro
	{48, ""},                   // nuestro
	{31, ""},                   // nuestros
	{48, ""},                   // nuestros
	{54, "one"},                // number
	{54, "1"},                  // number
	{54, "one"},                // number
	{57, ""},                   // number
	{67, "one"},                // number
	{54, ""},                   // number-one
	{67, ""},                   // numerous
	{11, ""},                   // nurse
	{11, ""},                   // nurses
	{14, ""},                   // nurture
	{14, ""},                   // nurtured
	{14, ""},                   // nurtureed
	{14, ""},                   // nurtureing
	{14, ""},                   // nurtures
	{14, ""},                   // nurturing
	{32, ""},                   // nutshell
	{31, ""},                   // o
	{24, ""},                   // obiettivi
	{24, ""},                   // objectifs
	{47, ""},                   // objective
	{24, ""},                   // objectives
	{47, ""},                   // objectives
	{24, ""},                   // objetivos
	{65, ""},                   // ocr
	{33, ""},                   // of
	{61, ""},                   // of
	{6, ""},                    // offer
	{6, ""},                    // offered
	{6, ""},                    // offering
	{6, ""},                    // offerred
	{6, ""},                    // offerring
	{6, ""},                    // offers
	{31, ""},                   // office
	{47, ""},                   // okr
	{47, ""},                   // okrs
	{10, ""},                   // older
	{15, ""},                   // omnichannel
	{13, "time"},               // on
	{42, "this page"},          // on
	{60, "hold"},               // on
	{61, ""},                   // on
	{15, "stop shop"},          // one
	{15, "stop shop"},          // one
	{23, "day"},                // one
	{32, "liner"},              // one
	{32, "liner"},              // one
	{57, ""},                   // one
	{32, ""},                   // one-liner
	{15, "shop"},               // one-stop
	{15, ""},                   // one-stop-shop
	{10, ""},                   // online
	{19, ""},                   // only
	{31, ""},                   // ons
	{48, ""},                   // ons
	{31, ""},                   // onze
	{48, ""},                   // onze
	{58, "missie is"},          // onze
	{59, "visie is"},           // onze
	{6, "source"},              // open
	{6, "sources"},             // open
	{6, "sourceed"},            // open
	{6, "sourceing"},           // open
	{6, "sourced"},             // open
	{6, "sourcing"},            // open
	{10, "source"},             // open
	{11, "source communities"}, // open
	{11, "source communities"}, // open
	{47, "questions"},          // open
	{6, ""},                    // open-source
	{10, ""},                   // open-source
	{11, "communities"},        // open-source
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
	{11, ""},                   // operators
	{64, ""},                   // ophthalmologist
	{64, ""},                   // ophthalmologists
	{2, ""},                    // opportunities
	{3, ""},                    // opportunities
	{13, ""},                   // opportunities
	{2, ""},                    // opportunity
	{3, ""},                    // opportunity
	{13, ""},                   // opportunity
	{64, ""},                   // optician
	{64, ""},                   // opticians
	{15, ""},                   // optimise
	{2, ""},                    // optimization
	{15, ""},                   // optimize
	{20, ""},                   // options
	{64, ""},                   // optometrist
	{64, ""},                   // optometrists
	{61, ""},                   // or
	{44, ""},                   // orbit
	{44, ""},                   // orbital
	{44, ""},                   // orbiter
	{44, ""},                   // orbits
	{8, ""},                    // organisation
	{31, ""},                   // organisation
	{31, ""},                   // organisational
	{8, ""},                    // organisations
	{6, ""},                    // organise
	{6, ""},                    // organised
	{6, ""},                    // organiseed
	{6, ""},                    // organiseing
	{6, ""},                    // organises
	{6, ""},                    // organising
	{8, ""},                    // organization
	{31, ""},                   // organization
	{31, ""},                   // organizational
	{8, ""},                    // organizations
	{6, ""},                    // organize
	{6, ""},                    // organized
	{6, ""},                    // organizeed
	{6, ""},                    // organizeing
	{6, ""},                    // organizes
	{6, ""},                    // organizing
	{31, ""},                   // os
	{28, "purpose"},            // our
	{31, ""},                   // our
	{34, "dream"},              // our
	{48, ""},                   // our
	{59, "north star is"},      // our
	{61, ""},                   // our
	{47, "of scope"},           // out
	{63, ""},                   // outline
	{43, ""},                   // outlines
	{67, ""},                   // outstanding
	{31, ""},                   // overall
	{14, ""},                   // overcome
	{14, ""},                   // overcomed
	{14, ""},                   // overcomeed
	{14, ""},                   // overcomeing
	{14, ""},                   // overcomes
	{14, ""},                   // overcoming
	{32, ""},                   // overview
	{6, ""},                    // own
	{61, ""},                   // own
	{6, ""},                    // owned
	{41, ""},                   // owner
	{41, ""},                   // owners
	{6, ""},                    // owning
	{6, ""},                    // owns
	{37, ""},                   // paid
	{33, ""},                   // para
	{15, "shift"},              // paradigm
	{15, ""},                   // paradigm
	{11, ""},                   // parent
	{11, ""},                   // parents
	{60, ""},                   // parked
	{38, "of"},                 // part
	{57, ""},                   // part
	{6, ""},                    // partner
	{6, ""},                    // partnered
	{6, ""},                    // partnering
	{6, ""},                    // partnerred
	{6, ""},                    // partnerring
	{6, ""},                    // partners
	{31, ""},                   // partnership
	{15, ""},                   // passionate
	{19, ""},                   // patented
	{11, ""},                   // patient
	{11, ""},                   // patients
	{11, ""},                   // patients'
	{44, ""},                   // payload
	{44, ""},                   // payloads
	{13, "of mind"},            // peace
	{8, ""},                    // people
	{33, ""},                   // per
	{13, ""},                   // perfect
	{2, ""},                    // performance
	{35, ""},                   // perhaps
	{30, ""},                   // peripheral
	{8, ""},                    // person
	{47, ""},                   // personas
	{8, ""},                    // persons
	{11, "owners"},             // pet
	{11, ""},                   // pharmacies
	{11, ""},                   // pharmacist
	{11, ""},                   // pharmacists
	{36, ""},                   // phone
	{65, ""},                   // photo
	{11, ""},                   // photographers
	{65, ""},                   // photos
	{11, ""},                   // physicians
	{27, ""},                   // picture
	{65, ""},                   // pipeline
	{65, ""},                   // pixel
	{65, ""},                   // pixels
	{50, ""},                   // placeholder
	{49, ""},                   // placement
	{35, "to"},                 // plan
	{47, ""},                   // plan
	{56, ""},                   // planet
	{47, ""},                   // plans
	{6, ""},                    // plant
	{6, ""},                    // planted
	{6, ""},                    // planting
	{6, ""},                    // plants
	{31, ""},                   // platform
	{62, ""},                   // platform
	{49, ""},                   // player
	{11, ""},                   // players
	{62, ""},                   // plugin
	{65, ""},                   // plugin
	{20, ""},                   // plugins
	{62, ""},                   // plugins
	{65, ""},                   // plugins
	{6, ""},                    // pool
	{6, ""},                    // pooled
	{6, ""},                    // pooling
	{6, ""},                    // pools
	{62, ""},                   // portal
	{49, ""},                   // position
	{35, ""},                   // possibly
	{49, ""},                   // post
	{60, ""},                   // postponed
	{2, ""},                    // potential
	{13, ""},                   // potential
	{35, ""},                   // potentially
	{33, ""},                   // pour
	{40, "by"},                 // powered
	{11, ""},                   // practitioners
	{54, "eminent"},            // pre
	{54, ""},                   // pre-eminent
	{54, ""},                   // preeminent
	{54, ""},                   // preferred
	{15, ""},                   // premier
	{54, ""},                   // premier
	{67, ""},                   // premier
	{14, ""},                   // prevent
	{14, ""},                   // prevented
	{14, ""},                   // preventing
	{14, ""},                   // prevents
	{47, ""},                   // pricing
	{24, ""},                   // principes
	{24, ""},                   // principi
	{24, ""},                   // principios
	{24, ""},                   // principles
	{24, ""},                   // prinzipien
	{47, ""},                   // priorities
	{41, ""},                   // priority
	{44, ""},                   // probe
	{49, ""},                   // probe
	{47, "statement"},          // problem
	{47, ""},                   // problem
	{6, ""},                    // produce
	{6, ""},                    // produced
	{6, ""},                    // produceed
	{6, ""},                    // produceing
	{6, ""},                    // produces
	{6, ""},                    // producing
	{11, "managers"},           // product
	{11, "teams"},              // product
	{31, ""},                   // product
	{41, "name"},               // product
	{50, "name"},               // product
	{50, "x"},                  // product
	{13, ""},                   // productive
	{2, ""},                    // productivity
	{0, ""},                    // prof
	{1, ""},                    // prof
	{10, ""},                   // professional
	{11, ""},                   // professionals
	{6, ""},                    // program
	{31, ""},                   // program
	{6, ""},                    // programed
	{6, ""},                    // programing
	{31, ""},                   // programme
	{6, ""},                    // programmed
	{11, ""},                   // programmers
	{6, ""},                    // programming
	{6, ""},                    // programs
	{31, ""},                   // project
	{4, ""},                    // promote
	{66, ""},                   // promote
	{4, ""},                    // promoted
	{4, ""},                    // promoteed
	{4, ""},                    // promoteing
	{4, ""},                    // promotes
	{66, ""},                   // promotes
	{4, ""},                    // promoting
	{66, ""},                   // promoting
	{31, ""},                   // proposed
	{28, ""},                   // proposito
	{39, ""},                   // proposito
	{19, ""},                   // proprietary
	{14, ""},                   // prosper
	{14, ""},                   // prospered
	{14, ""},                   // prospering
	{13, ""},                   // prosperity
	{14, ""},                   // prosperred
	{14, ""},                   // prosperring
	{14, ""},                   // prospers
	{14, ""},                   // protect
	{14, ""},                   // protected
	{14, ""},                   // protecting
	{14, ""},                   // protects
	{6, ""},                    // provide
	{63, ""},                   // provide
	{66, ""},                   // provide
	{6, ""},                    // provided
	{66, ""},                   // provided
	{6, ""},                    // provideed
	{6, ""},                    // provideing
	{6, ""},                    // provides
	{66, ""},                   // provides
	{6, ""},                    // providing
	{66, ""},                   // providing
	{5, ""},                    // provision
	{5, ""},                    // provisioning
	{8, "good"},                // public
	{10, "sector"},             // public
	{10, ""},                   // public-sector
	{6, ""},                    // publish
	{6, ""},                    // published
	{11, ""},                   // publishers
	{6, ""},                    // publishes
	{5, ""},                    // publishing
	{6, ""},                    // publishing
	{6, ""},                    // publishs
	{52, ""},                   // purchase
	{52, ""},                   // purchased
	{52, ""},                   // purchaseed
	{52, ""},                   // purchaseing
	{52, ""},                   // purchases
	{52, ""},                   // purchasing
	{28, ""},                   // purpose
	{39, ""},                   // purpose
	{50, "goes here"},          // purpose
	{61, ""},                   // purpose
	{38, ""},                   // pursue
	{38, ""},                   // pursues
	{38, ""},                   // pursuing
	{38, "of"},                 // pursuit
	{37, ""},                   // put
	{2, ""},                    // quality
	{13, "of life"},            // quality
	{20, ""},                   // quests
	{35, ""},                   // quite
	{28, "d'être"},             // raison
	{28, "d'etre"},             // raison
	{39, "d'être"},             // raison
	{39, "d'etre"},             // raison
	{19, "than"},               // rather
	{35, ""},                   // rather
	{7, ""},                    // ratified
	{44, "entry"},              // re
	{44, ""},                   // re-entry
	{14, ""},                   // reach
	{14, ""},                   // reached
	{14, ""},                   // reaches
	{14, ""},                   // reaching
	{14, ""},                   // reachs
	{37, ""},                   // read
	{42, "on"},                 // read
	{11, ""},                   // readers
	{62, "time"},               // real
	{62, ""},                   // real-time
	{14, ""},                   // realise
	{14, ""},                   // realised
	{14, ""},                   // realiseed
	{14, ""},                   // realiseing
	{14, ""},                   // realises
	{14, ""},                   // realising
	{14, ""},                   // realize
	{14, ""},                   // realized
	{14, ""},                   // realizeed
	{14, ""},                   // realizeing
	{14, ""},                   // realizes
	{14, ""},                   // realizing
	{67, ""},                   // really
	{28, "for being"},          // reason
	{39, "for being"},          // reason
	{65, ""},                   // recognition
	{44, ""},                   // reconnaissance
	{14, ""},                   // recover
	{14, ""},                   // recovered
	{14, ""},                   // recovering
	{14, ""},                   // recoverred
	{14, ""},                   // recoverring
	{14, ""},                   // recovers
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
	{14, ""},                   // reduce
	{14, ""},                   // reduced
	{14, ""},                   // reduceed
	{14, ""},                   // reduceing
	{14, ""},                   // reduces
	{14, ""},                   // reducing
	{44, ""},                   // reentry
	{47, ""},                   // references
	{31, ""},                   // refreshed
	{10, ""},                   // regional
	{35, ""},                   // relatively
	{17, "notes"},              // release
	{17, "history"},            // release
	{20, "notes"},              // release
	{47, "notes"},              // release
	{17, ""},                   // releases
	{47, ""},                   // releases
	{14, ""},                   // relieve
	{14, ""},                   // relieved
	{14, ""},                   // relieveed
	{14, ""},                   // relieveing
	{14, ""},                   // relieves
	{14, ""},                   // relieving
	{10, ""},                   // remote
	{14, ""},                   // remove
	{14, ""},                   // removed
	{14, ""},                   // removeed
	{14, ""},                   // removeing
	{14, ""},                   // removes
	{14, ""},                   // removing
	{31, ""},                   // renewed
	{67, ""},                   // renowned
	{11, ""},                   // renters
	{6, ""},                    // repair
	{6, ""},                    // repaired
	{6, ""},                    // repairing
	{6, ""},                    // repairs
	{63, ""},                   // replace
	{19, ""},                   // replacing
	{20, ""},                   // requirements
	{47, ""},                   // requirements
	{6, ""},                    // rescue
	{6, ""},                    // rescued
	{6, ""},                    // rescueed
	{6, ""},                    // rescueing
	{6, ""},                    // rescues
	{6, ""},                    // rescuing
	{5, ""},                    // research
	{10, ""},                   // research
	{11, ""},                   // researcher
	{11, ""},                   // researchers
	{11, ""},                   // residents
	{41, ""},                   // resolved
	{11, ""},                   // restaurants
	{6, ""},                    // restore
	{14, ""},                   // restore
	{6, ""},                    // restored
	{14, ""},                   // restored
	{6, ""},                    // restoreed
	{14, ""},                   // restoreed
	{6, ""},                    // restoreing
	{14, ""},                   // restoreing
	{6, ""},                    // restores
	{14, ""},                   // restores
	{6, ""},                    // restoring
	{14, ""},                   // restoring
	{3, ""},                    // results
	{10, ""},                   // retail
	{11, ""},                   // retailers
	{64, ""},                   // retina
	{11, ""},                   // retirees
	{6, ""},                    // review
	{6, ""},                    // reviewed
	{41, ""},                   // reviewed
	{41, ""},                   // reviewers
	{6, ""},                    // reviewing
	{6, ""},                    // reviews
	{31, ""},                   // revised
	{15, ""},                   // revolutionary
	{4, ""},                    // revolutionise
	{15, ""},                   // revolutionise
	{4, ""},                    // revolutionised
	{4, ""},                    // revolutioniseed
	{4, ""},                    // revolutioniseing
	{4, ""},                    // revolutionises
	{4, ""},                    // revolutionising
	{4, ""},                    // revolutionize
	{15, ""},                   // revolutionize
	{4, ""},                    // revolutionized
	{4, ""},                    // revolutionizeed
	{4, ""},                    // revolutionizeing
	{4, ""},                    // revolutionizes
	{4, ""},                    // revolutionizing
	{13, ""},                   // richer
	{37, ""},                   // ridden
	{11, ""},                   // riders
	{13, ""},                   // rights
	{37, ""},                   // risen
	{47, ""},                   // risks
	{36, ""},                   // river
	{47, ""},                   // roadmap
	{30, ""},                   // robot
	{30, ""},                   // robotic
	{15, ""},                   // robust
	{44, ""},                   // rocket
	{44, ""},                   // rockets
	{49, ""},                   // role
	{36, ""},                   // roof
	{11, ""},                   // rotarians
	{44, ""},                   // rover
	{49, ""},                   // rover
	{6, ""},                    // run
	{37, ""},                   // run
	{6, ""},                    // runed
	{6, ""},                    // runing
	{6, ""},                    // runned
	{11, ""},                   // runners
	{6, ""},                    // running
	{6, ""},                    // runs
	{10, ""},                   // rural
	{10, ""},                   // saas
	{62, ""},                   // saas
	{13, ""},                   // safe
	{14, ""},                   // safeguard
	{14, ""},                   // safeguarded
	{14, ""},                   // safeguarding
	{14, ""},                   // safeguards
	{13, ""},                   // safer
	{13, ""},                   // safety
	{37, ""},                   // said
	{11, "teams"},              // sales
	{25, ""},                   // sample
	{25, ""},                   // samples
	{44, ""},                   // satellite
	{49, ""},                   // satellite
	{44, ""},                   // satellites
	{14, ""},                   // save
	{14, ""},                   // saved
	{14, ""},                   // saveed
	{14, ""},                   // saveing
	{14, ""},                   // saves
	{14, ""},                   // saving
	{15, ""},                   // scalable
	{47, ""},                   // schedule
	{11, ""},                   // scholars
	{31, ""},                   // school
	{36, ""},                   // school
	{11, ""},                   // schools
	{11, ""},                   // scientist
	{11, ""},                   // scientists
	{47, ""},                   // scope
	{36, ""},                   // screen
	{65, ""},                   // screenshot
	{65, ""},                   // screenshots
	{62, ""},                   // sdk
	{15, ""},                   // seamless
	{15, ""},                   // seamlessly
	{41, ""},                   // seconded
	{14, ""},                   // secure
	{14, ""},                   // secured
	{14, ""},                   // secureed
	{14, ""},                   // secureing
	{14, ""},                   // secures
	{14, ""},                   // securing
	{41, "also"},               // see
	{42, "also"},               // see
	{42, "the"},                // see
	{4, ""},                    // seek
	{35, "to"},                 // seek
	{66, "to"},                 // seek
	{4, ""},                    // seeked
	{4, ""},                    // seeking
	{4, ""},                    // seeks
	{35, "to"},                 // seeks
	{37, ""},                   // seen
	{65, ""},                   // segmentation
	{6, ""},                    // sell
	{6, ""},                    // selled
	{11, ""},                   // sellers
	{6, ""},                    // selling
	{6, ""},                    // sells
	{10, ""},                   // senior
	{11, ""},                   // seniors
	{62, ""},                   // sensor
	{65, ""},                   // sensor
	{62, ""},                   // sensors
	{65, ""},                   // sensors
	{37, ""},                   // sent
	{18, ""},                   // sentence
	{4, ""},                    // serve
	{4, ""},                    // served
	{4, ""},                    // serveed
	{4, ""},                    // serveing
	{4, ""},                    // serves
	{38, ""},                   // serves
	{31, ""},                   // service
	{4, ""},                    // serving
	{37, ""},                   // set
	{43, "out"},                // sets
	{20, ""},                   // settings
	{20, ""},                   // setup
	{67, ""},                   // several
	{37, ""},                   // shaken
	{23, ""},                   // shall
	{61, ""},                   // shall
	{4, ""},                    // shape
	{4, ""},                    // shaped
	{4, ""},                    // shapeed
	{4, ""},                    // shapeing
	{4, ""},                    // shapes
	{4, ""},                    // shaping
	{31, ""},                   // shared
	{6, ""},                    // ship
	{6, ""},                    // shiped
	{6, ""},                    // shiping
	{6, ""},                    // shipped
	{6, ""},                    // shipping
	{6, ""},                    // ships
	{36, ""},                   // shop
	{11, ""},                   // shopkeepers
	{11, ""},                   // shoppers
	{32, "version"},            // short
	{64, "sighted"},            // short
	{64, ""},                   // short-sighted
	{61, ""},                   // should
	{37, ""},                   // shown
	{64, ""},                   // sight
	{67, ""},                   // significantly
	{13, ""},                   // simpler
	{14, ""},                   // simplified
	{14, ""},                   // simplifies
	{14, ""},                   // simplify
	{14, ""},                   // simplifyed
	{14, ""},                   // simplifying
	{14, ""},                   // simplifys
	{10, ""},                   // small
	{11, "businesses"},         // small
	{11, "business"},           // small
	{13, ""},                   // smarter
	{11, ""},                   // smbs
	{36, ""},                   // smile
	{53, "they can"},           // so
	{53, "people can"},         // so
	{53, "you can"},            // so
	{53, "that"},               // so
	{61, ""},                   // so
	{8, ""},                    // society
	{31, ""},                   // society
	{10, ""},                   // software
	{11, "companies"},          // software
	{62, ""},                   // software
	{37, ""},                   // sold
	{15, "provider"},           // solution
	{2, ""},                    // solutions
	{15, ""},                   // solutions
	{14, ""},                   // solve
	{14, ""},                   // solved
	{14, ""},                   // solveed
	{14, ""},                   // solveing
	{14, ""},                   // solves
	{14, ""},                   // solving
	{23, "day"},                // some
	{23, ""},                   // someday
	{35, ""},                   // somewhat
	{35, "of"},                 // sort
	{44, ""},                   // sortie
	{6, ""},                    // source
	{41, ""},                   // source
	{52, ""},                   // source
	{6, ""},                    // sourced
	{52, ""},                   // sourced
	{6, ""},                    // sourceed
	{52, ""},                   // sourceed
	{6, ""},                    // sourceing
	{52, ""},                   // sourceing
	{6, ""},                    // sources
	{52, ""},                   // sources
	{6, ""},                    // sourcing
	{52, ""},                   // sourcing
	{44, ""},                   // spacecraft
	{49, ""},                   // spacecraft
	{44, ""},                   // spaceflight
	{11, ""},                   // specialists
	{63, ""},                   // specify
	{64, ""},                   // spectacles
	{37, ""},                   // spent
	{44, ""},                   // splashdown
	{37, ""},                   // spoken
	{44, ""},                   // squadron
	{64, ""},                   // squint
	{0, ""},                    // sr
	{0, ""},                    // st
	{1, ""},                    // st
	{2, ""},                    // stakeholder
	{2, ""},                    // stakeholders
	{8, ""},                    // stakeholders
	{41, ""},                   // stakeholders
	{36, ""},                   // stall
	{11, ""},                   // stallholders
	{11, ""},                   // startup
	{31, ""},                   // startup
	{11, ""},                   // startups
	{15, "of the art"},         // state
	{63, ""},                   // state
	{15, ""},                   // state-of-the-art
	{31, ""},                   // stated
	{18, ""},                   // statement
	{24, ""},                   // statement
	{32, ""},                   // statement
	{50, "goes here"},          // statement
	{61, ""},                   // statement
	{24, ""},                   // statements
	{41, ""},                   // status
	{47, ""},                   // status
	{14, ""},                   // stay
	{14, ""},                   // stayed
	{14, ""},                   // staying
	{14, ""},                   // stays
	{47, ""},                   // steps
	{30, ""},                   // stereo
	{60, "being drafted"},      // still
	{60, "working on"},         // still
	{60, "drafting"},           // still
	{37, ""},                   // stolen
	{24, ""},                   // strategia
	{31, ""},                   // strategic
	{24, ""},                   // strategie
	{24, ""},                   // strategies
	{24, ""},                   // strategy
	{15, ""},                   // streamline
	{36, ""},                   // street
	{4, ""},                    // strengthen
	{14, ""},                   // strengthen
	{4, ""},                    // strengthened
	{14, ""},                   // strengthened
	{4, ""},                    // strengthening
	{14, ""},                   // strengthening
	{4, ""},                    // strengthenned
	{14, ""},                   // strengthenned
	{4, ""},                    // strengthenning
	{14, ""},                   // strengthenning
	{4, ""},                    // strengthens
	{14, ""},                   // strengthens
	{4, ""},                    // strive
	{27, "for"},                // strive
	{35, "to"},                 // strive
	{35, "for"},                // strive
	{66, ""},                   // strive
	{4, ""},                    // strived
	{4, ""},                    // striveed
	{4, ""},                    // striveing
	{4, ""},                    // strives
	{35, "to"},                 // strives
	{35, "for"},                // strives
	{66, ""},                   // strives
	{4, ""},                    // striving
	{27, "for"},                // striving
	{66, ""},                   // striving
	{13, ""},                   // stronger
	{10, ""},                   // student
	{11, ""},                   // student
	{11, ""},                   // students
	{31, ""},                   // studio
	{11, ""},                   // subscribers
	{67, ""},                   // substantially
	{14, ""},                   // succeed
	{14, ""},                   // succeeded
	{14, ""},                   // succeeding
	{14, ""},                   // succeeds
	{2, ""},                    // success
	{3, ""},                    // success
	{13, ""},                   // success
	{47, "criteria"},           // success
	{47, "metrics"},            // success
	{13, ""},                   // suffering
	{63, ""},                   // summarise
	{43, ""},                   // summarises
	{63, ""},                   // summarize
	{43, ""},                   // summarizes
	{18, ""},                   // summary
	{32, ""},                   // summary
	{67, ""},                   // superior
	{4, ""},                    // support
	{11, "teams"},              // support
	{38, ""},                   // support
	{65, ""},                   // support
	{66, ""},                   // support
	{4, ""},                    // supported
	{20, "models"},             // supported
	{65, ""},                   // supported
	{4, ""},                    // supporting
	{38, ""},                   // supporting
	{66, ""},                   // supporting
	{4, ""},                    // supports
	{38, ""},                   // supports
	{65, ""},                   // supports
	{66, ""},                   // supports
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
	{15, ""},                   // synergies
	{15, ""},                   // synergistic
	{2, ""},                    // synergy
	{15, ""},                   // synergy
	{32, ""},                   // synopsis
	{11, ""},                   // sysadmins
	{62, ""},                   // system
	{62, ""},                   // systems
	{36, ""},                   // table
	{14, ""},                   // tackle
	{14, ""},                   // tackled
	{14, ""},                   // tackleed
	{14, ""},                   // tackleing
	{14, ""},                   // tackles
	{14, ""},                   // tackling
	{41, ""},                   // tags
	{37, ""},                   // taken
	{47, "users"},              // target
	{47, ""},                   // target
	{47, ""},                   // targets
	{47, ""},                   // tasks
	{65, ""},                   // tasks
	{37, ""},                   // taught
	{50, ""},                   // tba
	{50, ""},                   // tbc
	{50, ""},                   // tbd
	{6, ""},                    // teach
	{6, ""},                    // teached
	{11, ""},                   // teacher
	{11, ""},                   // teachers
	{6, ""},                    // teaches
	{6, ""},                    // teaching
	{6, ""},                    // teachs
	{31, ""},                   // team
	{47, ""},                   // team
	{11, ""},                   // teams
	{10, ""},                   // tech
	{10, ""},                   // technical
	{31, ""},                   // technical
	{11, ""},                   // teenagers
	{11, ""},                   // teens
	{44, ""},                   // telemetry
	{44, ""},                   // telescope
	{30, ""},                   // television
	{58, "como missao"},        // tem
	{58, "por missao"},         // tem
	{25, ""},                   // template
	{25, ""},                   // templates
	{11, ""},                   // tenants
	{58, "como mision"},        // tenemos
	{24, ""},                   // tenets
	{20, ""},                   // terminology
	{6, ""},                    // test
	{6, ""},                    // tested
	{11, ""},                   // testers
	{6, ""},                    // testing
	{6, ""},                    // tests
	{50, "goes here"},          // text
	{19, ""},                   // than
	{61, ""},                   // than
	{40, "to"},                 // thanks
	{53, "lets"},               // that
	{53, "helps"},              // that
	{61, ""},                   // that
	{3, "future"},              // the
	{8, "public good"},         // the
	{8, "world"},               // the
	{8, "world's"},             // the
	{8, "planet"},              // the
	{8, "public"},              // the
	{13, "benefit of"},         // the
	{19, "only"},               // the
	{23, "day when"},           // the
	{31, ""},                   // the
	{32, "short version"},      // the
	{42, "following"},          // the
	{57, ""},                   // the
	{61, ""},                   // the
	{67, "best"},               // the
	{48, ""},                   // their
	{61, ""},                   // their
	{61, ""},                   // them
	{61, ""},                   // then
	{30, ""},                   // thermal
	{61, ""},                   // these
	{61, ""},                   // they
	{42, "is an overview"},     // this
	{42, "is where"},           // this
	{42, "decision record"},    // this
	{42, "pull request"},       // this
	{42, "document"},           // this
	{42, "doc"},                // this
	{42, "page"},               // this
	{42, "section"},            // this
	{42, "file"},               // this
	{42, "overview"},           // this
	{42, "guide"},              // this
	{42, "article"},            // this
	{42, "post"},               // this
	{42, "repository"},         // this
	{42, "repo"},               // this
	{42, "rfc"},                // this
	{42, "adr"},                // this
	{42, "proposal"},           // this
	{42, "note"},               // this
	{42, "paper"},              // this
	{42, "report"},             // this
	{42, "memo"},               // this
	{42, "briefing"},           // this
	{42, "plan"},               // this
	{42, "template"},           // this
	{42, "example"},            // this
	{42, "tutorial"},           // this
	{42, "chapter"},            // this
	{42, "specification"},      // this
	{42, "policy"},             // this
	{42, "standard"},           // this
	{42, "procedure"},          // this
	{42, "handbook"},           // this
	{42, "manual"},             // this
	{42, "runbook"},            // this
	{42, "playbook"},           // this
	{42, "agreement"},          // this
	{42, "spec"},               // this
	{42, "readme"},             // this
	{42, "wiki"},               // this
	{42, "site"},               // this
	{42, "website"},            // this
	{42, "folder"},             // this
	{42, "directory"},          // this
	{61, ""},                   // this
	{61, ""},                   // those
	{15, "leadership"},         // thought
	{15, "leader"},             // thought
	{37, ""},                   // thought
	{14, ""},                   // thrive
	{14, ""},                   // thrived
	{14, ""},                   // thriveed
	{14, ""},                   // thriveing
	{14, ""},                   // thrives
	{14, ""},                   // thriving
	{40, ""},                   // through
	{61, ""},                   // through
	{37, ""},                   // thrown
	{58, "como mision"},        // tiene
	{58, "por mision"},         // tiene
	{47, ""},                   // timeline
	{41, ""},                   // tip
	{46, ""},                   // tip
	{25, ""},                   // tips
	{41, ""},                   // tips
	{46, ""},                   // tips
	{32, ""},                   // tl;dr
	{41, ""},                   // tl;dr
	{32, ""},                   // tldr
	{41, ""},                   // tldr
	{35, "a certain degree"},   // to
	{35, "some extent"},        // to
	{47, "do"},                 // to
	{50, "be determined"},      // to
	{50, "be defined"},         // to
	{50, "be written"},         // to
	{51, "follow"},             // to
	{51, "come"},               // to
	{53, "help"},               // to
	{53, "enable"},             // to
	{53, "make"},               // to
	{53, "ensure"},             // to
	{53, "allow"},              // to
	{53, "give"},               // to
	{60, "be agreed"},          // to
	{61, ""},                   // to
	{47, ""},                   // to-do
	{47, ""},                   // todo
	{50, ""},                   // todo
	{65, ""},                   // tokens
	{37, ""},                   // told
	{3, ""},                    // tomorrow
	{23, ""},                   // tomorrow
	{62, ""},                   // tool
	{20, ""},                   // tools
	{62, ""},                   // tools
	{9, ""},                    // top
	{15, "notch"},              // top
	{54, "rated"},              // top
	{54, "ranked"},             // top
	{54, ""},                   // top
	{15, ""},                   // top-notch
	{54, ""},                   // top-ranked
	{54, ""},                   // top-rated
	{37, ""},                   // torn
	{11, ""},                   // tourists
	{38, ""},                   // toward
	{38, ""},                   // towards
	{36, ""},                   // town
	{6, ""},                    // track
	{6, ""},                    // tracked
	{6, ""},                    // tracking
	{6, ""},                    // tracks
	{11, ""},                   // trader
	{11, ""},                   // traders
	{36, ""},                   // trail
	{6, ""},                    // train
	{36, ""},                   // train
	{6, ""},                    // trained
	{5, ""},                    // training
	{6, ""},                    // training
	{6, ""},                    // trains
	{44, ""},                   // trajectory
	{4, ""},                    // transform
	{2, ""},                    // transformation
	{15, ""},                   // transformative
	{4, ""},                    // transformed
	{65, ""},                   // transformer
	{65, ""},                   // transformers
	{4, ""},                    // transforming
	{4, ""},                    // transforms
	{6, ""},                    // translate
	{6, ""},                    // translated
	{6, ""},                    // translateed
	{6, ""},                    // translateing
	{6, ""},                    // translates
	{6, ""},                    // translating
	{11, ""},                   // travelers
	{11, ""},                   // travellers
	{14, ""},                   // treat
	{14, ""},                   // treated
	{14, ""},                   // treating
	{14, ""},                   // treats
	{35, "to"},                 // tries
	{20, ""},                   // troubleshooting
	{31, ""},                   // true
	{67, ""},                   // truly
	{31, ""},                   // trust
	{13, ""},                   // trustworthy
	{35, "to"},                 // try
	{30, ""},                   // tunnel
	{15, ""},                   // turnkey
	{30, ""},                   // tv
	{41, ""},                   // type
	{23, ""},                   // ultimately
	{24, ""},                   // und
	{51, "construction"},       // under
	{10, ""},                   // underserved
	{14, ""},                   // understand
	{14, ""},                   // understanded
	{13, ""},                   // understanding
	{14, ""},                   // understanding
	{25, ""},                   // understanding
	{14, ""},                   // understands
	{37, ""},                   // understood
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
	{31, ""},                   // union
	{67, ""},                   // unique
	{19, ""},                   // uniquely
	{31, ""},                   // unit
	{0, ""},                    // univ
	{11, ""},                   // universities
	{19, "other"},              // unlike
	{19, ""},                   // unlike
	{14, ""},                   // unlock
	{14, ""},                   // unlocked
	{14, ""},                   // unlocking
	{14, ""},                   // unlocks
	{15, ""},                   // unmatched
	{15, ""},                   // unparalleled
	{15, ""},                   // unrivaled
	{15, ""},                   // unrivalled
	{31, ""},                   // unser
	{48, ""},                   // unser
	{58, "auftrag ist"},        // unser
	{31, ""},                   // unsere
	{48, ""},                   // unsere
	{58, "mission ist"},        // unsere
	{59, "vision ist"},         // unsere
	{31, ""},                   // unserer
	{48, ""},                   // unserer
	{31, ""},                   // updated
	{41, ""},                   // updated
	{65, ""},                   // upload
	{65, ""},                   // uploads
	{10, ""},                   // urban
	{61, ""},                   // us
	{13, ""},                   // usable
	{20, ""},                   // usage
	{47, ""},                   // usage
	{47, "cases"},              // use
	{63, ""},                   // use
	{13, ""},                   // useful
	{8, ""},                    // user
	{15, "centric"},            // user
	{47, "stories"},            // user
	{15, ""},                   // user-centric
	{8, ""},                    // users
	{40, ""},                   // using
	{66, ""},                   // utilise
	{66, ""},                   // utilize
	{66, ""},                   // utilizes
	{66, ""},                   // utilizing
	{49, ""},                   // vacancy
	{24, ""},                   // valeurs
	{24, ""},                   // valores
	{24, ""},                   // valori
	{2, ""},                    // value
	{3, ""},                    // value
	{15, "added"},              // value
	{24, ""},                   // value
	{15, ""},                   // value-added
	{24, ""},                   // values
	{33, ""},                   // van
	{67, ""},                   // various
	{11, ""},                   // vendor
	{11, ""},                   // vendors
	{41, ""},                   // version
	{19, ""},                   // versus
	{67, ""},                   // very
	{11, ""},                   // veterans
	{40, ""},                   // via
	{13, ""},                   // viable
	{65, ""},                   // video
	{11, ""},                   // viewers
	{36, ""},                   // village
	{22, ""},                   // visao
	{34, ""},                   // visao
	{22, ""},                   // visie
	{34, ""},                   // visie
	{22, "statement"},          // vision
	{22, ""},                   // vision
	{34, "statement"},          // vision
	{34, ""},                   // vision
	{50, "goes here"},          // vision
	{61, ""},                   // vision
	{15, ""},                   // visionary
	{22, ""},                   // visione
	{34, ""},                   // visione
	{34, ""},                   // visions
	{0, ""},                    // viz
	{1, ""},                    // viz
	{11, ""},                   // volunteers
	{33, ""},                   // von
	{33, ""},                   // voor
	{0, ""},                    // vs
	{1, ""},                    // vs
	{19, ""},                   // vs
	{10, ""},                   // vulnerable
	{24, ""},                   // waarden
	{43, "you through"},        // walks
	{27, "to see"},             // want
	{27, ""},                   // want
	{35, "to"},                 // want
	{41, ""},                   // warning
	{46, ""},                   // warning
	{12, ""},                   // was
	{61, ""},                   // was
	{36, ""},                   // water
	{3, ""},                    // way
	{44, ""},                   // waypoint
	{3, ""},                    // ways
	{23, "see a world"},        // we
	{24, ""},                   // we
	{35, "believe"},            // we
	{35, "think"},              // we
	{35, "feel"},               // we
	{40, "will achieve this"},  // we
	{40, "do this"},            // we
	{40, "achieve this"},       // we
	{61, ""},                   // we
	{62, ""},                   // wearable
	{62, ""},                   // wearables
	{65, ""},                   // webcam
	{62, ""},                   // website
	{42, "to"},                 // welcome
	{55, "all"},                // welcome
	{34, ""},                   // weledigaeth
	{13, "being"},              // well
	{13, ""},                   // well-being
	{13, ""},                   // wellbeing
	{12, ""},                   // were
	{61, ""},                   // were
	{24, ""},                   // werte
	{24, ""},                   // what
	{25, "is"},                 // what
	{25, "are"},                // what
	{25, "makes"},              // what
	{25, "should"},             // what
	{25, "does"},               // what
	{61, ""},                   // what
	{20, "new"},                // what's
	{25, ""},                   // what's
	{29, "next"},               // what's
	{29, "ahead"},              // what's
	{29, "coming"},             // what's
	{29, "changed"},            // what's
	{29, "changing"},           // what's
	{29, "happening"},          // what's
	{29, "different"},          // what's
	{25, "to"},                 // when
	{35, "possible"},           // when
	{61, ""},                   // when
	{35, "possible"},           // whenever
	{23, "we are headed"},      // where
	{23, "we are heading"},     // where
	{23, "we are going"},       // where
	{23, "no one"},             // where
	{23, "every"},              // where
	{23, "everyone"},           // where
	{23, "nobody"},             // where
	{23, "no"},                 // where
	{23, "all"},                // where
	{25, "to"},                 // where
	{35, "possible"},           // where
	{35, "feasible"},           // where
	{35, "practical"},          // where
	{35, "practicable"},        // where
	{35, "appropriate"},        // where
	{61, ""},                   // where
	{19, ""},                   // whereas
	{53, "means"},              // which
	{61, ""},                   // which
	{25, "is"},                 // who
	{61, ""},                   // who
	{61, ""},                   // whom
	{48, ""},                   // whose
	{25, "is"},                 // why
	{25, "are"},                // why
	{25, "do"},                 // why
	{25, "does"},               // why
	{25, "should"},             // why
	{25, "you"},                // why
	{25, "your"},               // why
	{25, "it"},                 // why
	{25, "this"},               // why
	{25, "a"},                  // why
	{25, "an"},                 // why
	{25, "the"},                // why
	{28, "we are here"},        // why
	{28, "we exist"},           // why
	{28, "we're here"},         // why
	{28, ""},                   // why
	{39, "we are here"},        // why
	{39, "we exist"},           // why
	{39, "we're here"},         // why
	{39, ""},                   // why
	{61, ""},                   // why
	{62, ""},                   // widget
	{23, "be"},                 // will
	{23, "have"},               // will
	{23, ""},                   // will
	{51, "follow"},             // will
	{61, ""},                   // will
	{14, ""},                   // win
	{15, "win"},                // win
	{15, ""},                   // win-win
	{14, ""},                   // wined
	{14, ""},                   // wining
	{14, ""},                   // winned
	{14, ""},                   // winning
	{14, ""},                   // wins
	{36, ""},                   // winter
	{35, "to"},                 // wish
	{40, "the help of"},        // with
	{61, ""},                   // with
	{19, ""},                   // without
	{11, ""},                   // women
	{37, ""},                   // won
	{24, ""},                   // work
	{27, "for"},                // work
	{27, "toward"},             // work
	{27, "towards"},            // work
	{40, "with"},               // work
	{40, "alongside"},          // work
	{51, "in progress"},        // work
	{66, "to"},                 // work
	{11, ""},                   // workers
	{10, ""},                   // working
	{27, "for"},                // working
	{27, "toward"},             // working
	{27, "towards"},            // working
	{40, "together with"},      // working
	{40, "with"},               // working
	{40, "alongside"},          // working
	{60, "on the wording"},     // working
	{40, "with"},               // works
	{66, "to"},                 // works
	{3, ""},                    // world
	{15, "class"},              // world
	{26, ""},                   // world
	{56, ""},                   // world
	{67, "renowned"},           // world
	{15, "leading"},            // world's
	{56, ""},                   // world's
	{57, ""},                   // world's
	{15, ""},                   // world-class
	{67, ""},                   // world-renowned
	{56, ""},                   // worldwide
	{37, ""},                   // worn
	{35, ""},                   // would
	{61, ""},                   // would
	{37, ""},                   // woven
	{6, ""},                    // write
	{25, ""},                   // write
	{63, ""},                   // write
	{6, ""},                    // writed
	{6, ""},                    // writeed
	{6, ""},                    // writeing
	{11, ""},                   // writers
	{6, ""},                    // writes
	{6, ""},                    // writing
	{25, ""},                   // writing
	{37, ""},                   // written
	{42, "by"},                 // written
	{30, "ray"},                // x
	{30, ""},                   // x-ray
	{50, ""},                   // xxx
	{24, ""},                   // y
	{60, "to be agreed"},       // yet
	{8, ""},                    // you
	{10, ""},                   // young
	{11, "people"},             // young
	{50, "company"},            // your
	{50, "product"},            // your
	{11, ""},                   // youth
	{24, ""},                   // ziele
}

// tableSlots is a hash table over tableWords: index+1, or 0.
var tableSlots = [8192]uint16{
	0, 0, 0, 0, 181, 0, 0, 0, 2104, 0, 616, 0, 0, 0, 0, 0,
	0, 0, 1330, 0, 1348, 103, 1356, 455, 475, 0, 0, 0, 0, 0, 0, 0,
	0, 1456, 0, 0, 0, 0, 0, 0, 1460, 521, 0, 0, 0, 0, 0, 0,
	499, 1417, 1943, 2153, 0, 0, 0, 0, 0, 1346, 0, 0, 1942, 0, 0, 0,
	0, 0, 63, 1251, 0, 0, 0, 0, 0, 0, 0, 0, 1306, 0, 0, 0,
	0, 0, 0, 0, 0, 1815, 0, 0, 0, 0, 72, 0, 0, 334, 1797, 2143,
	0, 0, 0, 0, 1469, 0, 299, 0, 597, 0, 0, 0, 1208, 296, 0, 0,
	402, 622, 0, 0, 0, 869, 0, 0, 0, 0, 0, 0, 0, 0, 436, 0,
	177, 256, 0, 0, 0, 0, 0, 0, 0, 1304, 0, 0, 0, 136, 1102, 1158,
	1977, 0, 0, 577, 0, 2342, 0, 1876, 0, 0, 0, 0, 0, 1616, 0, 0,
	0, 0, 0, 0, 450, 0, 0, 0, 0, 1915, 0, 0, 0, 984, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1129, 0, 689, 0, 0, 0, 0, 630, 0, 0, 0, 0, 0, 238, 0, 1906,
	0, 465, 2316, 102, 1069, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 858, 0, 0, 1586, 0, 0, 0, 2310, 0, 0, 0, 0,
	901, 0, 196, 0, 0, 0, 0, 0, 0, 0, 0, 386, 0, 375, 0, 378,
	0, 0, 0, 0, 0, 0, 1200, 1406, 0, 1008, 0, 0, 1878, 740, 0, 0,
	0, 0, 0, 1793, 199, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1932, 0, 0, 645, 0, 0, 0, 1614, 0, 1007, 1344,
	0, 664, 1345, 1569, 0, 0, 0, 0, 0, 0, 0, 0, 0, 216, 0, 0,
	0, 0, 339, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 885, 0,
	0, 1689, 0, 0, 0, 1882, 0, 2005, 708, 1944, 1954, 0, 1024, 0, 0, 0,
	0, 2240, 0, 0, 0, 592, 0, 1450, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 2076, 166, 0, 0, 0, 303, 1940, 2186, 2199, 0, 304, 1260, 759, 0, 0,
	2002, 1684, 0, 0, 655, 1594, 1269, 293, 1989, 0, 0, 974, 0, 229, 380, 437,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 758, 0, 0, 0,
	1088, 0, 170, 0, 2263, 0, 0, 0, 0, 0, 0, 0, 0, 2009, 491, 0,
	2097, 0, 0, 0, 0, 1191, 0, 0, 2242, 845, 0, 2037, 0, 320, 0, 0,
	0, 0, 0, 1285, 1913, 0, 2300, 0, 0, 0, 0, 0, 0, 1123, 819, 0,
	0, 1654, 0, 0, 0, 0, 0, 1534, 1413, 2272, 0, 0, 0, 0, 0, 997,
	1096, 1343, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1775,
	0, 0, 2275, 0, 0, 2270, 0, 0, 0, 0, 0, 0, 0, 501, 1151, 56,
	219, 0, 0, 0, 0, 1241, 0, 0, 2190, 0, 1042, 0, 2312, 0, 0, 0,
	1451, 0, 1212, 0, 0, 2066, 0, 1078, 1551, 1337, 0, 0, 0, 0, 0, 0,
	0, 0, 1796, 1432, 1757, 0, 0, 0, 0, 0, 0, 0, 0, 1012, 0, 0,
	0, 0, 0, 0, 0, 0, 79, 0, 0, 0, 0, 923, 1880, 0, 0, 0,
	0, 0, 1969, 1134, 0, 117, 1375, 0, 820, 0, 745, 0, 0, 0, 1463, 0,
	0, 0, 2164, 0, 0, 0, 0, 0, 374, 0, 272, 0, 0, 0, 0, 0,
	0, 1274, 0, 0, 671, 66, 0, 814, 86, 0, 0, 0, 0, 0, 397, 0,
	1239, 297, 0, 0, 0, 0, 0, 1402, 0, 668, 0, 0, 0, 0, 0, 0,
	1636, 187, 0, 0, 0, 0, 0, 2308, 0, 0, 0, 0, 0, 897, 1000, 834,
	1672, 1973, 2137, 0, 0, 0, 0, 0, 0, 395, 0, 0, 470, 0, 0, 1773,
	0, 0, 0, 0, 0, 495, 108, 1783, 1839, 0, 0, 1142, 0, 0, 0, 1873,
	0, 0, 0, 0, 0, 0, 0, 821, 892, 0, 0, 0, 0, 0, 1628, 273,
	744, 1655, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1097, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 2118, 0, 2151, 0, 0, 1374, 0, 0, 0, 1195,
	642, 0, 0, 1144, 2041, 269, 1903, 0, 0, 905, 0, 0, 0, 0, 0, 0,
	0, 0, 611, 2068, 0, 0, 2239, 0, 0, 0, 0, 907, 0, 0, 230, 1718,
	1571, 0, 0, 0, 0, 0, 0, 0, 684, 1605, 0, 477, 0, 419, 0, 856,
	0, 0, 0, 0, 0, 0, 453, 0, 0, 0, 0, 0, 0, 1824, 0, 944,
	0, 1447, 1807, 2252, 0, 0, 0, 0, 1358, 0, 0, 0, 115, 554, 0, 0,
	0, 43, 1962, 0, 0, 0, 0, 0, 0, 1312, 0, 1291, 0, 0, 0, 0,
	1005, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1037, 1787, 0, 0, 886, 319,
	887, 0, 0, 0, 0, 0, 1771, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 452, 0, 1081, 0, 0, 0,
	0, 832, 0, 0, 0, 244, 0, 0, 1867, 0, 0, 0, 0, 0, 1453, 0,
	686, 0, 0, 0, 0, 0, 0, 0, 0, 0, 382, 0, 0, 442, 0, 0,
	846, 0, 0, 0, 0, 0, 0, 0, 0, 1381, 724, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	580, 0, 0, 267, 218, 825, 0, 0, 0, 0, 0, 0, 0, 0, 868, 0,
	0, 0, 424, 220, 336, 125, 1690, 531, 1695, 0, 807, 0, 0, 0, 0, 0,
	1864, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 176, 0, 0, 680, 841, 0, 977, 573, 962, 0, 0, 0,
	0, 0, 2071, 0, 0, 0, 1778, 355, 466, 0, 0, 0, 0, 0, 0, 0,
	1119, 0, 104, 1704, 0, 0, 0, 0, 0, 0, 496, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 30, 41, 0, 0, 797, 1454, 0, 225, 809, 0, 698,
	0, 1858, 0, 0, 0, 0, 50, 0, 0, 476, 0, 250, 0, 0, 1996, 0,
	0, 635, 0, 0, 0, 0, 1066, 0, 0, 344, 0, 1946, 0, 762, 0, 1818,
	61, 1907, 844, 329, 2048, 2126, 2248, 0, 0, 0, 0, 0, 1702, 110, 232, 0,
	0, 0, 0, 0, 0, 1670, 0, 0, 0, 0, 1425, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 359, 975, 0,
	0, 0, 0, 0, 307, 0, 0, 0, 779, 0, 0, 575, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 769, 0, 1111, 1644, 0, 714, 0, 0, 0, 0,
	0, 0, 0, 1749, 1848, 2325, 132, 754, 1396, 0, 0, 0, 0, 2203, 0, 0,
	1555, 0, 0, 0, 0, 0, 0, 0, 1170, 0, 1226, 0, 0, 0, 0, 0,
	0, 0, 528, 1759, 0, 1357, 0, 0, 2077, 1448, 2042, 0, 0, 0, 2269, 0,
	0, 0, 337, 0, 1908, 614, 286, 644, 0, 0, 1834, 1327, 0, 0, 481, 0,
	0, 0, 1625, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2346, 0, 0, 0, 2229, 0, 0, 0, 0, 0, 0, 843, 1550, 0, 0, 0,
	0, 0, 0, 2073, 0, 0, 0, 0, 338, 0, 0, 0, 835, 0, 525, 1528,
	0, 0, 608, 1782, 2233, 0, 0, 0, 0, 1112, 2294, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1429, 0, 0, 0, 2331, 0, 0, 0, 0, 0, 0, 2268,
	0, 0, 0, 0, 0, 0, 0, 0, 911, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 535, 480, 914, 0, 279, 0, 0, 0, 0,
	0, 0, 518, 0, 0, 0, 1308, 0, 1744, 0, 828, 1011, 1634, 1709, 77, 653,
	2130, 1222, 2223, 0, 366, 0, 0, 0, 38, 0, 1061, 0, 0, 0, 0, 788,
	1006, 0, 0, 0, 1887, 2176, 1851, 602, 0, 1945, 0, 0, 0, 0, 0, 537,
	1268, 0, 0, 0, 0, 0, 702, 1642, 0, 0, 691, 33, 628, 1043, 0, 0,
	0, 0, 1566, 0, 0, 2069, 0, 0, 0, 0, 578, 0, 0, 1125, 877, 0,
	2032, 0, 0, 1619, 0, 0, 0, 0, 0, 2011, 0, 0, 0, 2198, 0, 0,
	0, 1401, 562, 248, 2015, 1157, 2166, 2170, 0, 0, 0, 0, 0, 921, 2072, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 658, 982, 0, 0, 547,
	1739, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2216, 0, 0, 0,
	1214, 282, 1537, 1849, 963, 1252, 0, 0, 0, 0, 414, 0, 0, 822, 1307, 0,
	0, 0, 0, 802, 0, 0, 0, 0, 0, 0, 0, 0, 1379, 1041, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 527,
	0, 0, 0, 0, 0, 0, 0, 881, 0, 0, 0, 0, 0, 0, 0, 446,
	522, 0, 0, 0, 0, 808, 0, 0, 1819, 0, 0, 0, 0, 1089, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 346, 1483, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1987, 0, 0,
	0, 0, 0, 1965, 0, 0, 0, 0, 0, 878, 1229, 1331, 0, 0, 0, 0,
	992, 0, 0, 0, 37, 222, 0, 0, 211, 2028, 0, 0, 0, 0, 0, 0,
	0, 0, 1666, 0, 0, 0, 619, 632, 1365, 1640, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 420, 0, 0, 0, 207,
	390, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1975, 0, 0, 164, 0,
	732, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1336, 1034, 2345, 0, 925, 0,
	364, 1801, 0, 0, 107, 0, 513, 1351, 0, 0, 0, 0, 581, 427, 1104, 0,
	0, 152, 251, 445, 0, 1366, 1590, 0, 1077, 0, 0, 1620, 1367, 2326, 0, 1899,
	1731, 0, 0, 1833, 0, 0, 2003, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 186, 205, 850, 0,
	0, 0, 0, 0, 552, 1743, 2079, 0, 967, 0, 0, 40, 0, 53, 0, 2260,
	0, 0, 1186, 1895, 1477, 2301, 0, 0, 1215, 0, 0, 18, 0, 0, 0, 0,
	327, 0, 1563, 2025, 0, 0, 80, 167, 1633, 1921, 0, 0, 794, 0, 0, 0,
	0, 0, 1506, 1108, 1994, 2087, 1056, 0, 1390, 1984, 1403, 0, 1647, 0, 0, 0,
	0, 0, 0, 0, 1010, 1799, 2313, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	270, 1697, 0, 0, 0, 2139, 0, 1339, 0, 0, 0, 0, 0, 0, 1442, 0,
	0, 0, 0, 0, 0, 0, 2046, 912, 1600, 1131, 1711, 0, 0, 0, 0, 0,
	639, 0, 0, 0, 0, 970, 0, 0, 0, 0, 1905, 0, 294, 938, 1217, 1494,
	663, 0, 510, 0, 0, 0, 0, 0, 1786, 0, 1267, 0, 0, 2125, 536, 2026,
	0, 0, 0, 1179, 0, 836, 468, 0, 174, 1660, 0, 0, 0, 0, 548, 1741,
	0, 0, 0, 0, 0, 0, 0, 2220, 0, 0, 1561, 0, 0, 713, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1679, 1152, 0, 955, 0, 0, 0,
	0, 1871, 0, 0, 0, 0, 0, 673, 0, 0, 0, 0, 0, 0, 1922, 0,
	0, 0, 741, 0, 0, 0, 0, 0, 0, 2227, 0, 0, 1395, 0, 0, 0,
	1172, 1774, 0, 0, 899, 550, 0, 0, 0, 467, 1120, 0, 1607, 0, 0, 0,
	0, 0, 243, 2101, 2235, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1124, 1250, 1529,
	0, 0, 0, 0, 0, 133, 217, 266, 0, 0, 0, 0, 0, 0, 0, 0,
	1286, 0, 309, 0, 0, 0, 0, 1002, 0, 0, 0, 0, 2212, 0, 0, 0,
	0, 0, 0, 2110, 1863, 2123, 0, 0, 2059, 0, 0, 2163, 0, 1051, 0, 1310,
	0, 1160, 0, 0, 0, 0, 0, 0, 0, 0, 1283, 0, 0, 864, 439, 157,
	839, 0, 0, 2344, 0, 0, 0, 204, 178, 2060, 0, 0, 0, 0, 993, 0,
	0, 0, 0, 2116, 0, 0, 490, 935, 0, 0, 0, 707, 0, 0, 0, 0,
	739, 0, 0, 0, 0, 0, 2145, 1526, 0, 356, 0, 1231, 1132, 1648, 1203, 0,
	0, 0, 0, 0, 0, 0, 929, 1122, 0, 0, 1631, 2115, 0, 0, 0, 0,
	183, 0, 0, 0, 1459, 0, 0, 534, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 391, 0, 2322, 0, 0, 0, 0, 0, 1320, 0, 321, 0, 0, 0, 0,
	0, 0, 1781, 0, 0, 0, 952, 0, 1919, 0, 0, 0, 0, 0, 0, 1234,
	0, 0, 0, 0, 0, 0, 0, 0, 1717, 0, 960, 1085, 401, 0, 0, 0,
	0, 0, 0, 0, 883, 0, 0, 0, 0, 0, 0, 1029, 2200, 2062, 0, 0,
	0, 1950, 2214, 0, 0, 0, 1466, 0, 0, 0, 0, 810, 0, 0, 0, 0,
	623, 1098, 0, 0, 1156, 0, 0, 0, 405, 0, 0, 0, 0, 1174, 0, 0,
	1338, 0, 0, 1997, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2224, 0, 0,
	0, 0, 483, 1430, 0, 447, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1153,
	0, 0, 2070, 0, 0, 0, 0, 404, 0, 567, 555, 0, 0, 0, 0, 0,
	0, 1544, 0, 48, 0, 0, 0, 317, 0, 0, 0, 1574, 5, 32, 1560, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 801, 699, 0, 0, 0, 0, 0,
	0, 0, 0, 2146, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1568, 0,
	0, 0, 0, 1468, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1382, 0,
	0, 0, 0, 0, 593, 0, 0, 1479, 0, 0, 75, 0, 0, 0, 0, 0,
	0, 0, 0, 1418, 1053, 2127, 2102, 398, 0, 1911, 0, 1554, 1860, 0, 353, 600,
	1767, 0, 0, 875, 1474, 1558, 0, 0, 0, 0, 460, 978, 1461, 1762, 95, 0,
	0, 523, 0, 0, 0, 2167, 0, 0, 407, 1075, 1126, 1510, 1407, 2093, 0, 0,
	0, 1664, 0, 0, 643, 0, 0, 0, 0, 0, 0, 1060, 0, 0, 0, 0,
	1508, 1003, 0, 0, 0, 0, 0, 1502, 994, 0, 0, 0, 855, 0, 0, 1496,
	0, 0, 0, 0, 637, 0, 0, 0, 0, 0, 0, 943, 0, 0, 0, 0,
	0, 1866, 335, 538, 1314, 0, 0, 0, 1952, 2297, 0, 0, 0, 1313, 1139, 1428,
	0, 1028, 0, 0, 1519, 1238, 2209, 0, 0, 381, 0, 0, 0, 0, 0, 0,
	0, 2293, 0, 0, 0, 0, 0, 1445, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1900, 958, 0, 0, 0, 1329, 0, 1872, 0, 0, 2084, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 509, 1385, 0, 479, 1465, 0, 0, 0, 0, 1593,
	0, 84, 2045, 0, 0, 625, 2128, 0, 0, 1295, 210, 0, 0, 0, 0, 371,
	0, 0, 0, 1210, 0, 0, 2004, 0, 223, 0, 0, 0, 0, 0, 1910, 2291,
	0, 0, 0, 0, 0, 1758, 2244, 0, 0, 1204, 0, 0, 0, 0, 0, 0,
	314, 0, 0, 0, 0, 313, 895, 0, 0, 0, 0, 0, 0, 704, 1457, 0,
	848, 0, 0, 0, 2089, 0, 985, 1894, 0, 0, 0, 0, 0, 0, 1027, 1038,
	0, 0, 0, 0, 0, 0, 920, 1154, 0, 0, 1021, 0, 1481, 675, 1548, 0,
	1663, 1223, 352, 695, 0, 1604, 2237, 112, 1489, 685, 0, 0, 0, 354, 1266, 2299,
	0, 995, 0, 0, 0, 0, 710, 0, 0, 0, 0, 0, 2049, 0, 0, 0,
	0, 1583, 572, 0, 0, 529, 0, 412, 0, 0, 0, 0, 0, 387, 0, 2052,
	0, 0, 0, 0, 0, 0, 1751, 720, 0, 0, 0, 158, 0, 0, 0, 1788,
	0, 0, 0, 0, 1277, 0, 2169, 0, 0, 0, 1167, 2215, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 227, 429, 919, 1538, 0,
	0, 0, 0, 1963, 1240, 1514, 0, 0, 0, 735, 0, 19, 1052, 2091, 0, 0,
	0, 1093, 0, 0, 0, 1780, 0, 88, 0, 0, 0, 0, 14, 0, 0, 0,
	0, 260, 1671, 0, 0, 0, 0, 0, 190, 0, 0, 0, 0, 0, 0, 0,
	0, 2001, 0, 0, 1009, 0, 379, 1497, 0, 0, 0, 0, 0, 0, 0, 0,
	116, 0, 0, 0, 0, 0, 0, 0, 0, 2036, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 748, 0, 0, 0, 0, 1480, 0, 0, 0, 0, 0,
	0, 0, 890, 1209, 0, 0, 979, 1681, 0, 0, 0, 0, 0, 1630, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 2305, 0, 0, 776, 0, 0, 1820,
	0, 0, 0, 0, 2277, 0, 0, 0, 0, 0, 0, 487, 1165, 2256, 0, 0,
	0, 0, 0, 10, 1478, 0, 0, 0, 0, 0, 0, 0, 0, 1675, 598, 1668,
	565, 2148, 233, 0, 0, 0, 0, 0, 0, 0, 2119, 0, 421, 0, 0, 0,
	0, 1173, 0, 0, 0, 865, 1623, 0, 0, 0, 0, 0, 0, 0, 1275, 0,
	2058, 0, 0, 0, 0, 0, 0, 0, 1322, 0, 1974, 0, 1641, 0, 0, 0,
	0, 0, 0, 0, 1755, 0, 0, 0, 0, 0, 1073, 1232, 168, 0, 0, 0,
	0, 0, 0, 0, 78, 0, 0, 0, 330, 0, 0, 0, 127, 403, 589, 0,
	0, 0, 0, 0, 610, 1918, 0, 0, 583, 0, 0, 493, 0, 0, 837, 0,
	0, 0, 0, 511, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 215, 0,
	771, 0, 0, 0, 0, 0, 0, 0, 114, 584, 1055, 1629, 0, 0, 0, 0,
	0, 0, 0, 350, 0, 2303, 0, 0, 0, 0, 0, 0, 0, 0, 715, 1626,
	485, 1857, 0, 2081, 2254, 0, 0, 0, 16, 1798, 0, 139, 0, 0, 1835, 0,
	0, 0, 0, 0, 0, 0, 1855, 0, 0, 0, 0, 1025, 0, 0, 0, 0,
	0, 1740, 0, 1813, 0, 0, 208, 0, 392, 1423, 0, 2245, 2140, 1398, 0, 0,
	1870, 0, 0, 0, 0, 0, 579, 0, 0, 0, 1501, 0, 0, 574, 0, 0,
	0, 0, 0, 1970, 0, 926, 0, 0, 0, 662, 0, 0, 0, 0, 1378, 0,
	0, 0, 0, 1624, 0, 0, 0, 0, 0, 2147, 1422, 1875, 0, 141, 2189, 0,
	1168, 1802, 0, 0, 0, 840, 1296, 1316, 1492, 1725, 1271, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1019, 0, 0,
	0, 0, 0, 0, 263, 0, 0, 0, 0, 0, 0, 0, 2162, 0, 0, 0,
	0, 1090, 0, 0, 0, 1471, 1542, 0, 0, 0, 0, 976, 54, 0, 0, 0,
	0, 0, 0, 972, 0, 0, 0, 0, 553, 2159, 0, 0, 1018, 0, 1148, 1350,
	1546, 733, 124, 0, 0, 1890, 1936, 0, 0, 0, 2284, 0, 1491, 0, 0, 0,
	1535, 408, 1638, 1988, 1513, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1342, 0,
	817, 0, 2298, 0, 0, 1443, 0, 0, 2255, 0, 1841, 0, 0, 0, 2150, 0,
	0, 2173, 0, 0, 362, 0, 385, 1035, 0, 410, 0, 1101, 0, 0, 539, 0,
	0, 0, 0, 2012, 0, 292, 0, 0, 0, 0, 0, 951, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 484, 1979, 0, 0, 0, 786, 0, 916, 0, 0, 0,
	0, 0, 0, 1992, 0, 0, 0, 0, 0, 0, 617, 0, 0, 0, 0, 0,
	0, 0, 1207, 0, 0, 0, 0, 0, 0, 0, 0, 1827, 0, 0, 0, 2078,
	2018, 0, 0, 0, 0, 1309, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1297, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1301, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1237, 0, 0, 0, 0, 0, 0, 1325, 0, 0, 1315, 2221,
	0, 0, 0, 2232, 0, 0, 0, 0, 0, 0, 0, 0, 981, 1645, 2304, 968,
	1889, 0, 0, 627, 0, 0, 0, 1194, 0, 2197, 0, 2225, 0, 0, 0, 0,
	0, 0, 0, 0, 1540, 0, 0, 0, 1091, 0, 0, 556, 2319, 0, 0, 0,
	0, 1606, 2144, 0, 0, 0, 0, 0, 52, 209, 1441, 812, 1515, 0, 0, 0,
	0, 0, 0, 482, 0, 0, 0, 0, 0, 0, 0, 674, 0, 0, 882, 0,
	0, 201, 0, 389, 0, 0, 0, 2134, 0, 0, 1933, 746, 0, 0, 0, 0,
	0, 0, 0, 0, 291, 0, 559, 852, 672, 1373, 318, 1527, 1869, 0, 1784, 0,
	1591, 0, 0, 0, 0, 0, 0, 0, 0, 253, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1031, 0, 0, 1572, 1580, 65, 51, 1754, 0, 0,
	2121, 0, 0, 0, 0, 0, 0, 0, 1394, 1458, 1487, 0, 0, 0, 0, 0,
	0, 376, 1115, 0, 0, 0, 0, 0, 1421, 730, 2261, 0, 0, 0, 0, 0,
	0, 121, 369, 0, 0, 0, 0, 0, 0, 2302, 0, 0, 0, 2038, 2095, 343,
	1065, 0, 570, 0, 0, 0, 0, 0, 0, 0, 524, 254, 0, 503, 0, 0,
	0, 1352, 0, 0, 0, 0, 969, 0, 669, 1236, 1830, 1822, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 607, 1259, 2320, 0, 1927, 0, 0, 0, 1736, 0,
	0, 1262, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1764, 1737, 2158,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1400, 1750, 0, 123, 0, 0,
	1937, 0, 0, 0, 0, 0, 0, 2250, 1885, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 502, 0, 0, 1734, 0, 0, 2228, 0, 517, 118, 0, 0, 753, 0,
	0, 1050, 0, 0, 0, 0, 0, 0, 0, 1524, 998, 0, 871, 0, 0, 792,
	1846, 0, 0, 0, 0, 153, 308, 2129, 0, 0, 1821, 701, 1768, 0, 0, 0,
	0, 134, 504, 1211, 1883, 122, 0, 743, 0, 0, 0, 860, 0, 0, 0, 0,
	0, 0, 0, 0, 1912, 0, 0, 1726, 1735, 0, 459, 0, 0, 2075, 0, 0,
	0, 0, 1248, 426, 2341, 898, 0, 0, 0, 0, 0, 21, 761, 0, 0, 35,
	0, 545, 0, 0, 322, 588, 0, 0, 626, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1118, 0, 0, 0, 654, 0, 384, 0, 726, 0, 0,
	0, 0, 2094, 0, 0, 0, 0, 0, 0, 0, 0, 0, 629, 679, 1603, 0,
	0, 0, 0, 0, 0, 169, 0, 0, 0, 0, 1531, 0, 0, 0, 0, 1020,
	0, 340, 0, 0, 0, 0, 0, 0, 0, 1696, 0, 0, 0, 0, 0, 0,
	0, 0, 1294, 0, 1205, 0, 0, 0, 0, 0, 1014, 1068, 0, 0, 0, 0,
	0, 0, 1665, 0, 0, 0, 0, 0, 0, 0, 0, 488, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 202, 0, 0, 461, 1074, 587, 0, 1886,
	1242, 2080, 0, 0, 2040, 0, 361, 0, 0, 0, 0, 0, 257, 0, 0, 0,
	0, 0, 0, 799, 0, 0, 1264, 0, 0, 650, 2184, 0, 0, 667, 0, 0,
	0, 0, 1253, 1567, 2217, 0, 101, 0, 0, 2280, 383, 0, 0, 0, 0, 0,
	0, 1254, 0, 0, 939, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1511,
	74, 721, 1095, 1635, 0, 0, 0, 0, 0, 816, 0, 0, 1850, 0, 0, 0,
	1439, 0, 0, 0, 0, 2160, 1326, 0, 0, 2226, 1013, 418, 1103, 1121, 1383, 0,
	0, 0, 2086, 0, 89, 1353, 0, 1452, 0, 633, 0, 0, 1662, 0, 0, 1071,
	1218, 0, 2016, 0, 0, 1059, 0, 0, 0, 431, 1377, 0, 924, 1243, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1183, 0, 0, 0, 1791, 0, 2178, 0,
	0, 0, 1257, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1180, 1677, 1756, 0, 0, 301, 1155, 1464, 1925, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1206, 17, 160, 1419, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1588, 1861, 0, 0, 0, 563, 0, 109, 557, 0,
	1349, 0, 0, 0, 2022, 0, 1929, 0, 0, 697, 0, 46, 0, 1692, 0, 221,
	283, 906, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1198, 0, 0, 1685, 0, 0, 0, 425, 712, 1512, 0,
	0, 87, 1369, 749, 0, 0, 0, 2338, 0, 1370, 1444, 0, 910, 1084, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1412, 2343, 1335, 0, 0,
	151, 1408, 2034, 0, 0, 0, 0, 0, 0, 0, 0, 980, 2112, 1495, 0, 0,
	0, 1109, 388, 1667, 0, 0, 0, 0, 0, 0, 0, 0, 0, 966, 0, 0,
	0, 2008, 0, 0, 0, 0, 0, 0, 1340, 0, 0, 996, 0, 1220, 0, 0,
	0, 0, 0, 0, 1192, 2259, 0, 0, 0, 0, 0, 1710, 486, 1162, 0, 1812,
	880, 0, 0, 0, 0, 0, 0, 1435, 0, 0, 0, 0, 0, 0, 0, 1722,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 300, 0, 0, 1622, 2332, 0,
	0, 0, 0, 0, 0, 937, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0,
	441, 766, 2010, 0, 0, 0, 830, 0, 0, 0, 0, 604, 2290, 854, 144, 2273,
	1106, 0, 0, 0, 1986, 0, 0, 0, 0, 988, 1926, 0, 0, 0, 0, 0,
	0, 0, 312, 0, 0, 0, 0, 0, 0, 1404, 0, 0, 399, 2182, 0, 2336,
	0, 0, 0, 90, 0, 0, 0, 0, 0, 0, 0, 1930, 0, 0, 0, 2092,
	0, 0, 0, 0, 0, 0, 647, 0, 454, 406, 0, 0, 0, 1063, 0, 0,
	542, 0, 0, 1957, 0, 0, 326, 1299, 0, 0, 0, 1263, 0, 0, 0, 1909,
	0, 0, 0, 0, 549, 0, 0, 696, 790, 182, 884, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 558, 0, 1288, 161, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 853, 0, 0, 1244, 0, 1552,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 872, 2241, 360,
	0, 0, 0, 0, 0, 0, 0, 0, 931, 0, 946, 1490, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 2090, 373, 2174, 0, 0, 0, 0, 0, 55, 0, 0,
	471, 474, 1556, 1682, 2257, 0, 70, 2043, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 180, 1255, 0, 0, 0, 1328, 1470, 2192,
	0, 0, 0, 0, 0, 0, 0, 0, 1674, 1817, 1169, 0, 2099, 2111, 0, 0,
	0, 0, 0, 0, 2154, 1391, 2253, 0, 0, 1364, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1249, 824, 0, 1898, 0, 0, 0, 0, 0, 867, 0, 8, 492,
	936, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1072, 953, 0, 0, 0, 0,
	27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 76, 0, 0, 0, 235,
	2318, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 39, 0, 0, 71, 284, 722, 866, 0, 0, 1646, 0, 0,
	1545, 2106, 0, 489, 0, 0, 0, 0, 0, 0, 0, 1332, 0, 0, 0, 1934,
	0, 0, 0, 0, 0, 0, 0, 1036, 0, 0, 0, 0, 0, 0, 1420, 83,
	0, 0, 0, 242, 0, 0, 0, 0, 358, 400, 0, 1270, 2213, 0, 0, 2021,
	0, 2180, 1570, 1803, 1673, 0, 0, 0, 377, 0, 0, 0, 0, 0, 0, 0,
	2103, 0, 0, 188, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 200, 206, 417, 0, 0, 0, 1809, 0, 0, 0, 561,
	2029, 1785, 0, 0, 0, 1792, 94, 605, 0, 0, 1615, 0, 0, 0, 0, 2274,
	472, 0, 2108, 0, 1140, 1953, 1976, 0, 0, 0, 0, 0, 750, 1730, 2323, 0,
	0, 280, 0, 543, 1386, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2152, 760, 1280, 2311, 193,
	2333, 505, 0, 0, 0, 0, 0, 0, 0, 774, 0, 11, 2098, 0, 0, 2317,
	0, 0, 0, 0, 0, 0, 1532, 0, 0, 1171, 6, 1221, 1498, 806, 0, 0,
	137, 0, 0, 0, 1189, 0, 0, 0, 1549, 0, 0, 0, 738, 0, 0, 0,
	0, 433, 0, 0, 0, 92, 0, 0, 0, 0, 0, 179, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1728, 0, 656, 0, 2324, 0, 0, 0, 2054, 1990,
	2265, 1854, 0, 0, 0, 0, 0, 0, 0, 1224, 0, 0, 0, 45, 957, 0,
	1657, 0, 0, 451, 0, 1213, 0, 0, 0, 1557, 1324, 1521, 1137, 2033, 0, 0,
	0, 0, 1334, 0, 0, 0, 0, 0, 0, 0, 82, 0, 0, 0, 693, 165,
	0, 0, 891, 2161, 2238, 1245, 0, 0, 1627, 0, 0, 0, 0, 0, 0, 0,
	512, 0, 0, 1530, 0, 0, 0, 0, 0, 0, 0, 0, 1840, 0, 0, 0,
	0, 0, 2195, 0, 0, 0, 0, 0, 0, 879, 2243, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1859, 0, 917, 2321, 560, 1856, 1794, 0, 0, 0,
	0, 0, 0, 1564, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1087, 1879,
	0, 0, 0, 0, 0, 0, 1228, 2234, 2219, 0, 0, 0, 0, 464, 0, 2340,
	0, 224, 0, 0, 0, 0, 0, 1935, 0, 0, 0, 0, 0, 1030, 0, 0,
	0, 1716, 0, 0, 0, 155, 0, 0, 1044, 0, 2107, 0, 0, 305, 0, 763,
	1113, 1941, 2292, 940, 91, 0, 0, 2149, 0, 0, 941, 0, 764, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2138, 1127, 264, 0, 1040, 0, 131, 0, 172,
	351, 595, 0, 0, 0, 60, 2172, 135, 757, 2296, 278, 0, 1865, 0, 0, 73,
	0, 1437, 0, 0, 1393, 0, 0, 0, 0, 0, 0, 1354, 0, 0, 0, 0,
	0, 0, 2281, 0, 0, 0, 2247, 1924, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1163, 0, 370, 1547, 0, 0, 1931, 0, 0, 0,
	0, 1202, 0, 0, 0, 0, 0, 0, 341, 0, 1617, 1795, 0, 0, 1592, 0,
	0, 0, 2067, 0, 0, 796, 0, 0, 0, 0, 0, 1388, 0, 23, 842, 1184,
	1706, 0, 0, 0, 0, 1507, 0, 909, 0, 0, 0, 449, 1687, 2201, 0, 1058,
	0, 0, 516, 1138, 1881, 0, 0, 1587, 0, 0, 0, 784, 0, 0, 0, 694,
	411, 1578, 0, 0, 932, 457, 0, 0, 0, 0, 0, 770, 1842, 0, 0, 1273,
	0, 2061, 1247, 0, 0, 0, 0, 0, 0, 1693, 0, 0, 0, 0, 566, 0,
	1993, 0, 0, 0, 0, 0, 0, 333, 0, 458, 0, 0, 0, 0, 0, 2105,
	332, 0, 0, 0, 0, 0, 0, 934, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 2295, 0, 0, 0, 0, 0, 0, 0, 0, 0, 903, 1837, 1680, 0, 0,
	0, 0, 1723, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1901, 0, 0,
	2222, 0, 0, 0, 0, 2279, 0, 0, 0, 1449, 1658, 0, 2014, 0, 568, 1284,
	0, 0, 874, 0, 0, 0, 0, 0, 0, 0, 237, 1389, 0, 0, 2165, 0,
	1683, 1896, 2082, 0, 0, 0, 0, 0, 0, 0, 863, 772, 2309, 0, 0, 0,
	0, 1080, 0, 1701, 803, 365, 0, 145, 0, 0, 0, 0, 0, 0, 0, 0,
	1230, 0, 640, 2339, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1959, 0, 0, 0, 2047, 142, 0, 0, 0, 0, 0, 0, 0,
	1688, 0, 1166, 0, 0, 0, 0, 0, 0, 1026, 0, 0, 631, 687, 0, 506,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1070, 705, 1233, 0, 0, 0, 0,
	0, 0, 0, 515, 0, 0, 954, 0, 0, 0, 0, 0, 2289, 0, 0, 2007,
	0, 0, 1618, 0, 0, 0, 0, 0, 0, 1159, 0, 0, 659, 295, 804, 0,
	0, 444, 601, 0, 0, 0, 462, 0, 0, 324, 0, 0, 315, 0, 1319, 0,
	0, 0, 0, 0, 1661, 1760, 1914, 0, 0, 0, 0, 0, 0, 0, 942, 1539,
	0, 15, 0, 0, 0, 0, 0, 0, 0, 1110, 1033, 0, 0, 1746, 0, 1980,
	0, 0, 0, 0, 0, 0, 0, 1225, 785, 0, 0, 0, 0, 0, 0, 0,
	0, 1371, 813, 0, 26, 1523, 0, 1265, 0, 0, 0, 2039, 0, 0, 0, 0,
	0, 0, 0, 0, 805, 298, 0, 0, 93, 1076, 0, 2024, 0, 0, 0, 0,
	281, 793, 287, 1083, 2307, 0, 0, 0, 0, 0, 0, 0, 0, 2050, 2136, 58,
	0, 1601, 98, 1597, 1891, 0, 0, 0, 0, 0, 0, 1227, 0, 1598, 0, 3,
	1182, 2181, 0, 0, 1888, 1472, 0, 0, 0, 0, 0, 2334, 0, 782, 0, 1499,
	1971, 0, 0, 0, 0, 0, 851, 111, 1874, 0, 0, 0, 0, 0, 1235, 0,
	915, 1955, 0, 126, 288, 0, 0, 0, 430, 1972, 0, 1884, 0, 0, 0, 0,
	0, 1958, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 731, 1814, 0, 0,
	0, 0, 0, 0, 1612, 1991, 894, 1292, 0, 0, 987, 0, 0, 0, 0, 0,
	1219, 1318, 0, 0, 1966, 0, 0, 0, 0, 1948, 0, 823, 0, 861, 641, 775,
	0, 0, 0, 0, 0, 0, 0, 1838, 0, 0, 0, 1062, 0, 0, 0, 1691,
	0, 363, 0, 0, 0, 0, 0, 2132, 0, 603, 1543, 0, 0, 0, 0, 0,
	0, 569, 2113, 0, 1832, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1847, 0, 1553, 0, 1114, 0, 0, 0, 0, 1177, 0, 0, 0, 1720, 0,
	13, 0, 0, 564, 2204, 0, 0, 0, 1916, 0, 0, 0, 0, 2335, 0, 0,
	0, 0, 0, 0, 765, 0, 0, 896, 1517, 0, 0, 0, 249, 0, 1705, 922,
	2065, 1810, 0, 0, 0, 1161, 1409, 0, 716, 0, 0, 0, 163, 0, 0, 1317,
	0, 0, 0, 571, 0, 0, 0, 1651, 0, 624, 0, 0, 0, 0, 0, 1135,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 189, 0, 0, 0, 0, 0,
	0, 737, 1086, 0, 0, 859, 0, 0, 0, 0, 325, 927, 1057, 1826, 0, 0,
	0, 1917, 2236, 0, 0, 0, 1079, 0, 0, 393, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 258, 0, 0, 893, 0,
	0, 0, 0, 0, 0, 0, 1279, 0, 1032, 0, 0, 1105, 2142, 873, 0, 0,
	0, 990, 129, 0, 0, 0, 0, 0, 0, 0, 676, 236, 0, 849, 1831, 0,
	432, 1522, 1525, 0, 0, 0, 0, 0, 0, 973, 0, 0, 0, 0, 1384, 67,
	1455, 184, 1196, 0, 0, 1536, 0, 0, 0, 0, 0, 0, 0, 0, 2264, 1201,
	0, 1048, 0, 609, 1004, 0, 0, 0, 1176, 409, 826, 1828, 0, 0, 0, 0,
	0, 0, 0, 1669, 0, 0, 0, 0, 1694, 0, 1678, 1733, 277, 0, 0, 0,
	1311, 648, 0, 0, 0, 0, 0, 1282, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1589, 0, 0, 0, 1652, 2122, 0, 2141, 0, 1981,
	0, 0, 194, 0, 0, 1584, 0, 0, 0, 0, 0, 128, 0, 798, 0, 508,
	0, 0, 0, 0, 438, 1509, 0, 0, 1659, 0, 0, 0, 0, 1967, 0, 0,
	0, 0, 0, 0, 606, 0, 0, 0, 0, 1147, 0, 0, 0, 0, 0, 22,
	0, 0, 1178, 1779, 0, 1862, 0, 0, 1776, 0, 0, 1518, 725, 933, 1387, 0,
	0, 1956, 0, 0, 0, 0, 0, 0, 1763, 1727, 0, 0, 0, 0, 130, 0,
	0, 833, 0, 0, 0, 0, 0, 2168, 0, 0, 0, 0, 638, 1289, 265, 0,
	0, 0, 0, 0, 2056, 0, 0, 0, 0, 1276, 0, 800, 964, 0, 0, 0,
	2031, 0, 0, 0, 0, 0, 1149, 1185, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 1476, 0, 0, 0, 0, 1438, 1715, 0, 2023, 0, 0, 1302, 0, 0,
	2347, 1199, 0, 0, 0, 367, 0, 0, 0, 1611, 1621, 0, 0, 756, 0, 991,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1800, 0, 302, 0, 173, 0, 0,
	240, 0, 0, 0, 0, 0, 2000, 0, 678, 719, 0, 0, 0, 0, 434, 0,
	1961, 0, 0, 1333, 0, 0, 634, 2124, 0, 119, 0, 0, 0, 1493, 1500, 2044,
	146, 2337, 1576, 0, 47, 0, 0, 0, 0, 532, 0, 0, 0, 0, 692, 1853,
	1968, 0, 0, 0, 0, 683, 1577, 0, 162, 0, 0, 0, 0, 0, 0, 0,
	0, 276, 1130, 0, 1732, 2017, 827, 0, 1099, 2027, 0, 829, 0, 0, 0, 0,
	0, 0, 0, 0, 900, 198, 0, 0, 0, 0, 1503, 1368, 1436, 2120, 0, 0,
	0, 0, 0, 0, 0, 1877, 0, 889, 0, 0, 0, 0, 0, 2083, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 652, 0, 423, 0, 0, 1902, 1724, 331, 0, 0, 0, 0, 0, 0, 1117,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1761, 0, 0, 0, 0, 0, 99, 1094, 1656, 2329, 1811, 0, 0, 0, 0,
	0, 0, 0, 1745, 0, 2109, 1281, 0, 0, 1415, 0, 636, 0, 448, 1533, 0,
	0, 0, 811, 148, 310, 271, 323, 2328, 0, 0, 0, 947, 0, 0, 0, 1341,
	0, 0, 0, 246, 306, 0, 0, 540, 494, 191, 1573, 1613, 0, 0, 0, 2,
	0, 0, 0, 1575, 0, 105, 0, 1923, 0, 0, 902, 0, 140, 0, 0, 0,
	0, 0, 345, 0, 0, 0, 0, 195, 0, 1868, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 530, 0, 0, 1904, 2035, 0, 1411, 0, 1045, 0, 0, 0,
	0, 0, 0, 0, 0, 1347, 736, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 275, 0, 0, 0, 0, 0, 0, 0, 1845, 0, 0, 0, 0, 0, 0,
	0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2171, 0, 0, 0,
	1141, 0, 0, 0, 0, 0, 0, 0, 544, 999, 0, 1363, 0, 780, 599, 1440,
	1676, 1355, 0, 0, 0, 0, 0, 1485, 0, 1686, 0, 0, 0, 989, 0, 0,
	0, 231, 0, 2251, 0, 2206, 0, 2207, 0, 143, 0, 0, 0, 0, 0, 688,
	2276, 1424, 0, 0, 0, 815, 0, 818, 0, 1, 0, 0, 0, 0, 192, 0,
	0, 0, 171, 1699, 0, 0, 0, 274, 0, 0, 0, 0, 0, 0, 0, 783,
	0, 1434, 1998, 0, 0, 0, 2064, 0, 0, 0, 0, 0, 0, 0, 0, 2327,
	1484, 0, 971, 0, 0, 0, 0, 1582, 0, 0, 0, 0, 0, 0, 0, 1777,
	0, 862, 0, 0, 0, 0, 156, 2179, 0, 0, 948, 0, 2191, 0, 0, 0,
	0, 0, 0, 2258, 0, 0, 773, 1049, 0, 1100, 0, 1287, 0, 0, 0, 0,
	0, 469, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1769, 0, 0, 252, 0,
	0, 0, 0, 0, 197, 0, 0, 594, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1770, 0, 0, 0, 0, 0, 1046, 651,
	0, 690, 2246, 795, 2288, 0, 949, 1649, 149, 0, 0, 2187, 0, 0, 1486, 1256,
	2230, 0, 0, 0, 0, 0, 0, 81, 0, 147, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2196, 262, 2271, 0, 0, 0, 34, 2114, 2185,
	0, 1639, 0, 0, 0, 0, 0, 0, 0, 0, 965, 463, 755, 0, 0, 0,
	0, 0, 0, 0, 0, 290, 0, 0, 2085, 0, 212, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1414, 0, 0, 0, 0, 0, 0, 1928, 0, 777, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 961, 1897, 2283, 0, 0, 0, 0, 2194,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 226, 0, 0,
	0, 586, 0, 0, 0, 2262, 1001, 31, 657, 2205, 0, 0, 1765, 621, 0, 0,
	289, 0, 0, 0, 0, 0, 0, 0, 2057, 0, 0, 0, 0, 1293, 1721, 0,
	0, 1829, 0, 0, 0, 0, 0, 0, 0, 2055, 0, 0, 727, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1146, 0, 0, 0, 0, 0, 0, 96, 0,
	1190, 1698, 0, 0, 0, 0, 0, 0, 239, 546, 2175, 0, 2202, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1133, 0, 0, 0,
	0, 0, 591, 0, 0, 1505, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 576, 666, 0, 0, 706, 0, 0, 0, 0, 0, 0, 857,
	0, 0, 0, 742, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1610, 0,
	0, 582, 0, 328, 0, 0, 0, 0, 0, 0, 0, 0, 1602, 0, 0, 285,
	1107, 1467, 0, 0, 1431, 0, 0, 0, 0, 0, 1713, 0, 0, 0, 241, 0,
	1188, 1609, 62, 1816, 2157, 2210, 1789, 1978, 870, 0, 478, 0, 0, 0, 0, 2051,
	106, 0, 0, 0, 0, 1298, 0, 0, 0, 551, 1488, 1742, 0, 0, 0, 1608,
	1805, 0, 1637, 2088, 661, 0, 234, 1581, 2156, 0, 1022, 0, 0, 0, 0, 0,
	1599, 1410, 2030, 57, 0, 0, 69, 368, 2266, 0, 9, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2096, 1175, 0, 0, 348, 0,
	0, 0, 0, 0, 0, 1999, 0, 0, 0, 150, 596, 1920, 2286, 0, 0, 0,
	1708, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2131, 0, 0, 0,
	0, 0, 0, 0, 154, 0, 1372, 1047, 0, 0, 0, 787, 0, 1714, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 500, 983, 0, 1290, 0, 0, 0,
	0, 0, 0, 185, 0, 0, 0, 2100, 1427, 0, 0, 0, 0, 1766, 0, 0,
	0, 1947, 0, 665, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1082, 0, 0, 0, 0, 1397, 0, 791, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	520, 2133, 0, 0, 0, 0, 316, 0, 729, 1985, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 396, 0, 0, 0, 2006, 0, 0, 0, 0, 0,
	85, 0, 0, 0, 0, 0, 0, 1995, 0, 1852, 0, 0, 0, 1380, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 660, 0, 0, 0, 1806, 0, 2193, 0,
	0, 0, 0, 0, 0, 0, 0, 646, 1300, 0, 1323, 1433, 0, 0, 0, 0,
	0, 0, 0, 1054, 0, 0, 0, 0, 0, 0, 0, 0, 649, 1023, 1520, 1804,
	0, 0, 0, 0, 0, 0, 0, 1836, 0, 613, 0, 0, 2074, 159, 0, 44,
	0, 0, 0, 0, 0, 0, 682, 1719, 0, 0, 0, 0, 175, 0, 0, 670,
	681, 1938, 1983, 1145, 0, 0, 0, 0, 1143, 838, 0, 789, 0, 2208, 0, 0,
	0, 0, 0, 0, 908, 0, 0, 0, 0, 0, 1360, 1362, 0, 0, 413, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1462, 0, 0, 0, 0, 0, 1653,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 0,
	1272, 0, 1392, 498, 0, 0, 0, 0, 1278, 0, 0, 0, 456, 0, 0, 0,
	245, 718, 0, 0, 2267, 0, 0, 0, 767, 0, 0, 0, 781, 0, 0, 0,
	394, 0, 0, 0, 0, 28, 1258, 0, 0, 347, 0, 1015, 1579, 728, 1595, 0,
	0, 7, 2053, 2282, 0, 0, 0, 0, 435, 1446, 0, 214, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 913, 372, 0, 1164,
	612, 1181, 0, 1565, 847, 0, 0, 1951, 497, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1643, 0, 0, 0, 0, 0,
	514, 1729, 1473, 0, 0, 0, 0, 1559, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1504, 2315, 0, 1361, 0, 0, 0, 0, 703, 1703, 0, 0, 1752,
	0, 1116, 268, 2285, 0, 0, 0, 0, 1017, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 888, 311, 29, 1187, 1585, 0, 2117, 2287, 1303, 0, 68, 677, 0, 0,
	0, 0, 0, 0, 0, 64, 519, 0, 0, 1707, 0, 0, 113, 0, 0, 0,
	1982, 0, 0, 0, 1516, 0, 0, 0, 0, 0, 259, 0, 0, 261, 0, 1197,
	0, 0, 0, 0, 0, 0, 1823, 0, 0, 0, 0, 0, 778, 1712, 0, 0,
	0, 0, 0, 526, 0, 0, 0, 0, 1843, 0, 0, 0, 0, 0, 1405, 1246,
	0, 357, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 950, 0, 0, 0,
	2249, 0, 0, 0, 1893, 0, 0, 0, 0, 2314, 2188, 2218, 0, 0, 0, 0,
	1416, 0, 0, 0, 0, 0, 0, 1305, 1738, 1825, 120, 416, 620, 0, 0, 0,
	0, 0, 2020, 0, 0, 0, 0, 0, 0, 203, 415, 0, 945, 0, 1964, 97,
	0, 0, 0, 1359, 0, 1700, 0, 0, 0, 0, 2155, 0, 138, 0, 0, 0,
	0, 768, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1541, 0,
	0, 615, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1399, 0, 0, 443, 0, 0,
	0, 0, 2306, 0, 0, 0, 0, 1790, 0, 0, 0, 213, 0, 711, 986, 876,
	1632, 0, 0, 0, 0, 0, 0, 0, 0, 0, 428, 1136, 1261, 0, 0, 0,
	0, 0, 2231, 0, 0, 0, 904, 0, 0, 0, 700, 0, 473, 0, 0, 0,
	0, 0, 0, 0, 1321, 247, 1772, 0, 1064, 0, 49, 751, 0, 0, 0, 0,
	2019, 0, 0, 0, 0, 533, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1039, 0, 0, 0, 1092, 1482, 36, 0, 0, 723, 0,
	0, 0, 752, 0, 0, 0, 2063, 0, 0, 0, 0, 709, 0, 0, 342, 0,
	956, 0, 59, 0, 1748, 1844, 0, 0, 0, 0, 0, 1949, 228, 0, 0, 1475,
	0, 0, 0, 1216, 0, 2211, 0, 0, 0, 0, 0, 0, 2330, 0, 0, 0,
	0, 1376, 0, 0, 0, 1892, 1650, 2183, 0, 0, 0, 0, 0, 0, 0, 1067,
	1426, 0, 0, 0, 0, 0, 0, 734, 0, 0, 2278, 0, 0, 0, 1939, 0,
	1562, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1808, 831, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1193, 0, 349, 0, 0, 0, 618, 0, 0, 0, 0,
	0, 0, 0, 1753, 0, 0, 0, 0, 42, 959, 0, 0, 0, 0, 0, 0,
	717, 2013, 0, 0, 0, 0, 0, 0, 507, 0, 0, 747, 1596, 1016, 0, 0,
	0, 0, 2177, 0, 0, 0, 541, 928, 0, 1128, 0, 585, 0, 918, 422, 590,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1747, 0, 0, 0, 930,
	0, 0, 0, 0, 2135, 0, 0, 1150, 0, 0, 0, 0, 440, 0, 0, 0,
	0, 0, 0, 0, 0, 1960, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
}
