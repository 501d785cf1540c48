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
		"last edited by",
		"last modified by",
		"last modified on",
		"last updated by",
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
	0x90000000000000,   // #1
	0x400,              // 20
	0x400,              // 20-somethings
	0x20000000,         // 3d
	0xb80000040441008,  // a
	0x100000000000000,  // abbiamo
	0x1000,             // ability
	0x80000000,         // about
	0x20000000000,      // above
	0x80000000,         // abstract
	0x400,              // academics
	0x40000000,         // academy
	0x2010,             // accelerate
	0x2010,             // accelerated
	0x2010,             // accelerateed
	0x2010,             // accelerateing
	0x2010,             // accelerates
	0x2010,             // accelerating
	0x3000,             // access
	0x2000,             // accessed
	0x2000,             // accesses
	0x1000,             // accessible
	0x2000,             // accessing
	0x2000,             // accesss
	0x400,              // accountants
	0x2000,             // achieve
	0x2000,             // achieved
	0x2000,             // achieveed
	0x2000,             // achieveing
	0x2000,             // achieves
	0x2000,             // achieving
	0x400000000000,     // acknowledgements
	0x8000000000,       // act
	0x8000000000,       // acting
	0x10000000000,      // action
	0x4000,             // actionable
	0x10000000000,      // actions
	0x8000000000,       // acts
	0x2000000000000000, // add
	0x400,              // administrators
	0x400,              // admins
	0x40000000,         // adopted
	0x20,               // adoption
	0x200,              // adult
	0x2010,             // advance
	0x2010,             // advanced
	0x2010,             // advanceed
	0x2010,             // advanceing
	0x2000002010,       // advances
	0x2000002010,       // advancing
	0x40,               // advocate
	0x40,               // advocated
	0x40,               // advocateed
	0x40,               // advocateing
	0x40,               // advocates
	0x40,               // advocating
	0x2000,             // afford
	0x1000,             // affordable
	0x2000,             // afforded
	0x2000,             // affording
	0x2000,             // affords
	0x400,              // agencies
	0x40000200,         // agency
	0x400000000000,     // agenda
	0x4000,             // agile
	0x10040000000,      // agreed
	0x1000000020004000, // ai
	0x4000,             // ai-driven
	0x4000,             // ai-powered
	0x400400010,        // aim
	0x10,               // aimed
	0x10,               // aiming
	0x400400010,        // aims
	0x1,                // al
	0x1000000000000000, // algorithm
	0x1000000000000000, // algorithms
	0x4,                // alignment
	0x840000000000080,  // all
	0x2000,             // alleviate
	0x2000,             // alleviated
	0x2000,             // alleviateed
	0x2000,             // alleviateing
	0x2000,             // alleviates
	0x2000,             // alleviating
	0x40000000,         // alliance
	0x40000,            // alternative
	0x400000000000,     // alternatives
	0x80000000000,      // altitude
	0x40000000000000,   // always
	0x800,              // am
	0x0,                // amazing
	0x80000000000000,   // america's
	0x80000000000000,   // americas
	0x880000000000000,  // an
	0x40,               // analyse
	0x40,               // analysed
	0x40,               // analyseed
	0x40,               // analyseing
	0x40,               // analyses
	0x40,               // analysing
	0x400,              // analysts
	0x40,               // analyze
	0x40,               // analyzed
	0x40,               // analyzeed
	0x40,               // analyzeing
	0x40,               // analyzes
	0x40,               // analyzing
	0x800000000800000,  // and
	0x840000000000000,  // any
	0x80,               // anybody
	0x80,               // anyone
	0x9000000000080000, // api
	0x1000000000080000, // apis
	0x10000000000,      // apologies
	0x1000000000000000, // app
	0x400000000000,     // appendix
	0x1000000000000000, // application
	0x400,              // apprentices
	0x800000,           // approach
	0x10040000000,      // approved
	0x10000000000,      // approvers
	0x3,                // approx
	0x1000000000000000, // apps
	0x400000000000,     // architecture
	0x40,               // archive
	0x40,               // archived
	0x40,               // archiveed
	0x40,               // archiveing
	0x40,               // archives
	0x40,               // archiving
	0x800000000000800,  // are
	0x400000000,        // arguably
	0x2000000000000000, // articulate
	0x20000000,         // artificial
	0x400,              // artists
	0x800002440000000,  // as
	0x200,              // aspiring
	0x40000000,         // association
	0x400000000000,     // assumptions
	0x1080000000000,    // astronaut
	0x80000000000,      // astronauts
	0x880000180000000,  // at
	0x400,              // athletes
	0x400000000,        // attempt
	0x400000000,        // attempts
	0x10000000000,      // attendees
	0x200000000000,     // attention
	0x10000000000,      // audience
	0x40,               // audit
	0x40,               // audited
	0x40,               // auditing
	0x40,               // audits
	0x40,               // auditted
	0x40,               // auditting
	0x4008000000,       // auftrag
	0x10000000000,      // author
	0x10000000400,      // authors
	0x40,               // automate
	0x40,               // automated
	0x40,               // automateed
	0x40,               // automateing
	0x40,               // automates
	0x40,               // automating
	0x2000,             // avoid
	0x2000,             // avoided
	0x2000,             // avoiding
	0x2000,             // avoids
	0x0,                // awesome
	0x200,              // b2b
	0x1000000000000000, // back
	0x1000000000000000, // back-end
	0x1000000000000000, // backend
	0x400000000000,     // background
	0x400000000000,     // backlog
	0x80000000000,      // balloon
	0x8000000000,       // based
	0x800000000000810,  // be
	0x800000000,        // beach
	0x8000000000000,    // because
	0x400010,           // become
	0x10,               // becomed
	0x10,               // becomeed
	0x10,               // becomeing
	0x400010,           // becomes
	0x400010,           // becoming
	0x800000010,        // bed
	0x10,               // beed
	0x800000000000800,  // been
	0x1000000000,       // begun
	0xc04000000000810,  // being
	0x800000,           // beliefs
	0x2000,             // belong
	0x2000,             // belonged
	0x2000,             // belonging
	0x2000,             // belongs
	0x20000000000,      // below
	0x3000,             // benefit
	0x2000,             // benefited
	0x2000,             // benefiting
	0x400000002000,     // benefits
	0x2000,             // benefitted
	0x2000,             // benefitting
	0x10,               // bes
	0x10000000004100,   // best
	0x4000,             // best-in-class
	0x10000000000000,   // best-loved
	0x1000,             // better
	0x40000,            // beyond
	0x200000000,        // big
	0x10000000000100,   // biggest
	0x800000000,        // bike
	0x40000000000000,   // billion
	0x40000000000000,   // billions
	0x10,               // bing
	0x20000000,         // binocular
	0x4000,             // bleeding
	0x4000,             // bleeding-edge
	0x200,              // blind
	0x1000000000004000, // blockchain
	0x4000,             // blockchain-enabled
	0x4000000020000000, // blurred
	0x4000000020000000, // blurry
	0x800000000,        // book
	0x800000000,        // books
	0x2000,             // boost
	0x2000,             // boosted
	0x80000000000,      // booster
	0x2000,             // boosting
	0x2000,             // boosts
	0x1000000000,       // born
	0x1000000000,       // borne
	0x1000000000,       // bought
	0x400,              // boys
	0x40000000,         // brand
	0x400,              // brands
	0x10,               // bring
	0x10,               // bringed
	0x10,               // bringing
	0x10,               // brings
	0x1000000000,       // broken
	0x1000000000,       // brought
	0x4000040,          // build
	0x40,               // builded
	0x4000040,          // building
	0x40,               // builds
	0x1000000000,       // built
	0x40,               // bundle
	0x40,               // bundled
	0x40,               // bundleed
	0x40,               // bundleing
	0x40,               // bundles
	0x40,               // bundling
	0x800000000,        // bus
	0x40000080,         // business
	0x80,               // businesses
	0x200,              // busy
	0x800000000000000,  // but
	0x400,              // buyers
	0x800008000000000,  // by
	0x3,                // ca
	0x8000000000000000, // camera
	0x8000000000000000, // cameras
	0x40,               // campaign
	0x40,               // campaigned
	0x40,               // campaigning
	0x40,               // campaigns
	0x800000000000000,  // can
	0x1000000000000,    // candidate
	0x8000000000080004, // capabilities
	0x8000000000000004, // capability
	0x2000000000000000, // capture
	0x800000000,        // car
	0x200,              // care
	0x400,              // caregivers
	0x400,              // carers
	0x400000000000000,  // carried
	0x400000000000000,  // carry
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
	0x4000000000000000, // cataract
	0x4000000000000000, // cataracts
	0x10000000000,      // categories
	0x10000000000,      // category
	0x1000000000,       // caught
	0x210000000000,     // caution
	0x2000,             // celebrate
	0x2000,             // celebrated
	0x2000,             // celebrateed
	0x2000,             // celebrateing
	0x2000,             // celebrates
	0x2000,             // celebrating
	0x40000000,         // center
	0x40000000,         // centre
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
	0x10018,            // change
	0x10,               // changed
	0x10,               // changeed
	0x10,               // changeing
	0x400000090000,     // changelog
	0x400000010010,     // changes
	0x10,               // changing
	0x1000000000000,    // character
	0x400,              // charities
	0x40000000,         // charity
	0x4008000000,       // charter
	0x1000000000000000, // chatbot
	0x1000,             // cheap
	0x1000,             // cheaper
	0x800000400,        // child
	0x800000400,        // children
	0x1000000000,       // chosen
	0x400,              // cities
	0x400,              // citizens
	0x800000000,        // city
	0x8000000000000000, // classification
	0x800000000,        // classroom
	0x40,               // clean
	0x40,               // cleaned
	0x1000,             // cleaner
	0x40,               // cleaning
	0x40,               // cleans
	0x1000000000000000, // cli
	0x80,               // client
	0x80,               // clients
	0x400,              // clinician
	0x400,              // clinicians
	0x400,              // clinics
	0x1000000000000000, // cloud
	0x40000000,         // club
	0x40000001,         // co
	0x40000000,         // co-op
	0x40,               // coach
	0x40,               // coached
	0x40,               // coaches
	0x40,               // coaching
	0x40,               // coachs
	0x40,               // code
	0x1000000000000000, // codebase
	0x40,               // coded
	0x40,               // codeed
	0x40,               // codeing
	0x40,               // codes
	0x40,               // coding
	0x40,               // collect
	0x40,               // collected
	0x40,               // collecting
	0x40000000,         // collective
	0x40,               // collects
	0x20000000,         // color
	0x20000000,         // colour
	0x2000,             // combat
	0x2000,             // combated
	0x2000,             // combating
	0x2000,             // combats
	0x2000,             // combatted
	0x2000,             // combatting
	0x40,               // combine
	0x40,               // combined
	0x40,               // combineed
	0x40,               // combineing
	0x40,               // combines
	0x40,               // combining
	0x2000000000000,    // coming
	0x80000,            // commands
	0x4,                // commitment
	0x0,                // committed
	0x480,              // communities
	0x40000080,         // community
	0x400,              // commuter
	0x400,              // commuters
	0x480,              // companies
	0x2000040000000,    // company
	0x40000,            // compared
	0x400000001000,     // competitive
	0x4,                // competitiveness
	0x400000000000,     // competitors
	0x80000,            // components
	0x20000000,         // computer
	0x1000,             // confidence
	0x80000,            // configuration
	0x2000,             // connect
	0x3000,             // connected
	0x2000,             // connecting
	0x2000,             // connects
	0x2040,             // conserve
	0x2040,             // conserved
	0x2040,             // conserveed
	0x2040,             // conserveing
	0x2040,             // conserves
	0x2040,             // conserving
	0x400000000000,     // constraints
	0x20,               // construction
	0x400,              // consumers
	0x410000000000,     // contact
	0x2000000000000,    // content
	0x400000000000,     // context
	0x40000000000000,   // continent
	0x400000000000,     // contributing
	0x400,              // contributor
	0x400,              // contributors
	0x40,               // convert
	0x40,               // converted
	0x40,               // converting
	0x40,               // converts
	0x400,              // cooks
	0x40000000,         // cooperative
	0x40004000,         // core
	0x1,                // corp
	0x40000000,         // corporate
	0x800000400000000,  // could
	0x40000000,         // council
	0x80000000000,      // countdown
	0x0,                // countless
	0x80,               // countries
	0x40000000000000,   // country
	0x1000000,          // craft
	0x1000000,          // crafting
	0x400,              // craftspeople
	0x5002040,          // create
	0x10000002040,      // created
	0x2040,             // createed
	0x2040,             // createing
	0x2040,             // creates
	0x5002040,          // creating
	0x200,              // creative
	0x400,              // creator
	0x400,              // creators
	0x400000000000,     // credits
	0x80000000000,      // crewed
	0x40,               // cultivate
	0x40,               // cultivated
	0x40,               // cultivateed
	0x40,               // cultivateing
	0x40,               // cultivates
	0x40,               // cultivating
	0x800008,           // culture
	0x40,               // curate
	0x40,               // curated
	0x40,               // curateed
	0x40,               // curateing
	0x40,               // curates
	0x40,               // curating
	0x2000,             // cure
	0x2000,             // cured
	0x2000,             // cureed
	0x2000,             // cureing
	0x2000,             // cures
	0x2000,             // curing
	0x40000000,         // current
	0x4480,             // customer
	0x4000,             // customer-centric
	0x80,               // customers
	0x2000,             // cut
	0x2000,             // cuted
	0x2000,             // cuting
	0x2000,             // cuts
	0x2000,             // cutted
	0x6000,             // cutting
	0x4000,             // cutting-edge
	0x400,              // cyclists
	0x100000000,        // da
	0x200000000000,     // danger
	0x40000000,         // das
	0x1000000000000000, // dashboard
	0x1000000000000000, // dashboards
	0x4200,             // data
	0x4000,             // data-driven
	0x1000000000000000, // database
	0x8000000000000000, // dataset
	0x8000000000000000, // datasets
	0x10000000000,      // date
	0x800000000,        // day
	0x140000000,        // de
	0x200,              // deaf
	0x20000000000000,   // dear
	0x2000,             // decide
	0x2000,             // decided
	0x2000,             // decideed
	0x2000,             // decideing
	0x2000,             // decides
	0x2000,             // deciding
	0x10000000000,      // decision
	0x10000000000,      // decisions
	0x8000000,          // declaracao
	0x8000000,          // declaracion
	0x8020000,          // declaration
	0x0,                // dedicated
	0x400000000000000,  // deferred
	0x2000000001000000, // define
	0x1000000,          // defining
	0x20000,            // definition
	0x80000,            // definitions
	0x100000000,        // degli
	0x100000000,        // dei
	0x100000000,        // del
	0x40,               // deliver
	0x400000000000,     // deliverables
	0x40,               // delivered
	0x40,               // delivering
	0x40,               // deliverred
	0x40,               // deliverring
	0x40,               // delivers
	0x100000000,        // della
	0x100000000,        // delle
	0x100000000,        // dello
	0x40000000,         // department
	0x40,               // deploy
	0x40,               // deployed
	0x40,               // deploying
	0x20,               // deployment
	0x40,               // deploys
	0x1,                // dept
	0x140000000,        // der
	0x100000000,        // des
	0x2000000000000000, // describe
	0x40000000000,      // describes
	0x20000,            // description
	0x60,               // design
	0x40,               // designed
	0x400,              // designer
	0x400,              // designers
	0x40,               // designing
	0x40,               // designs
	0x800000000,        // desk
	0x8000000000000000, // detection
	0x40,               // develop
	0x40,               // developed
	0x600,              // developer
	0x400,              // developers
	0x40,               // developing
	0x20,               // development
	0x40,               // developped
	0x40,               // developping
	0x40,               // develops
	0x1000000000000000, // device
	0x1000000000000000, // devices
	0x100000000,        // di
	0x8000000,          // dichiarazione
	0x800000000000000,  // did
	0x40000000,         // die
	0x1000008,          // difference
	0x1000000,          // differences
	0x40000,            // different
	0x4000,             // digital
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
	0x1000,             // dignity
	0x800000000,        // dinner
	0x8000000000000200, // disabled
	0x2000,             // discover
	0x2000,             // discovered
	0x2000,             // discovering
	0x2000,             // discoverred
	0x2000,             // discoverring
	0x2000,             // discovers
	0x10000000000,      // discussion
	0x4000,             // disrupt
	0x4000,             // disruptive
	0x40,               // distribute
	0x40,               // distributed
	0x40,               // distributeed
	0x40,               // distributeing
	0x40,               // distributes
	0x40,               // distributing
	0x20,               // distribution
	0x40000000,         // division
	0x800000100000000,  // do
	0x80000000000,      // docking
	0x400,              // doctor
	0x400,              // doctors
	0x2000000000000000, // document
	0x800000,           // doelen
	0x800000000000000,  // does
	0x400,              // dog
	0x2000000000000,    // dolor
	0x10000000000000,   // dominant
	0x40,               // donate
	0x40,               // donated
	0x40,               // donateed
	0x40,               // donateing
	0x40,               // donates
	0x40,               // donating
	0x1000000000,       // done
	0x400,              // donors
	0x800000000,        // door
	0x100000000,        // dos
	0x20000000,         // double
	0x3,                // dr
	0x10041000000,      // draft
	0x1000000,          // drafting
	0x1000000000,       // drawn
	0x204400000,        // dream
	0x10,               // drive
	0x10,               // drived
	0x10,               // driveed
	0x10,               // driveing
	0x1000000000,       // driven
	0x400,              // drivers
	0x10,               // drives
	0x10,               // driving
	0x100000000,        // du
	0x4000,             // dynamic
	0x800200,           // e
	0x200,              // e-commerce
	0x3,                // e.g
	0x800000000000000,  // each
	0x2000,             // earn
	0x2000,             // earned
	0x2000,             // earning
	0x2000,             // earns
	0x80000000000000,   // earth's
	0x2000,             // ease
	0x2000,             // eased
	0x2000,             // easeed
	0x2000,             // easeing
	0x2000,             // eases
	0x1000,             // easier
	0x2000,             // easing
	0x4000,             // ecosystem
	0x800000,           // ed
	0x2040,             // educate
	0x2040,             // educated
	0x2040,             // educateed
	0x2040,             // educateing
	0x2040,             // educates
	0x2040,             // educating
	0x20,               // education
	0x400,              // educators
	0x4,                // effectiveness
	0x4,                // efficiency
	0x40000000,         // el
	0x200,              // elderly
	0x80000000,         // elevator
	0x2000,             // eliminate
	0x2000,             // eliminated
	0x2000,             // eliminateed
	0x2000,             // eliminateing
	0x2000,             // eliminates
	0x2000,             // eliminating
	0x4000000000000,    // em
	0x20000000,         // embedded
	0x400,              // employees
	0x400,              // employers
	0x2010,             // empower
	0x3010,             // empowered
	0x2010,             // empowering
	0x4004,             // empowerment
	0x2010,             // empowerred
	0x2010,             // empowerring
	0x2010,             // empowers
	0x4000000800000,    // en
	0x2010,             // enable
	0x8000000000002010, // enabled
	0x2010,             // enableed
	0x2010,             // enableing
	0x2010,             // enables
	0x2010,             // enabling
	0x8000000000000000, // encoder
	0x10,               // encourage
	0x10,               // encouraged
	0x10,               // encourageed
	0x10,               // encourageing
	0x10,               // encourages
	0x10,               // encouraging
	0x6000,             // end
	0x4000,             // end-to-end
	0x400000000,        // endeavor
	0x400000000,        // endeavour
	0x2000,             // ended
	0x2000,             // ending
	0x8000000000000000, // endpoint
	0x80000,            // endpoints
	0x2000,             // ends
	0x4,                // engagement
	0x400,              // engineer
	0x40000420,         // engineering
	0x400,              // engineers
	0x2010,             // enhance
	0x2010,             // enhanced
	0x2010,             // enhanceed
	0x2010,             // enhanceing
	0x2010,             // enhances
	0x2010,             // enhancing
	0x2000,             // enjoy
	0x2000,             // enjoyed
	0x2000,             // enjoying
	0x2000,             // enjoys
	0x2000,             // enrich
	0x2000,             // enriched
	0x2000,             // enriches
	0x2000,             // enriching
	0x2000,             // enrichs
	0x10,               // ensure
	0x10,               // ensured
	0x10,               // ensureed
	0x10,               // ensureing
	0x10,               // ensures
	0x10,               // ensuring
	0x2000000000000000, // enter
	0x200,              // enterprise
	0x480,              // enterprises
	0x400,              // entrepreneurs
	0x4000000,          // envisage
	0x4400000,          // envision
	0x200400000,        // envisioned
	0x400000,           // envisions
	0x2000,             // eradicate
	0x2000,             // eradicated
	0x2000,             // eradicateed
	0x2000,             // eradicateing
	0x2000,             // eradicates
	0x2000,             // eradicating
	0x1,                // est
	0x40,               // establish
	0x40,               // established
	0x40,               // establishes
	0x40,               // establishing
	0x40,               // establishs
	0x800000,           // estrategia
	0x800000,           // et
	0x1,                // etc
	0x800000000,        // evening
	0x400000,           // eventually
	0x840000000000000,  // every
	0x40000000000080,   // everybody
	0x40000000000080,   // everyone
	0x1000000,          // example
	0x1000000,          // examples
	0x400c,             // excellence
	0x40000,            // except
	0x0,                // exceptional
	0x400,              // executives
	0x4,                // experience
	0x4,                // experiences
	0x2000000000000000, // explain
	0x40000000000,      // explains
	0x2000,             // explore
	0x2000,             // explored
	0x2000,             // exploreed
	0x2000,             // exploreing
	0x2000,             // explores
	0x2000,             // exploring
	0x80000,            // extensions
	0x0,                // extremely
	0x4000000000000000, // eye
	0x4000000000000000, // eyes
	0x4000000000000000, // eyesight
	0x0,                // facilitate
	0x0,                // facilitates
	0x0,                // facilitating
	0x400,              // faculty
	0x1000,             // fairer
	0x400000000,        // fairly
	0x1000000000,       // fallen
	0x800000400,        // families
	0x800000200,        // family
	0x200,              // family-owned
	0x400,              // fans
	0x400000000000,     // faq
	0x800000000,        // farm
	0x400,              // farmers
	0x1000,             // faster
	0x10000000000000,   // favorite
	0x10000000000000,   // favourite
	0x9000400040080000, // feature
	0x9000400000080000, // features
	0x2040,             // feed
	0x2040,             // feeded
	0x2040,             // feeding
	0x2040,             // feeds
	0x800000000,        // ferry
	0x41000,            // fewer
	0x800000000,        // field
	0x1,                // fig
	0x2000,             // fight
	0x2000,             // fighted
	0x2000,             // fighting
	0x2000,             // fights
	0x2000000000000000, // fill
	0x40000000,         // final
	0x240,              // finance
	0x40,               // financed
	0x40,               // financeed
	0x40,               // financeing
	0x40,               // finances
	0x40,               // financing
	0x2000,             // find
	0x2000,             // finded
	0x2000,             // finding
	0x2000,             // finds
	0x40000000,         // firm
	0x90000000044300,   // first
	0x10000000000000,   // first-choice
	0x4000,             // first-class
	0x200,              // first-time
	0x2000000000000,    // fixme
	0x2000,             // flourish
	0x2000,             // flourished
	0x2000,             // flourishes
	0x2000,             // flourishing
	0x2000,             // flourishs
	0x80000000000,      // flyby
	0x0,                // focused
	0x4000000000000,    // follows
	0x808020100401000,  // for
	0x10000000000000,   // foremost
	0x800000000,        // forest
	0x1000000000,       // forgotten
	0x20,               // formation
	0x10,               // foster
	0x10,               // fostered
	0x10,               // fostering
	0x10,               // fosterred
	0x10,               // fosterring
	0x10,               // fosters
	0x1000000000,       // found
	0x40000000,         // foundation
	0x400,              // founders
	0x3000,             // free
	0x2000,             // freed
	0x1000,             // freedom
	0x2000,             // freeed
	0x2000,             // freeing
	0x400,              // freelancers
	0x2000,             // frees
	0x2000,             // freing
	0x4000,             // frictionless
	0x800000000000000,  // from
	0x1000000000000200, // front
	0x1000000000000000, // front-end
	0x200,              // front-line
	0x1000000000000000, // frontend
	0x200,              // frontline
	0x1000000000,       // frozen
	0x2000002000,       // fulfil
	0x2000,             // fulfiled
	0x2000,             // fulfiling
	0x2000002000,       // fulfill
	0x2000,             // fulfilled
	0x2000,             // fulfilling
	0x2000002000,       // fulfills
	0x2000002000,       // fulfils
	0x80000,            // functionality
	0x80000,            // functions
	0x40,               // fund
	0x40,               // funded
	0x40,               // funding
	0x40,               // funds
	0x100000000,        // fur
	0x2000000000,       // furtherance
	0x2000000000,       // furthering
	0x2000000000,       // furthers
	0x2404008,          // future
	0x4000,             // future-proof
	0x4000,             // game
	0x4000,             // game-changing
	0x80000,            // gameplay
	0x400,              // gamers
	0x800000000,        // garden
	0x400,              // gardeners
	0x40,               // gather
	0x40,               // gathered
	0x40,               // gathering
	0x40,               // gatherred
	0x40,               // gatherring
	0x40,               // gathers
	0x400000000,        // generally
	0x40000000000000,   // generation
	0x40000000400000,   // generations
	0x800,              // get
	0x800,              // gets
	0x80000,            // getting
	0x400,              // girls
	0x2000000000000040, // give
	0x40,               // gived
	0x40,               // giveed
	0x40,               // giveing
	0x1000000000,       // given
	0x40,               // gives
	0x60,               // giving
	0x4000000000000000, // glasses
	0x4000000000000000, // glaucoma
	0x40000000000000,   // global
	0x400000080000,     // glossary
	0x10000000000000,   // go
	0x10000000000000,   // go-to
	0x400000800000,     // goal
	0x400000800000,     // goals
	0x20000000000000,   // good
	0x1000,             // goodwill
	0x800,              // got
	0x1,                // gov
	0x280,              // government
	0x400,              // governments
	0x8000000000000000, // gpu
	0x40,               // grant
	0x40,               // granted
	0x40,               // granting
	0x40,               // grants
	0x0,                // great
	0x1000,             // greener
	0x20000000000000,   // greetings
	0x40000000,         // group
	0x10,               // grow
	0x10,               // growed
	0x400,              // growers
	0x10,               // growing
	0x1000000000,       // grown
	0x10,               // grows
	0xc,                // growth
	0x1000000,          // guide
	0x1000000,          // guidelines
	0x40000000,         // guiding
	0x40000000,         // guild
	0x100000000000000,  // ha
	0x800000000,        // hands
	0x1000,             // happier
	0x800000000,        // harbour
	0x400000000000000,  // have
	0x400000000000000,  // haven't
	0x2000,             // heal
	0x2000,             // healed
	0x2000,             // healing
	0x2000,             // heals
	0x1000,             // health
	0x200,              // healthcare
	0x1000,             // healthier
	0x1000,             // healthy
	0x1000000000,       // heard
	0x100000000000000,  // hebben
	0x100000000000000,  // heeft
	0x400001000000000,  // held
	0x20000000000000,   // hello
	0x2010,             // help
	0x2010,             // helped
	0x2010,             // helping
	0x2010,             // helps
	0x800000000000,     // her
	0x20000000000,      // here
	0x1000000000000,    // hero
	0x1000000000000,    // heroine
	0x40000000,         // het
	0x20000000000000,   // hey
	0x20000000000000,   // hi
	0x1000000000,       // hidden
	0x0,                // high
	0x0,                // high-quality
	0x10000000000000,   // highest
	0x10000000000000,   // highest-rated
	0x0,                // highly
	0x10000000000,      // hint
	0x10000000000,      // hints
	0x800000000000,     // his
	0x400000010000,     // history
	0x400,              // hobbyists
	0x4000,             // holistic
	0x80000800000200,   // home
	0x400,              // homeowners
	0x404000000,        // hope
	0x400000000,        // hopefully
	0x800000000,        // hospital
	0x400,              // hospitals
	0x40,               // host
	0x40,               // hosted
	0x40,               // hosting
	0x40,               // hosts
	0x800000000,        // hours
	0x2040,             // house
	0x2040,             // housed
	0x2040,             // houseed
	0x400,              // household
	0x400,              // households
	0x2040,             // houseing
	0x2040,             // houses
	0x2040,             // housing
	0x800000001800000,  // how
	0x200,              // hr
	0x1080,             // human
	0x40000000000080,   // humanity
	0x80,               // humanity's
	0x80,               // humankind
	0x80,               // humans
	0x4000,             // hyper
	0x4000,             // hyper-personalized
	0x3,                // i.e
	0x2000000000000000, // identify
	0x400000000,        // if
	0x40000000,         // il
	0x8000000000000000, // image
	0x8000000000000000, // images
	0x4400000,          // imagine
	0xc,                // impact
	0x4000,             // impactful
	0x1000000,          // importance
	0x200000000000,     // important
	0x2010,             // improve
	0x2010,             // improved
	0x2010,             // improveed
	0x2010,             // improveing
	0x2010,             // improves
	0x2010,             // improving
	0x80c02a480440000,  // in
	0x1,                // inc
	0x3,                // incl
	0x2000000000000000, // include
	0x1000,             // inclusive
	0x2000,             // increase
	0x2000,             // increased
	0x2000,             // increaseed
	0x2000,             // increaseing
	0x2000,             // increases
	0x2000,             // increasing
	0x0,                // incredible
	0x1000,             // independence
	0x200,              // independent
	0x40,               // index
	0x40,               // indexed
	0x40,               // indexes
	0x40,               // indexing
	0x40,               // indexs
	0x200,              // indie
	0x80,               // individual
	0x80,               // individuals
	0x1000,             // inexpensive
	0x8000000000000000, // inference
	0x1000,             // informed
	0x40000000,         // initiative
	0x4004,             // innovation
	0x4000,             // innovative
	0x8000000000000000, // input
	0x8000000000080000, // inputs
	0x2002000000000000, // insert
	0x1000,             // insights
	0x40,               // inspect
	0x40,               // inspected
	0x40,               // inspecting
	0x40,               // inspects
	0x2010,             // inspire
	0x2010,             // inspired
	0x2010,             // inspireed
	0x2010,             // inspireing
	0x2010,             // inspires
	0x2010,             // inspiring
	0x40,               // install
	0x400000080000,     // installation
	0x40,               // installed
	0x40,               // installing
	0x40,               // installs
	0x40000,            // instead
	0x40000000,         // institute
	0x80,               // institutions
	0x40,               // integrate
	0x40,               // integrated
	0x40,               // integrateed
	0x40,               // integrateing
	0x40,               // integrates
	0x40,               // integrating
	0x1000000000000000, // integration
	0x1000000000080000, // integrations
	0x4,                // integrity
	0x400000000,        // intend
	0x1000000000000000, // interface
	0x1000000000000,    // internship
	0x800000000000100,  // into
	0x80000000,         // intro
	0x80000000,         // introduction
	0x40,               // invest
	0x40,               // invested
	0x40,               // investing
	0x400,              // investor
	0x400,              // investors
	0x40,               // invests
	0x2000000000000,    // ipsum
	0x800000000000800,  // is
	0x800000000000200,  // it
	0x800800000000000,  // its
	0x1000000000000,    // job
	0x40000000,         // joint
	0x400,              // journalists
	0x1000,             // joy
	0x1,                // jr
	0x200,              // junior
	0x2000000000002000, // keep
	0x2000,             // keeped
	0x2000,             // keeping
	0x2000,             // keeps
	0x1000000000,       // kept
	0x80000,            // key
	0x400,              // kids
	0x400000000,        // kind
	0x800000000,        // kitchen
	0x1000,             // knowledge
	0x1000000000,       // known
	0x400000000000,     // kpis
	0x300000040000000,  // la
	0x40000000,         // lab
	0x40000000,         // laboratory
	0x80000000000,      // lander
	0x400,              // landlords
	0x400000000,        // largely
	0x10000000000100,   // largest
	0x40000000,         // las
	0x10000008000,      // last
	0x800000000,        // laugh
	0x80000000040,      // launch
	0x80000000040,      // launched
	0x80000000040,      // launches
	0x40,               // launching
	0x40,               // launchs
	0x400,              // lawyers
	0x40000000,         // le
	0x10000000000000,   // leader
	0x400,              // leaders
	0x4,                // leadership
	0x10000000004100,   // leading
	0x4000,             // leading-edge
	0x20000002000,      // learn
	0x2000,             // learned
	0x400,              // learner
	0x400,              // learners
	0x2000,             // learning
	0x2000,             // learns
	0x1000000000,       // led
	0x1000000000,       // left
	0x8000000,          // leitbild
	0x40,               // lend
	0x40,               // lended
	0x40,               // lending
	0x40,               // lends
	0x8000000000000000, // lens
	0x40000000,         // les
	0x800000000001000,  // less
	0x80000,            // levels
	0x4000,             // leverage
	0x4000,             // leverages
	0x4000,             // leveraging
	0x2000,             // liberate
	0x2000,             // liberated
	0x2000,             // liberateed
	0x2000,             // liberateing
	0x2000,             // liberates
	0x2000,             // liberating
	0x400,              // libraries
	0x40000000,         // library
	0x400000000040,     // license
	0x40,               // licensed
	0x40,               // licenseed
	0x40,               // licenseing
	0x40,               // licenses
	0x40,               // licensing
	0x88,               // life
	0x80000000000,      // liftoff
	0x800000000,        // light
	0x400000000,        // likely
	0x2000000000000000, // list
	0x400,              // listeners
	0x2000,             // live
	0x2000,             // lived
	0x2000,             // liveed
	0x2000,             // liveing
	0x2088,             // lives
	0x2000,             // living
	0x1,                // llc
	0x40000000,         // lo
	0x40,               // lobbied
	0x40,               // lobbies
	0x40,               // lobby
	0x40,               // lobbyed
	0x40,               // lobbying
	0x40,               // lobbys
	0x200,              // local
	0x4000000040000000, // long
	0x4000000000000000, // long-sighted
	0x40000000,         // long-term
	0x2000000000000,    // lorem
	0x40000000,         // los
	0x1000000000,       // lost
	0x0,                // lots
	0x20001200,         // low
	0x1000,             // low-cost
	0x200,              // low-income
	0x2000,             // lower
	0x2000,             // lowered
	0x2000,             // lowering
	0x2000,             // lowerred
	0x2000,             // lowerring
	0x2000,             // lowers
	0x1000,             // lowest
	0x1,                // ltd
	0x80000000000,      // lunar
	0x1000000020000000, // machine
	0x1000000000,       // made
	0x40,               // maintain
	0x20000000040,      // maintained
	0x400,              // maintainers
	0x40,               // maintaining
	0x40,               // maintains
	0x20,               // maintenance
	0x400,              // makers
	0x400,              // managers
	0x80,               // mankind
	0x80,               // mankind's
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
	0x200,              // marginalised
	0x200,              // marginalized
	0x10000800000400,   // market
	0x400,              // marketers
	0x40,               // match
	0x40,               // matched
	0x40,               // matches
	0x40,               // matching
	0x40,               // matchs
	0x800000400000000,  // may
	0x400000000,        // maybe
	0x800000000,        // meal
	0x1000000000,       // meant
	0x40,               // measure
	0x40,               // measured
	0x40,               // measureed
	0x40,               // measureing
	0x40,               // measures
	0x40,               // measuring
	0x200,              // medium
	0x200,              // medium-sized
	0x2000,             // meet
	0x2000,             // meeted
	0x2000,             // meeting
	0x2000,             // meets
	0x400,              // member
	0x400,              // members
	0x400,              // men
	0x40,               // mentor
	0x40,               // mentored
	0x40,               // mentoring
	0x40,               // mentorred
	0x40,               // mentorring
	0x40,               // mentors
	0x400,              // merchants
	0x1000000000,       // met
	0x400000000000,     // metrics
	0x1000000000000000, // microservices
	0x200,              // mid
	0x200,              // mid-sized
	0x800000400000000,  // might
	0x800000000,        // miles
	0x400000000000,     // milestone
	0x400000000000,     // milestones
	0x400,              // millennials
	0x40000000000000,   // million
	0x40000000000000,   // millions
	0x400800000000,     // minutes
	0x8100000,          // mision
	0x8100000,          // missao
	0x8100000,          // missie
	0x8000000,          // missieverklaring
	0x802000008104000,  // mission
	0x4000,             // mission-critical
	0x8100000,          // missione
	0x8000000,          // missions
	0x1000000000000000, // mobile
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
	0x80000,            // modalities
	0x8000000000000000, // mode
	0x8000000000000000, // model
	0x8000000000080000, // models
	0x10000000000,      // modified
	0x9000000000000000, // module
	0x1000000000080000, // modules
	0x40,               // monitor
	0x40,               // monitored
	0x40,               // monitoring
	0x40,               // monitorred
	0x40,               // monitorring
	0x40,               // monitors
	0x800020400001000,  // more
	0x800000000,        // morning
	0x810000000000100,  // most
	0x400000000,        // mostly
	0x400000000000,     // motivation
	0x4000,             // move
	0x10000000000,      // moved
	0x3,                // mr
	0x3,                // mrs
	0x3,                // ms
	0x3,                // mt
	0x8000000020000000, // multimodal
	0x400,              // municipalities
	0x40000000,         // museum
	0x400,              // musicians
	0x800000000000000,  // must
	0x800040000000,     // my
	0x4000000000000000, // myopia
	0x10000000000,      // name
	0x40000000000000,   // nation
	0x40000000000080,   // nations
	0x800000200,        // neighborhood
	0x800000200,        // neighbourhood
	0x40000040,         // network
	0x40,               // networked
	0x40,               // networking
	0x40,               // networks
	0x40000000400000,   // never
	0x40000200,         // new
	0x10000,            // news
	0x400000004000,     // next
	0x4000,             // next-gen
	0x4000,             // next-generation
	0x820000000,        // night
	0x8c0000000440081,  // no
	0x40000000000080,   // nobody
	0x400000000600,     // non
	0x400000000000,     // non-goals
	0x200,              // non-profit
	0x400,              // non-profits
	0x100000000000,     // none
	0x200,              // nonprofit
	0x400,              // nonprofits
	0x200000000,        // north
	0x200000000,        // northstar
	0x800040000000,     // nos
	0x300800040000000,  // nossa
	0x800040000000,     // nossas
	0x800040000000,     // nosso
	0x800040000000,     // nossos
	0x300800040000000,  // nostra
	0x800040000000,     // nostre
	0x800040000000,     // nostri
	0x800040000000,     // nostro
	0xc04500000040000,  // not
	0x210000000000,     // note
	0x210000000000,     // notes
	0x400100000000000,  // nothing
	0x200000000000,     // notice
	0x300800040000000,  // notre
	0x100000000000000,  // nous
	0x300800040000000,  // nuestra
	0x800040000000,     // nuestras
	0x800040000000,     // nuestro
	0x800040000000,     // nuestros
	0x90000000000000,   // number
	0x10000000000000,   // number-one
	0x0,                // numerous
	0x400,              // nurse
	0x400,              // nurses
	0x2000,             // nurture
	0x2000,             // nurtured
	0x2000,             // nurtureed
	0x2000,             // nurtureing
	0x2000,             // nurtures
	0x2000,             // nurturing
	0x80000000,         // nutshell
	0x40000000,         // o
	0x800000,           // obiettivi
	0x800000,           // objectifs
	0x400000000000,     // objective
	0x400000800000,     // objectives
	0x800000,           // objetivos
	0x8000000000000000, // ocr
	0x800000100000000,  // of
	0x40,               // offer
	0x40,               // offered
	0x40,               // offering
	0x40,               // offerred
	0x40,               // offerring
	0x40,               // offers
	0x40000000,         // office
	0x400000000000,     // okr
	0x400000000000,     // okrs
	0x200,              // older
	0x4000,             // omnichannel
	0xc00020000001000,  // on
	0x80000080404000,   // one
	0x80000000,         // one-liner
	0x4000,             // one-stop
	0x4000,             // one-stop-shop
	0x200,              // online
	0x40000,            // only
	0x800040000000,     // ons
	0x300800040000000,  // onze
	0x400000000640,     // open
	0x640,              // open-source
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
	0x400,              // operators
	0x4000000000000000, // ophthalmologist
	0x4000000000000000, // ophthalmologists
	0x100c,             // opportunities
	0x100c,             // opportunity
	0x4000000000000000, // optician
	0x4000000000000000, // opticians
	0x4000,             // optimise
	0x4,                // optimization
	0x4000,             // optimize
	0x80000,            // options
	0x4000000000000000, // optometrist
	0x4000000000000000, // optometrists
	0x800000000000000,  // or
	0x80000000000,      // orbit
	0x80000000000,      // orbital
	0x80000000000,      // orbiter
	0x80000000000,      // orbits
	0x40000080,         // organisation
	0x40000000,         // organisational
	0x80,               // organisations
	0x40,               // organise
	0x40,               // organised
	0x40,               // organiseed
	0x40,               // organiseing
	0x40,               // organises
	0x40,               // organising
	0x40000080,         // organization
	0x40000000,         // organizational
	0x80,               // organizations
	0x40,               // organize
	0x40,               // organized
	0x40,               // organizeed
	0x40,               // organizeing
	0x40,               // organizes
	0x40,               // organizing
	0x40000000,         // os
	0xa00800248000000,  // our
	0x400000000000,     // out
	0x2000000000000000, // outline
	0x40000000000,      // outlines
	0x0,                // outstanding
	0x40000000,         // overall
	0x2000,             // overcome
	0x2000,             // overcomed
	0x2000,             // overcomeed
	0x2000,             // overcomeing
	0x2000,             // overcomes
	0x2000,             // overcoming
	0x80000000,         // overview
	0x800000000000040,  // own
	0x40,               // owned
	0x10000000000,      // owner
	0x10000000000,      // owners
	0x40,               // owning
	0x40,               // owns
	0x1000000000,       // paid
	0x100000000,        // para
	0x4000,             // paradigm
	0x400,              // parent
	0x400,              // parents
	0x400000000000000,  // parked
	0x80002000000000,   // part
	0x40,               // partner
	0x40,               // partnered
	0x40,               // partnering
	0x40,               // partnerred
	0x40,               // partnerring
	0x40,               // partners
	0x40000000,         // partnership
	0x4000,             // passionate
	0x40000,            // patented
	0x400,              // patient
	0x400,              // patients
	0x400,              // patients'
	0x80000000000,      // payload
	0x80000000000,      // payloads
	0x1000,             // peace
	0x80,               // people
	0x100000000,        // per
	0x1000,             // perfect
	0x4,                // performance
	0x400000000,        // perhaps
	0x20000000,         // peripheral
	0x80,               // person
	0x400000000000,     // personas
	0x80,               // persons
	0x400,              // pet
	0x400,              // pharmacies
	0x400,              // pharmacist
	0x400,              // pharmacists
	0x800000000,        // phone
	0x8000000000000000, // photo
	0x400,              // photographers
	0x8000000000000000, // photos
	0x400,              // physicians
	0x4000000,          // picture
	0x8000000000000000, // pipeline
	0x8000000000000000, // pixel
	0x8000000000000000, // pixels
	0x2000000000000,    // placeholder
	0x1000000000000,    // placement
	0x400400000000,     // plan
	0x40000000000000,   // planet
	0x400000000000,     // plans
	0x40,               // plant
	0x40,               // planted
	0x40,               // planting
	0x40,               // plants
	0x1000000040000000, // platform
	0x1000000000000,    // player
	0x400,              // players
	0x9000000000000000, // plugin
	0x9000000000080000, // plugins
	0x40,               // pool
	0x40,               // pooled
	0x40,               // pooling
	0x40,               // pools
	0x1000000000000000, // portal
	0x1000000000000,    // position
	0x400000000,        // possibly
	0x1000000000000,    // post
	0x400000000000000,  // postponed
	0x1004,             // potential
	0x400000000,        // potentially
	0x100000000,        // pour
	0x8000000000,       // powered
	0x400,              // practitioners
	0x10000000000000,   // pre
	0x10000000000000,   // pre-eminent
	0x10000000000000,   // preeminent
	0x10000000000000,   // preferred
	0x10000000004000,   // premier
	0x2000,             // prevent
	0x2000,             // prevented
	0x2000,             // preventing
	0x2000,             // prevents
	0x400000000000,     // pricing
	0x800000,           // principes
	0x800000,           // principi
	0x800000,           // principios
	0x800000,           // principles
	0x800000,           // prinzipien
	0x400000000000,     // priorities
	0x10000000000,      // priority
	0x1080000000000,    // probe
	0x400000000000,     // problem
	0x40,               // produce
	0x40,               // produced
	0x40,               // produceed
	0x40,               // produceing
	0x40,               // produces
	0x40,               // producing
	0x2010040000400,    // product
	0x1000,             // productive
	0x4,                // productivity
	0x3,                // prof
	0x200,              // professional
	0x400,              // professionals
	0x40000040,         // program
	0x40,               // programed
	0x40,               // programing
	0x40000000,         // programme
	0x40,               // programmed
	0x400,              // programmers
	0x40,               // programming
	0x40,               // programs
	0x40000000,         // project
	0x10,               // promote
	0x10,               // promoted
	0x10,               // promoteed
	0x10,               // promoteing
	0x10,               // promotes
	0x10,               // promoting
	0x40000000,         // proposed
	0x4008000000,       // proposito
	0x40000,            // proprietary
	0x2000,             // prosper
	0x2000,             // prospered
	0x2000,             // prospering
	0x1000,             // prosperity
	0x2000,             // prosperred
	0x2000,             // prosperring
	0x2000,             // prospers
	0x2000,             // protect
	0x2000,             // protected
	0x2000,             // protecting
	0x2000,             // protects
	0x2000000000000040, // provide
	0x40,               // provided
	0x40,               // provideed
	0x40,               // provideing
	0x40,               // provides
	0x40,               // providing
	0x20,               // provision
	0x20,               // provisioning
	0x280,              // public
	0x200,              // public-sector
	0x40,               // publish
	0x40,               // published
	0x400,              // publishers
	0x40,               // publishes
	0x60,               // publishing
	0x40,               // publishs
	0x802004008000000,  // purpose
	0x2000000000,       // pursue
	0x2000000000,       // pursues
	0x2000000000,       // pursuing
	0x2000000000,       // pursuit
	0x1000000000,       // put
	0x1004,             // quality
	0x80000,            // quests
	0x400000000,        // quite
	0x4008000000,       // raison
	0x400040000,        // rather
	0x80000000000,      // re
	0x80000000000,      // re-entry
	0x2000,             // reach
	0x2000,             // reached
	0x2000,             // reaches
	0x2000,             // reaching
	0x2000,             // reachs
	0x21000000000,      // read
	0x400,              // readers
	0x1000000000000000, // real
	0x1000000000000000, // real-time
	0x2000,             // realise
	0x2000,             // realised
	0x2000,             // realiseed
	0x2000,             // realiseing
	0x2000,             // realises
	0x2000,             // realising
	0x2000,             // realize
	0x2000,             // realized
	0x2000,             // realizeed
	0x2000,             // realizeing
	0x2000,             // realizes
	0x2000,             // realizing
	0x0,                // really
	0x4008000000,       // reason
	0x8000000000000000, // recognition
	0x80000000000,      // reconnaissance
	0x2000,             // recover
	0x2000,             // recovered
	0x2000,             // recovering
	0x2000,             // recoverred
	0x2000,             // recoverring
	0x2000,             // recovers
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
	0x2000,             // reduce
	0x2000,             // reduced
	0x2000,             // reduceed
	0x2000,             // reduceing
	0x2000,             // reduces
	0x2000,             // reducing
	0x80000000000,      // reentry
	0x400000000000,     // references
	0x40000000,         // refreshed
	0x200,              // regional
	0x400000000,        // relatively
	0x400000090000,     // release
	0x400000010000,     // releases
	0x2000,             // relieve
	0x2000,             // relieved
	0x2000,             // relieveed
	0x2000,             // relieveing
	0x2000,             // relieves
	0x2000,             // relieving
	0x200,              // remote
	0x2000,             // remove
	0x2000,             // removed
	0x2000,             // removeed
	0x2000,             // removeing
	0x2000,             // removes
	0x2000,             // removing
	0x40000000,         // renewed
	0x0,                // renowned
	0x400,              // renters
	0x40,               // repair
	0x40,               // repaired
	0x40,               // repairing
	0x40,               // repairs
	0x2000000000000000, // replace
	0x40000,            // replacing
	0x400000080000,     // requirements
	0x40,               // rescue
	0x40,               // rescued
	0x40,               // rescueed
	0x40,               // rescueing
	0x40,               // rescues
	0x40,               // rescuing
	0x220,              // research
	0x400,              // researcher
	0x400,              // researchers
	0x400,              // residents
	0x10000000000,      // resolved
	0x400,              // restaurants
	0x2040,             // restore
	0x2040,             // restored
	0x2040,             // restoreed
	0x2040,             // restoreing
	0x2040,             // restores
	0x2040,             // restoring
	0x8,                // results
	0x200,              // retail
	0x400,              // retailers
	0x4000000000000000, // retina
	0x400,              // retirees
	0x40,               // review
	0x10000000040,      // reviewed
	0x10000000000,      // reviewers
	0x40,               // reviewing
	0x40,               // reviews
	0x40000000,         // revised
	0x4000,             // revolutionary
	0x4010,             // revolutionise
	0x10,               // revolutionised
	0x10,               // revolutioniseed
	0x10,               // revolutioniseing
	0x10,               // revolutionises
	0x10,               // revolutionising
	0x4010,             // revolutionize
	0x10,               // revolutionized
	0x10,               // revolutionizeed
	0x10,               // revolutionizeing
	0x10,               // revolutionizes
	0x10,               // revolutionizing
	0x1000,             // richer
	0x1000000000,       // ridden
	0x400,              // riders
	0x1000,             // rights
	0x1000000000,       // risen
	0x400000000000,     // risks
	0x800000000,        // river
	0x400000000000,     // roadmap
	0x20000000,         // robot
	0x20000000,         // robotic
	0x4000,             // robust
	0x80000000000,      // rocket
	0x80000000000,      // rockets
	0x1000000000000,    // role
	0x800000000,        // roof
	0x400,              // rotarians
	0x1080000000000,    // rover
	0x1000000040,       // run
	0x40,               // runed
	0x40,               // runing
	0x40,               // runned
	0x400,              // runners
	0x40,               // running
	0x40,               // runs
	0x200,              // rural
	0x1000000000000200, // saas
	0x1000,             // safe
	0x2000,             // safeguard
	0x2000,             // safeguarded
	0x2000,             // safeguarding
	0x2000,             // safeguards
	0x1000,             // safer
	0x1000,             // safety
	0x1000000000,       // said
	0x400,              // sales
	0x1000000,          // sample
	0x1000000,          // samples
	0x1080000000000,    // satellite
	0x80000000000,      // satellites
	0x2000,             // save
	0x2000,             // saved
	0x2000,             // saveed
	0x2000,             // saveing
	0x2000,             // saves
	0x2000,             // saving
	0x4000,             // scalable
	0x400000000000,     // schedule
	0x400,              // scholars
	0x840000000,        // school
	0x400,              // schools
	0x400,              // scientist
	0x400,              // scientists
	0x400000000000,     // scope
	0x800000000,        // screen
	0x8000000000000000, // screenshot
	0x8000000000000000, // screenshots
	0x1000000000000000, // sdk
	0x4000,             // seamless
	0x4000,             // seamlessly
	0x10000000000,      // seconded
	0x2000,             // secure
	0x2000,             // secured
	0x2000,             // secureed
	0x2000,             // secureing
	0x2000,             // secures
	0x2000,             // securing
	0x30000000000,      // see
	0x400000010,        // seek
	0x10,               // seeked
	0x10,               // seeking
	0x400000010,        // seeks
	0x1000000000,       // seen
	0x8000000000000000, // segmentation
	0x40,               // sell
	0x40,               // selled
	0x400,              // sellers
	0x40,               // selling
	0x40,               // sells
	0x200,              // senior
	0x400,              // seniors
	0x9000000000000000, // sensor
	0x9000000000000000, // sensors
	0x1000000000,       // sent
	0x20000,            // sentence
	0x10,               // serve
	0x10,               // served
	0x10,               // serveed
	0x10,               // serveing
	0x2000000010,       // serves
	0x40000000,         // service
	0x10,               // serving
	0x1000000000,       // set
	0x40000000000,      // sets
	0x80000,            // settings
	0x80000,            // setup
	0x0,                // several
	0x1000000000,       // shaken
	0x800000000400000,  // shall
	0x10,               // shape
	0x10,               // shaped
	0x10,               // shapeed
	0x10,               // shapeing
	0x10,               // shapes
	0x10,               // shaping
	0x40000000,         // shared
	0x40,               // ship
	0x40,               // shiped
	0x40,               // shiping
	0x40,               // shipped
	0x40,               // shipping
	0x40,               // ships
	0x800000000,        // shop
	0x400,              // shopkeepers
	0x400,              // shoppers
	0x4000000080000000, // short
	0x4000000000000000, // short-sighted
	0x800000000000000,  // should
	0x1000000000,       // shown
	0x4000000000000000, // sight
	0x0,                // significantly
	0x1000,             // simpler
	0x2000,             // simplified
	0x2000,             // simplifies
	0x2000,             // simplify
	0x2000,             // simplifyed
	0x2000,             // simplifying
	0x2000,             // simplifys
	0x600,              // small
	0x1000,             // smarter
	0x400,              // smbs
	0x800000000,        // smile
	0x808000000000000,  // so
	0x40000080,         // society
	0x1000000000000600, // software
	0x1000000000,       // sold
	0x4000,             // solution
	0x4004,             // solutions
	0x2000,             // solve
	0x2000,             // solved
	0x2000,             // solveed
	0x2000,             // solveing
	0x2000,             // solves
	0x2000,             // solving
	0x400000,           // some
	0x400000,           // someday
	0x400000000,        // somewhat
	0x400000000,        // sort
	0x80000000000,      // sortie
	0x10000000040,      // source
	0x40,               // sourced
	0x40,               // sourceed
	0x40,               // sourceing
	0x40,               // sources
	0x40,               // sourcing
	0x1080000000000,    // spacecraft
	0x80000000000,      // spaceflight
	0x400,              // specialists
	0x2000000000000000, // specify
	0x4000000000000000, // spectacles
	0x1000000000,       // spent
	0x80000000000,      // splashdown
	0x1000000000,       // spoken
	0x80000000000,      // squadron
	0x4000000000000000, // squint
	0x1,                // sr
	0x3,                // st
	0x4,                // stakeholder
	0x10000000084,      // stakeholders
	0x800000000,        // stall
	0x400,              // stallholders
	0x40000400,         // startup
	0x400,              // startups
	0x2000000000004000, // state
	0x4000,             // state-of-the-art
	0x40000000,         // stated
	0x802000080820000,  // statement
	0x800000,           // statements
	0x410000000000,     // status
	0x2000,             // stay
	0x2000,             // stayed
	0x2000,             // staying
	0x2000,             // stays
	0x400000000000,     // steps
	0x20000000,         // stereo
	0x400000000000000,  // still
	0x1000000000,       // stolen
	0x800000,           // strategia
	0x40000000,         // strategic
	0x800000,           // strategie
	0x800000,           // strategies
	0x800000,           // strategy
	0x4000,             // streamline
	0x800000000,        // street
	0x2010,             // strengthen
	0x2010,             // strengthened
	0x2010,             // strengthening
	0x2010,             // strengthenned
	0x2010,             // strengthenning
	0x2010,             // strengthens
	0x404000010,        // strive
	0x10,               // strived
	0x10,               // striveed
	0x10,               // striveing
	0x400000010,        // strives
	0x4000010,          // striving
	0x1000,             // stronger
	0x600,              // student
	0x400,              // students
	0x40000000,         // studio
	0x400,              // subscribers
	0x0,                // substantially
	0x2000,             // succeed
	0x2000,             // succeeded
	0x2000,             // succeeding
	0x2000,             // succeeds
	0x40000000100c,     // success
	0x1000,             // suffering
	0x2000000000000000, // summarise
	0x40000000000,      // summarises
	0x2000000000000000, // summarize
	0x40000000000,      // summarizes
	0x80020000,         // summary
	0x0,                // superior
	0x8000002000000410, // support
	0x8000000000080010, // supported
	0x2000000010,       // supporting
	0x8000002000000010, // supports
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
	0x4000,             // synergies
	0x4000,             // synergistic
	0x4004,             // synergy
	0x80000000,         // synopsis
	0x400,              // sysadmins
	0x1000000000000000, // system
	0x1000000000000000, // systems
	0x800000000,        // table
	0x2000,             // tackle
	0x2000,             // tackled
	0x2000,             // tackleed
	0x2000,             // tackleing
	0x2000,             // tackles
	0x2000,             // tackling
	0x10000000000,      // tags
	0x1000000000,       // taken
	0x400000000000,     // target
	0x400000000000,     // targets
	0x8000400000000000, // tasks
	0x1000000000,       // taught
	0x2000000000000,    // tba
	0x2000000000000,    // tbc
	0x2000000000000,    // tbd
	0x40,               // teach
	0x40,               // teached
	0x400,              // teacher
	0x400,              // teachers
	0x40,               // teaches
	0x40,               // teaching
	0x40,               // teachs
	0x400040000000,     // team
	0x400,              // teams
	0x200,              // tech
	0x40000200,         // technical
	0x400,              // teenagers
	0x400,              // teens
	0x80000000000,      // telemetry
	0x80000000000,      // telescope
	0x20000000,         // television
	0x100000000000000,  // tem
	0x1000000,          // template
	0x1000000,          // templates
	0x400,              // tenants
	0x100000000000000,  // tenemos
	0x800000,           // tenets
	0x80000,            // terminology
	0x40,               // test
	0x40,               // tested
	0x400,              // testers
	0x40,               // testing
	0x40,               // tests
	0x2000000000000,    // text
	0x800000000040000,  // than
	0x8000000000,       // thanks
	0x808000000000000,  // that
	0x8800200c0441088,  // the
	0x800800000000000,  // their
	0x800000000000000,  // them
	0x800000000000000,  // then
	0x20000000,         // thermal
	0x800000000000000,  // these
	0x800000000000000,  // they
	0x800020000000000,  // this
	0x800000000000000,  // those
	0x1000004000,       // thought
	0x2000,             // thrive
	0x2000,             // thrived
	0x2000,             // thriveed
	0x2000,             // thriveing
	0x2000,             // thrives
	0x2000,             // thriving
	0x800008000000000,  // through
	0x1000000000,       // thrown
	0x100000000000000,  // tiene
	0x400000000000,     // timeline
	0x210000000000,     // tip
	0x210001000000,     // tips
	0x10080000000,      // tl;dr
	0x10080000000,      // tldr
	0xc0e400400000000,  // to
	0x400000000000,     // to-do
	0x2400000000000,    // todo
	0x8000000000000000, // tokens
	0x1000000000,       // told
	0x400008,           // tomorrow
	0x1000000000000000, // tool
	0x1000000000080000, // tools
	0x10000000004100,   // top
	0x4000,             // top-notch
	0x10000000000000,   // top-ranked
	0x10000000000000,   // top-rated
	0x1000000000,       // torn
	0x400,              // tourists
	0x2000000000,       // toward
	0x2000000000,       // towards
	0x800000000,        // town
	0x40,               // track
	0x40,               // tracked
	0x40,               // tracking
	0x40,               // tracks
	0x400,              // trader
	0x400,              // traders
	0x800000000,        // trail
	0x800000040,        // train
	0x40,               // trained
	0x60,               // training
	0x40,               // trains
	0x80000000000,      // trajectory
	0x10,               // transform
	0x4,                // transformation
	0x4000,             // transformative
	0x10,               // transformed
	0x8000000000000000, // transformer
	0x8000000000000000, // transformers
	0x10,               // transforming
	0x10,               // transforms
	0x40,               // translate
	0x40,               // translated
	0x40,               // translateed
	0x40,               // translateing
	0x40,               // translates
	0x40,               // translating
	0x400,              // travelers
	0x400,              // travellers
	0x2000,             // treat
	0x2000,             // treated
	0x2000,             // treating
	0x2000,             // treats
	0x400000000,        // tries
	0x80000,            // troubleshooting
	0x40000000,         // true
	0x0,                // truly
	0x40000000,         // trust
	0x1000,             // trustworthy
	0x400000000,        // try
	0x20000000,         // tunnel
	0x4000,             // turnkey
	0x20000000,         // tv
	0x10000000000,      // type
	0x400000,           // ultimately
	0x800000,           // und
	0x4000000000000,    // under
	0x200,              // underserved
	0x2000,             // understand
	0x2000,             // understanded
	0x1003000,          // understanding
	0x2000,             // understands
	0x1000000000,       // understood
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
	0x40000000,         // union
	0x0,                // unique
	0x40000,            // uniquely
	0x40000000,         // unit
	0x1,                // univ
	0x400,              // universities
	0x40000,            // unlike
	0x2000,             // unlock
	0x2000,             // unlocked
	0x2000,             // unlocking
	0x2000,             // unlocks
	0x4000,             // unmatched
	0x4000,             // unparalleled
	0x4000,             // unrivaled
	0x4000,             // unrivalled
	0x100800040000000,  // unser
	0x300800040000000,  // unsere
	0x800040000000,     // unserer
	0x10040000000,      // updated
	0x8000000000000000, // upload
	0x8000000000000000, // uploads
	0x200,              // urban
	0x800000000000000,  // us
	0x1000,             // usable
	0x400000080000,     // usage
	0x2000400000000000, // use
	0x1000,             // useful
	0x400000004080,     // user
	0x4000,             // user-centric
	0x80,               // users
	0x8000000000,       // using
	0x0,                // utilise
	0x0,                // utilize
	0x0,                // utilizes
	0x0,                // utilizing
	0x1000000000000,    // vacancy
	0x800000,           // valeurs
	0x800000,           // valores
	0x800000,           // valori
	0x80400c,           // value
	0x4000,             // value-added
	0x800000,           // values
	0x100000000,        // van
	0x0,                // various
	0x400,              // vendor
	0x400,              // vendors
	0x10000000000,      // version
	0x40000,            // versus
	0x0,                // very
	0x400,              // veterans
	0x8000000000,       // via
	0x1000,             // viable
	0x8000000000000000, // video
	0x400,              // viewers
	0x800000000,        // village
	0x200200000,        // visao
	0x200200000,        // visie
	0x802000200200000,  // vision
	0x4000,             // visionary
	0x200200000,        // visione
	0x200000000,        // visions
	0x3,                // viz
	0x400,              // volunteers
	0x100000000,        // von
	0x100000000,        // voor
	0x40003,            // vs
	0x200,              // vulnerable
	0x800000,           // waarden
	0x40000000000,      // walks
	0x404000000,        // want
	0x210000000000,     // warning
	0x800000000000800,  // was
	0x800000000,        // water
	0x8,                // way
	0x80000000000,      // waypoint
	0x8,                // ways
	0x800008400c00000,  // we
	0x1000000000000000, // wearable
	0x1000000000000000, // wearables
	0x8000000000000000, // webcam
	0x1000000000000000, // website
	0x20020000000000,   // welcome
	0x1000,             // well
	0x1000,             // well-being
	0x1000,             // wellbeing
	0x800000000000800,  // were
	0x800000,           // werte
	0x800000001800000,  // what
	0x11080000,         // what's
	0x800000401000000,  // when
	0x400000000,        // whenever
	0x800000401400000,  // where
	0x40000,            // whereas
	0x808000000000000,  // which
	0x800000001000000,  // who
	0x800000000000000,  // whom
	0x800000000000,     // whose
	0x800004009000000,  // why
	0x1000000000000000, // widget
	0x804000000400000,  // will
	0x6000,             // win
	0x4000,             // win-win
	0x2000,             // wined
	0x2000,             // wining
	0x2000,             // winned
	0x2000,             // winning
	0x2000,             // wins
	0x800000000,        // winter
	0x400000000,        // wish
	0x800008000000000,  // with
	0x40000,            // without
	0x400,              // women
	0x1000000000,       // won
	0x4008004800000,    // work
	0x400,              // workers
	0x400008004000200,  // working
	0x8000000000,       // works
	0x40000002004008,   // world
	0xc0000000004000,   // world's
	0x4000,             // world-class
	0x0,                // world-renowned
	0x40000000000000,   // worldwide
	0x1000000000,       // worn
	0x800000400000000,  // would
	0x1000000000,       // woven
	0x2000000001000040, // write
	0x40,               // writed
	0x40,               // writeed
	0x40,               // writeing
	0x400,              // writers
	0x40,               // writes
	0x1000040,          // writing
	0x21000000000,      // written
	0x20000000,         // x
	0x20000000,         // x-ray
	0x2000000000000,    // xxx
	0x800000,           // y
	0x400000000000000,  // yet
	0x80,               // you
	0x600,              // young
	0x2000000000000,    // your
	0x400,              // youth
	0x800000,           // ziele
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
	70,
	72,
	74,
	76,
	78,
	81,
	84,
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
	98,
	99,
	100,
	102,
	106,
	107,
	108,
	113,
	114,
	115,
	119,
	120,
	121,
	122,
	123,
	126,
	127,
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
	143,
	144,
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
	158,
	160,
	161,
	162,
	165,
	167,
	168,
	169,
	170,
	171,
	172,
	173,
	175,
	176,
	178,
	179,
	180,
	181,
	182,
	183,
	184,
	185,
	186,
	189,
	190,
	191,
	192,
	193,
	199,
	200,
	201,
	202,
	204,
	205,
	209,
	210,
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
	223,
	224,
	226,
	227,
	228,
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
	240,
	241,
	242,
	243,
	244,
	245,
	246,
	249,
	250,
	251,
	253,
	254,
	255,
	256,
	258,
	260,
	262,
	263,
	265,
	266,
	273,
	274,
	275,
	276,
	277,
	278,
	279,
	281,
	282,
	283,
	285,
	286,
	287,
	288,
	294,
	295,
	296,
	297,
	298,
	299,
	301,
	302,
	303,
	304,
	305,
	306,
	307,
	308,
	309,
	311,
	312,
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
	337,
	338,
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
	351,
	352,
	353,
	354,
	355,
	358,
	360,
	361,
	362,
	363,
	364,
	365,
	366,
	367,
	368,
	371,
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
	416,
	417,
	418,
	419,
	422,
	423,
	424,
	425,
	428,
	431,
	432,
	433,
	434,
	435,
	437,
	438,
	439,
	440,
	442,
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
	465,
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
	503,
	505,
	506,
	507,
	509,
	512,
	514,
	516,
	517,
	518,
	519,
	520,
	521,
	522,
	523,
	525,
	526,
	527,
	529,
	531,
	533,
	535,
	537,
	539,
	540,
	541,
	542,
	544,
	545,
	546,
	547,
	548,
	549,
	550,
	551,
	552,
	553,
	554,
	555,
	556,
	558,
	559,
	560,
	562,
	563,
	564,
	565,
	566,
	567,
	568,
	569,
	570,
	574,
	577,
	579,
	581,
	583,
	587,
	588,
	589,
	590,
	591,
	592,
	593,
	594,
	595,
	596,
	597,
	598,
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
	611,
	612,
	613,
	616,
	617,
	618,
	619,
	620,
	621,
	622,
	623,
	625,
	626,
	627,
	628,
	629,
	630,
	631,
	632,
	634,
	635,
	636,
	637,
	638,
	639,
	640,
	642,
	643,
	644,
	645,
	646,
	647,
	648,
	649,
	650,
	651,
	652,
	653,
	654,
	656,
	657,
	658,
	660,
	661,
	662,
	663,
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
	677,
	678,
	679,
	680,
	681,
	682,
	683,
	685,
	686,
	687,
	688,
	689,
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
	714,
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
	746,
	747,
	748,
	749,
	750,
	751,
	752,
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
	779,
	780,
	781,
	784,
	785,
	786,
	787,
	788,
	789,
	790,
	791,
	792,
	793,
	794,
	796,
	797,
	799,
	800,
	801,
	802,
	803,
	804,
	805,
	806,
	807,
	808,
	809,
	810,
	811,
	812,
	813,
	814,
	816,
	818,
	820,
	822,
	824,
	826,
	827,
	828,
	829,
	830,
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
	845,
	848,
	850,
	852,
	854,
	856,
	858,
	861,
	863,
	866,
	868,
	870,
	872,
	874,
	875,
	876,
	877,
	878,
	879,
	880,
	881,
	883,
	884,
	886,
	887,
	888,
	889,
	890,
	891,
	892,
	893,
	894,
	897,
	898,
	901,
	903,
	905,
	907,
	910,
	913,
	914,
	915,
	916,
	917,
	918,
	919,
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
	932,
	933,
	934,
	936,
	938,
	939,
	940,
	941,
	942,
	943,
	944,
	945,
	946,
	947,
	948,
	949,
	950,
	951,
	952,
	953,
	954,
	955,
	956,
	958,
	960,
	962,
	963,
	964,
	967,
	968,
	969,
	970,
	971,
	972,
	973,
	974,
	975,
	976,
	977,
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
	994,
	997,
	998,
	999,
	1000,
	1001,
	1002,
	1003,
	1004,
	1005,
	1010,
	1014,
	1016,
	1018,
	1020,
	1022,
	1023,
	1025,
	1026,
	1027,
	1028,
	1029,
	1030,
	1031,
	1032,
	1033,
	1035,
	1036,
	1037,
	1038,
	1039,
	1040,
	1041,
	1042,
	1043,
	1044,
	1045,
	1052,
	1053,
	1054,
	1055,
	1056,
	1057,
	1058,
	1059,
	1060,
	1061,
	1062,
	1063,
	1065,
	1073,
	1074,
	1075,
	1076,
	1077,
	1079,
	1080,
	1082,
	1083,
	1084,
	1086,
	1087,
	1088,
	1089,
	1091,
	1092,
	1093,
	1094,
	1095,
	1096,
	1097,
	1098,
	1099,
	1100,
	1103,
	1104,
	1105,
	1106,
	1107,
	1108,
	1110,
	1111,
	1112,
	1114,
	1116,
	1118,
	1120,
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
	1132,
	1136,
	1137,
	1139,
	1140,
	1141,
	1142,
	1143,
	1144,
	1145,
	1146,
	1147,
	1148,
	1149,
	1150,
	1151,
	1152,
	1154,
	1155,
	1156,
	1157,
	1158,
	1160,
	1161,
	1162,
	1163,
	1164,
	1165,
	1167,
	1168,
	1169,
	1170,
	1173,
	1174,
	1175,
	1177,
	1179,
	1182,
	1183,
	1184,
	1185,
	1188,
	1189,
	1190,
	1191,
	1192,
	1193,
	1194,
	1195,
	1196,
	1197,
	1198,
	1199,
	1200,
	1201,
	1202,
	1203,
	1204,
	1206,
	1207,
	1208,
	1209,
	1210,
	1212,
	1213,
	1214,
	1215,
	1217,
	1219,
	1220,
	1221,
	1222,
	1223,
	1224,
	1225,
	1226,
	1227,
	1228,
	1229,
	1230,
	1232,
	1233,
	1235,
	1237,
	1239,
	1241,
	1242,
	1244,
	1245,
	1246,
	1247,
	1248,
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
	1260,
	1261,
	1262,
	1265,
	1266,
	1270,
	1271,
	1272,
	1273,
	1274,
	1275,
	1276,
	1277,
	1278,
	1280,
	1282,
	1284,
	1285,
	1286,
	1288,
	1290,
	1292,
	1301,
	1302,
	1304,
	1306,
	1307,
	1308,
	1309,
	1310,
	1311,
	1313,
	1314,
	1318,
	1319,
	1320,
	1321,
	1323,
	1325,
	1326,
	1327,
	1328,
	1330,
	1332,
	1334,
	1336,
	1338,
	1340,
	1365,
	1366,
	1368,
	1369,
	1370,
	1371,
	1372,
	1373,
	1374,
	1375,
	1376,
	1377,
	1378,
	1379,
	1380,
	1381,
	1382,
	1383,
	1384,
	1385,
	1386,
	1387,
	1388,
	1389,
	1391,
	1392,
	1394,
	1395,
	1396,
	1398,
	1400,
	1401,
	1402,
	1403,
	1404,
	1405,
	1407,
	1409,
	1411,
	1413,
	1415,
	1417,
	1418,
	1420,
	1421,
	1422,
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
	1435,
	1436,
	1437,
	1438,
	1439,
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
	1453,
	1455,
	1457,
	1458,
	1459,
	1460,
	1461,
	1462,
	1463,
	1465,
	1466,
	1467,
	1468,
	1469,
	1471,
	1472,
	1473,
	1474,
	1475,
	1476,
	1477,
	1480,
	1481,
	1482,
	1483,
	1484,
	1485,
	1487,
	1488,
	1499,
	1500,
	1502,
	1504,
	1506,
	1507,
	1508,
	1509,
	1510,
	1511,
	1512,
	1513,
	1517,
	1518,
	1520,
	1521,
	1522,
	1523,
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
	1534,
	1536,
	1537,
	1539,
	1541,
	1543,
	1544,
	1545,
	1546,
	1547,
	1548,
	1549,
	1550,
	1551,
	1553,
	1554,
	1555,
	1556,
	1557,
	1558,
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
	1572,
	1573,
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
	1588,
	1589,
	1590,
	1591,
	1594,
	1595,
	1596,
	1597,
	1598,
	1599,
	1600,
	1601,
	1602,
	1603,
	1604,
	1605,
	1607,
	1608,
	1609,
	1611,
	1612,
	1613,
	1614,
	1615,
	1616,
	1617,
	1618,
	1619,
	1620,
	1621,
	1622,
	1623,
	1624,
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
	1638,
	1639,
	1640,
	1641,
	1642,
	1643,
	1644,
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
	1656,
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
	1667,
	1668,
	1669,
	1670,
	1671,
	1672,
	1673,
	1674,
	1675,
	1676,
	1678,
	1679,
	1680,
	1681,
	1682,
	1683,
	1684,
	1686,
	1688,
	1690,
	1692,
	1693,
	1700,
	1701,
	1703,
	1704,
	1705,
	1706,
	1707,
	1708,
	1709,
	1710,
	1711,
	1712,
	1713,
	1714,
	1715,
	1716,
	1717,
	1718,
	1719,
	1720,
	1722,
	1723,
	1725,
	1727,
	1728,
	1729,
	1730,
	1731,
	1732,
	1733,
	1738,
	1739,
	1744,
	1745,
	1746,
	1747,
	1748,
	1750,
	1752,
	1754,
	1756,
	1758,
	1759,
	1760,
	1761,
	1762,
	1764,
	1765,
	1766,
	1767,
	1769,
	1771,
	1773,
	1775,
	1776,
	1777,
	1778,
	1780,
	1782,
	1783,
	1786,
	1787,
	1788,
	1790,
	1798,
	1800,
	1804,
	1805,
	1806,
	1807,
	1808,
	1809,
	1810,
	1811,
	1812,
	1814,
	1818,
	1820,
	1822,
	1824,
	1828,
	1830,
	1832,
	1834,
	1842,
	1844,
	1846,
	1849,
	1850,
	1856,
	1857,
	1862,
	1864,
	1866,
	1868,
	1873,
	1874,
	1875,
	1876,
	1877,
	1878,
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
	1890,
	1891,
	1892,
	1894,
	1895,
	1896,
	1897,
	1898,
	1899,
	1900,
	1901,
	1902,
	1903,
	1904,
	1905,
	1909,
	1915,
	1916,
	1917,
	1918,
	1919,
	1920,
	1922,
	1926,
	1936,
	1939,
	1940,
	1941,
	1942,
	1943,
	1944,
	1945,
	1946,
	1947,
	1948,
	1949,
	1950,
	1951,
	1952,
	1953,
	1956,
	1959,
	1960,
	1961,
	1962,
	1963,
	1964,
	1965,
	1966,
	1967,
	1968,
	1969,
	1970,
	1971,
	1972,
	1974,
	1975,
	1976,
	1977,
	1978,
	1979,
	1980,
	1981,
	1982,
	1984,
	1985,
	1986,
	1987,
	1988,
	1989,
	1990,
	1991,
	1992,
	1993,
	1999,
	2000,
	2001,
	2002,
	2003,
	2004,
	2005,
	2006,
	2007,
	2008,
	2009,
	2010,
	2011,
	2013,
	2014,
	2015,
	2016,
	2017,
	2018,
	2019,
	2020,
	2022,
	2023,
	2024,
	2025,
	2027,
	2028,
	2029,
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
	2043,
	2044,
	2045,
	2046,
	2047,
	2048,
	2049,
	2050,
	2051,
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
	2066,
	2068,
	2069,
	2070,
	2071,
	2072,
	2073,
	2074,
	2076,
	2077,
	2078,
	2080,
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
	2094,
	2095,
	2096,
	2097,
	2098,
	2099,
	2100,
	2101,
	2102,
	2105,
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
	2119,
	2121,
	2122,
	2123,
	2124,
	2125,
	2126,
	2127,
	2133,
	2134,
	2135,
	2137,
	2138,
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
	2151,
	2152,
	2153,
	2154,
	2156,
	2158,
	2159,
	2161,
	2162,
	2163,
	2164,
	2165,
	2166,
	2167,
	2168,
	2169,
	2170,
	2171,
	2172,
	2173,
	2176,
	2178,
	2179,
	2180,
	2182,
	2184,
	2185,
	2186,
	2188,
	2189,
	2190,
	2191,
	2192,
	2193,
	2195,
	2196,
	2200,
	2201,
	2202,
	2203,
	2204,
	2205,
	2207,
	2208,
	2209,
	2213,
	2215,
	2216,
	2217,
	2218,
	2219,
	2220,
	2221,
	2222,
	2224,
	2225,
	2226,
	2227,
	2228,
	2229,
	2230,
	2231,
	2232,
	2233,
	2234,
	2235,
	2236,
	2237,
	2238,
	2239,
	2240,
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
	2264,
	2265,
	2266,
	2267,
	2268,
	2269,
	2270,
	2271,
	2275,
	2277,
	2278,
	2279,
	2280,
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
	2301,
	2302,
	2303,
	2304,
	2305,
	2306,
	2307,
	2309,
	2310,
	2311,
	2312,
	2313,
	2314,
	2316,
	2318,
	2320,
	2322,
	2324,
	2326,
	2327,
	2328,
	2329,
	2330,
	2331,
	2332,
	2334,
	2335,
	2336,
	2337,
	2338,
	2339,
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
	2354,
	2355,
	2356,
	2357,
	2358,
	2359,
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
	2371,
	2373,
	2374,
	2375,
	2376,
	2377,
	2378,
	2379,
	2380,
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
	2427,
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
	2445,
	2447,
	2448,
	2449,
	2450,
	2451,
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
	2465,
	2466,
	2467,
	2468,
	2469,
	2470,
	2471,
	2472,
	2473,
	2474,
	2475,
	2476,
	2477,
	2478,
	2479,
	2480,
	2481,
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
	2498,
	2499,
	2500,
	2501,
	2506,
	2508,
	2511,
	2512,
	2513,
	2515,
	2516,
	2517,
	2518,
	2519,
	2520,
	2521,
	2522,
	2523,
	2524,
	2525,
	2526,
	2528,
	2529,
	2530,
	2531,
	2532,
	2533,
	2535,
	2536,
	2537,
	2538,
	2539,
	2540,
	2541,
	2542,
	2543,
	2544,
	2545,
	2547,
	2548,
	2551,
	2552,
	2553,
	2555,
	2556,
	2558,
	2559,
	2560,
	2565,
	2566,
	2568,
	2569,
	2570,
	2571,
	2572,
	2573,
	2574,
	2577,
	2578,
	2579,
	2580,
	2581,
	2582,
	2583,
	2584,
	2585,
	2587,
	2589,
	2591,
	2593,
	2595,
	2597,
	2602,
	2603,
	2604,
	2605,
	2609,
	2612,
	2613,
	2615,
	2616,
	2617,
	2618,
	2619,
	2620,
	2621,
	2622,
	2623,
	2628,
	2629,
	2630,
	2631,
	2632,
	2633,
	2635,
	2636,
	2641,
	2644,
	2647,
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
	2661,
	2662,
	2663,
	2664,
	2665,
	2666,
	2668,
	2669,
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
	2683,
	2684,
	2686,
	2687,
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
	2699,
	2700,
	2701,
	2703,
	2704,
	2705,
	2706,
	2707,
	2708,
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
	2724,
	2725,
	2728,
	2743,
	2745,
	2746,
	2747,
	2748,
	2749,
	2750,
	2795,
	2796,
	2799,
	2800,
	2801,
	2802,
	2803,
	2804,
	2805,
	2807,
	2808,
	2810,
	2811,
	2813,
	2816,
	2818,
	2820,
	2836,
	2837,
	2839,
	2840,
	2841,
	2843,
	2844,
	2846,
	2851,
	2852,
	2853,
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
	2871,
	2872,
	2873,
	2874,
	2875,
	2876,
	2877,
	2878,
	2879,
	2880,
	2881,
	2882,
	2883,
	2884,
	2885,
	2886,
	2887,
	2888,
	2889,
	2890,
	2891,
	2892,
	2893,
	2894,
	2895,
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
	2913,
	2914,
	2915,
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
	2935,
	2936,
	2937,
	2938,
	2939,
	2940,
	2941,
	2942,
	2943,
	2946,
	2950,
	2952,
	2954,
	2955,
	2956,
	2957,
	2958,
	2959,
	2961,
	2963,
	2964,
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
	2982,
	2983,
	2984,
	2985,
	2986,
	2987,
	2988,
	2989,
	2990,
	2991,
	2992,
	2993,
	2994,
	2995,
	2996,
	2997,
	2999,
	3001,
	3007,
	3008,
	3010,
	3011,
	3013,
	3014,
	3015,
	3016,
	3019,
	3020,
	3021,
	3022,
	3025,
	3027,
	3029,
	3030,
	3031,
	3032,
	3033,
	3042,
	3043,
	3044,
	3045,
	3046,
	3048,
	3049,
	3050,
	3051,
	3053,
	3054,
	3061,
	3070,
	3073,
	3074,
	3090,
	3091,
	3093,
	3095,
	3096,
	3097,
	3118,
	3119,
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
	3136,
	3137,
	3138,
	3139,
	3147,
	3148,
	3156,
	3158,
	3163,
	3166,
	3167,
	3168,
	3169,
	3170,
	3172,
	3173,
	3176,
	3177,
	3178,
	3179,
	3180,
	3181,
	3183,
	3185,
	3186,
	3187,
	3188,
	3189,
	3190,
	3191,
	3193,
	3195,
	3196,
	3197,
}

// tablePhrases are the entries under each of tableWords, by list, each list's longest first.
var tablePhrases = [...]phrase{
	{52, ""},                   // #1
	{55, ""},                   // #1
	{10, "somethings"},         // 20
	{10, ""},                   // 20-somethings
	{29, ""},                   // 3d
	{3, "future"},              // a
	{12, "difference to"},      // a
	{12, "difference for"},     // a
	{18, "fraction of"},        // a
	{22, "world in which"},     // a
	{22, "future in which"},    // a
	{22, "world where"},        // a
	{22, "world with"},         // a
	{22, "world without"},      // a
	{22, "future where"},       // a
	{22, "future with"},        // a
	{30, ""},                   // a
	{55, ""},                   // a
	{56, "nossa missao e"},     // a
	{56, "pour mission"},       // a
	{57, "nossa visao e"},      // a
	{59, ""},                   // a
	{65, "number of"},          // a
	{65, "lot of"},             // a
	{56, "la missione di"},     // abbiamo
	{12, ""},                   // ability
	{31, ""},                   // about
	{41, ""},                   // above
	{31, ""},                   // abstract
	{10, ""},                   // academics
	{30, ""},                   // academy
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
	{46, ""},                   // acknowledgements
	{39, "as"},                 // act
	{39, "as"},                 // acting
	{40, ""},                   // action
	{14, "insights"},           // actionable
	{40, ""},                   // actions
	{39, "as"},                 // acts
	{61, ""},                   // add
	{10, ""},                   // administrators
	{10, ""},                   // admins
	{30, ""},                   // adopted
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
	{37, ""},                   // advances
	{4, ""},                    // advancing
	{13, ""},                   // advancing
	{37, ""},                   // advancing
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
	{30, ""},                   // agency
	{46, ""},                   // agenda
	{14, ""},                   // agile
	{30, ""},                   // agreed
	{40, ""},                   // agreed
	{14, "powered"},            // ai
	{14, "driven"},             // ai
	{29, ""},                   // ai
	{60, ""},                   // ai
	{14, ""},                   // ai-driven
	{14, ""},                   // ai-powered
	{4, ""},                    // aim
	{22, "to be"},              // aim
	{34, "to"},                 // aim
	{34, "for"},                // aim
	{64, "to"},                 // aim
	{4, ""},                    // aimed
	{4, ""},                    // aiming
	{4, ""},                    // aims
	{22, "to be"},              // aims
	{34, "to"},                 // aims
	{34, "for"},                // aims
	{0, ""},                    // al
	{60, ""},                   // algorithm
	{60, ""},                   // algorithms
	{2, ""},                    // alignment
	{7, ""},                    // all
	{54, ""},                   // all
	{59, ""},                   // all
	{13, ""},                   // alleviate
	{13, ""},                   // alleviated
	{13, ""},                   // alleviateed
	{13, ""},                   // alleviateing
	{13, ""},                   // alleviates
	{13, ""},                   // alleviating
	{30, ""},                   // alliance
	{18, "to"},                 // alternative
	{46, ""},                   // alternatives
	{43, ""},                   // altitude
	{54, ""},                   // always
	{11, ""},                   // am
	{65, ""},                   // amazing
	{55, ""},                   // america's
	{55, ""},                   // americas
	{55, ""},                   // an
	{59, ""},                   // an
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
	{23, ""},                   // and
	{59, ""},                   // and
	{54, ""},                   // any
	{59, ""},                   // any
	{7, ""},                    // anybody
	{7, ""},                    // anyone
	{19, ""},                   // api
	{60, ""},                   // api
	{63, ""},                   // api
	{19, ""},                   // apis
	{60, ""},                   // apis
	{40, ""},                   // apologies
	{60, ""},                   // app
	{46, ""},                   // appendix
	{60, ""},                   // application
	{10, ""},                   // apprentices
	{23, ""},                   // approach
	{30, ""},                   // approved
	{40, ""},                   // approved
	{40, ""},                   // approvers
	{0, ""},                    // approx
	{1, ""},                    // approx
	{60, ""},                   // apps
	{46, ""},                   // architecture
	{6, ""},                    // archive
	{6, ""},                    // archived
	{6, ""},                    // archiveed
	{6, ""},                    // archiveing
	{6, ""},                    // archives
	{6, ""},                    // archiving
	{11, "being"},              // are
	{11, ""},                   // are
	{59, ""},                   // are
	{34, ""},                   // arguably
	{61, ""},                   // articulate
	{29, ""},                   // artificial
	{10, ""},                   // artists
	{30, ""},                   // as
	{34, "much as possible"},   // as
	{34, "far as possible"},    // as
	{34, "appropriate"},        // as
	{37, "part of"},            // as
	{59, ""},                   // as
	{9, ""},                    // aspiring
	{30, ""},                   // association
	{46, ""},                   // assumptions
	{43, ""},                   // astronaut
	{48, ""},                   // astronaut
	{43, ""},                   // astronauts
	{31, "a glance"},           // at
	{32, ""},                   // at
	{55, ""},                   // at
	{59, ""},                   // at
	{10, ""},                   // athletes
	{34, "to"},                 // attempt
	{34, "to"},                 // attempts
	{40, ""},                   // attendees
	{45, ""},                   // attention
	{40, ""},                   // audience
	{6, ""},                    // audit
	{6, ""},                    // audited
	{6, ""},                    // auditing
	{6, ""},                    // audits
	{6, ""},                    // auditted
	{6, ""},                    // auditting
	{27, ""},                   // auftrag
	{38, ""},                   // auftrag
	{40, ""},                   // author
	{10, ""},                   // authors
	{40, ""},                   // authors
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
	{65, ""},                   // awesome
	{9, ""},                    // b2b
	{60, "end"},                // back
	{60, "end"},                // back
	{60, ""},                   // back-end
	{60, ""},                   // backend
	{46, ""},                   // background
	{46, ""},                   // backlog
	{43, ""},                   // balloon
	{39, "on"},                 // based
	{4, ""},                    // be
	{11, ""},                   // be
	{59, ""},                   // be
	{35, ""},                   // beach
	{51, ""},                   // because
	{4, ""},                    // become
	{22, ""},                   // become
	{4, ""},                    // becomed
	{4, ""},                    // becomeed
	{4, ""},                    // becomeing
	{4, ""},                    // becomes
	{22, ""},                   // becomes
	{4, ""},                    // becoming
	{22, ""},                   // becoming
	{4, ""},                    // bed
	{35, ""},                   // bed
	{4, ""},                    // beed
	{11, ""},                   // been
	{59, ""},                   // been
	{36, ""},                   // begun
	{4, ""},                    // being
	{11, ""},                   // being
	{50, "edited"},             // being
	{50, "written"},            // being
	{50, "revised"},            // being
	{58, "drafted"},            // being
	{59, ""},                   // being
	{23, ""},                   // beliefs
	{13, ""},                   // belong
	{13, ""},                   // belonged
	{13, ""},                   // belonging
	{13, ""},                   // belongs
	{41, ""},                   // below
	{12, ""},                   // benefit
	{13, ""},                   // benefit
	{13, ""},                   // benefited
	{13, ""},                   // benefiting
	{13, ""},                   // benefits
	{46, ""},                   // benefits
	{13, ""},                   // benefitted
	{13, ""},                   // benefitting
	{4, ""},                    // bes
	{8, ""},                    // best
	{14, "in class"},           // best
	{14, "practices"},          // best
	{52, "loved"},              // best
	{52, ""},                   // best
	{65, ""},                   // best
	{14, ""},                   // best-in-class
	{52, ""},                   // best-loved
	{12, ""},                   // better
	{18, ""},                   // beyond
	{33, "picture"},            // big
	{8, ""},                    // biggest
	{52, ""},                   // biggest
	{35, ""},                   // bike
	{54, ""},                   // billion
	{54, ""},                   // billions
	{4, ""},                    // bing
	{29, ""},                   // binocular
	{14, "edge"},               // bleeding
	{14, ""},                   // bleeding-edge
	{9, ""},                    // blind
	{14, "enabled"},            // blockchain
	{60, ""},                   // blockchain
	{14, ""},                   // blockchain-enabled
	{29, ""},                   // blurred
	{62, ""},                   // blurred
	{29, ""},                   // blurry
	{62, ""},                   // blurry
	{35, ""},                   // book
	{35, ""},                   // books
	{13, ""},                   // boost
	{13, ""},                   // boosted
	{43, ""},                   // booster
	{13, ""},                   // boosting
	{13, ""},                   // boosts
	{36, ""},                   // born
	{36, ""},                   // borne
	{36, ""},                   // bought
	{10, ""},                   // boys
	{30, ""},                   // brand
	{10, ""},                   // brands
	{4, ""},                    // bring
	{4, ""},                    // bringed
	{4, ""},                    // bringing
	{4, ""},                    // brings
	{36, ""},                   // broken
	{36, ""},                   // brought
	{6, ""},                    // build
	{26, ""},                   // build
	{6, ""},                    // builded
	{6, ""},                    // building
	{26, ""},                   // building
	{6, ""},                    // builds
	{36, ""},                   // built
	{6, ""},                    // bundle
	{6, ""},                    // bundled
	{6, ""},                    // bundleed
	{6, ""},                    // bundleing
	{6, ""},                    // bundles
	{6, ""},                    // bundling
	{35, ""},                   // bus
	{7, ""},                    // business
	{30, ""},                   // business
	{7, ""},                    // businesses
	{9, ""},                    // busy
	{59, ""},                   // but
	{10, ""},                   // buyers
	{39, "means of"},           // by
	{39, ""},                   // by
	{59, ""},                   // by
	{0, ""},                    // ca
	{1, ""},                    // ca
	{63, ""},                   // camera
	{63, ""},                   // cameras
	{6, ""},                    // campaign
	{6, ""},                    // campaigned
	{6, ""},                    // campaigning
	{6, ""},                    // campaigns
	{59, ""},                   // can
	{48, ""},                   // candidate
	{2, ""},                    // capabilities
	{19, ""},                   // capabilities
	{63, ""},                   // capabilities
	{2, ""},                    // capability
	{63, ""},                   // capability
	{61, ""},                   // capture
	{35, ""},                   // car
	{9, ""},                    // care
	{10, ""},                   // caregivers
	{10, ""},                   // carers
	{58, "over to"},            // carried
	{58, "over to"},            // carry
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
	{62, ""},                   // cataract
	{62, ""},                   // cataracts
	{40, ""},                   // categories
	{40, ""},                   // category
	{36, ""},                   // caught
	{40, ""},                   // caution
	{45, ""},                   // caution
	{13, ""},                   // celebrate
	{13, ""},                   // celebrated
	{13, ""},                   // celebrateed
	{13, ""},                   // celebrateing
	{13, ""},                   // celebrates
	{13, ""},                   // celebrating
	{30, ""},                   // center
	{30, ""},                   // centre
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
	{16, "log"},                // change
	{4, ""},                    // changed
	{4, ""},                    // changeed
	{4, ""},                    // changeing
	{16, ""},                   // changelog
	{19, ""},                   // changelog
	{46, ""},                   // changelog
	{4, ""},                    // changes
	{16, ""},                   // changes
	{46, ""},                   // changes
	{4, ""},                    // changing
	{48, ""},                   // character
	{10, ""},                   // charities
	{30, ""},                   // charity
	{27, ""},                   // charter
	{38, ""},                   // charter
	{60, ""},                   // chatbot
	{12, ""},                   // cheap
	{12, ""},                   // cheaper
	{10, ""},                   // child
	{35, ""},                   // child
	{10, ""},                   // children
	{35, ""},                   // children
	{36, ""},                   // chosen
	{10, ""},                   // cities
	{10, ""},                   // citizens
	{35, ""},                   // city
	{63, ""},                   // classification
	{35, ""},                   // classroom
	{6, ""},                    // clean
	{6, ""},                    // cleaned
	{12, ""},                   // cleaner
	{6, ""},                    // cleaning
	{6, ""},                    // cleans
	{60, ""},                   // cli
	{7, ""},                    // client
	{7, ""},                    // clients
	{10, ""},                   // clinician
	{10, ""},                   // clinicians
	{10, ""},                   // clinics
	{60, ""},                   // cloud
	{30, ""},                   // club
	{0, ""},                    // co
	{30, "op"},                 // co
	{30, ""},                   // co-op
	{6, ""},                    // coach
	{6, ""},                    // coached
	{6, ""},                    // coaches
	{6, ""},                    // coaching
	{6, ""},                    // coachs
	{6, ""},                    // code
	{60, ""},                   // codebase
	{6, ""},                    // coded
	{6, ""},                    // codeed
	{6, ""},                    // codeing
	{6, ""},                    // codes
	{6, ""},                    // coding
	{6, ""},                    // collect
	{6, ""},                    // collected
	{6, ""},                    // collecting
	{30, ""},                   // collective
	{6, ""},                    // collects
	{29, ""},                   // color
	{29, ""},                   // colour
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
	{49, "soon"},               // coming
	{19, ""},                   // commands
	{2, ""},                    // commitment
	{64, "to"},                 // committed
	{7, ""},                    // communities
	{10, "of"},                 // communities
	{7, ""},                    // community
	{30, ""},                   // community
	{10, ""},                   // commuter
	{10, ""},                   // commuters
	{7, ""},                    // companies
	{10, "that"},               // companies
	{30, ""},                   // company
	{49, "name"},               // company
	{49, "x"},                  // company
	{18, "to"},                 // compared
	{18, "with"},               // compared
	{12, ""},                   // competitive
	{46, "landscape"},          // competitive
	{2, ""},                    // competitiveness
	{46, ""},                   // competitors
	{19, ""},                   // components
	{29, ""},                   // computer
	{12, ""},                   // confidence
	{19, ""},                   // configuration
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
	{46, ""},                   // constraints
	{5, ""},                    // construction
	{10, ""},                   // consumers
	{40, ""},                   // contact
	{46, ""},                   // contact
	{49, "goes here"},          // content
	{46, ""},                   // context
	{54, ""},                   // continent
	{46, ""},                   // contributing
	{10, ""},                   // contributor
	{10, ""},                   // contributors
	{6, ""},                    // convert
	{6, ""},                    // converted
	{6, ""},                    // converting
	{6, ""},                    // converts
	{10, ""},                   // cooks
	{30, ""},                   // cooperative
	{14, "competencies"},       // core
	{30, ""},                   // core
	{0, ""},                    // corp
	{30, ""},                   // corporate
	{34, ""},                   // could
	{59, ""},                   // could
	{30, ""},                   // council
	{43, ""},                   // countdown
	{65, ""},                   // countless
	{7, ""},                    // countries
	{54, ""},                   // country
	{24, ""},                   // craft
	{24, ""},                   // crafting
	{10, ""},                   // craftspeople
	{6, ""},                    // create
	{13, "value"},              // create
	{24, ""},                   // create
	{26, ""},                   // create
	{6, ""},                    // created
	{13, "value"},              // created
	{40, ""},                   // created
	{6, ""},                    // createed
	{13, "value"},              // createed
	{6, ""},                    // createing
	{13, "value"},              // createing
	{6, ""},                    // creates
	{13, "value"},              // creates
	{6, ""},                    // creating
	{13, "value"},              // creating
	{24, ""},                   // creating
	{26, ""},                   // creating
	{9, ""},                    // creative
	{10, ""},                   // creator
	{10, ""},                   // creators
	{46, ""},                   // credits
	{43, ""},                   // crewed
	{6, ""},                    // cultivate
	{6, ""},                    // cultivated
	{6, ""},                    // cultivateed
	{6, ""},                    // cultivateing
	{6, ""},                    // cultivates
	{6, ""},                    // cultivating
	{3, ""},                    // culture
	{23, ""},                   // culture
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
	{30, ""},                   // current
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
	{32, ""},                   // da
	{45, ""},                   // danger
	{30, ""},                   // das
	{60, ""},                   // dashboard
	{60, ""},                   // dashboards
	{9, ""},                    // data
	{14, "driven"},             // data
	{14, ""},                   // data-driven
	{60, ""},                   // database
	{63, ""},                   // dataset
	{63, ""},                   // datasets
	{40, ""},                   // date
	{35, ""},                   // day
	{30, ""},                   // de
	{32, ""},                   // de
	{9, ""},                    // deaf
	{53, ""},                   // dear
	{13, ""},                   // decide
	{13, ""},                   // decided
	{13, ""},                   // decideed
	{13, ""},                   // decideing
	{13, ""},                   // decides
	{13, ""},                   // deciding
	{40, ""},                   // decision
	{40, ""},                   // decisions
	{27, "de missao"},          // declaracao
	{27, "de mision"},          // declaracion
	{17, ""},                   // declaration
	{27, "de mission"},         // declaration
	{64, "to"},                 // dedicated
	{58, ""},                   // deferred
	{24, ""},                   // define
	{61, ""},                   // define
	{24, ""},                   // defining
	{17, ""},                   // definition
	{19, ""},                   // definitions
	{32, ""},                   // degli
	{32, ""},                   // dei
	{32, ""},                   // del
	{6, ""},                    // deliver
	{46, ""},                   // deliverables
	{6, ""},                    // delivered
	{6, ""},                    // delivering
	{6, ""},                    // deliverred
	{6, ""},                    // deliverring
	{6, ""},                    // delivers
	{32, ""},                   // della
	{32, ""},                   // delle
	{32, ""},                   // dello
	{30, ""},                   // department
	{6, ""},                    // deploy
	{6, ""},                    // deployed
	{6, ""},                    // deploying
	{5, ""},                    // deployment
	{6, ""},                    // deploys
	{0, ""},                    // dept
	{30, ""},                   // der
	{32, ""},                   // der
	{32, ""},                   // des
	{61, ""},                   // describe
	{42, ""},                   // describes
	{17, ""},                   // description
	{5, ""},                    // design
	{6, ""},                    // design
	{6, ""},                    // designed
	{10, ""},                   // designer
	{10, ""},                   // designers
	{6, ""},                    // designing
	{6, ""},                    // designs
	{35, ""},                   // desk
	{63, ""},                   // detection
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
	{60, ""},                   // device
	{60, ""},                   // devices
	{32, ""},                   // di
	{27, "di missione"},        // dichiarazione
	{59, ""},                   // did
	{30, ""},                   // die
	{3, ""},                    // difference
	{24, "between"},            // difference
	{24, "between"},            // differences
	{18, "from"},               // different
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
	{35, ""},                   // dinner
	{9, ""},                    // disabled
	{63, ""},                   // disabled
	{13, ""},                   // discover
	{13, ""},                   // discovered
	{13, ""},                   // discovering
	{13, ""},                   // discoverred
	{13, ""},                   // discoverring
	{13, ""},                   // discovers
	{40, ""},                   // discussion
	{14, ""},                   // disrupt
	{14, ""},                   // disruptive
	{6, ""},                    // distribute
	{6, ""},                    // distributed
	{6, ""},                    // distributeed
	{6, ""},                    // distributeing
	{6, ""},                    // distributes
	{6, ""},                    // distributing
	{5, ""},                    // distribution
	{30, ""},                   // division
	{32, ""},                   // do
	{59, ""},                   // do
	{43, ""},                   // docking
	{10, ""},                   // doctor
	{10, ""},                   // doctors
	{61, ""},                   // document
	{23, ""},                   // doelen
	{59, ""},                   // does
	{10, "owners"},             // dog
	{49, "sit amet"},           // dolor
	{52, ""},                   // dominant
	{6, ""},                    // donate
	{6, ""},                    // donated
	{6, ""},                    // donateed
	{6, ""},                    // donateing
	{6, ""},                    // donates
	{6, ""},                    // donating
	{36, ""},                   // done
	{10, ""},                   // donors
	{35, ""},                   // door
	{32, ""},                   // dos
	{29, ""},                   // double
	{0, ""},                    // dr
	{1, ""},                    // dr
	{24, ""},                   // draft
	{30, ""},                   // draft
	{40, ""},                   // draft
	{24, ""},                   // drafting
	{36, ""},                   // drawn
	{22, ""},                   // dream
	{26, "of"},                 // dream
	{33, ""},                   // dream
	{4, ""},                    // drive
	{4, ""},                    // drived
	{4, ""},                    // driveed
	{4, ""},                    // driveing
	{36, ""},                   // driven
	{10, ""},                   // drivers
	{4, ""},                    // drives
	{4, ""},                    // driving
	{32, ""},                   // du
	{14, ""},                   // dynamic
	{9, "commerce"},            // e
	{23, ""},                   // e
	{9, ""},                    // e-commerce
	{0, ""},                    // e.g
	{1, ""},                    // e.g
	{59, ""},                   // each
	{13, ""},                   // earn
	{13, ""},                   // earned
	{13, ""},                   // earning
	{13, ""},                   // earns
	{55, ""},                   // earth's
	{13, ""},                   // ease
	{13, ""},                   // eased
	{13, ""},                   // easeed
	{13, ""},                   // easeing
	{13, ""},                   // eases
	{12, ""},                   // easier
	{13, ""},                   // easing
	{14, ""},                   // ecosystem
	{23, ""},                   // ed
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
	{30, ""},                   // el
	{9, ""},                    // elderly
	{31, "pitch"},              // elevator
	{13, ""},                   // eliminate
	{13, ""},                   // eliminated
	{13, ""},                   // eliminateed
	{13, ""},                   // eliminateing
	{13, ""},                   // eliminates
	{13, ""},                   // eliminating
	{50, "construcao"},         // em
	{29, ""},                   // embedded
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
	{23, ""},                   // en
	{50, "construction"},       // en
	{50, "construccion"},       // en
	{4, ""},                    // enable
	{13, ""},                   // enable
	{4, ""},                    // enabled
	{13, ""},                   // enabled
	{63, ""},                   // enabled
	{4, ""},                    // enableed
	{13, ""},                   // enableed
	{4, ""},                    // enableing
	{13, ""},                   // enableing
	{4, ""},                    // enables
	{13, ""},                   // enables
	{4, ""},                    // enabling
	{13, ""},                   // enabling
	{63, ""},                   // encoder
	{4, ""},                    // encourage
	{4, ""},                    // encouraged
	{4, ""},                    // encourageed
	{4, ""},                    // encourageing
	{4, ""},                    // encourages
	{4, ""},                    // encouraging
	{13, ""},                   // end
	{14, "to end"},             // end
	{14, ""},                   // end-to-end
	{34, "to"},                 // endeavor
	{64, "to"},                 // endeavor
	{34, "to"},                 // endeavour
	{13, ""},                   // ended
	{13, ""},                   // ending
	{63, ""},                   // endpoint
	{19, ""},                   // endpoints
	{13, ""},                   // ends
	{2, ""},                    // engagement
	{10, ""},                   // engineer
	{5, ""},                    // engineering
	{10, "teams"},              // engineering
	{30, ""},                   // engineering
	{10, ""},                   // engineers
	{4, ""},                    // enhance
	{13, ""},                   // enhance
	{64, ""},                   // enhance
	{4, ""},                    // enhanced
	{13, ""},                   // enhanced
	{4, ""},                    // enhanceed
	{13, ""},                   // enhanceed
	{4, ""},                    // enhanceing
	{13, ""},                   // enhanceing
	{4, ""},                    // enhances
	{13, ""},                   // enhances
	{64, ""},                   // enhances
	{4, ""},                    // enhancing
	{13, ""},                   // enhancing
	{64, ""},                   // enhancing
	{13, ""},                   // enjoy
	{13, ""},                   // enjoyed
	{13, ""},                   // enjoying
	{13, ""},                   // enjoys
	{13, ""},                   // enrich
	{13, ""},                   // enriched
	{13, ""},                   // enriches
	{13, ""},                   // enriching
	{13, ""},                   // enrichs
	{4, ""},                    // ensure
	{4, ""},                    // ensured
	{4, ""},                    // ensureed
	{4, ""},                    // ensureing
	{4, ""},                    // ensures
	{4, ""},                    // ensuring
	{61, ""},                   // enter
	{9, ""},                    // enterprise
	{7, ""},                    // enterprises
	{10, ""},                   // enterprises
	{10, ""},                   // entrepreneurs
	{26, ""},                   // envisage
	{22, ""},                   // envision
	{26, ""},                   // envision
	{22, ""},                   // envisioned
	{33, "future"},             // envisioned
	{22, ""},                   // envisions
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
	{23, ""},                   // estrategia
	{23, ""},                   // et
	{0, ""},                    // etc
	{35, ""},                   // evening
	{22, ""},                   // eventually
	{54, ""},                   // every
	{59, ""},                   // every
	{7, ""},                    // everybody
	{54, ""},                   // everybody
	{7, ""},                    // everyone
	{54, ""},                   // everyone
	{24, ""},                   // example
	{24, ""},                   // examples
	{2, ""},                    // excellence
	{3, ""},                    // excellence
	{14, ""},                   // excellence
	{18, ""},                   // except
	{65, ""},                   // exceptional
	{10, ""},                   // executives
	{2, ""},                    // experience
	{2, ""},                    // experiences
	{61, ""},                   // explain
	{42, ""},                   // explains
	{13, ""},                   // explore
	{13, ""},                   // explored
	{13, ""},                   // exploreed
	{13, ""},                   // exploreing
	{13, ""},                   // explores
	{13, ""},                   // exploring
	{19, ""},                   // extensions
	{65, ""},                   // extremely
	{62, ""},                   // eye
	{62, ""},                   // eyes
	{62, ""},                   // eyesight
	{64, ""},                   // facilitate
	{64, ""},                   // facilitates
	{64, ""},                   // facilitating
	{10, ""},                   // faculty
	{12, ""},                   // fairer
	{34, ""},                   // fairly
	{36, ""},                   // fallen
	{10, ""},                   // families
	{35, ""},                   // families
	{9, "owned"},               // family
	{9, ""},                    // family
	{35, ""},                   // family
	{9, ""},                    // family-owned
	{10, ""},                   // fans
	{46, ""},                   // faq
	{35, ""},                   // farm
	{10, ""},                   // farmers
	{12, ""},                   // faster
	{52, ""},                   // favorite
	{52, ""},                   // favourite
	{19, "list"},               // feature
	{30, ""},                   // feature
	{46, ""},                   // feature
	{60, ""},                   // feature
	{63, ""},                   // feature
	{19, ""},                   // features
	{46, ""},                   // features
	{60, ""},                   // features
	{63, ""},                   // features
	{6, ""},                    // feed
	{13, ""},                   // feed
	{6, ""},                    // feeded
	{13, ""},                   // feeded
	{6, ""},                    // feeding
	{13, ""},                   // feeding
	{6, ""},                    // feeds
	{13, ""},                   // feeds
	{35, ""},                   // ferry
	{12, ""},                   // fewer
	{18, ""},                   // fewer
	{35, ""},                   // field
	{0, ""},                    // fig
	{13, ""},                   // fight
	{13, ""},                   // fighted
	{13, ""},                   // fighting
	{13, ""},                   // fights
	{61, "in"},                 // fill
	{30, ""},                   // final
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
	{30, ""},                   // firm
	{8, ""},                    // first
	{9, "time"},                // first
	{14, "class"},              // first
	{18, ""},                   // first
	{52, "choice"},             // first
	{52, "choice"},             // first
	{55, ""},                   // first
	{52, ""},                   // first-choice
	{14, ""},                   // first-class
	{9, ""},                    // first-time
	{49, ""},                   // fixme
	{13, ""},                   // flourish
	{13, ""},                   // flourished
	{13, ""},                   // flourishes
	{13, ""},                   // flourishing
	{13, ""},                   // flourishs
	{43, ""},                   // flyby
	{64, "on"},                 // focused
	{50, "soon"},               // follows
	{50, "later"},              // follows
	{12, "the benefit of"},     // for
	{12, "the better"},         // for
	{22, "generations"},        // for
	{32, ""},                   // for
	{41, "more"},               // for
	{41, "details"},            // for
	{51, "the benefit of"},     // for
	{59, ""},                   // for
	{52, ""},                   // foremost
	{35, ""},                   // forest
	{36, ""},                   // forgotten
	{5, ""},                    // formation
	{4, ""},                    // foster
	{64, ""},                   // foster
	{4, ""},                    // fostered
	{4, ""},                    // fostering
	{64, ""},                   // fostering
	{4, ""},                    // fosterred
	{4, ""},                    // fosterring
	{4, ""},                    // fosters
	{64, ""},                   // fosters
	{36, ""},                   // found
	{30, ""},                   // foundation
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
	{59, ""},                   // from
	{9, "line"},                // front
	{60, "end"},                // front
	{60, "end"},                // front
	{60, ""},                   // front-end
	{9, ""},                    // front-line
	{60, ""},                   // frontend
	{9, ""},                    // frontline
	{36, ""},                   // frozen
	{13, ""},                   // fulfil
	{37, ""},                   // fulfil
	{13, ""},                   // fulfiled
	{13, ""},                   // fulfiling
	{13, ""},                   // fulfill
	{37, ""},                   // fulfill
	{13, ""},                   // fulfilled
	{13, ""},                   // fulfilled
	{13, ""},                   // fulfilling
	{13, ""},                   // fulfilling
	{13, ""},                   // fulfills
	{37, ""},                   // fulfills
	{13, ""},                   // fulfils
	{37, ""},                   // fulfils
	{19, ""},                   // functionality
	{19, ""},                   // functions
	{6, ""},                    // fund
	{6, ""},                    // funded
	{6, ""},                    // funding
	{6, ""},                    // funds
	{32, ""},                   // fur
	{37, "of"},                 // furtherance
	{37, ""},                   // furthering
	{37, ""},                   // furthers
	{3, ""},                    // future
	{14, "proof"},              // future
	{22, ""},                   // future
	{25, ""},                   // future
	{14, ""},                   // future-proof
	{14, "changing"},           // game
	{14, "changer"},            // game
	{14, ""},                   // game-changing
	{19, ""},                   // gameplay
	{10, ""},                   // gamers
	{35, ""},                   // garden
	{10, ""},                   // gardeners
	{6, ""},                    // gather
	{6, ""},                    // gathered
	{6, ""},                    // gathering
	{6, ""},                    // gatherred
	{6, ""},                    // gatherring
	{6, ""},                    // gathers
	{34, ""},                   // generally
	{54, ""},                   // generation
	{22, "to come"},            // generations
	{54, ""},                   // generations
	{11, ""},                   // get
	{11, ""},                   // gets
	{19, "started"},            // getting
	{10, ""},                   // girls
	{6, ""},                    // give
	{61, ""},                   // give
	{6, ""},                    // gived
	{6, ""},                    // giveed
	{6, ""},                    // giveing
	{36, ""},                   // given
	{6, ""},                    // gives
	{5, ""},                    // giving
	{6, ""},                    // giving
	{62, ""},                   // glasses
	{62, ""},                   // glaucoma
	{54, ""},                   // global
	{19, "of terms"},           // glossary
	{19, ""},                   // glossary
	{46, ""},                   // glossary
	{52, "to"},                 // go
	{52, ""},                   // go-to
	{23, ""},                   // goal
	{46, ""},                   // goal
	{23, ""},                   // goals
	{46, ""},                   // goals
	{53, "morning"},            // good
	{53, "afternoon"},          // good
	{53, "evening"},            // good
	{12, ""},                   // goodwill
	{11, ""},                   // got
	{0, ""},                    // gov
	{7, "entities"},            // government
	{7, ""},                    // government
	{9, ""},                    // government
	{10, ""},                   // governments
	{63, ""},                   // gpu
	{6, ""},                    // grant
	{6, ""},                    // granted
	{6, ""},                    // granting
	{6, ""},                    // grants
	{65, ""},                   // great
	{12, ""},                   // greener
	{53, ""},                   // greetings
	{30, ""},                   // group
	{4, ""},                    // grow
	{4, ""},                    // growed
	{10, ""},                   // growers
	{4, ""},                    // growing
	{36, ""},                   // grown
	{4, ""},                    // grows
	{2, ""},                    // growth
	{3, ""},                    // growth
	{24, ""},                   // guide
	{24, ""},                   // guidelines
	{30, ""},                   // guiding
	{30, ""},                   // guild
	{56, "la missione di"},     // ha
	{56, "come missione"},      // ha
	{35, ""},                   // hands
	{12, ""},                   // happier
	{35, ""},                   // harbour
	{58, "not written"},        // have
	{58, "not agreed"},         // have
	{58, "written"},            // haven't
	{58, "agreed"},             // haven't
	{13, ""},                   // heal
	{13, ""},                   // healed
	{13, ""},                   // healing
	{13, ""},                   // heals
	{12, ""},                   // health
	{9, ""},                    // healthcare
	{12, ""},                   // healthier
	{12, ""},                   // healthy
	{36, ""},                   // heard
	{56, "als missie"},         // hebben
	{56, "als missie"},         // heeft
	{36, ""},                   // held
	{58, "over"},               // held
	{53, ""},                   // hello
	{4, ""},                    // help
	{13, ""},                   // help
	{4, ""},                    // helped
	{13, ""},                   // helped
	{4, ""},                    // helping
	{13, ""},                   // helping
	{4, ""},                    // helps
	{13, ""},                   // helps
	{47, ""},                   // her
	{41, "we"},                 // here
	{41, "you"},                // here
	{48, ""},                   // hero
	{48, ""},                   // heroine
	{30, ""},                   // het
	{53, ""},                   // hey
	{53, ""},                   // hi
	{36, ""},                   // hidden
	{65, "quality"},            // high
	{65, ""},                   // high-quality
	{52, "rated"},              // highest
	{52, ""},                   // highest-rated
	{65, ""},                   // highly
	{40, ""},                   // hint
	{40, ""},                   // hints
	{47, ""},                   // his
	{16, ""},                   // history
	{46, ""},                   // history
	{10, ""},                   // hobbyists
	{14, ""},                   // holistic
	{9, ""},                    // home
	{35, ""},                   // home
	{55, ""},                   // home
	{10, ""},                   // homeowners
	{26, "to see"},             // hope
	{26, "for"},                // hope
	{34, "to"},                 // hope
	{34, "that"},               // hope
	{34, ""},                   // hopefully
	{35, ""},                   // hospital
	{10, ""},                   // hospitals
	{6, ""},                    // host
	{6, ""},                    // hosted
	{6, ""},                    // hosting
	{6, ""},                    // hosts
	{35, ""},                   // hours
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
	{23, ""},                   // how
	{24, "we write"},           // how
	{24, "we wrote"},           // how
	{24, "to"},                 // how
	{24, "do"},                 // how
	{24, "does"},               // how
	{24, "should"},             // how
	{24, "can"},                // how
	{59, ""},                   // how
	{9, ""},                    // hr
	{7, "beings"},              // human
	{12, "rights"},             // human
	{7, ""},                    // humanity
	{54, ""},                   // humanity
	{7, ""},                    // humanity's
	{7, ""},                    // humankind
	{7, ""},                    // humans
	{14, "personalized"},       // hyper
	{14, ""},                   // hyper-personalized
	{0, ""},                    // i.e
	{1, ""},                    // i.e
	{61, ""},                   // identify
	{34, "possible"},           // if
	{34, "feasible"},           // if
	{34, "practical"},          // if
	{34, "appropriate"},        // if
	{30, ""},                   // il
	{63, ""},                   // image
	{63, ""},                   // images
	{22, ""},                   // imagine
	{26, ""},                   // imagine
	{2, ""},                    // impact
	{3, ""},                    // impact
	{14, ""},                   // impactful
	{24, "of"},                 // importance
	{45, ""},                   // important
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
	{18, "half"},               // in
	{22, "which every"},        // in
	{22, "which everyone"},     // in
	{31, "a nutshell"},         // in
	{31, "short"},              // in
	{31, "brief"},              // in
	{34, "some cases"},         // in
	{37, "line with"},          // in
	{37, "pursuit of"},         // in
	{37, "furtherance of"},     // in
	{37, "support of"},         // in
	{37, "service of"},         // in
	{39, "partnership with"},   // in
	{41, "this document"},      // in
	{41, "this page"},          // in
	{41, "this section"},       // in
	{41, "this article"},       // in
	{41, "this guide"},         // in
	{50, "progress"},           // in
	{50, "preparation"},        // in
	{50, "costruzione"},        // in
	{50, "bearbeitung"},        // in
	{50, "aanbouw"},            // in
	{51, "order to"},           // in
	{59, ""},                   // in
	{0, ""},                    // inc
	{0, ""},                    // incl
	{1, ""},                    // incl
	{61, ""},                   // include
	{12, ""},                   // inclusive
	{13, ""},                   // increase
	{13, ""},                   // increased
	{13, ""},                   // increaseed
	{13, ""},                   // increaseing
	{13, ""},                   // increases
	{13, ""},                   // increasing
	{65, ""},                   // incredible
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
	{12, ""},                   // inexpensive
	{63, ""},                   // inference
	{12, "decisions"},          // informed
	{12, ""},                   // informed
	{30, ""},                   // initiative
	{2, ""},                    // innovation
	{14, ""},                   // innovation
	{14, ""},                   // innovative
	{63, ""},                   // input
	{19, ""},                   // inputs
	{63, ""},                   // inputs
	{49, "here"},               // insert
	{61, ""},                   // insert
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
	{19, ""},                   // installation
	{46, ""},                   // installation
	{6, ""},                    // installed
	{6, ""},                    // installing
	{6, ""},                    // installs
	{18, "of"},                 // instead
	{30, ""},                   // institute
	{7, ""},                    // institutions
	{6, ""},                    // integrate
	{6, ""},                    // integrated
	{6, ""},                    // integrateed
	{6, ""},                    // integrateing
	{6, ""},                    // integrates
	{6, ""},                    // integrating
	{60, ""},                   // integration
	{19, ""},                   // integrations
	{60, ""},                   // integrations
	{2, ""},                    // integrity
	{34, "to"},                 // intend
	{60, ""},                   // interface
	{48, ""},                   // internship
	{8, ""},                    // into
	{59, ""},                   // into
	{31, ""},                   // intro
	{31, ""},                   // introduction
	{6, ""},                    // invest
	{6, ""},                    // invested
	{6, ""},                    // investing
	{10, ""},                   // investor
	{10, ""},                   // investors
	{6, ""},                    // invests
	{49, ""},                   // ipsum
	{11, "being"},              // is
	{11, ""},                   // is
	{59, ""},                   // is
	{9, ""},                    // it
	{59, ""},                   // it
	{47, ""},                   // its
	{59, ""},                   // its
	{48, ""},                   // job
	{30, ""},                   // joint
	{10, ""},                   // journalists
	{12, ""},                   // joy
	{0, ""},                    // jr
	{9, ""},                    // junior
	{13, ""},                   // keep
	{61, ""},                   // keep
	{13, ""},                   // keeped
	{13, ""},                   // keeping
	{13, ""},                   // keeps
	{36, ""},                   // kept
	{19, "features"},           // key
	{19, "terms"},              // key
	{10, ""},                   // kids
	{34, "of"},                 // kind
	{35, ""},                   // kitchen
	{12, ""},                   // knowledge
	{36, ""},                   // known
	{46, ""},                   // kpis
	{30, ""},                   // la
	{56, "nostra missione e"},  // la
	{57, "nostra visione e"},   // la
	{30, ""},                   // lab
	{30, ""},                   // laboratory
	{43, ""},                   // lander
	{10, ""},                   // landlords
	{34, ""},                   // largely
	{8, ""},                    // largest
	{52, ""},                   // largest
	{30, ""},                   // las
	{15, "modified by"},        // last
	{15, "modified on"},        // last
	{15, "updated by"},         // last
	{15, "edited by"},          // last
	{40, "updated"},            // last
	{40, "modified"},           // last
	{40, "reviewed"},           // last
	{40, "agreed"},             // last
	{40, "approved"},           // last
	{40, "revised"},            // last
	{40, "changed"},            // last
	{35, ""},                   // laugh
	{6, ""},                    // launch
	{43, ""},                   // launch
	{6, ""},                    // launched
	{43, ""},                   // launched
	{6, ""},                    // launches
	{43, ""},                   // launches
	{6, ""},                    // launching
	{6, ""},                    // launchs
	{10, ""},                   // lawyers
	{30, ""},                   // le
	{52, ""},                   // leader
	{10, ""},                   // leaders
	{2, ""},                    // leadership
	{8, ""},                    // leading
	{14, "edge"},               // leading
	{52, ""},                   // leading
	{65, ""},                   // leading
	{14, ""},                   // leading-edge
	{13, ""},                   // learn
	{41, "more"},               // learn
	{13, ""},                   // learned
	{10, ""},                   // learner
	{10, ""},                   // learners
	{13, ""},                   // learning
	{13, ""},                   // learns
	{36, ""},                   // led
	{36, ""},                   // left
	{27, ""},                   // leitbild
	{6, ""},                    // lend
	{6, ""},                    // lended
	{6, ""},                    // lending
	{6, ""},                    // lends
	{63, ""},                   // lens
	{30, ""},                   // les
	{12, ""},                   // less
	{59, ""},                   // less
	{19, ""},                   // levels
	{14, ""},                   // leverage
	{64, ""},                   // leverage
	{14, ""},                   // leverages
	{64, ""},                   // leverages
	{14, ""},                   // leveraging
	{64, ""},                   // leveraging
	{13, ""},                   // liberate
	{13, ""},                   // liberated
	{13, ""},                   // liberateed
	{13, ""},                   // liberateing
	{13, ""},                   // liberates
	{13, ""},                   // liberating
	{10, ""},                   // libraries
	{30, ""},                   // library
	{6, ""},                    // license
	{46, ""},                   // license
	{6, ""},                    // licensed
	{6, ""},                    // licenseed
	{6, ""},                    // licenseing
	{6, ""},                    // licenses
	{6, ""},                    // licensing
	{3, ""},                    // life
	{7, ""},                    // life
	{43, ""},                   // liftoff
	{35, ""},                   // light
	{34, ""},                   // likely
	{61, ""},                   // list
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
	{30, ""},                   // lo
	{6, ""},                    // lobbied
	{6, ""},                    // lobbies
	{6, ""},                    // lobby
	{6, ""},                    // lobbyed
	{6, ""},                    // lobbying
	{6, ""},                    // lobbys
	{9, ""},                    // local
	{30, "term"},               // long
	{62, "sighted"},            // long
	{62, ""},                   // long-sighted
	{30, ""},                   // long-term
	{49, "ipsum"},              // lorem
	{49, ""},                   // lorem
	{30, ""},                   // los
	{36, ""},                   // lost
	{65, "of"},                 // lots
	{9, "income"},              // low
	{12, "cost"},               // low
	{29, ""},                   // low
	{12, ""},                   // low-cost
	{9, ""},                    // low-income
	{13, ""},                   // lower
	{13, ""},                   // lowered
	{13, ""},                   // lowering
	{13, ""},                   // lowerred
	{13, ""},                   // lowerring
	{13, ""},                   // lowers
	{12, ""},                   // lowest
	{0, ""},                    // ltd
	{43, ""},                   // lunar
	{29, ""},                   // machine
	{60, "learning"},           // machine
	{36, ""},                   // made
	{6, ""},                    // maintain
	{6, ""},                    // maintained
	{41, "by"},                 // maintained
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
	{65, ""},                   // many
	{6, ""},                    // map
	{6, ""},                    // maped
	{6, ""},                    // maping
	{6, ""},                    // mapped
	{6, ""},                    // mapping
	{6, ""},                    // maps
	{9, ""},                    // marginalised
	{9, ""},                    // marginalized
	{10, "traders"},            // market
	{35, ""},                   // market
	{52, "leader"},             // market
	{10, ""},                   // marketers
	{6, ""},                    // match
	{6, ""},                    // matched
	{6, ""},                    // matches
	{6, ""},                    // matching
	{6, ""},                    // matchs
	{34, ""},                   // may
	{59, ""},                   // may
	{34, ""},                   // maybe
	{35, ""},                   // meal
	{36, ""},                   // meant
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
	{36, ""},                   // met
	{46, ""},                   // metrics
	{60, ""},                   // microservices
	{9, "sized"},               // mid
	{9, ""},                    // mid-sized
	{34, ""},                   // might
	{59, ""},                   // might
	{35, ""},                   // miles
	{46, ""},                   // milestone
	{46, ""},                   // milestones
	{10, ""},                   // millennials
	{54, ""},                   // million
	{54, ""},                   // millions
	{35, ""},                   // minutes
	{46, ""},                   // minutes
	{20, ""},                   // mision
	{27, ""},                   // mision
	{20, ""},                   // missao
	{27, ""},                   // missao
	{20, ""},                   // missie
	{27, ""},                   // missie
	{27, ""},                   // missieverklaring
	{14, "critical"},           // mission
	{20, "statement"},          // mission
	{20, ""},                   // mission
	{27, "statement"},          // mission
	{27, ""},                   // mission
	{49, "goes here"},          // mission
	{59, ""},                   // mission
	{14, ""},                   // mission-critical
	{20, ""},                   // missione
	{27, ""},                   // missione
	{27, ""},                   // missions
	{60, ""},                   // mobile
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
	{19, ""},                   // modalities
	{63, ""},                   // mode
	{63, ""},                   // model
	{19, ""},                   // models
	{63, ""},                   // models
	{40, ""},                   // modified
	{60, ""},                   // module
	{63, ""},                   // module
	{19, ""},                   // modules
	{60, ""},                   // modules
	{6, ""},                    // monitor
	{6, ""},                    // monitored
	{6, ""},                    // monitoring
	{6, ""},                    // monitorred
	{6, ""},                    // monitorring
	{6, ""},                    // monitors
	{12, "time"},               // more
	{34, "or less"},            // more
	{41, "information"},        // more
	{41, "details"},            // more
	{59, ""},                   // more
	{35, ""},                   // morning
	{8, ""},                    // most
	{52, ""},                   // most
	{59, ""},                   // most
	{65, "trusted"},            // most
	{65, "respected"},          // most
	{34, ""},                   // mostly
	{46, ""},                   // motivation
	{14, "the needle"},         // move
	{40, ""},                   // moved
	{0, ""},                    // mr
	{1, ""},                    // mr
	{0, ""},                    // mrs
	{1, ""},                    // mrs
	{0, ""},                    // ms
	{1, ""},                    // ms
	{0, ""},                    // mt
	{1, ""},                    // mt
	{29, ""},                   // multimodal
	{63, ""},                   // multimodal
	{10, ""},                   // municipalities
	{30, ""},                   // museum
	{10, ""},                   // musicians
	{59, ""},                   // must
	{30, ""},                   // my
	{47, ""},                   // my
	{62, ""},                   // myopia
	{40, ""},                   // name
	{54, ""},                   // nation
	{7, ""},                    // nations
	{54, ""},                   // nations
	{9, ""},                    // neighborhood
	{35, ""},                   // neighborhood
	{9, ""},                    // neighbourhood
	{35, ""},                   // neighbourhood
	{6, ""},                    // network
	{30, ""},                   // network
	{6, ""},                    // networked
	{6, ""},                    // networking
	{6, ""},                    // networks
	{22, "again"},              // never
	{54, ""},                   // never
	{9, ""},                    // new
	{30, ""},                   // new
	{16, ""},                   // news
	{14, "generation"},         // next
	{14, "gen"},                // next
	{46, "steps"},              // next
	{14, ""},                   // next-gen
	{14, ""},                   // next-generation
	{29, ""},                   // night
	{35, ""},                   // night
	{0, ""},                    // no
	{7, "one"},                 // no
	{18, "need to"},            // no
	{18, "more"},               // no
	{22, "longer"},             // no
	{54, "one"},                // no
	{55, ""},                   // no
	{59, ""},                   // no
	{7, ""},                    // nobody
	{54, ""},                   // nobody
	{9, "profit"},              // non
	{10, "profits"},            // non
	{46, "goals"},              // non
	{46, "goals"},              // non
	{46, ""},                   // non-goals
	{9, ""},                    // non-profit
	{10, ""},                   // non-profits
	{44, ""},                   // none
	{9, ""},                    // nonprofit
	{10, ""},                   // nonprofits
	{33, "star"},               // north
	{33, ""},                   // northstar
	{30, ""},                   // nos
	{47, ""},                   // nos
	{30, ""},                   // nossa
	{47, ""},                   // nossa
	{56, "missao e"},           // nossa
	{57, "visao e"},            // nossa
	{30, ""},                   // nossas
	{47, ""},                   // nossas
	{30, ""},                   // nosso
	{47, ""},                   // nosso
	{30, ""},                   // nossos
	{47, ""},                   // nossos
	{30, ""},                   // nostra
	{47, ""},                   // nostra
	{56, "missione e"},         // nostra
	{57, "visione e"},          // nostra
	{30, ""},                   // nostre
	{47, ""},                   // nostre
	{30, ""},                   // nostri
	{47, ""},                   // nostri
	{30, ""},                   // nostro
	{47, ""},                   // nostro
	{18, "just"},               // not
	{18, "only"},               // not
	{44, ""},                   // not
	{46, ""},                   // not
	{50, "yet written"},        // not
	{58, "yet agreed"},         // not
	{58, "discussed"},          // not
	{59, ""},                   // not
	{40, ""},                   // note
	{45, ""},                   // note
	{40, ""},                   // notes
	{45, ""},                   // notes
	{44, ""},                   // nothing
	{58, "to bring"},           // nothing
	{58, "to report"},          // nothing
	{45, ""},                   // notice
	{30, ""},                   // notre
	{47, ""},                   // notre
	{56, "raison d'etre est"},  // notre
	{56, "mission est"},        // notre
	{56, "mission consiste"},   // notre
	{57, "vision est"},         // notre
	{56, "avons pour mission"}, // nous
	{30, ""},                   // nuestra
	{47, ""},                   // nuestra
	{56, "mision es"},          // nuestra
	{56, "mision consiste"},    // nuestra
	{57, "vision es"},          // nuestra
	{30, ""},                   // nuestras
	{47, ""},                   // nuestras
	{30, ""},                   // nuestro
	{47, ""},                   // nuestro
	{30, ""},                   // nuestros
	{47, ""},                   // nuestros
	{52, "one"},                // number
	{52, "1"},                  // number
	{52, "one"},                // number
	{55, ""},                   // number
	{65, "one"},                // number
	{52, ""},                   // number-one
	{65, ""},                   // numerous
	{10, ""},                   // nurse
	{10, ""},                   // nurses
	{13, ""},                   // nurture
	{13, ""},                   // nurtured
	{13, ""},                   // nurtureed
	{13, ""},                   // nurtureing
	{13, ""},                   // nurtures
	{13, ""},                   // nurturing
	{31, ""},                   // nutshell
	{30, ""},                   // o
	{23, ""},                   // obiettivi
	{23, ""},                   // objectifs
	{46, ""},                   // objective
	{23, ""},                   // objectives
	{46, ""},                   // objectives
	{23, ""},                   // objetivos
	{63, ""},                   // ocr
	{32, ""},                   // of
	{59, ""},                   // of
	{6, ""},                    // offer
	{6, ""},                    // offered
	{6, ""},                    // offering
	{6, ""},                    // offerred
	{6, ""},                    // offerring
	{6, ""},                    // offers
	{30, ""},                   // office
	{46, ""},                   // okr
	{46, ""},                   // okrs
	{9, ""},                    // older
	{14, ""},                   // omnichannel
	{12, "time"},               // on
	{41, "this page"},          // on
	{58, "hold"},               // on
	{59, ""},                   // on
	{14, "stop shop"},          // one
	{14, "stop shop"},          // one
	{22, "day"},                // one
	{31, "liner"},              // one
	{31, "liner"},              // one
	{55, ""},                   // one
	{31, ""},                   // one-liner
	{14, "shop"},               // one-stop
	{14, ""},                   // one-stop-shop
	{9, ""},                    // online
	{18, ""},                   // only
	{30, ""},                   // ons
	{47, ""},                   // ons
	{30, ""},                   // onze
	{47, ""},                   // onze
	{56, "missie is"},          // onze
	{57, "visie is"},           // onze
	{6, "source"},              // open
	{6, "sources"},             // open
	{6, "sourceed"},            // open
	{6, "sourceing"},           // open
	{6, "sourced"},             // open
	{6, "sourcing"},            // open
	{9, "source"},              // open
	{10, "source communities"}, // open
	{10, "source communities"}, // open
	{46, "questions"},          // open
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
	{62, ""},                   // ophthalmologist
	{62, ""},                   // ophthalmologists
	{2, ""},                    // opportunities
	{3, ""},                    // opportunities
	{12, ""},                   // opportunities
	{2, ""},                    // opportunity
	{3, ""},                    // opportunity
	{12, ""},                   // opportunity
	{62, ""},                   // optician
	{62, ""},                   // opticians
	{14, ""},                   // optimise
	{2, ""},                    // optimization
	{14, ""},                   // optimize
	{19, ""},                   // options
	{62, ""},                   // optometrist
	{62, ""},                   // optometrists
	{59, ""},                   // or
	{43, ""},                   // orbit
	{43, ""},                   // orbital
	{43, ""},                   // orbiter
	{43, ""},                   // orbits
	{7, ""},                    // organisation
	{30, ""},                   // organisation
	{30, ""},                   // organisational
	{7, ""},                    // organisations
	{6, ""},                    // organise
	{6, ""},                    // organised
	{6, ""},                    // organiseed
	{6, ""},                    // organiseing
	{6, ""},                    // organises
	{6, ""},                    // organising
	{7, ""},                    // organization
	{30, ""},                   // organization
	{30, ""},                   // organizational
	{7, ""},                    // organizations
	{6, ""},                    // organize
	{6, ""},                    // organized
	{6, ""},                    // organizeed
	{6, ""},                    // organizeing
	{6, ""},                    // organizes
	{6, ""},                    // organizing
	{30, ""},                   // os
	{27, "purpose"},            // our
	{30, ""},                   // our
	{33, "dream"},              // our
	{47, ""},                   // our
	{57, "north star is"},      // our
	{59, ""},                   // our
	{46, "of scope"},           // out
	{61, ""},                   // outline
	{42, ""},                   // outlines
	{65, ""},                   // outstanding
	{30, ""},                   // overall
	{13, ""},                   // overcome
	{13, ""},                   // overcomed
	{13, ""},                   // overcomeed
	{13, ""},                   // overcomeing
	{13, ""},                   // overcomes
	{13, ""},                   // overcoming
	{31, ""},                   // overview
	{6, ""},                    // own
	{59, ""},                   // own
	{6, ""},                    // owned
	{40, ""},                   // owner
	{40, ""},                   // owners
	{6, ""},                    // owning
	{6, ""},                    // owns
	{36, ""},                   // paid
	{32, ""},                   // para
	{14, "shift"},              // paradigm
	{14, ""},                   // paradigm
	{10, ""},                   // parent
	{10, ""},                   // parents
	{58, ""},                   // parked
	{37, "of"},                 // part
	{55, ""},                   // part
	{6, ""},                    // partner
	{6, ""},                    // partnered
	{6, ""},                    // partnering
	{6, ""},                    // partnerred
	{6, ""},                    // partnerring
	{6, ""},                    // partners
	{30, ""},                   // partnership
	{14, ""},                   // passionate
	{18, ""},                   // patented
	{10, ""},                   // patient
	{10, ""},                   // patients
	{10, ""},                   // patients'
	{43, ""},                   // payload
	{43, ""},                   // payloads
	{12, "of mind"},            // peace
	{7, ""},                    // people
	{32, ""},                   // per
	{12, ""},                   // perfect
	{2, ""},                    // performance
	{34, ""},                   // perhaps
	{29, ""},                   // peripheral
	{7, ""},                    // person
	{46, ""},                   // personas
	{7, ""},                    // persons
	{10, "owners"},             // pet
	{10, ""},                   // pharmacies
	{10, ""},                   // pharmacist
	{10, ""},                   // pharmacists
	{35, ""},                   // phone
	{63, ""},                   // photo
	{10, ""},                   // photographers
	{63, ""},                   // photos
	{10, ""},                   // physicians
	{26, ""},                   // picture
	{63, ""},                   // pipeline
	{63, ""},                   // pixel
	{63, ""},                   // pixels
	{49, ""},                   // placeholder
	{48, ""},                   // placement
	{34, "to"},                 // plan
	{46, ""},                   // plan
	{54, ""},                   // planet
	{46, ""},                   // plans
	{6, ""},                    // plant
	{6, ""},                    // planted
	{6, ""},                    // planting
	{6, ""},                    // plants
	{30, ""},                   // platform
	{60, ""},                   // platform
	{48, ""},                   // player
	{10, ""},                   // players
	{60, ""},                   // plugin
	{63, ""},                   // plugin
	{19, ""},                   // plugins
	{60, ""},                   // plugins
	{63, ""},                   // plugins
	{6, ""},                    // pool
	{6, ""},                    // pooled
	{6, ""},                    // pooling
	{6, ""},                    // pools
	{60, ""},                   // portal
	{48, ""},                   // position
	{34, ""},                   // possibly
	{48, ""},                   // post
	{58, ""},                   // postponed
	{2, ""},                    // potential
	{12, ""},                   // potential
	{34, ""},                   // potentially
	{32, ""},                   // pour
	{39, "by"},                 // powered
	{10, ""},                   // practitioners
	{52, "eminent"},            // pre
	{52, ""},                   // pre-eminent
	{52, ""},                   // preeminent
	{52, ""},                   // preferred
	{14, ""},                   // premier
	{52, ""},                   // premier
	{65, ""},                   // premier
	{13, ""},                   // prevent
	{13, ""},                   // prevented
	{13, ""},                   // preventing
	{13, ""},                   // prevents
	{46, ""},                   // pricing
	{23, ""},                   // principes
	{23, ""},                   // principi
	{23, ""},                   // principios
	{23, ""},                   // principles
	{23, ""},                   // prinzipien
	{46, ""},                   // priorities
	{40, ""},                   // priority
	{43, ""},                   // probe
	{48, ""},                   // probe
	{46, "statement"},          // problem
	{46, ""},                   // problem
	{6, ""},                    // produce
	{6, ""},                    // produced
	{6, ""},                    // produceed
	{6, ""},                    // produceing
	{6, ""},                    // produces
	{6, ""},                    // producing
	{10, "managers"},           // product
	{10, "teams"},              // product
	{30, ""},                   // product
	{40, "name"},               // product
	{49, "name"},               // product
	{49, "x"},                  // product
	{12, ""},                   // productive
	{2, ""},                    // productivity
	{0, ""},                    // prof
	{1, ""},                    // prof
	{9, ""},                    // professional
	{10, ""},                   // professionals
	{6, ""},                    // program
	{30, ""},                   // program
	{6, ""},                    // programed
	{6, ""},                    // programing
	{30, ""},                   // programme
	{6, ""},                    // programmed
	{10, ""},                   // programmers
	{6, ""},                    // programming
	{6, ""},                    // programs
	{30, ""},                   // project
	{4, ""},                    // promote
	{64, ""},                   // promote
	{4, ""},                    // promoted
	{4, ""},                    // promoteed
	{4, ""},                    // promoteing
	{4, ""},                    // promotes
	{64, ""},                   // promotes
	{4, ""},                    // promoting
	{64, ""},                   // promoting
	{30, ""},                   // proposed
	{27, ""},                   // proposito
	{38, ""},                   // proposito
	{18, ""},                   // proprietary
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
	{61, ""},                   // provide
	{64, ""},                   // provide
	{6, ""},                    // provided
	{64, ""},                   // provided
	{6, ""},                    // provideed
	{6, ""},                    // provideing
	{6, ""},                    // provides
	{64, ""},                   // provides
	{6, ""},                    // providing
	{64, ""},                   // providing
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
	{27, ""},                   // purpose
	{38, ""},                   // purpose
	{49, "goes here"},          // purpose
	{59, ""},                   // purpose
	{37, ""},                   // pursue
	{37, ""},                   // pursues
	{37, ""},                   // pursuing
	{37, "of"},                 // pursuit
	{36, ""},                   // put
	{2, ""},                    // quality
	{12, "of life"},            // quality
	{19, ""},                   // quests
	{34, ""},                   // quite
	{27, "d'être"},             // raison
	{27, "d'etre"},             // raison
	{38, "d'être"},             // raison
	{38, "d'etre"},             // raison
	{18, "than"},               // rather
	{34, ""},                   // rather
	{43, "entry"},              // re
	{43, ""},                   // re-entry
	{13, ""},                   // reach
	{13, ""},                   // reached
	{13, ""},                   // reaches
	{13, ""},                   // reaching
	{13, ""},                   // reachs
	{36, ""},                   // read
	{41, "on"},                 // read
	{10, ""},                   // readers
	{60, "time"},               // real
	{60, ""},                   // real-time
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
	{65, ""},                   // really
	{27, "for being"},          // reason
	{38, "for being"},          // reason
	{63, ""},                   // recognition
	{43, ""},                   // reconnaissance
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
	{43, ""},                   // reentry
	{46, ""},                   // references
	{30, ""},                   // refreshed
	{9, ""},                    // regional
	{34, ""},                   // relatively
	{16, "notes"},              // release
	{16, "history"},            // release
	{19, "notes"},              // release
	{46, "notes"},              // release
	{16, ""},                   // releases
	{46, ""},                   // releases
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
	{30, ""},                   // renewed
	{65, ""},                   // renowned
	{10, ""},                   // renters
	{6, ""},                    // repair
	{6, ""},                    // repaired
	{6, ""},                    // repairing
	{6, ""},                    // repairs
	{61, ""},                   // replace
	{18, ""},                   // replacing
	{19, ""},                   // requirements
	{46, ""},                   // requirements
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
	{40, ""},                   // resolved
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
	{62, ""},                   // retina
	{10, ""},                   // retirees
	{6, ""},                    // review
	{6, ""},                    // reviewed
	{40, ""},                   // reviewed
	{40, ""},                   // reviewers
	{6, ""},                    // reviewing
	{6, ""},                    // reviews
	{30, ""},                   // revised
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
	{36, ""},                   // ridden
	{10, ""},                   // riders
	{12, ""},                   // rights
	{36, ""},                   // risen
	{46, ""},                   // risks
	{35, ""},                   // river
	{46, ""},                   // roadmap
	{29, ""},                   // robot
	{29, ""},                   // robotic
	{14, ""},                   // robust
	{43, ""},                   // rocket
	{43, ""},                   // rockets
	{48, ""},                   // role
	{35, ""},                   // roof
	{10, ""},                   // rotarians
	{43, ""},                   // rover
	{48, ""},                   // rover
	{6, ""},                    // run
	{36, ""},                   // run
	{6, ""},                    // runed
	{6, ""},                    // runing
	{6, ""},                    // runned
	{10, ""},                   // runners
	{6, ""},                    // running
	{6, ""},                    // runs
	{9, ""},                    // rural
	{9, ""},                    // saas
	{60, ""},                   // saas
	{12, ""},                   // safe
	{13, ""},                   // safeguard
	{13, ""},                   // safeguarded
	{13, ""},                   // safeguarding
	{13, ""},                   // safeguards
	{12, ""},                   // safer
	{12, ""},                   // safety
	{36, ""},                   // said
	{10, "teams"},              // sales
	{24, ""},                   // sample
	{24, ""},                   // samples
	{43, ""},                   // satellite
	{48, ""},                   // satellite
	{43, ""},                   // satellites
	{13, ""},                   // save
	{13, ""},                   // saved
	{13, ""},                   // saveed
	{13, ""},                   // saveing
	{13, ""},                   // saves
	{13, ""},                   // saving
	{14, ""},                   // scalable
	{46, ""},                   // schedule
	{10, ""},                   // scholars
	{30, ""},                   // school
	{35, ""},                   // school
	{10, ""},                   // schools
	{10, ""},                   // scientist
	{10, ""},                   // scientists
	{46, ""},                   // scope
	{35, ""},                   // screen
	{63, ""},                   // screenshot
	{63, ""},                   // screenshots
	{60, ""},                   // sdk
	{14, ""},                   // seamless
	{14, ""},                   // seamlessly
	{40, ""},                   // seconded
	{13, ""},                   // secure
	{13, ""},                   // secured
	{13, ""},                   // secureed
	{13, ""},                   // secureing
	{13, ""},                   // secures
	{13, ""},                   // securing
	{40, "also"},               // see
	{41, "also"},               // see
	{41, "the"},                // see
	{4, ""},                    // seek
	{34, "to"},                 // seek
	{64, "to"},                 // seek
	{4, ""},                    // seeked
	{4, ""},                    // seeking
	{4, ""},                    // seeks
	{34, "to"},                 // seeks
	{36, ""},                   // seen
	{63, ""},                   // segmentation
	{6, ""},                    // sell
	{6, ""},                    // selled
	{10, ""},                   // sellers
	{6, ""},                    // selling
	{6, ""},                    // sells
	{9, ""},                    // senior
	{10, ""},                   // seniors
	{60, ""},                   // sensor
	{63, ""},                   // sensor
	{60, ""},                   // sensors
	{63, ""},                   // sensors
	{36, ""},                   // sent
	{17, ""},                   // sentence
	{4, ""},                    // serve
	{4, ""},                    // served
	{4, ""},                    // serveed
	{4, ""},                    // serveing
	{4, ""},                    // serves
	{37, ""},                   // serves
	{30, ""},                   // service
	{4, ""},                    // serving
	{36, ""},                   // set
	{42, "out"},                // sets
	{19, ""},                   // settings
	{19, ""},                   // setup
	{65, ""},                   // several
	{36, ""},                   // shaken
	{22, ""},                   // shall
	{59, ""},                   // shall
	{4, ""},                    // shape
	{4, ""},                    // shaped
	{4, ""},                    // shapeed
	{4, ""},                    // shapeing
	{4, ""},                    // shapes
	{4, ""},                    // shaping
	{30, ""},                   // shared
	{6, ""},                    // ship
	{6, ""},                    // shiped
	{6, ""},                    // shiping
	{6, ""},                    // shipped
	{6, ""},                    // shipping
	{6, ""},                    // ships
	{35, ""},                   // shop
	{10, ""},                   // shopkeepers
	{10, ""},                   // shoppers
	{31, "version"},            // short
	{62, "sighted"},            // short
	{62, ""},                   // short-sighted
	{59, ""},                   // should
	{36, ""},                   // shown
	{62, ""},                   // sight
	{65, ""},                   // significantly
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
	{35, ""},                   // smile
	{51, "they can"},           // so
	{51, "people can"},         // so
	{51, "you can"},            // so
	{51, "that"},               // so
	{59, ""},                   // so
	{7, ""},                    // society
	{30, ""},                   // society
	{9, ""},                    // software
	{10, "companies"},          // software
	{60, ""},                   // software
	{36, ""},                   // sold
	{14, "provider"},           // solution
	{2, ""},                    // solutions
	{14, ""},                   // solutions
	{13, ""},                   // solve
	{13, ""},                   // solved
	{13, ""},                   // solveed
	{13, ""},                   // solveing
	{13, ""},                   // solves
	{13, ""},                   // solving
	{22, "day"},                // some
	{22, ""},                   // someday
	{34, ""},                   // somewhat
	{34, "of"},                 // sort
	{43, ""},                   // sortie
	{6, ""},                    // source
	{40, ""},                   // source
	{6, ""},                    // sourced
	{6, ""},                    // sourceed
	{6, ""},                    // sourceing
	{6, ""},                    // sources
	{6, ""},                    // sourcing
	{43, ""},                   // spacecraft
	{48, ""},                   // spacecraft
	{43, ""},                   // spaceflight
	{10, ""},                   // specialists
	{61, ""},                   // specify
	{62, ""},                   // spectacles
	{36, ""},                   // spent
	{43, ""},                   // splashdown
	{36, ""},                   // spoken
	{43, ""},                   // squadron
	{62, ""},                   // squint
	{0, ""},                    // sr
	{0, ""},                    // st
	{1, ""},                    // st
	{2, ""},                    // stakeholder
	{2, ""},                    // stakeholders
	{7, ""},                    // stakeholders
	{40, ""},                   // stakeholders
	{35, ""},                   // stall
	{10, ""},                   // stallholders
	{10, ""},                   // startup
	{30, ""},                   // startup
	{10, ""},                   // startups
	{14, "of the art"},         // state
	{61, ""},                   // state
	{14, ""},                   // state-of-the-art
	{30, ""},                   // stated
	{17, ""},                   // statement
	{23, ""},                   // statement
	{31, ""},                   // statement
	{49, "goes here"},          // statement
	{59, ""},                   // statement
	{23, ""},                   // statements
	{40, ""},                   // status
	{46, ""},                   // status
	{13, ""},                   // stay
	{13, ""},                   // stayed
	{13, ""},                   // staying
	{13, ""},                   // stays
	{46, ""},                   // steps
	{29, ""},                   // stereo
	{58, "being drafted"},      // still
	{58, "working on"},         // still
	{58, "drafting"},           // still
	{36, ""},                   // stolen
	{23, ""},                   // strategia
	{30, ""},                   // strategic
	{23, ""},                   // strategie
	{23, ""},                   // strategies
	{23, ""},                   // strategy
	{14, ""},                   // streamline
	{35, ""},                   // street
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
	{26, "for"},                // strive
	{34, "to"},                 // strive
	{34, "for"},                // strive
	{64, ""},                   // strive
	{4, ""},                    // strived
	{4, ""},                    // striveed
	{4, ""},                    // striveing
	{4, ""},                    // strives
	{34, "to"},                 // strives
	{34, "for"},                // strives
	{64, ""},                   // strives
	{4, ""},                    // striving
	{26, "for"},                // striving
	{64, ""},                   // striving
	{12, ""},                   // stronger
	{9, ""},                    // student
	{10, ""},                   // student
	{10, ""},                   // students
	{30, ""},                   // studio
	{10, ""},                   // subscribers
	{65, ""},                   // substantially
	{13, ""},                   // succeed
	{13, ""},                   // succeeded
	{13, ""},                   // succeeding
	{13, ""},                   // succeeds
	{2, ""},                    // success
	{3, ""},                    // success
	{12, ""},                   // success
	{46, "criteria"},           // success
	{46, "metrics"},            // success
	{12, ""},                   // suffering
	{61, ""},                   // summarise
	{42, ""},                   // summarises
	{61, ""},                   // summarize
	{42, ""},                   // summarizes
	{17, ""},                   // summary
	{31, ""},                   // summary
	{65, ""},                   // superior
	{4, ""},                    // support
	{10, "teams"},              // support
	{37, ""},                   // support
	{63, ""},                   // support
	{64, ""},                   // support
	{4, ""},                    // supported
	{19, "models"},             // supported
	{63, ""},                   // supported
	{4, ""},                    // supporting
	{37, ""},                   // supporting
	{64, ""},                   // supporting
	{4, ""},                    // supports
	{37, ""},                   // supports
	{63, ""},                   // supports
	{64, ""},                   // supports
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
	{31, ""},                   // synopsis
	{10, ""},                   // sysadmins
	{60, ""},                   // system
	{60, ""},                   // systems
	{35, ""},                   // table
	{13, ""},                   // tackle
	{13, ""},                   // tackled
	{13, ""},                   // tackleed
	{13, ""},                   // tackleing
	{13, ""},                   // tackles
	{13, ""},                   // tackling
	{40, ""},                   // tags
	{36, ""},                   // taken
	{46, "users"},              // target
	{46, ""},                   // target
	{46, ""},                   // targets
	{46, ""},                   // tasks
	{63, ""},                   // tasks
	{36, ""},                   // taught
	{49, ""},                   // tba
	{49, ""},                   // tbc
	{49, ""},                   // tbd
	{6, ""},                    // teach
	{6, ""},                    // teached
	{10, ""},                   // teacher
	{10, ""},                   // teachers
	{6, ""},                    // teaches
	{6, ""},                    // teaching
	{6, ""},                    // teachs
	{30, ""},                   // team
	{46, ""},                   // team
	{10, ""},                   // teams
	{9, ""},                    // tech
	{9, ""},                    // technical
	{30, ""},                   // technical
	{10, ""},                   // teenagers
	{10, ""},                   // teens
	{43, ""},                   // telemetry
	{43, ""},                   // telescope
	{29, ""},                   // television
	{56, "como missao"},        // tem
	{56, "por missao"},         // tem
	{24, ""},                   // template
	{24, ""},                   // templates
	{10, ""},                   // tenants
	{56, "como mision"},        // tenemos
	{23, ""},                   // tenets
	{19, ""},                   // terminology
	{6, ""},                    // test
	{6, ""},                    // tested
	{10, ""},                   // testers
	{6, ""},                    // testing
	{6, ""},                    // tests
	{49, "goes here"},          // text
	{18, ""},                   // than
	{59, ""},                   // than
	{39, "to"},                 // thanks
	{51, "lets"},               // that
	{51, "helps"},              // that
	{59, ""},                   // that
	{3, "future"},              // the
	{7, "public good"},         // the
	{7, "world"},               // the
	{7, "world's"},             // the
	{7, "planet"},              // the
	{7, "public"},              // the
	{12, "benefit of"},         // the
	{18, "only"},               // the
	{22, "day when"},           // the
	{30, ""},                   // the
	{31, "short version"},      // the
	{41, "following"},          // the
	{55, ""},                   // the
	{59, ""},                   // the
	{65, "best"},               // the
	{47, ""},                   // their
	{59, ""},                   // their
	{59, ""},                   // them
	{59, ""},                   // then
	{29, ""},                   // thermal
	{59, ""},                   // these
	{59, ""},                   // they
	{41, "is an overview"},     // this
	{41, "is where"},           // this
	{41, "decision record"},    // this
	{41, "pull request"},       // this
	{41, "document"},           // this
	{41, "doc"},                // this
	{41, "page"},               // this
	{41, "section"},            // this
	{41, "file"},               // this
	{41, "overview"},           // this
	{41, "guide"},              // this
	{41, "article"},            // this
	{41, "post"},               // this
	{41, "repository"},         // this
	{41, "repo"},               // this
	{41, "rfc"},                // this
	{41, "adr"},                // this
	{41, "proposal"},           // this
	{41, "note"},               // this
	{41, "paper"},              // this
	{41, "report"},             // this
	{41, "memo"},               // this
	{41, "briefing"},           // this
	{41, "plan"},               // this
	{41, "template"},           // this
	{41, "example"},            // this
	{41, "tutorial"},           // this
	{41, "chapter"},            // this
	{41, "specification"},      // this
	{41, "policy"},             // this
	{41, "standard"},           // this
	{41, "procedure"},          // this
	{41, "handbook"},           // this
	{41, "manual"},             // this
	{41, "runbook"},            // this
	{41, "playbook"},           // this
	{41, "agreement"},          // this
	{41, "spec"},               // this
	{41, "readme"},             // this
	{41, "wiki"},               // this
	{41, "site"},               // this
	{41, "website"},            // this
	{41, "folder"},             // this
	{41, "directory"},          // this
	{59, ""},                   // this
	{59, ""},                   // those
	{14, "leadership"},         // thought
	{14, "leader"},             // thought
	{36, ""},                   // thought
	{13, ""},                   // thrive
	{13, ""},                   // thrived
	{13, ""},                   // thriveed
	{13, ""},                   // thriveing
	{13, ""},                   // thrives
	{13, ""},                   // thriving
	{39, ""},                   // through
	{59, ""},                   // through
	{36, ""},                   // thrown
	{56, "como mision"},        // tiene
	{56, "por mision"},         // tiene
	{46, ""},                   // timeline
	{40, ""},                   // tip
	{45, ""},                   // tip
	{24, ""},                   // tips
	{40, ""},                   // tips
	{45, ""},                   // tips
	{31, ""},                   // tl;dr
	{40, ""},                   // tl;dr
	{31, ""},                   // tldr
	{40, ""},                   // tldr
	{34, "a certain degree"},   // to
	{34, "some extent"},        // to
	{46, "do"},                 // to
	{49, "be determined"},      // to
	{49, "be defined"},         // to
	{49, "be written"},         // to
	{50, "follow"},             // to
	{50, "come"},               // to
	{51, "help"},               // to
	{51, "enable"},             // to
	{51, "make"},               // to
	{51, "ensure"},             // to
	{51, "allow"},              // to
	{51, "give"},               // to
	{58, "be agreed"},          // to
	{59, ""},                   // to
	{46, ""},                   // to-do
	{46, ""},                   // todo
	{49, ""},                   // todo
	{63, ""},                   // tokens
	{36, ""},                   // told
	{3, ""},                    // tomorrow
	{22, ""},                   // tomorrow
	{60, ""},                   // tool
	{19, ""},                   // tools
	{60, ""},                   // tools
	{8, ""},                    // top
	{14, "notch"},              // top
	{52, "rated"},              // top
	{52, "ranked"},             // top
	{52, ""},                   // top
	{14, ""},                   // top-notch
	{52, ""},                   // top-ranked
	{52, ""},                   // top-rated
	{36, ""},                   // torn
	{10, ""},                   // tourists
	{37, ""},                   // toward
	{37, ""},                   // towards
	{35, ""},                   // town
	{6, ""},                    // track
	{6, ""},                    // tracked
	{6, ""},                    // tracking
	{6, ""},                    // tracks
	{10, ""},                   // trader
	{10, ""},                   // traders
	{35, ""},                   // trail
	{6, ""},                    // train
	{35, ""},                   // train
	{6, ""},                    // trained
	{5, ""},                    // training
	{6, ""},                    // training
	{6, ""},                    // trains
	{43, ""},                   // trajectory
	{4, ""},                    // transform
	{2, ""},                    // transformation
	{14, ""},                   // transformative
	{4, ""},                    // transformed
	{63, ""},                   // transformer
	{63, ""},                   // transformers
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
	{34, "to"},                 // tries
	{19, ""},                   // troubleshooting
	{30, ""},                   // true
	{65, ""},                   // truly
	{30, ""},                   // trust
	{12, ""},                   // trustworthy
	{34, "to"},                 // try
	{29, ""},                   // tunnel
	{14, ""},                   // turnkey
	{29, ""},                   // tv
	{40, ""},                   // type
	{22, ""},                   // ultimately
	{23, ""},                   // und
	{50, "construction"},       // under
	{9, ""},                    // underserved
	{13, ""},                   // understand
	{13, ""},                   // understanded
	{12, ""},                   // understanding
	{13, ""},                   // understanding
	{24, ""},                   // understanding
	{13, ""},                   // understands
	{36, ""},                   // understood
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
	{30, ""},                   // union
	{65, ""},                   // unique
	{18, ""},                   // uniquely
	{30, ""},                   // unit
	{0, ""},                    // univ
	{10, ""},                   // universities
	{18, "other"},              // unlike
	{18, ""},                   // unlike
	{13, ""},                   // unlock
	{13, ""},                   // unlocked
	{13, ""},                   // unlocking
	{13, ""},                   // unlocks
	{14, ""},                   // unmatched
	{14, ""},                   // unparalleled
	{14, ""},                   // unrivaled
	{14, ""},                   // unrivalled
	{30, ""},                   // unser
	{47, ""},                   // unser
	{56, "auftrag ist"},        // unser
	{30, ""},                   // unsere
	{47, ""},                   // unsere
	{56, "mission ist"},        // unsere
	{57, "vision ist"},         // unsere
	{30, ""},                   // unserer
	{47, ""},                   // unserer
	{30, ""},                   // updated
	{40, ""},                   // updated
	{63, ""},                   // upload
	{63, ""},                   // uploads
	{9, ""},                    // urban
	{59, ""},                   // us
	{12, ""},                   // usable
	{19, ""},                   // usage
	{46, ""},                   // usage
	{46, "cases"},              // use
	{61, ""},                   // use
	{12, ""},                   // useful
	{7, ""},                    // user
	{14, "centric"},            // user
	{46, "stories"},            // user
	{14, ""},                   // user-centric
	{7, ""},                    // users
	{39, ""},                   // using
	{64, ""},                   // utilise
	{64, ""},                   // utilize
	{64, ""},                   // utilizes
	{64, ""},                   // utilizing
	{48, ""},                   // vacancy
	{23, ""},                   // valeurs
	{23, ""},                   // valores
	{23, ""},                   // valori
	{2, ""},                    // value
	{3, ""},                    // value
	{14, "added"},              // value
	{23, ""},                   // value
	{14, ""},                   // value-added
	{23, ""},                   // values
	{32, ""},                   // van
	{65, ""},                   // various
	{10, ""},                   // vendor
	{10, ""},                   // vendors
	{40, ""},                   // version
	{18, ""},                   // versus
	{65, ""},                   // very
	{10, ""},                   // veterans
	{39, ""},                   // via
	{12, ""},                   // viable
	{63, ""},                   // video
	{10, ""},                   // viewers
	{35, ""},                   // village
	{21, ""},                   // visao
	{33, ""},                   // visao
	{21, ""},                   // visie
	{33, ""},                   // visie
	{21, "statement"},          // vision
	{21, ""},                   // vision
	{33, "statement"},          // vision
	{33, ""},                   // vision
	{49, "goes here"},          // vision
	{59, ""},                   // vision
	{14, ""},                   // visionary
	{21, ""},                   // visione
	{33, ""},                   // visione
	{33, ""},                   // visions
	{0, ""},                    // viz
	{1, ""},                    // viz
	{10, ""},                   // volunteers
	{32, ""},                   // von
	{32, ""},                   // voor
	{0, ""},                    // vs
	{1, ""},                    // vs
	{18, ""},                   // vs
	{9, ""},                    // vulnerable
	{23, ""},                   // waarden
	{42, "you through"},        // walks
	{26, "to see"},             // want
	{26, ""},                   // want
	{34, "to"},                 // want
	{40, ""},                   // warning
	{45, ""},                   // warning
	{11, ""},                   // was
	{59, ""},                   // was
	{35, ""},                   // water
	{3, ""},                    // way
	{43, ""},                   // waypoint
	{3, ""},                    // ways
	{22, "see a world"},        // we
	{23, ""},                   // we
	{34, "believe"},            // we
	{34, "think"},              // we
	{34, "feel"},               // we
	{39, "will achieve this"},  // we
	{39, "do this"},            // we
	{39, "achieve this"},       // we
	{59, ""},                   // we
	{60, ""},                   // wearable
	{60, ""},                   // wearables
	{63, ""},                   // webcam
	{60, ""},                   // website
	{41, "to"},                 // welcome
	{53, "all"},                // welcome
	{12, "being"},              // well
	{12, ""},                   // well-being
	{12, ""},                   // wellbeing
	{11, ""},                   // were
	{59, ""},                   // were
	{23, ""},                   // werte
	{23, ""},                   // what
	{24, "is"},                 // what
	{24, "are"},                // what
	{24, "makes"},              // what
	{24, "should"},             // what
	{24, "does"},               // what
	{59, ""},                   // what
	{19, "new"},                // what's
	{24, ""},                   // what's
	{28, "next"},               // what's
	{28, "ahead"},              // what's
	{28, "coming"},             // what's
	{28, "changed"},            // what's
	{28, "changing"},           // what's
	{28, "happening"},          // what's
	{28, "different"},          // what's
	{24, "to"},                 // when
	{34, "possible"},           // when
	{59, ""},                   // when
	{34, "possible"},           // whenever
	{22, "we are headed"},      // where
	{22, "we are heading"},     // where
	{22, "we are going"},       // where
	{22, "no one"},             // where
	{22, "every"},              // where
	{22, "everyone"},           // where
	{22, "nobody"},             // where
	{22, "no"},                 // where
	{22, "all"},                // where
	{24, "to"},                 // where
	{34, "possible"},           // where
	{34, "feasible"},           // where
	{34, "practical"},          // where
	{34, "practicable"},        // where
	{34, "appropriate"},        // where
	{59, ""},                   // where
	{18, ""},                   // whereas
	{51, "means"},              // which
	{59, ""},                   // which
	{24, "is"},                 // who
	{59, ""},                   // who
	{59, ""},                   // whom
	{47, ""},                   // whose
	{24, "is"},                 // why
	{24, "are"},                // why
	{24, "do"},                 // why
	{24, "does"},               // why
	{24, "should"},             // why
	{24, "you"},                // why
	{24, "your"},               // why
	{24, "it"},                 // why
	{24, "this"},               // why
	{24, "a"},                  // why
	{24, "an"},                 // why
	{24, "the"},                // why
	{27, "we are here"},        // why
	{27, "we exist"},           // why
	{27, "we're here"},         // why
	{27, ""},                   // why
	{38, "we are here"},        // why
	{38, "we exist"},           // why
	{38, "we're here"},         // why
	{38, ""},                   // why
	{59, ""},                   // why
	{60, ""},                   // widget
	{22, "be"},                 // will
	{22, "have"},               // will
	{22, ""},                   // will
	{50, "follow"},             // will
	{59, ""},                   // will
	{13, ""},                   // win
	{14, "win"},                // win
	{14, ""},                   // win-win
	{13, ""},                   // wined
	{13, ""},                   // wining
	{13, ""},                   // winned
	{13, ""},                   // winning
	{13, ""},                   // wins
	{35, ""},                   // winter
	{34, "to"},                 // wish
	{39, "the help of"},        // with
	{59, ""},                   // with
	{18, ""},                   // without
	{10, ""},                   // women
	{36, ""},                   // won
	{23, ""},                   // work
	{26, "for"},                // work
	{26, "toward"},             // work
	{26, "towards"},            // work
	{39, "with"},               // work
	{39, "alongside"},          // work
	{50, "in progress"},        // work
	{64, "to"},                 // work
	{10, ""},                   // workers
	{9, ""},                    // working
	{26, "for"},                // working
	{26, "toward"},             // working
	{26, "towards"},            // working
	{39, "together with"},      // working
	{39, "with"},               // working
	{39, "alongside"},          // working
	{58, "on the wording"},     // working
	{39, "with"},               // works
	{64, "to"},                 // works
	{3, ""},                    // world
	{14, "class"},              // world
	{25, ""},                   // world
	{54, ""},                   // world
	{65, "renowned"},           // world
	{14, "leading"},            // world's
	{54, ""},                   // world's
	{55, ""},                   // world's
	{14, ""},                   // world-class
	{65, ""},                   // world-renowned
	{54, ""},                   // worldwide
	{36, ""},                   // worn
	{34, ""},                   // would
	{59, ""},                   // would
	{36, ""},                   // woven
	{6, ""},                    // write
	{24, ""},                   // write
	{61, ""},                   // write
	{6, ""},                    // writed
	{6, ""},                    // writeed
	{6, ""},                    // writeing
	{10, ""},                   // writers
	{6, ""},                    // writes
	{6, ""},                    // writing
	{24, ""},                   // writing
	{36, ""},                   // written
	{41, "by"},                 // written
	{29, "ray"},                // x
	{29, ""},                   // x-ray
	{49, ""},                   // xxx
	{23, ""},                   // y
	{58, "to be agreed"},       // yet
	{7, ""},                    // you
	{9, ""},                    // young
	{10, "people"},             // young
	{49, "company"},            // your
	{49, "product"},            // your
	{10, ""},                   // youth
	{23, ""},                   // ziele
}

// tableSlots is a hash table over tableWords: index+1, or 0.
var tableSlots = [8192]uint16{
	0, 0, 0, 0, 181, 0, 0, 0, 2082, 0, 607, 0, 0, 0, 0, 0,
	0, 0, 1316, 0, 1333, 103, 1341, 446, 466, 0, 0, 0, 0, 0, 0, 0,
	0, 1441, 0, 0, 0, 0, 0, 0, 1445, 512, 0, 0, 0, 0, 0, 0,
	490, 1402, 1921, 2131, 0, 0, 0, 0, 0, 1331, 0, 0, 1920, 0, 0, 0,
	0, 0, 63, 1237, 0, 0, 0, 0, 0, 0, 0, 0, 1292, 0, 0, 0,
	0, 0, 0, 0, 0, 1793, 0, 0, 0, 0, 72, 0, 0, 329, 1775, 2121,
	0, 0, 0, 0, 1454, 0, 295, 0, 588, 0, 0, 0, 1194, 292, 0, 0,
	393, 613, 0, 0, 0, 858, 0, 0, 0, 0, 0, 0, 0, 0, 427, 0,
	177, 256, 0, 0, 0, 0, 0, 0, 0, 1290, 0, 0, 0, 136, 1088, 1144,
	1955, 0, 0, 568, 0, 2319, 0, 1854, 0, 0, 0, 0, 0, 1601, 0, 0,
	0, 0, 0, 0, 441, 0, 0, 0, 0, 1893, 0, 0, 0, 971, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1115, 0, 679, 0, 0, 0, 0, 621, 0, 0, 0, 0, 0, 238, 0, 1884,
	0, 456, 2293, 102, 1055, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 847, 0, 0, 1571, 0, 0, 0, 2287, 0, 0, 0, 0,
	890, 0, 196, 0, 0, 0, 0, 0, 0, 0, 0, 381, 0, 370, 0, 373,
	0, 0, 0, 0, 0, 0, 1186, 1391, 0, 995, 0, 0, 1856, 729, 0, 0,
	0, 0, 0, 1771, 199, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1910, 0, 0, 636, 0, 0, 0, 1599, 0, 994, 1329,
	0, 655, 1330, 1554, 0, 0, 0, 0, 0, 0, 0, 0, 0, 216, 0, 0,
	0, 0, 334, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 874, 0,
	0, 1667, 0, 0, 0, 1860, 0, 1983, 698, 1922, 1932, 0, 1011, 0, 0, 0,
	0, 2218, 0, 0, 0, 583, 0, 1435, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 2054, 166, 0, 0, 0, 299, 1918, 2164, 2177, 0, 300, 1246, 748, 0, 0,
	1980, 1662, 0, 0, 646, 1579, 1255, 289, 1967, 0, 0, 961, 0, 229, 375, 428,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 747, 0, 0, 0,
	1074, 0, 170, 0, 2241, 0, 0, 0, 0, 0, 0, 0, 0, 1987, 482, 0,
	2075, 0, 0, 0, 0, 1177, 0, 0, 2220, 834, 0, 2015, 0, 315, 0, 0,
	0, 0, 0, 1271, 1891, 0, 2277, 0, 0, 0, 0, 0, 0, 1109, 808, 0,
	0, 1639, 0, 0, 0, 0, 0, 1519, 1398, 2250, 0, 0, 0, 0, 0, 984,
	1082, 1328, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1753,
	0, 0, 2253, 0, 0, 2248, 0, 0, 0, 0, 0, 0, 0, 492, 1137, 56,
	219, 0, 0, 0, 0, 1227, 0, 0, 2168, 0, 1028, 0, 2289, 0, 0, 0,
	1436, 0, 1198, 0, 0, 2044, 0, 1064, 1536, 1322, 0, 0, 0, 0, 0, 0,
	0, 0, 1774, 1417, 1735, 0, 0, 0, 0, 0, 0, 0, 0, 999, 0, 0,
	0, 0, 0, 0, 0, 0, 79, 0, 0, 0, 0, 911, 1858, 0, 0, 0,
	0, 0, 1947, 1120, 0, 117, 1360, 0, 809, 0, 734, 0, 0, 0, 1448, 0,
	0, 0, 2142, 0, 0, 0, 0, 0, 369, 0, 268, 0, 0, 0, 0, 0,
	0, 1260, 0, 0, 661, 66, 0, 803, 86, 0, 0, 0, 0, 0, 388, 0,
	1225, 293, 0, 0, 0, 0, 0, 1387, 0, 659, 0, 0, 0, 0, 0, 0,
	1621, 187, 0, 0, 0, 0, 0, 2285, 0, 0, 0, 0, 0, 886, 987, 823,
	1651, 1951, 2115, 0, 0, 0, 0, 0, 0, 386, 0, 0, 461, 0, 0, 1751,
	0, 0, 0, 0, 0, 486, 108, 1761, 1817, 0, 0, 1128, 0, 0, 0, 1851,
	0, 0, 0, 0, 0, 0, 0, 810, 881, 0, 0, 0, 0, 0, 1613, 269,
	733, 1640, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1083, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 2096, 0, 2129, 0, 0, 1359, 0, 0, 0, 1181,
	633, 0, 0, 1130, 2019, 265, 1881, 0, 0, 894, 0, 0, 0, 0, 0, 0,
	0, 0, 602, 2046, 0, 0, 2217, 0, 0, 0, 0, 896, 0, 0, 230, 1696,
	1556, 0, 0, 0, 0, 0, 0, 0, 674, 1590, 0, 468, 0, 410, 0, 845,
	0, 0, 0, 0, 0, 0, 444, 0, 0, 0, 0, 0, 0, 1802, 0, 932,
	0, 1432, 1785, 2230, 0, 0, 0, 0, 1343, 0, 0, 0, 115, 545, 0, 0,
	0, 43, 1940, 0, 0, 0, 0, 0, 0, 1298, 0, 1277, 0, 0, 0, 0,
	992, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1023, 1765, 0, 0, 875, 314,
	876, 0, 0, 0, 0, 0, 1749, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 443, 0, 1067, 0, 0, 0,
	0, 821, 0, 0, 0, 244, 0, 0, 1845, 0, 0, 0, 0, 0, 1438, 0,
	676, 0, 0, 0, 0, 0, 0, 0, 0, 0, 377, 0, 0, 433, 0, 0,
	835, 0, 0, 0, 0, 0, 0, 0, 0, 1366, 713, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	571, 0, 0, 263, 218, 814, 0, 0, 0, 0, 0, 0, 0, 0, 857, 0,
	0, 0, 415, 220, 331, 125, 1668, 522, 1673, 0, 796, 0, 0, 0, 0, 0,
	1842, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 176, 0, 0, 670, 830, 0, 964, 564, 949, 0, 0, 0,
	0, 0, 2049, 0, 0, 0, 1756, 350, 457, 0, 0, 0, 0, 0, 0, 0,
	1105, 0, 104, 1682, 0, 0, 0, 0, 0, 0, 487, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 30, 41, 0, 0, 786, 1439, 0, 225, 798, 0, 688,
	0, 1836, 0, 0, 0, 0, 50, 0, 0, 467, 0, 250, 0, 0, 1974, 0,
	0, 626, 0, 0, 0, 0, 1052, 0, 0, 339, 0, 1924, 0, 751, 0, 1796,
	61, 1885, 833, 324, 2026, 2104, 2226, 0, 0, 0, 0, 0, 1680, 110, 232, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1410, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 354, 962, 0,
	0, 0, 0, 0, 302, 0, 0, 0, 768, 0, 0, 566, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 758, 0, 1097, 1629, 0, 703, 0, 0, 0, 0,
	0, 0, 0, 1727, 1826, 2302, 132, 743, 1381, 0, 0, 0, 0, 2181, 0, 0,
	1540, 0, 0, 0, 0, 0, 0, 0, 1156, 0, 1212, 0, 0, 0, 0, 0,
	0, 0, 519, 1737, 0, 1342, 0, 0, 2055, 1433, 2020, 0, 0, 0, 2247, 0,
	0, 0, 332, 0, 1886, 605, 282, 635, 0, 0, 1812, 1313, 0, 0, 472, 0,
	0, 0, 1610, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2323, 0, 0, 0, 2207, 0, 0, 0, 0, 0, 0, 832, 1535, 0, 0, 0,
	0, 0, 0, 2051, 0, 0, 0, 0, 333, 0, 0, 0, 824, 0, 516, 1513,
	0, 0, 599, 1760, 2211, 0, 0, 0, 0, 1098, 2271, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1414, 0, 0, 0, 2308, 0, 0, 0, 0, 0, 0, 2246,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 526, 471, 902, 0, 275, 0, 0, 0, 0,
	0, 0, 509, 0, 0, 0, 1294, 0, 1722, 0, 817, 998, 1619, 1687, 77, 644,
	2108, 1208, 2201, 0, 361, 0, 0, 0, 38, 0, 1047, 0, 0, 0, 0, 777,
	993, 0, 0, 0, 1865, 2154, 1829, 593, 0, 1923, 0, 0, 0, 0, 0, 528,
	1254, 0, 0, 0, 0, 0, 692, 1627, 0, 0, 681, 33, 619, 1029, 0, 0,
	0, 0, 1551, 0, 0, 2047, 0, 0, 0, 0, 569, 0, 0, 1111, 866, 0,
	2010, 0, 0, 1604, 0, 0, 0, 0, 0, 1989, 0, 0, 0, 2176, 0, 0,
	0, 1386, 553, 248, 1993, 1143, 2144, 2148, 0, 0, 0, 0, 0, 909, 2050, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 649, 969, 0, 0, 538,
	1717, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2194, 0, 0, 0,
	1200, 278, 1522, 1827, 950, 1238, 0, 0, 0, 0, 405, 0, 0, 811, 1293, 0,
	0, 0, 0, 791, 0, 0, 0, 0, 0, 0, 0, 0, 1364, 1027, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 518,
	0, 0, 0, 0, 0, 0, 0, 870, 0, 0, 0, 0, 0, 0, 0, 437,
	513, 0, 0, 0, 0, 797, 0, 0, 1797, 0, 0, 0, 0, 1075, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 341, 1468, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1965, 0, 0,
	0, 0, 0, 1943, 0, 0, 0, 0, 0, 867, 1215, 1317, 0, 0, 0, 0,
	979, 0, 0, 0, 37, 222, 0, 0, 211, 2006, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 610, 623, 1350, 1625, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 411, 0, 0, 0, 207,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1953, 0, 0, 164, 0,
	721, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1321, 1020, 2322, 0, 913, 0,
	359, 1779, 0, 0, 107, 0, 504, 1336, 0, 0, 0, 0, 572, 418, 1090, 0,
	0, 152, 251, 436, 0, 1351, 1575, 0, 1063, 0, 0, 1605, 1352, 2303, 0, 1877,
	1709, 0, 0, 1811, 0, 0, 1981, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 186, 205, 839, 0,
	0, 0, 0, 0, 543, 1721, 2057, 0, 954, 0, 0, 40, 0, 53, 0, 2238,
	0, 0, 1172, 1873, 1462, 2278, 0, 0, 1201, 0, 0, 18, 0, 0, 0, 0,
	322, 0, 1548, 2003, 0, 0, 80, 167, 1618, 1899, 0, 0, 783, 0, 0, 0,
	0, 0, 1491, 1094, 1972, 2065, 1042, 0, 1375, 1962, 1388, 0, 1632, 0, 0, 0,
	0, 0, 0, 0, 997, 1777, 2290, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	266, 1675, 0, 0, 0, 2117, 0, 1324, 0, 0, 0, 0, 0, 0, 1427, 0,
	0, 0, 0, 0, 0, 0, 2024, 900, 1585, 1117, 1689, 0, 0, 0, 0, 0,
	630, 0, 0, 0, 0, 957, 0, 0, 0, 0, 1883, 0, 290, 926, 1203, 1479,
	654, 0, 501, 0, 0, 0, 0, 0, 1764, 0, 1253, 0, 0, 2103, 527, 2004,
	0, 0, 0, 1165, 0, 825, 459, 0, 174, 1645, 0, 0, 0, 0, 539, 1719,
	0, 0, 0, 0, 0, 0, 0, 2198, 0, 0, 1546, 0, 0, 702, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1658, 1138, 0, 943, 0, 0, 0,
	0, 1849, 0, 0, 0, 0, 0, 663, 0, 0, 0, 0, 0, 0, 1900, 0,
	0, 0, 730, 0, 0, 0, 0, 0, 0, 2205, 0, 0, 1380, 0, 0, 0,
	1158, 1752, 0, 0, 888, 541, 0, 0, 0, 458, 1106, 0, 1592, 0, 0, 0,
	0, 0, 243, 2079, 2213, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1110, 1236, 1514,
	0, 0, 0, 0, 0, 133, 217, 262, 0, 0, 0, 0, 0, 0, 0, 0,
	1272, 0, 304, 0, 0, 0, 0, 989, 0, 0, 0, 0, 2190, 0, 0, 0,
	0, 0, 0, 2088, 1841, 2101, 0, 0, 2037, 0, 0, 2141, 0, 1037, 0, 1296,
	0, 1146, 0, 0, 0, 0, 0, 0, 0, 0, 1269, 0, 0, 853, 430, 157,
	828, 0, 0, 2321, 0, 0, 0, 204, 178, 2038, 0, 0, 0, 0, 980, 0,
	0, 0, 0, 2094, 0, 0, 481, 923, 0, 0, 0, 697, 0, 0, 0, 0,
	728, 0, 0, 0, 0, 0, 2123, 1511, 0, 351, 0, 1217, 1118, 1633, 1189, 0,
	0, 0, 0, 0, 0, 0, 917, 1108, 0, 0, 1616, 2093, 0, 0, 0, 0,
	183, 0, 0, 0, 1444, 0, 0, 525, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 2299, 0, 0, 0, 0, 0, 1306, 0, 316, 0, 0, 0, 0,
	0, 0, 1759, 0, 0, 0, 940, 0, 1897, 0, 0, 0, 0, 0, 0, 1220,
	0, 0, 0, 0, 0, 0, 0, 0, 1695, 0, 947, 1071, 392, 0, 0, 0,
	0, 0, 0, 0, 872, 0, 0, 0, 0, 0, 0, 0, 2178, 2040, 0, 0,
	0, 1928, 2192, 0, 0, 0, 1451, 0, 0, 0, 0, 799, 0, 0, 0, 0,
	614, 1084, 0, 0, 1142, 0, 0, 0, 396, 0, 0, 0, 0, 1160, 0, 0,
	1323, 0, 0, 1975, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2202, 0, 0,
	0, 0, 474, 1415, 0, 438, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1139,
	0, 0, 2048, 0, 0, 0, 0, 395, 0, 558, 546, 0, 0, 0, 0, 0,
	0, 1529, 0, 48, 0, 0, 0, 312, 0, 0, 0, 1559, 5, 32, 1545, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 790, 689, 0, 0, 0, 0, 0,
	0, 0, 0, 2124, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1553, 0,
	0, 0, 0, 1453, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1367, 0,
	0, 0, 0, 0, 584, 0, 0, 1464, 0, 0, 75, 0, 0, 0, 0, 0,
	0, 0, 0, 1403, 1039, 2105, 2080, 389, 0, 1889, 0, 1539, 1838, 0, 348, 591,
	1745, 0, 0, 864, 1459, 1543, 0, 0, 0, 0, 451, 965, 1446, 1740, 95, 0,
	0, 514, 0, 0, 0, 2145, 0, 0, 398, 1061, 1112, 1495, 1392, 2071, 0, 0,
	0, 1649, 0, 0, 634, 0, 0, 0, 0, 0, 0, 1046, 0, 0, 0, 0,
	1493, 990, 0, 0, 0, 0, 0, 1487, 981, 0, 0, 0, 844, 0, 0, 1481,
	0, 0, 0, 0, 628, 0, 0, 0, 0, 0, 0, 931, 0, 0, 0, 0,
	0, 1844, 330, 529, 1300, 0, 0, 0, 1930, 2274, 0, 0, 0, 1299, 1125, 1413,
	0, 1015, 0, 0, 1504, 1224, 2187, 0, 0, 376, 0, 0, 0, 0, 0, 0,
	0, 2270, 0, 0, 0, 0, 0, 1430, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1878, 945, 0, 0, 0, 1315, 0, 1850, 0, 0, 2062, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 500, 1370, 0, 470, 1450, 0, 0, 0, 0, 1578,
	0, 84, 2023, 0, 0, 616, 2106, 0, 0, 1281, 210, 0, 0, 0, 0, 366,
	0, 0, 0, 1196, 0, 0, 1982, 0, 223, 0, 0, 0, 0, 0, 1888, 2268,
	0, 0, 0, 0, 0, 1736, 2222, 0, 0, 1190, 0, 0, 0, 0, 0, 0,
	309, 0, 0, 0, 0, 308, 884, 0, 0, 0, 0, 0, 0, 694, 1442, 0,
	837, 0, 0, 0, 2067, 0, 972, 1872, 0, 0, 0, 0, 0, 0, 1014, 1024,
	0, 0, 0, 0, 0, 0, 908, 1140, 0, 0, 1008, 0, 1466, 665, 1533, 0,
	1648, 1209, 347, 685, 0, 1589, 2215, 112, 1474, 675, 0, 0, 0, 349, 1252, 2276,
	0, 982, 0, 0, 0, 0, 700, 0, 0, 0, 0, 0, 2027, 0, 0, 0,
	0, 1568, 563, 0, 0, 520, 0, 403, 0, 0, 0, 0, 0, 382, 0, 2030,
	0, 0, 0, 0, 0, 0, 1729, 709, 0, 0, 0, 158, 0, 0, 0, 1766,
	0, 0, 0, 0, 1263, 0, 2147, 0, 0, 0, 1153, 2193, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 227, 420, 907, 1523, 0,
	0, 0, 0, 1941, 1226, 1499, 0, 0, 0, 724, 0, 19, 1038, 2069, 0, 0,
	0, 1079, 0, 0, 0, 1758, 0, 88, 0, 0, 0, 0, 14, 0, 0, 0,
	0, 258, 1650, 0, 0, 0, 0, 0, 190, 0, 0, 0, 0, 0, 0, 0,
	0, 1979, 0, 0, 996, 0, 374, 1482, 0, 0, 0, 0, 0, 0, 0, 0,
	116, 0, 0, 0, 0, 0, 0, 0, 0, 2014, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 737, 0, 0, 0, 0, 1465, 0, 0, 0, 0, 0,
	0, 0, 879, 1195, 0, 0, 966, 1660, 0, 0, 0, 0, 0, 1615, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 2282, 0, 0, 765, 0, 0, 1798,
	0, 0, 0, 0, 2255, 0, 0, 0, 0, 0, 0, 478, 1151, 2234, 0, 0,
	0, 0, 0, 10, 1463, 0, 0, 0, 0, 0, 0, 0, 0, 1654, 589, 0,
	556, 2126, 233, 0, 0, 0, 0, 0, 0, 0, 2097, 0, 412, 0, 0, 0,
	0, 1159, 0, 0, 0, 854, 1608, 0, 0, 0, 0, 0, 0, 0, 1261, 0,
	2036, 0, 0, 0, 0, 0, 0, 0, 1308, 0, 1952, 0, 1626, 0, 0, 0,
	0, 0, 0, 0, 1733, 0, 0, 0, 0, 0, 1059, 1218, 168, 0, 0, 0,
	0, 0, 0, 0, 78, 0, 0, 0, 325, 0, 0, 0, 127, 394, 580, 0,
	0, 0, 0, 0, 601, 1896, 0, 0, 574, 0, 0, 484, 0, 0, 826, 0,
	0, 0, 0, 502, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 215, 0,
	760, 0, 0, 0, 0, 0, 0, 0, 114, 575, 1041, 1614, 0, 0, 0, 0,
	0, 0, 0, 345, 0, 2280, 0, 0, 0, 0, 0, 0, 0, 0, 704, 1611,
	476, 1835, 0, 2059, 2232, 0, 0, 0, 16, 1776, 0, 139, 0, 0, 1813, 0,
	0, 0, 0, 0, 0, 0, 1833, 0, 0, 0, 0, 1012, 0, 0, 0, 0,
	0, 1718, 0, 1791, 0, 0, 208, 0, 1408, 0, 0, 2223, 2118, 1383, 0, 0,
	1848, 0, 0, 0, 0, 0, 570, 0, 0, 0, 1486, 0, 0, 565, 0, 0,
	0, 0, 0, 1948, 0, 914, 0, 0, 0, 653, 0, 0, 0, 0, 1363, 0,
	0, 0, 0, 1609, 0, 0, 0, 0, 0, 2125, 1407, 1853, 0, 141, 2167, 0,
	1154, 1780, 0, 0, 0, 829, 1282, 1302, 1477, 1703, 1257, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1006, 0, 0,
	0, 0, 0, 0, 259, 0, 0, 0, 0, 0, 0, 0, 2140, 0, 0, 0,
	0, 1076, 0, 0, 0, 1456, 1527, 0, 0, 0, 0, 963, 54, 0, 0, 0,
	0, 0, 0, 959, 0, 0, 0, 0, 544, 2137, 0, 0, 1005, 0, 1134, 1335,
	1531, 722, 124, 0, 0, 1868, 1914, 0, 0, 0, 2262, 0, 1476, 0, 0, 0,
	1520, 399, 1623, 1966, 1498, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1327, 0,
	806, 0, 2275, 0, 0, 1428, 0, 0, 2233, 0, 1819, 0, 0, 0, 2128, 0,
	0, 2151, 0, 0, 357, 0, 380, 1021, 0, 401, 0, 1087, 0, 0, 530, 0,
	0, 0, 0, 1990, 0, 288, 0, 0, 0, 0, 0, 939, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 475, 1957, 0, 0, 0, 775, 0, 904, 0, 0, 0,
	0, 0, 0, 1970, 0, 0, 0, 0, 0, 0, 608, 0, 0, 0, 0, 0,
	0, 0, 1193, 0, 0, 0, 0, 0, 0, 0, 0, 1805, 0, 0, 0, 2056,
	1996, 0, 0, 0, 0, 1295, 0, 0, 24, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1283, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1287, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1223, 0, 0, 0, 0, 0, 0, 1311, 0, 0, 1301, 2199,
	0, 0, 0, 2210, 0, 0, 0, 0, 0, 0, 0, 0, 968, 1630, 2281, 955,
	1867, 0, 0, 618, 0, 0, 0, 1180, 0, 2175, 0, 2203, 0, 0, 0, 0,
	0, 0, 0, 0, 1525, 0, 0, 0, 1077, 0, 0, 547, 2296, 0, 0, 0,
	0, 1591, 2122, 0, 0, 0, 0, 0, 52, 209, 1426, 801, 1500, 0, 0, 0,
	0, 0, 0, 473, 0, 0, 0, 0, 0, 0, 0, 664, 0, 0, 871, 0,
	0, 201, 0, 384, 0, 0, 0, 2112, 0, 0, 1911, 735, 0, 0, 0, 0,
	0, 0, 0, 0, 287, 0, 550, 841, 662, 1358, 313, 1512, 1847, 0, 1762, 0,
	1576, 0, 0, 0, 0, 0, 0, 0, 0, 253, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1017, 0, 0, 1557, 1565, 65, 51, 1732, 0, 0,
	2099, 0, 0, 0, 0, 0, 0, 0, 1379, 1443, 1472, 0, 0, 0, 0, 0,
	0, 371, 1101, 0, 0, 0, 0, 0, 1406, 719, 2239, 0, 0, 0, 0, 0,
	0, 121, 364, 0, 0, 0, 0, 0, 0, 2279, 0, 0, 0, 2016, 2073, 338,
	1051, 0, 561, 0, 0, 0, 0, 0, 0, 0, 515, 254, 0, 494, 0, 0,
	0, 1337, 0, 0, 0, 0, 956, 0, 660, 1222, 1808, 1800, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 598, 1245, 2297, 0, 1905, 0, 0, 0, 1714, 0,
	0, 1248, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1742, 1715, 2136,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1385, 1728, 0, 123, 0, 0,
	1915, 0, 0, 0, 0, 0, 0, 2228, 1863, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 493, 0, 0, 1712, 0, 0, 2206, 0, 508, 118, 0, 0, 742, 0,
	0, 1036, 0, 0, 0, 0, 0, 0, 0, 1509, 985, 0, 860, 0, 0, 781,
	1824, 0, 0, 0, 0, 153, 303, 2107, 0, 0, 1799, 691, 1746, 0, 0, 0,
	0, 134, 495, 1197, 1861, 122, 0, 732, 0, 0, 0, 849, 0, 0, 0, 0,
	0, 0, 0, 0, 1890, 0, 0, 1704, 1713, 0, 450, 0, 0, 2053, 0, 0,
	0, 0, 1234, 417, 2318, 887, 0, 0, 0, 0, 0, 21, 750, 0, 0, 35,
	0, 536, 0, 0, 317, 579, 0, 0, 617, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1104, 0, 0, 0, 645, 0, 379, 0, 715, 0, 0,
	0, 0, 2072, 0, 0, 0, 0, 0, 0, 0, 0, 0, 620, 669, 1588, 0,
	0, 0, 0, 0, 0, 169, 0, 0, 0, 0, 1516, 0, 0, 0, 0, 1007,
	0, 335, 0, 0, 0, 0, 0, 0, 0, 1674, 0, 0, 0, 0, 0, 0,
	0, 0, 1280, 0, 1191, 0, 0, 0, 0, 0, 1001, 1054, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 479, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 202, 0, 0, 452, 1060, 578, 0, 1864,
	1228, 2058, 0, 0, 2018, 0, 356, 0, 0, 0, 0, 0, 257, 0, 0, 0,
	0, 0, 0, 788, 0, 0, 1250, 0, 0, 641, 2162, 0, 0, 658, 0, 0,
	0, 0, 1239, 1552, 2195, 0, 101, 0, 0, 2258, 378, 0, 0, 0, 0, 0,
	0, 1240, 0, 0, 927, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1496,
	74, 710, 1081, 1620, 0, 0, 0, 0, 0, 805, 0, 0, 1828, 0, 0, 0,
	1424, 0, 0, 0, 0, 2138, 1312, 0, 0, 2204, 1000, 409, 1089, 1107, 1368, 0,
	0, 0, 2064, 0, 89, 1338, 0, 1437, 0, 624, 0, 0, 1647, 0, 0, 1057,
	1204, 0, 1994, 0, 0, 1045, 0, 0, 0, 422, 1362, 0, 912, 1229, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1169, 0, 0, 0, 1769, 0, 2156, 0,
	0, 0, 1243, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1166, 1656, 1734, 0, 0, 297, 1141, 1449, 1903, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1192, 17, 160, 1404, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1573, 1839, 0, 0, 0, 554, 0, 109, 548, 0,
	1334, 0, 0, 0, 2000, 0, 1907, 0, 0, 687, 0, 46, 0, 1670, 0, 221,
	279, 895, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1184, 0, 0, 1663, 0, 0, 0, 416, 701, 1497, 0,
	0, 87, 1354, 738, 0, 0, 0, 2315, 0, 1355, 1429, 0, 899, 1070, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1397, 2320, 1320, 0, 0,
	151, 1393, 2012, 0, 0, 0, 0, 0, 0, 0, 0, 967, 2090, 1480, 0, 0,
	0, 1095, 383, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 953, 0, 0,
	0, 1986, 0, 0, 0, 0, 0, 0, 1325, 0, 0, 983, 0, 1206, 0, 0,
	0, 0, 0, 0, 1178, 2237, 0, 0, 0, 0, 0, 1688, 477, 1148, 0, 1790,
	869, 0, 0, 0, 0, 0, 0, 1420, 0, 0, 0, 0, 0, 0, 0, 1700,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 296, 0, 0, 1607, 2309, 0,
	0, 0, 0, 0, 0, 925, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0,
	432, 755, 1988, 0, 0, 0, 819, 0, 0, 0, 0, 595, 2267, 843, 144, 2251,
	1092, 0, 0, 0, 1964, 0, 0, 0, 0, 975, 1904, 0, 0, 0, 0, 0,
	0, 0, 307, 0, 0, 0, 0, 0, 0, 1389, 0, 0, 390, 2160, 0, 2313,
	0, 0, 0, 90, 0, 0, 0, 0, 0, 0, 0, 1908, 0, 0, 0, 2070,
	0, 0, 0, 0, 0, 0, 638, 0, 445, 397, 0, 0, 0, 1049, 0, 0,
	533, 0, 0, 1935, 0, 0, 321, 1285, 0, 0, 0, 1249, 0, 0, 0, 1887,
	0, 0, 0, 0, 540, 0, 0, 686, 779, 182, 873, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 549, 0, 1274, 161, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 842, 0, 0, 1230, 0, 1537,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 861, 2219, 355,
	0, 0, 0, 0, 0, 0, 0, 0, 919, 0, 934, 1475, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 2068, 368, 2152, 0, 0, 0, 0, 0, 55, 0, 0,
	462, 465, 1541, 0, 2235, 0, 70, 2021, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 180, 1241, 0, 0, 0, 1314, 1455, 2170,
	0, 0, 0, 0, 0, 0, 0, 0, 1653, 1795, 1155, 0, 2077, 2089, 0, 0,
	0, 0, 0, 0, 2132, 1376, 2231, 0, 0, 1349, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1235, 813, 0, 1876, 0, 0, 0, 0, 0, 856, 0, 8, 483,
	924, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1058, 941, 0, 0, 0, 0,
	27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 76, 0, 0, 0, 235,
	2295, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 39, 0, 0, 71, 280, 711, 855, 0, 0, 1631, 0, 0,
	1530, 2084, 0, 480, 0, 0, 0, 0, 0, 0, 0, 1318, 0, 0, 0, 1912,
	0, 0, 0, 0, 0, 0, 0, 1022, 0, 0, 0, 0, 0, 0, 1405, 83,
	0, 0, 0, 242, 0, 0, 0, 0, 353, 391, 0, 1256, 2191, 0, 0, 1999,
	0, 2158, 1555, 1781, 1652, 0, 0, 0, 372, 0, 0, 0, 0, 0, 0, 0,
	2081, 0, 0, 188, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 200, 206, 408, 0, 0, 0, 1787, 0, 0, 0, 552,
	2007, 1763, 0, 0, 0, 1770, 94, 596, 0, 0, 1600, 0, 0, 0, 0, 2252,
	463, 0, 2086, 0, 1126, 1931, 1954, 0, 0, 0, 0, 0, 739, 1708, 2300, 0,
	0, 276, 0, 534, 1371, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2130, 749, 1266, 2288, 193,
	2310, 496, 0, 0, 0, 0, 0, 0, 0, 763, 0, 11, 2076, 0, 0, 2294,
	0, 0, 0, 0, 0, 0, 1517, 0, 0, 1157, 6, 1207, 1483, 795, 0, 0,
	137, 0, 0, 0, 1175, 0, 0, 0, 1534, 0, 0, 0, 727, 0, 0, 0,
	0, 424, 0, 0, 0, 92, 0, 0, 0, 0, 0, 179, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1706, 0, 647, 0, 2301, 0, 0, 0, 2032, 1968,
	2243, 1832, 0, 0, 0, 0, 0, 0, 0, 1210, 0, 0, 0, 45, 0, 0,
	1642, 0, 0, 442, 0, 1199, 0, 0, 0, 1542, 1310, 1506, 1123, 2011, 0, 0,
	0, 0, 1319, 0, 0, 0, 0, 0, 0, 0, 82, 0, 0, 0, 683, 165,
	0, 0, 880, 2139, 2216, 1231, 0, 0, 1612, 0, 0, 0, 0, 0, 0, 0,
	503, 0, 0, 1515, 0, 0, 0, 0, 0, 0, 0, 0, 1818, 0, 0, 0,
	0, 0, 2173, 0, 0, 0, 0, 0, 0, 868, 2221, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1837, 0, 905, 2298, 551, 1834, 1772, 0, 0, 0,
	0, 0, 0, 1549, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1073, 1857,
	0, 0, 0, 0, 0, 0, 1214, 2212, 2197, 0, 0, 0, 0, 455, 0, 2317,
	0, 224, 0, 0, 0, 0, 0, 1913, 0, 0, 0, 0, 0, 1016, 0, 0,
	0, 1694, 0, 0, 0, 155, 0, 0, 1030, 0, 2085, 0, 0, 301, 0, 752,
	1099, 1919, 2269, 928, 91, 0, 0, 2127, 0, 0, 929, 0, 753, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2116, 1113, 260, 0, 1026, 0, 131, 0, 172,
	346, 586, 0, 0, 0, 60, 2150, 135, 746, 2273, 274, 0, 1843, 0, 0, 73,
	0, 1422, 0, 0, 1378, 0, 0, 0, 0, 0, 0, 1339, 0, 0, 0, 0,
	0, 0, 2259, 0, 0, 0, 2225, 1902, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1149, 0, 365, 1532, 0, 0, 1909, 0, 0, 0,
	0, 1188, 0, 0, 0, 0, 0, 0, 336, 0, 1602, 1773, 0, 0, 1577, 0,
	0, 0, 2045, 0, 0, 785, 0, 0, 0, 0, 0, 1373, 0, 23, 831, 1170,
	1684, 0, 0, 0, 0, 1492, 0, 898, 0, 0, 0, 440, 1665, 2179, 0, 1044,
	0, 0, 507, 1124, 1859, 0, 0, 1572, 0, 0, 0, 773, 0, 0, 0, 684,
	402, 1563, 0, 0, 920, 448, 0, 0, 0, 0, 0, 759, 1820, 0, 0, 1259,
	0, 2039, 1233, 0, 0, 0, 0, 0, 0, 1671, 0, 0, 0, 0, 557, 0,
	1971, 0, 0, 0, 0, 0, 0, 328, 0, 449, 0, 0, 0, 0, 0, 2083,
	327, 0, 0, 0, 0, 0, 0, 922, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 2272, 0, 0, 0, 0, 0, 0, 0, 0, 0, 892, 1815, 1659, 0, 0,
	0, 0, 1701, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1879, 0, 0,
	2200, 0, 0, 0, 0, 2257, 0, 0, 0, 1434, 1643, 0, 1992, 0, 559, 1270,
	0, 0, 863, 0, 0, 0, 0, 0, 0, 0, 237, 1374, 0, 0, 2143, 0,
	1661, 1874, 2060, 0, 0, 0, 0, 0, 0, 0, 852, 761, 2286, 0, 0, 0,
	0, 1066, 0, 1679, 792, 360, 0, 145, 0, 0, 0, 0, 0, 0, 0, 0,
	1216, 0, 631, 2316, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1937, 0, 0, 0, 2025, 142, 0, 0, 0, 0, 0, 0, 0,
	1666, 0, 1152, 0, 0, 0, 0, 0, 0, 1013, 0, 0, 622, 677, 0, 497,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1056, 695, 1219, 0, 0, 0, 0,
	0, 0, 0, 506, 0, 0, 942, 0, 0, 0, 0, 0, 2266, 0, 0, 1985,
	0, 0, 1603, 0, 0, 0, 0, 0, 0, 1145, 0, 0, 650, 291, 793, 0,
	0, 435, 592, 0, 0, 0, 453, 0, 0, 319, 0, 0, 310, 0, 1305, 0,
	0, 0, 0, 0, 1646, 1738, 1892, 0, 0, 0, 0, 0, 0, 0, 930, 1524,
	0, 15, 0, 0, 0, 0, 0, 0, 0, 1096, 1019, 0, 0, 1724, 0, 1958,
	0, 0, 0, 0, 0, 0, 0, 1211, 774, 0, 0, 0, 0, 0, 0, 0,
	0, 1356, 802, 0, 26, 1508, 0, 1251, 0, 0, 0, 2017, 0, 0, 0, 0,
	0, 0, 0, 0, 794, 294, 0, 0, 93, 1062, 0, 2002, 0, 0, 0, 0,
	277, 782, 283, 1069, 2284, 0, 0, 0, 0, 0, 0, 0, 0, 2028, 2114, 58,
	0, 1586, 98, 1582, 1869, 0, 0, 0, 0, 0, 0, 1213, 0, 1583, 0, 3,
	1168, 2159, 0, 0, 1866, 1457, 0, 0, 0, 0, 0, 2311, 0, 771, 0, 1484,
	1949, 0, 0, 0, 0, 0, 840, 111, 1852, 0, 0, 0, 0, 0, 1221, 0,
	903, 1933, 0, 126, 284, 0, 0, 0, 421, 1950, 0, 1862, 0, 0, 0, 0,
	0, 1936, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 720, 1792, 0, 0,
	0, 0, 0, 0, 1597, 1969, 883, 1278, 0, 0, 974, 0, 0, 0, 0, 0,
	1205, 1304, 0, 0, 1944, 0, 0, 0, 0, 1926, 0, 812, 0, 850, 632, 764,
	0, 0, 0, 0, 0, 0, 0, 1816, 0, 0, 0, 1048, 0, 0, 0, 1669,
	0, 358, 0, 0, 0, 0, 0, 2110, 0, 594, 1528, 0, 0, 0, 0, 0,
	0, 560, 2091, 0, 1810, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1825, 0, 1538, 0, 1100, 0, 0, 0, 0, 1163, 0, 0, 0, 1698, 0,
	13, 0, 0, 555, 2182, 0, 0, 0, 1894, 0, 0, 0, 0, 2312, 0, 0,
	0, 0, 0, 0, 754, 0, 0, 885, 1502, 0, 0, 0, 249, 0, 1683, 910,
	2043, 1788, 0, 0, 0, 1147, 1394, 0, 705, 0, 0, 0, 163, 0, 0, 1303,
	0, 0, 0, 562, 0, 0, 0, 1636, 0, 615, 0, 0, 0, 0, 0, 1121,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 189, 0, 0, 0, 0, 0,
	0, 726, 1072, 0, 0, 848, 0, 0, 0, 0, 320, 915, 1043, 1804, 0, 0,
	0, 1895, 2214, 0, 0, 0, 1065, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 882, 0,
	0, 0, 0, 0, 0, 0, 1265, 0, 1018, 0, 0, 1091, 2120, 862, 0, 0,
	0, 977, 129, 0, 0, 0, 0, 0, 0, 0, 666, 236, 0, 838, 1809, 0,
	423, 1507, 1510, 0, 0, 0, 0, 0, 0, 960, 0, 0, 0, 0, 1369, 67,
	1440, 184, 1182, 0, 0, 1521, 0, 0, 0, 0, 0, 0, 0, 0, 2242, 1187,
	0, 1034, 0, 600, 991, 0, 0, 0, 1162, 400, 815, 1806, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1672, 0, 1657, 1711, 273, 0, 0, 0,
	1297, 639, 0, 0, 0, 0, 0, 1268, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1574, 0, 0, 0, 1637, 2100, 0, 2119, 0, 1959,
	0, 0, 194, 0, 0, 1569, 0, 0, 0, 0, 0, 128, 0, 787, 0, 499,
	0, 0, 0, 0, 429, 1494, 0, 0, 1644, 0, 0, 0, 0, 1945, 0, 0,
	0, 0, 0, 0, 597, 0, 0, 0, 0, 1133, 0, 0, 0, 0, 0, 22,
	0, 0, 1164, 1757, 0, 1840, 0, 0, 1754, 0, 0, 1503, 714, 921, 1372, 0,
	0, 1934, 0, 0, 0, 0, 0, 0, 1741, 1705, 0, 0, 0, 0, 130, 0,
	0, 822, 0, 0, 0, 0, 0, 2146, 0, 0, 0, 0, 629, 1275, 261, 0,
	0, 0, 0, 0, 2034, 0, 0, 0, 0, 1262, 0, 789, 951, 0, 0, 0,
	2009, 0, 0, 0, 0, 0, 1135, 1171, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 1461, 0, 0, 0, 0, 1423, 1693, 0, 2001, 0, 0, 1288, 0, 0,
	2324, 1185, 0, 0, 0, 362, 0, 0, 0, 1596, 1606, 0, 0, 745, 0, 978,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1778, 0, 298, 0, 173, 0, 0,
	240, 0, 0, 0, 0, 0, 1978, 0, 668, 708, 0, 0, 0, 0, 425, 0,
	1939, 0, 0, 0, 0, 0, 625, 2102, 0, 119, 0, 0, 0, 1478, 1485, 2022,
	146, 2314, 1561, 0, 47, 0, 0, 0, 0, 523, 0, 0, 0, 0, 682, 1831,
	1946, 0, 0, 0, 0, 673, 1562, 0, 162, 0, 0, 0, 0, 0, 0, 0,
	0, 272, 1116, 0, 1710, 1995, 816, 0, 1085, 2005, 0, 818, 0, 0, 0, 0,
	0, 0, 0, 0, 889, 198, 0, 0, 0, 0, 1488, 1353, 1421, 2098, 0, 0,
	0, 0, 0, 0, 0, 1855, 0, 878, 0, 0, 0, 0, 0, 2061, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 643, 0, 414, 0, 0, 1880, 1702, 326, 0, 0, 0, 0, 0, 0, 1103,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1739, 0, 0, 0, 0, 0, 99, 1080, 1641, 2306, 1789, 0, 0, 0, 0,
	0, 0, 0, 1723, 0, 2087, 1267, 0, 0, 1400, 0, 627, 0, 439, 1518, 0,
	0, 0, 800, 148, 305, 267, 318, 2305, 0, 0, 0, 935, 0, 0, 0, 1326,
	0, 0, 0, 246, 0, 0, 0, 531, 485, 191, 1558, 1598, 0, 0, 0, 2,
	0, 0, 0, 1560, 0, 105, 0, 1901, 0, 0, 891, 0, 140, 0, 0, 0,
	0, 0, 340, 0, 0, 0, 0, 195, 0, 1846, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 521, 0, 0, 1882, 2013, 0, 1396, 0, 1031, 0, 0, 0,
	0, 0, 0, 0, 0, 1332, 725, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 271, 0, 0, 0, 0, 0, 0, 0, 1823, 0, 0, 0, 0, 0, 0,
	0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2149, 0, 0, 0,
	1127, 0, 0, 0, 0, 0, 0, 0, 535, 986, 0, 1348, 0, 769, 590, 1425,
	1655, 1340, 0, 0, 0, 0, 0, 1470, 0, 1664, 0, 0, 0, 976, 0, 0,
	0, 231, 0, 2229, 0, 2184, 0, 2185, 0, 143, 0, 0, 0, 0, 0, 678,
	2254, 1409, 0, 0, 0, 804, 0, 807, 0, 1, 0, 0, 0, 0, 192, 0,
	0, 0, 171, 1677, 0, 0, 0, 270, 0, 0, 0, 0, 0, 0, 0, 772,
	0, 1419, 1976, 0, 0, 0, 2042, 0, 0, 0, 0, 0, 0, 0, 0, 2304,
	1469, 0, 958, 0, 0, 0, 0, 1567, 0, 0, 0, 0, 0, 0, 0, 1755,
	0, 851, 0, 0, 0, 0, 156, 2157, 0, 0, 936, 0, 2169, 0, 0, 0,
	0, 0, 0, 2236, 0, 0, 762, 1035, 0, 1086, 0, 1273, 0, 0, 0, 0,
	0, 460, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1747, 0, 0, 252, 0,
	0, 0, 0, 0, 197, 0, 0, 585, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1748, 0, 0, 0, 0, 0, 1032, 642,
	0, 680, 2224, 784, 2265, 0, 937, 1634, 149, 0, 0, 2165, 0, 0, 1471, 1242,
	2208, 0, 0, 0, 0, 0, 0, 81, 0, 147, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2174, 0, 2249, 0, 0, 0, 34, 2092, 2163,
	0, 1624, 0, 0, 0, 0, 0, 0, 0, 0, 952, 454, 744, 0, 0, 0,
	0, 0, 0, 0, 0, 286, 0, 0, 2063, 0, 212, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1399, 0, 0, 0, 0, 0, 0, 1906, 0, 766, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 948, 1875, 2261, 0, 0, 0, 0, 2172,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 226, 0, 0,
	0, 577, 0, 0, 0, 2240, 988, 31, 648, 2183, 0, 0, 1743, 612, 0, 0,
	285, 0, 0, 0, 0, 0, 0, 0, 2035, 0, 0, 0, 0, 1279, 1699, 0,
	0, 1807, 0, 0, 0, 0, 0, 0, 0, 2033, 0, 0, 716, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1132, 0, 0, 0, 0, 0, 0, 96, 0,
	1176, 1676, 0, 0, 0, 0, 0, 0, 239, 537, 2153, 0, 2180, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1119, 0, 0, 0,
	0, 0, 582, 0, 0, 1490, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 567, 657, 0, 0, 696, 0, 0, 0, 0, 0, 0, 846,
	0, 0, 0, 731, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1595, 0,
	0, 573, 0, 323, 0, 0, 0, 0, 0, 0, 0, 0, 1587, 0, 0, 281,
	1093, 1452, 0, 0, 1416, 0, 0, 0, 0, 0, 1691, 0, 0, 0, 241, 0,
	1174, 1594, 62, 1794, 2135, 2188, 1767, 1956, 859, 0, 469, 0, 0, 0, 0, 2029,
	106, 0, 0, 0, 0, 1284, 0, 0, 0, 542, 1473, 1720, 0, 0, 0, 1593,
	1783, 0, 1622, 2066, 652, 0, 234, 1566, 2134, 0, 1009, 0, 0, 0, 0, 0,
	1584, 1395, 2008, 57, 0, 0, 69, 363, 2244, 0, 9, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2074, 1161, 0, 0, 343, 0,
	0, 0, 0, 0, 0, 1977, 0, 0, 0, 150, 587, 1898, 0, 0, 0, 0,
	1686, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2109, 0, 0, 0,
	0, 0, 0, 0, 154, 0, 1357, 1033, 0, 0, 0, 776, 0, 1692, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 491, 970, 0, 1276, 0, 0, 0,
	0, 0, 0, 185, 0, 0, 0, 2078, 1412, 0, 0, 0, 0, 1744, 0, 0,
	0, 1925, 0, 656, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1068, 0, 0, 0, 0, 1382, 0, 780, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	511, 2111, 0, 0, 0, 0, 311, 0, 718, 1963, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 387, 0, 0, 0, 1984, 0, 0, 0, 0, 0,
	85, 0, 0, 0, 0, 0, 0, 1973, 0, 1830, 0, 0, 0, 1365, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 651, 0, 0, 0, 1784, 0, 2171, 0,
	0, 0, 0, 0, 0, 0, 0, 637, 1286, 0, 1309, 1418, 0, 0, 0, 0,
	0, 0, 0, 1040, 0, 0, 0, 0, 0, 0, 0, 0, 640, 1010, 1505, 1782,
	0, 0, 0, 0, 0, 0, 0, 1814, 0, 604, 0, 0, 2052, 159, 0, 44,
	0, 0, 0, 0, 0, 0, 672, 1697, 0, 0, 0, 0, 175, 0, 0, 671,
	1916, 1961, 0, 1131, 0, 0, 0, 0, 1129, 827, 0, 778, 0, 2186, 0, 0,
	0, 0, 0, 0, 897, 0, 0, 0, 0, 0, 1345, 1347, 0, 0, 404, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1447, 0, 0, 0, 0, 0, 1638,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 0,
	1258, 0, 1377, 489, 0, 0, 0, 0, 1264, 0, 0, 0, 447, 0, 0, 0,
	245, 707, 0, 0, 2245, 0, 0, 0, 756, 0, 0, 0, 770, 0, 0, 0,
	385, 0, 0, 0, 0, 28, 1244, 0, 0, 342, 0, 1002, 1564, 717, 1580, 0,
	0, 7, 2031, 2260, 0, 0, 0, 0, 426, 1431, 0, 214, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 901, 367, 0, 1150,
	603, 1167, 0, 1550, 836, 0, 0, 1929, 488, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1628, 0, 0, 0, 0, 0,
	505, 1707, 1458, 0, 0, 0, 0, 1544, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1489, 2292, 0, 1346, 0, 0, 0, 0, 693, 1681, 0, 0, 1730,
	0, 1102, 264, 2263, 0, 0, 0, 0, 1004, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 877, 306, 29, 1173, 1570, 0, 2095, 2264, 1289, 0, 68, 667, 0, 0,
	0, 0, 0, 0, 0, 64, 510, 0, 0, 1685, 0, 0, 113, 0, 0, 0,
	1960, 0, 0, 0, 1501, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1183,
	0, 0, 0, 0, 0, 0, 1801, 0, 0, 0, 0, 0, 767, 1690, 0, 0,
	0, 0, 0, 517, 0, 0, 0, 0, 1821, 0, 0, 0, 0, 0, 1390, 1232,
	0, 352, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 938, 0, 0, 0,
	2227, 0, 0, 0, 1871, 0, 0, 0, 0, 2291, 2166, 2196, 0, 0, 0, 0,
	1401, 0, 0, 0, 0, 0, 0, 1291, 1716, 1803, 120, 407, 611, 0, 0, 0,
	0, 0, 1998, 0, 0, 0, 0, 0, 0, 203, 406, 0, 933, 0, 1942, 97,
	0, 0, 0, 1344, 0, 1678, 0, 0, 0, 0, 2133, 0, 138, 0, 0, 0,
	0, 757, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1526, 0,
	0, 606, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1384, 0, 0, 434, 0, 0,
	0, 0, 2283, 0, 0, 0, 0, 1768, 0, 0, 0, 213, 0, 973, 1617, 865,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 419, 1122, 1247, 0, 0, 0,
	0, 0, 2209, 0, 0, 0, 893, 0, 0, 0, 690, 0, 464, 0, 0, 0,
	0, 0, 0, 0, 1307, 247, 1750, 0, 1050, 0, 49, 740, 0, 0, 0, 0,
	1997, 0, 0, 0, 0, 524, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1025, 0, 0, 0, 1078, 1467, 36, 0, 0, 712, 0,
	0, 0, 741, 0, 0, 0, 2041, 0, 0, 0, 0, 699, 0, 0, 337, 0,
	944, 0, 59, 0, 1726, 1822, 0, 0, 0, 0, 0, 1927, 228, 0, 0, 1460,
	0, 0, 0, 1202, 0, 2189, 0, 0, 0, 0, 0, 0, 2307, 0, 0, 0,
	0, 1361, 0, 0, 0, 1870, 1635, 2161, 0, 0, 0, 0, 0, 0, 0, 1053,
	1411, 0, 0, 0, 0, 0, 0, 723, 0, 0, 2256, 0, 0, 0, 1917, 0,
	1547, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1786, 820, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1179, 0, 344, 0, 0, 0, 609, 0, 0, 0, 0,
	0, 0, 0, 1731, 0, 0, 0, 0, 42, 946, 0, 0, 0, 0, 0, 0,
	706, 1991, 0, 0, 0, 0, 0, 0, 498, 0, 0, 736, 1581, 1003, 0, 0,
	0, 0, 2155, 0, 0, 0, 532, 916, 0, 1114, 0, 576, 0, 906, 413, 581,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1725, 0, 0, 0, 918,
	0, 0, 0, 0, 2113, 0, 0, 1136, 0, 0, 0, 0, 431, 0, 0, 0,
	0, 0, 0, 0, 0, 1938, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
}
