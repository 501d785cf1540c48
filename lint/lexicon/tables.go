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
	"benefit-noun",
	"benefit-outcome",
	"benefit-verb",
	"buzzwords",
	"byline",
	"changelog-name",
	"changelog-name-page",
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
	"length-count",
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
	"organisation-noun",
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
	"text-unit",
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
	false, // benefit-noun
	false, // benefit-outcome
	true,  // benefit-verb
	false, // buzzwords
	false, // byline
	false, // changelog-name
	false, // changelog-name-page
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
	false, // length-count
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
	false, // organisation-noun
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
	false, // text-unit
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
		"chance",
		"chances",
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
		"visit",
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
		"enterprise",
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
		"no-one",
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
	{ // benefit-noun
		"behalf",
		"benefit",
		"good",
		"interest",
		"interests",
		"sake",
		"welfare",
		"well-being",
		"wellbeing",
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
		"happy",
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
		"preserve",
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
		"last reviewed by",
		"last reviewed on",
		"last revised at",
		"last revised by",
		"last revised on",
		"last updated at",
		"last updated by",
		"last updated on",
	},
	{ // changelog-name
		"change log",
		"changelog",
		"changes",
		"release history",
		"release notes",
		"releases",
	},
	{ // changelog-name-page
		"history",
		"news",
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
		"build toward",
		"build towards",
		"building",
		"building toward",
		"building towards",
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
		"want to be",
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
	{ // length-count
		"a",
		"about",
		"around",
		"at",
		"couple",
		"eight",
		"few",
		"five",
		"four",
		"max",
		"maximum",
		"more",
		"most",
		"nine",
		"no",
		"of",
		"one",
		"or",
		"seven",
		"six",
		"ten",
		"than",
		"three",
		"to",
		"two",
		"under",
		"up",
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
		"template",
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
		"concept",
		"concepts",
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
		"term",
		"terms",
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
	{ // organisation-noun
		"business",
		"businesses",
		"companies",
		"company",
		"enterprise",
		"enterprises",
		"government",
		"institution",
		"institutions",
		"organisation",
		"organisations",
		"organization",
		"organizations",
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
		"beliefs",
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
		"pillars",
		"plan",
		"plans",
		"pricing",
		"principles",
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
		"tenets",
		"timeline",
		"to-do",
		"todo",
		"usage",
		"use cases",
		"user stories",
		"values",
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
		"no-one",
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
		"copy",
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
	{ // text-unit
		"bullet",
		"bullets",
		"character",
		"characters",
		"line",
		"lines",
		"paragraph",
		"paragraphs",
		"sentence",
		"sentences",
		"word",
		"words",
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
	"around",
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
	"behalf",
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
	"bullet",
	"bullets",
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
	"chance",
	"chances",
	"change",
	"changed",
	"changeed",
	"changeing",
	"changelog",
	"changes",
	"changing",
	"character",
	"characters",
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
	"concept",
	"concepts",
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
	"copy",
	"core",
	"corp",
	"corporate",
	"could",
	"council",
	"countdown",
	"countless",
	"countries",
	"country",
	"couple",
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
	"eight",
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
	"few",
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
	"five",
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
	"four",
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
	"happy",
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
	"institution",
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
	"interest",
	"interests",
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
	"line",
	"lines",
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
	"max",
	"maximum",
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
	"nine",
	"no",
	"no-one",
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
	"paragraph",
	"paragraphs",
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
	"pillars",
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
	"preserve",
	"preserved",
	"preserveed",
	"preserveing",
	"preserves",
	"preserving",
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
	"sake",
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
	"sentences",
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
	"seven",
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
	"six",
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
	"ten",
	"tenants",
	"tenemos",
	"tenets",
	"term",
	"terminology",
	"terms",
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
	"three",
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
	"two",
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
	"up",
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
	"visit",
	"visited",
	"visiting",
	"visits",
	"visitted",
	"visitting",
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
	"welfare",
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
	"word",
	"words",
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
	0x4000000000000000, // #1
	0x800,              // 20
	0x800,              // 20-somethings
	0x100000000,        // 3d
	0x40202204008,      // a
	0x0,                // abbiamo
	0x4000,             // ability
	0x40400000000,      // about
	0x200000000000,     // above
	0x400000000,        // abstract
	0x800,              // academics
	0x200000000,        // academy
	0x8010,             // accelerate
	0x8010,             // accelerated
	0x8010,             // accelerateed
	0x8010,             // accelerateing
	0x8010,             // accelerates
	0x8010,             // accelerating
	0xc000,             // access
	0x8000,             // accessed
	0x8000,             // accesses
	0x4000,             // accessible
	0x8000,             // accessing
	0x8000,             // accesss
	0x800,              // accountants
	0x8000,             // achieve
	0x8000,             // achieved
	0x8000,             // achieveed
	0x8000,             // achieveing
	0x8000,             // achieves
	0x8000,             // achieving
	0x80000000000000,   // acknowledgements
	0x80000000000,      // act
	0x80000000000,      // acting
	0x100000000000,     // action
	0x10000,            // actionable
	0x100000000000,     // actions
	0x80000000000,      // acts
	0x0,                // add
	0x20000000000000,   // admin
	0x20000000000000,   // administration
	0x800,              // administrators
	0x800,              // admins
	0x200000080,        // adopted
	0x20,               // adoption
	0x400,              // adult
	0x8010,             // advance
	0x8010,             // advanced
	0x8010,             // advanceed
	0x8010,             // advanceing
	0x10000008010,      // advances
	0x10000008010,      // advancing
	0x40,               // advocate
	0x40,               // advocated
	0x40,               // advocateed
	0x40,               // advocateing
	0x40,               // advocates
	0x40,               // advocating
	0x8000,             // afford
	0x4000,             // affordable
	0x8000,             // afforded
	0x8000,             // affording
	0x8000,             // affords
	0x800,              // agencies
	0x200000400,        // agency
	0x80000000000000,   // agenda
	0x10000,            // agile
	0x100200000080,     // agreed
	0x100010000,        // ai
	0x10000,            // ai-driven
	0x10000,            // ai-powered
	0x2002000010,       // aim
	0x10,               // aimed
	0x10,               // aiming
	0x2002000010,       // aims
	0x1,                // al
	0x0,                // algorithm
	0x0,                // algorithms
	0x4,                // alignment
	0x100,              // all
	0x8000,             // alleviate
	0x8000,             // alleviated
	0x8000,             // alleviateed
	0x8000,             // alleviateing
	0x8000,             // alleviates
	0x8000,             // alleviating
	0x200000000,        // alliance
	0x10000000000000,   // allow
	0x10000000000000,   // allowed
	0x10000000000000,   // allowing
	0x10000000000000,   // allows
	0x200000,           // alternative
	0x80000000000000,   // alternatives
	0x1000000000000,    // altitude
	0x0,                // always
	0x1000,             // am
	0x0,                // amazing
	0x0,                // america's
	0x0,                // americas
	0x0,                // an
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
	0x4000000,          // and
	0x0,                // any
	0x100,              // anybody
	0x100,              // anyone
	0x400000,           // api
	0x400000,           // apis
	0x100000000000,     // apologies
	0x0,                // app
	0x80000000000000,   // appendix
	0x0,                // application
	0x800,              // apprentices
	0x4000000,          // approach
	0x100200000080,     // approved
	0x100000000000,     // approvers
	0x3,                // approx
	0x0,                // apps
	0x80000000000000,   // architecture
	0x40,               // archive
	0x40,               // archived
	0x40,               // archiveed
	0x40,               // archiveing
	0x40,               // archives
	0x40,               // archiving
	0x1000,             // are
	0x2000000000,       // arguably
	0x40000000000,      // around
	0x0,                // articulate
	0x100000000,        // artificial
	0x800,              // artists
	0x12200000000,      // as
	0x10000000000000,   // ask
	0x10000000000000,   // asked
	0x10000000000000,   // asking
	0x10000000000000,   // asks
	0x400,              // aspiring
	0x200000000,        // association
	0x80000000000000,   // assumptions
	0x201000000000000,  // astronaut
	0x1000000000000,    // astronauts
	0x40c00000000,      // at
	0x800,              // athletes
	0x2000000000,       // attempt
	0x2000000000,       // attempts
	0x100000000000,     // attendees
	0x8000000000000,    // attention
	0x100000000000,     // audience
	0x40,               // audit
	0x40,               // audited
	0x40,               // auditing
	0x40,               // audits
	0x40,               // auditted
	0x40,               // auditting
	0x20040000000,      // auftrag
	0x100000000000,     // author
	0x100000000800,     // authors
	0x40,               // automate
	0x40,               // automated
	0x40,               // automateed
	0x40,               // automateing
	0x40,               // automates
	0x40,               // automating
	0x8000,             // avoid
	0x8000,             // avoided
	0x8000,             // avoiding
	0x8000,             // avoids
	0x2000000000000,    // award
	0x2000000000000,    // awards
	0x0,                // awesome
	0x400,              // b2b
	0x0,                // back
	0x0,                // back-end
	0x0,                // backend
	0x80000000000000,   // background
	0x80000000000000,   // backlog
	0x1000000000000,    // balloon
	0x80000000000,      // based
	0x1010,             // be
	0x4000000000,       // beach
	0x2000000000000000, // because
	0x2000010,          // become
	0x10,               // becomed
	0x10,               // becomeed
	0x10,               // becomeing
	0x2000010,          // becomes
	0x2000010,          // becoming
	0x4000000010,       // bed
	0x10,               // beed
	0x1000,             // been
	0x8000000000,       // begun
	0x2000,             // behalf
	0x800000000001010,  // being
	0x80000004000000,   // beliefs
	0x8000,             // belong
	0x8000,             // belonged
	0x8000,             // belonging
	0x8000,             // belongs
	0x200000000000,     // below
	0xe000,             // benefit
	0x8000,             // benefited
	0x8000,             // benefiting
	0x80000000008000,   // benefits
	0x8000,             // benefitted
	0x8000,             // benefitting
	0x10,               // bes
	0x4000000000010200, // best
	0x10000,            // best-in-class
	0x4000000000000000, // best-loved
	0x4000,             // better
	0x200000,           // beyond
	0x1000000000,       // big
	0x4000000000000200, // biggest
	0x4000000000,       // bike
	0x0,                // billion
	0x0,                // billions
	0x10,               // bing
	0x100000000,        // binocular
	0x10000,            // bleeding
	0x10000,            // bleeding-edge
	0x400,              // blind
	0x10000,            // blockchain
	0x10000,            // blockchain-enabled
	0x100000000,        // blurred
	0x100000000,        // blurry
	0x4000000000,       // book
	0x4000000000,       // books
	0x8000,             // boost
	0x8000,             // boosted
	0x1000000000000,    // booster
	0x8000,             // boosting
	0x8000,             // boosts
	0x8000000000,       // born
	0x8000000000,       // borne
	0x8000000000,       // bought
	0x800,              // boys
	0x200000000,        // brand
	0x800,              // brands
	0x10,               // bring
	0x10,               // bringed
	0x10,               // bringing
	0x10,               // brings
	0x8000000000,       // broken
	0x8000000000,       // brought
	0x20000040,         // build
	0x40,               // builded
	0x20000040,         // building
	0x40,               // builds
	0x8000000000,       // built
	0x0,                // bullet
	0x0,                // bullets
	0x40,               // bundle
	0x40,               // bundled
	0x40,               // bundleed
	0x40,               // bundleing
	0x40,               // bundles
	0x40,               // bundling
	0x4000000000,       // bus
	0x40000200000100,   // business
	0x40000000000100,   // businesses
	0x400,              // busy
	0x0,                // but
	0x1000000000000000, // buy
	0x1000000000000000, // buyed
	0x800,              // buyers
	0x1000000000000000, // buying
	0x1000000000000000, // buys
	0x80000000000,      // by
	0x3,                // ca
	0x0,                // camera
	0x0,                // cameras
	0x40,               // campaign
	0x40,               // campaigned
	0x40,               // campaigning
	0x40,               // campaigns
	0x0,                // can
	0x200000000000000,  // candidate
	0x400004,           // capabilities
	0x4,                // capability
	0x0,                // capture
	0x4000000000,       // car
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
	0x2100000000000,    // categories
	0x2100000000000,    // category
	0x8000000000,       // caught
	0x8100000000000,    // caution
	0x8000,             // celebrate
	0x8000,             // celebrated
	0x8000,             // celebrateed
	0x8000,             // celebrateing
	0x8000,             // celebrates
	0x8000,             // celebrating
	0x40000000,         // cenhadaeth
	0x200000000,        // center
	0x200000000,        // centre
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
	0x8,                // chance
	0x8,                // chances
	0x40018,            // change
	0x10,               // changed
	0x10,               // changeed
	0x10,               // changeing
	0x80000000440000,   // changelog
	0x80000000040010,   // changes
	0x10,               // changing
	0x200000000000000,  // character
	0x0,                // characters
	0x800,              // charities
	0x200000000,        // charity
	0x20040000000,      // charter
	0x0,                // chatbot
	0x4000,             // cheap
	0x4000,             // cheaper
	0x4000000800,       // child
	0x4000000800,       // children
	0x8000000000,       // chosen
	0x800,              // cities
	0x800,              // citizens
	0x4000000000,       // city
	0x2000000000000,    // class
	0x2000000000000,    // classes
	0x0,                // classification
	0x4000000000,       // classroom
	0x40,               // clean
	0x40,               // cleaned
	0x4000,             // cleaner
	0x40,               // cleaning
	0x40,               // cleans
	0x0,                // cli
	0x100,              // client
	0x100,              // clients
	0x800,              // clinician
	0x800,              // clinicians
	0x800,              // clinics
	0x0,                // cloud
	0x200000000,        // club
	0x200000001,        // co
	0x200000000,        // co-op
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
	0x200000000,        // collective
	0x40,               // collects
	0x100000000,        // color
	0x100000000,        // colour
	0x8000,             // combat
	0x8000,             // combated
	0x8000,             // combating
	0x8000,             // combats
	0x8000,             // combatted
	0x8000,             // combatting
	0x40,               // combine
	0x40,               // combined
	0x40,               // combineed
	0x40,               // combineing
	0x40,               // combines
	0x40,               // combining
	0x400000000000000,  // coming
	0x20000000000000,   // command
	0x400000,           // commands
	0x1000000000000000, // commission
	0x1000000000000000, // commissioned
	0x1000000000000000, // commissioning
	0x1000000000000000, // commissions
	0x4,                // commitment
	0x0,                // committed
	0x900,              // communities
	0x200000100,        // community
	0x800,              // commuter
	0x800,              // commuters
	0x40000000000900,   // companies
	0x440000200000000,  // company
	0x200000,           // compared
	0x80000000004000,   // competitive
	0x4,                // competitiveness
	0x80000000000000,   // competitors
	0x400000,           // components
	0x100000000,        // computer
	0x2000000000000,    // concept
	0x2000000000000,    // concepts
	0x4000,             // confidence
	0x400000,           // configuration
	0x8000,             // connect
	0xc000,             // connected
	0x8000,             // connecting
	0x8000,             // connects
	0x8040,             // conserve
	0x8040,             // conserved
	0x8040,             // conserveed
	0x8040,             // conserveing
	0x8040,             // conserves
	0x8040,             // conserving
	0x80000000000000,   // constraints
	0x20,               // construction
	0x800,              // consumers
	0x80100000000000,   // contact
	0x400000000000000,  // content
	0x80000000000000,   // context
	0x0,                // continent
	0x80000000000000,   // contributing
	0x800,              // contributor
	0x800,              // contributors
	0x40,               // convert
	0x40,               // converted
	0x40,               // converting
	0x40,               // converts
	0x800,              // cooks
	0x200000000,        // cooperative
	0x0,                // copy
	0x200010000,        // core
	0x1,                // corp
	0x200000000,        // corporate
	0x2000000000,       // could
	0x200000000,        // council
	0x1000000000000,    // countdown
	0x0,                // countless
	0x100,              // countries
	0x0,                // country
	0x40000000000,      // couple
	0x8000000,          // craft
	0x8000000,          // crafting
	0x800,              // craftspeople
	0x28008040,         // create
	0x100000008040,     // created
	0x8040,             // createed
	0x8040,             // createing
	0x8040,             // creates
	0x28008040,         // creating
	0x400,              // creative
	0x800,              // creator
	0x800,              // creators
	0x80000000000000,   // credits
	0x1000000000000,    // crewed
	0x40,               // cultivate
	0x40,               // cultivated
	0x40,               // cultivateed
	0x40,               // cultivateing
	0x40,               // cultivates
	0x40,               // cultivating
	0x4000008,          // culture
	0x40,               // curate
	0x40,               // curated
	0x40,               // curateed
	0x40,               // curateing
	0x40,               // curates
	0x40,               // curating
	0x8000,             // cure
	0x8000,             // cured
	0x8000,             // cureed
	0x8000,             // cureing
	0x8000,             // cures
	0x8000,             // curing
	0x200000000,        // current
	0x10900,            // customer
	0x10000,            // customer-centric
	0x100,              // customers
	0x8000,             // cut
	0x8000,             // cuted
	0x8000,             // cuting
	0x8000,             // cuts
	0x8000,             // cutted
	0x18000,            // cutting
	0x10000,            // cutting-edge
	0x800,              // cyclists
	0x800000000,        // da
	0x8000000000000,    // danger
	0x200000000,        // das
	0x0,                // dashboard
	0x0,                // dashboards
	0x10400,            // data
	0x10000,            // data-driven
	0x0,                // database
	0x0,                // dataset
	0x0,                // datasets
	0x100000000000,     // date
	0x4000000000,       // day
	0xa00000000,        // de
	0x400,              // deaf
	0x8000000000000000, // dear
	0x8000,             // decide
	0x8000,             // decided
	0x8000,             // decideed
	0x8000,             // decideing
	0x8000,             // decides
	0x8000,             // deciding
	0x100000000000,     // decision
	0x100000000000,     // decisions
	0x40000000,         // declaracao
	0x40000000,         // declaracion
	0x40100000,         // declaration
	0x0,                // dedicated
	0x0,                // deferred
	0x8000000,          // define
	0x8000000,          // defining
	0x100000,           // definition
	0x400000,           // definitions
	0x800000000,        // degli
	0x800000000,        // dei
	0x800000000,        // del
	0x40,               // deliver
	0x80000000000000,   // deliverables
	0x40,               // delivered
	0x40,               // delivering
	0x40,               // deliverred
	0x40,               // deliverring
	0x40,               // delivers
	0x800000000,        // della
	0x800000000,        // delle
	0x800000000,        // dello
	0x200000000,        // department
	0x40,               // deploy
	0x40,               // deployed
	0x40,               // deploying
	0x20,               // deployment
	0x40,               // deploys
	0x1,                // dept
	0xa00000000,        // der
	0x800000000,        // des
	0x0,                // describe
	0x400000000000,     // describes
	0x100000,           // description
	0x60,               // design
	0x40,               // designed
	0x800,              // designer
	0x800,              // designers
	0x40,               // designing
	0x40,               // designs
	0x4000000000,       // desk
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
	0x800000000,        // di
	0x40000000,         // dichiarazione
	0x0,                // did
	0x200000000,        // die
	0x8000008,          // difference
	0x8000000,          // differences
	0x200000,           // different
	0x10000,            // digital
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
	0x4000,             // dignity
	0x4000000000,       // dinner
	0x0,                // diopter
	0x0,                // dioptre
	0x400,              // disabled
	0x8000,             // discover
	0x8000,             // discovered
	0x8000,             // discovering
	0x8000,             // discoverred
	0x8000,             // discoverring
	0x8000,             // discovers
	0x100000000000,     // discussion
	0x10000,            // disrupt
	0x10000,            // disruptive
	0x40,               // distribute
	0x40,               // distributed
	0x40,               // distributeed
	0x40,               // distributeing
	0x40,               // distributes
	0x40,               // distributing
	0x20,               // distribution
	0x200000000,        // division
	0x800000000,        // do
	0x1000000000000,    // docking
	0x800,              // doctor
	0x800,              // doctors
	0x0,                // document
	0x4000000,          // doelen
	0x0,                // does
	0x800,              // dog
	0x400000000000000,  // dolor
	0x4000000000000000, // dominant
	0x40,               // donate
	0x40,               // donated
	0x40,               // donateed
	0x40,               // donateing
	0x40,               // donates
	0x40,               // donating
	0x8000000000,       // done
	0x800,              // donors
	0x4000000000,       // door
	0x800000000,        // dos
	0x100000000,        // double
	0x3,                // dr
	0x100208000000,     // draft
	0x8000000,          // drafting
	0x8000000000,       // drawn
	0x1022000000,       // dream
	0x10,               // drive
	0x10,               // drived
	0x10,               // driveed
	0x10,               // driveing
	0x8000000000,       // driven
	0x800,              // drivers
	0x10,               // drives
	0x10,               // driving
	0x800000000,        // du
	0x10000,            // dynamic
	0x4000400,          // e
	0x400,              // e-commerce
	0x3,                // e.g
	0x0,                // each
	0x8000,             // earn
	0x8000,             // earned
	0x8000,             // earning
	0x8000,             // earns
	0x0,                // earth's
	0x8000,             // ease
	0x8000,             // eased
	0x8000,             // easeed
	0x8000,             // easeing
	0x8000,             // eases
	0x4000,             // easier
	0x8000,             // easing
	0x10000,            // ecosystem
	0x4000000,          // ed
	0x8040,             // educate
	0x8040,             // educated
	0x8040,             // educateed
	0x8040,             // educateing
	0x8040,             // educates
	0x8040,             // educating
	0x20,               // education
	0x800,              // educators
	0x4,                // effectiveness
	0x4,                // efficiency
	0x40000000000,      // eight
	0x100000000000000,  // ein
	0x200000000,        // el
	0x400,              // elderly
	0x400000000,        // elevator
	0x8000,             // eliminate
	0x8000,             // eliminated
	0x8000,             // eliminateed
	0x8000,             // eliminateing
	0x8000,             // eliminates
	0x8000,             // eliminating
	0x800000000000000,  // em
	0x100000000,        // embedded
	0x800,              // employees
	0x800,              // employers
	0x8010,             // empower
	0xc010,             // empowered
	0x8010,             // empowering
	0x10004,            // empowerment
	0x8010,             // empowerred
	0x8010,             // empowerring
	0x8010,             // empowers
	0x800000004000000,  // en
	0x8010,             // enable
	0x8010,             // enabled
	0x8010,             // enableed
	0x8010,             // enableing
	0x8010,             // enables
	0x8010,             // enabling
	0x0,                // encoder
	0x10000000000010,   // encourage
	0x10000000000010,   // encouraged
	0x10000000000010,   // encourageed
	0x10000000000010,   // encourageing
	0x10000000000010,   // encourages
	0x10000000000010,   // encouraging
	0x18000,            // end
	0x10000,            // end-to-end
	0x2000000000,       // endeavor
	0x2000000000,       // endeavour
	0x8000,             // ended
	0x8000,             // ending
	0x80,               // endorsed
	0x0,                // endpoint
	0x400000,           // endpoints
	0x8000,             // ends
	0x4,                // engagement
	0x800,              // engineer
	0x200000820,        // engineering
	0x800,              // engineers
	0x8010,             // enhance
	0x8010,             // enhanced
	0x8010,             // enhanceed
	0x8010,             // enhanceing
	0x8010,             // enhances
	0x8010,             // enhancing
	0x8000,             // enjoy
	0x8000,             // enjoyed
	0x8000,             // enjoying
	0x8000,             // enjoys
	0x8000,             // enrich
	0x8000,             // enriched
	0x8000,             // enriches
	0x8000,             // enriching
	0x8000,             // enrichs
	0x10,               // ensure
	0x10,               // ensured
	0x10,               // ensureed
	0x10,               // ensureing
	0x10,               // ensures
	0x10,               // ensuring
	0x0,                // enter
	0x40000000000500,   // enterprise
	0x40000000000900,   // enterprises
	0x800,              // entrepreneurs
	0x20000000,         // envisage
	0x22000000,         // envision
	0x1002000000,       // envisioned
	0x2000000,          // envisions
	0x8000,             // eradicate
	0x8000,             // eradicated
	0x8000,             // eradicateed
	0x8000,             // eradicateing
	0x8000,             // eradicates
	0x8000,             // eradicating
	0x1,                // est
	0x40,               // establish
	0x40,               // established
	0x40,               // establishes
	0x40,               // establishing
	0x40,               // establishs
	0x4000000,          // estrategia
	0x4000000,          // et
	0x1,                // etc
	0x4000000000,       // evening
	0x2000000000000,    // event
	0x2000000000000,    // events
	0x2000000,          // eventually
	0x0,                // every
	0x100,              // everybody
	0x100,              // everyone
	0x8000000,          // example
	0x8000000,          // examples
	0x1000c,            // excellence
	0x200000,           // except
	0x0,                // exceptional
	0x20000000000000,   // execution
	0x800,              // executives
	0x10000000000000,   // expect
	0x10000000000000,   // expected
	0x10000000000000,   // expecting
	0x10000000000000,   // expects
	0x4,                // experience
	0x4,                // experiences
	0x0,                // explain
	0x400000000000,     // explains
	0x8000,             // explore
	0x8000,             // explored
	0x8000,             // exploreed
	0x8000,             // exploreing
	0x8000,             // explores
	0x8000,             // exploring
	0x400000,           // extensions
	0x0,                // extremely
	0x0,                // eye
	0x0,                // eyes
	0x0,                // eyesight
	0x0,                // eyewear
	0x0,                // facilitate
	0x0,                // facilitates
	0x0,                // facilitating
	0x800,              // faculty
	0x4000,             // fairer
	0x2000000000,       // fairly
	0x8000000000,       // fallen
	0x4000000800,       // families
	0x4000000400,       // family
	0x400,              // family-owned
	0x800,              // fans
	0x80000000000000,   // faq
	0x4000000000,       // farm
	0x800,              // farmers
	0x4000,             // faster
	0x4000000000000000, // favorite
	0x4000000000000000, // favourite
	0x80000200400000,   // feature
	0x80000000400000,   // features
	0x8040,             // feed
	0x8040,             // feeded
	0x8040,             // feeding
	0x8040,             // feeds
	0x4000000000,       // ferry
	0x40000000000,      // few
	0x204000,           // fewer
	0x4000000000,       // field
	0x1,                // fig
	0x8000,             // fight
	0x8000,             // fighted
	0x8000,             // fighting
	0x8000,             // fights
	0x0,                // fill
	0x200000000,        // final
	0x440,              // finance
	0x40,               // financed
	0x40,               // financeed
	0x40,               // financeing
	0x40,               // finances
	0x40,               // financing
	0x8000,             // find
	0x8000,             // finded
	0x8000,             // finding
	0x8000,             // finds
	0x200000000,        // firm
	0x4000000000210600, // first
	0x4000000000000000, // first-choice
	0x10000,            // first-class
	0x400,              // first-time
	0x40000000000,      // five
	0x400000000000000,  // fixme
	0x8000,             // flourish
	0x8000,             // flourished
	0x8000,             // flourishes
	0x8000,             // flourishing
	0x8000,             // flourishs
	0x1000000000000,    // flyby
	0x0,                // focused
	0x800000000000000,  // follows
	0x2000200802004000, // for
	0x10000000000000,   // force
	0x10000000000000,   // forced
	0x10000000000000,   // forceed
	0x10000000000000,   // forceing
	0x10000000000000,   // forces
	0x10000000000000,   // forcing
	0x4000000000000000, // foremost
	0x4000000000,       // forest
	0x8000000000,       // forgotten
	0x20,               // formation
	0x10,               // foster
	0x10,               // fostered
	0x10,               // fostering
	0x10,               // fosterred
	0x10,               // fosterring
	0x10,               // fosters
	0x8000000000,       // found
	0x200000000,        // foundation
	0x800,              // founders
	0x40000000000,      // four
	0xc000,             // free
	0x8000,             // freed
	0x4000,             // freedom
	0x8000,             // freeed
	0x8000,             // freeing
	0x800,              // freelancers
	0x8000,             // frees
	0x8000,             // freing
	0x10000,            // frictionless
	0x0,                // from
	0x400,              // front
	0x0,                // front-end
	0x400,              // front-line
	0x0,                // frontend
	0x400,              // frontline
	0x8000000000,       // frozen
	0x10000008000,      // fulfil
	0x8000,             // fulfiled
	0x8000,             // fulfiling
	0x10000008000,      // fulfill
	0x8000,             // fulfilled
	0x8000,             // fulfilling
	0x10000008000,      // fulfills
	0x10000008000,      // fulfils
	0x400000,           // functionality
	0x400000,           // functions
	0x40,               // fund
	0x40,               // funded
	0x40,               // funding
	0x40,               // funds
	0x800000000,        // fur
	0x10000000000,      // furtherance
	0x10000000000,      // furthering
	0x10000000000,      // furthers
	0x80000012010008,   // future
	0x10000,            // future-proof
	0x410000,           // game
	0x10000,            // game-changing
	0x400000,           // gameplay
	0x800,              // gamers
	0x4000000000,       // garden
	0x800,              // gardeners
	0x40,               // gather
	0x40,               // gathered
	0x40,               // gathering
	0x40,               // gatherred
	0x40,               // gatherring
	0x40,               // gathers
	0x2000000000,       // generally
	0x0,                // generation
	0x2000000,          // generations
	0x40000000,         // genhadaeth
	0x1000,             // get
	0x1000,             // gets
	0x400000,           // getting
	0x800,              // girls
	0x40,               // give
	0x40,               // gived
	0x40,               // giveed
	0x40,               // giveing
	0x8000000000,       // given
	0x40,               // gives
	0x60,               // giving
	0x0,                // glasses
	0x0,                // glaucoma
	0x0,                // global
	0x80000000400000,   // glossary
	0x4000000000000000, // go
	0x4000000000000000, // go-to
	0x80000004000000,   // goal
	0x80000004000000,   // goals
	0x0,                // goggles
	0x8000000000002000, // good
	0x4000,             // goodwill
	0x1000,             // got
	0x1,                // gov
	0x40000000000500,   // government
	0x800,              // governments
	0x0,                // gpu
	0x40,               // grant
	0x40,               // granted
	0x40,               // granting
	0x40,               // grants
	0x0,                // great
	0x4000,             // greener
	0x8000000000000000, // greetings
	0x200000000,        // group
	0x10,               // grow
	0x10,               // growed
	0x800,              // growers
	0x10,               // growing
	0x8000000000,       // grown
	0x10,               // grows
	0xc,                // growth
	0x8000000,          // guide
	0x8000000,          // guidelines
	0x200000000,        // guiding
	0x200000000,        // guild
	0x1000000000,       // gweledigaeth
	0x0,                // ha
	0x4000000000,       // hands
	0x4000,             // happier
	0x4000,             // happy
	0x4000000000,       // harbour
	0x0,                // have
	0x0,                // haven't
	0x8000,             // heal
	0x8000,             // healed
	0x8000,             // healing
	0x8000,             // heals
	0x4000,             // health
	0x400,              // healthcare
	0x4000,             // healthier
	0x4000,             // healthy
	0x8000000000,       // heard
	0x0,                // hebben
	0x0,                // heeft
	0x8000000000,       // held
	0x8000000000000000, // hello
	0x10000000008010,   // help
	0x10000000008010,   // helped
	0x10000000008010,   // helping
	0x10000000008010,   // helps
	0x100000000000000,  // her
	0x200000000000,     // here
	0x200000000000000,  // hero
	0x200000000000000,  // heroine
	0x200000000,        // het
	0x8000000000000000, // hey
	0x8000000000000000, // hi
	0x8000000000,       // hidden
	0x0,                // high
	0x0,                // high-quality
	0x4000000000000000, // highest
	0x4000000000000000, // highest-rated
	0x0,                // highly
	0x100000000000,     // hint
	0x100000000000,     // hints
	0x100000000000000,  // his
	0x80000000080000,   // history
	0x800,              // hobbyists
	0x10000,            // holistic
	0x4000000400,       // home
	0x800,              // homeowners
	0x2020000000,       // hope
	0x2000000000,       // hopefully
	0x4000000000,       // hospital
	0x800,              // hospitals
	0x40,               // host
	0x40,               // hosted
	0x40,               // hosting
	0x40,               // hosts
	0x4000000000,       // hours
	0x8040,             // house
	0x8040,             // housed
	0x8040,             // houseed
	0x800,              // household
	0x800,              // households
	0x8040,             // houseing
	0x8040,             // houses
	0x8040,             // housing
	0xc000000,          // how
	0x400,              // hr
	0x4100,             // human
	0x100,              // humanity
	0x100,              // humanity's
	0x100,              // humankind
	0x100,              // humans
	0x10000,            // hyper
	0x10000,            // hyper-personalized
	0x3,                // i.e
	0x80000000000000,   // ideas
	0x0,                // identify
	0x2000000000,       // if
	0x200000000,        // il
	0x0,                // image
	0x0,                // images
	0x22000000,         // imagine
	0xc,                // impact
	0x10000,            // impactful
	0x8000000,          // importance
	0x8000000000000,    // important
	0x8010,             // improve
	0x8010,             // improved
	0x8010,             // improveed
	0x8010,             // improveing
	0x8010,             // improves
	0x8010,             // improving
	0x2800292402200000, // in
	0x1,                // inc
	0x3,                // incl
	0x0,                // include
	0x4000,             // inclusive
	0x8000,             // increase
	0x8000,             // increased
	0x8000,             // increaseed
	0x8000,             // increaseing
	0x8000,             // increases
	0x8000,             // increasing
	0x0,                // incredible
	0x4000,             // independence
	0x400,              // independent
	0x40,               // index
	0x40,               // indexed
	0x40,               // indexes
	0x40,               // indexing
	0x40,               // indexs
	0x400,              // indie
	0x100,              // individual
	0x100,              // individuals
	0x4000,             // inexpensive
	0x0,                // inference
	0x4000,             // informed
	0x200000000,        // initiative
	0x10004,            // innovation
	0x10000,            // innovative
	0x0,                // input
	0x400000,           // inputs
	0x400000000000000,  // insert
	0x4000,             // insights
	0x40,               // inspect
	0x40,               // inspected
	0x40,               // inspecting
	0x40,               // inspects
	0x8010,             // inspire
	0x8010,             // inspired
	0x8010,             // inspireed
	0x8010,             // inspireing
	0x8010,             // inspires
	0x8010,             // inspiring
	0x40,               // install
	0x80000000400000,   // installation
	0x40,               // installed
	0x40,               // installing
	0x40,               // installs
	0x200000,           // instead
	0x200000000,        // institute
	0x40000000000000,   // institution
	0x40000000000100,   // institutions
	0x40,               // integrate
	0x40,               // integrated
	0x40,               // integrateed
	0x40,               // integrateing
	0x40,               // integrates
	0x40,               // integrating
	0x0,                // integration
	0x400000,           // integrations
	0x4,                // integrity
	0x2000000000,       // intend
	0x2000,             // interest
	0x2000,             // interests
	0x0,                // interface
	0x200000000000000,  // internship
	0x200,              // into
	0x400000000,        // intro
	0x400000000,        // introduction
	0x40,               // invest
	0x40,               // invested
	0x40,               // investing
	0x800,              // investor
	0x800,              // investors
	0x40,               // invests
	0x400000000000000,  // ipsum
	0x1000,             // is
	0x400,              // it
	0x2000000000000,    // item
	0x2000000000000,    // items
	0x100000000000000,  // its
	0x200000000000000,  // job
	0x200000000,        // joint
	0x800,              // journalists
	0x4000,             // joy
	0x1,                // jr
	0x400,              // junior
	0x8000,             // keep
	0x8000,             // keeped
	0x8000,             // keeping
	0x8000,             // keeps
	0x8000000000,       // kept
	0x400000,           // key
	0x800,              // kids
	0x2000000000,       // kind
	0x4000000000,       // kitchen
	0x4000,             // knowledge
	0x8000000000,       // known
	0x80000000000000,   // kpis
	0x200000000,        // la
	0x200000000,        // lab
	0x200000000,        // laboratory
	0x1000000000000,    // lander
	0x800,              // landlords
	0x2000000000,       // largely
	0x4000000000000200, // largest
	0x200000000,        // las
	0x100000020000,     // last
	0x4000000000,       // laugh
	0x1000000000040,    // launch
	0x1000000000040,    // launched
	0x1000000000040,    // launches
	0x40,               // launching
	0x40,               // launchs
	0x800,              // lawyers
	0x200000000,        // le
	0x4000000000000000, // leader
	0x800,              // leaders
	0x4,                // leadership
	0x4000000000010200, // leading
	0x10000,            // leading-edge
	0x200000008000,     // learn
	0x8000,             // learned
	0x800,              // learner
	0x800,              // learners
	0x8000,             // learning
	0x8000,             // learns
	0x8000000000,       // led
	0x8000000000,       // left
	0x40000000,         // leitbild
	0x40,               // lend
	0x40,               // lended
	0x40,               // lending
	0x40,               // lends
	0x0,                // lens
	0x0,                // lenses
	0x200000000,        // les
	0x4000,             // less
	0x400000,           // levels
	0x10000,            // leverage
	0x10000,            // leverages
	0x10000,            // leveraging
	0x8000,             // liberate
	0x8000,             // liberated
	0x8000,             // liberateed
	0x8000,             // liberateing
	0x8000,             // liberates
	0x8000,             // liberating
	0x800,              // libraries
	0x200000000,        // library
	0x80000000000040,   // license
	0x40,               // licensed
	0x40,               // licenseed
	0x40,               // licenseing
	0x40,               // licenses
	0x40,               // licensing
	0x108,              // life
	0x1000000000000,    // liftoff
	0x4000000000,       // light
	0x10000000000000,   // like
	0x10000000000000,   // liked
	0x10000000000000,   // likeed
	0x10000000000000,   // likeing
	0x2000000000,       // likely
	0x10000000000000,   // likes
	0x10000000000000,   // liking
	0x0,                // line
	0x0,                // lines
	0x0,                // list
	0x800,              // listeners
	0x8000,             // live
	0x8000,             // lived
	0x8000,             // liveed
	0x8000,             // liveing
	0x8108,             // lives
	0x8000,             // living
	0x1,                // llc
	0x200000000,        // lo
	0x40,               // lobbied
	0x40,               // lobbies
	0x40,               // lobby
	0x40,               // lobbyed
	0x40,               // lobbying
	0x40,               // lobbys
	0x400,              // local
	0x200000000,        // long
	0x0,                // long-sighted
	0x200000000,        // long-term
	0x400000000000000,  // lorem
	0x200000000,        // los
	0x8000000000,       // lost
	0x0,                // lots
	0x100004400,        // low
	0x4000,             // low-cost
	0x400,              // low-income
	0x8000,             // lower
	0x8000,             // lowered
	0x8000,             // lowering
	0x8000,             // lowerred
	0x8000,             // lowerring
	0x8000,             // lowers
	0x4000,             // lowest
	0x1,                // ltd
	0x1000000000000,    // lunar
	0x100000000,        // machine
	0x8000000000,       // made
	0x40,               // maintain
	0x200000000040,     // maintained
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
	0x4000004000000800, // market
	0x800,              // marketers
	0x40,               // match
	0x40,               // matched
	0x40,               // matches
	0x40,               // matching
	0x40,               // matchs
	0x40000000000,      // max
	0x40000000000,      // maximum
	0x2000000000,       // may
	0x2000000000,       // maybe
	0x4000000000,       // meal
	0x8000000000,       // meant
	0x40,               // measure
	0x40,               // measured
	0x40,               // measureed
	0x40,               // measureing
	0x40,               // measures
	0x40,               // measuring
	0x400,              // medium
	0x400,              // medium-sized
	0x8000,             // meet
	0x8000,             // meeted
	0x8000,             // meeting
	0x8000,             // meets
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
	0x8000000000,       // met
	0x80000000000000,   // metrics
	0x0,                // microservices
	0x400,              // mid
	0x400,              // mid-sized
	0x2000000000,       // might
	0x4000000000,       // miles
	0x80000000000000,   // milestone
	0x80000000000000,   // milestones
	0x800,              // millennials
	0x0,                // million
	0x0,                // millions
	0x80004000000000,   // minutes
	0x40800000,         // mision
	0x40800000,         // missao
	0x40800000,         // missie
	0x40000000,         // missieverklaring
	0x400000040810000,  // mission
	0x10000,            // mission-critical
	0x40800000,         // missione
	0x40000000,         // missions
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
	0x400000,           // modalities
	0x0,                // mode
	0x0,                // model
	0x400000,           // models
	0x400000,           // modes
	0x100000000000,     // modified
	0x0,                // module
	0x400000,           // modules
	0x40,               // monitor
	0x40,               // monitored
	0x40,               // monitoring
	0x40,               // monitorred
	0x40,               // monitorring
	0x40,               // monitors
	0x242000004000,     // more
	0x4000000000,       // morning
	0x4000040000000200, // most
	0x2000000000,       // mostly
	0x80000000000000,   // motivation
	0x10000,            // move
	0x100000000000,     // moved
	0x3,                // mr
	0x3,                // mrs
	0x3,                // ms
	0x3,                // mt
	0x100000000,        // multimodal
	0x800,              // municipalities
	0x200000000,        // museum
	0x800,              // musicians
	0x0,                // must
	0x100000200000000,  // my
	0x0,                // myopia
	0x2100000000000,    // name
	0x2000000000000,    // names
	0x0,                // nation
	0x100,              // nations
	0x10000000000000,   // need
	0x10000000000000,   // needed
	0x10000000000000,   // needing
	0x10000000000000,   // needs
	0x4000000400,       // neighborhood
	0x4000000400,       // neighbourhood
	0x200000040,        // network
	0x40,               // networked
	0x40,               // networking
	0x40,               // networks
	0x2000000,          // never
	0x200000400,        // new
	0x80000,            // news
	0x80000000010000,   // next
	0x10000,            // next-gen
	0x10000,            // next-generation
	0x4100000000,       // night
	0x40000000000,      // nine
	0x40002200101,      // no
	0x100,              // no-one
	0x100,              // nobody
	0x80000000000c00,   // non
	0x80000000000000,   // non-goals
	0x400,              // non-profit
	0x800,              // non-profits
	0x4000000000000,    // none
	0x400,              // nonprofit
	0x800,              // nonprofits
	0x1000000000,       // north
	0x1000000000,       // northstar
	0x100000200000000,  // nos
	0x100000200000000,  // nossa
	0x100000200000000,  // nossas
	0x100000200000000,  // nosso
	0x100000200000000,  // nossos
	0x100000200000000,  // nostra
	0x100000200000000,  // nostre
	0x100000200000000,  // nostri
	0x100000200000000,  // nostro
	0x884000000200000,  // not
	0x8100000000000,    // note
	0x8100000000000,    // notes
	0x4000000000000,    // nothing
	0x8000000000000,    // notice
	0x100000200000000,  // notre
	0x0,                // nous
	0x100000200000000,  // nuestra
	0x100000200000000,  // nuestras
	0x100000200000000,  // nuestro
	0x100000200000000,  // nuestros
	0x4000000000000000, // number
	0x4000000000000000, // number-one
	0x0,                // numerous
	0x800,              // nurse
	0x800,              // nurses
	0x8000,             // nurture
	0x8000,             // nurtured
	0x8000,             // nurtureed
	0x8000,             // nurtureing
	0x8000,             // nurtures
	0x8000,             // nurturing
	0x400000000,        // nutshell
	0x200000000,        // o
	0x4000000,          // obiettivi
	0x4000000,          // objectifs
	0x80000000000000,   // objective
	0x80000004000000,   // objectives
	0x4000000,          // objetivos
	0x0,                // ocr
	0x40800000000,      // of
	0x40,               // offer
	0x40,               // offered
	0x40,               // offering
	0x40,               // offerred
	0x40,               // offerring
	0x40,               // offers
	0x200000000,        // office
	0x80000000000000,   // okr
	0x80000000000000,   // okrs
	0x400,              // older
	0x10000,            // omnichannel
	0x200000004000,     // on
	0x40402010000,      // one
	0x400000000,        // one-liner
	0x10000,            // one-stop
	0x10000,            // one-stop-shop
	0x400,              // online
	0x200000,           // only
	0x100000200000000,  // ons
	0x100000200000000,  // onze
	0x80000000000c40,   // open
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
	0x400c,             // opportunities
	0x400c,             // opportunity
	0x0,                // optician
	0x0,                // opticians
	0x10000,            // optimise
	0x4,                // optimization
	0x10000,            // optimize
	0x400000,           // options
	0x0,                // optometrist
	0x0,                // optometrists
	0x40000000000,      // or
	0x1000000000000,    // orbit
	0x1000000000000,    // orbital
	0x1000000000000,    // orbiter
	0x1000000000000,    // orbits
	0x40000200000100,   // organisation
	0x200000000,        // organisational
	0x40000000000100,   // organisations
	0x40,               // organise
	0x40,               // organised
	0x40,               // organiseed
	0x40,               // organiseing
	0x40,               // organises
	0x40,               // organising
	0x40000200000100,   // organization
	0x200000000,        // organizational
	0x40000000000100,   // organizations
	0x40,               // organize
	0x40,               // organized
	0x40,               // organizeed
	0x40,               // organizeing
	0x40,               // organizes
	0x40,               // organizing
	0x200000000,        // os
	0x100001240000000,  // our
	0x80000000000000,   // out
	0x0,                // outline
	0x400000000000,     // outlines
	0x0,                // outstanding
	0x200000000,        // overall
	0x8000,             // overcome
	0x8000,             // overcomed
	0x8000,             // overcomeed
	0x8000,             // overcomeing
	0x8000,             // overcomes
	0x8000,             // overcoming
	0x400000000,        // overview
	0x40,               // own
	0x40,               // owned
	0x100000000000,     // owner
	0x100000000000,     // owners
	0x40,               // owning
	0x40,               // owns
	0x8000000000,       // paid
	0x800000000,        // para
	0x10000,            // paradigm
	0x0,                // paragraph
	0x0,                // paragraphs
	0x800,              // parent
	0x800,              // parents
	0x0,                // parked
	0x10000000000,      // part
	0x40,               // partner
	0x40,               // partnered
	0x40,               // partnering
	0x40,               // partnerred
	0x40,               // partnerring
	0x40,               // partners
	0x200000000,        // partnership
	0x10000,            // passionate
	0x200000,           // patented
	0x800,              // patient
	0x800,              // patients
	0x800,              // patients'
	0x1000000000000,    // payload
	0x1000000000000,    // payloads
	0x4000,             // peace
	0x100,              // people
	0x800000000,        // per
	0x4000,             // perfect
	0x4,                // performance
	0x2000000000,       // perhaps
	0x100000000,        // peripheral
	0x100,              // person
	0x80000000000000,   // personas
	0x100,              // persons
	0x10000000000000,   // persuade
	0x10000000000000,   // persuaded
	0x10000000000000,   // persuadeed
	0x10000000000000,   // persuadeing
	0x10000000000000,   // persuades
	0x10000000000000,   // persuading
	0x800,              // pet
	0x800,              // pharmacies
	0x800,              // pharmacist
	0x800,              // pharmacists
	0x4000000000,       // phone
	0x0,                // photo
	0x800,              // photographers
	0x0,                // photos
	0x800,              // physicians
	0x20000000,         // picture
	0x2000000000000,    // piece
	0x2000000000000,    // pieces
	0x80000000000000,   // pillars
	0x0,                // pipeline
	0x0,                // pixel
	0x0,                // pixels
	0x400000000000000,  // placeholder
	0x200000000000000,  // placement
	0x80002000000000,   // plan
	0x0,                // planet
	0x80000000000000,   // plans
	0x40,               // plant
	0x40,               // planted
	0x40,               // planting
	0x40,               // plants
	0x200000000,        // platform
	0x200000000000000,  // player
	0x800,              // players
	0x0,                // plugin
	0x400000,           // plugins
	0x40,               // pool
	0x40,               // pooled
	0x40,               // pooling
	0x40,               // pools
	0x0,                // portal
	0x200000000000000,  // position
	0x2000000000,       // possibly
	0x200000000000000,  // post
	0x0,                // postponed
	0x4004,             // potential
	0x2000000000,       // potentially
	0x800000000,        // pour
	0x80000000000,      // powered
	0x800,              // practitioners
	0x4000000000000000, // pre
	0x4000000000000000, // pre-eminent
	0x4000000000000000, // preeminent
	0x10000000000000,   // prefer
	0x10000000000000,   // prefered
	0x10000000000000,   // prefering
	0x4010000000000000, // preferred
	0x10000000000000,   // preferring
	0x10000000000000,   // prefers
	0x4000000000010000, // premier
	0x8000,             // preserve
	0x8000,             // preserved
	0x8000,             // preserveed
	0x8000,             // preserveing
	0x8000,             // preserves
	0x8000,             // preserving
	0x8000,             // prevent
	0x8000,             // prevented
	0x8000,             // preventing
	0x8000,             // prevents
	0x80000000000000,   // pricing
	0x4000000,          // principes
	0x4000000,          // principi
	0x4000000,          // principios
	0x80000004000000,   // principles
	0x4000000,          // prinzipien
	0x80000000000000,   // priorities
	0x100000000000,     // priority
	0x2000000000000,    // prize
	0x2000000000000,    // prizes
	0x201000000000000,  // probe
	0x80000000000000,   // problem
	0x40,               // produce
	0x40,               // produced
	0x40,               // produceed
	0x40,               // produceing
	0x40,               // produces
	0x40,               // producing
	0x402100200000800,  // product
	0x4000,             // productive
	0x4,                // productivity
	0x2000000000000,    // products
	0x3,                // prof
	0x400,              // professional
	0x800,              // professionals
	0x200000040,        // program
	0x40,               // programed
	0x40,               // programing
	0x200000000,        // programme
	0x40,               // programmed
	0x800,              // programmers
	0x40,               // programming
	0x40,               // programs
	0x200000000,        // project
	0x10,               // promote
	0x10,               // promoted
	0x10,               // promoteed
	0x10,               // promoteing
	0x10,               // promotes
	0x10,               // promoting
	0x200000000,        // proposed
	0x20040000000,      // proposito
	0x200000,           // proprietary
	0x8000,             // prosper
	0x8000,             // prospered
	0x8000,             // prospering
	0x4000,             // prosperity
	0x8000,             // prosperred
	0x8000,             // prosperring
	0x8000,             // prospers
	0x8000,             // protect
	0x8000,             // protected
	0x8000,             // protecting
	0x8000,             // protects
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
	0x1000000000000000, // purchase
	0x1000000000000000, // purchased
	0x1000000000000000, // purchaseed
	0x1000000000000000, // purchaseing
	0x1000000000000000, // purchases
	0x1000000000000000, // purchasing
	0x400020040000000,  // purpose
	0x10000000000,      // pursue
	0x10000000000,      // pursues
	0x10000000000,      // pursuing
	0x10000000000,      // pursuit
	0x8000000000,       // put
	0x4004,             // quality
	0x400000,           // quests
	0x2000000000,       // quite
	0x20040000000,      // raison
	0x2000200000,       // rather
	0x80,               // ratified
	0x1000000000000,    // re
	0x1000000000000,    // re-entry
	0x8000,             // reach
	0x8000,             // reached
	0x8000,             // reaches
	0x8000,             // reaching
	0x8000,             // reachs
	0x208000000000,     // read
	0x800,              // readers
	0x0,                // real
	0x0,                // real-time
	0x8000,             // realise
	0x8000,             // realised
	0x8000,             // realiseed
	0x8000,             // realiseing
	0x8000,             // realises
	0x8000,             // realising
	0x8000,             // realize
	0x8000,             // realized
	0x8000,             // realizeed
	0x8000,             // realizeing
	0x8000,             // realizes
	0x8000,             // realizing
	0x0,                // really
	0x20040000000,      // reason
	0x8000,             // rebuild
	0x8000,             // rebuilded
	0x8000,             // rebuilding
	0x8000,             // rebuilds
	0x0,                // recognition
	0x1000000000000,    // reconnaissance
	0x8000,             // recover
	0x8000,             // recovered
	0x8000,             // recovering
	0x8000,             // recoverred
	0x8000,             // recoverring
	0x8000,             // recovers
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
	0x8000,             // reduce
	0x8000,             // reduced
	0x8000,             // reduceed
	0x8000,             // reduceing
	0x8000,             // reduces
	0x8000,             // reducing
	0x1000000000000,    // reentry
	0x80000000000000,   // references
	0x200000000,        // refreshed
	0x400,              // regional
	0x2000000000,       // relatively
	0x80000000440000,   // release
	0x80000000040000,   // releases
	0x8000,             // relieve
	0x8000,             // relieved
	0x8000,             // relieveed
	0x8000,             // relieveing
	0x8000,             // relieves
	0x8000,             // relieving
	0x400,              // remote
	0x8000,             // remove
	0x8000,             // removed
	0x8000,             // removeed
	0x8000,             // removeing
	0x8000,             // removes
	0x8000,             // removing
	0x200000000,        // renewed
	0x0,                // renowned
	0x800,              // renters
	0x40,               // repair
	0x40,               // repaired
	0x40,               // repairing
	0x40,               // repairs
	0x0,                // replace
	0x200000,           // replacing
	0x10000000000000,   // require
	0x10000000000000,   // required
	0x10000000000000,   // requireed
	0x10000000000000,   // requireing
	0x80000000400000,   // requirements
	0x10000000000000,   // requires
	0x10000000000000,   // requiring
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
	0x100000000000,     // resolved
	0x800,              // restaurants
	0x8040,             // restore
	0x8040,             // restored
	0x8040,             // restoreed
	0x8040,             // restoreing
	0x8040,             // restores
	0x8040,             // restoring
	0x8,                // results
	0x400,              // retail
	0x800,              // retailers
	0x0,                // retina
	0x800,              // retirees
	0x40,               // review
	0x100000000040,     // reviewed
	0x100000000000,     // reviewers
	0x40,               // reviewing
	0x40,               // reviews
	0x200000000,        // revised
	0x10000,            // revolutionary
	0x10010,            // revolutionise
	0x10,               // revolutionised
	0x10,               // revolutioniseed
	0x10,               // revolutioniseing
	0x10,               // revolutionises
	0x10,               // revolutionising
	0x10010,            // revolutionize
	0x10,               // revolutionized
	0x10,               // revolutionizeed
	0x10,               // revolutionizeing
	0x10,               // revolutionizes
	0x10,               // revolutionizing
	0x4000,             // richer
	0x8000000000,       // ridden
	0x800,              // riders
	0x4000,             // rights
	0x8000000000,       // risen
	0x80000000000000,   // risks
	0x4000000000,       // river
	0x80000000000000,   // roadmap
	0x100000000,        // robot
	0x100000000,        // robotic
	0x10000,            // robust
	0x1000000000000,    // rocket
	0x1000000000000,    // rockets
	0x200000000000000,  // role
	0x4000000000,       // roof
	0x800,              // rotarians
	0x2000000000000,    // round
	0x2000000000000,    // rounds
	0x201000000000000,  // rover
	0x8000000040,       // run
	0x40,               // runed
	0x40,               // runing
	0x40,               // runned
	0x800,              // runners
	0x40,               // running
	0x40,               // runs
	0x400,              // rural
	0x400,              // saas
	0x4000,             // safe
	0x8000,             // safeguard
	0x8000,             // safeguarded
	0x8000,             // safeguarding
	0x8000,             // safeguards
	0x4000,             // safer
	0x4000,             // safety
	0x8000000000,       // said
	0x2000,             // sake
	0x800,              // sales
	0x8000000,          // sample
	0x8000000,          // samples
	0x201000000000000,  // satellite
	0x1000000000000,    // satellites
	0x8000,             // save
	0x8000,             // saved
	0x8000,             // saveed
	0x8000,             // saveing
	0x8000,             // saves
	0x8000,             // saving
	0x10000,            // scalable
	0x80000000000000,   // schedule
	0x800,              // scholars
	0x4200000000,       // school
	0x800,              // schools
	0x800,              // scientist
	0x800,              // scientists
	0x80000000000000,   // scope
	0x4000000000,       // screen
	0x0,                // screenshot
	0x0,                // screenshots
	0x0,                // sdk
	0x10000,            // seamless
	0x10000,            // seamlessly
	0x100000000000,     // seconded
	0x8000,             // secure
	0x8000,             // secured
	0x8000,             // secureed
	0x8000,             // secureing
	0x8000,             // secures
	0x8000,             // securing
	0x300000000000,     // see
	0x2000000010,       // seek
	0x10,               // seeked
	0x10,               // seeking
	0x2000000010,       // seeks
	0x8000000000,       // seen
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
	0x8000000000,       // sent
	0x100000,           // sentence
	0x0,                // sentences
	0x10,               // serve
	0x10,               // served
	0x10,               // serveed
	0x10,               // serveing
	0x10000000010,      // serves
	0x20000200000000,   // service
	0x10,               // serving
	0x8000000000,       // set
	0x400000000000,     // sets
	0x400000,           // settings
	0x400000,           // setup
	0x40000000000,      // seven
	0x0,                // several
	0x8000000000,       // shaken
	0x2000000,          // shall
	0x10,               // shape
	0x10,               // shaped
	0x10,               // shapeed
	0x10,               // shapeing
	0x10,               // shapes
	0x10,               // shaping
	0x200000000,        // shared
	0x40,               // ship
	0x40,               // shiped
	0x40,               // shiping
	0x40,               // shipped
	0x40,               // shipping
	0x40,               // ships
	0x4000000000,       // shop
	0x800,              // shopkeepers
	0x800,              // shoppers
	0x400000000,        // short
	0x0,                // short-sighted
	0x800000000000,     // should
	0x8000000000,       // shown
	0x0,                // sight
	0x0,                // significantly
	0x4000,             // simpler
	0x8000,             // simplified
	0x8000,             // simplifies
	0x8000,             // simplify
	0x8000,             // simplifyed
	0x8000,             // simplifying
	0x8000,             // simplifys
	0x20000000000000,   // situation
	0x40000000000,      // six
	0xc00,              // small
	0x4000,             // smarter
	0x800,              // smbs
	0x4000000000,       // smile
	0x2000000000000000, // so
	0x200000100,        // society
	0xc00,              // software
	0x8000000000,       // sold
	0x10000,            // solution
	0x10004,            // solutions
	0x8000,             // solve
	0x8000,             // solved
	0x8000,             // solveed
	0x8000,             // solveing
	0x8000,             // solves
	0x8000,             // solving
	0x2000000,          // some
	0x2000000,          // someday
	0x2000000000,       // somewhat
	0x2000000000,       // sort
	0x1000000000000,    // sortie
	0x1000100000000040, // source
	0x1000000000000040, // sourced
	0x1000000000000040, // sourceed
	0x1000000000000040, // sourceing
	0x1000000000000040, // sources
	0x1000000000000040, // sourcing
	0x201000000000000,  // spacecraft
	0x1000000000000,    // spaceflight
	0x800,              // specialists
	0x0,                // specify
	0x0,                // spectacles
	0x8000000000,       // spent
	0x1000000000000,    // splashdown
	0x8000000000,       // spoken
	0x1000000000000,    // squadron
	0x0,                // squint
	0x1,                // sr
	0x3,                // st
	0x4,                // stakeholder
	0x100000000104,     // stakeholders
	0x4000000000,       // stall
	0x800,              // stallholders
	0x200000800,        // startup
	0x800,              // startups
	0x10000,            // state
	0x10000,            // state-of-the-art
	0x200000000,        // stated
	0x400000404100000,  // statement
	0x4000000,          // statements
	0x80100000000000,   // status
	0x8000,             // stay
	0x8000,             // stayed
	0x8000,             // staying
	0x8000,             // stays
	0x80000000000000,   // steps
	0x100000000,        // stereo
	0x0,                // still
	0x8000000000,       // stolen
	0x4000000,          // strategia
	0x200000000,        // strategic
	0x4000000,          // strategie
	0x4000000,          // strategies
	0x4000000,          // strategy
	0x10000,            // streamline
	0x4000000000,       // street
	0x8010,             // strengthen
	0x8010,             // strengthened
	0x8010,             // strengthening
	0x8010,             // strengthenned
	0x8010,             // strengthenning
	0x8010,             // strengthens
	0x2020000010,       // strive
	0x10,               // strived
	0x10,               // striveed
	0x10,               // striveing
	0x2000000010,       // strives
	0x20000010,         // striving
	0x4000,             // stronger
	0xc00,              // student
	0x800,              // students
	0x200000000,        // studio
	0x800,              // subscribers
	0x0,                // substantially
	0x8000,             // succeed
	0x8000,             // succeeded
	0x8000,             // succeeding
	0x8000,             // succeeds
	0x8000000000400c,   // success
	0x4000,             // suffering
	0x0,                // summarise
	0x400000000000,     // summarises
	0x0,                // summarize
	0x400000000000,     // summarizes
	0x400100000,        // summary
	0x0,                // superior
	0x10000000810,      // support
	0x400010,           // supported
	0x10000000010,      // supporting
	0x10000000010,      // supports
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
	0x10000,            // synergies
	0x10000,            // synergistic
	0x10004,            // synergy
	0x400000000,        // synopsis
	0x800,              // sysadmins
	0x0,                // system
	0x0,                // systems
	0x4000000000,       // table
	0x8000,             // tackle
	0x8000,             // tackled
	0x8000,             // tackleed
	0x8000,             // tackleing
	0x8000,             // tackles
	0x8000,             // tackling
	0x100000000000,     // tags
	0x8000000000,       // taken
	0x80000000000000,   // target
	0x80000000000000,   // targets
	0x80000000000000,   // tasks
	0x8000000000,       // taught
	0x400000000000000,  // tba
	0x400000000000000,  // tbc
	0x400000000000000,  // tbd
	0x40,               // teach
	0x40,               // teached
	0x800,              // teacher
	0x800,              // teachers
	0x40,               // teaches
	0x40,               // teaching
	0x40,               // teachs
	0x80000200000000,   // team
	0x800,              // teams
	0x400,              // tech
	0x200000400,        // technical
	0x800,              // teenagers
	0x800,              // teens
	0x1000000000000,    // telemetry
	0x1000000000000,    // telescope
	0x100000000,        // television
	0x10000000000000,   // tell
	0x10000000000000,   // telled
	0x10000000000000,   // telling
	0x10000000000000,   // tells
	0x0,                // tem
	0x100008000000,     // template
	0x8000000,          // templates
	0x40000000000,      // ten
	0x800,              // tenants
	0x0,                // tenemos
	0x80000004000000,   // tenets
	0x2000000000000,    // term
	0x400000,           // terminology
	0x2000000000000,    // terms
	0x40,               // test
	0x40,               // tested
	0x800,              // testers
	0x40,               // testing
	0x40,               // tests
	0x400000000000000,  // text
	0x40000200000,      // than
	0x80000000000,      // thanks
	0x2000000000000000, // that
	0x200602204108,     // the
	0x100000000000000,  // their
	0x0,                // them
	0x2000000000000,    // theme
	0x2000000000000,    // themes
	0x0,                // then
	0x100000000,        // thermal
	0x0,                // these
	0x0,                // they
	0x200000000000,     // this
	0x0,                // those
	0x8000010000,       // thought
	0x40000000000,      // three
	0x8000,             // thrive
	0x8000,             // thrived
	0x8000,             // thriveed
	0x8000,             // thriveing
	0x8000,             // thrives
	0x8000,             // thriving
	0x80000000000,      // through
	0x8000000000,       // thrown
	0x0,                // tiene
	0x80000000000000,   // timeline
	0x8100000000000,    // tip
	0x8100008000000,    // tips
	0x2000000000000,    // title
	0x2000000000000,    // titles
	0x100400000000,     // tl;dr
	0x100400000000,     // tldr
	0x2c80042000000000, // to
	0x80000000000000,   // to-do
	0x480000000000000,  // todo
	0x0,                // tokens
	0x8000000000,       // told
	0x2000008,          // tomorrow
	0x0,                // tool
	0x400000,           // tools
	0x4000000000010200, // top
	0x10000,            // top-notch
	0x4000000000000000, // top-ranked
	0x4000000000000000, // top-rated
	0x8000000000,       // torn
	0x800,              // tourists
	0x10000000000,      // toward
	0x10000000000,      // towards
	0x4000000000,       // town
	0x40,               // track
	0x40,               // tracked
	0x40,               // tracking
	0x40,               // tracks
	0x800,              // trader
	0x800,              // traders
	0x4000000000,       // trail
	0x4000000040,       // train
	0x40,               // trained
	0x60,               // training
	0x40,               // trains
	0x1000000000000,    // trajectory
	0x10,               // transform
	0x4,                // transformation
	0x10000,            // transformative
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
	0x8000,             // treat
	0x8000,             // treated
	0x8000,             // treating
	0x8000,             // treats
	0x2000000000,       // tries
	0x400000,           // troubleshooting
	0x200000000,        // true
	0x0,                // truly
	0x200000000,        // trust
	0x4000,             // trustworthy
	0x2000000000,       // try
	0x100000000,        // tunnel
	0x10000,            // turnkey
	0x100000000,        // tv
	0x40000000000,      // two
	0x2100000000000,    // type
	0x2000000000000,    // types
	0x2000000,          // ultimately
	0x4000000,          // und
	0x800040000000000,  // under
	0x400,              // underserved
	0x8000,             // understand
	0x8000,             // understanded
	0x800c000,          // understanding
	0x8000,             // understands
	0x8000000000,       // understood
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
	0x200000000,        // union
	0x0,                // unique
	0x200000,           // uniquely
	0x200000000,        // unit
	0x1,                // univ
	0x800,              // universities
	0x200000,           // unlike
	0x8000,             // unlock
	0x8000,             // unlocked
	0x8000,             // unlocking
	0x8000,             // unlocks
	0x10000,            // unmatched
	0x10000,            // unparalleled
	0x10000,            // unrivaled
	0x10000,            // unrivalled
	0x100000200000000,  // unser
	0x100000200000000,  // unsere
	0x100000200000000,  // unserer
	0x40000000000,      // up
	0x100200000000,     // updated
	0x0,                // upload
	0x0,                // uploads
	0x400,              // urban
	0x0,                // us
	0x4000,             // usable
	0x80000000400000,   // usage
	0x90000000000000,   // use
	0x10000000000000,   // used
	0x10000000000000,   // useed
	0x4000,             // useful
	0x10000000000000,   // useing
	0x80000000010100,   // user
	0x10000,            // user-centric
	0x100,              // users
	0x10000000000000,   // uses
	0x10080000000000,   // using
	0x0,                // utilise
	0x0,                // utilize
	0x0,                // utilizes
	0x0,                // utilizing
	0x200000000000000,  // vacancy
	0x4000000,          // valeurs
	0x4000000,          // valores
	0x4000000,          // valori
	0x401000c,          // value
	0x10000,            // value-added
	0x80000004000000,   // values
	0x800000000,        // van
	0x0,                // various
	0x800,              // vendor
	0x800,              // vendors
	0x100000000000,     // version
	0x200000,           // versus
	0x0,                // very
	0x800,              // veterans
	0x80000000000,      // via
	0x4000,             // viable
	0x0,                // video
	0x800,              // viewers
	0x4000000000,       // village
	0x1001000000,       // visao
	0x1001000000,       // visie
	0x400001001000000,  // vision
	0x10000,            // visionary
	0x1001000000,       // visione
	0x1000000000,       // visions
	0x40,               // visit
	0x40,               // visited
	0x40,               // visiting
	0x40,               // visits
	0x40,               // visitted
	0x40,               // visitting
	0x3,                // viz
	0x800,              // volunteers
	0x800000000,        // von
	0x800000000,        // voor
	0x200003,           // vs
	0x400,              // vulnerable
	0x4000000,          // waarden
	0x400000000000,     // walks
	0x10002020000000,   // want
	0x10000000000000,   // wanted
	0x10000000000000,   // wanting
	0x10000000000000,   // wants
	0x8100000000000,    // warning
	0x1000,             // was
	0x4000000000,       // water
	0x8,                // way
	0x1000000000000,    // waypoint
	0x8,                // ways
	0x82006000000,      // we
	0x0,                // wearable
	0x0,                // wearables
	0x0,                // webcam
	0x0,                // website
	0x8000200000000000, // welcome
	0x1000000000,       // weledigaeth
	0x2000,             // welfare
	0x6000,             // well
	0x6000,             // well-being
	0x6000,             // wellbeing
	0x1000,             // were
	0x4000000,          // werte
	0xc000000,          // what
	0x88400000,         // what's
	0x2008000000,       // when
	0x2000000000,       // whenever
	0x200a000000,       // where
	0x200000,           // whereas
	0x2000000000000000, // which
	0x8000000,          // who
	0x0,                // whom
	0x100000000000000,  // whose
	0x20048000000,      // why
	0x0,                // widget
	0x800000002000000,  // will
	0x18000,            // win
	0x10000,            // win-win
	0x8000,             // wined
	0x8000,             // wining
	0x8000,             // winned
	0x8000,             // winning
	0x8000,             // wins
	0x4000000000,       // winter
	0x2000000000,       // wish
	0x80000000000,      // with
	0x200000,           // without
	0x800,              // women
	0x8000000000,       // won
	0x0,                // word
	0x0,                // words
	0x800080024000000,  // work
	0x800,              // workers
	0x80020000400,      // working
	0x80000000000,      // works
	0x10010008,         // world
	0x10000,            // world's
	0x10000,            // world-class
	0x0,                // world-renowned
	0x0,                // worldwide
	0x8000000000,       // worn
	0x2000000000,       // would
	0x8000000000,       // woven
	0x8000040,          // write
	0x40,               // writed
	0x40,               // writeed
	0x40,               // writeing
	0x800,              // writers
	0x40,               // writes
	0x8000040,          // writing
	0x208000000000,     // written
	0x100000000,        // x
	0x100000000,        // x-ray
	0x400000000000000,  // xxx
	0x4000000,          // y
	0x0,                // yet
	0x100,              // you
	0xc00,              // young
	0x400000000000000,  // your
	0x800,              // youth
	0x4000000,          // ziele
}

// tableStarts[i] is where tableWords[i]'s phrases start in tablePhrases.
var tableStarts = [...]uint16{
	0,
	2,
	3,
	4,
	5,
	25,
	26,
	27,
	29,
	30,
	31,
	32,
	33,
	35,
	37,
	39,
	41,
	43,
	45,
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
	71,
	73,
	74,
	75,
	77,
	79,
	81,
	83,
	86,
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
	100,
	101,
	103,
	104,
	105,
	108,
	112,
	113,
	114,
	119,
	120,
	121,
	125,
	126,
	127,
	128,
	129,
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
	150,
	151,
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
	165,
	166,
	168,
	170,
	171,
	172,
	175,
	177,
	178,
	179,
	180,
	181,
	182,
	183,
	186,
	187,
	189,
	190,
	191,
	192,
	193,
	194,
	195,
	196,
	197,
	200,
	201,
	202,
	203,
	204,
	205,
	211,
	212,
	213,
	214,
	215,
	216,
	217,
	218,
	220,
	221,
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
	254,
	255,
	256,
	257,
	259,
	260,
	261,
	262,
	263,
	264,
	265,
	268,
	269,
	270,
	272,
	273,
	274,
	275,
	277,
	279,
	281,
	282,
	284,
	285,
	286,
	293,
	295,
	296,
	297,
	298,
	299,
	300,
	303,
	304,
	305,
	307,
	308,
	309,
	310,
	316,
	317,
	318,
	319,
	320,
	321,
	323,
	324,
	325,
	326,
	327,
	328,
	329,
	330,
	331,
	333,
	334,
	336,
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
	351,
	352,
	353,
	354,
	355,
	356,
	357,
	361,
	362,
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
	380,
	382,
	383,
	384,
	385,
	386,
	387,
	388,
	389,
	392,
	394,
	395,
	396,
	397,
	398,
	399,
	400,
	401,
	402,
	405,
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
	422,
	423,
	424,
	425,
	426,
	427,
	428,
	430,
	432,
	433,
	435,
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
	452,
	453,
	454,
	455,
	456,
	457,
	458,
	461,
	462,
	463,
	464,
	467,
	470,
	471,
	473,
	474,
	475,
	476,
	478,
	479,
	480,
	481,
	483,
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
	523,
	524,
	525,
	526,
	527,
	528,
	529,
	530,
	531,
	532,
	533,
	534,
	535,
	536,
	537,
	538,
	539,
	540,
	541,
	543,
	544,
	545,
	546,
	547,
	548,
	549,
	550,
	552,
	554,
	555,
	556,
	559,
	563,
	565,
	567,
	568,
	569,
	570,
	571,
	572,
	573,
	574,
	575,
	576,
	578,
	579,
	580,
	582,
	584,
	586,
	588,
	590,
	592,
	593,
	594,
	595,
	597,
	598,
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
	629,
	632,
	634,
	636,
	638,
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
	667,
	668,
	671,
	672,
	673,
	674,
	675,
	676,
	677,
	678,
	680,
	681,
	682,
	683,
	684,
	685,
	686,
	687,
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
	736,
	737,
	738,
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
	787,
	788,
	789,
	790,
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
	807,
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
	827,
	828,
	829,
	830,
	831,
	833,
	836,
	837,
	838,
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
	853,
	854,
	856,
	857,
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
	873,
	875,
	877,
	879,
	881,
	883,
	884,
	885,
	886,
	887,
	888,
	889,
	890,
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
	904,
	907,
	909,
	911,
	913,
	915,
	917,
	920,
	922,
	925,
	927,
	929,
	931,
	933,
	934,
	936,
	938,
	940,
	942,
	944,
	946,
	948,
	949,
	951,
	952,
	953,
	954,
	955,
	956,
	957,
	958,
	959,
	960,
	963,
	964,
	967,
	969,
	971,
	973,
	976,
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
	998,
	1001,
	1002,
	1003,
	1005,
	1007,
	1008,
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
	1029,
	1031,
	1033,
	1034,
	1035,
	1038,
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
	1060,
	1061,
	1062,
	1063,
	1064,
	1065,
	1066,
	1067,
	1068,
	1069,
	1071,
	1074,
	1075,
	1076,
	1077,
	1078,
	1079,
	1080,
	1081,
	1082,
	1087,
	1091,
	1093,
	1095,
	1097,
	1099,
	1100,
	1101,
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
	1114,
	1115,
	1116,
	1117,
	1118,
	1119,
	1120,
	1121,
	1122,
	1123,
	1130,
	1131,
	1132,
	1133,
	1134,
	1135,
	1136,
	1137,
	1138,
	1139,
	1140,
	1141,
	1142,
	1144,
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
	1162,
	1164,
	1165,
	1167,
	1168,
	1169,
	1171,
	1172,
	1173,
	1174,
	1175,
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
	1189,
	1190,
	1191,
	1192,
	1193,
	1194,
	1196,
	1197,
	1198,
	1200,
	1202,
	1204,
	1206,
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
	1226,
	1227,
	1230,
	1231,
	1232,
	1233,
	1234,
	1235,
	1236,
	1237,
	1238,
	1239,
	1240,
	1241,
	1242,
	1243,
	1245,
	1246,
	1247,
	1248,
	1249,
	1250,
	1252,
	1253,
	1254,
	1255,
	1256,
	1257,
	1259,
	1260,
	1261,
	1262,
	1265,
	1266,
	1267,
	1269,
	1271,
	1272,
	1276,
	1277,
	1278,
	1279,
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
	1301,
	1302,
	1303,
	1304,
	1305,
	1306,
	1308,
	1309,
	1310,
	1311,
	1312,
	1314,
	1316,
	1317,
	1318,
	1319,
	1320,
	1321,
	1322,
	1323,
	1324,
	1325,
	1326,
	1327,
	1329,
	1330,
	1333,
	1336,
	1339,
	1342,
	1343,
	1345,
	1346,
	1347,
	1348,
	1349,
	1350,
	1351,
	1352,
	1353,
	1354,
	1355,
	1356,
	1357,
	1358,
	1359,
	1361,
	1362,
	1363,
	1366,
	1367,
	1371,
	1372,
	1373,
	1374,
	1375,
	1376,
	1377,
	1378,
	1379,
	1381,
	1383,
	1385,
	1386,
	1387,
	1389,
	1391,
	1393,
	1402,
	1403,
	1405,
	1407,
	1408,
	1409,
	1410,
	1411,
	1412,
	1414,
	1415,
	1416,
	1420,
	1421,
	1422,
	1423,
	1425,
	1427,
	1428,
	1429,
	1430,
	1432,
	1434,
	1436,
	1438,
	1440,
	1442,
	1467,
	1468,
	1470,
	1471,
	1472,
	1473,
	1474,
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
	1488,
	1489,
	1490,
	1491,
	1493,
	1494,
	1496,
	1497,
	1498,
	1500,
	1502,
	1503,
	1504,
	1505,
	1506,
	1507,
	1509,
	1511,
	1513,
	1515,
	1517,
	1519,
	1520,
	1522,
	1523,
	1524,
	1525,
	1526,
	1527,
	1528,
	1530,
	1531,
	1532,
	1533,
	1534,
	1535,
	1536,
	1537,
	1539,
	1540,
	1541,
	1542,
	1543,
	1544,
	1545,
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
	1559,
	1561,
	1562,
	1563,
	1565,
	1566,
	1567,
	1568,
	1569,
	1570,
	1571,
	1573,
	1574,
	1575,
	1576,
	1577,
	1579,
	1580,
	1581,
	1582,
	1583,
	1584,
	1585,
	1588,
	1589,
	1590,
	1591,
	1592,
	1593,
	1595,
	1596,
	1619,
	1620,
	1622,
	1624,
	1626,
	1627,
	1628,
	1629,
	1630,
	1631,
	1632,
	1633,
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
	1657,
	1658,
	1660,
	1662,
	1664,
	1665,
	1666,
	1667,
	1668,
	1669,
	1670,
	1671,
	1672,
	1674,
	1675,
	1676,
	1677,
	1678,
	1679,
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
	1711,
	1713,
	1714,
	1715,
	1717,
	1718,
	1719,
	1720,
	1723,
	1724,
	1725,
	1726,
	1727,
	1728,
	1729,
	1730,
	1731,
	1732,
	1733,
	1734,
	1736,
	1737,
	1738,
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
	1755,
	1756,
	1757,
	1758,
	1759,
	1760,
	1761,
	1762,
	1763,
	1764,
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
	1780,
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
	1807,
	1809,
	1810,
	1811,
	1812,
	1813,
	1814,
	1815,
	1817,
	1819,
	1821,
	1823,
	1824,
	1831,
	1832,
	1834,
	1835,
	1836,
	1837,
	1838,
	1839,
	1840,
	1841,
	1842,
	1843,
	1844,
	1845,
	1846,
	1847,
	1848,
	1849,
	1850,
	1851,
	1853,
	1854,
	1855,
	1857,
	1859,
	1860,
	1861,
	1862,
	1863,
	1864,
	1865,
	1871,
	1872,
	1878,
	1879,
	1880,
	1881,
	1882,
	1884,
	1886,
	1888,
	1890,
	1892,
	1893,
	1894,
	1895,
	1896,
	1898,
	1899,
	1901,
	1902,
	1903,
	1905,
	1906,
	1907,
	1908,
	1909,
	1911,
	1913,
	1915,
	1916,
	1917,
	1918,
	1920,
	1922,
	1923,
	1926,
	1927,
	1928,
	1930,
	1931,
	1942,
	1944,
	1946,
	1950,
	1951,
	1952,
	1953,
	1954,
	1955,
	1956,
	1957,
	1958,
	1960,
	1964,
	1966,
	1968,
	1970,
	1974,
	1976,
	1978,
	1980,
	1988,
	1990,
	1992,
	1995,
	1996,
	2002,
	2003,
	2008,
	2010,
	2012,
	2014,
	2019,
	2020,
	2021,
	2022,
	2023,
	2024,
	2025,
	2026,
	2027,
	2028,
	2029,
	2030,
	2031,
	2032,
	2033,
	2034,
	2036,
	2037,
	2038,
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
	2056,
	2063,
	2064,
	2065,
	2066,
	2067,
	2068,
	2070,
	2074,
	2084,
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
	2099,
	2100,
	2101,
	2104,
	2107,
	2108,
	2109,
	2110,
	2111,
	2112,
	2113,
	2114,
	2115,
	2117,
	2118,
	2119,
	2120,
	2121,
	2124,
	2125,
	2127,
	2128,
	2129,
	2130,
	2131,
	2132,
	2133,
	2136,
	2137,
	2139,
	2140,
	2141,
	2142,
	2143,
	2144,
	2145,
	2146,
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
	2166,
	2167,
	2168,
	2169,
	2170,
	2171,
	2172,
	2173,
	2175,
	2176,
	2177,
	2178,
	2179,
	2180,
	2182,
	2183,
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
	2206,
	2207,
	2208,
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
	2240,
	2241,
	2242,
	2244,
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
	2270,
	2271,
	2272,
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
	2285,
	2286,
	2287,
	2288,
	2289,
	2291,
	2292,
	2293,
	2294,
	2295,
	2296,
	2298,
	2300,
	2301,
	2302,
	2303,
	2304,
	2305,
	2306,
	2313,
	2314,
	2315,
	2316,
	2318,
	2319,
	2320,
	2322,
	2323,
	2324,
	2325,
	2326,
	2327,
	2328,
	2329,
	2330,
	2332,
	2333,
	2334,
	2335,
	2337,
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
	2357,
	2359,
	2360,
	2361,
	2363,
	2365,
	2366,
	2367,
	2369,
	2370,
	2371,
	2372,
	2373,
	2374,
	2376,
	2377,
	2378,
	2379,
	2380,
	2381,
	2382,
	2383,
	2387,
	2388,
	2389,
	2390,
	2391,
	2392,
	2394,
	2395,
	2396,
	2400,
	2402,
	2403,
	2404,
	2405,
	2406,
	2407,
	2408,
	2409,
	2410,
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
	2426,
	2427,
	2428,
	2430,
	2431,
	2432,
	2433,
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
	2445,
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
	2467,
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
	2497,
	2498,
	2499,
	2500,
	2501,
	2502,
	2503,
	2504,
	2505,
	2507,
	2508,
	2509,
	2510,
	2511,
	2512,
	2514,
	2516,
	2518,
	2520,
	2522,
	2524,
	2525,
	2526,
	2527,
	2528,
	2529,
	2530,
	2532,
	2533,
	2534,
	2535,
	2536,
	2537,
	2539,
	2540,
	2541,
	2542,
	2543,
	2544,
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
	2557,
	2558,
	2559,
	2560,
	2561,
	2562,
	2563,
	2564,
	2565,
	2566,
	2567,
	2568,
	2569,
	2571,
	2573,
	2574,
	2575,
	2576,
	2577,
	2578,
	2579,
	2580,
	2582,
	2583,
	2584,
	2585,
	2586,
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
	2608,
	2609,
	2610,
	2611,
	2612,
	2613,
	2614,
	2615,
	2616,
	2617,
	2618,
	2619,
	2620,
	2621,
	2622,
	2623,
	2624,
	2625,
	2628,
	2631,
	2632,
	2633,
	2635,
	2636,
	2637,
	2638,
	2639,
	2640,
	2641,
	2642,
	2643,
	2644,
	2646,
	2648,
	2649,
	2651,
	2652,
	2653,
	2654,
	2655,
	2656,
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
	2684,
	2685,
	2686,
	2688,
	2689,
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
	2707,
	2708,
	2709,
	2710,
	2715,
	2717,
	2720,
	2721,
	2722,
	2724,
	2725,
	2726,
	2727,
	2728,
	2729,
	2730,
	2731,
	2732,
	2733,
	2734,
	2735,
	2738,
	2740,
	2742,
	2744,
	2746,
	2748,
	2750,
	2751,
	2752,
	2753,
	2754,
	2755,
	2756,
	2757,
	2758,
	2759,
	2760,
	2762,
	2763,
	2766,
	2767,
	2768,
	2770,
	2771,
	2773,
	2774,
	2775,
	2780,
	2781,
	2783,
	2784,
	2785,
	2786,
	2787,
	2788,
	2789,
	2792,
	2793,
	2794,
	2795,
	2796,
	2797,
	2798,
	2799,
	2800,
	2802,
	2804,
	2806,
	2808,
	2810,
	2812,
	2817,
	2818,
	2819,
	2820,
	2824,
	2827,
	2828,
	2830,
	2831,
	2832,
	2833,
	2834,
	2835,
	2836,
	2837,
	2838,
	2843,
	2844,
	2845,
	2846,
	2847,
	2848,
	2850,
	2851,
	2856,
	2859,
	2862,
	2866,
	2867,
	2868,
	2869,
	2870,
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
	2898,
	2899,
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
	2912,
	2914,
	2915,
	2916,
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
	2929,
	2931,
	2932,
	2933,
	2934,
	2935,
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
	2949,
	2950,
	2953,
	2968,
	2970,
	2971,
	2972,
	2973,
	2974,
	2975,
	2976,
	2977,
	3022,
	3023,
	3026,
	3027,
	3028,
	3029,
	3030,
	3031,
	3032,
	3033,
	3035,
	3036,
	3038,
	3039,
	3041,
	3044,
	3045,
	3046,
	3048,
	3050,
	3067,
	3068,
	3070,
	3071,
	3072,
	3074,
	3075,
	3077,
	3082,
	3083,
	3084,
	3085,
	3086,
	3087,
	3088,
	3089,
	3090,
	3091,
	3092,
	3093,
	3094,
	3095,
	3096,
	3097,
	3099,
	3100,
	3102,
	3103,
	3104,
	3105,
	3106,
	3107,
	3108,
	3109,
	3110,
	3111,
	3112,
	3113,
	3114,
	3115,
	3116,
	3117,
	3118,
	3119,
	3120,
	3121,
	3122,
	3123,
	3124,
	3125,
	3126,
	3127,
	3128,
	3129,
	3130,
	3131,
	3132,
	3133,
	3134,
	3135,
	3137,
	3138,
	3139,
	3140,
	3142,
	3143,
	3144,
	3145,
	3148,
	3149,
	3150,
	3151,
	3152,
	3153,
	3154,
	3155,
	3156,
	3157,
	3158,
	3159,
	3160,
	3161,
	3162,
	3163,
	3164,
	3165,
	3166,
	3167,
	3168,
	3170,
	3171,
	3172,
	3173,
	3174,
	3175,
	3176,
	3177,
	3178,
	3181,
	3185,
	3187,
	3188,
	3190,
	3191,
	3192,
	3193,
	3194,
	3195,
	3197,
	3200,
	3201,
	3202,
	3203,
	3204,
	3207,
	3208,
	3209,
	3210,
	3212,
	3213,
	3214,
	3215,
	3216,
	3217,
	3218,
	3219,
	3220,
	3224,
	3225,
	3227,
	3228,
	3229,
	3230,
	3231,
	3232,
	3233,
	3234,
	3235,
	3236,
	3237,
	3238,
	3239,
	3240,
	3242,
	3244,
	3250,
	3251,
	3253,
	3254,
	3255,
	3256,
	3257,
	3258,
	3259,
	3260,
	3262,
	3263,
	3264,
	3265,
	3268,
	3269,
	3270,
	3271,
	3276,
	3277,
	3278,
	3279,
	3281,
	3283,
	3284,
	3285,
	3286,
	3287,
	3296,
	3297,
	3298,
	3299,
	3300,
	3302,
	3303,
	3304,
	3306,
	3308,
	3310,
	3312,
	3313,
	3320,
	3329,
	3332,
	3333,
	3349,
	3350,
	3352,
	3354,
	3355,
	3356,
	3377,
	3378,
	3383,
	3385,
	3386,
	3387,
	3388,
	3389,
	3390,
	3391,
	3392,
	3393,
	3395,
	3396,
	3397,
	3398,
	3399,
	3400,
	3408,
	3409,
	3417,
	3419,
	3424,
	3427,
	3428,
	3429,
	3430,
	3431,
	3433,
	3434,
	3437,
	3438,
	3439,
	3440,
	3441,
	3442,
	3444,
	3446,
	3447,
	3448,
	3449,
	3450,
	3451,
	3452,
	3454,
	3456,
	3457,
	3458,
}

// tablePhrases are the entries under each of tableWords, by list, each list's longest first.
var tablePhrases = [...]phrase{
	{62, ""},                        // #1
	{65, ""},                        // #1
	{11, "somethings"},              // 20
	{11, ""},                        // 20-somethings
	{32, ""},                        // 3d
	{3, "future"},                   // a
	{14, "difference to"},           // a
	{14, "difference for"},          // a
	{21, "fraction of"},             // a
	{25, "world in which"},          // a
	{25, "future in which"},         // a
	{25, "world where"},             // a
	{25, "world with"},              // a
	{25, "world without"},           // a
	{25, "future where"},            // a
	{25, "future with"},             // a
	{33, ""},                        // a
	{42, ""},                        // a
	{65, ""},                        // a
	{66, "nossa missao e"},          // a
	{66, "pour mission"},            // a
	{67, "nossa visao e"},           // a
	{69, ""},                        // a
	{76, "number of"},               // a
	{76, "lot of"},                  // a
	{66, "la missione di"},          // abbiamo
	{14, ""},                        // ability
	{34, ""},                        // about
	{42, ""},                        // about
	{45, ""},                        // above
	{34, ""},                        // abstract
	{11, ""},                        // academics
	{33, ""},                        // academy
	{4, ""},                         // accelerate
	{15, ""},                        // accelerate
	{4, ""},                         // accelerated
	{15, ""},                        // accelerated
	{4, ""},                         // accelerateed
	{15, ""},                        // accelerateed
	{4, ""},                         // accelerateing
	{15, ""},                        // accelerateing
	{4, ""},                         // accelerates
	{15, ""},                        // accelerates
	{4, ""},                         // accelerating
	{15, ""},                        // accelerating
	{14, "to"},                      // access
	{15, ""},                        // access
	{15, ""},                        // accessed
	{15, ""},                        // accesses
	{14, ""},                        // accessible
	{15, ""},                        // accessing
	{15, ""},                        // accesss
	{11, ""},                        // accountants
	{15, ""},                        // achieve
	{15, ""},                        // achieved
	{15, ""},                        // achieveed
	{15, ""},                        // achieveing
	{15, ""},                        // achieves
	{15, ""},                        // achieving
	{55, ""},                        // acknowledgements
	{43, "as"},                      // act
	{43, "as"},                      // acting
	{44, ""},                        // action
	{16, "insights"},                // actionable
	{44, ""},                        // actions
	{43, "as"},                      // acts
	{71, ""},                        // add
	{53, "and logistics"},           // admin
	{53, "and logistics"},           // administration
	{11, ""},                        // administrators
	{11, ""},                        // admins
	{7, ""},                         // adopted
	{33, ""},                        // adopted
	{5, ""},                         // adoption
	{10, ""},                        // adult
	{4, ""},                         // advance
	{15, ""},                        // advance
	{4, ""},                         // advanced
	{15, ""},                        // advanced
	{4, ""},                         // advanceed
	{15, ""},                        // advanceed
	{4, ""},                         // advanceing
	{15, ""},                        // advanceing
	{4, ""},                         // advances
	{15, ""},                        // advances
	{40, ""},                        // advances
	{4, ""},                         // advancing
	{15, ""},                        // advancing
	{40, ""},                        // advancing
	{6, ""},                         // advocate
	{6, ""},                         // advocated
	{6, ""},                         // advocateed
	{6, ""},                         // advocateing
	{6, ""},                         // advocates
	{6, ""},                         // advocating
	{15, ""},                        // afford
	{14, ""},                        // affordable
	{15, ""},                        // afforded
	{15, ""},                        // affording
	{15, ""},                        // affords
	{11, ""},                        // agencies
	{10, ""},                        // agency
	{33, ""},                        // agency
	{55, ""},                        // agenda
	{16, ""},                        // agile
	{7, ""},                         // agreed
	{33, ""},                        // agreed
	{44, ""},                        // agreed
	{16, "powered"},                 // ai
	{16, "driven"},                  // ai
	{32, ""},                        // ai
	{70, ""},                        // ai
	{16, ""},                        // ai-driven
	{16, ""},                        // ai-powered
	{4, ""},                         // aim
	{25, "to be"},                   // aim
	{37, "to"},                      // aim
	{37, "for"},                     // aim
	{75, "to"},                      // aim
	{4, ""},                         // aimed
	{4, ""},                         // aiming
	{4, ""},                         // aims
	{25, "to be"},                   // aims
	{37, "to"},                      // aims
	{37, "for"},                     // aims
	{0, ""},                         // al
	{70, ""},                        // algorithm
	{70, ""},                        // algorithms
	{2, ""},                         // alignment
	{8, ""},                         // all
	{64, ""},                        // all
	{69, ""},                        // all
	{15, ""},                        // alleviate
	{15, ""},                        // alleviated
	{15, ""},                        // alleviateed
	{15, ""},                        // alleviateing
	{15, ""},                        // alleviates
	{15, ""},                        // alleviating
	{33, ""},                        // alliance
	{52, ""},                        // allow
	{52, ""},                        // allowed
	{52, ""},                        // allowing
	{52, ""},                        // allows
	{21, "to"},                      // alternative
	{55, ""},                        // alternatives
	{48, ""},                        // altitude
	{64, ""},                        // always
	{12, ""},                        // am
	{76, ""},                        // amazing
	{65, ""},                        // america's
	{65, ""},                        // americas
	{65, ""},                        // an
	{69, ""},                        // an
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
	{26, ""},                        // and
	{69, ""},                        // and
	{64, ""},                        // any
	{69, ""},                        // any
	{8, ""},                         // anybody
	{8, ""},                         // anyone
	{22, ""},                        // api
	{70, ""},                        // api
	{74, ""},                        // api
	{22, ""},                        // apis
	{70, ""},                        // apis
	{44, ""},                        // apologies
	{70, ""},                        // app
	{55, ""},                        // appendix
	{70, ""},                        // application
	{11, ""},                        // apprentices
	{26, ""},                        // approach
	{7, ""},                         // approved
	{33, ""},                        // approved
	{44, ""},                        // approved
	{44, ""},                        // approvers
	{0, ""},                         // approx
	{1, ""},                         // approx
	{70, ""},                        // apps
	{55, ""},                        // architecture
	{6, ""},                         // archive
	{6, ""},                         // archived
	{6, ""},                         // archiveed
	{6, ""},                         // archiveing
	{6, ""},                         // archives
	{6, ""},                         // archiving
	{12, "being"},                   // are
	{12, ""},                        // are
	{69, ""},                        // are
	{37, ""},                        // arguably
	{42, ""},                        // around
	{71, ""},                        // articulate
	{32, ""},                        // artificial
	{11, ""},                        // artists
	{33, ""},                        // as
	{37, "much as possible"},        // as
	{37, "far as possible"},         // as
	{37, "appropriate"},             // as
	{40, "part of"},                 // as
	{69, ""},                        // as
	{52, ""},                        // ask
	{52, ""},                        // asked
	{52, ""},                        // asking
	{52, ""},                        // asks
	{10, ""},                        // aspiring
	{33, ""},                        // association
	{55, ""},                        // assumptions
	{48, ""},                        // astronaut
	{57, ""},                        // astronaut
	{48, ""},                        // astronauts
	{34, "a glance"},                // at
	{35, ""},                        // at
	{42, ""},                        // at
	{65, ""},                        // at
	{69, ""},                        // at
	{11, ""},                        // athletes
	{37, "to"},                      // attempt
	{37, "to"},                      // attempts
	{44, ""},                        // attendees
	{51, ""},                        // attention
	{44, ""},                        // audience
	{6, ""},                         // audit
	{6, ""},                         // audited
	{6, ""},                         // auditing
	{6, ""},                         // audits
	{6, ""},                         // auditted
	{6, ""},                         // auditting
	{30, ""},                        // auftrag
	{41, ""},                        // auftrag
	{44, ""},                        // author
	{11, ""},                        // authors
	{44, ""},                        // authors
	{6, ""},                         // automate
	{6, ""},                         // automated
	{6, ""},                         // automateed
	{6, ""},                         // automateing
	{6, ""},                         // automates
	{6, ""},                         // automating
	{15, ""},                        // avoid
	{15, ""},                        // avoided
	{15, ""},                        // avoiding
	{15, ""},                        // avoids
	{49, ""},                        // award
	{49, ""},                        // awards
	{76, ""},                        // awesome
	{10, ""},                        // b2b
	{70, "end"},                     // back
	{70, "end"},                     // back
	{70, ""},                        // back-end
	{70, ""},                        // backend
	{55, ""},                        // background
	{55, ""},                        // backlog
	{48, ""},                        // balloon
	{43, "on"},                      // based
	{4, ""},                         // be
	{12, ""},                        // be
	{69, ""},                        // be
	{38, ""},                        // beach
	{61, ""},                        // because
	{4, ""},                         // become
	{25, ""},                        // become
	{4, ""},                         // becomed
	{4, ""},                         // becomeed
	{4, ""},                         // becomeing
	{4, ""},                         // becomes
	{25, ""},                        // becomes
	{4, ""},                         // becoming
	{25, ""},                        // becoming
	{4, ""},                         // bed
	{38, ""},                        // bed
	{4, ""},                         // beed
	{12, ""},                        // been
	{69, ""},                        // been
	{39, ""},                        // begun
	{13, ""},                        // behalf
	{4, ""},                         // being
	{12, ""},                        // being
	{59, "edited"},                  // being
	{59, "written"},                 // being
	{59, "revised"},                 // being
	{68, "drafted"},                 // being
	{69, ""},                        // being
	{26, ""},                        // beliefs
	{55, ""},                        // beliefs
	{15, ""},                        // belong
	{15, ""},                        // belonged
	{15, ""},                        // belonging
	{15, ""},                        // belongs
	{45, ""},                        // below
	{13, ""},                        // benefit
	{14, ""},                        // benefit
	{15, ""},                        // benefit
	{15, ""},                        // benefited
	{15, ""},                        // benefiting
	{15, ""},                        // benefits
	{55, ""},                        // benefits
	{15, ""},                        // benefitted
	{15, ""},                        // benefitting
	{4, ""},                         // bes
	{9, ""},                         // best
	{16, "in class"},                // best
	{16, "practices"},               // best
	{62, "loved"},                   // best
	{62, ""},                        // best
	{76, ""},                        // best
	{16, ""},                        // best-in-class
	{62, ""},                        // best-loved
	{14, ""},                        // better
	{21, ""},                        // beyond
	{36, "picture"},                 // big
	{9, ""},                         // biggest
	{62, ""},                        // biggest
	{38, ""},                        // bike
	{64, ""},                        // billion
	{64, ""},                        // billions
	{4, ""},                         // bing
	{32, ""},                        // binocular
	{16, "edge"},                    // bleeding
	{16, ""},                        // bleeding-edge
	{10, ""},                        // blind
	{16, "enabled"},                 // blockchain
	{70, ""},                        // blockchain
	{16, ""},                        // blockchain-enabled
	{32, ""},                        // blurred
	{73, ""},                        // blurred
	{32, ""},                        // blurry
	{73, ""},                        // blurry
	{38, ""},                        // book
	{38, ""},                        // books
	{15, ""},                        // boost
	{15, ""},                        // boosted
	{48, ""},                        // booster
	{15, ""},                        // boosting
	{15, ""},                        // boosts
	{39, ""},                        // born
	{39, ""},                        // borne
	{39, ""},                        // bought
	{11, ""},                        // boys
	{33, ""},                        // brand
	{11, ""},                        // brands
	{4, ""},                         // bring
	{4, ""},                         // bringed
	{4, ""},                         // bringing
	{4, ""},                         // brings
	{39, ""},                        // broken
	{39, ""},                        // brought
	{6, ""},                         // build
	{29, "toward"},                  // build
	{29, "towards"},                 // build
	{29, ""},                        // build
	{6, ""},                         // builded
	{6, ""},                         // building
	{29, "toward"},                  // building
	{29, "towards"},                 // building
	{29, ""},                        // building
	{6, ""},                         // builds
	{39, ""},                        // built
	{72, ""},                        // bullet
	{72, ""},                        // bullets
	{6, ""},                         // bundle
	{6, ""},                         // bundled
	{6, ""},                         // bundleed
	{6, ""},                         // bundleing
	{6, ""},                         // bundles
	{6, ""},                         // bundling
	{38, ""},                        // bus
	{8, ""},                         // business
	{33, ""},                        // business
	{54, ""},                        // business
	{8, ""},                         // businesses
	{54, ""},                        // businesses
	{10, ""},                        // busy
	{69, ""},                        // but
	{60, ""},                        // buy
	{60, ""},                        // buyed
	{11, ""},                        // buyers
	{60, ""},                        // buying
	{60, ""},                        // buys
	{43, "means of"},                // by
	{43, ""},                        // by
	{69, ""},                        // by
	{0, ""},                         // ca
	{1, ""},                         // ca
	{74, ""},                        // camera
	{74, ""},                        // cameras
	{6, ""},                         // campaign
	{6, ""},                         // campaigned
	{6, ""},                         // campaigning
	{6, ""},                         // campaigns
	{69, ""},                        // can
	{57, ""},                        // candidate
	{2, ""},                         // capabilities
	{22, ""},                        // capabilities
	{74, ""},                        // capabilities
	{2, ""},                         // capability
	{74, ""},                        // capability
	{71, ""},                        // capture
	{38, ""},                        // car
	{10, ""},                        // care
	{11, ""},                        // caregivers
	{11, ""},                        // carers
	{68, "over to"},                 // carried
	{68, "over to"},                 // carry
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
	{73, ""},                        // cataract
	{73, ""},                        // cataracts
	{44, ""},                        // categories
	{49, ""},                        // categories
	{44, ""},                        // category
	{49, ""},                        // category
	{39, ""},                        // caught
	{44, ""},                        // caution
	{51, ""},                        // caution
	{15, ""},                        // celebrate
	{15, ""},                        // celebrated
	{15, ""},                        // celebrateed
	{15, ""},                        // celebrateing
	{15, ""},                        // celebrates
	{15, ""},                        // celebrating
	{30, ""},                        // cenhadaeth
	{33, ""},                        // center
	{33, ""},                        // centre
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
	{3, ""},                         // chance
	{3, ""},                         // chances
	{3, ""},                         // change
	{4, ""},                         // change
	{18, "log"},                     // change
	{4, ""},                         // changed
	{4, ""},                         // changeed
	{4, ""},                         // changeing
	{18, ""},                        // changelog
	{22, ""},                        // changelog
	{55, ""},                        // changelog
	{4, ""},                         // changes
	{18, ""},                        // changes
	{55, ""},                        // changes
	{4, ""},                         // changing
	{57, ""},                        // character
	{72, ""},                        // character
	{72, ""},                        // characters
	{11, ""},                        // charities
	{33, ""},                        // charity
	{30, ""},                        // charter
	{41, ""},                        // charter
	{70, ""},                        // chatbot
	{14, ""},                        // cheap
	{14, ""},                        // cheaper
	{11, ""},                        // child
	{38, ""},                        // child
	{11, ""},                        // children
	{38, ""},                        // children
	{39, ""},                        // chosen
	{11, ""},                        // cities
	{11, ""},                        // citizens
	{38, ""},                        // city
	{49, ""},                        // class
	{49, ""},                        // classes
	{74, ""},                        // classification
	{38, ""},                        // classroom
	{6, ""},                         // clean
	{6, ""},                         // cleaned
	{14, ""},                        // cleaner
	{6, ""},                         // cleaning
	{6, ""},                         // cleans
	{70, ""},                        // cli
	{8, ""},                         // client
	{8, ""},                         // clients
	{11, ""},                        // clinician
	{11, ""},                        // clinicians
	{11, ""},                        // clinics
	{70, ""},                        // cloud
	{33, ""},                        // club
	{0, ""},                         // co
	{33, "op"},                      // co
	{33, ""},                        // co-op
	{6, ""},                         // coach
	{6, ""},                         // coached
	{6, ""},                         // coaches
	{6, ""},                         // coaching
	{6, ""},                         // coachs
	{6, ""},                         // code
	{70, ""},                        // codebase
	{6, ""},                         // coded
	{6, ""},                         // codeed
	{6, ""},                         // codeing
	{6, ""},                         // codes
	{6, ""},                         // coding
	{6, ""},                         // collect
	{6, ""},                         // collected
	{6, ""},                         // collecting
	{33, ""},                        // collective
	{6, ""},                         // collects
	{32, ""},                        // color
	{32, ""},                        // colour
	{15, ""},                        // combat
	{15, ""},                        // combated
	{15, ""},                        // combating
	{15, ""},                        // combats
	{15, ""},                        // combatted
	{15, ""},                        // combatting
	{6, ""},                         // combine
	{6, ""},                         // combined
	{6, ""},                         // combineed
	{6, ""},                         // combineing
	{6, ""},                         // combines
	{6, ""},                         // combining
	{58, "soon"},                    // coming
	{53, "and signal"},              // command
	{53, "and signals"},             // command
	{22, ""},                        // commands
	{60, ""},                        // commission
	{60, ""},                        // commissioned
	{60, ""},                        // commissioning
	{60, ""},                        // commissions
	{2, ""},                         // commitment
	{75, "to"},                      // committed
	{8, ""},                         // communities
	{11, "of"},                      // communities
	{8, ""},                         // community
	{33, ""},                        // community
	{11, ""},                        // commuter
	{11, ""},                        // commuters
	{8, ""},                         // companies
	{11, "that"},                    // companies
	{54, ""},                        // companies
	{33, ""},                        // company
	{54, ""},                        // company
	{58, "name"},                    // company
	{58, "x"},                       // company
	{21, "to"},                      // compared
	{21, "with"},                    // compared
	{14, ""},                        // competitive
	{55, "landscape"},               // competitive
	{2, ""},                         // competitiveness
	{55, ""},                        // competitors
	{22, ""},                        // components
	{32, ""},                        // computer
	{49, ""},                        // concept
	{49, ""},                        // concepts
	{14, ""},                        // confidence
	{22, ""},                        // configuration
	{15, ""},                        // connect
	{14, ""},                        // connected
	{15, ""},                        // connected
	{15, ""},                        // connecting
	{15, ""},                        // connects
	{6, ""},                         // conserve
	{15, ""},                        // conserve
	{6, ""},                         // conserved
	{15, ""},                        // conserved
	{6, ""},                         // conserveed
	{15, ""},                        // conserveed
	{6, ""},                         // conserveing
	{15, ""},                        // conserveing
	{6, ""},                         // conserves
	{15, ""},                        // conserves
	{6, ""},                         // conserving
	{15, ""},                        // conserving
	{55, ""},                        // constraints
	{5, ""},                         // construction
	{11, ""},                        // consumers
	{44, ""},                        // contact
	{55, ""},                        // contact
	{58, "goes here"},               // content
	{55, ""},                        // context
	{64, ""},                        // continent
	{55, ""},                        // contributing
	{11, ""},                        // contributor
	{11, ""},                        // contributors
	{6, ""},                         // convert
	{6, ""},                         // converted
	{6, ""},                         // converting
	{6, ""},                         // converts
	{11, ""},                        // cooks
	{33, ""},                        // cooperative
	{71, ""},                        // copy
	{16, "competencies"},            // core
	{33, ""},                        // core
	{0, ""},                         // corp
	{33, ""},                        // corporate
	{37, ""},                        // could
	{69, ""},                        // could
	{33, ""},                        // council
	{48, ""},                        // countdown
	{76, ""},                        // countless
	{8, ""},                         // countries
	{64, ""},                        // country
	{42, ""},                        // couple
	{27, ""},                        // craft
	{27, ""},                        // crafting
	{11, ""},                        // craftspeople
	{6, ""},                         // create
	{15, "value"},                   // create
	{27, ""},                        // create
	{29, ""},                        // create
	{6, ""},                         // created
	{15, "value"},                   // created
	{44, ""},                        // created
	{6, ""},                         // createed
	{15, "value"},                   // createed
	{6, ""},                         // createing
	{15, "value"},                   // createing
	{6, ""},                         // creates
	{15, "value"},                   // creates
	{6, ""},                         // creating
	{15, "value"},                   // creating
	{27, ""},                        // creating
	{29, ""},                        // creating
	{10, ""},                        // creative
	{11, ""},                        // creator
	{11, ""},                        // creators
	{55, ""},                        // credits
	{48, ""},                        // crewed
	{6, ""},                         // cultivate
	{6, ""},                         // cultivated
	{6, ""},                         // cultivateed
	{6, ""},                         // cultivateing
	{6, ""},                         // cultivates
	{6, ""},                         // cultivating
	{3, ""},                         // culture
	{26, ""},                        // culture
	{6, ""},                         // curate
	{6, ""},                         // curated
	{6, ""},                         // curateed
	{6, ""},                         // curateing
	{6, ""},                         // curates
	{6, ""},                         // curating
	{15, ""},                        // cure
	{15, ""},                        // cured
	{15, ""},                        // cureed
	{15, ""},                        // cureing
	{15, ""},                        // cures
	{15, ""},                        // curing
	{33, ""},                        // current
	{8, ""},                         // customer
	{11, "segment"},                 // customer
	{16, "centric"},                 // customer
	{16, ""},                        // customer-centric
	{8, ""},                         // customers
	{15, ""},                        // cut
	{15, ""},                        // cuted
	{15, ""},                        // cuting
	{15, ""},                        // cuts
	{15, ""},                        // cutted
	{15, ""},                        // cutting
	{16, "edge"},                    // cutting
	{16, ""},                        // cutting-edge
	{11, ""},                        // cyclists
	{35, ""},                        // da
	{51, ""},                        // danger
	{33, ""},                        // das
	{70, ""},                        // dashboard
	{70, ""},                        // dashboards
	{10, ""},                        // data
	{16, "driven"},                  // data
	{16, ""},                        // data-driven
	{70, ""},                        // database
	{74, ""},                        // dataset
	{74, ""},                        // datasets
	{44, ""},                        // date
	{38, ""},                        // day
	{33, ""},                        // de
	{35, ""},                        // de
	{10, ""},                        // deaf
	{63, ""},                        // dear
	{15, ""},                        // decide
	{15, ""},                        // decided
	{15, ""},                        // decideed
	{15, ""},                        // decideing
	{15, ""},                        // decides
	{15, ""},                        // deciding
	{44, ""},                        // decision
	{44, ""},                        // decisions
	{30, "de missao"},               // declaracao
	{30, "de mision"},               // declaracion
	{20, ""},                        // declaration
	{30, "de mission"},              // declaration
	{75, "to"},                      // dedicated
	{68, ""},                        // deferred
	{27, ""},                        // define
	{71, ""},                        // define
	{27, ""},                        // defining
	{20, ""},                        // definition
	{22, ""},                        // definitions
	{35, ""},                        // degli
	{35, ""},                        // dei
	{35, ""},                        // del
	{6, ""},                         // deliver
	{55, ""},                        // deliverables
	{6, ""},                         // delivered
	{6, ""},                         // delivering
	{6, ""},                         // deliverred
	{6, ""},                         // deliverring
	{6, ""},                         // delivers
	{35, ""},                        // della
	{35, ""},                        // delle
	{35, ""},                        // dello
	{33, ""},                        // department
	{6, ""},                         // deploy
	{6, ""},                         // deployed
	{6, ""},                         // deploying
	{5, ""},                         // deployment
	{6, ""},                         // deploys
	{0, ""},                         // dept
	{33, ""},                        // der
	{35, ""},                        // der
	{35, ""},                        // des
	{71, ""},                        // describe
	{46, ""},                        // describes
	{20, ""},                        // description
	{5, ""},                         // design
	{6, ""},                         // design
	{6, ""},                         // designed
	{11, ""},                        // designer
	{11, ""},                        // designers
	{6, ""},                         // designing
	{6, ""},                         // designs
	{38, ""},                        // desk
	{74, ""},                        // detection
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
	{70, ""},                        // device
	{70, ""},                        // devices
	{35, ""},                        // di
	{30, "di missione"},             // dichiarazione
	{69, ""},                        // did
	{33, ""},                        // die
	{3, ""},                         // difference
	{27, "between"},                 // difference
	{27, "between"},                 // differences
	{21, "from"},                    // different
	{16, "transformation"},          // digital
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
	{14, ""},                        // dignity
	{38, ""},                        // dinner
	{73, ""},                        // diopter
	{73, ""},                        // dioptre
	{10, ""},                        // disabled
	{74, ""},                        // disabled
	{15, ""},                        // discover
	{15, ""},                        // discovered
	{15, ""},                        // discovering
	{15, ""},                        // discoverred
	{15, ""},                        // discoverring
	{15, ""},                        // discovers
	{44, ""},                        // discussion
	{16, ""},                        // disrupt
	{16, ""},                        // disruptive
	{6, ""},                         // distribute
	{6, ""},                         // distributed
	{6, ""},                         // distributeed
	{6, ""},                         // distributeing
	{6, ""},                         // distributes
	{6, ""},                         // distributing
	{5, ""},                         // distribution
	{33, ""},                        // division
	{35, ""},                        // do
	{69, ""},                        // do
	{48, ""},                        // docking
	{11, ""},                        // doctor
	{11, ""},                        // doctors
	{71, ""},                        // document
	{26, ""},                        // doelen
	{69, ""},                        // does
	{11, "owners"},                  // dog
	{58, "sit amet"},                // dolor
	{62, ""},                        // dominant
	{6, ""},                         // donate
	{6, ""},                         // donated
	{6, ""},                         // donateed
	{6, ""},                         // donateing
	{6, ""},                         // donates
	{6, ""},                         // donating
	{39, ""},                        // done
	{11, ""},                        // donors
	{38, ""},                        // door
	{35, ""},                        // dos
	{32, ""},                        // double
	{0, ""},                         // dr
	{1, ""},                         // dr
	{27, ""},                        // draft
	{33, ""},                        // draft
	{44, ""},                        // draft
	{27, ""},                        // drafting
	{39, ""},                        // drawn
	{25, ""},                        // dream
	{29, "of"},                      // dream
	{36, ""},                        // dream
	{4, ""},                         // drive
	{4, ""},                         // drived
	{4, ""},                         // driveed
	{4, ""},                         // driveing
	{39, ""},                        // driven
	{11, ""},                        // drivers
	{4, ""},                         // drives
	{4, ""},                         // driving
	{35, ""},                        // du
	{16, ""},                        // dynamic
	{10, "commerce"},                // e
	{26, ""},                        // e
	{10, ""},                        // e-commerce
	{0, ""},                         // e.g
	{1, ""},                         // e.g
	{69, ""},                        // each
	{15, ""},                        // earn
	{15, ""},                        // earned
	{15, ""},                        // earning
	{15, ""},                        // earns
	{65, ""},                        // earth's
	{15, ""},                        // ease
	{15, ""},                        // eased
	{15, ""},                        // easeed
	{15, ""},                        // easeing
	{15, ""},                        // eases
	{14, ""},                        // easier
	{15, ""},                        // easing
	{16, ""},                        // ecosystem
	{26, ""},                        // ed
	{6, ""},                         // educate
	{15, ""},                        // educate
	{6, ""},                         // educated
	{15, ""},                        // educated
	{6, ""},                         // educateed
	{15, ""},                        // educateed
	{6, ""},                         // educateing
	{15, ""},                        // educateing
	{6, ""},                         // educates
	{15, ""},                        // educates
	{6, ""},                         // educating
	{15, ""},                        // educating
	{5, ""},                         // education
	{11, ""},                        // educators
	{2, ""},                         // effectiveness
	{2, ""},                         // efficiency
	{42, ""},                        // eight
	{56, ""},                        // ein
	{33, ""},                        // el
	{10, ""},                        // elderly
	{34, "pitch"},                   // elevator
	{15, ""},                        // eliminate
	{15, ""},                        // eliminated
	{15, ""},                        // eliminateed
	{15, ""},                        // eliminateing
	{15, ""},                        // eliminates
	{15, ""},                        // eliminating
	{59, "construcao"},              // em
	{32, ""},                        // embedded
	{11, ""},                        // employees
	{11, ""},                        // employers
	{4, ""},                         // empower
	{15, ""},                        // empower
	{4, ""},                         // empowered
	{14, ""},                        // empowered
	{15, ""},                        // empowered
	{4, ""},                         // empowering
	{15, ""},                        // empowering
	{2, ""},                         // empowerment
	{16, ""},                        // empowerment
	{4, ""},                         // empowerred
	{15, ""},                        // empowerred
	{4, ""},                         // empowerring
	{15, ""},                        // empowerring
	{4, ""},                         // empowers
	{15, ""},                        // empowers
	{26, ""},                        // en
	{59, "construction"},            // en
	{59, "construccion"},            // en
	{4, ""},                         // enable
	{15, ""},                        // enable
	{4, ""},                         // enabled
	{15, ""},                        // enabled
	{74, ""},                        // enabled
	{4, ""},                         // enableed
	{15, ""},                        // enableed
	{4, ""},                         // enableing
	{15, ""},                        // enableing
	{4, ""},                         // enables
	{15, ""},                        // enables
	{4, ""},                         // enabling
	{15, ""},                        // enabling
	{74, ""},                        // encoder
	{4, ""},                         // encourage
	{52, ""},                        // encourage
	{4, ""},                         // encouraged
	{52, ""},                        // encouraged
	{4, ""},                         // encourageed
	{52, ""},                        // encourageed
	{4, ""},                         // encourageing
	{52, ""},                        // encourageing
	{4, ""},                         // encourages
	{52, ""},                        // encourages
	{4, ""},                         // encouraging
	{52, ""},                        // encouraging
	{15, ""},                        // end
	{16, "to end"},                  // end
	{16, ""},                        // end-to-end
	{37, "to"},                      // endeavor
	{75, "to"},                      // endeavor
	{37, "to"},                      // endeavour
	{15, ""},                        // ended
	{15, ""},                        // ending
	{7, ""},                         // endorsed
	{74, ""},                        // endpoint
	{22, ""},                        // endpoints
	{15, ""},                        // ends
	{2, ""},                         // engagement
	{11, ""},                        // engineer
	{5, ""},                         // engineering
	{11, "teams"},                   // engineering
	{33, ""},                        // engineering
	{11, ""},                        // engineers
	{4, ""},                         // enhance
	{15, ""},                        // enhance
	{75, ""},                        // enhance
	{4, ""},                         // enhanced
	{15, ""},                        // enhanced
	{4, ""},                         // enhanceed
	{15, ""},                        // enhanceed
	{4, ""},                         // enhanceing
	{15, ""},                        // enhanceing
	{4, ""},                         // enhances
	{15, ""},                        // enhances
	{75, ""},                        // enhances
	{4, ""},                         // enhancing
	{15, ""},                        // enhancing
	{75, ""},                        // enhancing
	{15, ""},                        // enjoy
	{15, ""},                        // enjoyed
	{15, ""},                        // enjoying
	{15, ""},                        // enjoys
	{15, ""},                        // enrich
	{15, ""},                        // enriched
	{15, ""},                        // enriches
	{15, ""},                        // enriching
	{15, ""},                        // enrichs
	{4, ""},                         // ensure
	{4, ""},                         // ensured
	{4, ""},                         // ensureed
	{4, ""},                         // ensureing
	{4, ""},                         // ensures
	{4, ""},                         // ensuring
	{71, ""},                        // enter
	{8, ""},                         // enterprise
	{10, ""},                        // enterprise
	{54, ""},                        // enterprise
	{8, ""},                         // enterprises
	{11, ""},                        // enterprises
	{54, ""},                        // enterprises
	{11, ""},                        // entrepreneurs
	{29, ""},                        // envisage
	{25, ""},                        // envision
	{29, ""},                        // envision
	{25, ""},                        // envisioned
	{36, "future"},                  // envisioned
	{25, ""},                        // envisions
	{15, ""},                        // eradicate
	{15, ""},                        // eradicated
	{15, ""},                        // eradicateed
	{15, ""},                        // eradicateing
	{15, ""},                        // eradicates
	{15, ""},                        // eradicating
	{0, ""},                         // est
	{6, ""},                         // establish
	{6, ""},                         // established
	{6, ""},                         // establishes
	{6, ""},                         // establishing
	{6, ""},                         // establishs
	{26, ""},                        // estrategia
	{26, ""},                        // et
	{0, ""},                         // etc
	{38, ""},                        // evening
	{49, ""},                        // event
	{49, ""},                        // events
	{25, ""},                        // eventually
	{64, ""},                        // every
	{69, ""},                        // every
	{8, ""},                         // everybody
	{64, ""},                        // everybody
	{8, ""},                         // everyone
	{64, ""},                        // everyone
	{27, ""},                        // example
	{27, ""},                        // examples
	{2, ""},                         // excellence
	{3, ""},                         // excellence
	{16, ""},                        // excellence
	{21, ""},                        // except
	{76, ""},                        // exceptional
	{53, ""},                        // execution
	{11, ""},                        // executives
	{52, ""},                        // expect
	{52, ""},                        // expected
	{52, ""},                        // expecting
	{52, ""},                        // expects
	{2, ""},                         // experience
	{2, ""},                         // experiences
	{71, ""},                        // explain
	{46, ""},                        // explains
	{15, ""},                        // explore
	{15, ""},                        // explored
	{15, ""},                        // exploreed
	{15, ""},                        // exploreing
	{15, ""},                        // explores
	{15, ""},                        // exploring
	{22, ""},                        // extensions
	{76, ""},                        // extremely
	{73, ""},                        // eye
	{73, ""},                        // eyes
	{73, ""},                        // eyesight
	{73, ""},                        // eyewear
	{75, ""},                        // facilitate
	{75, ""},                        // facilitates
	{75, ""},                        // facilitating
	{11, ""},                        // faculty
	{14, ""},                        // fairer
	{37, ""},                        // fairly
	{39, ""},                        // fallen
	{11, ""},                        // families
	{38, ""},                        // families
	{10, "owned"},                   // family
	{10, ""},                        // family
	{38, ""},                        // family
	{10, ""},                        // family-owned
	{11, ""},                        // fans
	{55, ""},                        // faq
	{38, ""},                        // farm
	{11, ""},                        // farmers
	{14, ""},                        // faster
	{62, ""},                        // favorite
	{62, ""},                        // favourite
	{22, "list"},                    // feature
	{33, ""},                        // feature
	{55, ""},                        // feature
	{70, ""},                        // feature
	{74, ""},                        // feature
	{22, ""},                        // features
	{55, ""},                        // features
	{70, ""},                        // features
	{74, ""},                        // features
	{6, ""},                         // feed
	{15, ""},                        // feed
	{6, ""},                         // feeded
	{15, ""},                        // feeded
	{6, ""},                         // feeding
	{15, ""},                        // feeding
	{6, ""},                         // feeds
	{15, ""},                        // feeds
	{38, ""},                        // ferry
	{42, ""},                        // few
	{14, ""},                        // fewer
	{21, ""},                        // fewer
	{38, ""},                        // field
	{0, ""},                         // fig
	{15, ""},                        // fight
	{15, ""},                        // fighted
	{15, ""},                        // fighting
	{15, ""},                        // fights
	{71, "in"},                      // fill
	{33, ""},                        // final
	{6, ""},                         // finance
	{10, ""},                        // finance
	{6, ""},                         // financed
	{6, ""},                         // financeed
	{6, ""},                         // financeing
	{6, ""},                         // finances
	{6, ""},                         // financing
	{15, ""},                        // find
	{15, ""},                        // finded
	{15, ""},                        // finding
	{15, ""},                        // finds
	{33, ""},                        // firm
	{9, ""},                         // first
	{10, "time"},                    // first
	{16, "class"},                   // first
	{21, ""},                        // first
	{62, "choice"},                  // first
	{62, "choice"},                  // first
	{65, ""},                        // first
	{62, ""},                        // first-choice
	{16, ""},                        // first-class
	{10, ""},                        // first-time
	{42, ""},                        // five
	{58, ""},                        // fixme
	{15, ""},                        // flourish
	{15, ""},                        // flourished
	{15, ""},                        // flourishes
	{15, ""},                        // flourishing
	{15, ""},                        // flourishs
	{48, ""},                        // flyby
	{75, "on"},                      // focused
	{59, "soon"},                    // follows
	{59, "later"},                   // follows
	{14, "the benefit of"},          // for
	{14, "the better"},              // for
	{25, "generations"},             // for
	{35, ""},                        // for
	{45, "more"},                    // for
	{45, "details"},                 // for
	{61, "the benefit of"},          // for
	{69, ""},                        // for
	{52, ""},                        // force
	{52, ""},                        // forced
	{52, ""},                        // forceed
	{52, ""},                        // forceing
	{52, ""},                        // forces
	{52, ""},                        // forcing
	{62, ""},                        // foremost
	{38, ""},                        // forest
	{39, ""},                        // forgotten
	{5, ""},                         // formation
	{4, ""},                         // foster
	{75, ""},                        // foster
	{4, ""},                         // fostered
	{4, ""},                         // fostering
	{75, ""},                        // fostering
	{4, ""},                         // fosterred
	{4, ""},                         // fosterring
	{4, ""},                         // fosters
	{75, ""},                        // fosters
	{39, ""},                        // found
	{33, ""},                        // foundation
	{11, ""},                        // founders
	{42, ""},                        // four
	{14, "access"},                  // free
	{15, ""},                        // free
	{15, ""},                        // freed
	{14, ""},                        // freedom
	{15, ""},                        // freeed
	{15, ""},                        // freeing
	{11, ""},                        // freelancers
	{15, ""},                        // frees
	{15, ""},                        // freing
	{16, ""},                        // frictionless
	{69, ""},                        // from
	{10, "line"},                    // front
	{70, "end"},                     // front
	{70, "end"},                     // front
	{70, ""},                        // front-end
	{10, ""},                        // front-line
	{70, ""},                        // frontend
	{10, ""},                        // frontline
	{39, ""},                        // frozen
	{15, ""},                        // fulfil
	{40, ""},                        // fulfil
	{15, ""},                        // fulfiled
	{15, ""},                        // fulfiling
	{15, ""},                        // fulfill
	{40, ""},                        // fulfill
	{15, ""},                        // fulfilled
	{15, ""},                        // fulfilled
	{15, ""},                        // fulfilling
	{15, ""},                        // fulfilling
	{15, ""},                        // fulfills
	{40, ""},                        // fulfills
	{15, ""},                        // fulfils
	{40, ""},                        // fulfils
	{22, ""},                        // functionality
	{22, ""},                        // functions
	{6, ""},                         // fund
	{6, ""},                         // funded
	{6, ""},                         // funding
	{6, ""},                         // funds
	{35, ""},                        // fur
	{40, "of"},                      // furtherance
	{40, ""},                        // furthering
	{40, ""},                        // furthers
	{3, ""},                         // future
	{16, "proof"},                   // future
	{25, ""},                        // future
	{28, ""},                        // future
	{55, "ideas"},                   // future
	{55, "plans"},                   // future
	{55, "features"},                // future
	{55, "work"},                    // future
	{16, ""},                        // future-proof
	{16, "changing"},                // game
	{16, "changer"},                 // game
	{22, "modes"},                   // game
	{16, ""},                        // game-changing
	{22, ""},                        // gameplay
	{11, ""},                        // gamers
	{38, ""},                        // garden
	{11, ""},                        // gardeners
	{6, ""},                         // gather
	{6, ""},                         // gathered
	{6, ""},                         // gathering
	{6, ""},                         // gatherred
	{6, ""},                         // gatherring
	{6, ""},                         // gathers
	{37, ""},                        // generally
	{64, ""},                        // generation
	{25, "to come"},                 // generations
	{64, ""},                        // generations
	{30, ""},                        // genhadaeth
	{12, ""},                        // get
	{12, ""},                        // gets
	{22, "started"},                 // getting
	{11, ""},                        // girls
	{6, ""},                         // give
	{71, ""},                        // give
	{6, ""},                         // gived
	{6, ""},                         // giveed
	{6, ""},                         // giveing
	{39, ""},                        // given
	{6, ""},                         // gives
	{5, ""},                         // giving
	{6, ""},                         // giving
	{73, ""},                        // glasses
	{73, ""},                        // glaucoma
	{64, ""},                        // global
	{22, "of terms"},                // glossary
	{22, ""},                        // glossary
	{55, ""},                        // glossary
	{62, "to"},                      // go
	{62, ""},                        // go-to
	{26, ""},                        // goal
	{55, ""},                        // goal
	{26, ""},                        // goals
	{55, ""},                        // goals
	{73, ""},                        // goggles
	{13, ""},                        // good
	{63, "morning"},                 // good
	{63, "afternoon"},               // good
	{63, "evening"},                 // good
	{14, ""},                        // goodwill
	{12, ""},                        // got
	{0, ""},                         // gov
	{8, "entities"},                 // government
	{8, ""},                         // government
	{10, ""},                        // government
	{54, ""},                        // government
	{11, ""},                        // governments
	{74, ""},                        // gpu
	{6, ""},                         // grant
	{6, ""},                         // granted
	{6, ""},                         // granting
	{6, ""},                         // grants
	{76, ""},                        // great
	{14, ""},                        // greener
	{63, ""},                        // greetings
	{33, ""},                        // group
	{4, ""},                         // grow
	{4, ""},                         // growed
	{11, ""},                        // growers
	{4, ""},                         // growing
	{39, ""},                        // grown
	{4, ""},                         // grows
	{2, ""},                         // growth
	{3, ""},                         // growth
	{27, ""},                        // guide
	{27, ""},                        // guidelines
	{33, ""},                        // guiding
	{33, ""},                        // guild
	{36, ""},                        // gweledigaeth
	{66, "la missione di"},          // ha
	{66, "come missione"},           // ha
	{38, ""},                        // hands
	{14, ""},                        // happier
	{14, ""},                        // happy
	{38, ""},                        // harbour
	{68, "not written"},             // have
	{68, "not agreed"},              // have
	{68, "written"},                 // haven't
	{68, "agreed"},                  // haven't
	{15, ""},                        // heal
	{15, ""},                        // healed
	{15, ""},                        // healing
	{15, ""},                        // heals
	{14, ""},                        // health
	{10, ""},                        // healthcare
	{14, ""},                        // healthier
	{14, ""},                        // healthy
	{39, ""},                        // heard
	{66, "als missie"},              // hebben
	{66, "als missie"},              // heeft
	{39, ""},                        // held
	{68, "over"},                    // held
	{63, ""},                        // hello
	{4, ""},                         // help
	{15, ""},                        // help
	{52, ""},                        // help
	{4, ""},                         // helped
	{15, ""},                        // helped
	{52, ""},                        // helped
	{4, ""},                         // helping
	{15, ""},                        // helping
	{52, ""},                        // helping
	{4, ""},                         // helps
	{15, ""},                        // helps
	{52, ""},                        // helps
	{56, ""},                        // her
	{45, "we"},                      // here
	{45, "you"},                     // here
	{57, ""},                        // hero
	{57, ""},                        // heroine
	{33, ""},                        // het
	{63, ""},                        // hey
	{63, ""},                        // hi
	{39, ""},                        // hidden
	{76, "quality"},                 // high
	{76, ""},                        // high-quality
	{62, "rated"},                   // highest
	{62, ""},                        // highest-rated
	{76, ""},                        // highly
	{44, ""},                        // hint
	{44, ""},                        // hints
	{56, ""},                        // his
	{19, ""},                        // history
	{55, ""},                        // history
	{11, ""},                        // hobbyists
	{16, ""},                        // holistic
	{10, ""},                        // home
	{38, ""},                        // home
	{65, ""},                        // home
	{11, ""},                        // homeowners
	{29, "to see"},                  // hope
	{29, "for"},                     // hope
	{37, "to"},                      // hope
	{37, "that"},                    // hope
	{37, ""},                        // hopefully
	{38, ""},                        // hospital
	{11, ""},                        // hospitals
	{6, ""},                         // host
	{6, ""},                         // hosted
	{6, ""},                         // hosting
	{6, ""},                         // hosts
	{38, ""},                        // hours
	{6, ""},                         // house
	{15, ""},                        // house
	{6, ""},                         // housed
	{15, ""},                        // housed
	{6, ""},                         // houseed
	{15, ""},                        // houseed
	{11, ""},                        // household
	{11, ""},                        // households
	{6, ""},                         // houseing
	{15, ""},                        // houseing
	{6, ""},                         // houses
	{15, ""},                        // houses
	{6, ""},                         // housing
	{15, ""},                        // housing
	{26, ""},                        // how
	{27, "we write"},                // how
	{27, "we wrote"},                // how
	{27, "to"},                      // how
	{27, "do"},                      // how
	{27, "does"},                    // how
	{27, "should"},                  // how
	{27, "can"},                     // how
	{69, ""},                        // how
	{10, ""},                        // hr
	{8, "beings"},                   // human
	{14, "rights"},                  // human
	{8, ""},                         // humanity
	{64, ""},                        // humanity
	{8, ""},                         // humanity's
	{8, ""},                         // humankind
	{8, ""},                         // humans
	{16, "personalized"},            // hyper
	{16, ""},                        // hyper-personalized
	{0, ""},                         // i.e
	{1, ""},                         // i.e
	{55, ""},                        // ideas
	{71, ""},                        // identify
	{37, "possible"},                // if
	{37, "feasible"},                // if
	{37, "practical"},               // if
	{37, "appropriate"},             // if
	{33, ""},                        // il
	{74, ""},                        // image
	{74, ""},                        // images
	{25, ""},                        // imagine
	{29, ""},                        // imagine
	{2, ""},                         // impact
	{3, ""},                         // impact
	{16, ""},                        // impactful
	{27, "of"},                      // importance
	{51, ""},                        // important
	{4, ""},                         // improve
	{15, ""},                        // improve
	{4, ""},                         // improved
	{15, ""},                        // improved
	{4, ""},                         // improveed
	{15, ""},                        // improveed
	{4, ""},                         // improveing
	{15, ""},                        // improveing
	{4, ""},                         // improves
	{15, ""},                        // improves
	{4, ""},                         // improving
	{15, ""},                        // improving
	{21, "half"},                    // in
	{25, "which every"},             // in
	{25, "which everyone"},          // in
	{34, "a nutshell"},              // in
	{34, "short"},                   // in
	{34, "brief"},                   // in
	{37, "some cases"},              // in
	{40, "line with"},               // in
	{40, "pursuit of"},              // in
	{40, "furtherance of"},          // in
	{40, "support of"},              // in
	{40, "service of"},              // in
	{43, "partnership with"},        // in
	{45, "this document"},           // in
	{45, "this page"},               // in
	{45, "this section"},            // in
	{45, "this article"},            // in
	{45, "this guide"},              // in
	{59, "progress"},                // in
	{59, "preparation"},             // in
	{59, "costruzione"},             // in
	{59, "bearbeitung"},             // in
	{59, "aanbouw"},                 // in
	{61, "order to"},                // in
	{69, ""},                        // in
	{0, ""},                         // inc
	{0, ""},                         // incl
	{1, ""},                         // incl
	{71, ""},                        // include
	{14, ""},                        // inclusive
	{15, ""},                        // increase
	{15, ""},                        // increased
	{15, ""},                        // increaseed
	{15, ""},                        // increaseing
	{15, ""},                        // increases
	{15, ""},                        // increasing
	{76, ""},                        // incredible
	{14, ""},                        // independence
	{10, ""},                        // independent
	{6, ""},                         // index
	{6, ""},                         // indexed
	{6, ""},                         // indexes
	{6, ""},                         // indexing
	{6, ""},                         // indexs
	{10, ""},                        // indie
	{8, ""},                         // individual
	{8, ""},                         // individuals
	{14, ""},                        // inexpensive
	{74, ""},                        // inference
	{14, "decisions"},               // informed
	{14, ""},                        // informed
	{33, ""},                        // initiative
	{2, ""},                         // innovation
	{16, ""},                        // innovation
	{16, ""},                        // innovative
	{74, ""},                        // input
	{22, ""},                        // inputs
	{74, ""},                        // inputs
	{58, "here"},                    // insert
	{71, ""},                        // insert
	{14, ""},                        // insights
	{6, ""},                         // inspect
	{6, ""},                         // inspected
	{6, ""},                         // inspecting
	{6, ""},                         // inspects
	{4, ""},                         // inspire
	{15, ""},                        // inspire
	{4, ""},                         // inspired
	{15, ""},                        // inspired
	{4, ""},                         // inspireed
	{15, ""},                        // inspireed
	{4, ""},                         // inspireing
	{15, ""},                        // inspireing
	{4, ""},                         // inspires
	{15, ""},                        // inspires
	{4, ""},                         // inspiring
	{15, ""},                        // inspiring
	{6, ""},                         // install
	{22, ""},                        // installation
	{55, ""},                        // installation
	{6, ""},                         // installed
	{6, ""},                         // installing
	{6, ""},                         // installs
	{21, "of"},                      // instead
	{33, ""},                        // institute
	{54, ""},                        // institution
	{8, ""},                         // institutions
	{54, ""},                        // institutions
	{6, ""},                         // integrate
	{6, ""},                         // integrated
	{6, ""},                         // integrateed
	{6, ""},                         // integrateing
	{6, ""},                         // integrates
	{6, ""},                         // integrating
	{70, ""},                        // integration
	{22, ""},                        // integrations
	{70, ""},                        // integrations
	{2, ""},                         // integrity
	{37, "to"},                      // intend
	{13, ""},                        // interest
	{13, ""},                        // interests
	{70, ""},                        // interface
	{57, ""},                        // internship
	{9, ""},                         // into
	{69, ""},                        // into
	{34, ""},                        // intro
	{34, ""},                        // introduction
	{6, ""},                         // invest
	{6, ""},                         // invested
	{6, ""},                         // investing
	{11, ""},                        // investor
	{11, ""},                        // investors
	{6, ""},                         // invests
	{58, ""},                        // ipsum
	{12, "being"},                   // is
	{12, ""},                        // is
	{69, ""},                        // is
	{10, ""},                        // it
	{69, ""},                        // it
	{49, ""},                        // item
	{49, ""},                        // items
	{56, ""},                        // its
	{69, ""},                        // its
	{57, ""},                        // job
	{33, ""},                        // joint
	{11, ""},                        // journalists
	{14, ""},                        // joy
	{0, ""},                         // jr
	{10, ""},                        // junior
	{15, ""},                        // keep
	{71, ""},                        // keep
	{15, ""},                        // keeped
	{15, ""},                        // keeping
	{15, ""},                        // keeps
	{39, ""},                        // kept
	{22, "features"},                // key
	{22, "terms"},                   // key
	{11, ""},                        // kids
	{37, "of"},                      // kind
	{38, ""},                        // kitchen
	{14, ""},                        // knowledge
	{39, ""},                        // known
	{55, ""},                        // kpis
	{33, ""},                        // la
	{66, "nostra missione e"},       // la
	{67, "nostra visione e"},        // la
	{33, ""},                        // lab
	{33, ""},                        // laboratory
	{48, ""},                        // lander
	{11, ""},                        // landlords
	{37, ""},                        // largely
	{9, ""},                         // largest
	{62, ""},                        // largest
	{33, ""},                        // las
	{17, "modified by"},             // last
	{17, "modified on"},             // last
	{17, "modified at"},             // last
	{17, "updated by"},              // last
	{17, "updated on"},              // last
	{17, "updated at"},              // last
	{17, "edited by"},               // last
	{17, "edited on"},               // last
	{17, "edited at"},               // last
	{17, "revised by"},              // last
	{17, "revised on"},              // last
	{17, "revised at"},              // last
	{17, "reviewed by"},             // last
	{17, "reviewed on"},             // last
	{17, "reviewed at"},             // last
	{44, "updated"},                 // last
	{44, "modified"},                // last
	{44, "edited"},                  // last
	{44, "reviewed"},                // last
	{44, "agreed"},                  // last
	{44, "approved"},                // last
	{44, "revised"},                 // last
	{44, "changed"},                 // last
	{38, ""},                        // laugh
	{6, ""},                         // launch
	{48, ""},                        // launch
	{6, ""},                         // launched
	{48, ""},                        // launched
	{6, ""},                         // launches
	{48, ""},                        // launches
	{6, ""},                         // launching
	{6, ""},                         // launchs
	{11, ""},                        // lawyers
	{33, ""},                        // le
	{62, ""},                        // leader
	{11, ""},                        // leaders
	{2, ""},                         // leadership
	{9, ""},                         // leading
	{16, "edge"},                    // leading
	{62, ""},                        // leading
	{76, ""},                        // leading
	{16, ""},                        // leading-edge
	{15, ""},                        // learn
	{45, "more"},                    // learn
	{15, ""},                        // learned
	{11, ""},                        // learner
	{11, ""},                        // learners
	{15, ""},                        // learning
	{15, ""},                        // learns
	{39, ""},                        // led
	{39, ""},                        // left
	{30, ""},                        // leitbild
	{6, ""},                         // lend
	{6, ""},                         // lended
	{6, ""},                         // lending
	{6, ""},                         // lends
	{74, ""},                        // lens
	{73, ""},                        // lenses
	{33, ""},                        // les
	{14, ""},                        // less
	{69, ""},                        // less
	{22, ""},                        // levels
	{16, ""},                        // leverage
	{75, ""},                        // leverage
	{16, ""},                        // leverages
	{75, ""},                        // leverages
	{16, ""},                        // leveraging
	{75, ""},                        // leveraging
	{15, ""},                        // liberate
	{15, ""},                        // liberated
	{15, ""},                        // liberateed
	{15, ""},                        // liberateing
	{15, ""},                        // liberates
	{15, ""},                        // liberating
	{11, ""},                        // libraries
	{33, ""},                        // library
	{6, ""},                         // license
	{55, ""},                        // license
	{6, ""},                         // licensed
	{6, ""},                         // licenseed
	{6, ""},                         // licenseing
	{6, ""},                         // licenses
	{6, ""},                         // licensing
	{3, ""},                         // life
	{8, ""},                         // life
	{48, ""},                        // liftoff
	{38, ""},                        // light
	{52, ""},                        // like
	{52, ""},                        // liked
	{52, ""},                        // likeed
	{52, ""},                        // likeing
	{37, ""},                        // likely
	{52, ""},                        // likes
	{52, ""},                        // liking
	{72, ""},                        // line
	{72, ""},                        // lines
	{71, ""},                        // list
	{11, ""},                        // listeners
	{15, ""},                        // live
	{15, ""},                        // lived
	{15, ""},                        // liveed
	{15, ""},                        // liveing
	{3, ""},                         // lives
	{8, ""},                         // lives
	{15, ""},                        // lives
	{15, ""},                        // living
	{0, ""},                         // llc
	{33, ""},                        // lo
	{6, ""},                         // lobbied
	{6, ""},                         // lobbies
	{6, ""},                         // lobby
	{6, ""},                         // lobbyed
	{6, ""},                         // lobbying
	{6, ""},                         // lobbys
	{10, ""},                        // local
	{33, "term"},                    // long
	{73, "sighted"},                 // long
	{73, ""},                        // long-sighted
	{33, ""},                        // long-term
	{58, "ipsum"},                   // lorem
	{58, ""},                        // lorem
	{33, ""},                        // los
	{39, ""},                        // lost
	{76, "of"},                      // lots
	{10, "income"},                  // low
	{14, "cost"},                    // low
	{32, ""},                        // low
	{14, ""},                        // low-cost
	{10, ""},                        // low-income
	{15, ""},                        // lower
	{15, ""},                        // lowered
	{15, ""},                        // lowering
	{15, ""},                        // lowerred
	{15, ""},                        // lowerring
	{15, ""},                        // lowers
	{14, ""},                        // lowest
	{0, ""},                         // ltd
	{48, ""},                        // lunar
	{32, ""},                        // machine
	{70, "learning"},                // machine
	{39, ""},                        // made
	{6, ""},                         // maintain
	{6, ""},                         // maintained
	{45, "by"},                      // maintained
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
	{76, ""},                        // many
	{6, ""},                         // map
	{6, ""},                         // maped
	{6, ""},                         // maping
	{6, ""},                         // mapped
	{6, ""},                         // mapping
	{6, ""},                         // maps
	{10, ""},                        // marginalised
	{10, ""},                        // marginalized
	{11, "traders"},                 // market
	{38, ""},                        // market
	{62, "leader"},                  // market
	{11, ""},                        // marketers
	{6, ""},                         // match
	{6, ""},                         // matched
	{6, ""},                         // matches
	{6, ""},                         // matching
	{6, ""},                         // matchs
	{42, ""},                        // max
	{42, ""},                        // maximum
	{37, ""},                        // may
	{69, ""},                        // may
	{37, ""},                        // maybe
	{38, ""},                        // meal
	{39, ""},                        // meant
	{6, ""},                         // measure
	{6, ""},                         // measured
	{6, ""},                         // measureed
	{6, ""},                         // measureing
	{6, ""},                         // measures
	{6, ""},                         // measuring
	{10, "sized"},                   // medium
	{10, ""},                        // medium-sized
	{15, ""},                        // meet
	{15, ""},                        // meeted
	{15, ""},                        // meeting
	{15, ""},                        // meets
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
	{39, ""},                        // met
	{55, ""},                        // metrics
	{70, ""},                        // microservices
	{10, "sized"},                   // mid
	{10, ""},                        // mid-sized
	{37, ""},                        // might
	{69, ""},                        // might
	{38, ""},                        // miles
	{55, ""},                        // milestone
	{55, ""},                        // milestones
	{11, ""},                        // millennials
	{64, ""},                        // million
	{64, ""},                        // millions
	{38, ""},                        // minutes
	{55, ""},                        // minutes
	{23, ""},                        // mision
	{30, ""},                        // mision
	{23, ""},                        // missao
	{30, ""},                        // missao
	{23, ""},                        // missie
	{30, ""},                        // missie
	{30, ""},                        // missieverklaring
	{16, "critical"},                // mission
	{23, "statement"},               // mission
	{23, ""},                        // mission
	{30, "statement"},               // mission
	{30, ""},                        // mission
	{58, "goes here"},               // mission
	{69, ""},                        // mission
	{16, ""},                        // mission-critical
	{23, ""},                        // missione
	{30, ""},                        // missione
	{30, ""},                        // missions
	{70, ""},                        // mobile
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
	{22, ""},                        // modalities
	{74, ""},                        // mode
	{74, ""},                        // model
	{22, ""},                        // models
	{74, ""},                        // models
	{22, ""},                        // modes
	{44, ""},                        // modified
	{70, ""},                        // module
	{74, ""},                        // module
	{22, ""},                        // modules
	{70, ""},                        // modules
	{6, ""},                         // monitor
	{6, ""},                         // monitored
	{6, ""},                         // monitoring
	{6, ""},                         // monitorred
	{6, ""},                         // monitorring
	{6, ""},                         // monitors
	{14, "time"},                    // more
	{37, "or less"},                 // more
	{42, ""},                        // more
	{45, "information"},             // more
	{45, "details"},                 // more
	{69, ""},                        // more
	{38, ""},                        // morning
	{9, ""},                         // most
	{42, ""},                        // most
	{62, ""},                        // most
	{69, ""},                        // most
	{76, "trusted"},                 // most
	{76, "respected"},               // most
	{37, ""},                        // mostly
	{55, ""},                        // motivation
	{16, "the needle"},              // move
	{44, ""},                        // moved
	{0, ""},                         // mr
	{1, ""},                         // mr
	{0, ""},                         // mrs
	{1, ""},                         // mrs
	{0, ""},                         // ms
	{1, ""},                         // ms
	{0, ""},                         // mt
	{1, ""},                         // mt
	{32, ""},                        // multimodal
	{74, ""},                        // multimodal
	{11, ""},                        // municipalities
	{33, ""},                        // museum
	{11, ""},                        // musicians
	{69, ""},                        // must
	{33, ""},                        // my
	{56, ""},                        // my
	{73, ""},                        // myopia
	{44, ""},                        // name
	{49, ""},                        // name
	{49, ""},                        // names
	{64, ""},                        // nation
	{8, ""},                         // nations
	{64, ""},                        // nations
	{52, ""},                        // need
	{52, ""},                        // needed
	{52, ""},                        // needing
	{52, ""},                        // needs
	{10, ""},                        // neighborhood
	{38, ""},                        // neighborhood
	{10, ""},                        // neighbourhood
	{38, ""},                        // neighbourhood
	{6, ""},                         // network
	{33, ""},                        // network
	{6, ""},                         // networked
	{6, ""},                         // networking
	{6, ""},                         // networks
	{25, "again"},                   // never
	{64, ""},                        // never
	{10, ""},                        // new
	{33, ""},                        // new
	{19, ""},                        // news
	{16, "generation"},              // next
	{16, "gen"},                     // next
	{55, "steps"},                   // next
	{16, ""},                        // next-gen
	{16, ""},                        // next-generation
	{32, ""},                        // night
	{38, ""},                        // night
	{42, ""},                        // nine
	{0, ""},                         // no
	{8, "one"},                      // no
	{8, "one"},                      // no
	{21, "need to"},                 // no
	{21, "more"},                    // no
	{25, "longer"},                  // no
	{42, ""},                        // no
	{64, "one"},                     // no
	{64, "one"},                     // no
	{65, ""},                        // no
	{69, ""},                        // no
	{8, ""},                         // no-one
	{64, ""},                        // no-one
	{8, ""},                         // nobody
	{64, ""},                        // nobody
	{10, "profit"},                  // non
	{11, "profits"},                 // non
	{55, "goals"},                   // non
	{55, "goals"},                   // non
	{55, ""},                        // non-goals
	{10, ""},                        // non-profit
	{11, ""},                        // non-profits
	{50, ""},                        // none
	{10, ""},                        // nonprofit
	{11, ""},                        // nonprofits
	{36, "star"},                    // north
	{36, ""},                        // northstar
	{33, ""},                        // nos
	{56, ""},                        // nos
	{33, ""},                        // nossa
	{56, ""},                        // nossa
	{66, "missao e"},                // nossa
	{67, "visao e"},                 // nossa
	{33, ""},                        // nossas
	{56, ""},                        // nossas
	{33, ""},                        // nosso
	{56, ""},                        // nosso
	{33, ""},                        // nossos
	{56, ""},                        // nossos
	{33, ""},                        // nostra
	{56, ""},                        // nostra
	{66, "missione e"},              // nostra
	{67, "visione e"},               // nostra
	{33, ""},                        // nostre
	{56, ""},                        // nostre
	{33, ""},                        // nostri
	{56, ""},                        // nostri
	{33, ""},                        // nostro
	{56, ""},                        // nostro
	{21, "just"},                    // not
	{21, "only"},                    // not
	{50, ""},                        // not
	{55, ""},                        // not
	{59, "yet written"},             // not
	{68, "yet agreed"},              // not
	{68, "discussed"},               // not
	{69, ""},                        // not
	{44, ""},                        // note
	{51, ""},                        // note
	{44, ""},                        // notes
	{51, ""},                        // notes
	{50, ""},                        // nothing
	{68, "to bring"},                // nothing
	{68, "to report"},               // nothing
	{51, ""},                        // notice
	{33, ""},                        // notre
	{56, ""},                        // notre
	{66, "raison d'etre est"},       // notre
	{66, "mission est"},             // notre
	{66, "mission consiste"},        // notre
	{67, "vision est"},              // notre
	{66, "avons pour mission"},      // nous
	{33, ""},                        // nuestra
	{56, ""},                        // nuestra
	{66, "mision es"},               // nuestra
	{66, "mision consiste"},         // nuestra
	{67, "vision es"},               // nuestra
	{33, ""},                        // nuestras
	{56, ""},                        // nuestras
	{33, ""},                        // nuestro
	{56, ""},                        // nuestro
	{33, ""},                        // nuestros
	{56, ""},                        // nuestros
	{62, "one"},                     // number
	{62, "1"},                       // number
	{62, "one"},                     // number
	{65, ""},                        // number
	{76, "one"},                     // number
	{62, ""},                        // number-one
	{76, ""},                        // numerous
	{11, ""},                        // nurse
	{11, ""},                        // nurses
	{15, ""},                        // nurture
	{15, ""},                        // nurtured
	{15, ""},                        // nurtureed
	{15, ""},                        // nurtureing
	{15, ""},                        // nurtures
	{15, ""},                        // nurturing
	{34, ""},                        // nutshell
	{33, ""},                        // o
	{26, ""},                        // obiettivi
	{26, ""},                        // objectifs
	{55, ""},                        // objective
	{26, ""},                        // objectives
	{55, ""},                        // objectives
	{26, ""},                        // objetivos
	{74, ""},                        // ocr
	{35, ""},                        // of
	{42, ""},                        // of
	{69, ""},                        // of
	{6, ""},                         // offer
	{6, ""},                         // offered
	{6, ""},                         // offering
	{6, ""},                         // offerred
	{6, ""},                         // offerring
	{6, ""},                         // offers
	{33, ""},                        // office
	{55, ""},                        // okr
	{55, ""},                        // okrs
	{10, ""},                        // older
	{16, ""},                        // omnichannel
	{14, "time"},                    // on
	{45, "this page"},               // on
	{68, "hold"},                    // on
	{69, ""},                        // on
	{16, "stop shop"},               // one
	{16, "stop shop"},               // one
	{25, "day"},                     // one
	{34, "liner"},                   // one
	{34, "liner"},                   // one
	{42, ""},                        // one
	{65, ""},                        // one
	{34, ""},                        // one-liner
	{16, "shop"},                    // one-stop
	{16, ""},                        // one-stop-shop
	{10, ""},                        // online
	{21, ""},                        // only
	{33, ""},                        // ons
	{56, ""},                        // ons
	{33, ""},                        // onze
	{56, ""},                        // onze
	{66, "missie is"},               // onze
	{67, "visie is"},                // onze
	{6, "source"},                   // open
	{6, "sources"},                  // open
	{6, "sourceed"},                 // open
	{6, "sourceing"},                // open
	{6, "sourced"},                  // open
	{6, "sourcing"},                 // open
	{10, "source"},                  // open
	{11, "source communities"},      // open
	{11, "source communities"},      // open
	{55, "questions"},               // open
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
	{73, ""},                        // ophthalmologist
	{73, ""},                        // ophthalmologists
	{2, ""},                         // opportunities
	{3, ""},                         // opportunities
	{14, ""},                        // opportunities
	{2, ""},                         // opportunity
	{3, ""},                         // opportunity
	{14, ""},                        // opportunity
	{73, ""},                        // optician
	{73, ""},                        // opticians
	{16, ""},                        // optimise
	{2, ""},                         // optimization
	{16, ""},                        // optimize
	{22, ""},                        // options
	{73, ""},                        // optometrist
	{73, ""},                        // optometrists
	{42, ""},                        // or
	{69, ""},                        // or
	{48, ""},                        // orbit
	{48, ""},                        // orbital
	{48, ""},                        // orbiter
	{48, ""},                        // orbits
	{8, ""},                         // organisation
	{33, ""},                        // organisation
	{54, ""},                        // organisation
	{33, ""},                        // organisational
	{8, ""},                         // organisations
	{54, ""},                        // organisations
	{6, ""},                         // organise
	{6, ""},                         // organised
	{6, ""},                         // organiseed
	{6, ""},                         // organiseing
	{6, ""},                         // organises
	{6, ""},                         // organising
	{8, ""},                         // organization
	{33, ""},                        // organization
	{54, ""},                        // organization
	{33, ""},                        // organizational
	{8, ""},                         // organizations
	{54, ""},                        // organizations
	{6, ""},                         // organize
	{6, ""},                         // organized
	{6, ""},                         // organizeed
	{6, ""},                         // organizeing
	{6, ""},                         // organizes
	{6, ""},                         // organizing
	{33, ""},                        // os
	{30, "purpose"},                 // our
	{33, ""},                        // our
	{36, "dream"},                   // our
	{56, ""},                        // our
	{67, "north star is"},           // our
	{69, ""},                        // our
	{55, "of scope"},                // out
	{71, ""},                        // outline
	{46, ""},                        // outlines
	{76, ""},                        // outstanding
	{33, ""},                        // overall
	{15, ""},                        // overcome
	{15, ""},                        // overcomed
	{15, ""},                        // overcomeed
	{15, ""},                        // overcomeing
	{15, ""},                        // overcomes
	{15, ""},                        // overcoming
	{34, ""},                        // overview
	{6, ""},                         // own
	{69, ""},                        // own
	{6, ""},                         // owned
	{44, ""},                        // owner
	{44, ""},                        // owners
	{6, ""},                         // owning
	{6, ""},                         // owns
	{39, ""},                        // paid
	{35, ""},                        // para
	{16, "shift"},                   // paradigm
	{16, ""},                        // paradigm
	{72, ""},                        // paragraph
	{72, ""},                        // paragraphs
	{11, ""},                        // parent
	{11, ""},                        // parents
	{68, ""},                        // parked
	{40, "of"},                      // part
	{65, ""},                        // part
	{6, ""},                         // partner
	{6, ""},                         // partnered
	{6, ""},                         // partnering
	{6, ""},                         // partnerred
	{6, ""},                         // partnerring
	{6, ""},                         // partners
	{33, ""},                        // partnership
	{16, ""},                        // passionate
	{21, ""},                        // patented
	{11, ""},                        // patient
	{11, ""},                        // patients
	{11, ""},                        // patients'
	{48, ""},                        // payload
	{48, ""},                        // payloads
	{14, "of mind"},                 // peace
	{8, ""},                         // people
	{35, ""},                        // per
	{14, ""},                        // perfect
	{2, ""},                         // performance
	{37, ""},                        // perhaps
	{32, ""},                        // peripheral
	{8, ""},                         // person
	{55, ""},                        // personas
	{8, ""},                         // persons
	{52, ""},                        // persuade
	{52, ""},                        // persuaded
	{52, ""},                        // persuadeed
	{52, ""},                        // persuadeing
	{52, ""},                        // persuades
	{52, ""},                        // persuading
	{11, "owners"},                  // pet
	{11, ""},                        // pharmacies
	{11, ""},                        // pharmacist
	{11, ""},                        // pharmacists
	{38, ""},                        // phone
	{74, ""},                        // photo
	{11, ""},                        // photographers
	{74, ""},                        // photos
	{11, ""},                        // physicians
	{29, ""},                        // picture
	{49, ""},                        // piece
	{49, ""},                        // pieces
	{55, ""},                        // pillars
	{74, ""},                        // pipeline
	{74, ""},                        // pixel
	{74, ""},                        // pixels
	{58, ""},                        // placeholder
	{57, ""},                        // placement
	{37, "to"},                      // plan
	{55, ""},                        // plan
	{64, ""},                        // planet
	{55, ""},                        // plans
	{6, ""},                         // plant
	{6, ""},                         // planted
	{6, ""},                         // planting
	{6, ""},                         // plants
	{33, ""},                        // platform
	{70, ""},                        // platform
	{57, ""},                        // player
	{11, ""},                        // players
	{70, ""},                        // plugin
	{74, ""},                        // plugin
	{22, ""},                        // plugins
	{70, ""},                        // plugins
	{74, ""},                        // plugins
	{6, ""},                         // pool
	{6, ""},                         // pooled
	{6, ""},                         // pooling
	{6, ""},                         // pools
	{70, ""},                        // portal
	{57, ""},                        // position
	{37, ""},                        // possibly
	{57, ""},                        // post
	{68, ""},                        // postponed
	{2, ""},                         // potential
	{14, ""},                        // potential
	{37, ""},                        // potentially
	{35, ""},                        // pour
	{43, "by"},                      // powered
	{11, ""},                        // practitioners
	{62, "eminent"},                 // pre
	{62, ""},                        // pre-eminent
	{62, ""},                        // preeminent
	{52, ""},                        // prefer
	{52, ""},                        // prefered
	{52, ""},                        // prefering
	{52, ""},                        // preferred
	{62, ""},                        // preferred
	{52, ""},                        // preferring
	{52, ""},                        // prefers
	{16, ""},                        // premier
	{62, ""},                        // premier
	{76, ""},                        // premier
	{15, ""},                        // preserve
	{15, ""},                        // preserved
	{15, ""},                        // preserveed
	{15, ""},                        // preserveing
	{15, ""},                        // preserves
	{15, ""},                        // preserving
	{15, ""},                        // prevent
	{15, ""},                        // prevented
	{15, ""},                        // preventing
	{15, ""},                        // prevents
	{55, ""},                        // pricing
	{26, ""},                        // principes
	{26, ""},                        // principi
	{26, ""},                        // principios
	{26, ""},                        // principles
	{55, ""},                        // principles
	{26, ""},                        // prinzipien
	{55, ""},                        // priorities
	{44, ""},                        // priority
	{49, ""},                        // prize
	{49, ""},                        // prizes
	{48, ""},                        // probe
	{57, ""},                        // probe
	{55, "statement"},               // problem
	{55, ""},                        // problem
	{6, ""},                         // produce
	{6, ""},                         // produced
	{6, ""},                         // produceed
	{6, ""},                         // produceing
	{6, ""},                         // produces
	{6, ""},                         // producing
	{11, "managers"},                // product
	{11, "teams"},                   // product
	{33, ""},                        // product
	{44, "name"},                    // product
	{49, ""},                        // product
	{58, "name"},                    // product
	{58, "x"},                       // product
	{14, ""},                        // productive
	{2, ""},                         // productivity
	{49, ""},                        // products
	{0, ""},                         // prof
	{1, ""},                         // prof
	{10, ""},                        // professional
	{11, ""},                        // professionals
	{6, ""},                         // program
	{33, ""},                        // program
	{6, ""},                         // programed
	{6, ""},                         // programing
	{33, ""},                        // programme
	{6, ""},                         // programmed
	{11, ""},                        // programmers
	{6, ""},                         // programming
	{6, ""},                         // programs
	{33, ""},                        // project
	{4, ""},                         // promote
	{75, ""},                        // promote
	{4, ""},                         // promoted
	{4, ""},                         // promoteed
	{4, ""},                         // promoteing
	{4, ""},                         // promotes
	{75, ""},                        // promotes
	{4, ""},                         // promoting
	{75, ""},                        // promoting
	{33, ""},                        // proposed
	{30, ""},                        // proposito
	{41, ""},                        // proposito
	{21, ""},                        // proprietary
	{15, ""},                        // prosper
	{15, ""},                        // prospered
	{15, ""},                        // prospering
	{14, ""},                        // prosperity
	{15, ""},                        // prosperred
	{15, ""},                        // prosperring
	{15, ""},                        // prospers
	{15, ""},                        // protect
	{15, ""},                        // protected
	{15, ""},                        // protecting
	{15, ""},                        // protects
	{6, ""},                         // provide
	{71, ""},                        // provide
	{75, ""},                        // provide
	{6, ""},                         // provided
	{75, ""},                        // provided
	{6, ""},                         // provideed
	{6, ""},                         // provideing
	{6, ""},                         // provides
	{75, ""},                        // provides
	{6, ""},                         // providing
	{75, ""},                        // providing
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
	{60, ""},                        // purchase
	{60, ""},                        // purchased
	{60, ""},                        // purchaseed
	{60, ""},                        // purchaseing
	{60, ""},                        // purchases
	{60, ""},                        // purchasing
	{30, ""},                        // purpose
	{41, ""},                        // purpose
	{58, "goes here"},               // purpose
	{69, ""},                        // purpose
	{40, ""},                        // pursue
	{40, ""},                        // pursues
	{40, ""},                        // pursuing
	{40, "of"},                      // pursuit
	{39, ""},                        // put
	{2, ""},                         // quality
	{14, "of life"},                 // quality
	{22, ""},                        // quests
	{37, ""},                        // quite
	{30, "d'être"},                  // raison
	{30, "d'etre"},                  // raison
	{41, "d'être"},                  // raison
	{41, "d'etre"},                  // raison
	{21, "than"},                    // rather
	{37, ""},                        // rather
	{7, ""},                         // ratified
	{48, "entry"},                   // re
	{48, ""},                        // re-entry
	{15, ""},                        // reach
	{15, ""},                        // reached
	{15, ""},                        // reaches
	{15, ""},                        // reaching
	{15, ""},                        // reachs
	{39, ""},                        // read
	{45, "on"},                      // read
	{11, ""},                        // readers
	{70, "time"},                    // real
	{70, ""},                        // real-time
	{15, ""},                        // realise
	{15, ""},                        // realised
	{15, ""},                        // realiseed
	{15, ""},                        // realiseing
	{15, ""},                        // realises
	{15, ""},                        // realising
	{15, ""},                        // realize
	{15, ""},                        // realized
	{15, ""},                        // realizeed
	{15, ""},                        // realizeing
	{15, ""},                        // realizes
	{15, ""},                        // realizing
	{76, ""},                        // really
	{30, "for being"},               // reason
	{41, "for being"},               // reason
	{15, ""},                        // rebuild
	{15, ""},                        // rebuilded
	{15, ""},                        // rebuilding
	{15, ""},                        // rebuilds
	{74, ""},                        // recognition
	{48, ""},                        // reconnaissance
	{15, ""},                        // recover
	{15, ""},                        // recovered
	{15, ""},                        // recovering
	{15, ""},                        // recoverred
	{15, ""},                        // recoverring
	{15, ""},                        // recovers
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
	{15, ""},                        // reduce
	{15, ""},                        // reduced
	{15, ""},                        // reduceed
	{15, ""},                        // reduceing
	{15, ""},                        // reduces
	{15, ""},                        // reducing
	{48, ""},                        // reentry
	{55, ""},                        // references
	{33, ""},                        // refreshed
	{10, ""},                        // regional
	{37, ""},                        // relatively
	{18, "notes"},                   // release
	{18, "history"},                 // release
	{22, "notes"},                   // release
	{55, "notes"},                   // release
	{18, ""},                        // releases
	{55, ""},                        // releases
	{15, ""},                        // relieve
	{15, ""},                        // relieved
	{15, ""},                        // relieveed
	{15, ""},                        // relieveing
	{15, ""},                        // relieves
	{15, ""},                        // relieving
	{10, ""},                        // remote
	{15, ""},                        // remove
	{15, ""},                        // removed
	{15, ""},                        // removeed
	{15, ""},                        // removeing
	{15, ""},                        // removes
	{15, ""},                        // removing
	{33, ""},                        // renewed
	{76, ""},                        // renowned
	{11, ""},                        // renters
	{6, ""},                         // repair
	{6, ""},                         // repaired
	{6, ""},                         // repairing
	{6, ""},                         // repairs
	{71, ""},                        // replace
	{21, ""},                        // replacing
	{52, ""},                        // require
	{52, ""},                        // required
	{52, ""},                        // requireed
	{52, ""},                        // requireing
	{22, ""},                        // requirements
	{55, ""},                        // requirements
	{52, ""},                        // requires
	{52, ""},                        // requiring
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
	{44, ""},                        // resolved
	{11, ""},                        // restaurants
	{6, ""},                         // restore
	{15, ""},                        // restore
	{6, ""},                         // restored
	{15, ""},                        // restored
	{6, ""},                         // restoreed
	{15, ""},                        // restoreed
	{6, ""},                         // restoreing
	{15, ""},                        // restoreing
	{6, ""},                         // restores
	{15, ""},                        // restores
	{6, ""},                         // restoring
	{15, ""},                        // restoring
	{3, ""},                         // results
	{10, ""},                        // retail
	{11, ""},                        // retailers
	{73, ""},                        // retina
	{11, ""},                        // retirees
	{6, ""},                         // review
	{6, ""},                         // reviewed
	{44, ""},                        // reviewed
	{44, ""},                        // reviewers
	{6, ""},                         // reviewing
	{6, ""},                         // reviews
	{33, ""},                        // revised
	{16, ""},                        // revolutionary
	{4, ""},                         // revolutionise
	{16, ""},                        // revolutionise
	{4, ""},                         // revolutionised
	{4, ""},                         // revolutioniseed
	{4, ""},                         // revolutioniseing
	{4, ""},                         // revolutionises
	{4, ""},                         // revolutionising
	{4, ""},                         // revolutionize
	{16, ""},                        // revolutionize
	{4, ""},                         // revolutionized
	{4, ""},                         // revolutionizeed
	{4, ""},                         // revolutionizeing
	{4, ""},                         // revolutionizes
	{4, ""},                         // revolutionizing
	{14, ""},                        // richer
	{39, ""},                        // ridden
	{11, ""},                        // riders
	{14, ""},                        // rights
	{39, ""},                        // risen
	{55, ""},                        // risks
	{38, ""},                        // river
	{55, ""},                        // roadmap
	{32, ""},                        // robot
	{32, ""},                        // robotic
	{16, ""},                        // robust
	{48, ""},                        // rocket
	{48, ""},                        // rockets
	{57, ""},                        // role
	{38, ""},                        // roof
	{11, ""},                        // rotarians
	{49, ""},                        // round
	{49, ""},                        // rounds
	{48, ""},                        // rover
	{57, ""},                        // rover
	{6, ""},                         // run
	{39, ""},                        // run
	{6, ""},                         // runed
	{6, ""},                         // runing
	{6, ""},                         // runned
	{11, ""},                        // runners
	{6, ""},                         // running
	{6, ""},                         // runs
	{10, ""},                        // rural
	{10, ""},                        // saas
	{70, ""},                        // saas
	{14, ""},                        // safe
	{15, ""},                        // safeguard
	{15, ""},                        // safeguarded
	{15, ""},                        // safeguarding
	{15, ""},                        // safeguards
	{14, ""},                        // safer
	{14, ""},                        // safety
	{39, ""},                        // said
	{13, ""},                        // sake
	{11, "teams"},                   // sales
	{27, ""},                        // sample
	{27, ""},                        // samples
	{48, ""},                        // satellite
	{57, ""},                        // satellite
	{48, ""},                        // satellites
	{15, ""},                        // save
	{15, ""},                        // saved
	{15, ""},                        // saveed
	{15, ""},                        // saveing
	{15, ""},                        // saves
	{15, ""},                        // saving
	{16, ""},                        // scalable
	{55, ""},                        // schedule
	{11, ""},                        // scholars
	{33, ""},                        // school
	{38, ""},                        // school
	{11, ""},                        // schools
	{11, ""},                        // scientist
	{11, ""},                        // scientists
	{55, ""},                        // scope
	{38, ""},                        // screen
	{74, ""},                        // screenshot
	{74, ""},                        // screenshots
	{70, ""},                        // sdk
	{16, ""},                        // seamless
	{16, ""},                        // seamlessly
	{44, ""},                        // seconded
	{15, ""},                        // secure
	{15, ""},                        // secured
	{15, ""},                        // secureed
	{15, ""},                        // secureing
	{15, ""},                        // secures
	{15, ""},                        // securing
	{44, "also"},                    // see
	{45, "also"},                    // see
	{45, "the"},                     // see
	{4, ""},                         // seek
	{37, "to"},                      // seek
	{75, "to"},                      // seek
	{4, ""},                         // seeked
	{4, ""},                         // seeking
	{4, ""},                         // seeks
	{37, "to"},                      // seeks
	{39, ""},                        // seen
	{74, ""},                        // segmentation
	{6, ""},                         // sell
	{6, ""},                         // selled
	{11, ""},                        // sellers
	{6, ""},                         // selling
	{6, ""},                         // sells
	{10, ""},                        // senior
	{11, ""},                        // seniors
	{70, ""},                        // sensor
	{74, ""},                        // sensor
	{70, ""},                        // sensors
	{74, ""},                        // sensors
	{39, ""},                        // sent
	{20, ""},                        // sentence
	{72, ""},                        // sentence
	{72, ""},                        // sentences
	{4, ""},                         // serve
	{4, ""},                         // served
	{4, ""},                         // serveed
	{4, ""},                         // serveing
	{4, ""},                         // serves
	{40, ""},                        // serves
	{33, ""},                        // service
	{53, "support"},                 // service
	{4, ""},                         // serving
	{39, ""},                        // set
	{46, "out"},                     // sets
	{22, ""},                        // settings
	{22, ""},                        // setup
	{42, ""},                        // seven
	{76, ""},                        // several
	{39, ""},                        // shaken
	{25, ""},                        // shall
	{69, ""},                        // shall
	{4, ""},                         // shape
	{4, ""},                         // shaped
	{4, ""},                         // shapeed
	{4, ""},                         // shapeing
	{4, ""},                         // shapes
	{4, ""},                         // shaping
	{33, ""},                        // shared
	{6, ""},                         // ship
	{6, ""},                         // shiped
	{6, ""},                         // shiping
	{6, ""},                         // shipped
	{6, ""},                         // shipping
	{6, ""},                         // ships
	{38, ""},                        // shop
	{11, ""},                        // shopkeepers
	{11, ""},                        // shoppers
	{34, "version"},                 // short
	{73, "sighted"},                 // short
	{73, ""},                        // short-sighted
	{47, "you choose to accept it"}, // should
	{47, "you decide to accept it"}, // should
	{69, ""},                        // should
	{39, ""},                        // shown
	{73, ""},                        // sight
	{76, ""},                        // significantly
	{14, ""},                        // simpler
	{15, ""},                        // simplified
	{15, ""},                        // simplifies
	{15, ""},                        // simplify
	{15, ""},                        // simplifyed
	{15, ""},                        // simplifying
	{15, ""},                        // simplifys
	{53, ""},                        // situation
	{42, ""},                        // six
	{10, ""},                        // small
	{11, "businesses"},              // small
	{11, "business"},                // small
	{14, ""},                        // smarter
	{11, ""},                        // smbs
	{38, ""},                        // smile
	{61, "they can"},                // so
	{61, "people can"},              // so
	{61, "you can"},                 // so
	{61, "that"},                    // so
	{69, ""},                        // so
	{8, ""},                         // society
	{33, ""},                        // society
	{10, ""},                        // software
	{11, "companies"},               // software
	{70, ""},                        // software
	{39, ""},                        // sold
	{16, "provider"},                // solution
	{2, ""},                         // solutions
	{16, ""},                        // solutions
	{15, ""},                        // solve
	{15, ""},                        // solved
	{15, ""},                        // solveed
	{15, ""},                        // solveing
	{15, ""},                        // solves
	{15, ""},                        // solving
	{25, "day"},                     // some
	{25, ""},                        // someday
	{37, ""},                        // somewhat
	{37, "of"},                      // sort
	{48, ""},                        // sortie
	{6, ""},                         // source
	{44, ""},                        // source
	{60, ""},                        // source
	{6, ""},                         // sourced
	{60, ""},                        // sourced
	{6, ""},                         // sourceed
	{60, ""},                        // sourceed
	{6, ""},                         // sourceing
	{60, ""},                        // sourceing
	{6, ""},                         // sources
	{60, ""},                        // sources
	{6, ""},                         // sourcing
	{60, ""},                        // sourcing
	{48, ""},                        // spacecraft
	{57, ""},                        // spacecraft
	{48, ""},                        // spaceflight
	{11, ""},                        // specialists
	{71, ""},                        // specify
	{73, ""},                        // spectacles
	{39, ""},                        // spent
	{48, ""},                        // splashdown
	{39, ""},                        // spoken
	{48, ""},                        // squadron
	{73, ""},                        // squint
	{0, ""},                         // sr
	{0, ""},                         // st
	{1, ""},                         // st
	{2, ""},                         // stakeholder
	{2, ""},                         // stakeholders
	{8, ""},                         // stakeholders
	{44, ""},                        // stakeholders
	{38, ""},                        // stall
	{11, ""},                        // stallholders
	{11, ""},                        // startup
	{33, ""},                        // startup
	{11, ""},                        // startups
	{16, "of the art"},              // state
	{71, ""},                        // state
	{16, ""},                        // state-of-the-art
	{33, ""},                        // stated
	{20, ""},                        // statement
	{26, ""},                        // statement
	{34, ""},                        // statement
	{58, "goes here"},               // statement
	{69, ""},                        // statement
	{26, ""},                        // statements
	{44, ""},                        // status
	{55, ""},                        // status
	{15, ""},                        // stay
	{15, ""},                        // stayed
	{15, ""},                        // staying
	{15, ""},                        // stays
	{55, ""},                        // steps
	{32, ""},                        // stereo
	{68, "being drafted"},           // still
	{68, "working on"},              // still
	{68, "drafting"},                // still
	{39, ""},                        // stolen
	{26, ""},                        // strategia
	{33, ""},                        // strategic
	{26, ""},                        // strategie
	{26, ""},                        // strategies
	{26, ""},                        // strategy
	{16, ""},                        // streamline
	{38, ""},                        // street
	{4, ""},                         // strengthen
	{15, ""},                        // strengthen
	{4, ""},                         // strengthened
	{15, ""},                        // strengthened
	{4, ""},                         // strengthening
	{15, ""},                        // strengthening
	{4, ""},                         // strengthenned
	{15, ""},                        // strengthenned
	{4, ""},                         // strengthenning
	{15, ""},                        // strengthenning
	{4, ""},                         // strengthens
	{15, ""},                        // strengthens
	{4, ""},                         // strive
	{29, "for"},                     // strive
	{37, "to"},                      // strive
	{37, "for"},                     // strive
	{75, ""},                        // strive
	{4, ""},                         // strived
	{4, ""},                         // striveed
	{4, ""},                         // striveing
	{4, ""},                         // strives
	{37, "to"},                      // strives
	{37, "for"},                     // strives
	{75, ""},                        // strives
	{4, ""},                         // striving
	{29, "for"},                     // striving
	{75, ""},                        // striving
	{14, ""},                        // stronger
	{10, ""},                        // student
	{11, ""},                        // student
	{11, ""},                        // students
	{33, ""},                        // studio
	{11, ""},                        // subscribers
	{76, ""},                        // substantially
	{15, ""},                        // succeed
	{15, ""},                        // succeeded
	{15, ""},                        // succeeding
	{15, ""},                        // succeeds
	{2, ""},                         // success
	{3, ""},                         // success
	{14, ""},                        // success
	{55, "criteria"},                // success
	{55, "metrics"},                 // success
	{14, ""},                        // suffering
	{71, ""},                        // summarise
	{46, ""},                        // summarises
	{71, ""},                        // summarize
	{46, ""},                        // summarizes
	{20, ""},                        // summary
	{34, ""},                        // summary
	{76, ""},                        // superior
	{4, ""},                         // support
	{11, "teams"},                   // support
	{40, ""},                        // support
	{74, ""},                        // support
	{75, ""},                        // support
	{4, ""},                         // supported
	{22, "models"},                  // supported
	{74, ""},                        // supported
	{4, ""},                         // supporting
	{40, ""},                        // supporting
	{75, ""},                        // supporting
	{4, ""},                         // supports
	{40, ""},                        // supports
	{74, ""},                        // supports
	{75, ""},                        // supports
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
	{16, ""},                        // synergies
	{16, ""},                        // synergistic
	{2, ""},                         // synergy
	{16, ""},                        // synergy
	{34, ""},                        // synopsis
	{11, ""},                        // sysadmins
	{70, ""},                        // system
	{70, ""},                        // systems
	{38, ""},                        // table
	{15, ""},                        // tackle
	{15, ""},                        // tackled
	{15, ""},                        // tackleed
	{15, ""},                        // tackleing
	{15, ""},                        // tackles
	{15, ""},                        // tackling
	{44, ""},                        // tags
	{39, ""},                        // taken
	{55, "users"},                   // target
	{55, ""},                        // target
	{55, ""},                        // targets
	{55, ""},                        // tasks
	{74, ""},                        // tasks
	{39, ""},                        // taught
	{58, ""},                        // tba
	{58, ""},                        // tbc
	{58, ""},                        // tbd
	{6, ""},                         // teach
	{6, ""},                         // teached
	{11, ""},                        // teacher
	{11, ""},                        // teachers
	{6, ""},                         // teaches
	{6, ""},                         // teaching
	{6, ""},                         // teachs
	{33, ""},                        // team
	{55, ""},                        // team
	{11, ""},                        // teams
	{10, ""},                        // tech
	{10, ""},                        // technical
	{33, ""},                        // technical
	{11, ""},                        // teenagers
	{11, ""},                        // teens
	{48, ""},                        // telemetry
	{48, ""},                        // telescope
	{32, ""},                        // television
	{52, ""},                        // tell
	{52, ""},                        // telled
	{52, ""},                        // telling
	{52, ""},                        // tells
	{66, "como missao"},             // tem
	{66, "por missao"},              // tem
	{27, ""},                        // template
	{44, ""},                        // template
	{27, ""},                        // templates
	{42, ""},                        // ten
	{11, ""},                        // tenants
	{66, "como mision"},             // tenemos
	{26, ""},                        // tenets
	{55, ""},                        // tenets
	{49, ""},                        // term
	{22, ""},                        // terminology
	{49, ""},                        // terms
	{6, ""},                         // test
	{6, ""},                         // tested
	{11, ""},                        // testers
	{6, ""},                         // testing
	{6, ""},                         // tests
	{58, "goes here"},               // text
	{21, ""},                        // than
	{42, ""},                        // than
	{69, ""},                        // than
	{43, "to"},                      // thanks
	{61, "lets"},                    // that
	{61, "helps"},                   // that
	{69, ""},                        // that
	{3, "future"},                   // the
	{8, "public good"},              // the
	{8, "world"},                    // the
	{8, "world's"},                  // the
	{8, "planet"},                   // the
	{8, "public"},                   // the
	{14, "benefit of"},              // the
	{21, "only"},                    // the
	{25, "day when"},                // the
	{33, ""},                        // the
	{34, "short version"},           // the
	{45, "following"},               // the
	{65, ""},                        // the
	{69, ""},                        // the
	{76, "best"},                    // the
	{56, ""},                        // their
	{69, ""},                        // their
	{69, ""},                        // them
	{49, ""},                        // theme
	{49, ""},                        // themes
	{69, ""},                        // then
	{32, ""},                        // thermal
	{69, ""},                        // these
	{69, ""},                        // they
	{45, "is an overview"},          // this
	{45, "is where"},                // this
	{45, "decision record"},         // this
	{45, "pull request"},            // this
	{45, "document"},                // this
	{45, "doc"},                     // this
	{45, "page"},                    // this
	{45, "section"},                 // this
	{45, "file"},                    // this
	{45, "overview"},                // this
	{45, "guide"},                   // this
	{45, "article"},                 // this
	{45, "post"},                    // this
	{45, "repository"},              // this
	{45, "repo"},                    // this
	{45, "rfc"},                     // this
	{45, "adr"},                     // this
	{45, "proposal"},                // this
	{45, "note"},                    // this
	{45, "paper"},                   // this
	{45, "report"},                  // this
	{45, "memo"},                    // this
	{45, "briefing"},                // this
	{45, "plan"},                    // this
	{45, "template"},                // this
	{45, "example"},                 // this
	{45, "tutorial"},                // this
	{45, "chapter"},                 // this
	{45, "specification"},           // this
	{45, "policy"},                  // this
	{45, "standard"},                // this
	{45, "procedure"},               // this
	{45, "handbook"},                // this
	{45, "manual"},                  // this
	{45, "runbook"},                 // this
	{45, "playbook"},                // this
	{45, "agreement"},               // this
	{45, "spec"},                    // this
	{45, "readme"},                  // this
	{45, "wiki"},                    // this
	{45, "site"},                    // this
	{45, "website"},                 // this
	{45, "folder"},                  // this
	{45, "directory"},               // this
	{69, ""},                        // this
	{69, ""},                        // those
	{16, "leadership"},              // thought
	{16, "leader"},                  // thought
	{39, ""},                        // thought
	{42, ""},                        // three
	{15, ""},                        // thrive
	{15, ""},                        // thrived
	{15, ""},                        // thriveed
	{15, ""},                        // thriveing
	{15, ""},                        // thrives
	{15, ""},                        // thriving
	{43, ""},                        // through
	{69, ""},                        // through
	{39, ""},                        // thrown
	{66, "como mision"},             // tiene
	{66, "por mision"},              // tiene
	{55, ""},                        // timeline
	{44, ""},                        // tip
	{51, ""},                        // tip
	{27, ""},                        // tips
	{44, ""},                        // tips
	{51, ""},                        // tips
	{49, ""},                        // title
	{49, ""},                        // titles
	{34, ""},                        // tl;dr
	{44, ""},                        // tl;dr
	{34, ""},                        // tldr
	{44, ""},                        // tldr
	{37, "a certain degree"},        // to
	{37, "some extent"},             // to
	{42, ""},                        // to
	{55, "do"},                      // to
	{58, "be determined"},           // to
	{58, "be defined"},              // to
	{58, "be written"},              // to
	{59, "follow"},                  // to
	{59, "come"},                    // to
	{61, "help"},                    // to
	{61, "enable"},                  // to
	{61, "make"},                    // to
	{61, "ensure"},                  // to
	{61, "allow"},                   // to
	{61, "give"},                    // to
	{68, "be agreed"},               // to
	{69, ""},                        // to
	{55, ""},                        // to-do
	{55, ""},                        // todo
	{58, ""},                        // todo
	{74, ""},                        // tokens
	{39, ""},                        // told
	{3, ""},                         // tomorrow
	{25, ""},                        // tomorrow
	{70, ""},                        // tool
	{22, ""},                        // tools
	{70, ""},                        // tools
	{9, ""},                         // top
	{16, "notch"},                   // top
	{62, "rated"},                   // top
	{62, "ranked"},                  // top
	{62, ""},                        // top
	{16, ""},                        // top-notch
	{62, ""},                        // top-ranked
	{62, ""},                        // top-rated
	{39, ""},                        // torn
	{11, ""},                        // tourists
	{40, ""},                        // toward
	{40, ""},                        // towards
	{38, ""},                        // town
	{6, ""},                         // track
	{6, ""},                         // tracked
	{6, ""},                         // tracking
	{6, ""},                         // tracks
	{11, ""},                        // trader
	{11, ""},                        // traders
	{38, ""},                        // trail
	{6, ""},                         // train
	{38, ""},                        // train
	{6, ""},                         // trained
	{5, ""},                         // training
	{6, ""},                         // training
	{6, ""},                         // trains
	{48, ""},                        // trajectory
	{4, ""},                         // transform
	{2, ""},                         // transformation
	{16, ""},                        // transformative
	{4, ""},                         // transformed
	{74, ""},                        // transformer
	{74, ""},                        // transformers
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
	{15, ""},                        // treat
	{15, ""},                        // treated
	{15, ""},                        // treating
	{15, ""},                        // treats
	{37, "to"},                      // tries
	{22, ""},                        // troubleshooting
	{33, ""},                        // true
	{76, ""},                        // truly
	{33, ""},                        // trust
	{14, ""},                        // trustworthy
	{37, "to"},                      // try
	{32, ""},                        // tunnel
	{16, ""},                        // turnkey
	{32, ""},                        // tv
	{42, ""},                        // two
	{44, ""},                        // type
	{49, ""},                        // type
	{49, ""},                        // types
	{25, ""},                        // ultimately
	{26, ""},                        // und
	{42, ""},                        // under
	{59, "construction"},            // under
	{10, ""},                        // underserved
	{15, ""},                        // understand
	{15, ""},                        // understanded
	{14, ""},                        // understanding
	{15, ""},                        // understanding
	{27, ""},                        // understanding
	{15, ""},                        // understands
	{39, ""},                        // understood
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
	{33, ""},                        // union
	{76, ""},                        // unique
	{21, ""},                        // uniquely
	{33, ""},                        // unit
	{0, ""},                         // univ
	{11, ""},                        // universities
	{21, "other"},                   // unlike
	{21, ""},                        // unlike
	{15, ""},                        // unlock
	{15, ""},                        // unlocked
	{15, ""},                        // unlocking
	{15, ""},                        // unlocks
	{16, ""},                        // unmatched
	{16, ""},                        // unparalleled
	{16, ""},                        // unrivaled
	{16, ""},                        // unrivalled
	{33, ""},                        // unser
	{56, ""},                        // unser
	{66, "auftrag ist"},             // unser
	{33, ""},                        // unsere
	{56, ""},                        // unsere
	{66, "mission ist"},             // unsere
	{67, "vision ist"},              // unsere
	{33, ""},                        // unserer
	{56, ""},                        // unserer
	{42, ""},                        // up
	{33, ""},                        // updated
	{44, ""},                        // updated
	{74, ""},                        // upload
	{74, ""},                        // uploads
	{10, ""},                        // urban
	{69, ""},                        // us
	{14, ""},                        // usable
	{22, ""},                        // usage
	{55, ""},                        // usage
	{52, ""},                        // use
	{55, "cases"},                   // use
	{71, ""},                        // use
	{52, ""},                        // used
	{52, ""},                        // useed
	{14, ""},                        // useful
	{52, ""},                        // useing
	{8, ""},                         // user
	{16, "centric"},                 // user
	{55, "stories"},                 // user
	{16, ""},                        // user-centric
	{8, ""},                         // users
	{52, ""},                        // uses
	{43, ""},                        // using
	{52, ""},                        // using
	{75, ""},                        // utilise
	{75, ""},                        // utilize
	{75, ""},                        // utilizes
	{75, ""},                        // utilizing
	{57, ""},                        // vacancy
	{26, ""},                        // valeurs
	{26, ""},                        // valores
	{26, ""},                        // valori
	{2, ""},                         // value
	{3, ""},                         // value
	{16, "added"},                   // value
	{26, ""},                        // value
	{16, ""},                        // value-added
	{26, ""},                        // values
	{55, ""},                        // values
	{35, ""},                        // van
	{76, ""},                        // various
	{11, ""},                        // vendor
	{11, ""},                        // vendors
	{44, ""},                        // version
	{21, ""},                        // versus
	{76, ""},                        // very
	{11, ""},                        // veterans
	{43, ""},                        // via
	{14, ""},                        // viable
	{74, ""},                        // video
	{11, ""},                        // viewers
	{38, ""},                        // village
	{24, ""},                        // visao
	{36, ""},                        // visao
	{24, ""},                        // visie
	{36, ""},                        // visie
	{24, "statement"},               // vision
	{24, ""},                        // vision
	{36, "statement"},               // vision
	{36, ""},                        // vision
	{58, "goes here"},               // vision
	{69, ""},                        // vision
	{16, ""},                        // visionary
	{24, ""},                        // visione
	{36, ""},                        // visione
	{36, ""},                        // visions
	{6, ""},                         // visit
	{6, ""},                         // visited
	{6, ""},                         // visiting
	{6, ""},                         // visits
	{6, ""},                         // visitted
	{6, ""},                         // visitting
	{0, ""},                         // viz
	{1, ""},                         // viz
	{11, ""},                        // volunteers
	{35, ""},                        // von
	{35, ""},                        // voor
	{0, ""},                         // vs
	{1, ""},                         // vs
	{21, ""},                        // vs
	{10, ""},                        // vulnerable
	{26, ""},                        // waarden
	{46, "you through"},             // walks
	{29, "to see"},                  // want
	{29, "to be"},                   // want
	{29, ""},                        // want
	{37, "to"},                      // want
	{52, ""},                        // want
	{52, ""},                        // wanted
	{52, ""},                        // wanting
	{52, ""},                        // wants
	{44, ""},                        // warning
	{51, ""},                        // warning
	{12, ""},                        // was
	{69, ""},                        // was
	{38, ""},                        // water
	{3, ""},                         // way
	{48, ""},                        // waypoint
	{3, ""},                         // ways
	{25, "see a world"},             // we
	{26, ""},                        // we
	{37, "believe"},                 // we
	{37, "think"},                   // we
	{37, "feel"},                    // we
	{43, "will achieve this"},       // we
	{43, "do this"},                 // we
	{43, "achieve this"},            // we
	{69, ""},                        // we
	{70, ""},                        // wearable
	{70, ""},                        // wearables
	{74, ""},                        // webcam
	{70, ""},                        // website
	{45, "to"},                      // welcome
	{63, "all"},                     // welcome
	{36, ""},                        // weledigaeth
	{13, ""},                        // welfare
	{13, "being"},                   // well
	{14, "being"},                   // well
	{13, ""},                        // well-being
	{14, ""},                        // well-being
	{13, ""},                        // wellbeing
	{14, ""},                        // wellbeing
	{12, ""},                        // were
	{69, ""},                        // were
	{26, ""},                        // werte
	{26, ""},                        // what
	{27, "is"},                      // what
	{27, "are"},                     // what
	{27, "makes"},                   // what
	{27, "should"},                  // what
	{27, "does"},                    // what
	{69, ""},                        // what
	{22, "new"},                     // what's
	{27, ""},                        // what's
	{31, "next"},                    // what's
	{31, "ahead"},                   // what's
	{31, "coming"},                  // what's
	{31, "changed"},                 // what's
	{31, "changing"},                // what's
	{31, "happening"},               // what's
	{31, "different"},               // what's
	{27, "to"},                      // when
	{37, "possible"},                // when
	{69, ""},                        // when
	{37, "possible"},                // whenever
	{25, "we are headed"},           // where
	{25, "we are heading"},          // where
	{25, "we are going"},            // where
	{25, "no one"},                  // where
	{25, "every"},                   // where
	{25, "everyone"},                // where
	{25, "nobody"},                  // where
	{25, "no"},                      // where
	{25, "all"},                     // where
	{27, "to"},                      // where
	{37, "possible"},                // where
	{37, "feasible"},                // where
	{37, "practical"},               // where
	{37, "practicable"},             // where
	{37, "appropriate"},             // where
	{69, ""},                        // where
	{21, ""},                        // whereas
	{61, "means"},                   // which
	{69, ""},                        // which
	{27, "is"},                      // who
	{69, ""},                        // who
	{69, ""},                        // whom
	{56, ""},                        // whose
	{27, "is"},                      // why
	{27, "are"},                     // why
	{27, "do"},                      // why
	{27, "does"},                    // why
	{27, "should"},                  // why
	{27, "you"},                     // why
	{27, "your"},                    // why
	{27, "it"},                      // why
	{27, "this"},                    // why
	{27, "a"},                       // why
	{27, "an"},                      // why
	{27, "the"},                     // why
	{30, "we are here"},             // why
	{30, "we exist"},                // why
	{30, "we're here"},              // why
	{30, ""},                        // why
	{41, "we are here"},             // why
	{41, "we exist"},                // why
	{41, "we're here"},              // why
	{41, ""},                        // why
	{69, ""},                        // why
	{70, ""},                        // widget
	{25, "be"},                      // will
	{25, "have"},                    // will
	{25, ""},                        // will
	{59, "follow"},                  // will
	{69, ""},                        // will
	{15, ""},                        // win
	{16, "win"},                     // win
	{16, ""},                        // win-win
	{15, ""},                        // wined
	{15, ""},                        // wining
	{15, ""},                        // winned
	{15, ""},                        // winning
	{15, ""},                        // wins
	{38, ""},                        // winter
	{37, "to"},                      // wish
	{43, "the help of"},             // with
	{69, ""},                        // with
	{21, ""},                        // without
	{11, ""},                        // women
	{39, ""},                        // won
	{72, ""},                        // word
	{72, ""},                        // words
	{26, ""},                        // work
	{29, "for"},                     // work
	{29, "toward"},                  // work
	{29, "towards"},                 // work
	{43, "with"},                    // work
	{43, "alongside"},               // work
	{59, "in progress"},             // work
	{75, "to"},                      // work
	{11, ""},                        // workers
	{10, ""},                        // working
	{29, "for"},                     // working
	{29, "toward"},                  // working
	{29, "towards"},                 // working
	{43, "together with"},           // working
	{43, "with"},                    // working
	{43, "alongside"},               // working
	{68, "on the wording"},          // working
	{43, "with"},                    // works
	{75, "to"},                      // works
	{3, ""},                         // world
	{16, "class"},                   // world
	{28, ""},                        // world
	{64, ""},                        // world
	{76, "renowned"},                // world
	{16, "leading"},                 // world's
	{64, ""},                        // world's
	{65, ""},                        // world's
	{16, ""},                        // world-class
	{76, ""},                        // world-renowned
	{64, ""},                        // worldwide
	{39, ""},                        // worn
	{37, ""},                        // would
	{69, ""},                        // would
	{39, ""},                        // woven
	{6, ""},                         // write
	{27, ""},                        // write
	{71, ""},                        // write
	{6, ""},                         // writed
	{6, ""},                         // writeed
	{6, ""},                         // writeing
	{11, ""},                        // writers
	{6, ""},                         // writes
	{6, ""},                         // writing
	{27, ""},                        // writing
	{39, ""},                        // written
	{45, "by"},                      // written
	{32, "ray"},                     // x
	{32, ""},                        // x-ray
	{58, ""},                        // xxx
	{26, ""},                        // y
	{68, "to be agreed"},            // yet
	{8, ""},                         // you
	{10, ""},                        // young
	{11, "people"},                  // young
	{58, "company"},                 // your
	{58, "product"},                 // your
	{11, ""},                        // youth
	{26, ""},                        // ziele
}

// tableSlots is a hash table over tableWords: index+1, or 0.
var tableSlots = [8192]uint16{
	0, 0, 0, 0, 194, 0, 0, 0, 2226, 0, 644, 0, 0, 0, 0, 0,
	0, 0, 1394, 2223, 1412, 109, 1420, 481, 501, 0, 0, 0, 0, 0, 0, 0,
	0, 1527, 0, 0, 0, 0, 0, 0, 1531, 547, 0, 0, 0, 0, 0, 0,
	525, 1488, 1621, 2056, 2278, 0, 0, 0, 0, 1410, 0, 0, 2055, 0, 0, 0,
	0, 1676, 65, 1313, 0, 0, 0, 0, 0, 0, 0, 0, 1370, 0, 0, 0,
	0, 0, 0, 0, 0, 1921, 0, 0, 0, 0, 74, 0, 0, 353, 1903, 2268,
	0, 0, 0, 0, 1540, 0, 315, 0, 625, 0, 0, 0, 1270, 312, 0, 0,
	424, 650, 0, 0, 0, 915, 0, 0, 0, 0, 0, 0, 0, 0, 461, 1448,
	190, 272, 0, 0, 0, 2365, 0, 0, 0, 1368, 0, 0, 0, 143, 1151, 1211,
	2090, 1805, 0, 603, 0, 2486, 0, 1985, 0, 0, 0, 0, 0, 1711, 0, 0,
	0, 0, 0, 0, 476, 0, 0, 0, 0, 2026, 0, 0, 0, 1032, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1182, 0, 718, 0, 0, 0, 0, 658, 0, 0, 0, 0, 0, 252, 0, 2017,
	0, 491, 2458, 108, 1117, 0, 0, 0, 0, 346, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 903, 0, 0, 1668, 0, 0, 0, 2452, 0, 0, 0, 0,
	947, 0, 210, 0, 0, 0, 0, 0, 0, 0, 0, 407, 0, 396, 0, 399,
	0, 0, 0, 0, 0, 0, 1262, 1477, 0, 1056, 0, 0, 1987, 769, 0, 0,
	0, 0, 0, 1899, 213, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 2045, 0, 0, 673, 0, 0, 0, 1709, 0, 1055, 1408,
	1699, 692, 1409, 1651, 0, 0, 0, 0, 0, 1591, 0, 0, 0, 230, 0, 0,
	0, 0, 358, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 931, 0,
	0, 1785, 0, 0, 0, 1991, 0, 2118, 737, 2057, 2067, 0, 1072, 0, 0, 0,
	0, 2372, 0, 0, 0, 620, 0, 1521, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 2189, 177, 0, 0, 0, 319, 2053, 2313, 2326, 0, 320, 1322, 788, 0, 0,
	2115, 1780, 0, 0, 683, 1687, 1333, 309, 2102, 0, 0, 1022, 0, 243, 401, 462,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 787, 0, 0, 0,
	1136, 0, 183, 0, 2395, 0, 0, 0, 0, 0, 0, 0, 0, 2122, 517, 0,
	2217, 0, 0, 0, 0, 1245, 0, 0, 2374, 884, 0, 2150, 0, 338, 0, 0,
	0, 0, 0, 1349, 2024, 0, 2442, 0, 0, 0, 0, 0, 0, 1176, 857, 0,
	0, 1750, 0, 0, 0, 0, 0, 1607, 1484, 2410, 0, 0, 0, 0, 0, 1045,
	1145, 1407, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1881,
	0, 0, 2416, 0, 0, 2408, 0, 0, 0, 0, 0, 0, 0, 527, 1204, 58,
	233, 0, 0, 0, 0, 1303, 0, 0, 2317, 0, 1090, 0, 2454, 0, 0, 0,
	1522, 0, 1274, 0, 0, 2179, 0, 1126, 1630, 1401, 0, 0, 0, 0, 0, 0,
	0, 0, 1902, 1503, 1857, 0, 0, 0, 0, 1681, 0, 0, 0, 1060, 0, 0,
	0, 0, 0, 0, 0, 0, 81, 0, 0, 0, 0, 969, 1926, 1989, 0, 0,
	0, 0, 2082, 1187, 0, 123, 825, 1444, 858, 0, 774, 0, 0, 0, 1534, 0,
	0, 0, 2289, 0, 0, 0, 0, 0, 395, 0, 288, 0, 0, 0, 0, 0,
	0, 1338, 0, 0, 700, 68, 0, 852, 92, 0, 0, 0, 0, 0, 419, 0,
	1301, 313, 0, 0, 0, 0, 0, 1473, 0, 696, 0, 0, 0, 0, 0, 0,
	1732, 200, 0, 0, 0, 0, 0, 2450, 0, 0, 0, 0, 0, 943, 1048, 872,
	1768, 2086, 2262, 0, 0, 0, 0, 0, 0, 417, 1255, 0, 496, 0, 0, 1879,
	0, 0, 0, 0, 0, 521, 114, 1889, 1948, 0, 0, 1195, 0, 0, 0, 1982,
	0, 0, 0, 0, 0, 0, 179, 859, 938, 0, 0, 0, 0, 0, 1724, 289,
	773, 1751, 0, 0, 0, 0, 0, 0, 0, 2413, 0, 0, 1146, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 2241, 0, 2276, 0, 0, 1443, 0, 0, 0, 1249,
	670, 0, 0, 1197, 2154, 285, 2014, 0, 0, 951, 0, 0, 0, 0, 0, 0,
	0, 0, 639, 2181, 0, 0, 2371, 0, 0, 0, 0, 953, 0, 0, 244, 1818,
	1653, 0, 0, 0, 0, 0, 0, 0, 713, 1698, 0, 503, 0, 443, 0, 901,
	0, 0, 0, 0, 0, 0, 479, 0, 0, 1331, 0, 0, 0, 1932, 0, 991,
	0, 1518, 1913, 2384, 0, 0, 0, 0, 1422, 0, 0, 0, 121, 580, 0, 0,
	0, 45, 2075, 0, 0, 0, 0, 0, 0, 1376, 0, 1355, 0, 0, 0, 0,
	1053, 0, 0, 0, 0, 0, 1639, 0, 0, 0, 1085, 1893, 0, 0, 932, 335,
	933, 2402, 0, 0, 0, 0, 1877, 0, 0, 1678, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 478, 0, 1129, 0, 0, 0,
	0, 870, 0, 0, 0, 258, 0, 0, 1976, 261, 0, 0, 0, 0, 1524, 0,
	715, 0, 0, 0, 794, 0, 0, 0, 0, 0, 403, 0, 0, 467, 0, 0,
	885, 0, 0, 0, 0, 875, 0, 0, 0, 1452, 753, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	606, 0, 0, 283, 232, 863, 0, 0, 0, 0, 0, 0, 0, 0, 914, 0,
	0, 0, 448, 234, 355, 131, 1786, 557, 1791, 2231, 844, 0, 0, 0, 0, 0,
	1973, 0, 0, 0, 1700, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 189, 0, 0, 709, 880, 0, 1025, 599, 1010, 0, 0, 0,
	0, 0, 2184, 0, 0, 0, 1884, 376, 492, 0, 0, 0, 0, 0, 0, 0,
	1170, 0, 110, 1800, 0, 0, 0, 0, 0, 0, 522, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 30, 43, 0, 0, 834, 1525, 0, 239, 846, 0, 727,
	0, 1967, 0, 0, 0, 0, 52, 0, 0, 502, 0, 266, 1622, 0, 2109, 0,
	0, 663, 0, 89, 0, 0, 1114, 0, 0, 365, 0, 2059, 0, 791, 0, 1924,
	63, 2018, 883, 348, 2161, 2251, 2380, 0, 0, 0, 0, 0, 1798, 116, 246, 0,
	0, 0, 0, 0, 0, 1766, 0, 0, 0, 0, 1496, 0, 0, 0, 0, 0,
	698, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 380, 1023, 0,
	0, 0, 0, 0, 323, 0, 0, 0, 815, 0, 0, 601, 0, 0, 0, 0,
	0, 0, 0, 0, 1864, 0, 800, 0, 1162, 1740, 2309, 743, 0, 0, 0, 0,
	0, 0, 0, 1849, 1957, 2469, 138, 783, 1467, 0, 0, 0, 0, 2330, 0, 0,
	1634, 0, 0, 0, 0, 0, 0, 0, 1223, 0, 1288, 0, 0, 0, 0, 0,
	0, 0, 554, 1859, 0, 1421, 0, 0, 2190, 1519, 2155, 0, 0, 0, 2407, 0,
	0, 0, 356, 0, 2019, 642, 302, 672, 0, 0, 1942, 1391, 0, 0, 507, 0,
	0, 0, 1721, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2490, 0, 0, 0, 2357, 0, 0, 0, 0, 0, 0, 882, 1629, 0, 0, 0,
	0, 0, 0, 2186, 0, 0, 0, 0, 357, 0, 0, 0, 873, 0, 551, 1601,
	0, 0, 636, 1888, 2364, 0, 0, 0, 0, 1163, 2436, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1500, 0, 0, 0, 2475, 0, 0, 0, 0, 0, 0, 2406,
	0, 0, 0, 0, 0, 0, 0, 0, 957, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 561, 506, 960, 0, 295, 0, 0, 0, 0,
	0, 0, 544, 0, 0, 0, 1372, 0, 1624, 1844, 866, 1059, 1730, 1809, 79, 681,
	2255, 1284, 2351, 0, 387, 0, 0, 0, 38, 0, 1109, 0, 0, 0, 0, 824,
	1054, 0, 0, 0, 1996, 2301, 1960, 630, 0, 2058, 0, 0, 0, 0, 0, 563,
	1330, 0, 0, 0, 0, 0, 731, 1738, 0, 0, 720, 33, 656, 1091, 0, 0,
	0, 0, 1648, 0, 0, 2182, 0, 0, 0, 0, 604, 0, 0, 1178, 923, 0,
	2145, 0, 0, 1715, 0, 0, 0, 0, 0, 2124, 0, 0, 0, 2325, 0, 0,
	0, 1472, 588, 264, 1431, 1210, 2128, 2291, 2295, 0, 0, 0, 0, 967, 2185, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 686, 1030, 0, 0, 573,
	1839, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2343, 0, 0, 0,
	1276, 298, 1610, 1958, 1011, 1314, 0, 0, 0, 0, 438, 0, 0, 860, 1371, 0,
	0, 0, 0, 839, 0, 0, 0, 0, 0, 0, 0, 0, 1450, 1089, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 553,
	0, 0, 0, 0, 0, 0, 0, 927, 0, 0, 0, 0, 0, 0, 0, 472,
	548, 1862, 0, 0, 0, 845, 0, 0, 1925, 0, 0, 0, 0, 1137, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 367, 1554, 0, 0, 0, 1260, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2100, 0, 0,
	0, 0, 0, 2078, 0, 0, 0, 0, 0, 924, 1291, 1395, 0, 0, 0, 0,
	1040, 0, 0, 0, 37, 236, 0, 0, 225, 2141, 0, 0, 0, 0, 0, 0,
	0, 0, 1762, 0, 0, 0, 647, 660, 1434, 1736, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 444, 0, 0, 0, 221,
	412, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2088, 0, 0, 175, 0,
	761, 0, 0, 0, 0, 0, 0, 360, 0, 0, 1400, 1082, 2489, 0, 971, 0,
	385, 1907, 0, 0, 113, 0, 539, 1415, 0, 0, 0, 0, 607, 451, 1153, 2198,
	0, 163, 267, 336, 471, 1435, 1672, 0, 1125, 0, 0, 1716, 1436, 2470, 0, 2010,
	1831, 0, 0, 1941, 0, 0, 2116, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 199, 219, 895, 0,
	808, 0, 0, 0, 578, 1843, 2192, 0, 1015, 0, 0, 42, 0, 55, 0, 2392,
	0, 0, 1240, 2005, 1548, 2443, 0, 0, 1277, 0, 0, 18, 0, 0, 0, 0,
	345, 0, 1645, 2138, 0, 0, 82, 178, 1729, 2032, 0, 0, 831, 0, 0, 0,
	0, 0, 1577, 1159, 2107, 2205, 1104, 0, 1461, 2097, 1474, 0, 1743, 0, 0, 0,
	0, 0, 0, 0, 1058, 1905, 2455, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	286, 1793, 0, 0, 0, 2264, 0, 1403, 0, 0, 0, 0, 0, 0, 1513, 0,
	0, 0, 0, 0, 0, 0, 2159, 958, 1693, 1184, 1811, 0, 0, 0, 0, 0,
	667, 0, 0, 0, 0, 1018, 0, 0, 0, 0, 2016, 0, 310, 985, 1279, 1565,
	691, 0, 536, 0, 0, 0, 0, 0, 1892, 0, 1329, 0, 0, 2250, 562, 1592,
	2139, 0, 0, 1233, 0, 874, 494, 0, 187, 1756, 0, 0, 0, 0, 574, 1841,
	0, 0, 0, 0, 0, 0, 0, 2347, 0, 0, 1643, 0, 0, 742, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1775, 1205, 2043, 1002, 0, 0, 0,
	0, 1980, 0, 0, 0, 0, 0, 702, 0, 0, 0, 0, 0, 0, 2033, 0,
	0, 0, 770, 0, 0, 0, 0, 0, 0, 2355, 0, 0, 1466, 0, 0, 0,
	1225, 1880, 0, 0, 945, 576, 0, 0, 0, 493, 1173, 0, 1702, 0, 0, 0,
	0, 0, 257, 2221, 2367, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1177, 1312, 1602,
	0, 0, 0, 0, 0, 140, 231, 282, 0, 0, 0, 0, 0, 0, 0, 0,
	1350, 0, 325, 0, 0, 0, 0, 1050, 0, 0, 0, 0, 2339, 0, 0, 0,
	0, 0, 0, 145, 1972, 2233, 2248, 0, 2172, 2307, 0, 2288, 0, 1099, 0, 1374,
	0, 1213, 88, 0, 1430, 0, 0, 0, 0, 0, 1347, 0, 0, 910, 464, 168,
	878, 0, 0, 2488, 0, 0, 0, 218, 191, 2173, 0, 0, 0, 0, 1041, 0,
	0, 0, 0, 2239, 0, 0, 516, 982, 0, 0, 0, 736, 0, 0, 0, 0,
	768, 0, 0, 0, 0, 0, 2270, 1599, 0, 377, 0, 1293, 1185, 1744, 1265, 0,
	0, 0, 0, 0, 0, 0, 975, 1175, 0, 0, 1727, 2238, 0, 0, 0, 0,
	196, 0, 0, 0, 886, 1530, 0, 560, 0, 0, 0, 0, 0, 1712, 0, 0,
	0, 413, 0, 2466, 0, 0, 0, 0, 0, 1384, 0, 339, 0, 0, 0, 0,
	0, 0, 1887, 0, 0, 0, 999, 0, 2030, 0, 0, 0, 0, 0, 0, 1296,
	0, 0, 0, 0, 0, 0, 0, 0, 1817, 0, 1007, 1133, 423, 0, 262, 0,
	0, 0, 0, 0, 929, 0, 0, 0, 0, 0, 0, 1077, 2327, 2175, 0, 0,
	0, 2063, 2341, 0, 0, 0, 1537, 0, 0, 0, 0, 847, 0, 0, 0, 0,
	651, 1147, 0, 0, 1209, 0, 0, 0, 427, 0, 0, 0, 0, 1227, 0, 0,
	1402, 0, 0, 2110, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2352, 0, 0,
	0, 0, 509, 1501, 0, 473, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1206,
	0, 0, 2183, 0, 0, 0, 0, 426, 0, 593, 581, 1686, 0, 0, 0, 0,
	0, 1617, 0, 50, 0, 0, 0, 333, 0, 0, 0, 1656, 5, 32, 1642, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 838, 728, 0, 0, 0, 0, 0,
	0, 0, 0, 2271, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1650, 0,
	0, 0, 0, 1539, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1453, 0,
	0, 0, 0, 0, 621, 0, 0, 1550, 0, 0, 77, 0, 0, 0, 0, 0,
	0, 0, 0, 1489, 1101, 2252, 2224, 420, 0, 1625, 2022, 1633, 1969, 0, 374, 628,
	1873, 0, 0, 921, 1545, 1640, 0, 0, 0, 0, 486, 1026, 1532, 1868, 101, 0,
	0, 549, 0, 0, 0, 2292, 0, 0, 429, 1123, 1179, 1581, 1478, 2213, 0, 1257,
	0, 1760, 0, 0, 671, 0, 0, 0, 0, 0, 0, 1108, 0, 0, 0, 0,
	1579, 1051, 0, 0, 0, 0, 0, 1573, 1042, 0, 1432, 0, 900, 0, 0, 1567,
	0, 0, 0, 0, 665, 0, 0, 0, 0, 0, 0, 990, 0, 0, 0, 0,
	0, 1975, 354, 564, 1378, 0, 0, 0, 2065, 2439, 0, 0, 0, 1377, 1192, 1499,
	0, 1076, 0, 0, 1590, 1300, 2336, 0, 0, 402, 0, 0, 0, 0, 0, 0,
	0, 2435, 0, 0, 0, 0, 0, 1516, 0, 0, 0, 0, 0, 2460, 0, 0,
	0, 2011, 1005, 0, 0, 1997, 1393, 0, 1981, 0, 0, 2201, 0, 0, 0, 0,
	0, 0, 144, 0, 0, 0, 535, 1456, 0, 505, 1536, 0, 0, 0, 0, 1680,
	0, 86, 2158, 0, 0, 653, 2253, 0, 0, 1359, 224, 0, 0, 0, 0, 392,
	0, 0, 0, 1272, 0, 0, 337, 2117, 237, 0, 0, 0, 0, 0, 2021, 2433,
	0, 0, 0, 0, 460, 1858, 2376, 0, 0, 1266, 0, 0, 0, 0, 0, 0,
	330, 0, 0, 0, 0, 329, 941, 1866, 0, 0, 0, 0, 0, 733, 1528, 0,
	893, 0, 0, 0, 2208, 0, 1033, 2004, 0, 0, 0, 0, 0, 0, 1075, 1086,
	0, 0, 0, 0, 0, 0, 966, 1207, 0, 0, 1069, 0, 1552, 704, 1627, 0,
	1759, 1285, 373, 724, 0, 1697, 2369, 118, 1560, 714, 2461, 0, 0, 375, 1328, 2441,
	0, 1043, 0, 0, 0, 0, 739, 0, 0, 0, 0, 0, 2162, 0, 0, 0,
	0, 1665, 598, 0, 0, 555, 0, 436, 0, 0, 0, 0, 0, 408, 0, 2165,
	0, 0, 410, 0, 0, 0, 1851, 749, 0, 0, 0, 169, 0, 0, 0, 1894,
	0, 0, 0, 0, 1341, 0, 2294, 0, 0, 0, 1220, 2342, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 241, 453, 965, 1611, 0,
	0, 0, 0, 2076, 1302, 1585, 0, 0, 0, 764, 0, 19, 1100, 2211, 0, 0,
	0, 1141, 0, 0, 0, 1886, 0, 94, 0, 0, 0, 0, 14, 0, 0, 0,
	0, 276, 1767, 0, 0, 0, 0, 0, 204, 0, 0, 0, 0, 0, 0, 0,
	0, 2114, 0, 0, 1057, 0, 400, 1568, 0, 0, 0, 0, 0, 0, 0, 0,
	122, 2349, 0, 0, 0, 0, 0, 0, 0, 2149, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 777, 0, 0, 0, 0, 1551, 0, 0, 0, 0, 0,
	0, 0, 936, 1271, 0, 0, 1027, 1777, 0, 0, 0, 0, 0, 1726, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 806, 2447, 0, 0, 812, 2399, 0, 1928,
	0, 0, 0, 0, 2418, 0, 0, 0, 0, 0, 0, 513, 1218, 2388, 0, 0,
	0, 0, 0, 10, 1549, 0, 0, 0, 0, 0, 0, 0, 0, 1771, 626, 1764,
	591, 2273, 247, 0, 0, 0, 0, 0, 0, 0, 2242, 0, 445, 0, 0, 0,
	0, 1226, 0, 0, 0, 911, 1719, 0, 0, 0, 0, 0, 0, 0, 1339, 0,
	2171, 0, 0, 0, 0, 0, 0, 0, 1386, 0, 2087, 0, 1737, 0, 615, 0,
	0, 0, 0, 0, 1855, 0, 0, 0, 0, 0, 1121, 1294, 181, 0, 0, 0,
	0, 0, 0, 0, 80, 0, 0, 0, 349, 0, 0, 0, 133, 425, 617, 0,
	0, 0, 0, 1155, 638, 2029, 0, 0, 609, 0, 0, 519, 0, 0, 876, 0,
	0, 0, 0, 537, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1429, 229, 0,
	802, 0, 0, 0, 0, 0, 0, 0, 120, 610, 1103, 1725, 0, 0, 0, 359,
	0, 0, 0, 371, 0, 2445, 0, 0, 0, 0, 0, 0, 0, 0, 744, 1722,
	511, 1966, 0, 2194, 2386, 0, 0, 0, 16, 1904, 0, 150, 0, 0, 1943, 0,
	0, 0, 0, 0, 0, 0, 1964, 0, 0, 0, 0, 1073, 0, 0, 0, 0,
	0, 1623, 1840, 1919, 0, 0, 222, 0, 414, 1494, 0, 2377, 2265, 1469, 0, 0,
	1979, 0, 0, 0, 0, 0, 605, 0, 0, 203, 1572, 0, 0, 600, 0, 0,
	0, 0, 0, 2083, 0, 972, 0, 0, 0, 690, 0, 0, 0, 0, 1449, 0,
	0, 0, 0, 1720, 0, 0, 0, 0, 0, 2272, 1493, 1984, 0, 152, 2316, 0,
	1221, 1908, 0, 0, 0, 879, 1360, 1380, 1563, 1825, 1335, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1067, 0, 0,
	0, 0, 0, 0, 279, 0, 0, 0, 0, 0, 0, 0, 2287, 0, 0, 0,
	0, 1138, 0, 0, 0, 1542, 1615, 0, 0, 0, 0, 1024, 56, 0, 0, 0,
	0, 0, 0, 1020, 0, 0, 1675, 0, 579, 2284, 0, 0, 1066, 0, 1201, 1414,
	1619, 762, 130, 0, 0, 2000, 2049, 0, 0, 0, 2425, 0, 1562, 0, 0, 0,
	1608, 432, 1734, 2101, 1584, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1406, 0,
	855, 1156, 2440, 0, 0, 1514, 0, 0, 2387, 0, 1950, 0, 0, 0, 2275, 0,
	0, 2298, 0, 0, 383, 0, 406, 1083, 0, 434, 0, 1150, 0, 0, 565, 2009,
	0, 0, 0, 2125, 0, 308, 0, 0, 0, 0, 0, 998, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 510, 2092, 0, 0, 0, 822, 0, 962, 0, 0, 0,
	0, 0, 0, 2105, 0, 0, 0, 0, 0, 0, 645, 0, 0, 0, 0, 0,
	0, 0, 1269, 0, 0, 0, 0, 0, 0, 0, 0, 1935, 0, 0, 0, 2191,
	2131, 0, 0, 0, 0, 1373, 0, 0, 24, 0, 0, 0, 0, 2398, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1361, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1365, 0, 0, 2361, 2359, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1299, 0, 0, 0, 0, 0, 0, 1389, 0, 0, 1379, 2348,
	0, 0, 0, 2363, 0, 0, 0, 0, 0, 0, 0, 0, 1029, 1741, 2446, 1016,
	1999, 0, 0, 655, 0, 0, 0, 1248, 0, 2324, 0, 2353, 0, 0, 0, 0,
	0, 0, 0, 0, 1613, 0, 0, 0, 1139, 0, 0, 582, 2463, 0, 0, 0,
	0, 1701, 2269, 0, 0, 0, 0, 0, 54, 223, 1512, 849, 1586, 0, 0, 0,
	0, 0, 0, 508, 0, 0, 0, 0, 0, 0, 0, 703, 0, 0, 928, 0,
	0, 215, 0, 411, 0, 0, 0, 2259, 0, 0, 2046, 775, 0, 0, 0, 0,
	0, 0, 0, 0, 307, 0, 585, 897, 701, 1442, 334, 1600, 1978, 0, 1890, 0,
	1673, 0, 0, 0, 0, 0, 0, 0, 0, 269, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1079, 0, 0, 1654, 1662, 67, 53, 1854, 0, 0,
	2246, 0, 0, 0, 0, 0, 0, 0, 1465, 1529, 1558, 0, 0, 0, 0, 0,
	0, 397, 1166, 0, 0, 0, 0, 0, 1492, 759, 2393, 0, 0, 0, 0, 0,
	0, 127, 390, 0, 0, 0, 0, 0, 0, 2444, 0, 0, 0, 2151, 2215, 364,
	1113, 0, 596, 0, 0, 0, 0, 0, 0, 0, 550, 270, 0, 529, 0, 0,
	0, 1416, 0, 0, 0, 0, 1017, 0, 697, 1298, 1938, 1930, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 635, 1321, 2464, 0, 2038, 0, 0, 0, 1836, 0,
	0, 1324, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1870, 1837, 2283,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1471, 1850, 614, 129, 0, 0,
	2050, 0, 0, 0, 0, 0, 0, 2382, 1994, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 528, 0, 0, 1834, 0, 0, 2356, 0, 543, 124, 0, 0, 782, 0,
	2358, 1098, 0, 0, 0, 0, 0, 0, 0, 1597, 1046, 0, 917, 0, 0, 829,
	1955, 0, 0, 0, 0, 164, 324, 2254, 0, 0, 1929, 730, 1874, 0, 0, 0,
	0, 141, 530, 1273, 1992, 128, 0, 772, 0, 0, 0, 906, 0, 0, 0, 0,
	0, 0, 0, 0, 2023, 0, 0, 1826, 1835, 0, 485, 0, 0, 2188, 0, 0,
	0, 0, 1310, 450, 2485, 944, 0, 0, 0, 0, 0, 21, 790, 0, 0, 35,
	0, 571, 0, 0, 340, 616, 0, 0, 654, 0, 0, 0, 0, 0, 2245, 0,
	0, 0, 0, 0, 0, 1169, 0, 0, 0, 682, 0, 405, 0, 755, 0, 0,
	0, 0, 2214, 0, 0, 0, 0, 0, 0, 0, 0, 0, 657, 708, 1696, 0,
	0, 0, 0, 0, 0, 182, 1252, 0, 0, 0, 1604, 0, 0, 0, 0, 1068,
	0, 361, 0, 0, 0, 0, 0, 0, 0, 1792, 0, 0, 0, 0, 0, 0,
	0, 0, 1358, 0, 1267, 1446, 0, 0, 0, 0, 1062, 1116, 0, 0, 0, 0,
	0, 0, 1761, 0, 0, 0, 0, 0, 0, 0, 0, 514, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 216, 0, 0, 487, 1122, 613, 0, 1995,
	1304, 2193, 0, 0, 2153, 0, 382, 0, 0, 0, 0, 0, 273, 0, 0, 0,
	0, 0, 0, 836, 0, 0, 1326, 0, 0, 678, 2311, 0, 0, 695, 0, 0,
	0, 0, 1315, 1649, 2344, 0, 107, 0, 0, 2421, 404, 0, 0, 0, 0, 0,
	0, 1316, 0, 0, 986, 0, 0, 1254, 0, 0, 0, 0, 0, 0, 0, 1582,
	76, 750, 1144, 1731, 0, 0, 0, 0, 0, 854, 0, 0, 1959, 0, 0, 0,
	1510, 0, 0, 0, 0, 2285, 1390, 891, 0, 2354, 1061, 442, 1152, 1174, 1454, 0,
	0, 0, 2204, 0, 95, 1417, 0, 1523, 0, 661, 0, 0, 1758, 0, 0, 1119,
	1280, 0, 2129, 0, 0, 1107, 0, 0, 0, 455, 1447, 0, 970, 1305, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1237, 0, 0, 0, 1897, 0, 2303, 0,
	0, 0, 1319, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1234, 1773, 1856, 0, 0, 317, 1208, 1535, 2036, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1268, 17, 171, 1490, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1670, 1970, 0, 0, 0, 589, 1626, 115, 583, 0,
	1413, 0, 0, 0, 2135, 0, 2040, 1867, 0, 726, 0, 48, 0, 1788, 0, 235,
	299, 952, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1256, 0, 0, 1781, 0, 0, 0, 449, 741, 1583, 0,
	0, 93, 1438, 778, 0, 0, 0, 2482, 0, 1439, 1515, 0, 956, 1132, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1483, 2487, 1399, 0, 793,
	162, 1479, 2147, 0, 0, 0, 0, 0, 0, 0, 0, 1028, 2235, 1566, 0, 0,
	0, 1160, 409, 1763, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1014, 0, 0,
	0, 2121, 0, 0, 0, 0, 0, 0, 1404, 0, 0, 1044, 0, 1282, 0, 0,
	0, 0, 0, 0, 1246, 2391, 0, 0, 0, 0, 0, 1810, 512, 1215, 0, 1918,
	926, 0, 0, 0, 0, 0, 0, 1506, 0, 0, 0, 0, 0, 0, 0, 1822,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 316, 0, 0, 1718, 2476, 0,
	0, 0, 0, 0, 0, 984, 0, 0, 0, 106, 0, 0, 0, 0, 0, 0,
	466, 797, 2123, 0, 0, 0, 868, 0, 0, 0, 0, 632, 2432, 899, 155, 2411,
	1157, 0, 0, 0, 2099, 0, 0, 0, 0, 1036, 2037, 0, 0, 0, 0, 0,
	0, 0, 328, 0, 0, 0, 0, 0, 0, 1475, 0, 0, 421, 2308, 0, 2480,
	0, 0, 0, 96, 0, 0, 0, 0, 0, 0, 0, 2041, 0, 0, 0, 2212,
	0, 0, 0, 0, 0, 0, 675, 0, 480, 428, 0, 0, 0, 1111, 0, 0,
	568, 0, 0, 2070, 0, 0, 344, 1363, 0, 0, 0, 1325, 0, 0, 0, 2020,
	0, 0, 0, 0, 575, 0, 0, 725, 827, 195, 930, 0, 139, 0, 0, 1426,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 584, 0, 1352, 172, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 898, 0, 0, 1306, 0, 1631,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 918, 2373, 381,
	0, 0, 0, 0, 0, 0, 0, 0, 978, 0, 993, 1561, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 2210, 394, 2299, 0, 0, 0, 0, 0, 57, 0, 0,
	497, 500, 1635, 1778, 2389, 0, 72, 2156, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1143, 0, 0, 193, 1317, 0, 0, 0, 1392, 1541, 2319,
	0, 0, 0, 0, 0, 0, 0, 0, 1770, 1923, 1222, 0, 2219, 2234, 0, 0,
	0, 0, 0, 0, 2279, 1462, 2385, 0, 0, 1433, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1311, 862, 0, 2008, 0, 0, 0, 0, 0, 913, 2400, 8, 518,
	983, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1120, 1000, 0, 0, 0, 0,
	27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 78, 0, 0, 0, 249,
	2462, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1228, 0, 0, 39, 0, 0, 73, 300, 751, 912, 0, 0, 1742, 0, 0,
	1618, 2228, 0, 515, 0, 1637, 0, 0, 0, 0, 0, 1396, 0, 0, 0, 2047,
	0, 0, 0, 0, 0, 0, 0, 1084, 0, 0, 0, 0, 0, 0, 1491, 85,
	0, 0, 0, 256, 0, 0, 0, 0, 379, 422, 0, 1334, 2340, 0, 0, 2134,
	0, 2305, 1652, 1909, 1769, 0, 0, 0, 398, 0, 0, 0, 0, 0, 0, 0,
	2225, 0, 0, 201, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 214, 220, 441, 0, 0, 0, 1915, 0, 0, 0, 587,
	2142, 1891, 0, 0, 0, 1898, 100, 633, 0, 0, 1710, 0, 0, 0, 0, 2415,
	498, 0, 2230, 0, 1193, 2066, 2089, 0, 0, 0, 0, 0, 779, 1830, 2467, 0,
	0, 296, 0, 569, 1457, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2277, 789, 1344, 2453, 207,
	2477, 531, 0, 0, 0, 0, 0, 0, 0, 810, 0, 11, 2218, 0, 0, 2459,
	0, 0, 0, 0, 0, 0, 1605, 0, 0, 1224, 6, 1283, 1569, 843, 0, 0,
	148, 0, 0, 0, 1243, 0, 0, 0, 1628, 0, 0, 0, 767, 0, 0, 0,
	0, 457, 0, 0, 0, 98, 0, 0, 0, 0, 0, 192, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1828, 0, 684, 0, 2468, 0, 0, 0, 2167, 2103,
	2403, 1963, 0, 0, 0, 0, 0, 0, 0, 1286, 0, 0, 0, 47, 1004, 0,
	1753, 0, 0, 477, 0, 1275, 0, 0, 0, 1636, 1388, 1594, 1190, 2146, 0, 1172,
	0, 0, 1398, 0, 0, 0, 0, 0, 0, 0, 84, 0, 0, 0, 722, 176,
	0, 0, 937, 2286, 2370, 1307, 0, 0, 1723, 0, 0, 0, 0, 0, 1685, 0,
	538, 0, 0, 1603, 0, 0, 0, 0, 0, 0, 0, 0, 1949, 0, 0, 0,
	0, 0, 2322, 0, 0, 0, 0, 0, 0, 925, 2375, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 2414, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1171, 1968, 963, 2465, 586, 1965, 1900, 0, 0, 0,
	0, 0, 0, 1646, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1135, 1988,
	0, 0, 0, 0, 0, 0, 1290, 2366, 2346, 0, 0, 0, 0, 490, 0, 2484,
	0, 238, 0, 0, 0, 0, 0, 2048, 0, 0, 0, 0, 0, 1078, 0, 0,
	0, 1816, 0, 0, 0, 166, 0, 0, 1092, 0, 2229, 0, 0, 321, 0, 792,
	1164, 2054, 2434, 987, 97, 0, 0, 2274, 1806, 0, 988, 0, 795, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2263, 1180, 280, 0, 1088, 1679, 137, 0, 185,
	372, 623, 0, 0, 2203, 62, 2297, 142, 786, 2438, 294, 0, 1974, 0, 0, 75,
	0, 1508, 0, 0, 1464, 0, 0, 0, 0, 0, 0, 1418, 0, 0, 0, 0,
	0, 0, 2422, 0, 0, 0, 2379, 2035, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1216, 0, 391, 1620, 0, 0, 2044, 0, 0, 0,
	0, 1264, 0, 0, 0, 0, 0, 0, 362, 0, 1713, 1901, 0, 0, 1677, 0,
	0, 0, 2180, 0, 0, 833, 0, 0, 0, 0, 0, 1459, 0, 23, 881, 1238,
	1802, 809, 0, 0, 0, 1578, 0, 955, 0, 0, 0, 475, 1783, 2328, 0, 1106,
	0, 0, 542, 1191, 1990, 0, 0, 1669, 0, 0, 0, 820, 0, 0, 0, 723,
	435, 1660, 0, 0, 979, 483, 0, 0, 0, 0, 0, 801, 1951, 0, 0, 1337,
	0, 2174, 1309, 0, 0, 0, 0, 0, 0, 1789, 0, 0, 0, 0, 592, 0,
	2106, 0, 0, 0, 0, 0, 0, 352, 0, 484, 0, 0, 0, 0, 0, 2227,
	351, 0, 0, 0, 1861, 0, 0, 981, 0, 2244, 0, 0, 0, 0, 0, 0,
	0, 2437, 0, 0, 0, 0, 0, 0, 0, 0, 0, 949, 1945, 1776, 0, 0,
	0, 0, 1823, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2012, 0, 0,
	2350, 0, 0, 0, 0, 2420, 0, 0, 0, 1520, 1754, 0, 2127, 0, 594, 1348,
	1683, 0, 920, 0, 0, 0, 0, 0, 0, 0, 251, 1460, 0, 0, 2290, 0,
	1779, 1008, 2006, 2195, 0, 0, 0, 0, 0, 0, 909, 803, 2451, 0, 0, 0,
	0, 1128, 0, 1797, 840, 386, 0, 156, 0, 0, 0, 0, 0, 0, 0, 0,
	1292, 0, 668, 2483, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 2072, 0, 0, 0, 2160, 153, 0, 0, 0, 0, 0, 0, 0,
	1784, 0, 1219, 0, 0, 0, 0, 0, 0, 1074, 0, 0, 659, 716, 0, 532,
	0, 0, 0, 0, 0, 905, 0, 0, 0, 1118, 734, 1295, 0, 0, 0, 0,
	0, 0, 0, 541, 0, 0, 1001, 0, 0, 0, 0, 0, 2431, 0, 0, 2120,
	0, 0, 1714, 0, 0, 0, 0, 0, 0, 1212, 0, 0, 687, 311, 841, 41,
	0, 469, 629, 0, 0, 0, 488, 0, 0, 342, 0, 0, 331, 0, 1383, 0,
	0, 0, 0, 0, 1757, 1860, 2025, 0, 0, 0, 0, 0, 0, 0, 989, 1612,
	0, 15, 0, 0, 0, 0, 0, 0, 0, 850, 1081, 1161, 0, 1846, 0, 2093,
	0, 0, 0, 0, 0, 0, 0, 1287, 821, 0, 0, 0, 0, 0, 0, 0,
	0, 1440, 851, 0, 26, 40, 1596, 1327, 0, 0, 0, 2152, 0, 0, 0, 0,
	0, 0, 0, 0, 842, 314, 0, 1259, 99, 1124, 0, 2137, 0, 0, 0, 0,
	297, 830, 303, 1131, 2449, 0, 0, 0, 0, 0, 0, 0, 0, 2163, 2261, 60,
	0, 1694, 104, 1690, 2001, 0, 0, 0, 0, 0, 0, 1289, 0, 1691, 0, 3,
	1236, 2306, 0, 0, 1998, 1543, 0, 0, 0, 0, 0, 2478, 0, 818, 0, 1570,
	2084, 0, 0, 0, 0, 0, 896, 117, 1983, 0, 0, 0, 0, 0, 1297, 0,
	961, 2068, 0, 132, 304, 0, 0, 0, 454, 2085, 0, 1993, 0, 0, 0, 0,
	0, 1332, 2071, 0, 0, 0, 0, 0, 0, 0, 0, 0, 760, 1920, 0, 0,
	0, 0, 0, 0, 1707, 2104, 940, 1356, 0, 0, 1035, 0, 0, 0, 0, 0,
	1281, 1382, 0, 0, 2079, 0, 0, 0, 0, 2061, 0, 861, 0, 907, 669, 811,
	0, 0, 0, 147, 0, 0, 0, 1947, 0, 0, 0, 1110, 0, 0, 0, 1787,
	0, 384, 0, 0, 0, 0, 0, 2257, 0, 631, 1616, 0, 0, 0, 0, 0,
	0, 595, 2236, 0, 1940, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1956, 0, 1632, 0, 1165, 0, 0, 0, 0, 1231, 0, 0, 0, 1820, 0,
	13, 0, 0, 590, 2331, 888, 0, 0, 2027, 0, 0, 0, 0, 2479, 0, 0,
	0, 0, 0, 0, 796, 0, 0, 942, 1588, 0, 0, 0, 265, 0, 1801, 968,
	2178, 1916, 0, 0, 0, 1214, 1480, 0, 745, 0, 0, 0, 174, 0, 0, 1381,
	0, 0, 0, 597, 0, 0, 0, 1747, 0, 652, 0, 0, 0, 0, 0, 1188,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 202, 0, 0, 0, 0, 0,
	0, 766, 1134, 0, 0, 904, 0, 0, 0, 0, 343, 973, 1105, 1934, 0, 0,
	0, 2028, 2368, 0, 0, 0, 1127, 0, 1927, 415, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 274, 0, 0, 939, 0,
	0, 0, 0, 0, 0, 1863, 1343, 0, 1080, 0, 0, 1154, 2267, 919, 0, 0,
	0, 1038, 135, 0, 0, 0, 0, 0, 0, 0, 705, 250, 0, 894, 1939, 0,
	456, 1595, 1598, 0, 0, 0, 0, 0, 0, 1021, 0, 0, 0, 0, 1455, 69,
	1526, 197, 1250, 2196, 0, 1609, 0, 0, 0, 0, 0, 0, 0, 0, 2396, 1263,
	0, 1096, 0, 637, 1052, 0, 0, 0, 1230, 433, 864, 1936, 0, 0, 0, 0,
	0, 0, 0, 1765, 0, 0, 0, 0, 1790, 0, 1774, 1833, 293, 0, 0, 0,
	1375, 676, 0, 0, 0, 0, 0, 1346, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 1671, 0, 0, 0, 1748, 2247, 0, 2266, 0, 2094,
	0, 0, 208, 2222, 0, 1666, 0, 0, 0, 0, 0, 134, 0, 835, 0, 534,
	0, 0, 0, 0, 463, 1580, 0, 0, 1755, 0, 0, 0, 0, 2080, 0, 0,
	0, 0, 0, 0, 634, 0, 0, 0, 0, 1200, 0, 0, 0, 0, 0, 22,
	0, 0, 1232, 1885, 0, 1971, 0, 0, 1882, 0, 0, 1589, 754, 980, 1458, 0,
	0, 2069, 0, 0, 0, 0, 0, 0, 1869, 1827, 0, 0, 0, 0, 136, 0,
	0, 871, 0, 0, 0, 0, 0, 2293, 0, 0, 0, 0, 666, 1353, 281, 0,
	0, 0, 0, 0, 2169, 0, 0, 0, 0, 1340, 0, 837, 1012, 0, 0, 0,
	2144, 0, 0, 0, 0, 0, 1202, 1239, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 1547, 0, 0, 0, 0, 1509, 1815, 0, 2136, 0, 0, 1366, 0, 0,
	2491, 1261, 0, 0, 0, 388, 0, 0, 0, 1706, 1717, 0, 0, 470, 785, 1039,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1906, 0, 318, 0, 186, 0, 0,
	254, 887, 0, 0, 0, 0, 2113, 0, 707, 748, 0, 0, 0, 0, 458, 0,
	2074, 0, 0, 1397, 0, 0, 662, 2249, 0, 125, 0, 0, 0, 1564, 1571, 2157,
	157, 2481, 1658, 0, 49, 0, 0, 0, 0, 558, 0, 0, 0, 0, 721, 1962,
	2081, 0, 0, 0, 0, 712, 1659, 0, 173, 0, 0, 0, 0, 0, 0, 0,
	0, 292, 1183, 0, 1832, 2130, 865, 0, 1148, 2140, 0, 867, 0, 0, 0, 0,
	0, 0, 0, 0, 946, 212, 0, 0, 0, 0, 1574, 1437, 1507, 2243, 0, 0,
	0, 0, 0, 0, 0, 1986, 0, 935, 0, 0, 0, 0, 0, 2200, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 680, 0, 447, 0, 0, 2013, 1824, 350, 0, 0, 0, 0, 0, 0, 1168,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1865, 1638, 0, 0, 0, 0, 105, 1142, 1752, 2473, 1917, 0, 0, 0, 0,
	0, 0, 0, 1845, 0, 2232, 1345, 0, 0, 1486, 0, 664, 0, 474, 1606, 0,
	0, 0, 848, 159, 326, 287, 341, 2472, 0, 0, 0, 994, 0, 0, 0, 1405,
	0, 0, 0, 260, 322, 0, 0, 566, 520, 205, 1655, 1708, 0, 0, 0, 2,
	0, 0, 0, 1657, 0, 111, 0, 2034, 0, 0, 948, 0, 151, 0, 0, 0,
	0, 0, 366, 0, 0, 0, 0, 209, 0, 1977, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 556, 0, 0, 2015, 2148, 0, 1482, 0, 1093, 0, 0, 0,
	0, 0, 0, 0, 0, 1411, 765, 0, 0, 2401, 0, 0, 0, 0, 0, 0,
	0, 291, 0, 0, 0, 0, 0, 0, 0, 1954, 0, 0, 0, 0, 0, 0,
	0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2296, 0, 0, 0,
	1194, 0, 0, 0, 0, 0, 0, 0, 570, 1047, 0, 1428, 0, 816, 627, 1511,
	1772, 1419, 0, 0, 0, 0, 0, 1556, 0, 1782, 0, 0, 0, 1037, 0, 0,
	0, 245, 0, 2383, 0, 2333, 0, 2334, 0, 154, 0, 0, 0, 0, 0, 717,
	2417, 1495, 0, 0, 0, 853, 0, 856, 0, 1, 0, 0, 0, 0, 206, 0,
	0, 0, 184, 1795, 0, 0, 0, 290, 0, 1946, 0, 0, 0, 0, 0, 819,
	2042, 1505, 2111, 0, 0, 0, 2177, 0, 0, 0, 0, 0, 0, 0, 0, 2471,
	1555, 0, 1019, 0, 0, 0, 0, 1664, 0, 0, 0, 0, 0, 0, 0, 1883,
	0, 908, 0, 0, 0, 0, 167, 2304, 0, 0, 995, 0, 2318, 0, 0, 0,
	0, 0, 0, 2390, 0, 0, 805, 1097, 0, 1149, 0, 1351, 0, 0, 0, 0,
	0, 495, 0, 0, 0, 0, 0, 1674, 0, 0, 0, 1875, 0, 0, 268, 0,
	0, 0, 0, 0, 211, 0, 0, 622, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1876, 0, 0, 0, 0, 0, 1094, 679,
	0, 719, 2378, 832, 2430, 0, 996, 1745, 160, 0, 0, 2314, 0, 0, 1557, 1318,
	2360, 0, 0, 0, 0, 0, 0, 83, 0, 158, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 2323, 278, 2409, 0, 0, 0, 34, 146, 2237,
	2312, 1735, 0, 0, 0, 0, 0, 0, 0, 0, 1013, 489, 784, 0, 0, 0,
	0, 0, 0, 0, 0, 306, 0, 0, 2202, 0, 226, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 1485, 0, 0, 1684, 0, 0, 0, 2039, 0, 813, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 1009, 2007, 2424, 0, 0, 0, 0, 2321,
	0, 0, 0, 0, 889, 0, 0, 0, 0, 0, 0, 0, 0, 240, 0, 0,
	0, 612, 0, 0, 0, 2394, 1049, 31, 685, 2332, 0, 0, 1871, 649, 0, 0,
	305, 0, 0, 0, 0, 0, 0, 0, 2170, 0, 0, 0, 0, 1357, 1821, 0,
	0, 1937, 0, 0, 0, 0, 0, 0, 0, 2168, 0, 0, 756, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 1199, 0, 0, 0, 0, 0, 0, 102, 0,
	1244, 1794, 0, 0, 0, 0, 0, 0, 253, 572, 2300, 0, 2329, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1186, 0, 0, 0,
	0, 0, 619, 0, 0, 1576, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 602, 694, 0, 0, 735, 0, 0, 0, 0, 0, 0, 902,
	0, 0, 0, 771, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1705, 0,
	0, 608, 0, 347, 0, 0, 0, 0, 0, 0, 0, 0, 1695, 0, 0, 301,
	1158, 1538, 0, 0, 1502, 0, 0, 0, 0, 0, 1813, 0, 0, 0, 255, 0,
	1242, 1704, 64, 1922, 2282, 2337, 1895, 2091, 916, 0, 504, 0, 0, 0, 0, 2164,
	112, 0, 0, 0, 0, 1362, 0, 0, 0, 577, 1559, 1842, 0, 0, 0, 1703,
	1911, 0, 1733, 2206, 689, 0, 248, 1663, 2281, 0, 1070, 0, 0, 0, 0, 0,
	1692, 1481, 2143, 59, 0, 0, 71, 389, 2404, 0, 9, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2216, 1229, 0, 0, 369, 180,
	0, 0, 0, 0, 0, 2112, 0, 0, 0, 161, 624, 2031, 2209, 2427, 0, 0,
	1808, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2256, 0, 0, 0,
	0, 0, 0, 0, 165, 0, 1441, 1095, 0, 0, 0, 823, 0, 1814, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 526, 1031, 0, 1354, 0, 0, 0,
	0, 0, 0, 198, 0, 0, 0, 2220, 1498, 0, 0, 0, 0, 1872, 90, 0,
	0, 2060, 0, 693, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1130, 0, 0, 0, 0, 1468, 0, 828, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	546, 2258, 0, 0, 0, 0, 332, 0, 758, 2098, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 418, 0, 0, 0, 2119, 0, 0, 0, 0, 0,
	87, 0, 0, 0, 0, 0, 0, 2108, 0, 1961, 0, 0, 0, 1451, 0, 0,
	0, 0, 0, 0, 0, 890, 0, 0, 688, 0, 0, 0, 1912, 0, 2320, 0,
	0, 0, 0, 0, 0, 0, 0, 674, 1364, 0, 1387, 1504, 0, 0, 0, 0,
	0, 0, 0, 1102, 0, 0, 0, 0, 0, 0, 0, 0, 677, 1071, 1593, 1910,
	0, 0, 0, 0, 0, 0, 0, 1944, 0, 641, 0, 0, 2187, 170, 0, 46,
	0, 0, 0, 430, 0, 0, 711, 1819, 0, 0, 0, 0, 188, 0, 0, 699,
	710, 2051, 2096, 1198, 0, 0, 0, 0, 1196, 877, 0, 826, 0, 2335, 0, 0,
	0, 0, 0, 0, 954, 0, 0, 0, 0, 0, 1424, 1427, 0, 0, 437, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1533, 0, 0, 0, 0, 0, 1749,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 271, 0, 0, 0, 0,
	1336, 0, 1463, 524, 0, 0, 0, 0, 1342, 0, 0, 0, 482, 0, 0, 0,
	259, 747, 0, 0, 2405, 0, 0, 0, 798, 0, 0, 0, 817, 0, 0, 0,
	416, 0, 0, 0, 0, 28, 1320, 0, 0, 368, 0, 1063, 1661, 757, 1688, 0,
	0, 7, 2166, 2423, 0, 0, 0, 0, 459, 1517, 0, 228, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 959, 393, 0, 1217,
	640, 1235, 0, 1647, 892, 0, 0, 2064, 523, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1739, 0, 0, 0, 0, 0,
	540, 1829, 1544, 0, 0, 0, 0, 1641, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 1575, 2457, 0, 1425, 0, 0, 0, 0, 732, 1799, 0, 2412, 1852,
	0, 1167, 284, 2197, 2426, 0, 0, 0, 1065, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 934, 327, 29, 1241, 1667, 2199, 2240, 2429, 1367, 0, 70, 706, 0, 0,
	0, 0, 0, 0, 0, 66, 545, 1253, 0, 1803, 0, 0, 119, 0, 0, 0,
	431, 2095, 0, 0, 1587, 0, 0, 0, 0, 0, 275, 0, 0, 277, 0, 1251,
	0, 0, 0, 0, 0, 0, 1931, 0, 0, 0, 0, 0, 814, 1812, 0, 0,
	0, 0, 0, 552, 0, 0, 0, 0, 1952, 0, 0, 0, 0, 0, 1476, 1308,
	0, 378, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 997, 0, 0, 0,
	2381, 0, 0, 0, 2003, 0, 0, 0, 0, 2456, 2315, 2345, 0, 0, 0, 0,
	1487, 0, 0, 0, 0, 0, 0, 1369, 1838, 1933, 126, 440, 648, 0, 0, 0,
	0, 0, 2133, 0, 0, 0, 0, 0, 0, 217, 439, 0, 992, 0, 2077, 103,
	1804, 0, 0, 1423, 0, 1796, 0, 0, 0, 0, 2280, 0, 149, 2397, 0, 0,
	0, 799, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1614, 0,
	0, 643, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1470, 0, 0, 468, 0, 0,
	0, 0, 2448, 0, 0, 0, 0, 1896, 2207, 807, 0, 227, 0, 740, 1034, 922,
	1728, 0, 0, 0, 0, 0, 0, 0, 0, 0, 452, 1189, 1323, 0, 0, 0,
	0, 0, 2362, 0, 0, 0, 950, 0, 0, 0, 729, 0, 499, 0, 0, 0,
	0, 0, 0, 0, 1385, 263, 1878, 0, 1112, 0, 51, 780, 0, 0, 0, 0,
	2132, 0, 0, 0, 0, 559, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1258, 0, 0, 0, 1087, 0, 0, 0, 1140, 1553, 36, 0, 0, 752, 0,
	0, 0, 781, 0, 0, 0, 2176, 1682, 0, 0, 0, 738, 0, 0, 363, 0,
	1003, 0, 61, 0, 1848, 1953, 0, 0, 0, 0, 0, 2062, 242, 0, 0, 1546,
	0, 0, 0, 1278, 0, 804, 2338, 0, 0, 1807, 0, 0, 2474, 0, 0, 0,
	0, 1445, 0, 2428, 0, 2002, 1746, 2310, 0, 0, 0, 0, 0, 0, 0, 1115,
	1497, 0, 0, 0, 0, 0, 0, 763, 977, 0, 2419, 0, 0, 0, 2052, 0,
	1644, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1914, 869, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 1247, 0, 370, 0, 0, 0, 646, 0, 0, 0, 0,
	0, 0, 0, 1853, 0, 0, 0, 0, 44, 1006, 0, 0, 0, 0, 0, 0,
	746, 2126, 0, 0, 0, 0, 0, 0, 533, 0, 0, 776, 1689, 1064, 0, 0,
	0, 0, 2302, 0, 0, 0, 567, 974, 0, 1181, 0, 611, 0, 964, 446, 618,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1847, 0, 0, 0, 976,
	0, 0, 0, 0, 2260, 0, 0, 1203, 0, 0, 0, 0, 465, 0, 0, 0,
	0, 0, 0, 0, 0, 2073, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
}
