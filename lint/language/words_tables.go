// Code generated from words.txt by TestWordTablesMatchWordsTxt; DO NOT EDIT.
// Regenerate with: go generate ./lint/language

package language

// wordsList are the single words of words.txt and the first words of its
// entries of several words, sorted.
var wordsList = [...]string{
	"&",
	"'d",
	"'ll",
	"'re",
	"'s",
	"'ve",
	"a",
	"about",
	"above",
	"across",
	"afford",
	"after",
	"against",
	"agency",
	"aim",
	"aims",
	"all",
	"alleviate",
	"allot",
	"allow",
	"along",
	"alongside",
	"although",
	"am",
	"ambition",
	"amid",
	"amidst",
	"among",
	"amongst",
	"an",
	"and",
	"another",
	"any",
	"anybody",
	"anyone",
	"anything",
	"api",
	"app",
	"appear",
	"apply",
	"are",
	"aren't",
	"around",
	"as",
	"assign",
	"association",
	"at",
	"average",
	"avoid",
	"award",
	"away",
	"back",
	"be",
	"because",
	"become",
	"been",
	"before",
	"begin",
	"behind",
	"being",
	"believe",
	"below",
	"beneath",
	"beneficiary",
	"beside",
	"besides",
	"between",
	"beyond",
	"bid",
	"bill",
	"billion",
	"billions",
	"bills",
	"borrow",
	"both",
	"bring",
	"build",
	"but",
	"buy",
	"by",
	"can",
	"can't",
	"cannot",
	"carry",
	"cattle",
	"challenge",
	"charge",
	"charges",
	"charity",
	"charter",
	"chatbot",
	"child",
	"citizen",
	"city",
	"clergy",
	"client",
	"clothe",
	"co-op",
	"coast",
	"codebase",
	"colleagues",
	"combat",
	"combine",
	"commitment",
	"commons",
	"community",
	"company",
	"compensate",
	"consider",
	"continent",
	"continue",
	"cooperative",
	"cost",
	"costs",
	"could",
	"couldn't",
	"country",
	"cure",
	"currently",
	"customer",
	"cut",
	"daughter",
	"day",
	"decrease",
	"defend",
	"deliver",
	"deny",
	"deploy",
	"descendant",
	"despite",
	"did",
	"didn't",
	"diminish",
	"distribute",
	"do",
	"does",
	"doesn't",
	"doing",
	"dominate",
	"don't",
	"donate",
	"down",
	"dozen",
	"dozens",
	"dream",
	"during",
	"each",
	"earn",
	"ease",
	"ebook",
	"economy",
	"effect",
	"eight",
	"eighteen",
	"eighty",
	"either",
	"elder",
	"eleven",
	"eliminate",
	"employ",
	"employee",
	"employees",
	"empower",
	"enable",
	"encourage",
	"end",
	"engineers",
	"enjoy",
	"enough",
	"ensure",
	"entire",
	"envisage",
	"envision",
	"equip",
	"eradicate",
	"eventually",
	"every",
	"everybody",
	"everyday",
	"everyone",
	"everything",
	"except",
	"exchange",
	"expect",
	"fall",
	"family",
	"fancy",
	"fare",
	"fares",
	"fee",
	"feed",
	"feel",
	"fees",
	"few",
	"fewer",
	"fifteen",
	"fifty",
	"fight",
	"find",
	"finish",
	"firm",
	"first",
	"five",
	"folk",
	"following",
	"for",
	"foresee",
	"forever",
	"forty",
	"foundation",
	"founders",
	"four",
	"fourteen",
	"free",
	"from",
	"fund",
	"furnish",
	"future",
	"gain",
	"get",
	"gift",
	"give",
	"global",
	"go",
	"goal",
	"goals",
	"grandchild",
	"granddaughter",
	"grandparent",
	"grandson",
	"grant",
	"group",
	"grow",
	"guarantee",
	"guard",
	"guest",
	"had",
	"hadn't",
	"half",
	"halve",
	"hand",
	"harness",
	"has",
	"hasn't",
	"hate",
	"have",
	"haven't",
	"having",
	"he",
	"health",
	"hear",
	"help",
	"her",
	"hers",
	"herself",
	"him",
	"himself",
	"hire",
	"his",
	"home",
	"hope",
	"house",
	"however",
	"hundred",
	"hundreds",
	"i",
	"if",
	"imagine",
	"impact",
	"in",
	"industry",
	"influence",
	"inside",
	"inspire",
	"institute",
	"insure",
	"internet",
	"into",
	"invite",
	"involve",
	"is",
	"island",
	"isn't",
	"issue",
	"it",
	"its",
	"itself",
	"keep",
	"kid",
	"know",
	"landscape",
	"last",
	"lead",
	"learner",
	"lease",
	"leave",
	"led",
	"lend",
	"less",
	"lessen",
	"let",
	"leverage",
	"life",
	"like",
	"listener",
	"livelihood",
	"lives",
	"livestock",
	"loan",
	"look",
	"love",
	"lower",
	"make",
	"managed",
	"mandate",
	"manner",
	"many",
	"market",
	"may",
	"me",
	"mean",
	"member",
	"microservice",
	"might",
	"million",
	"millions",
	"mind",
	"mine",
	"minimise",
	"minimize",
	"miss",
	"mission",
	"missions",
	"more",
	"most",
	"motivate",
	"much",
	"must",
	"my",
	"myself",
	"n't",
	"nation",
	"near",
	"need",
	"needs",
	"neighbor",
	"neighborhood",
	"neighbour",
	"neighbourhood",
	"neither",
	"network",
	"never",
	"next",
	"nine",
	"nineteen",
	"ninety",
	"no",
	"no-one",
	"nobody",
	"none",
	"nor",
	"not",
	"nothing",
	"now",
	"nowadays",
	"of",
	"off",
	"offer",
	"offspring",
	"on",
	"once",
	"one",
	"ones",
	"only",
	"onto",
	"open",
	"operated",
	"or",
	"ordinary",
	"organisation",
	"organization",
	"other",
	"our",
	"ours",
	"ourselves",
	"out",
	"outside",
	"over",
	"owe",
	"owned",
	"parent",
	"partners",
	"passenger",
	"past",
	"patient",
	"patron",
	"pay",
	"people",
	"per",
	"picture",
	"place",
	"planet",
	"pledge",
	"plugin",
	"plus",
	"police",
	"poultry",
	"practice",
	"practise",
	"prefer",
	"prepare",
	"present",
	"prevent",
	"previous",
	"price",
	"prices",
	"project",
	"promise",
	"protect",
	"prove",
	"provide",
	"pupil",
	"purpose",
	"put",
	"quit",
	"rate",
	"rates",
	"reader",
	"real",
	"receive",
	"recommend",
	"reduce",
	"refund",
	"region",
	"regular",
	"reimburse",
	"relieve",
	"remain",
	"remove",
	"rent",
	"rents",
	"resident",
	"resume",
	"return",
	"reward",
	"right",
	"risk",
	"run",
	"safeguard",
	"same",
	"save",
	"say",
	"school",
	"sdk",
	"second",
	"see",
	"seem",
	"sell",
	"send",
	"serve",
	"seven",
	"seventeen",
	"seventy",
	"several",
	"shall",
	"share",
	"she",
	"shelter",
	"shield",
	"shopper",
	"shorten",
	"should",
	"shouldn't",
	"show",
	"since",
	"single",
	"six",
	"sixteen",
	"sixty",
	"smartphone",
	"smartwatch",
	"so",
	"society",
	"some",
	"somebody",
	"someday",
	"someone",
	"something",
	"son",
	"soon",
	"sound",
	"spare",
	"staff",
	"staffed",
	"start",
	"stay",
	"stock",
	"stop",
	"street",
	"student",
	"subscriber",
	"such",
	"suggest",
	"supply",
	"swap",
	"system",
	"tackle",
	"take",
	"teach",
	"team",
	"teams",
	"tell",
	"ten",
	"tenant",
	"than",
	"that",
	"the",
	"their",
	"theirs",
	"them",
	"themselves",
	"these",
	"they",
	"think",
	"third",
	"thirteen",
	"thirty",
	"this",
	"those",
	"though",
	"thousand",
	"thousands",
	"three",
	"through",
	"throughout",
	"till",
	"time",
	"to",
	"today",
	"together",
	"tomorrow",
	"top",
	"toward",
	"towards",
	"town",
	"train",
	"traveler",
	"traveller",
	"trust",
	"try",
	"turn",
	"twelve",
	"twenty",
	"two",
	"ultimately",
	"under",
	"underneath",
	"undertaking",
	"unless",
	"unlike",
	"until",
	"up",
	"upon",
	"us",
	"use",
	"user",
	"utilise",
	"utilize",
	"valley",
	"various",
	"via",
	"viewer",
	"village",
	"vision",
	"visions",
	"visitor",
	"voice",
	"volunteers",
	"waive",
	"want",
	"was",
	"wasn't",
	"watch",
	"way",
	"we",
	"web",
	"webapp",
	"were",
	"weren't",
	"what",
	"whatever",
	"when",
	"whenever",
	"where",
	"whereas",
	"whereby",
	"wherein",
	"wherever",
	"whether",
	"which",
	"whichever",
	"while",
	"who",
	"whoever",
	"whole",
	"whom",
	"whose",
	"will",
	"win",
	"wish",
	"with",
	"within",
	"without",
	"won't",
	"work",
	"world",
	"worldwide",
	"would",
	"wouldn't",
	"you",
	"your",
	"yours",
	"yourself",
	"yourselves",
}

// wordsClasses are the classes of each of wordsList.
var wordsClasses = [...]class{
	0x80,               // &
	0x400,              // 'd
	0xc00,              // 'll
	0x1000,             // 're
	0x1000,             // 's
	0x2000,             // 've
	0x80002,            // a
	0x1200000040,       // about
	0x40,               // above
	0x100000040,        // across
	0x100000,           // afford
	0x1000000140,       // after
	0x40,               // against
	0x1000000,          // agency
	0x8000000,          // aim
	0x8000000,          // aims
	0x80022,            // all
	0x80000000,         // alleviate
	0x100000,           // allot
	0x200000,           // allow
	0x2100000040,       // along
	0x40,               // alongside
	0x100,              // although
	0x1000,             // am
	0x8000000,          // ambition
	0x40,               // amid
	0x40,               // amidst
	0x40,               // among
	0x40,               // amongst
	0x80002,            // an
	0x80,               // and
	0x1,                // another
	0x80001,            // any
	0x20,               // anybody
	0x20,               // anyone
	0x10,               // anything
	0x200000000000,     // api
	0x200000000000,     // app
	0x2000000,          // appear
	0x4000000,          // apply
	0x1000,             // are
	0x1000,             // aren't
	0x2100000040,       // around
	0x200000140,        // as
	0x100000,           // assign
	0x1000000,          // association
	0x1100000040,       // at
	0x80000,            // average
	0x8000000080000000, // avoid
	0x20100000,         // award
	0x2000000000,       // away
	0x2000000000,       // back
	0x12001000,         // be
	0x100,              // because
	0x12000000,         // become
	0x1000,             // been
	0x1000000140,       // before
	0x8000000000000000, // begin
	0x40,               // behind
	0x1000,             // being
	0x80000000000000,   // believe
	0x40,               // below
	0x40,               // beneath
	0x800000000000,     // beneficiary
	0x40,               // beside
	0x1000000040,       // besides
	0x100000040,        // between
	0x100000040,        // beyond
	0x80000000000,      // bid
	0x20000000000000,   // bill
	0x20000,            // billion
	0xa0000,            // billions
	0x20000000000000,   // bills
	0x10000000000,      // borrow
	0x2,                // both
	0x20100000,         // bring
	0x100000,           // build
	0x80,               // but
	0x10000100000,      // buy
	0x1000000040,       // by
	0x400,              // can
	0x400,              // can't
	0x400,              // cannot
	0x20000000,         // carry
	0x40000000,         // cattle
	0x200000,           // challenge
	0x20000000000000,   // charge
	0x20000000000000,   // charges
	0x1000000,          // charity
	0x8000000,          // charter
	0x200000000000,     // chatbot
	0x800000000000,     // child
	0x800000000000,     // citizen
	0x400000,           // city
	0x40000000,         // clergy
	0x800000000000,     // client
	0x20000000000,      // clothe
	0x1000000,          // co-op
	0x400000,           // coast
	0x200000000000,     // codebase
	0x1000000,          // colleagues
	0x80000000,         // combat
	0x4000000,          // combine
	0x100000000000000,  // commitment
	0x400000,           // commons
	0x800000400000,     // community
	0x1000000,          // company
	0x20000000000,      // compensate
	0x8000000000000000, // consider
	0x400000,           // continent
	0x8000000000000000, // continue
	0x1000000,          // cooperative
	0x20000000100000,   // cost
	0x20000000000000,   // costs
	0x400,              // could
	0x400,              // couldn't
	0x400000,           // country
	0x80000000,         // cure
	0x8000000000000,    // currently
	0x800000000000,     // customer
	0x80000000,         // cut
	0x800000000000,     // daughter
	0x400000,           // day
	0x80000000,         // decrease
	0x800000000000000,  // defend
	0x20000000,         // deliver
	0x100000,           // deny
	0x4000000,          // deploy
	0x800000000000,     // descendant
	0x40,               // despite
	0x4000,             // did
	0x4000,             // didn't
	0x80000000,         // diminish
	0x20000000,         // distribute
	0x10000000004000,   // do
	0x4000,             // does
	0x4000,             // doesn't
	0x4000,             // doing
	0x40000000000000,   // dominate
	0x4000,             // don't
	0x20000000,         // donate
	0x2000000040,       // down
	0x20000,            // dozen
	0x20000,            // dozens
	0x8000000,          // dream
	0x40,               // during
	0x80001,            // each
	0x10000000000,      // earn
	0x80000000,         // ease
	0x200000000000,     // ebook
	0x400000,           // economy
	0x400000000000,     // effect
	0x20000,            // eight
	0x20000,            // eighteen
	0x20000,            // eighty
	0x1,                // either
	0x800000000000,     // elder
	0x20000,            // eleven
	0x80000000,         // eliminate
	0x4000000,          // employ
	0x1000000,          // employee
	0x1000000,          // employees
	0x200000,           // empower
	0x200000,           // enable
	0x200000,           // encourage
	0x80000000,         // end
	0x1000000,          // engineers
	0x8000008000000000, // enjoy
	0x2,                // enough
	0x80000000000000,   // ensure
	0x80000,            // entire
	0x40000000000,      // envisage
	0x40000000000,      // envision
	0x4000000020200000, // equip
	0x80000000,         // eradicate
	0x10000,            // eventually
	0x80001,            // every
	0x20,               // everybody
	0x80000,            // everyday
	0x80020,            // everyone
	0x10,               // everything
	0x40,               // except
	0x2000000000000,    // exchange
	0x80000000000000,   // expect
	0x2000000,          // fall
	0x800000000000,     // family
	0x8000000000000000, // fancy
	0x20000000000000,   // fare
	0x20000000000000,   // fares
	0x20000000000000,   // fee
	0x20000100000,      // feed
	0x80080002000000,   // feel
	0x20000000000000,   // fees
	0x2,                // few
	0x2,                // fewer
	0x20000,            // fifteen
	0x20000,            // fifty
	0x80000000,         // fight
	0x84000000100000,   // find
	0x8000000000000000, // finish
	0x1000000,          // firm
	0x200000000020000,  // first
	0x20000,            // five
	0x40000000,         // folk
	0x200000000000000,  // following
	0x1000000040,       // for
	0x40000000000,      // foresee
	0x10000,            // forever
	0x20000,            // forty
	0x1000000,          // foundation
	0x1000000,          // founders
	0x20000,            // four
	0x20000,            // fourteen
	0x200000,           // free
	0x1100000040,       // from
	0x20000000000,      // fund
	0x4000000020000000, // furnish
	0x4000c00000,       // future
	0x10000000000,      // gain
	0x14010022300000,   // get
	0x20000000,         // gift
	0x20100000,         // give
	0x80000,            // global
	0x2000000,          // go
	0x8000000,          // goal
	0x8000000,          // goals
	0x800000000000,     // grandchild
	0x800000000000,     // granddaughter
	0x800000000000,     // grandparent
	0x800000000000,     // grandson
	0x20100000,         // grant
	0x1000000,          // group
	0x2000000,          // grow
	0x180000000100000,  // guarantee
	0x800000000000000,  // guard
	0x800000000000,     // guest
	0x2000,             // had
	0x2000,             // hadn't
	0x20002,            // half
	0x80000000,         // halve
	0x20100000,         // hand
	0x4000000,          // harness
	0x2000,             // has
	0x2000,             // hasn't
	0x8000000000000000, // hate
	0x14090000202000,   // have
	0x2000,             // haven't
	0x2000,             // having
	0x400000010,        // he
	0x4000000000,       // health
	0x4080000000000,    // hear
	0x80000200000,      // help
	0x14,               // her
	0x10,               // hers
	0x800000010,        // herself
	0x800000010,        // him
	0x800000010,        // himself
	0x10000000000,      // hire
	0x4,                // his
	0x4000400000,       // home
	0x80008000000000,   // hope
	0x20000000000,      // house
	0x1000000000000000, // however
	0x20000,            // hundred
	0x20000,            // hundreds
	0x400000018,        // i
	0x100,              // if
	0x8000040000000000, // imagine
	0x400000000000,     // impact
	0x1100000040,       // in
	0x400000,           // industry
	0x400000000000,     // influence
	0x100000040,        // inside
	0x200000,           // inspire
	0x1000000,          // institute
	0x800000000000000,  // insure
	0x400000,           // internet
	0x1100000040,       // into
	0x200000,           // invite
	0x8000000000000000, // involve
	0x1000,             // is
	0x400000,           // island
	0x1000,             // isn't
	0x100000,           // issue
	0x400000010,        // it
	0x4,                // its
	0x800000010,        // itself
	0x8004010002200000, // keep
	0x800000000000,     // kid
	0x80000000000000,   // know
	0x400000,           // landscape
	0x200000000000000,  // last
	0x40000000000000,   // lead
	0x800000000000,     // learner
	0x10000100000,      // lease
	0x4000000300000,    // leave
	0x2000000000000000, // led
	0x20100000,         // lend
	0x2,                // less
	0x80000000,         // lessen
	0x80000200000,      // let
	0x4000000,          // leverage
	0x4000000000,       // life
	0x8000009200000040, // like
	0x800000000000,     // listener
	0x4000000000,       // livelihood
	0x4000000000,       // lives
	0x40000000,         // livestock
	0x20100000,         // loan
	0x2000000,          // look
	0x8000008000000000, // love
	0x80000000,         // lower
	0x14080000200000,   // make
	0x2000000000000000, // managed
	0x8000000,          // mandate
	0x100000000000,     // manner
	0x80002,            // many
	0x400000,           // market
	0x400,              // may
	0x800000018,        // me
	0x8080000000000000, // mean
	0x800000000000,     // member
	0x200000000000,     // microservice
	0x400,              // might
	0x20000,            // million
	0xa0000,            // millions
	0x8000000000000000, // mind
	0x10,               // mine
	0x80000000,         // minimise
	0x80000000,         // minimize
	0x8000000000000000, // miss
	0x8000000,          // mission
	0x8000000,          // missions
	0x80002,            // more
	0x80002,            // most
	0x200000,           // motivate
	0x2,                // much
	0x400,              // must
	0xc,                // my
	0x10,               // myself
	0x8000,             // n't
	0x400000,           // nation
	0x100000040,        // near
	0x800400c000000000, // need
	0x4000000000,       // needs
	0x800000000000,     // neighbor
	0x400000,           // neighborhood
	0x800000000000,     // neighbour
	0x400000,           // neighbourhood
	0x1,                // neither
	0x1000000,          // network
	0x8000,             // never
	0x200000000000000,  // next
	0x20000,            // nine
	0x20000,            // nineteen
	0x20000,            // ninety
	0x1,                // no
	0x20,               // no-one
	0x20,               // nobody
	0x10,               // none
	0x80,               // nor
	0x8000,             // not
	0x10,               // nothing
	0x8000000000000,    // now
	0x8000000000000,    // nowadays
	0x1000000040,       // of
	0x2000000040,       // off
	0x20100000,         // offer
	0x40000000,         // offspring
	0x1100000040,       // on
	0x100,              // once
	0x20010,            // one
	0x10,               // ones
	0x200000000000000,  // only
	0x40,               // onto
	0x20000000,         // open
	0x2000000000000000, // operated
	0x80,               // or
	0x80000,            // ordinary
	0x1000000,          // organisation
	0x1000000,          // organization
	0x200000000080002,  // other
	0x8000c,            // our
	0x8,                // ours
	0x800000018,        // ourselves
	0x2000000040,       // out
	0x100000040,        // outside
	0x2100000040,       // over
	0x100000,           // owe
	0x2000000000000000, // owned
	0x800000000000,     // parent
	0x1000000,          // partners
	0x800000000000,     // passenger
	0x40,               // past
	0x800000000000,     // patient
	0x800000000000,     // patron
	0x20000100000,      // pay
	0x41000000,         // people
	0x40,               // per
	0x40000000000,      // picture
	0x20400000,         // place
	0x400000,           // planet
	0x100000000000000,  // pledge
	0x200000000000,     // plugin
	0x80,               // plus
	0x40000000,         // police
	0x40000000,         // poultry
	0x8000000000000000, // practice
	0x8000000000000000, // practise
	0x8000008000000000, // prefer
	0x200000,           // prepare
	0x4000000000000000, // present
	0x80000000,         // prevent
	0x200000000000000,  // previous
	0x20000000000000,   // price
	0x20000000000000,   // prices
	0x1000000,          // project
	0x100000000100000,  // promise
	0x800000000000000,  // protect
	0x80000000000000,   // prove
	0x4000000020100000, // provide
	0x800000000000,     // pupil
	0x8000000,          // purpose
	0x20000000,         // put
	0x8000000000000000, // quit
	0x20000000000000,   // rate
	0x20000000000000,   // rates
	0x800000000000,     // reader
	0x80000,            // real
	0x10000000000,      // receive
	0x8000000000000000, // recommend
	0x80000000,         // reduce
	0x100000,           // refund
	0x400000,           // region
	0x80000,            // regular
	0x20000000000,      // reimburse
	0x80000000,         // relieve
	0x12000000,         // remain
	0x80000000,         // remove
	0x20010000100000,   // rent
	0x20000000000000,   // rents
	0x800000000000,     // resident
	0x8000000000000000, // resume
	0x20000000,         // return
	0x20000000000,      // reward
	0x0,                // right
	0x8000000000000000, // risk
	0x2000000000000000, // run
	0x800000000000000,  // safeguard
	0x200000000000000,  // same
	0x100000,           // save
	0x80000000000000,   // say
	0x400000,           // school
	0x200000000000,     // sdk
	0x200000000020000,  // second
	0x840c0000200000,   // see
	0x12000000,         // seem
	0x100000,           // sell
	0x20100000,         // send
	0x20100000,         // serve
	0x20000,            // seven
	0x20000,            // seventeen
	0x20000,            // seventy
	0x2,                // several
	0xc00,              // shall
	0x2000020000000,    // share
	0x400000010,        // she
	0x20000000000,      // shelter
	0x800000000000000,  // shield
	0x800000000000,     // shopper
	0x80000000,         // shorten
	0x400,              // should
	0x400,              // shouldn't
	0x80000000100000,   // show
	0x140,              // since
	0x80000,            // single
	0x20000,            // six
	0x20000,            // sixteen
	0x20000,            // sixty
	0x200000000000,     // smartphone
	0x200000000000,     // smartwatch
	0x40100,            // so
	0x400000,           // society
	0x2,                // some
	0x20,               // somebody
	0x10000,            // someday
	0x20,               // someone
	0x10,               // something
	0x800000000000,     // son
	0x10000,            // soon
	0x2000000,          // sound
	0x100000,           // spare
	0x1000000,          // staff
	0x2000000000000000, // staffed
	0x8000000000000000, // start
	0x2000000,          // stay
	0x4000000000000000, // stock
	0x8000000080000000, // stop
	0x400000,           // street
	0x800000000000,     // student
	0x800000000000,     // subscriber
	0x80002,            // such
	0x8000000000000000, // suggest
	0x4000000020000000, // supply
	0x2000000000000,    // swap
	0x400000,           // system
	0x80000000,         // tackle
	0x10000020000000,   // take
	0x300000,           // teach
	0x1000000,          // team
	0x1000000,          // teams
	0x100000,           // tell
	0x20000,            // ten
	0x800000000000,     // tenant
	0x200000040,        // than
	0x202,              // that
	0x80002,            // the
	0x80004,            // their
	0x10,               // theirs
	0x800000010,        // them
	0x800000010,        // themselves
	0x80002,            // these
	0x400000010,        // they
	0x80000000000000,   // think
	0x200000000020000,  // third
	0x20000,            // thirteen
	0x20000,            // thirty
	0x2,                // this
	0x80002,            // those
	0x100,              // though
	0x20000,            // thousand
	0x20000,            // thousands
	0x20000,            // three
	0x1100000040,       // through
	0x100000040,        // throughout
	0x40,               // till
	0x400000,           // time
	0x40,               // to
	0x8000000000000,    // today
	0x2000000000,       // together
	0x810000,           // tomorrow
	0x40000000000000,   // top
	0x1000000040,       // toward
	0x1000000040,       // towards
	0x400000,           // town
	0x200000,           // train
	0x800000000000,     // traveler
	0x800000000000,     // traveller
	0x8000000000,       // trust
	0x8000000000000000, // try
	0x2000000,          // turn
	0x20000,            // twelve
	0x20000,            // twenty
	0x20000,            // two
	0x10000,            // ultimately
	0x100000040,        // under
	0x40,               // underneath
	0x100000000000000,  // undertaking
	0x100,              // unless
	0x40,               // unlike
	0x140,              // until
	0x2000000040,       // up
	0x40,               // upon
	0x800000018,        // us
	0x4000000,          // use
	0x800000000000,     // user
	0x4000000,          // utilise
	0x4000000,          // utilize
	0x400000,           // valley
	0x80000,            // various
	0x1000000040,       // via
	0x800000000000,     // viewer
	0x400000,           // village
	0x8000000,          // vision
	0x8000000,          // visions
	0x800000000000,     // visitor
	0x4000000000,       // voice
	0x1000000,          // volunteers
	0x80000000,         // waive
	0x4008000000000,    // want
	0x1000,             // was
	0x1000,             // wasn't
	0x4080000200000,    // watch
	0x100000000000,     // way
	0x400000018,        // we
	0x400000,           // web
	0x200000000000,     // webapp
	0x1000,             // were
	0x1000,             // weren't
	0x2,                // what
	0x1000000000000002, // whatever
	0x1000000300,       // when
	0x1000000000000100, // whenever
	0x200,              // where
	0x100,              // whereas
	0x200,              // whereby
	0x200,              // wherein
	0x1000000000000100, // wherever
	0x100,              // whether
	0x200,              // which
	0x1000000000000002, // whichever
	0x1000000100,       // while
	0x400000200,        // who
	0x1000000000000000, // whoever
	0x80000,            // whole
	0x200,              // whom
	0x204,              // whose
	0xc00,              // will
	0x10000000000,      // win
	0x8000000000,       // wish
	0x40,               // with
	0x100000040,        // within
	0x1000000040,       // without
	0xc00,              // won't
	0x4001000000,       // work
	0x400000,           // world
	0x80040,            // worldwide
	0x400,              // would
	0x400,              // wouldn't
	0x1000400000030,    // you
	0x1000000080004,    // your
	0x1000000000010,    // yours
	0x1000000000010,    // yourself
	0x1000800000010,    // yourselves
}

// wordsOpens are, for each of wordsList, the classes of the entries of
// several words that open with it.
var wordsOpens = [len(wordsList)]class{
	32:  0x400000000000000, // any
	46:  0x8000000000000,   // at
	146: 0x20,              // each
	205: 0x10000,           // for
	269: 0x50000,           // in
	352: 0x800000,          // next
	356: 0x400000000000020, // no
	370: 0x400000000010000, // once
	371: 0x10000,           // one
	387: 0x10000,           // over
	445: 0x400000000000000, // right
	481: 0x40000,           // so
	483: 0x10000,           // some
	501: 0x40000,           // such
	521: 0x8000000000000,   // these
	561: 0x400000000000000, // up
	611: 0x10000,           // within
}

// wordsSlots is a hash table over wordsList: index+1, or 0.
var wordsSlots = [2048]uint16{
	0, 0, 0, 0, 0, 0, 0, 0, 522, 0, 141, 0, 0, 0, 550, 0,
	0, 0, 0, 0, 135, 0, 0, 261, 0, 292, 0, 0, 0, 0, 179, 0,
	0, 119, 302, 377, 538, 0, 0, 0, 0, 554, 0, 0, 168, 0, 0, 0,
	265, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 330, 86, 115,
	0, 202, 14, 396, 485, 0, 0, 0, 0, 0, 0, 0, 326, 33, 0, 0,
	0, 0, 0, 0, 0, 0, 508, 0, 0, 228, 471, 0, 0, 92, 429, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 98, 0, 0, 0, 254, 0, 0,
	0, 0, 0, 0, 0, 215, 225, 0, 208, 0, 534, 0, 0, 0, 390, 358,
	53, 0, 0, 0, 0, 0, 0, 0, 0, 352, 0, 0, 0, 44, 0, 0,
	403, 0, 0, 616, 373, 0, 0, 0, 0, 0, 0, 0, 620, 420, 0, 0,
	409, 0, 0, 0, 239, 431, 0, 238, 0, 0, 0, 28, 0, 0, 0, 459,
	587, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 107, 0, 0, 0,
	296, 0, 0, 0, 371, 0, 0, 0, 0, 0, 0, 259, 45, 0, 164, 160,
	602, 0, 407, 0, 0, 0, 0, 0, 0, 0, 0, 0, 411, 0, 0, 0,
	0, 0, 0, 0, 210, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 62, 530, 0, 0, 0, 619, 0, 0, 0, 0, 0, 0, 0, 0,
	69, 0, 0, 0, 0, 458, 0, 0, 0, 0, 0, 0, 217, 0, 535, 0,
	279, 0, 0, 0, 0, 142, 0, 0, 0, 0, 0, 130, 0, 0, 0, 0,
	178, 500, 0, 0, 10, 0, 0, 0, 91, 147, 0, 0, 7, 588, 0, 6,
	580, 0, 335, 0, 0, 0, 0, 0, 0, 0, 165, 276, 0, 598, 356, 525,
	0, 0, 94, 418, 548, 503, 0, 0, 275, 143, 0, 0, 0, 0, 0, 561,
	0, 0, 0, 24, 321, 0, 0, 0, 0, 0, 0, 0, 0, 0, 395, 0,
	0, 0, 618, 0, 0, 81, 150, 380, 0, 0, 287, 488, 0, 140, 235, 591,
	0, 0, 480, 0, 0, 0, 0, 0, 0, 0, 404, 454, 0, 0, 0, 0,
	0, 0, 0, 0, 378, 413, 319, 0, 0, 169, 0, 0, 43, 0, 0, 0,
	0, 122, 0, 23, 204, 0, 0, 0, 205, 0, 0, 0, 0, 475, 0, 0,
	0, 0, 52, 240, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	469, 0, 0, 0, 0, 0, 280, 0, 0, 0, 345, 0, 0, 340, 0, 0,
	0, 125, 0, 322, 0, 99, 606, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 428, 0, 595, 331, 233, 0, 0, 368, 0, 0,
	334, 467, 0, 0, 0, 0, 0, 0, 0, 0, 0, 242, 0, 0, 306, 372,
	424, 0, 581, 0, 0, 0, 15, 36, 374, 577, 0, 406, 0, 123, 0, 0,
	0, 0, 0, 0, 0, 229, 0, 0, 55, 59, 367, 531, 0, 0, 0, 388,
	0, 0, 0, 0, 32, 156, 0, 0, 0, 120, 0, 0, 517, 0, 0, 0,
	181, 0, 0, 0, 0, 0, 541, 0, 48, 347, 583, 155, 0, 0, 504, 293,
	0, 0, 0, 0, 0, 527, 18, 526, 0, 0, 0, 40, 450, 474, 8, 0,
	0, 124, 601, 0, 0, 0, 0, 0, 0, 0, 173, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 27, 0, 524, 0, 438, 0, 0,
	615, 213, 0, 573, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 106, 0,
	408, 0, 0, 0, 0, 0, 0, 410, 470, 0, 551, 489, 0, 0, 58, 0,
	0, 528, 0, 0, 614, 0, 0, 37, 146, 0, 0, 0, 0, 0, 260, 543,
	316, 603, 0, 0, 0, 101, 0, 269, 0, 0, 0, 0, 479, 506, 270, 149,
	0, 0, 0, 77, 0, 0, 31, 320, 421, 22, 0, 0, 0, 0, 0, 507,
	0, 0, 0, 0, 0, 0, 50, 0, 0, 0, 0, 0, 0, 192, 417, 172,
	539, 0, 0, 56, 559, 0, 0, 0, 0, 0, 297, 0, 0, 556, 0, 604,
	0, 311, 0, 0, 0, 0, 0, 457, 0, 0, 0, 0, 0, 0, 0, 303,
	0, 0, 341, 0, 0, 498, 30, 0, 532, 0, 71, 0, 282, 0, 0, 5,
	118, 0, 490, 0, 0, 0, 0, 364, 0, 0, 0, 0, 401, 0, 0, 0,
	0, 423, 0, 0, 0, 0, 0, 0, 60, 163, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 361, 295, 481, 416, 487, 0, 0, 0,
	562, 576, 0, 0, 0, 0, 0, 0, 338, 0, 97, 196, 38, 346, 516, 612,
	0, 0, 0, 0, 0, 175, 0, 0, 113, 332, 383, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 369, 0, 0, 0, 0, 171, 0, 216, 0,
	0, 0, 468, 0, 0, 0, 0, 0, 184, 609, 0, 54, 309, 0, 0, 0,
	183, 492, 0, 0, 584, 0, 0, 127, 0, 0, 443, 0, 0, 273, 0, 0,
	0, 87, 201, 0, 0, 0, 0, 0, 0, 0, 0, 0, 427, 519, 134, 0,
	0, 0, 569, 0, 0, 0, 0, 0, 0, 400, 103, 0, 0, 0, 0, 0,
	206, 0, 0, 132, 0, 203, 497, 596, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 93, 0, 0, 0, 0,
	0, 0, 0, 0, 552, 0, 249, 0, 0, 0, 0, 0, 0, 73, 0, 271,
	0, 0, 0, 533, 17, 0, 0, 0, 90, 0, 0, 0, 0, 0, 0, 0,
	0, 560, 0, 0, 0, 0, 82, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 537, 245, 0, 0, 0, 0, 381, 0, 0, 344, 0, 0,
	182, 0, 0, 236, 402, 0, 0, 0, 0, 0, 252, 246, 301, 0, 0, 61,
	0, 0, 0, 11, 138, 190, 251, 578, 0, 0, 9, 0, 0, 0, 255, 0,
	154, 285, 0, 571, 0, 0, 0, 482, 0, 0, 515, 0, 0, 0, 26, 96,
	422, 161, 0, 0, 0, 0, 88, 0, 0, 186, 472, 529, 0, 0, 0, 590,
	0, 0, 0, 0, 0, 0, 68, 597, 63, 466, 0, 0, 176, 542, 499, 0,
	284, 456, 0, 385, 0, 0, 0, 544, 288, 0, 0, 0, 0, 41, 0, 0,
	193, 0, 0, 89, 513, 0, 0, 0, 594, 1, 0, 0, 0, 34, 359, 16,
	433, 0, 0, 0, 0, 0, 0, 289, 366, 234, 426, 518, 546, 0, 0, 0,
	153, 484, 0, 0, 0, 0, 570, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	25, 0, 0, 0, 0, 274, 294, 582, 0, 0, 362, 0, 0, 0, 0, 0,
	0, 586, 200, 116, 80, 174, 0, 0, 624, 0, 0, 0, 0, 0, 0, 0,
	0, 521, 509, 0, 0, 95, 0, 0, 350, 0, 42, 557, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 298, 0, 312, 4, 0, 0, 0, 0,
	0, 0, 0, 0, 387, 483, 0, 0, 0, 376, 453, 65, 0, 0, 187, 0,
	0, 493, 0, 393, 0, 0, 0, 0, 0, 0, 445, 0, 0, 455, 0, 495,
	0, 0, 600, 0, 0, 0, 0, 148, 324, 0, 0, 0, 412, 623, 0, 221,
	0, 0, 291, 0, 565, 0, 0, 268, 139, 336, 0, 0, 0, 391, 461, 523,
	0, 0, 0, 0, 0, 0, 2, 109, 0, 0, 0, 0, 510, 0, 126, 0,
	0, 593, 0, 0, 0, 227, 162, 0, 0, 592, 0, 0, 222, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 414, 494, 415, 0, 0, 465, 0, 540,
	0, 0, 207, 0, 0, 0, 0, 0, 0, 0, 342, 0, 0, 0, 131, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 244, 0, 0, 0,
	0, 0, 0, 0, 152, 0, 0, 0, 0, 0, 199, 262, 248, 0, 502, 0,
	0, 442, 0, 264, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 0,
	0, 167, 0, 0, 0, 549, 0, 0, 180, 272, 0, 0, 337, 0, 333, 384,
	74, 104, 0, 0, 0, 0, 0, 0, 47, 0, 0, 0, 253, 419, 608, 250,
	0, 0, 0, 0, 491, 0, 0, 0, 112, 558, 579, 0, 145, 263, 0, 0,
	0, 0, 430, 0, 39, 212, 399, 514, 66, 553, 83, 166, 290, 0, 0, 0,
	136, 0, 133, 0, 0, 0, 328, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 121, 266, 0, 0, 0, 0, 12, 0, 159, 0, 0, 0, 437,
	0, 117, 188, 379, 0, 0, 314, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 197, 0, 613, 247, 446, 589, 0, 348, 353, 389, 0, 0, 0, 398, 0,
	0, 0, 0, 0, 0, 382, 0, 151, 157, 194, 0, 0, 0, 439, 0, 0,
	0, 0, 0, 230, 0, 0, 189, 267, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 195, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 394, 0, 473,
	496, 102, 0, 0, 0, 191, 0, 0, 0, 574, 0, 0, 0, 0, 0, 0,
	84, 355, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 111, 0, 0, 0, 451, 0, 0, 0, 0, 0, 144, 0,
	0, 0, 0, 0, 460, 0, 64, 0, 0, 0, 0, 0, 0, 0, 0, 386,
	452, 0, 0, 0, 0, 0, 0, 35, 0, 611, 0, 0, 0, 0, 0, 0,
	0, 318, 0, 0, 0, 405, 349, 325, 0, 375, 0, 0, 0, 434, 0, 0,
	158, 0, 0, 0, 0, 0, 0, 0, 0, 397, 21, 363, 232, 0, 0, 0,
	0, 0, 237, 339, 0, 0, 218, 310, 0, 0, 0, 0, 46, 0, 49, 19,
	0, 0, 75, 0, 0, 0, 0, 0, 0, 486, 440, 315, 621, 0, 223, 313,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 100, 0, 0, 0, 351, 463, 0, 0, 0, 448, 0, 617, 0, 0, 464,
	572, 305, 0, 0, 0, 256, 0, 0, 0, 0, 0, 72, 214, 0, 0, 0,
	0, 0, 599, 0, 0, 0, 0, 432, 0, 476, 447, 0, 0, 511, 0, 0,
	0, 0, 283, 110, 566, 0, 0, 0, 0, 0, 0, 0, 0, 0, 219, 0,
	13, 0, 0, 607, 177, 105, 0, 0, 0, 0, 108, 0, 0, 0, 0, 343,
	0, 114, 547, 0, 0, 281, 129, 435, 0, 0, 0, 0, 70, 0, 0, 0,
	241, 0, 0, 278, 0, 0, 0, 257, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 29, 0, 304, 425, 610, 0, 0, 0, 277, 0, 57, 0,
	0, 0, 0, 0, 0, 211, 545, 0, 0, 327, 563, 224, 0, 0, 505, 0,
	0, 568, 0, 0, 307, 354, 0, 220, 0, 0, 0, 51, 0, 0, 0, 0,
	185, 0, 0, 0, 0, 555, 462, 258, 0, 0, 0, 79, 0, 231, 0, 67,
	0, 0, 0, 0, 605, 0, 0, 170, 0, 0, 0, 0, 0, 0, 128, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 76, 78, 449, 0, 209,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 441, 622, 0, 0, 0,
	329, 0, 317, 308, 512, 0, 0, 0, 0, 585, 0, 300, 477, 478, 575, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 299, 365, 0, 0, 0, 0, 0, 444,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 198, 0, 0, 0, 0, 536, 0,
	370, 0, 0, 0, 0, 0, 0, 0, 0, 286, 564, 360, 436, 0, 323, 226,
	0, 0, 0, 243, 501, 520, 567, 0, 0, 137, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 357, 0, 0, 0, 392, 0,
}

// wordsPhrases are the entries of several words, in the order of words.txt.
var wordsPhrases = [...]wordPhrase{
	{0x20, []string{"no", "one"}},
	{0x20, []string{"each", "other"}},
	{0x10000, []string{"one", "day"}},
	{0x10000, []string{"once", "again"}},
	{0x10000, []string{"once", "more"}},
	{0x10000, []string{"some", "day"}},
	{0x10000, []string{"in", "the", "future"}},
	{0x10000, []string{"in", "future"}},
	{0x10000, []string{"in", "time"}},
	{0x10000, []string{"one", "day", "soon"}},
	{0x10000, []string{"in", "years", "to", "come"}},
	{0x10000, []string{"in", "the", "years", "to", "come"}},
	{0x10000, []string{"in", "the", "years", "ahead"}},
	{0x10000, []string{"in", "the", "coming", "years"}},
	{0x10000, []string{"in", "the", "coming", "decade"}},
	{0x10000, []string{"in", "the", "coming", "decades"}},
	{0x10000, []string{"in", "the", "decades", "to", "come"}},
	{0x10000, []string{"over", "the", "next", "decade"}},
	{0x10000, []string{"over", "the", "coming", "decade"}},
	{0x10000, []string{"within", "a", "generation"}},
	{0x10000, []string{"for", "generations", "to", "come"}},
	{0x10000, []string{"for", "ever"}},
	{0x8000000000000, []string{"at", "present"}},
	{0x8000000000000, []string{"at", "the", "moment"}},
	{0x8000000000000, []string{"these", "days"}},
	{0x40000, []string{"so", "that"}},
	{0x40000, []string{"in", "order", "that"}},
	{0x40000, []string{"in", "order", "to"}},
	{0x40000, []string{"so", "as", "to"}},
	{0x40000, []string{"such", "that"}},
	{0x800000, []string{"next", "generation"}},
	{0x400000000000000, []string{"up", "front"}},
	{0x400000000000000, []string{"right", "away"}},
	{0x400000000000000, []string{"right", "now"}},
	{0x400000000000000, []string{"right", "first", "time"}},
	{0x400000000000000, []string{"right", "the", "first", "time"}},
	{0x400000000000000, []string{"once", "again"}},
	{0x400000000000000, []string{"once", "more"}},
	{0x400000000000000, []string{"no", "longer"}},
	{0x400000000000000, []string{"any", "longer"}},
}
