// Code generated from words.txt by TestWordTablesMatchWordsTxt; DO NOT EDIT.
// Regenerate with: go generate ./lint/language

package language

// wordsList are the single words of words.txt, sorted.
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
	"appear",
	"apply",
	"are",
	"aren't",
	"around",
	"as",
	"association",
	"at",
	"average",
	"avoid",
	"award",
	"back",
	"be",
	"because",
	"become",
	"been",
	"before",
	"behind",
	"being",
	"below",
	"beneath",
	"beside",
	"besides",
	"between",
	"beyond",
	"bid",
	"billion",
	"billions",
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
	"charity",
	"charter",
	"city",
	"clergy",
	"clothe",
	"co-op",
	"coast",
	"colleagues",
	"combat",
	"combine",
	"commons",
	"community",
	"company",
	"compensate",
	"continent",
	"cooperative",
	"cost",
	"could",
	"couldn't",
	"country",
	"cure",
	"cut",
	"day",
	"deliver",
	"deny",
	"deploy",
	"despite",
	"did",
	"didn't",
	"distribute",
	"do",
	"does",
	"doesn't",
	"doing",
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
	"economy",
	"eight",
	"either",
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
	"feed",
	"feel",
	"few",
	"fewer",
	"fifty",
	"fight",
	"find",
	"firm",
	"first",
	"five",
	"folk",
	"for",
	"foresee",
	"forty",
	"foundation",
	"founders",
	"four",
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
	"goal",
	"goals",
	"grant",
	"group",
	"grow",
	"guarantee",
	"had",
	"half",
	"hand",
	"harness",
	"has",
	"have",
	"having",
	"he",
	"health",
	"hear",
	"help",
	"her",
	"herself",
	"him",
	"himself",
	"his",
	"home",
	"house",
	"hundred",
	"hundreds",
	"i",
	"if",
	"imagine",
	"in",
	"industry",
	"inside",
	"inspire",
	"institute",
	"internet",
	"into",
	"invite",
	"is",
	"island",
	"isn't",
	"it",
	"its",
	"itself",
	"keep",
	"landscape",
	"leave",
	"lend",
	"less",
	"let",
	"leverage",
	"life",
	"like",
	"livelihood",
	"lives",
	"livestock",
	"loan",
	"look",
	"love",
	"lower",
	"make",
	"mandate",
	"many",
	"market",
	"may",
	"me",
	"might",
	"million",
	"millions",
	"mission",
	"missions",
	"more",
	"most",
	"motivate",
	"much",
	"must",
	"my",
	"n't",
	"nation",
	"near",
	"need",
	"needs",
	"neighborhood",
	"neighbourhood",
	"neither",
	"network",
	"never",
	"nine",
	"no",
	"nobody",
	"nor",
	"not",
	"nothing",
	"of",
	"off",
	"offer",
	"offspring",
	"on",
	"once",
	"one",
	"ones",
	"onto",
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
	"partners",
	"past",
	"pay",
	"people",
	"per",
	"picture",
	"place",
	"planet",
	"plus",
	"police",
	"poultry",
	"prefer",
	"prepare",
	"prevent",
	"project",
	"promise",
	"provide",
	"purpose",
	"put",
	"real",
	"receive",
	"reduce",
	"region",
	"regular",
	"reimburse",
	"relieve",
	"remain",
	"remove",
	"return",
	"reward",
	"save",
	"school",
	"second",
	"see",
	"seem",
	"sell",
	"send",
	"serve",
	"seven",
	"several",
	"shall",
	"share",
	"she",
	"shelter",
	"should",
	"shouldn't",
	"show",
	"since",
	"single",
	"six",
	"so",
	"society",
	"some",
	"somebody",
	"someday",
	"someone",
	"something",
	"soon",
	"sound",
	"spare",
	"staff",
	"stay",
	"stop",
	"street",
	"such",
	"supply",
	"system",
	"tackle",
	"take",
	"teach",
	"team",
	"teams",
	"tell",
	"ten",
	"than",
	"that",
	"the",
	"their",
	"them",
	"themselves",
	"these",
	"they",
	"third",
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
	"together",
	"tomorrow",
	"toward",
	"towards",
	"town",
	"train",
	"trust",
	"turn",
	"twelve",
	"twenty",
	"two",
	"ultimately",
	"under",
	"underneath",
	"unless",
	"unlike",
	"until",
	"up",
	"upon",
	"us",
	"use",
	"utilise",
	"utilize",
	"valley",
	"various",
	"via",
	"village",
	"vision",
	"visions",
	"voice",
	"volunteers",
	"want",
	"was",
	"wasn't",
	"watch",
	"we",
	"web",
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
	"whole",
	"whom",
	"whose",
	"will",
	"win",
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
	"yourself",
	"yourselves",
}

// wordsClasses are the classes of each of wordsList.
var wordsClasses = [...]class{
	0x80,          // &
	0x400,         // 'd
	0xc00,         // 'll
	0x1000,        // 're
	0x1000,        // 's
	0x2000,        // 've
	0x80002,       // a
	0x1200000040,  // about
	0x40,          // above
	0x100000040,   // across
	0x100000,      // afford
	0x1000000140,  // after
	0x40,          // against
	0x1000000,     // agency
	0x8000000,     // aim
	0x8000000,     // aims
	0x80022,       // all
	0x80000000,    // alleviate
	0x200000,      // allow
	0x2100000040,  // along
	0x40,          // alongside
	0x100,         // although
	0x1000,        // am
	0x8000000,     // ambition
	0x40,          // amid
	0x40,          // amidst
	0x40,          // among
	0x40,          // amongst
	0x80002,       // an
	0x80,          // and
	0x1,           // another
	0x80001,       // any
	0x20,          // anybody
	0x20,          // anyone
	0x10,          // anything
	0x2000000,     // appear
	0x4000000,     // apply
	0x1000,        // are
	0x1000,        // aren't
	0x2100000040,  // around
	0x200000140,   // as
	0x1000000,     // association
	0x1100000040,  // at
	0x80000,       // average
	0x80000000,    // avoid
	0x20100000,    // award
	0x2000000000,  // back
	0x12001000,    // be
	0x100,         // because
	0x12000000,    // become
	0x1000,        // been
	0x1000000140,  // before
	0x40,          // behind
	0x1000,        // being
	0x40,          // below
	0x40,          // beneath
	0x40,          // beside
	0x1000000040,  // besides
	0x100000040,   // between
	0x100000040,   // beyond
	0x80000000000, // bid
	0x20000,       // billion
	0xa0000,       // billions
	0x2,           // both
	0x20100000,    // bring
	0x100000,      // build
	0x80,          // but
	0x100000,      // buy
	0x1000000040,  // by
	0x400,         // can
	0x400,         // can't
	0x400,         // cannot
	0x20000000,    // carry
	0x40000000,    // cattle
	0x200000,      // challenge
	0x1000000,     // charity
	0x8000000,     // charter
	0x400000,      // city
	0x40000000,    // clergy
	0x20000000000, // clothe
	0x1000000,     // co-op
	0x400000,      // coast
	0x1000000,     // colleagues
	0x80000000,    // combat
	0x4000000,     // combine
	0x400000,      // commons
	0x400000,      // community
	0x1000000,     // company
	0x20000000000, // compensate
	0x400000,      // continent
	0x1000000,     // cooperative
	0x100000,      // cost
	0x400,         // could
	0x400,         // couldn't
	0x400000,      // country
	0x80000000,    // cure
	0x80000000,    // cut
	0x400000,      // day
	0x20000000,    // deliver
	0x100000,      // deny
	0x4000000,     // deploy
	0x40,          // despite
	0x4000,        // did
	0x4000,        // didn't
	0x20000000,    // distribute
	0x4000,        // do
	0x4000,        // does
	0x4000,        // doesn't
	0x4000,        // doing
	0x4000,        // don't
	0x20000000,    // donate
	0x2000000040,  // down
	0x20000,       // dozen
	0x20000,       // dozens
	0x8000000,     // dream
	0x40,          // during
	0x80001,       // each
	0x10000000000, // earn
	0x80000000,    // ease
	0x400000,      // economy
	0x20000,       // eight
	0x1,           // either
	0x20000,       // eleven
	0x80000000,    // eliminate
	0x4000000,     // employ
	0x1000000,     // employee
	0x1000000,     // employees
	0x200000,      // empower
	0x200000,      // enable
	0x200000,      // encourage
	0x80000000,    // end
	0x1000000,     // engineers
	0x8000000000,  // enjoy
	0x2,           // enough
	0x80000,       // entire
	0x40000000000, // envisage
	0x40000000000, // envision
	0x20200000,    // equip
	0x80000000,    // eradicate
	0x10000,       // eventually
	0x80001,       // every
	0x20,          // everybody
	0x80000,       // everyday
	0x80020,       // everyone
	0x10,          // everything
	0x40,          // except
	0x20000000000, // feed
	0x80002000000, // feel
	0x2,           // few
	0x2,           // fewer
	0x20000,       // fifty
	0x80000000,    // fight
	0x100000,      // find
	0x1000000,     // firm
	0x20000,       // first
	0x20000,       // five
	0x40000000,    // folk
	0x1000000040,  // for
	0x40000000000, // foresee
	0x20000,       // forty
	0x1000000,     // foundation
	0x1000000,     // founders
	0x20000,       // four
	0x200000,      // free
	0x1100000040,  // from
	0x20000000000, // fund
	0x20000000,    // furnish
	0x4000c00000,  // future
	0x10000000000, // gain
	0x10022300000, // get
	0x20000000,    // gift
	0x20100000,    // give
	0x80000,       // global
	0x8000000,     // goal
	0x8000000,     // goals
	0x20100000,    // grant
	0x1000000,     // group
	0x2000000,     // grow
	0x100000,      // guarantee
	0x2000,        // had
	0x20002,       // half
	0x20100000,    // hand
	0x4000000,     // harness
	0x2000,        // has
	0x90000202000, // have
	0x2000,        // having
	0x400000010,   // he
	0x4000000000,  // health
	0x80000000000, // hear
	0x80000200000, // help
	0x14,          // her
	0x800000010,   // herself
	0x800000010,   // him
	0x800000010,   // himself
	0x4,           // his
	0x4000400000,  // home
	0x20000000000, // house
	0x20000,       // hundred
	0x20000,       // hundreds
	0x400000018,   // i
	0x100,         // if
	0x40000000000, // imagine
	0x1100000040,  // in
	0x400000,      // industry
	0x100000040,   // inside
	0x200000,      // inspire
	0x1000000,     // institute
	0x400000,      // internet
	0x1100000040,  // into
	0x200000,      // invite
	0x1000,        // is
	0x400000,      // island
	0x1000,        // isn't
	0x400000010,   // it
	0x4,           // its
	0x800000010,   // itself
	0x10002200000, // keep
	0x400000,      // landscape
	0x300000,      // leave
	0x20100000,    // lend
	0x2,           // less
	0x80000200000, // let
	0x4000000,     // leverage
	0x4000000000,  // life
	0x1200000040,  // like
	0x4000000000,  // livelihood
	0x4000000000,  // lives
	0x40000000,    // livestock
	0x20000000,    // loan
	0x2000000,     // look
	0x8000000000,  // love
	0x80000000,    // lower
	0x80000200000, // make
	0x8000000,     // mandate
	0x80002,       // many
	0x400000,      // market
	0x400,         // may
	0x800000018,   // me
	0x400,         // might
	0x20000,       // million
	0xa0000,       // millions
	0x8000000,     // mission
	0x8000000,     // missions
	0x80002,       // more
	0x80002,       // most
	0x200000,      // motivate
	0x2,           // much
	0x400,         // must
	0xc,           // my
	0x8000,        // n't
	0x400000,      // nation
	0x100000040,   // near
	0xc000000000,  // need
	0x4000000000,  // needs
	0x400000,      // neighborhood
	0x400000,      // neighbourhood
	0x1,           // neither
	0x1000000,     // network
	0x8000,        // never
	0x20000,       // nine
	0x1,           // no
	0x20,          // nobody
	0x80,          // nor
	0x8000,        // not
	0x10,          // nothing
	0x1000000040,  // of
	0x2000000040,  // off
	0x20100000,    // offer
	0x40000000,    // offspring
	0x1100000040,  // on
	0x100,         // once
	0x20010,       // one
	0x10,          // ones
	0x40,          // onto
	0x80,          // or
	0x80000,       // ordinary
	0x1000000,     // organisation
	0x1000000,     // organization
	0x80002,       // other
	0x8000c,       // our
	0x8,           // ours
	0x800000008,   // ourselves
	0x2000000040,  // out
	0x100000040,   // outside
	0x2100000040,  // over
	0x100000,      // owe
	0x1000000,     // partners
	0x40,          // past
	0x20000100000, // pay
	0x41000000,    // people
	0x40,          // per
	0x40000000000, // picture
	0x20400000,    // place
	0x400000,      // planet
	0x80,          // plus
	0x40000000,    // police
	0x40000000,    // poultry
	0x8000000000,  // prefer
	0x200000,      // prepare
	0x80000000,    // prevent
	0x1000000,     // project
	0x100000,      // promise
	0x20100000,    // provide
	0x8000000,     // purpose
	0x20000000,    // put
	0x80000,       // real
	0x10000000000, // receive
	0x80000000,    // reduce
	0x400000,      // region
	0x80000,       // regular
	0x20000000000, // reimburse
	0x80000000,    // relieve
	0x12000000,    // remain
	0x80000000,    // remove
	0x20000000,    // return
	0x20000000000, // reward
	0x100000,      // save
	0x400000,      // school
	0x20000,       // second
	0xc0000200000, // see
	0x12000000,    // seem
	0x100000,      // sell
	0x20100000,    // send
	0x100000,      // serve
	0x20000,       // seven
	0x2,           // several
	0xc00,         // shall
	0x20000000,    // share
	0x400000010,   // she
	0x20000000000, // shelter
	0x400,         // should
	0x400,         // shouldn't
	0x100000,      // show
	0x140,         // since
	0x80000,       // single
	0x20000,       // six
	0x40100,       // so
	0x400000,      // society
	0x2,           // some
	0x20,          // somebody
	0x10000,       // someday
	0x20,          // someone
	0x10,          // something
	0x10000,       // soon
	0x2000000,     // sound
	0x100000,      // spare
	0x1000000,     // staff
	0x2000000,     // stay
	0x80000000,    // stop
	0x400000,      // street
	0x80002,       // such
	0x20000000,    // supply
	0x400000,      // system
	0x80000000,    // tackle
	0x20000000,    // take
	0x300000,      // teach
	0x1000000,     // team
	0x1000000,     // teams
	0x100000,      // tell
	0x20000,       // ten
	0x200000040,   // than
	0x202,         // that
	0x80002,       // the
	0x80004,       // their
	0x800000010,   // them
	0x800000010,   // themselves
	0x80002,       // these
	0x400000010,   // they
	0x20000,       // third
	0x20000,       // thirty
	0x2,           // this
	0x80002,       // those
	0x100,         // though
	0x20000,       // thousand
	0x20000,       // thousands
	0x20000,       // three
	0x1100000040,  // through
	0x100000040,   // throughout
	0x40,          // till
	0x400000,      // time
	0x40,          // to
	0x2000000000,  // together
	0x810000,      // tomorrow
	0x1000000040,  // toward
	0x1000000040,  // towards
	0x400000,      // town
	0x200000,      // train
	0x8000000000,  // trust
	0x2000000,     // turn
	0x20000,       // twelve
	0x20000,       // twenty
	0x20000,       // two
	0x10000,       // ultimately
	0x100000040,   // under
	0x40,          // underneath
	0x100,         // unless
	0x40,          // unlike
	0x140,         // until
	0x2000000040,  // up
	0x40,          // upon
	0x800000018,   // us
	0x4000000,     // use
	0x4000000,     // utilise
	0x4000000,     // utilize
	0x400000,      // valley
	0x80000,       // various
	0x1000000040,  // via
	0x400000,      // village
	0x8000000,     // vision
	0x8000000,     // visions
	0x4000000000,  // voice
	0x1000000,     // volunteers
	0x8000000000,  // want
	0x1000,        // was
	0x1000,        // wasn't
	0x80000200000, // watch
	0x400000018,   // we
	0x400000,      // web
	0x1000,        // were
	0x1000,        // weren't
	0x2,           // what
	0x2,           // whatever
	0x1000000300,  // when
	0x100,         // whenever
	0x200,         // where
	0x100,         // whereas
	0x200,         // whereby
	0x200,         // wherein
	0x100,         // wherever
	0x100,         // whether
	0x200,         // which
	0x2,           // whichever
	0x1000000100,  // while
	0x400000200,   // who
	0x80000,       // whole
	0x200,         // whom
	0x204,         // whose
	0xc00,         // will
	0x10000000000, // win
	0x40,          // with
	0x100000040,   // within
	0x1000000040,  // without
	0xc00,         // won't
	0x4001000000,  // work
	0x400000,      // world
	0x80040,       // worldwide
	0x400,         // would
	0x400,         // wouldn't
	0x400000030,   // you
	0x80004,       // your
	0x10,          // yourself
	0x800000010,   // yourselves
}

// wordsSlots is a hash table over wordsList: index+1, or 0.
var wordsSlots = [1024]uint16{
	0, 0, 0, 11, 109, 189, 412, 0, 367, 0, 9, 111, 0, 0, 192, 0,
	214, 0, 0, 407, 106, 0, 0, 337, 0, 0, 361, 0, 0, 0, 25, 143,
	0, 126, 223, 0, 381, 0, 0, 0, 0, 392, 331, 372, 133, 0, 0, 421,
	199, 0, 19, 0, 0, 0, 60, 428, 56, 328, 0, 0, 140, 0, 75, 93,
	320, 155, 14, 282, 340, 350, 0, 385, 217, 0, 0, 0, 241, 32, 38, 0,
	0, 0, 0, 76, 360, 0, 355, 0, 425, 1, 0, 0, 0, 33, 262, 16,
	306, 0, 0, 0, 0, 0, 0, 364, 266, 81, 179, 387, 0, 0, 0, 0,
	121, 339, 0, 0, 0, 165, 174, 406, 0, 0, 377, 0, 0, 0, 0, 0,
	24, 48, 0, 0, 0, 206, 0, 415, 0, 259, 264, 0, 0, 41, 0, 0,
	0, 418, 0, 94, 69, 138, 273, 445, 452, 0, 0, 0, 449, 0, 0, 0,
	0, 366, 356, 0, 181, 79, 0, 0, 257, 0, 39, 27, 395, 0, 0, 323,
	0, 0, 0, 0, 0, 0, 0, 0, 220, 0, 232, 4, 88, 0, 0, 0,
	219, 0, 0, 0, 271, 284, 338, 0, 0, 318, 0, 57, 195, 0, 129, 125,
	433, 347, 297, 0, 0, 0, 0, 0, 0, 0, 316, 0, 299, 319, 0, 0,
	0, 0, 431, 0, 161, 0, 0, 118, 239, 0, 0, 0, 451, 0, 0, 171,
	0, 0, 55, 218, 373, 402, 0, 202, 246, 448, 0, 0, 0, 0, 325, 368,
	61, 0, 0, 0, 0, 322, 2, 0, 0, 0, 0, 0, 167, 357, 99, 378,
	210, 424, 0, 0, 0, 112, 127, 0, 0, 423, 0, 102, 172, 0, 0, 0,
	142, 0, 0, 0, 10, 0, 0, 0, 117, 0, 0, 0, 7, 327, 419, 6,
	382, 413, 159, 245, 0, 0, 0, 0, 0, 0, 130, 251, 0, 429, 103, 369,
	0, 0, 78, 302, 0, 0, 0, 0, 207, 113, 0, 0, 0, 0, 0, 398,
	0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 153, 197, 186, 0, 351, 0,
	0, 0, 447, 198, 0, 70, 0, 277, 0, 0, 216, 343, 0, 110, 74, 422,
	0, 132, 0, 0, 0, 388, 0, 0, 144, 0, 0, 0, 247, 0, 243, 281,
	0, 0, 0, 0, 275, 300, 237, 0, 43, 134, 0, 0, 40, 191, 438, 188,
	0, 0, 0, 22, 157, 345, 0, 0, 91, 0, 0, 0, 115, 334, 0, 0,
	0, 0, 47, 307, 36, 163, 291, 0, 58, 391, 72, 131, 0, 0, 0, 0,
	107, 0, 0, 0, 0, 0, 0, 0, 0, 0, 254, 0, 0, 0, 0, 0,
	0, 0, 0, 97, 200, 82, 436, 0, 0, 12, 0, 124, 0, 0, 0, 312,
	0, 95, 0, 276, 0, 0, 0, 0, 426, 0, 178, 0, 0, 268, 0, 0,
	244, 151, 329, 442, 0, 420, 0, 0, 0, 0, 286, 183, 0, 0, 226, 272,
	290, 305, 414, 0, 0, 279, 15, 35, 120, 149, 411, 296, 0, 98, 314, 0,
	0, 0, 0, 0, 0, 0, 201, 0, 50, 53, 267, 374, 0, 0, 0, 285,
	0, 0, 150, 0, 31, 122, 0, 0, 0, 0, 0, 0, 363, 288, 0, 332,
	145, 84, 348, 0, 0, 147, 383, 0, 44, 255, 409, 416, 0, 0, 352, 0,
	73, 0, 0, 0, 0, 370, 18, 0, 0, 0, 0, 37, 333, 0, 8, 0,
	0, 0, 432, 0, 0, 0, 0, 0, 317, 0, 137, 0, 0, 0, 114, 0,
	0, 0, 0, 0, 324, 0, 0, 0, 0, 26, 0, 0, 0, 313, 0, 283,
	444, 0, 0, 408, 0, 0, 0, 34, 0, 440, 0, 0, 0, 0, 87, 0,
	0, 236, 0, 0, 0, 295, 256, 240, 298, 274, 389, 0, 0, 309, 0, 0,
	123, 371, 0, 0, 443, 0, 0, 0, 116, 289, 20, 265, 177, 0, 196, 384,
	434, 0, 180, 249, 0, 83, 168, 230, 0, 0, 0, 0, 42, 353, 45, 119,
	203, 0, 64, 66, 0, 0, 30, 238, 303, 21, 341, 234, 450, 0, 173, 233,
	354, 0, 0, 0, 0, 0, 46, 0, 0, 0, 0, 0, 0, 148, 301, 136,
	0, 0, 0, 51, 396, 258, 0, 0, 0, 0, 0, 0, 446, 394, 0, 326,
	0, 231, 0, 0, 0, 193, 0, 321, 0, 0, 0, 63, 164, 0, 0, 224,
	0, 0, 250, 430, 0, 349, 29, 308, 375, 335, 62, 0, 212, 358, 0, 5,
	96, 0, 213, 90, 344, 0, 0, 0, 0, 0, 0, 0, 293, 0, 169, 0,
	13, 304, 0, 437, 141, 86, 0, 0, 54, 128, 89, 0, 0, 0, 0, 252,
	0, 0, 0, 0, 0, 211, 0, 310, 263, 0, 0, 342, 0, 0, 0, 0,
	182, 399, 0, 209, 0, 0, 0, 194, 248, 0, 80, 441, 362, 0, 0, 0,
	0, 0, 0, 0, 28, 139, 225, 0, 92, 242, 280, 0, 208, 0, 52, 0,
	0, 0, 0, 0, 0, 162, 386, 269, 0, 400, 0, 0, 135, 0, 166, 0,
	0, 404, 330, 0, 227, 260, 0, 170, 0, 439, 0, 49, 229, 0, 0, 0,
	346, 0, 0, 0, 0, 393, 0, 100, 0, 0, 0, 68, 0, 176, 205, 59,
	0, 154, 0, 0, 435, 0, 0, 0, 0, 0, 0, 0, 0, 0, 101, 105,
	0, 0, 405, 0, 0, 0, 0, 0, 0, 292, 85, 65, 67, 0, 0, 160,
	158, 0, 0, 104, 0, 156, 427, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 235, 228, 359, 0, 0, 0, 0, 417, 0, 336, 0, 0, 410, 0,
	0, 0, 0, 0, 390, 0, 187, 0, 221, 0, 0, 0, 0, 0, 0, 204,
	315, 0, 0, 376, 17, 0, 0, 0, 77, 152, 0, 0, 0, 0, 379, 0,
	270, 397, 0, 0, 0, 0, 71, 0, 0, 215, 401, 311, 0, 0, 0, 175,
	0, 0, 0, 184, 365, 380, 403, 0, 0, 108, 278, 0, 0, 253, 0, 0,
	146, 0, 0, 294, 0, 0, 3, 0, 0, 0, 190, 185, 222, 261, 287, 0,
}

// wordsPhrases are the entries of several words, in the order of words.txt.
var wordsPhrases = [...]wordPhrase{
	{0x20, []string{"no", "one"}},
	{0x20, []string{"each", "other"}},
	{0x10000, []string{"one", "day"}},
	{0x10000, []string{"some", "day"}},
	{0x10000, []string{"in", "the", "future"}},
	{0x10000, []string{"in", "future"}},
	{0x10000, []string{"in", "time"}},
	{0x10000, []string{"one", "day", "soon"}},
	{0x10000, []string{"in", "years", "to", "come"}},
	{0x10000, []string{"for", "generations", "to", "come"}},
	{0x40000, []string{"so", "that"}},
	{0x40000, []string{"in", "order", "that"}},
	{0x40000, []string{"in", "order", "to"}},
	{0x40000, []string{"so", "as", "to"}},
	{0x40000, []string{"such", "that"}},
	{0x800000, []string{"next", "generation"}},
}
