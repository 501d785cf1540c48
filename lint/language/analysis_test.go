package language

import (
	"regexp"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint/lexicon"
)

var testWord = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*`)

// analyze splits text into sentences at ". " and into words the simple
// way the tests need, and analyses it.
func analyze(text string) *Analysis {
	var sentences [][]Word
	var cur []Word
	for _, m := range testWord.FindAllStringIndex(text, -1) {
		cur = append(cur, Word{Start: m[0], End: m[1]})
		rest := text[m[1]:]
		if strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "!") || strings.HasPrefix(rest, "?") {
			sentences = append(sentences, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		sentences = append(sentences, cur)
	}
	return Analyze(text, sentences, lexicon.Default())
}

// tags returns the sentence's tokens as "word/TAG".
func tags(a *Analysis) string {
	var b strings.Builder
	for i, t := range a.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text + "/" + t.Tag.String())
	}
	return b.String()
}

func TestTags(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// A word hardly ever a verb but as an adjective is said of the noun before it, and a plural hardly ever a verb before such an adjective is no verb either: a verbless picture.
		{"Folk clubs full on a Tuesday night.", "Folk/NOUN clubs/NOUN full/ADJ on/PREP a/DET Tuesday/PROPN night/NOUN"},
		{"Market halls busy on a Saturday morning.", "Market/NOUN halls/NOUN busy/ADJ on/PREP a/DET Saturday/PROPN morning/NOUN"},
		// An opening "To", then words that may be plain verbs listed with commas, the last after "and" with a noun after it: the statement's verbs, sharing their object; a list of nouns runs on into no noun.
		{"To fund, stock and staff libraries in schools.", "To/PART fund/VERB stock/VERB and/CONJ staff/VERB libraries/NOUN in/PREP schools/NOUN"},
		{"To parents, carers and staff in Leeds.", "To/PREP parents/NOUN carers/NOUN and/CONJ staff/NOUN in/PREP Leeds/PROPN"},
		// A word that may be a comparative, joined by "and" to a word only ever an adjective with nothing after: adjectives said of the subject, not a noun for a person.
		{"So the stream runs cleaner and colder.", "So/SCONJ the/DET stream/NOUN runs/VERB cleaner/ADJ and/CONJ colder/ADJ"},
		// No noun phrase ends in an adverb of manner: the "-s" word before one is the verb.
		{"A network where data moves quickly and safely.", "A/DET network/NOUN where/SCONJ data/NOUN moves/VERB quickly/ADV and/CONJ safely/ADV"},
		{"We save clubs an hour by filing their match reports automatically.", "We/PRON save/VERB clubs/NOUN an/DET hour/NOUN by/PREP filing/VERB their/DET match/NOUN reports/NOUN automatically/ADV"},
		// No noun runs into "them": an "-ing" word before an object pronoun is a verb, even after an adjective.
		{"Lessons for nurses from abroad, helping them settle.", "Lessons/NOUN for/PREP nurses/NOUN from/PREP abroad/ADJ helping/VERB them/PRON settle/VERB"},
		// "enough" after a word that may be an adjective, then what for: the adjective it grades.
		{"A canal clean enough to swim in.", "A/DET canal/NOUN clean/ADJ enough/ADV to/PART swim/VERB in/PREP"},
		{"Growers in Fife growing enough to feed the town.", "Growers/NOUN in/PREP Fife/PROPN growing/VERB enough/ADV to/PART feed/VERB the/DET town/NOUN"},
		// "own" after a possessive, with no noun after it, stands for one: an "-ing" word after the comma that follows is the next verb, not a noun "own" describes.
		{"We help blind walkers travel on their own, teaching new routes each week.", "We/PRON help/VERB blind/ADJ walkers/NOUN travel/VERB on/PREP their/DET own/PRON teaching/VERB new/ADJ routes/NOUN each/DET week/NOUN"},
		// A plural after a bare singular noun, before a preposition, when its verb would need an object (or WordNet never saw it used): the noun, not a verb; but a preposition's noun or one counted keeps its verb after it.
		{"Sand dunes along the Sefton coast thriving.", "Sand/NOUN dunes/NOUN along/PREP the/DET Sefton/PROPN coast/NOUN thriving/VERB"},
		// A plural for people with "who" straight after it is the relative clause's antecedent, a noun, even after a word read as a name.
		{"Food-bank volunteers who never have to send a family away.", "Food-bank/NOUN volunteers/NOUN who/SCONJ never/ADV have/VERB to/PART send/VERB a/DET family/NOUN away/ADV"},
		// An adjective WordNet's texts never use, spelt as a noun's plural ("divers", "nuts"), is the plural.
		{"We train volunteer divers to replant seagrass.", "We/PRON train/VERB volunteer/NOUN divers/NOUN to/PART replant/VERB seagrass/NOUN"},
		// No compound's "-ing" head has an article straight after it: after a name, it is a participle and its object.
		{"Every lorry driver on the A1 finding a safe place to sleep.", "Every/DET lorry/NOUN driver/NOUN on/PREP the/DET A1/PROPN finding/VERB a/DET safe/ADJ place/NOUN to/PART sleep/VERB"},
		// A word WordNet does not know that is two nouns it knows, written as one, is a noun.
		{"Through riverfly surveys, we help landowners.", "Through/PREP riverfly/NOUN surveys/NOUN we/PRON help/VERB landowners/NOUN"},
		// Past an aside of "however" and one word, set off by commas, the clause goes on with its verb.
		{"Every member of the club, however young, gets a turn at the wheel.", "Every/DET member/NOUN of/PREP the/DET club/NOUN however/ADV young/ADJ gets/VERB a/DET turn/NOUN at/PREP the/DET wheel/NOUN"},
		// A noun far more often than an adjective is no modifier joined by "and" to the next ("litter" is no "more lit").
		{"Volunteers join us to pull litter and fallen branches from the river.", "Volunteers/NOUN join/VERB us/PRON to/PART pull/VERB litter/NOUN and/CONJ fallen/ADJ branches/NOUN from/PREP the/DET river/NOUN"},
		// A word with a suspended hyphen is the compound the next hyphenated word finishes ("full-" for "full-time").
		{"We offer full- and part-time jobs to carers.", "We/PRON offer/VERB full/ADJ and/CONJ part-time/ADJ jobs/NOUN to/PREP carers/NOUN"},
		// A pronoun heads no compound: after "of them", the counted subject's verb.
		{"We rehome greyhounds, so every one of them ends up on a sofa.", "We/PRON rehome/VERB greyhounds/NOUN so/SCONJ every/DET one/PRON of/PREP them/PRON ends/VERB up/ADV on/PREP a/DET sofa/NOUN"},
		// A verb that takes a bare one takes no "-ing" one straight after it: before a noun, the "-ing" word describes the object.
		{"Tidewell helps touring dance companies book halls.", "Tidewell/PROPN helps/VERB touring/ADJ dance/NOUN companies/NOUN book/VERB halls/NOUN"},
		// Before a preposition, a word far more often a noun goes on a causative's object, as a compound's head.
		{"We make the control plane for small clouds.", "We/PRON make/VERB the/DET control/NOUN plane/NOUN for/PREP small/ADJ clouds/NOUN"},
		// After a comma, an "-ing" word no longer belongs to the verb's object: a means.
		{"Shelfwise helps librarians choose books their pupils want to read, using loan records.", "Shelfwise/PROPN helps/VERB librarians/NOUN choose/VERB books/NOUN their/DET pupils/NOUN want/VERB to/PART read/VERB using/VERB loan/NOUN records/NOUN"},
		// A hyphenated kind of person ("ex-prisoner") heads its phrase before a participle with an object, though it may also be a modifier.
		{"Every ex-prisoner leaving Durham finds a home.", "Every/DET ex-prisoner/NOUN leaving/VERB Durham/PROPN finds/VERB a/DET home/NOUN"},
		// A plural for people with a participle and its place straight after it is a noun, even after a word read as a name.
		{"Migrant cooks arriving in Leeds find work within a month.", "Migrant/NOUN cooks/NOUN arriving/VERB in/PREP Leeds/PROPN find/VERB work/NOUN within/PREP a/DET month/NOUN"},
		// After a verb of giving and whom it gives to, an "-ing" word that opens a list of nouns is the first thing given.
		{"We give them grazing, shelter and care.", "We/PRON give/VERB them/PRON grazing/NOUN shelter/NOUN and/CONJ care/NOUN"},
		// A plural seldom modifies a noun: after one, a word that may be a plain verb, with people after it, is the verb; and a participle that describes a causative's object is part of it.
		{"Our monthly memory cafés help people living with dementia stay cheerful.", "Our/DET monthly/ADJ memory/NOUN cafés/NOUN help/VERB people/NOUN living/VERB with/PREP dementia/NOUN stay/VERB cheerful/ADJ"},
		// A capitalised word after a name, before the name's "-s" verb, is part of the name, though it is all but always a verb.
		{"Fair Lets gives private renters free advice.", "Fair/PROPN Lets/PROPN gives/VERB private/ADJ renters/NOUN free/ADJ advice/NOUN"},
		// A singular that "every" opens takes no plain verb: after its adverb, the word is what it is.
		{"Every village post office still open in 2035.", "Every/DET village/NOUN post/NOUN office/NOUN still/ADV open/ADJ in/PREP 2035/NUM"},
		// An opening "-ing" word before a noun, a comma and "and" another thing pictured, describes the noun.
		{"Shifting sands, and little terns nesting on every beach.", "Shifting/ADJ sands/NOUN and/CONJ little/ADJ terns/NOUN nesting/VERB on/PREP every/DET beach/NOUN"},
		// A time is no thing carried: "to" after it opens an infinitive.
		{"We visit each month to help pupils tend it.", "We/PRON visit/VERB each/DET month/NOUN to/PART help/VERB pupils/NOUN tend/VERB it/PRON"},
		// Past a relative clause that links its antecedent to a state with a verb taking no noun, the main verb.
		{"Halls that have fallen quiet fill again.", "Halls/NOUN that/SCONJ have/VERB fallen/VERB quiet/ADJ fill/VERB again/ADV"},
		// A noun WordNet lists ending in "s" (a game) modifies the plural after it; a bare singular is no subject.
		{"Village darts teams in every pub.", "Village/NOUN darts/NOUN teams/NOUN in/PREP every/DET pub/NOUN"},
		// ... but a verb of meaning takes a clause.
		{"Access means families get help.", "Access/NOUN means/VERB families/NOUN get/VERB help/NOUN"},
		// A word only ever an adjective describes the acronym after it; no name opens the sentence.
		{"Rural GP practices stay open.", "Rural/ADJ GP/PROPN practices/NOUN stay/VERB open/ADJ"},
		// "that" with a verb and no subject of its own is a relative pronoun, after a noun.
		{"Village shops that never have to close.", "Village/NOUN shops/NOUN that/SCONJ never/ADV have/VERB to/PART close/VERB"},
		// A word hardly ever a verb, with a comma where its object would be, ends the noun phrase; after it, a word more often an adverb says how.
		{"Harbour pilot crews, well trained, on every tide.", "Harbour/NOUN pilot/NOUN crews/NOUN well/ADV trained/VERB on/PREP every/DET tide/NOUN"},
		// "to" joins the ends of a range as "and" joins two words.
		{"We coach 9- to 13-year-olds in Leith.", "We/PRON coach/VERB 9/NUM to/CONJ 13-year-olds/NOUN in/PREP Leith/PROPN"},
		{"We coach 13 to 16-year-olds in Leith.", "We/PRON coach/VERB 13/NUM to/CONJ 16-year-olds/NOUN in/PREP Leith/PROPN"},
		// A plain verb form between a preposition's plural and "by" is a participle.
		{"We coach pupils in clubs run by parents.", "We/PRON coach/VERB pupils/NOUN in/PREP clubs/NOUN run/VERB by/PREP parents/NOUN"},
		// A singular that "a" or "every" opens takes no plain verb, save after "help", "let" or "make".
		{"We find a school place for each child.", "We/PRON find/VERB a/DET school/NOUN place/NOUN for/PREP each/DET child/NOUN"},
		{"We help a child read.", "We/PRON help/VERB a/DET child/NOUN read/VERB"},
		// "enough" and "that" after a word that may be an adjective grade it.
		{"A beck clean enough that children paddle in it.", "A/DET beck/NOUN clean/ADJ enough/DET that/SCONJ children/NOUN paddle/VERB in/PREP it/PRON"},
		// An "-ing" word that is no noun, before its preposition, is a participle: the word before it heads the phrase.
		{"Wild salmon returning to the Tyne.", "Wild/ADJ salmon/NOUN returning/VERB to/PREP the/DET Tyne/PROPN"},
		// A word never tagged either way opens no imperative before a noun that a participle or "able to" describes: a picture without a verb.
		{"Canal boaters able to moor at every lock.", "Canal/NOUN boaters/NOUN able/ADJ to/PART moor/VERB at/PREP every/DET lock/NOUN"},
		{"Chalk downland humming with butterflies.", "Chalk/NOUN downland/NOUN humming/VERB with/PREP butterflies/NOUN"},
		// A verb that takes two objects, with both after it: a bare plural, then "nothing" or a determined phrase.
		{"The hire of kit costs families nothing.", "The/DET hire/NOUN of/PREP kit/NOUN costs/VERB families/NOUN nothing/PRON"},
		{"Clearing a site of metal costs builders nothing.", "Clearing/VERB a/DET site/NOUN of/PREP metal/NOUN costs/VERB builders/NOUN nothing/PRON"},
		// "as long as" and a subject with its verb: the last "as" opens a clause.
		{"A ferry for as long as islanders need one.", "A/DET ferry/NOUN for/PREP as/PREP long/ADJ as/SCONJ islanders/NOUN need/VERB one/PRON"},
		// After "and" and a name, a word that may be an adjective, before a noun, describes it.
		{"Tickets at 4 GBP and free buses home.", "Tickets/NOUN at/PREP 4/NUM GBP/PROPN and/CONJ free/ADJ buses/NOUN home/NOUN"},
		// After whom a verb of giving gives to, and their place, a past form before a noun describes the second object.
		{"We give mothers in garment factories paid time.", "We/PRON give/VERB mothers/NOUN in/PREP garment/NOUN factories/NOUN paid/ADJ time/NOUN"},
		// After a plural, a plain verb with its particle and its object: no compound opens on a plural; the particle is the verb's, and the next verb after "and" goes on.
		{"Our wardens fence off nesting sites and guide walkers along the cliffs each spring.", "Our/DET wardens/NOUN fence/VERB off/ADV nesting/VERB sites/NOUN and/CONJ guide/VERB walkers/NOUN along/PREP the/DET cliffs/NOUN each/DET spring/NOUN"},
		// After a subject pronoun, a noun WordNet lists as no verb, joined to a verb, is used as one.
		{"We coppice and replant hazel.", "We/PRON coppice/VERB and/CONJ replant/VERB hazel/NOUN"},
		// After "make sure" or a verb that takes a clause, its subject and "never", the clause's verb.
		{"We make sure parents in Leeds never face a night alone.", "We/PRON make/VERB sure/ADJ parents/NOUN in/PREP Leeds/PROPN never/ADV face/VERB a/DET night/NOUN alone/ADV"},
		// A name ending in "-s" is one organisation: its "-s" verb after an adverb.
		{"Mill Works automatically ramps up the heating each winter.", "Mill/PROPN Works/PROPN automatically/ADV ramps/VERB up/ADV the/DET heating/NOUN each/DET winter/NOUN"},
		// A hyphenated word whose parts are capitalised but for a little word between them is a name.
		{"Pay-on-Collection lets market traders take cards.", "Pay-on-Collection/PROPN lets/VERB market/NOUN traders/NOUN take/VERB cards/NOUN"},
		// After a verb that mostly takes an object, a noun whose verb hardly ever takes one is its object.
		{"Mentors who have left care now visit care leavers.", "Mentors/NOUN who/SCONJ have/VERB left/VERB care/NOUN now/ADV visit/VERB care/NOUN leavers/NOUN"},
		// A plural for animals with a participle after it, past an adverb, before a preposition: the noun and what describes it.
		{"Lowland bats feeding quietly over every pond.", "Lowland/NOUN bats/NOUN feeding/VERB quietly/ADV over/PREP every/DET pond/NOUN"},
		// A plural for people, then a word that is only a plain verb: the subject and its verb, not a name and its "-s" verb.
		{"Refugee nurses practise again in Wales.", "Refugee/NOUN nurses/NOUN practise/VERB again/ADV in/PREP Wales/PROPN"},
		// After "who" past a name, an "-s" word is the relative's verb; after a main "-s" verb, a plain form is its object.
		{"Every young dad in Leeds who struggles to cope gets help within a week.", "Every/DET young/ADJ dad/NOUN in/PREP Leeds/PROPN who/SCONJ struggles/VERB to/PART cope/VERB gets/VERB help/NOUN within/PREP a/DET week/NOUN"},
		// A plural for people, where they are, then a participle: what they are doing, not a name and its verb.
		{"Refugee nurses in Hull working in hospitals again.", "Refugee/NOUN nurses/NOUN in/PREP Hull/PROPN working/VERB in/PREP hospitals/NOUN again/ADV"},
		// A plural that opens the sentence before a word that is only a plain verb is its subject.
		{"Bats thrive in every old barn.", "Bats/NOUN thrive/VERB in/PREP every/DET old/ADJ barn/NOUN"},
		// A word more often a noun, then a plural and a plain verb: a compound and its verb, not a verb and its object.
		{"We help traders in Suffolk market towns stay open.", "We/PRON help/VERB traders/NOUN in/PREP Suffolk/PROPN market/NOUN towns/NOUN stay/VERB open/ADJ"},
		// A singular subject that "no" opens, where it is, then its "-s" verb.
		{"No dairy farmer on the island milks alone.", "No/DET dairy/NOUN farmer/NOUN on/PREP the/DET island/NOUN milks/VERB alone/ADV"},
		// An "-ing" word joined to an "-ing" verb and its object is a verb too.
		{"We drive to ranches in Alberta, vaccinating and treating cattle.", "We/PRON drive/VERB to/PREP ranches/NOUN in/PREP Alberta/PROPN vaccinating/VERB and/CONJ treating/VERB cattle/NOUN"},
		// A verb that takes no "-ing" form takes it as a noun before a comma; the list of verbs goes on.
		{"We help them find housing, open a bank account and start work.", "We/PRON help/VERB them/PRON find/VERB housing/NOUN open/VERB a/DET bank/NOUN account/NOUN and/CONJ start/VERB work/NOUN"},
		// A word WordNet's texts never use as a noun heads no compound.
		{"The people who live there know it well.", "The/DET people/NOUN who/SCONJ live/VERB there/ADV know/VERB it/PRON well/ADV"},
		// After an adjective, "for" and a noun phrase, "to" opens their infinitive.
		{"Quayside makes it easy for harbour masters to log berth bookings.", "Quayside/PROPN makes/VERB it/PRON easy/ADJ for/PREP harbour/NOUN masters/NOUN to/PART log/VERB berth/NOUN bookings/NOUN"},
		// "have to" and a word that may be a verb: what must be done, an infinitive.
		{"So no family has to face winter alone.", "So/SCONJ no/DET family/NOUN has/VERB to/PART face/VERB winter/NOUN alone/ADV"},
		// A word never used as a noun, after a noun and before a comma and another adjective, describes the noun after them.
		{"We give every tenant at a Hull college free, confidential legal advice.", "We/PRON give/VERB every/DET tenant/NOUN at/PREP a/DET Hull/PROPN college/NOUN free/ADJ confidential/ADJ legal/ADJ advice/NOUN"},
		// A plural, where it is, then a plain verb: the plural is the subject, and a word more often an adverb after a verb makes it no noun's kind.
		{"To make sure night-shift nurses at St Oswald's eat well.", "To/PART make/VERB sure/ADJ night-shift/NOUN nurses/NOUN at/PREP St/PROPN Oswald's/PROPN eat/VERB well/ADV"},
		// A word WordNet lacks, after a determiner and before an adjective and its noun, is one more modifier.
		{"So no genderqueer young person in Hull is turned away.", "So/SCONJ no/DET genderqueer/ADJ young/ADJ person/NOUN in/PREP Hull/PROPN is/VERB turned/VERB away/ADV"},
		// A bare time noun before an "-ing" word names when the activity happens, not a time doing it.
		{"We offer night sitting for carers.", "We/PRON offer/VERB night/NOUN sitting/NOUN for/PREP carers/NOUN"},
		// After a verb of going, "to" and a word as often a noun as a verb name where they go; a word mostly a verb is what they go to do.
		{"Survivors return to work after a stroke.", "Survivors/NOUN return/VERB to/PREP work/NOUN after/PREP a/DET stroke/NOUN"},
		{"Neighbours come to help.", "Neighbours/NOUN come/VERB to/PART help/VERB"},
		// A past that is a plain verb too ("lay") goes on a list of plain verbs after "To".
		{"To plant, lay and mend hedges.", "To/PART plant/VERB lay/VERB and/CONJ mend/VERB hedges/NOUN"},
		// A hyphenated pair WordNet holds as one noun ("night shift") is that noun; a bare time does not cook, so the "-s" word after it is a plural.
		{"Night-shift cleaners in Hallam sleeping well.", "Night-shift/NOUN cleaners/NOUN in/PREP Hallam/PROPN sleeping/VERB well/ADV"},
		{"Weekend nurses sleeping well.", "Weekend/NOUN nurses/NOUN sleeping/VERB well/ADV"},
		// A particle that may be a verb, after a plural and before a place, with no object, says where they are again.
		{"Curlews back on the moor.", "Curlews/NOUN back/ADV on/PREP the/DET moor/NOUN"},
		// After "and", a word joined to a list of a preposition's noun phrases, items opening with a modifier among them, goes on the list.
		{"Carers get help with short breaks, 24-hour phone support and free training.", "Carers/NOUN get/VERB help/NOUN with/PREP short/ADJ breaks/NOUN 24-hour/ADJ phone/NOUN support/NOUN and/CONJ free/ADJ training/NOUN"},
		// After a name's possessive that ends a preposition's phrase, a word nearly always a verb is the verb; after a verb of going, "to" and a noun that a comma ends opens a list of where they go.
		{"Teenagers with Crohn's go to school, the cinema and the gym.", "Teenagers/NOUN with/PREP Crohn's/PROPN go/VERB to/PREP school/NOUN the/DET cinema/NOUN and/CONJ the/DET gym/NOUN"},
		// "as many X as Y": the first "as" counts the noun, whose phrase is the subject of the verb after the comparison.
		{"As many women as men ride in the valleys.", "As/NUM many/DET women/NOUN as/PREP men/NOUN ride/VERB in/PREP the/DET valleys/NOUN"},
		{"As many as 200 families get a hot meal.", "As/PREP many/DET as/PREP 200/NUM families/NOUN get/VERB a/DET hot/ADJ meal/NOUN"},
		// A place phrase opened by "every" or "each" between plural people and a plain verb: the people are the subject, and the first word describes them, no name.
		{"Apprentice barbers in every city finish their training.", "Apprentice/NOUN barbers/NOUN in/PREP every/DET city/NOUN finish/VERB their/DET training/NOUN"},
		// Plural people, then a plain verb and a noun that is never a verb before a preposition: the people's verb and its object, not a compound.
		{"Co-operative members plant sphagnum on the bog.", "Co-operative/ADJ members/NOUN plant/VERB sphagnum/NOUN on/PREP the/DET bog/NOUN"},
		// A word fairly often a noun, after a noun and before a preposition, ends the phrase a determiner opens.
		{"We are the only boatbuilding co-operative in Fife.", "We/PRON are/VERB the/DET only/ADJ boatbuilding/NOUN co-operative/NOUN in/PREP Fife/PROPN"},
		// A capitalised first word no dictionary knows is a name, unless it is a plural shaped as a noun for people and the verb after it agrees with a plural.
		{"Fellwalkers need maps.", "Fellwalkers/NOUN need/VERB maps/NOUN"},
		{"Ledgerly helps farmers.", "Ledgerly/PROPN helps/VERB farmers/NOUN"},
		// No imperative takes people and then "are": the first word says which people. A quantifier after a subject pronoun floats before the verb, and "much" before a comma has no noun.
		{"Foster carers are given a break.", "Foster/NOUN carers/NOUN are/VERB given/VERB a/DET break/NOUN"},
		{"When it all gets too much, carers call us.", "When/SCONJ it/PRON all/ADV gets/VERB too/ADV much/ADV carers/NOUN call/VERB us/PRON"},
		// After a modal and an aside set off by commas, the verb the modal takes.
		{"Clubs can, where possible, help carers.", "Clubs/NOUN can/MODAL where/SCONJ possible/ADJ help/VERB carers/NOUN"},
		// Past participles listed with a word far more often an adjective describe the noun as the adjective does.
		{"Old mills repaired, reopened and busy again.", "Old/ADJ mills/NOUN repaired/ADJ reopened/ADJ and/CONJ busy/ADJ again/ADV"},
		// An adjective opening a sentence, then a capitalised plural for people, is people described, not a name of two words.
		{"Older Mancunians will dance again.", "Older/ADJ Mancunians/NOUN will/MODAL dance/VERB again/ADV"},
		{"Young Bristolians will swim.", "Young/ADJ Bristolians/NOUN will/MODAL swim/VERB"},
		{"Old Trafford hosts games.", "Old/PROPN Trafford/PROPN hosts/VERB games/NOUN"},
		// "that is what" points back; in "what" and a phrase before "is", the word as often a noun is the phrase's noun.
		{"Warm coats — that is what our sewing room is for, on Saturdays.", "Warm/ADJ coats/NOUN that/PRON is/VERB what/DET our/DET sewing/NOUN room/NOUN is/VERB for/ADV on/PREP Saturdays/PROPN"},
		// No noun stands between an adverb and a determiner's phrase: an "-s" word there is the verb.
		{"The weir that once turned the wheels now powers the school.", "The/DET weir/NOUN that/SCONJ once/ADV turned/VERB the/DET wheels/NOUN now/ADV powers/VERB the/DET school/NOUN"},
		// After a verb of wanting, "to" and a word that may be a plain verb is an infinitive.
		{"Any girl who wants to row has a seat.", "Any/DET girl/NOUN who/SCONJ wants/VERB to/PART row/VERB has/VERB a/DET seat/NOUN"},
		// Right before a comma, in the first item a colon introduces, an "-s" word that may be a plural is a noun, not a verb without its object.
		{"Warm evenings that stargazers enjoy: step-free viewing pads, a telescope and tea.", "Warm/ADJ evenings/NOUN that/SCONJ stargazers/NOUN enjoy/VERB step-free/ADJ viewing/NOUN pads/NOUN a/DET telescope/NOUN and/CONJ tea/NOUN"},
		// After ", and", a plural before a plain verb and its object opens a new clause as its subject.
		{"Members pay what they can, and volunteers keep the boats afloat.", "Members/NOUN pay/VERB what/DET they/PRON can/MODAL and/CONJ volunteers/NOUN keep/VERB the/DET boats/NOUN afloat/ADJ"},
		// After an article, a word WordNet knows only as a verb is that verb's noun.
		{"Members have a natter.", "Members/NOUN have/VERB a/DET natter/NOUN"},
		// A word WordNet knows only as an adjective, right before a relative "that", is the noun the clause describes.
		{"We lay gigabit broadband that villages own.", "We/PRON lay/VERB gigabit/NOUN broadband/NOUN that/SCONJ villages/NOUN own/VERB"},
		// "That" right after a verb of doing or changing, before a preposition, is its object; after a verb of knowing or saying it opens a clause.
		{"We fix that for hall secretaries.", "We/PRON fix/VERB that/PRON for/PREP hall/NOUN secretaries/NOUN"},
		{"We believe that with patience every child reads.", "We/PRON believe/VERB that/SCONJ with/PREP patience/NOUN every/DET child/NOUN reads/VERB"},
		// A name after a preposition is its object: a word after it, before a plural, modifies the plural; no noun before agrees with a plain verb.
		{"We build a home for Swansea care leavers.", "We/PRON build/VERB a/DET home/NOUN for/PREP Swansea/PROPN care/NOUN leavers/NOUN"},
		// After a determiner, with no noun after it, a word that may be a preposition is the noun.
		{"We make the past searchable.", "We/PRON make/VERB the/DET past/NOUN searchable/ADJ"},
		// The markers of a list written inside a sentence are no words of it: each item opens as a clause does.
		{"Our aims: 1) lend tools; 2) teach repairs.", "Our/DET aims/NOUN lend/VERB tools/NOUN teach/VERB repairs/NOUN"},
		{"Our aims: (a) lend tools, (b) teach repairs.", "Our/DET aims/NOUN lend/VERB tools/NOUN teach/VERB repairs/NOUN"},
		// A hyphenated past participle where a noun phrase opens is an adjective, not a verb.
		{"We run a network of person-centred, low-cost clinics.", "We/PRON run/VERB a/DET network/NOUN of/PREP person-centred/ADJ low-cost/ADJ clinics/NOUN"},
		// A name that opens on a capitalised preposition, before its verb; not a place before people.
		{"Beyond Words trains carers.", "Beyond/PROPN Words/PROPN trains/VERB carers/NOUN"},
		{"Across Wales farmers grow oats.", "Across/PREP Wales/PROPN farmers/NOUN grow/VERB oats/NOUN"},
		// An "-ing" word of a verb that lets its object act opens the sentence as that verb, though people and a place follow it.
		{"Helping widows in Tarnby rebuild friendships.", "Helping/VERB widows/NOUN in/PREP Tarnby/PROPN rebuild/VERB friendships/NOUN"},
		{"Fishing towns in Kerrow keep their harbours.", "Fishing/NOUN towns/NOUN in/PREP Kerrow/PROPN keep/VERB their/DET harbours/NOUN"},
		// A noun WordNet lists with the word after it is no "-ing" verb after a preposition; "nothing" after an "-s" word is its object.
		// A name of several words, one of them possessive, then two "-s" verbs joined by "and" before the clause of result.
		{"Radio St Kilda's broadcasts to every ward and takes requests each evening, so nights pass faster.", "Radio/PROPN St/PROPN Kilda's/PROPN broadcasts/VERB to/PREP every/DET ward/NOUN and/CONJ takes/VERB requests/NOUN each/DET evening/NOUN so/SCONJ nights/NOUN pass/VERB faster/ADJ"},
		{"St Kilda's shops and cafés fund the hospice.", "St/PROPN Kilda's/PROPN shops/NOUN and/CONJ cafés/NOUN fund/VERB the/DET hospice/NOUN"},
		// A time awaited takes a clause without "when", as "the way" does: its subjects, joined, and their verb.
		{"We work for the day Orkney's crofters and fishers stay.", "We/PRON work/VERB for/PREP the/DET day/NOUN Orkney's/PROPN crofters/NOUN and/CONJ fishers/NOUN stay/VERB"},
		{"We run the day centre for the elderly.", "We/PRON run/VERB the/DET day/NOUN centre/NOUN for/PREP the/DET elderly/NOUN"},
		// A second participle joined by "and", with its own agent: "run" is its own participle.
		{"Owned by its members and run by volunteers, the shop sells bread.", "Owned/VERB by/PREP its/DET members/NOUN and/CONJ run/VERB by/PREP volunteers/NOUN the/DET shop/NOUN sells/VERB bread/NOUN"},
		// A command that opens on a verb, then an acronym as its object; not a name of two words before its "-s" verb.
		{"Make PDFs readable for blind readers.", "Make/VERB PDFs/PROPN readable/ADJ for/PREP blind/ADJ readers/NOUN"},
		{"Scale AI builds tools.", "Scale/PROPN AI/PROPN builds/VERB tools/NOUN"},
		// After a verb whose object does what follows, "to" and a word that may be a plain verb, with its own object, is an infinitive.
		{"Enabling small charities to scale impact.", "Enabling/VERB small/ADJ charities/NOUN to/PART scale/VERB impact/NOUN"},
		{"We teach carpentry to school leavers.", "We/PRON teach/VERB carpentry/NOUN to/PREP school/NOUN leavers/NOUN"},
		// A word first of all for a person, with no determiner, before a comma and another adjective: an adjective; a list of things stays nouns.
		{"We provide expert, patient advice.", "We/PRON provide/VERB expert/ADJ patient/ADJ advice/NOUN"},
		{"We provide bread, fresh fruit and advice.", "We/PRON provide/VERB bread/NOUN fresh/ADJ fruit/NOUN and/CONJ advice/NOUN"},
		// The "-ing" form of a verb that hardly ever takes an object, before a noun, with no verb before it, describes the noun; "helping" takes one.
		{"Living rivers, thriving villages.", "Living/ADJ rivers/NOUN thriving/ADJ villages/NOUN"},
		{"Helping farmers, feeding villages.", "Helping/VERB farmers/NOUN feeding/VERB villages/NOUN"},
		// Phrases joined by "and" open the sentence, one with a name in it: a plural subject, and a plain verb agrees with it.
		{"Our drivers and the Ferry Link app get parcels to islanders.", "Our/DET drivers/NOUN and/CONJ the/DET Ferry/PROPN Link/PROPN app/NOUN get/VERB parcels/NOUN to/PREP islanders/NOUN"},
		// An indefinite pronoun takes a clause without "that", as "the way" does: its subject and verb.
		{"We turn lessons into something pupils touch.", "We/PRON turn/VERB lessons/NOUN into/PREP something/PRON pupils/NOUN touch/VERB"},
		{"We repair any make of hearing aid.", "We/PRON repair/VERB any/DET make/NOUN of/PREP hearing/ADJ aid/NOUN"},
		{"The clinic fixes hearing aids and charges nothing.", "The/DET clinic/NOUN fixes/VERB hearing/ADJ aids/NOUN and/CONJ charges/VERB nothing/PRON"},
		// A phrase that opens the sentence holds no subject: the people after it are the subject, and the next word their verb.
		{"Across Wales volunteers run repair cafés.", "Across/PREP Wales/PROPN volunteers/NOUN run/VERB repair/NOUN cafés/NOUN"},
		{"In the valleys farmers run tool libraries.", "In/PREP the/DET valleys/NOUN farmers/NOUN run/VERB tool/NOUN libraries/NOUN"},
		{"Across Wales volunteers will mend kettles.", "Across/PREP Wales/PROPN volunteers/NOUN will/MODAL mend/VERB kettles/NOUN"},
		// People, then two plain verbs joined by "and" before a determiner: verbs, though the first is more often a noun.
		{"Our members tune and repair the old organs.", "Our/DET members/NOUN tune/VERB and/CONJ repair/VERB the/DET old/ADJ organs/NOUN"},
		// An adjective with its complement after a noun: the word before it is the noun ("future" is also an adjective, "free" a noun).
		{"A future free from fear.", "A/DET future/NOUN free/ADJ from/PREP fear/NOUN"},
		{"We earn a fair living from wool.", "We/PRON earn/VERB a/DET fair/ADJ living/NOUN from/PREP wool/NOUN"},
		// A craft named by a hyphenated "-ing" word is the object, before an adjective that is hardly ever a noun.
		{"We make wood-turning possible for blind makers.", "We/PRON make/VERB wood-turning/NOUN possible/ADJ for/PREP blind/ADJ makers/NOUN"},
		// An "-ing" word WordNet's texts often use as a noun ends a compound after "a" and a singular noun.
		{"We hold a committee meeting for members.", "We/PRON hold/VERB a/DET committee/NOUN meeting/NOUN for/PREP members/NOUN"},
		{"We help a child living in poverty.", "We/PRON help/VERB a/DET child/NOUN living/VERB in/PREP poverty/NOUN"},
		// A noun said twice around "by" tells how the work goes.
		{"We mend the wall, stone by stone.", "We/PRON mend/VERB the/DET wall/NOUN stone/NOUN by/PREP stone/NOUN"},
		// An object pronoun is no subject: the "-s" word after it is the thing given, not a verb.
		{"We find them benches to work at.", "We/PRON find/VERB them/PRON benches/NOUN to/PART work/VERB at/PREP"},
		// Things listed and carried, then "to" before an adjective and a plural: where they go, not an infinitive.
		{"We take flasks and sleeping bags to rough sleepers in Derby.", "We/PRON take/VERB flasks/NOUN and/CONJ sleeping/ADJ bags/NOUN to/PREP rough/ADJ sleepers/NOUN in/PREP Derby/PROPN"},
		// A word nearly always a verb, straight after the verb of a relative clause that "who" opens, is the main verb, not that verb's object.
		{"So members who can no longer walk keep strong legs.", "So/SCONJ members/NOUN who/SCONJ can/MODAL no/ADV longer/ADV walk/VERB keep/VERB strong/ADJ legs/NOUN"},
		// A word far more often a verb, before its object, is not the noun of the phrase before it: the word before it that may be a noun is. After what is carried, "to" before a bare noun seldom a verb says where.
		{"The harbour co-operative carries Eday pupils to school every weekday.", "The/DET harbour/NOUN co-operative/NOUN carries/VERB Eday/PROPN pupils/NOUN to/PREP school/NOUN every/DET weekday/NOUN"},
		// After the noun of a clause's last phrase, a word that may be an adjective opens a list of adjectives said of the object, when the list closes with "and" and ends the clause.
		{"Canal volunteers will hand the towpath to the next generation whole, safe and open to every walker.", "Canal/NOUN volunteers/NOUN will/MODAL hand/VERB the/DET towpath/NOUN to/PREP the/DET next/ADJ generation/NOUN whole/ADJ safe/ADJ and/CONJ open/ADJ to/PREP every/DET walker/NOUN"},
		// A preposition left after its verb, before the next verb, governs nothing: it is the verb's particle.
		{"We run a night boat so that swimmers who fall in are pulled out alive.", "We/PRON run/VERB a/DET night/NOUN boat/NOUN so/SCONJ that/SCONJ swimmers/NOUN who/SCONJ fall/VERB in/ADV are/VERB pulled/VERB out/ADV alive/ADJ"},
		// No adjective follows the noun it would describe: a word WordNet knows only as an adjective of relation, ending its phrase after a noun, is used as the noun.
		{"We lay gigabit broadband to farms in Eden.", "We/PRON lay/VERB gigabit/NOUN broadband/NOUN to/PREP farms/NOUN in/PREP Eden/PROPN"},
		// A word that may be a verb but is far more often an adjective, after a noun and before "to" and a verb, says how someone is.
		{"They go back to school ready to speak up in class.", "They/PRON go/VERB back/ADV to/PREP school/NOUN ready/ADJ to/PART speak/VERB up/ADV in/PREP class/NOUN"},
		// A word that may be a noun, joined by "and" to a noun, before "to" and a noun phrase: the list of nouns goes on ("free to use" has a verb after "to").
		{"We bring company and calm to widowed farmers in the Wolds.", "We/PRON bring/VERB company/NOUN and/CONJ calm/NOUN to/PREP widowed/ADJ farmers/NOUN in/PREP the/DET Wolds/PROPN"},
		// An "-ing" word joined by "and" to the things a verb takes, with a preposition and no object of its own, is an activity given with them.
		{"The pantry provides food parcels and signposting to debt advice for families in Workington.", "The/DET pantry/NOUN provides/VERB food/NOUN parcels/NOUN and/CONJ signposting/NOUN to/PREP debt/NOUN advice/NOUN for/PREP families/NOUN in/PREP Workington/PROPN"},
		// No verb stands before a modal: a plural after a fronted phrase's comma is the subject. "what" before a determiner opens a clause, whose verb follows its subject.
		{"On every hill in Skye, guides will always know what the next walker needs.", "On/PREP every/DET hill/NOUN in/PREP Skye/PROPN guides/NOUN will/MODAL always/ADV know/VERB what/DET the/DET next/ADJ walker/NOUN needs/VERB"},
		// Adjectives joined by commas after a determiner describe one noun, to the end of the list: a word that may be a noun is not the head before its comma, and an "-ing" word is not a participle while the phrase still waits for its noun.
		{"We sell a light, boring, hard-wearing school shoe to parents in Leeds.", "We/PRON sell/VERB a/DET light/ADJ boring/ADJ hard-wearing/ADJ school/NOUN shoe/NOUN to/PREP parents/NOUN in/PREP Leeds/PROPN"},
		{"We sew a warm, waterproof, folding rain cape for allotment holders.", "We/PRON sew/VERB a/DET warm/ADJ waterproof/ADJ folding/ADJ rain/NOUN cape/NOUN for/PREP allotment/NOUN holders/NOUN"},
		// After a verb that takes no "-ing" form as its object, an "-ing" word before a plural describes it; "rent" is far more often a verb of its own than the past of "rend".
		{"We rent composting toilets to crofters.", "We/PRON rent/VERB composting/ADJ toilets/NOUN to/PREP crofters/NOUN"},
		{"We run sailing courses for carers.", "We/PRON run/VERB sailing/NOUN courses/NOUN for/PREP carers/NOUN"},
		// A word WordNet's texts never tagged, before people in the plural, names their trade; before a thing, it opens an imperative.
		{"Shrimp fishers in Sark with steady work.", "Shrimp/NOUN fishers/NOUN in/PREP Sark/PROPN with/PREP steady/ADJ work/NOUN"},
		// A plural straight before a comma after a plural subject ends its phrase: no verb of a name stops short of its object.
		{"Hamlets along Chile's Andes trails, earning a living.", "Hamlets/NOUN along/PREP Chile's/PROPN Andes/PROPN trails/NOUN earning/VERB a/DET living/NOUN"},
		// A place's noun after a plural subject, then a word never seen as a noun: that word is the subject's verb, not a noun the place word describes.
		{"So that young climbers in the north climb safely all winter.", "So/SCONJ that/SCONJ young/ADJ climbers/NOUN in/PREP the/DET north/NOUN climb/VERB safely/ADV all/DET winter/NOUN"},
		// Three phrases joined by commas and "and" open the sentence: a plural subject, and a plain verb agrees with it; after an age's bound, a word nearly always a verb is the next verb.
		{"Weekly drills, soft balls and a sprung floor let members over seventy keep playing.", "Weekly/ADJ drills/NOUN soft/ADJ balls/NOUN and/CONJ a/DET sprung/ADJ floor/NOUN let/VERB members/NOUN over/PREP seventy/NUM keep/VERB playing/VERB"},
		// No compound runs on from a plural: a word nearly always a plain verb, then the determiner of its object.
		{"So nurses coming off night shifts get a hot breakfast.", "So/SCONJ nurses/NOUN coming/VERB off/ADV night/NOUN shifts/NOUN get/VERB a/DET hot/ADJ breakfast/NOUN"},
		// The object of a verb right after "we" (or of its preposition) ends before a plural: no second verb follows in that clause.
		{"We take on the bookings, rotas and insurance of volunteer castle guides in Wells.", "We/PRON take/VERB on/PREP the/DET bookings/NOUN rotas/NOUN and/CONJ insurance/NOUN of/PREP volunteer/ADJ castle/NOUN guides/NOUN in/PREP Wells/PROPN"},
		// "it" or an object pronoun takes no plain verb: a word that may also say how, before its preposition, says it.
		{"We bake them fresh and sell them direct to cafés.", "We/PRON bake/VERB them/PRON fresh/ADJ and/CONJ sell/VERB them/PRON direct/ADJ to/PREP cafés/NOUN"},
		// No past verb opens a sentence without its subject: a participle before a noun describes it; two phrases joined by "and" are a plural subject, and a plain verb agrees with them.
		{"Subtitled screenings and a loop system give hard-of-hearing fans the whole film.", "Subtitled/ADJ screenings/NOUN and/CONJ a/DET loop/NOUN system/NOUN give/VERB hard-of-hearing/ADJ fans/NOUN the/DET whole/ADJ film/NOUN"},
		// A noun, a second phrase with its own determiner, and a word far more often a verb before a comma: a relative clause without "that".
		{"Shelters get every penny our quiz nights raise, and more.", "Shelters/NOUN get/VERB every/DET penny/NOUN our/DET quiz/NOUN nights/NOUN raise/VERB and/CONJ more/ADV"},
		// A plain verb after a modal, then "and": a word far more often a verb, before its preposition, is the second verb.
		{"A market where families can order from farms and collect from a hall.", "A/DET market/NOUN where/SCONJ families/NOUN can/MODAL order/VERB from/PREP farms/NOUN and/CONJ collect/VERB from/PREP a/DET hall/NOUN"},
		// After only adjectives, a singular that counts needs a determiner to be a subject: the "-s" word after it is its plural.
		{"Narrow gauge lines across Wales.", "Narrow/ADJ gauge/NOUN lines/NOUN across/PREP Wales/PROPN"},
		// No "-s" verb opens a sentence with a participle straight after it: a plural, described.
		{"Bats hunting over every pond.", "Bats/NOUN hunting/VERB over/PREP every/DET pond/NOUN"},
		// A list of plurals with no verb yet goes on: an "-ing" word after "and" describes the next plural.
		{"Hedgehogs and nesting wrens in every hedge.", "Hedgehogs/NOUN and/CONJ nesting/ADJ wrens/NOUN in/PREP every/DET hedge/NOUN"},
		// After a verb that takes a bare one, people and where they are: a word that may be a verb, before its object, is theirs.
		{"Our app lets walkers on the Cleveland Way book a bunkhouse bed.", "Our/DET app/NOUN lets/VERB walkers/NOUN on/PREP the/DET Cleveland/PROPN Way/PROPN book/VERB a/DET bunkhouse/NOUN bed/NOUN"},
		{"Our app lets walkers in the northern dales book a bunkhouse bed.", "Our/DET app/NOUN lets/VERB walkers/NOUN in/PREP the/DET northern/ADJ dales/NOUN book/VERB a/DET bunkhouse/NOUN bed/NOUN"},
		// A name after a fronted phrase opens its clause as a name opening the sentence does: its "-s" word is its verb. A bare singular right after a preposition is no subject: the plural after it is the phrase's head.
		{"On Tuesdays, Ashgrove Hall hosts refugee teenagers for games.", "On/PREP Tuesdays/PROPN Ashgrove/PROPN Hall/PROPN hosts/VERB refugee/NOUN teenagers/NOUN for/PREP games/NOUN"},
		{"A homework club with student volunteers for every refugee teenager in Hull.", "A/DET homework/NOUN club/NOUN with/PREP student/NOUN volunteers/NOUN for/PREP every/DET refugee/NOUN teenager/NOUN in/PREP Hull/PROPN"},
		// A participle on people, past where they are, leaves them waiting for their verb: a word nearly always a verb is it.
		{"Families in Salford facing sudden eviction get free advice.", "Families/NOUN in/PREP Salford/PROPN facing/VERB sudden/ADJ eviction/NOUN get/VERB free/ADJ advice/NOUN"},
		// A word WordNet does not know, a noun and "-ly", is an adjective, as "weekly" is.
		{"Through termly swap days, the trust keeps pupils in uniform.", "Through/PREP termly/ADJ swap/NOUN days/NOUN the/DET trust/NOUN keeps/VERB pupils/NOUN in/PREP uniform/NOUN"},
		// A capitalised plural opening a sentence before an "-s" verb and its object is a name, not that verb's subject.
		{"Lamplighters runs weekly sailing sessions for carers.", "Lamplighters/PROPN runs/VERB weekly/ADJ sailing/NOUN sessions/NOUN for/PREP carers/NOUN"},
		// A causative's object ends at a semicolon: after it, a determiner, a singular and an "-s" word are a new clause's subject and verb.
		{"We build small wind turbines; the income pays for boilers.", "We/PRON build/VERB small/ADJ wind/NOUN turbines/NOUN the/DET income/NOUN pays/VERB for/ADV boilers/NOUN"},
		// A sentence with no verb of its own: a word after a plural for people that may be their verb, before a preposition, is it.
		{"Skye's island walkers camp in under an hour with our pitch maps.", "Skye's/PROPN island/NOUN walkers/NOUN camp/VERB in/PREP under/PREP an/DET hour/NOUN with/PREP our/DET pitch/NOUN maps/NOUN"},
		// After a subordinator, an "-ing" word before a plural and its plain verb with an object modifies the plural.
		{"A hall where visiting families order tea.", "A/DET hall/NOUN where/SCONJ visiting/ADJ families/NOUN order/VERB tea/NOUN"},
		// A word far more often an adverb, after a verb's object and before a comma, says how; the name after the comma is the next clause's subject.
		{"To feed their lizards well, Tarn Insect Farm raises crickets.", "To/PART feed/VERB their/DET lizards/NOUN well/ADV Tarn/PROPN Insect/PROPN Farm/PROPN raises/VERB crickets/NOUN"},
		// A causative nearly always a verb, after a noun, before a noun phrase and a plain verb: the verb, its object and what they do.
		{"Lessons late at night let Hull's dock workers learn.", "Lessons/NOUN late/ADJ at/PREP night/NOUN let/VERB Hull's/PROPN dock/NOUN workers/NOUN learn/VERB"},
		// A noun and a participle of running after a hyphen say who runs the noun after them: a modifier, not an imperative.
		{"Crofter-run mills spin tweed.", "Crofter-run/ADJ mills/NOUN spin/VERB tweed/NOUN"},
		// After a place of business, an "-ing" word hardly ever a noun, with an object, is what the place does.
		{"We are a bike café serving coffee and cake.", "We/PRON are/VERB a/DET bike/NOUN café/NOUN serving/VERB coffee/NOUN and/CONJ cake/NOUN"},
		// A list of adjectives said of something goes on as adjectives, though WordNet has nouns of the words; not before a noun.
		{"We keep rowing cheap, sociable and possible in winter.", "We/PRON keep/VERB rowing/NOUN cheap/ADJ sociable/ADJ and/CONJ possible/ADJ in/PREP winter/NOUN"},
		// "that" before an "-s" verb is a relative pronoun, so the word before it is a noun, not an imperative.
		{"Light that cheers patients.", "Light/NOUN that/SCONJ cheers/VERB patients/NOUN"},
		// "bees" is no regular form of "be", whose forms WordNet lists.
		{"Healthy bees in every orchard.", "Healthy/ADJ bees/NOUN in/PREP every/DET orchard/NOUN"},
		// A name before a plural hardly ever a verb modifies it, unless an object follows.
		{"Fellside walls in every dale.", "Fellside/PROPN walls/NOUN in/PREP every/DET dale/NOUN"},
		{"Castwell hosts radio plays for creators.", "Castwell/PROPN hosts/VERB radio/NOUN plays/NOUN for/PREP creators/NOUN"},
		// After a name and its determiner, a plural that owns the next noun opens that noun's phrase, so the "-s" word is the verb.
		{"The Northgate Co-op pools members' ploughs.", "The/DET Northgate/PROPN Co-op/PROPN pools/VERB members/NOUN ploughs/NOUN"},
		// A closed compound WordNet lacks, ending in an irregular plural, is that plural.
		{"Marsham schoolchildren plant the hedges.", "Marsham/PROPN schoolchildren/NOUN plant/VERB the/DET hedges/NOUN"},
		// An adjective before a verb's "-s" form makes no modifier: how the work is done.
		{"Kilnholm Smokehouse cold-smokes trout for delis.", "Kilnholm/PROPN Smokehouse/PROPN cold-smokes/VERB trout/NOUN for/PREP delis/NOUN"},
		// A participle's object, and the places and times after it, then the subject's verb.
		{"So that shift workers crossing the river at dawn get a hot breakfast.", "So/SCONJ that/SCONJ shift/NOUN workers/NOUN crossing/VERB the/DET river/NOUN at/PREP dawn/NOUN get/VERB a/DET hot/ADJ breakfast/NOUN"},
		// After a causative and a singular, a word that may be a noun before a plain verb is the compound's noun.
		{"To make every bedside loan take a minute.", "To/PART make/VERB every/DET bedside/NOUN loan/NOUN take/VERB a/DET minute/NOUN"},
		{"To help carers file claims.", "To/PART help/VERB carers/NOUN file/VERB claims/NOUN"},
		// Mostly an adverb, before a plain verb far more often a verb, with its object.
		{"So people who can't drive to a multiplex still get a night out.", "So/SCONJ people/NOUN who/SCONJ can't/MODAL drive/VERB to/PREP a/DET multiplex/ADJ still/ADV get/VERB a/DET night/NOUN out/PREP"},
		// Two "-ing" words joined by "and" after a noun, with an object: participles, not a compound.
		{"Every Wold parish saving and sharing seed.", "Every/DET Wold/PROPN parish/NOUN saving/VERB and/CONJ sharing/VERB seed/NOUN"},
		// After a comma and "then", the next step: a verb and its object.
		{"We raise seedlings for three years, then hand the young trees to schools.", "We/PRON raise/VERB seedlings/NOUN for/PREP three/NUM years/NOUN then/ADV hand/VERB the/DET young/ADJ trees/NOUN to/PREP schools/NOUN"},
		// A new clause after "and": its subject with an adjective, its verb, its object; not when "and" joins two adjectives.
		{"Girls, beginners and older riders get the same welcome.", "Girls/NOUN beginners/NOUN and/CONJ older/ADJ riders/NOUN get/VERB the/DET same/ADJ welcome/NOUN"},
		{"Give solo and small-firm lawyers back their evenings.", "Give/VERB solo/ADJ and/CONJ small-firm/ADJ lawyers/NOUN back/ADV their/DET evenings/NOUN"},
		// After a singular and "who", an "-s" word is the relative's verb, though mostly a plural noun.
		{"So that every child who lives in the valley can swim.", "So/SCONJ that/SCONJ every/DET child/NOUN who/SCONJ lives/VERB in/PREP the/DET valley/NOUN can/MODAL swim/VERB"},
		// After an adjective with no determiner, "to" opens an infinitive: no object of the verb before ends there.
		{"Our learners leave able to read payslips.", "Our/DET learners/NOUN leave/VERB able/ADJ to/PART read/VERB payslips/NOUN"},
		// After a plural, a past participle and "by" with its phrase, a plain verb is the plural's: no compound runs on past the agent.
		{"Families affected by sickle cell talk to a nurse each week.", "Families/NOUN affected/VERB by/PREP sickle/NOUN cell/NOUN talk/VERB to/PREP a/DET nurse/NOUN each/DET week/NOUN"},
		// Before the relative clause's modal, a word that may be an adverb is one.
		{"Pupils who still can't swim get lessons each week.", "Pupils/NOUN who/SCONJ still/ADV can't/MODAL swim/VERB get/VERB lessons/NOUN each/DET week/NOUN"},
		// After a label's number ("Year 6"), a word nearly always a verb is the subject's verb, not more of the phrase.
		{"Girls who cannot swim by Year 6 get lessons each week.", "Girls/NOUN who/SCONJ cannot/MODAL swim/VERB by/PREP Year/PROPN 6/NUM get/VERB lessons/NOUN each/DET week/NOUN"},
		// A comma between two adjectives of one noun does not open a list's item: the gerund after "and" joins the gerund before.
		{"We run classes for new dads, teaching ten quick, cheap meals and building friendships.", "We/PRON run/VERB classes/NOUN for/PREP new/ADJ dads/NOUN teaching/VERB ten/NUM quick/ADJ cheap/ADJ meals/NOUN and/CONJ building/VERB friendships/NOUN"},
		// In a list of nouns, an "-ing" word before its item's noun names a kind of thing; in a list of gerunds it is one.
		{"We deliver blankets, kettles, cleaning kits and a week's groceries.", "We/PRON deliver/VERB blankets/NOUN kettles/NOUN cleaning/NOUN kits/NOUN and/CONJ a/DET week's/NOUN groceries/NOUN"},
		// After "and" and how often ("a month"), a plain verb is the same subject's next verb.
		{"Members pay £5 a month and share tools.", "Members/NOUN pay/VERB 5/NUM a/DET month/NOUN and/CONJ share/VERB tools/NOUN"},
		// A plain verb form before "by" and its phrase, after a preposition's noun, is the participle.
		{"New rowers train in evening sessions run by the club's coaches.", "New/ADJ rowers/NOUN train/VERB in/PREP evening/NOUN sessions/NOUN run/VERB by/PREP the/DET club's/NOUN coaches/NOUN"},
		// After "makes sure", a plural of people WordNet's texts never use as a verb is the clause's subject, not its verb.
		{"The Tool Shed makes sure new allotment tenants in Leeds grow something.", "The/DET Tool/PROPN Shed/PROPN makes/VERB sure/ADJ new/ADJ allotment/NOUN tenants/NOUN in/PREP Leeds/PROPN grow/VERB something/PRON"},
		// After a participle earlier in the sentence, an "-ing" word joined to an adjective where a noun phrase opens describes the noun too.
		{"By signing every show, we let deaf and hearing audiences laugh together.", "By/PREP signing/VERB every/DET show/NOUN we/PRON let/VERB deaf/ADJ and/CONJ hearing/ADJ audiences/NOUN laugh/VERB together/ADV"},
		// A word hardly ever a noun, with its object, after a word that may be a noun for people, is that noun's participle.
		{"We are a village-owned co-operative laying fibre to homes.", "We/PRON are/VERB a/DET village-owned/ADJ co-operative/NOUN laying/VERB fibre/NOUN to/PREP homes/NOUN"},
		{"We are a community co-operative running the village shop.", "We/PRON are/VERB a/DET community/NOUN co-operative/NOUN running/VERB the/DET village/NOUN shop/NOUN"},
		// Not a word often a noun itself: the kind of scheme.
		{"We are a cooperative farming scheme in Kent.", "We/PRON are/VERB a/DET cooperative/ADJ farming/NOUN scheme/NOUN in/PREP Kent/PROPN"},
		{"We hold an annual general meeting each June.", "We/PRON hold/VERB an/DET annual/ADJ general/ADJ meeting/NOUN each/DET June/PROPN"},
		// An "-ing" word that opens the sentence with the noun after it, one noun in WordNet, is no gerund.
		{"Hearing loss in older shoppers will be caught early.", "Hearing/NOUN loss/NOUN in/PREP older/ADJ shoppers/NOUN will/MODAL be/VERB caught/VERB early/ADJ"},
		// After a fronted time and its comma, an "-s" word that may be a plural opens the clause as its subject.
		{"Every month, volunteers from the library visit the prison.", "Every/DET month/NOUN volunteers/NOUN from/PREP the/DET library/NOUN visit/VERB the/DET prison/NOUN"},
		// A list of plain verbs after "we" goes on to a word no dictionary holds, in a verb's place before its object.
		{"We clear, mend and waymark 90 miles of the coast path.", "We/PRON clear/VERB mend/VERB and/CONJ waymark/VERB 90/NUM miles/NOUN of/PREP the/DET coast/NOUN path/NOUN"},
		// After "where", a participle before a noun and its verb describes the noun, the clause's subject.
		{"A valley where injured wildlife is found quickly.", "A/DET valley/NOUN where/SCONJ injured/ADJ wildlife/NOUN is/VERB found/VERB quickly/ADV"},
		// After a comma that closes a clause, an "-ing" verb that mostly takes an object, before people, is that verb; not "working families", a modifier.
		{"We grow vegetables on the roof, feeding patients and nurses.", "We/PRON grow/VERB vegetables/NOUN on/PREP the/DET roof/NOUN feeding/VERB patients/NOUN and/CONJ nurses/NOUN"},
		{"We run clubs for children, working families and pensioners.", "We/PRON run/VERB clubs/NOUN for/PREP children/NOUN working/ADJ families/NOUN and/CONJ pensioners/NOUN"},
		// Capitalised words joined by "&" name a firm.
		{"Hammer & Hers trains welders.", "Hammer/PROPN Hers/PROPN trains/VERB welders/NOUN"},
		// No noun stands right before "every": an "-ing" word there is the verb whose object it opens.
		{"A ferry timetable covering every island pier.", "A/DET ferry/NOUN timetable/NOUN covering/VERB every/DET island/NOUN pier/NOUN"},
		// After a preposition and adjectives, an "-ing" word before another preposition is the phrase's noun.
		{"We teach adults through free one-to-one tutoring in libraries.", "We/PRON teach/VERB adults/NOUN through/PREP free/ADJ one-to-one/ADJ tutoring/NOUN in/PREP libraries/NOUN"},
		// After "by" that no participle takes, a joined "-ing" word and its object are the means; after a participle, "by" names the agent.
		{"We cut fuel bills by bulk-buying heating oil.", "We/PRON cut/VERB fuel/NOUN bills/NOUN by/PREP bulk-buying/VERB heating/NOUN oil/NOUN"},
		{"Nests taken by ground-nesting birds.", "Nests/NOUN taken/VERB by/PREP ground-nesting/ADJ birds/NOUN"},
		// After people in the plural, a plain verb before the determiner or number its object opens with.
		{"Each winter, our wardens clear forty miles of path.", "Each/DET winter/NOUN our/DET wardens/NOUN clear/VERB forty/NUM miles/NOUN of/PREP path/NOUN"},
		{"Each week our nurses phone heart patients at home.", "Each/DET week/NOUN our/DET nurses/NOUN phone/VERB heart/NOUN patients/NOUN at/PREP home/NOUN"},
		// "to" before a word far more often an adjective, and its noun, is a preposition.
		{"Free support to single parents.", "Free/ADJ support/NOUN to/PREP single/ADJ parents/NOUN"},
		// A sentence that opens with "our" and a name of nouns needs a verb: its "-s" word before an object.
		{"Our village shop cooperative shares vans and staff.", "Our/DET village/NOUN shop/NOUN cooperative/NOUN shares/VERB vans/NOUN and/CONJ staff/NOUN"},
		// At a sentence's start, an "-ing" verb that seldom takes an object, before people, says what they do; one that mostly does is the verb.
		{"Fishing families in Looe earning a living again.", "Fishing/NOUN families/NOUN in/PREP Looe/PROPN earning/VERB a/DET living/NOUN again/ADV"},
		{"Training families to cook on a budget.", "Training/VERB families/NOUN to/PART cook/VERB on/PREP a/DET budget/NOUN"},
		// People in the plural after a noun, then an adverb and a plain verb: the subject's noun, not its verb.
		{"A town where hospice nurses never have to choose.", "A/DET town/NOUN where/SCONJ hospice/NOUN nurses/NOUN never/ADV have/VERB to/PART choose/VERB"},
		// A quantifier floats between a plural subject and its verb.
		{"A harbour where divers and anglers all carry a radio.", "A/DET harbour/NOUN where/SCONJ divers/NOUN and/CONJ anglers/NOUN all/DET carry/VERB a/DET radio/NOUN"},
		// Two nouns, then plural people who open the sentence, then their verb.
		{"Cave rescue volunteers visit every school in Settle.", "Cave/NOUN rescue/NOUN volunteers/NOUN visit/VERB every/DET school/NOUN in/PREP Settle/PROPN"},
		// After a pronoun that counts people, or "it", the "-s" word is the verb that agrees with it: a pronoun takes no noun.
		{"So no one faces eviction alone.", "So/SCONJ no/DET one/PRON faces/VERB eviction/NOUN alone/ADV"},
		// An adjective joined to a plural noun is that noun, not a modifier; joined to a singular, a modifier.
		{"A town where ex-offenders are trusted.", "A/DET town/NOUN where/SCONJ ex-offenders/NOUN are/VERB trusted/VERB"},
		{"We serve low-income households.", "We/PRON serve/VERB low-income/ADJ households/NOUN"},
		// After a determiner, a joined word no dictionary holds, before an adjective and its noun, is a modifier too.
		{"The go-to online shop for every hill runner.", "The/DET go-to/ADJ online/ADJ shop/NOUN for/PREP every/DET hill/NOUN runner/NOUN"},
		// After "every", a word that is a person's noun and a comparative is the noun when a verb follows; an adjective before a noun.
		{"Every cleaner working nights will have a lift home.", "Every/DET cleaner/NOUN working/VERB nights/NOUN will/MODAL have/VERB a/DET lift/NOUN home/ADJ"},
		{"No cleaner walks home alone.", "No/DET cleaner/NOUN walks/VERB home/NOUN alone/ADV"},
		{"Every cleaner street in Leeds.", "Every/DET cleaner/ADJ street/NOUN in/PREP Leeds/PROPN"},
		// After a plural, the "-s" word may be the relative's subject: "who" is its object.
		{"We lend to farmers who banks turn away.", "We/PRON lend/VERB to/PREP farmers/NOUN who/SCONJ banks/NOUN turn/VERB away/ADV"},
		// After a causative's object, a word before a comma is its state; after it, a list of states.
		{"To make school chess fair, friendly and fun.", "To/PART make/VERB school/NOUN chess/NOUN fair/ADJ friendly/ADJ and/CONJ fun/NOUN"},
		// A word far more often a verb than an adjective opens an imperative, though a noun follows.
		{"Cut food waste on the high street.", "Cut/VERB food/NOUN waste/NOUN on/PREP the/DET high/ADJ street/NOUN"},
		{"Clean water for every village.", "Clean/ADJ water/NOUN for/PREP every/DET village/NOUN"},
		// A singular noun takes no plain verb: before a preposition, a word that may also describe does.
		{"We buy fleece direct from hill farms.", "We/PRON buy/VERB fleece/NOUN direct/ADJ from/PREP hill/NOUN farms/NOUN"},
		// "as" after the opening noun phrase, before another, is the role it speaks in.
		{"Our mission as the club's crew is to lend boats.", "Our/DET mission/NOUN as/PREP the/DET club's/NOUN crew/NOUN is/VERB to/PART lend/VERB boats/NOUN"},
		// After "and", a word as often a noun as a verb, after a list of a preposition's nouns, goes on the list.
		{"We run huts for walkers, climbers and ski tourers.", "We/PRON run/VERB huts/NOUN for/PREP walkers/NOUN climbers/NOUN and/CONJ ski/NOUN tourers/NOUN"},
		// A second "-ing" word, mostly a verb, with a bare object: the second participle.
		{"We run huts, buying food from farms and keeping prices low.", "We/PRON run/VERB huts/NOUN buying/VERB food/NOUN from/PREP farms/NOUN and/CONJ keeping/VERB prices/NOUN low/ADJ"},
		// After a verb, a hyphenated "-ing" word that opens with a noun, with no noun after it, is a craft: the object.
		{"We pass hand-spinning on to apprentices.", "We/PRON pass/VERB hand-spinning/NOUN on/PREP to/PREP apprentices/NOUN"},
		{"We teach sign-writing to school leavers.", "We/PRON teach/VERB sign-writing/NOUN to/PREP school/NOUN leavers/NOUN"},
		// A subject, a relative clause without "that" (its subject and verb), then the subject's own verb.
		{"So the money each walker spends stays in the valley.", "So/SCONJ the/DET money/NOUN each/DET walker/NOUN spends/VERB stays/VERB in/PREP the/DET valley/NOUN"},
		{"The boats our members build sail on the Tay.", "The/DET boats/NOUN our/DET members/NOUN build/VERB sail/VERB on/PREP the/DET Tay/PROPN"},
		// A phrase that names a time says when, not who: no relative clause, and the "-s" word is the object.
		{"So the crew each spring brings boats to the slipway.", "So/SCONJ the/DET crew/NOUN each/DET spring/NOUN brings/VERB boats/NOUN to/PREP the/DET slipway/NOUN"},
		// "every" takes no plural head: the "-s" word after its noun is the verb.
		{"A village where every orchard is picked and every household shares in the cider.", "A/DET village/NOUN where/SCONJ every/DET orchard/NOUN is/VERB picked/VERB and/CONJ every/DET household/NOUN shares/VERB in/PREP the/DET cider/NOUN"},
		// An "-s" word that opens the sentence before "that" is a plural the clause describes.
		{"Sails that last twice as long.", "Sails/NOUN that/SCONJ last/VERB twice/ADV as/PREP long/ADJ"},
		// After a plural and its relative "that", a word that may be a verb and no noun after it: the relative's verb.
		{"Boots that last for decades.", "Boots/NOUN that/SCONJ last/VERB for/PREP decades/NOUN"},
		// A past that is also a verb's base form of its own ("lay", of "lie" and "lay") is a verb after "to".
		{"We teach apprentices of every age to lay hedges.", "We/PRON teach/VERB apprentices/NOUN of/PREP every/DET age/NOUN to/PART lay/VERB hedges/NOUN"},
		// A relative clause without "that" may end with its preposition; the main verb follows.
		{"Every street we work on looks cared for.", "Every/DET street/NOUN we/PRON work/VERB on/PREP looks/VERB cared/VERB for/ADV"},
		// After what a verb of carrying takes, "to" and a noun with a plural after it say where.
		{"We take a mobile library to care homes.", "We/PRON take/VERB a/DET mobile/ADJ library/NOUN to/PREP care/NOUN homes/NOUN"},
		// "no longer" is one adverb: the verb after it is the relative's.
		{"Patients who no longer drive keep their own teeth.", "Patients/NOUN who/SCONJ no/ADV longer/ADV drive/VERB keep/VERB their/DET own/ADJ teeth/NOUN"},
		// After a giving verb's first object and a name that says where it is, an adjective opens the second object;
		// an "-ing" word there is what the people do.
		{"We give residents in Hexham clean, mended clothes.", "We/PRON give/VERB residents/NOUN in/PREP Hexham/PROPN clean/ADJ mended/ADJ clothes/NOUN"},
		{"To get stroke survivors in Fife moving again.", "To/PART get/VERB stroke/NOUN survivors/NOUN in/PREP Fife/PROPN moving/VERB again/ADV"},
		// After a plural, a verb of seeming in its plain form and what it seems.
		{"People living in care homes feel dignified.", "People/NOUN living/VERB in/PREP care/NOUN homes/NOUN feel/VERB dignified/ADJ"},
		// An adjective that never stands before a noun ends its noun's phrase: the verb follows.
		{"Every family afloat passes through the lock safely.", "Every/DET family/NOUN afloat/ADJ passes/VERB through/ADV the/DET lock/NOUN safely/ADV"},
		// Mostly an adverb, before an "-ing" word that is hardly anything but a verb.
		{"Stone walls still standing in the dale.", "Stone/ADJ walls/NOUN still/ADV standing/VERB in/PREP the/DET dale/NOUN"},
		// After a verb that takes a bare verb and the people it lets (and where they are), a verb and its object.
		{"Our app lets tenants in Hull book a repair.", "Our/DET app/NOUN lets/VERB tenants/NOUN in/PREP Hull/PROPN book/VERB a/DET repair/NOUN"},
		// "before" opens a clause when a singular noun and a word nearly always a verb's "-s" form follow.
		{"Every form is filed before the officer leaves the site.", "Every/DET form/NOUN is/VERB filed/VERB before/SCONJ the/DET officer/NOUN leaves/VERB the/DET site/NOUN"},
		// "once" before a past verb inside a relative clause is an adverb ("formerly"), no clause's opener.
		{"We help towns that once mined coal to build solar farms.", "We/PRON help/VERB towns/NOUN that/SCONJ once/ADV mined/VERB coal/NOUN to/PART build/VERB solar/ADJ farms/NOUN"},
		// Likewise before a modal, "have" or "be": the relative clause goes on without a subject.
		{"Bees rescued from swarms that once would have been destroyed.", "Bees/NOUN rescued/VERB from/PREP swarms/NOUN that/SCONJ once/ADV would/MODAL have/VERB been/VERB destroyed/VERB"},
		// After a modal, "once" is an adverb too.
		{"Bees rescued from swarms that would once have been destroyed.", "Bees/NOUN rescued/VERB from/PREP swarms/NOUN that/SCONJ would/MODAL once/ADV have/VERB been/VERB destroyed/VERB"},
		// An opening "-ing" word before a plural, a modal and a verb of doing says which: the plural is the subject.
		{"Farming villages will share one tractor.", "Farming/NOUN villages/NOUN will/MODAL share/VERB one/NUM tractor/NOUN"},
		{"Helping farmers will be our work.", "Helping/VERB farmers/NOUN will/MODAL be/VERB our/DET work/NOUN"},
		// A capitalised preposition inside the name that opens a statement, before its verb, is part of the name.
		{"Bells Above keeps a register of every ring in Devon.", "Bells/PROPN Above/PROPN keeps/VERB a/DET register/NOUN of/PREP every/DET ring/NOUN in/PREP Devon/PROPN"},
		// A statement that opens with "To" and a list of verbs opens with its verbs.
		{"To breed and register rare sheep in the dales.", "To/PART breed/VERB and/CONJ register/VERB rare/ADJ sheep/NOUN in/PREP the/DET dales/NOUN"},
		// "to" after "our mission is" or "we exist" opens the statement's verb, however often the word is a noun.
		{"Our mission is to house young carers in Leeds.", "Our/DET mission/NOUN is/VERB to/PART house/VERB young/ADJ carers/NOUN in/PREP Leeds/PROPN"},
		// A plural opening a sentence before a word nearly always a plain verb, with its object: the plural is the subject.
		{"Volunteers collect requests on the wards.", "Volunteers/NOUN collect/VERB requests/NOUN on/PREP the/DET wards/NOUN"},
		{"Volunteers repair old bikes.", "Volunteers/NOUN repair/VERB old/ADJ bikes/NOUN"},
		{"Young carers meet monthly at the youth club.", "Young/ADJ carers/NOUN meet/VERB monthly/ADV at/PREP the/DET youth/NOUN club/NOUN"},
		{"Lifeboat volunteers in their sixties and seventies stay on the crew.", "Lifeboat/NOUN volunteers/NOUN in/PREP their/DET sixties/NOUN and/CONJ seventies/NOUN stay/VERB on/PREP the/DET crew/NOUN"},
		{"Our offer: cheap lessons and exam-day lifts for learners.", "Our/DET offer/NOUN cheap/ADJ lessons/NOUN and/CONJ exam-day/NOUN lifts/NOUN for/PREP learners/NOUN"},
		{"Jetties with non-slip decking and handrails will line the loch.", "Jetties/NOUN with/PREP non-slip/NOUN decking/NOUN and/CONJ handrails/NOUN will/MODAL line/VERB the/DET loch/NOUN"},
		{"We keep the valley's past alive.", "We/PRON keep/VERB the/DET valley's/NOUN past/NOUN alive/ADJ"},
		{"tidegauge.js turns raw readings into tide tables.", "tidegauge.js/NOUN turns/VERB raw/ADJ readings/NOUN into/PREP tide/NOUN tables/NOUN"},
		{"Bustle gives market traders in Fife a weekly report of their sales.", "Bustle/PROPN gives/VERB market/NOUN traders/NOUN in/PREP Fife/PROPN a/DET weekly/ADJ report/NOUN of/PREP their/DET sales/NOUN"},
		{"Craft skills stay alive and buses run on time.", "Craft/NOUN skills/NOUN stay/VERB alive/ADJ and/CONJ buses/NOUN run/VERB on/PREP time/NOUN"},
		{"Every foster child grows up near the river and leaves care with a trade.", "Every/DET foster/ADJ child/NOUN grows/VERB up/ADV near/PREP the/DET river/NOUN and/CONJ leaves/VERB care/NOUN with/PREP a/DET trade/NOUN"},
		{"Tinderbox makes new plays for teenagers.", "Tinderbox/PROPN makes/VERB new/ADJ plays/NOUN for/PREP teenagers/NOUN"},
		{"We run free cricket coaching in parks.", "We/PRON run/VERB free/ADJ cricket/NOUN coaching/NOUN in/PREP parks/NOUN"},
		{"The mills of the valley will all be working again by 2040.", "The/DET mills/NOUN of/PREP the/DET valley/NOUN will/MODAL all/ADV be/VERB working/VERB again/ADV by/PREP 2040/NUM"},
		{"Our crews have each passed the sea survival course.", "Our/DET crews/NOUN have/VERB each/ADV passed/VERB the/DET sea/NOUN survival/NOUN course/NOUN"},
		{"Volunteers mend 200 bikes a year.", "Volunteers/NOUN mend/VERB 200/NUM bikes/NOUN a/DET year/NOUN"},
		// A word the dictionary knows only as a noun, after "we" and before "them": the verb.
		{"We text them the moment a sailing changes.", "We/PRON text/VERB them/PRON the/DET moment/NOUN a/DET sailing/NOUN changes/VERB"},
		// The first item of a list of things after a colon ends at its comma: an "-s" word there is a plural.
		{"We help farmers earn grants: free autumn surveys, a clear report and a mentor.", "We/PRON help/VERB farmers/NOUN earn/VERB grants/NOUN free/ADJ autumn/NOUN surveys/NOUN a/DET clear/ADJ report/NOUN and/CONJ a/DET mentor/NOUN"},
		// A plural described by an adjective and its "of": no verb but one that links takes them.
		{"Village greens full of wild flowers.", "Village/NOUN greens/NOUN full/ADJ of/PREP wild/ADJ flowers/NOUN"},
		// A plural opens the clause after "that" and takes the modal; "once again" is one adverb.
		{"Our vision is that ferries will once again sail to Rathlin.", "Our/DET vision/NOUN is/VERB that/SCONJ ferries/NOUN will/MODAL once/ADV again/ADV sail/VERB to/PREP Rathlin/PROPN"},
		// A plural ends a ditransitive's first object; the second opens with a list of adjectives.
		{"We give parents of young twins clear, friendly advice.", "We/PRON give/VERB parents/NOUN of/PREP young/ADJ twins/NOUN clear/ADJ friendly/ADJ advice/NOUN"},
		// A name of the form "X of the Y" opens the sentence, and its "-s" verb follows though X is plural.
		{"Keepers of the Tarn helps walkers find the path.", "Keepers/PROPN of/PREP the/DET Tarn/PROPN helps/VERB walkers/NOUN find/VERB the/DET path/NOUN"},
		// A name in title case opens the sentence: a plural before its "-s" verb and object, or words that read as a verb and an adverb, are the name's.
		{"Keys on the Kerb rescues unwanted pianos.", "Keys/PROPN on/PREP the/DET Kerb/PROPN rescues/VERB unwanted/ADJ pianos/NOUN"},
		{"Risen Together serves older residents.", "Risen/PROPN Together/PROPN serves/VERB older/ADJ residents/NOUN"},
		// The same shape with a plural verb is a subject and a place.
		{"Children in the Highlands get a free pass.", "Children/NOUN in/PREP the/DET Highlands/PROPN get/VERB a/DET free/ADJ pass/NOUN"},
		// A group of people opens the sentence, then its plain verb and a plural object.
		{"Staff play records on request.", "Staff/NOUN play/VERB records/NOUN on/PREP request/NOUN"},
		// In a list of things after a colon, an item's "-s" word after its first noun is the noun's compound.
		{"We get new radio hams on the air: free licence classes every spring, loan radios for a year and a Tuesday net.", "We/PRON get/VERB new/ADJ radio/NOUN hams/NOUN on/PREP the/DET air/NOUN free/ADJ licence/NOUN classes/NOUN every/DET spring/NOUN loan/NOUN radios/NOUN for/PREP a/DET year/NOUN and/CONJ a/DET Tuesday/PROPN net/NOUN"},
		// A ditransitive's second object may open with an adjective, a comma, and an adverb and a participle.
		{"We give clubs in the dales regular, fairly refereed matches.", "We/PRON give/VERB clubs/NOUN in/PREP the/DET dales/NOUN regular/ADJ fairly/ADV refereed/ADJ matches/NOUN"},
		// After a causative, an "-ing" word that is no noun, before a plural for people, is their participle.
		{"We get holidaying families playing together.", "We/PRON get/VERB holidaying/ADJ families/NOUN playing/VERB together/ADV"},
		// After a comma, a relative's word that may be a plain verb, with no noun after it, is its verb.
		{"We make boots by hand, in Thirsk, that last for decades.", "We/PRON make/VERB boots/NOUN by/PREP hand/NOUN in/PREP Thirsk/PROPN that/SCONJ last/VERB for/PREP decades/NOUN"},
		// WordNet's plural of a hyphenated noun is a noun, not its last part ("by").
		{"We tune pianos for passers-by.", "We/PRON tune/VERB pianos/NOUN for/PREP passers-by/NOUN"},
		// A hyphenated word WordNet knows only as an adverb modifies the noun after it.
		{"We offer half-price hire.", "We/PRON offer/VERB half-price/ADJ hire/NOUN"},
		{"The Friends of Lowther Park runs a café for walkers.", "The/DET Friends/PROPN of/PREP Lowther/PROPN Park/PROPN runs/VERB a/DET café/NOUN for/PREP walkers/NOUN"},
		// "Every" takes no plural head: after its phrase, a ditransitive's second object starts.
		{"We give every night porter instant replies.", "We/PRON give/VERB every/DET night/NOUN porter/NOUN instant/ADJ replies/NOUN"},
		// A determiner opening a singular phrase, a name in it, then an "-s" verb: a clause without "that".
		{"We keep the forms every Tolbury parish council uses.", "We/PRON keep/VERB the/DET forms/NOUN every/DET Tolbury/PROPN parish/NOUN council/NOUN uses/VERB"},
		// After someone, an "-ing" word hardly ever a noun, with an object: what they do.
		{"Each visit ends with a nurse visiting patients at home.", "Each/DET visit/NOUN ends/VERB with/PREP a/DET nurse/NOUN visiting/VERB patients/NOUN at/PREP home/NOUN"},
		// A word no dictionary knows, capitalised first, before "does", "is" or "will": a name.
		{"Tillwise does the payroll for village shops.", "Tillwise/PROPN does/VERB the/DET payroll/NOUN for/PREP village/NOUN shops/NOUN"},
		// An acronym that names a kind of made thing is no name.
		{"We give pharmacists a simple API.", "We/PRON give/VERB pharmacists/NOUN a/DET simple/ADJ API/NOUN"},
		// "Make sure" takes a clause, as "ensure" does: its subject is the noun before the place phrase, and its "-s" verb agrees with it.
		{"We make sure every pupil at Harland's village schools gets a hot lunch.", "We/PRON make/VERB sure/ADJ every/DET pupil/NOUN at/PREP Harland's/PROPN village/NOUN schools/NOUN gets/VERB a/DET hot/ADJ lunch/NOUN"},
		{"We ensure every pupil at the village schools gets a hot lunch.", "We/PRON ensure/VERB every/DET pupil/NOUN at/PREP the/DET village/NOUN schools/NOUN gets/VERB a/DET hot/ADJ lunch/NOUN"},
		// A subject found before all its phrases keeps its verb: the noun before the last phrase is not the subject.
		{"Parents of children with asthma in Dudley book a nurse through us.", "Parents/NOUN of/PREP children/NOUN with/PREP asthma/NOUN in/PREP Dudley/PROPN book/VERB a/DET nurse/NOUN through/PREP us/PRON"},
		// An opening word that may be a verb, before an "-s" word hardly ever a noun: the subject, not an imperative.
		{"Rescue comes first for every seal.", "Rescue/NOUN comes/VERB first/NUM for/PREP every/DET seal/NOUN"},
		// Inside a sentence not in title case, a capital makes a modal a name: a month, a place.
		{"We count the puffins each May on the Isle of May.", "We/PRON count/VERB the/DET puffins/NOUN each/DET May/PROPN on/PREP the/DET Isle/PROPN of/PREP May/PROPN"},
		// A proportion or a multiple counts the noun after it: "in", "out of", "times as many" join numbers.
		{"Three in four turtles will swim.", "Three/NUM in/NUM four/NUM turtles/NOUN will/MODAL swim/VERB"},
		{"Nine out of ten drivers pass.", "Nine/NUM out/NUM of/NUM ten/NUM drivers/NOUN pass/VERB"},
		{"Three times as many chicks will fledge.", "Three/NUM times/NUM as/NUM many/DET chicks/NOUN will/MODAL fledge/VERB"},
		// A plural noun before a participle with its object is the subject, not an "-s" verb.
		{"School groups visiting the museum get a tour.", "School/NOUN groups/NOUN visiting/VERB the/DET museum/NOUN get/VERB a/DET tour/NOUN"},
		// After a relative clause that ends with a name, the main verb.
		{"We help estates that let fishing on the Wye fill their beats.", "We/PRON help/VERB estates/NOUN that/SCONJ let/VERB fishing/NOUN on/PREP the/DET Wye/PROPN fill/VERB their/DET beats/NOUN"},
		// After a clause's predicate and a comma, a participle and its object, not a noun.
		{"We keep a ferryman's year busy, booking guided crossings for walkers.", "We/PRON keep/VERB a/DET ferryman's/NOUN year/NOUN busy/ADJ booking/VERB guided/ADJ crossings/NOUN for/PREP walkers/NOUN"},
		// After a relative clause and its object's list, the antecedent's own verb, though it is also a noun.
		{"Tenants who use wheelchairs or walking frames need a clear path to the lift.", "Tenants/NOUN who/SCONJ use/VERB wheelchairs/NOUN or/CONJ walking/ADJ frames/NOUN need/VERB a/DET clear/ADJ path/NOUN to/PREP the/DET lift/NOUN"},
		// "then" between a subject and its verb is when, not WordNet's noun.
		{"Parish councils then know which elms need work.", "Parish/NOUN councils/NOUN then/ADV know/VERB which/SCONJ elms/NOUN need/VERB work/NOUN"},
		// A plural count after "so" stands for what it counts: the verb after it is its own.
		{"We ferry hedgehogs across the bypass, so hundreds reach their nests.", "We/PRON ferry/VERB hedgehogs/NOUN across/PREP the/DET bypass/NOUN so/SCONJ hundreds/NUM reach/VERB their/DET nests/NOUN"},
		// An opening "-ing" word before a plural, its place phrase and a plain verb with an object says which: the plural is the subject.
		{"Sailing clubs on the Tyne buy their own dinghies with our loans.", "Sailing/NOUN clubs/NOUN on/PREP the/DET Tyne/PROPN buy/VERB their/DET own/ADJ dinghies/NOUN with/PREP our/DET loans/NOUN"},
		// A bare singular noun that opens the sentence is no subject: the plural after it, hardly ever a verb, is the noun it modifies.
		{"Hut holidays within reach of porters.", "Hut/NOUN holidays/NOUN within/PREP reach/NOUN of/PREP porters/NOUN"},
		// But a word often a verb after a mass noun is its verb.
		{"Water flows freely through every valley.", "Water/NOUN flows/VERB freely/ADV through/PREP every/DET valley/NOUN"},
		// A capitalised word with "'s" is a name's, though the word is also a verb.
		{"One day, Stoke's potters will fire their own kilns.", "One/NUM day/NOUN Stoke's/PROPN potters/NOUN will/MODAL fire/VERB their/DET own/ADJ kilns/NOUN"},
		// After a semicolon a clause opens: a plural, its place phrase and its plain verb.
		{"We knit the blankets; volunteers in Ulverston sew them.", "We/PRON knit/VERB the/DET blankets/NOUN volunteers/NOUN in/PREP Ulverston/PROPN sew/VERB them/PRON"},
		// After "where", a noun and the plurals joined to it run on to their verb: the subject's nouns.
		{"We run winter courses where canal volunteers and apprentices learn to lay a hedge.", "We/PRON run/VERB winter/NOUN courses/NOUN where/SCONJ canal/NOUN volunteers/NOUN and/CONJ apprentices/NOUN learn/VERB to/PART lay/VERB a/DET hedge/NOUN"},
		// An "-s" word all but never a noun is the verb after any noun, a plural's too.
		{"No child sleeping in doorways goes hungry.", "No/DET child/NOUN sleeping/VERB in/PREP doorways/NOUN goes/VERB hungry/ADJ"},
		// A participle and its agent after the plural it describes.
		{"Families hurt by debt in Wigan will get their weekends back.", "Families/NOUN hurt/VERB by/PREP debt/NOUN in/PREP Wigan/PROPN will/MODAL get/VERB their/DET weekends/NOUN back/ADV"},
		// A particle after the first object's place phrase, before the second object.
		{"We give young carers in Barnsley back the weekends.", "We/PRON give/VERB young/ADJ carers/NOUN in/PREP Barnsley/PROPN back/ADV the/DET weekends/NOUN"},
		// "such as" gives examples of the noun before it: "such" opens no phrase of its own.
		{"We keep old breeds such as the Herdwick alive.", "We/PRON keep/VERB old/ADJ breeds/NOUN such/ADV as/PREP the/DET Herdwick/PROPN alive/ADJ"},
		// An adverb between "to" and its verb.
		{"We want every child to still have a library.", "We/PRON want/VERB every/DET child/NOUN to/PART still/ADV have/VERB a/DET library/NOUN"},
		// A determiner's phrase ends on its noun before a grammar word, though the word is more often an adjective.
		{"We sell the Cornish pasty in Truro.", "We/PRON sell/VERB the/DET Cornish/PROPN pasty/NOUN in/PREP Truro/PROPN"},
		// No modal follows a preposition: "may" there is the hawthorn's blossom.
		{"Lanes white with may in spring.", "Lanes/NOUN white/ADJ with/PREP may/NOUN in/PREP spring/NOUN"},
		// "ourselves" is a pronoun, as "themselves" is.
		{"We cook and jar them ourselves.", "We/PRON cook/VERB and/CONJ jar/VERB them/PRON ourselves/PRON"},
		// A word and a participle joined by a hyphen make a modifier.
		{"We give ground-nesting birds a quiet season.", "We/PRON give/VERB ground-nesting/ADJ birds/NOUN a/DET quiet/ADJ season/NOUN"},
		// After a relative clause whose object is a pronoun, the main verb: "act" is no noun there.
		{"The wardens who ring them act on the count.", "The/DET wardens/NOUN who/SCONJ ring/VERB them/PRON act/VERB on/PREP the/DET count/NOUN"},
		// After ", which means", a word WordNet's texts hardly ever use as a verb is the subject's noun, not its verb.
		{"We clear the locks, which means boat-hire companies in Stoke open in March.", "We/PRON clear/VERB the/DET locks/NOUN which/SCONJ means/VERB boat-hire/NOUN companies/NOUN in/PREP Stoke/PROPN open/VERB in/PREP March/PROPN"},
		// A group of people with a plain verb, when WordNet lists the phrasal verb it opens.
		{"Our night staff look after every guest.", "Our/DET night/NOUN staff/NOUN look/VERB after/ADV every/DET guest/NOUN"},
		// A relative whose verb takes no "-s" has a plural antecedent: the "-s" word before it is a noun.
		{"Our promise: qualified tutors and reading plans that never rush a child.", "Our/DET promise/NOUN qualified/ADJ tutors/NOUN and/CONJ reading/NOUN plans/NOUN that/SCONJ never/ADV rush/VERB a/DET child/NOUN"},
		// After "and", before "them", a word no dictionary knows stands where a verb does.
		{"Our members collect stray hives and rehome them.", "Our/DET members/NOUN collect/VERB stray/ADJ hives/NOUN and/CONJ rehome/VERB them/PRON"},
		// Nothing but a verb stands right after a modal: a word WordNet knows only as a noun is one used as a verb.
		{"Small firms can prototype and launch in a week.", "Small/ADJ firms/NOUN can/MODAL prototype/VERB and/CONJ launch/VERB in/PREP a/DET week/NOUN"},
		// The subject's noun, an adverb, its place phrase, then its verb.
		{"We lend books so that children far from a library keep reading.", "We/PRON lend/VERB books/NOUN so/SCONJ that/SCONJ children/NOUN far/ADV from/PREP a/DET library/NOUN keep/VERB reading/VERB"},
		// An "-s" verb takes no plain verb after it: before "never climb", the plural noun is the subject.
		{"A city where night porters never climb a stair alone.", "A/DET city/NOUN where/SCONJ night/NOUN porters/NOUN never/ADV climb/VERB a/DET stair/NOUN alone/ADV"},
		// No preposition stands between a determiner and its noun: "till" is the noun there.
		{"Every feature of this till system saves a minute.", "Every/DET feature/NOUN of/PREP this/DET till/NOUN system/NOUN saves/VERB a/DET minute/NOUN"},
		// But a quantity may stand alone before one.
		{"We teach children all over the world.", "We/PRON teach/VERB children/NOUN all/PRON over/PREP the/DET world/NOUN"},
		// An "-s" word opening a statement before its place phrase and a modal is the subject, not a verb.
		{"Volunteers along the Tarn will know every path by heart.", "Volunteers/NOUN along/PREP the/DET Tarn/PROPN will/MODAL know/VERB every/DET path/NOUN by/PREP heart/NOUN"},
		// In a list of things after a colon, a word that may be a verb before a noun describes it.
		{"To get anxious swimmers into the sea: small groups, calm coves, warm huts.", "To/PART get/VERB anxious/ADJ swimmers/NOUN into/PREP the/DET sea/NOUN small/ADJ groups/NOUN calm/ADJ coves/NOUN warm/ADJ huts/NOUN"},
		// "Make sure" is no causative with an object: its clause has a subject and an "-s" verb.
		{"We make sure no farmer faces a hard winter alone.", "We/PRON make/VERB sure/ADJ no/DET farmer/NOUN faces/VERB a/DET hard/ADJ winter/NOUN alone/ADV"},
		// No verb takes a subject across a colon: after "it:", a noun phrase opens.
		{"We coach for the love of it: qualified coaches, safe slopes.", "We/PRON coach/VERB for/PREP the/DET love/NOUN of/PREP it/PRON qualified/ADJ coaches/NOUN safe/ADJ slopes/NOUN"},
		// No "-s" verb stands right after a verb: a word WordNet knows only as a verb is its noun there.
		{"We record podcasts for village halls.", "We/PRON record/VERB podcasts/NOUN for/PREP village/NOUN halls/NOUN"},
		// Not after a verb's "-s" form, which may close a relative clause before the main verb.
		{"Every family who stays thrives.", "Every/DET family/NOUN who/SCONJ stays/VERB thrives/VERB"},
		// After a verb that takes a bare one and the people it lets, a verb with its object, though the word is mostly a noun.
		{"We let carers book respite care online.", "We/PRON let/VERB carers/NOUN book/VERB respite/NOUN care/NOUN online/ADJ"},
		// A command before a name that modifies its object: no word after the name can be a verb.
		{"Show Ashby customers exactly when each repair is due.", "Show/VERB Ashby/PROPN customers/NOUN exactly/ADV when/SCONJ each/DET repair/NOUN is/VERB due/ADJ"},
		// After "and", before "them", a noun used as a verb, as English does.
		{"Pennyroyal lets tenants report a leak and texts them a visit time.", "Pennyroyal/PROPN lets/VERB tenants/NOUN report/VERB a/DET leak/NOUN and/CONJ texts/VERB them/PRON a/DET visit/NOUN time/NOUN"},
		// After a relative clause that ends with its verb, an "-s" word that agrees with the antecedent is the main verb.
		{"Every porter who stays to help comes home on the last bus.", "Every/DET porter/NOUN who/SCONJ stays/VERB to/PART help/VERB comes/VERB home/NOUN on/PREP the/DET last/ADJ bus/NOUN"},
		// After a state and a comma, a verb that is no noun goes on a list of verbs; a statement that opens "To" and a verb opens with its verb.
		{"To keep walkers safe, deter thefts and repair stiles.", "To/PART keep/VERB walkers/NOUN safe/ADJ deter/VERB thefts/NOUN and/CONJ repair/VERB stiles/NOUN"},
		{"To champion hill farming in the dales.", "To/PART champion/VERB hill/NOUN farming/NOUN in/PREP the/DET dales/NOUN"},
		// "until" before a determined phrase and an "-s" word that agrees with it opens a clause.
		{"We will not rest until every school in the county runs on solar power.", "We/PRON will/MODAL not/PART rest/VERB until/SCONJ every/DET school/NOUN in/PREP the/DET county/NOUN runs/VERB on/PREP solar/ADJ power/NOUN"},
		// After a determiner and a name, a word that can be a noun before a verb's "-s" form is the noun the name modifies.
		{"The Hollin co-operative bakes, packs and sells bread for thirty village shops.", "The/DET Hollin/PROPN co-operative/NOUN bakes/VERB packs/VERB and/CONJ sells/VERB bread/NOUN for/PREP thirty/NUM village/NOUN shops/NOUN"},
		// After "when" and a determiner, the clause needs its subject and then its verb, though "needs" is mostly a noun.
		{"When a resident needs a repair, they will see an engineer within a day.", "When/SCONJ a/DET resident/NOUN needs/VERB a/DET repair/NOUN they/PRON will/MODAL see/VERB an/DET engineer/NOUN within/PREP a/DET day/NOUN"},
		// After "and", a verb before "anyone"; a causative's object may run long before its new state.
		{"We keep four hundred years of manor and parish records safe, and help anyone tracing a family.", "We/PRON keep/VERB four/NUM hundred/NUM years/NOUN of/PREP manor/NOUN and/CONJ parish/NOUN records/NOUN safe/ADJ and/CONJ help/VERB anyone/PRON tracing/VERB a/DET family/NOUN"},
		// What the people are, after the pronoun that names them.
		{"Anyone lost, hurt or stranded on the fells.", "Anyone/PRON lost/ADJ hurt/ADJ or/CONJ stranded/ADJ on/PREP the/DET fells/NOUN"},
		// A compound no dictionary holds describes the activity after it.
		{"We make cross-channel sailing as simple for families as catching a bus.", "We/PRON make/VERB cross-channel/NOUN sailing/NOUN as/PREP simple/ADJ for/PREP families/NOUN as/PREP catching/NOUN a/DET bus/NOUN"},
		// An "-ing" word that ends its phrase names the activity.
		{"We help adults read through free, small-group tutoring.", "We/PRON help/VERB adults/NOUN read/VERB through/PREP free/ADJ small-group/NOUN tutoring/NOUN"},
		// A verb of seeming, then what it seems.
		{"Filing a claim for a small firm feels as easy as paying a bill.", "Filing/VERB a/DET claim/NOUN for/PREP a/DET small/ADJ firm/NOUN feels/VERB as/PREP easy/ADJ as/PREP paying/ADJ a/DET bill/NOUN"},
		// The passive goes on past an adverb; "to" and an "-ing" verb with its object.
		{"Every rider is carefully checked before each race and insured for every fall.", "Every/DET rider/NOUN is/VERB carefully/ADV checked/VERB before/PREP each/DET race/NOUN and/CONJ insured/VERB for/PREP every/DET fall/NOUN"},
		{"Every step, from booking a ferry to paying the harbour fee, takes one tap.", "Every/DET step/NOUN from/PREP booking/VERB a/DET ferry/NOUN to/PREP paying/VERB the/DET harbour/NOUN fee/NOUN takes/VERB one/NUM tap/NOUN"},
		// A comma ends the object; the next verb of the list, mostly a verb, takes its preposition.
		{"We teach English, help with forms, and stand beside them in court.", "We/PRON teach/VERB English/NOUN help/VERB with/PREP forms/NOUN and/CONJ stand/VERB beside/PREP them/PRON in/PREP court/NOUN"},
		// After "and", a word mostly an adjective before "of" describes.
		{"We ferry patients to the mainland around the clock and free of charge.", "We/PRON ferry/VERB patients/NOUN to/PREP the/DET mainland/NOUN around/PREP the/DET clock/NOUN and/CONJ free/ADJ of/PREP charge/NOUN"},
		// After a relative clause on "those", the plain verb that agrees with it is the main verb.
		{"Fares are halved for night nurses, so those who look after others keep more of their pay.", "Fares/NOUN are/VERB halved/VERB for/PREP night/NOUN nurses/NOUN so/SCONJ those/DET who/SCONJ look/VERB after/ADV others/NOUN keep/VERB more/ADV of/PREP their/DET pay/NOUN"},
		// "whose" and its noun are a relative clause's subject, and its verb follows.
		{"We are a group of six bakeries in Leith whose bakers mill their own flour.", "We/PRON are/VERB a/DET group/NOUN of/PREP six/NUM bakeries/NOUN in/PREP Leith/PROPN whose/DET bakers/NOUN mill/VERB their/DET own/ADJ flour/NOUN"},
		// "before" a plural noun and a plain verb with its object opens a clause.
		{"Repairs are booked before tenants need a plumber.", "Repairs/NOUN are/VERB booked/VERB before/SCONJ tenants/NOUN need/VERB a/DET plumber/NOUN"},
		// After "that", the relative clause's subject (with a place's phrase) before its modal.
		{"We sell kits that bike shops in rural Wales can fit in an hour.", "We/PRON sell/VERB kits/NOUN that/SCONJ bike/NOUN shops/NOUN in/PREP rural/ADJ Wales/PROPN can/MODAL fit/VERB in/PREP an/DET hour/NOUN"},
		// A place's phrase inside the subject before its modal; a participle among a noun's adjectives.
		{"The Guild exists so that retired miners in the Rhondda valleys can claim what they are owed.", "The/DET Guild/PROPN exists/VERB so/SCONJ that/SCONJ retired/ADJ miners/NOUN in/PREP the/DET Rhondda/PROPN valleys/NOUN can/MODAL claim/VERB what/DET they/PRON are/VERB owed/VERB"},
		{"We make sure that blind, partially sighted and dyslexic readers can borrow the same books.", "We/PRON make/VERB sure/ADJ that/SCONJ blind/ADJ partially/ADV sighted/ADJ and/CONJ dyslexic/ADJ readers/NOUN can/MODAL borrow/VERB the/DET same/ADJ books/NOUN"},
		// After a relative clause that ends with when, the main verb.
		{"Adults who left school early first time round get a second chance at Halden College.", "Adults/NOUN who/SCONJ left/VERB school/NOUN early/ADJ first/NUM time/NOUN round/ADJ get/VERB a/DET second/NUM chance/NOUN at/PREP Halden/PROPN College/PROPN"},
		// A word nearly always a verb, after a singular noun, before its object.
		{"Paying for a ferry ticket takes one tap.", "Paying/VERB for/ADV a/DET ferry/NOUN ticket/NOUN takes/VERB one/NUM tap/NOUN"},
		// A two-word adverb of other classes' words; after the comma, the next verb of the list with its object; "per cent" is one noun.
		{"We fund each game up front, handle ports and marketing, and give creators 70 per cent of net revenue.", "We/PRON fund/VERB each/DET game/NOUN up/ADV front/ADV handle/VERB ports/NOUN and/CONJ marketing/NOUN and/CONJ give/VERB creators/NOUN 70/NUM per/NOUN cent/NOUN of/PREP net/ADJ revenue/NOUN"},
		// A comma ends "until"'s phrase; after it, the next "-s" verb of the list with its object.
		{"The shop stays open until 9pm, stocks what villagers ask for and sells it at town prices.", "The/DET shop/NOUN stays/VERB open/ADJ until/PREP 9pm/NOUN stocks/VERB what/DET villagers/NOUN ask/VERB for/ADV and/CONJ sells/VERB it/PRON at/PREP town/NOUN prices/NOUN"},
		// A participle with where its phrase goes; mostly an adverb, before a verb that can be nothing else.
		{"Prints are sold with 70 per cent of each sale going to the artist.", "Prints/NOUN are/VERB sold/VERB with/PREP 70/NUM per/NOUN cent/NOUN of/PREP each/DET sale/NOUN going/VERB to/PREP the/DET artist/NOUN"},
		{"In our town no small nonprofit still relies on paper forms.", "In/PREP our/DET town/NOUN no/DET small/ADJ nonprofit/ADJ still/ADV relies/VERB on/PREP paper/NOUN forms/NOUN"},
		// The verb a question's "do" goes with.
		{"Why do commuters dread the morning train?", "Why/NOUN do/VERB commuters/NOUN dread/VERB the/DET morning/NOUN train/VERB"},
		// No adjective is a subject: a capitalised first word before a verb that is mostly one is a name.
		{"Threadbare helps market traders in Leeds price their stock.", "Threadbare/PROPN helps/VERB market/NOUN traders/NOUN in/PREP Leeds/PROPN price/VERB their/DET stock/NOUN"},
		// A second "-s" verb, mostly a verb, with its preposition.
		{"Kestrel Works places apprentices in local firms and pays for the tools they need.", "Kestrel/PROPN Works/PROPN places/VERB apprentices/NOUN in/PREP local/ADJ firms/NOUN and/CONJ pays/VERB for/ADV the/DET tools/NOUN they/PRON need/VERB"},
		// "to" after a statement's word, before a verb, is the infinitive's.
		{"We are a small studio on a mission to craft simple websites.", "We/PRON are/VERB a/DET small/ADJ studio/NOUN on/PREP a/DET mission/NOUN to/PART craft/VERB simple/ADJ websites/NOUN"},
		// An "-ing" subject, then its verb.
		{"Scheduling turns a clinic's booking requests into rotas.", "Scheduling/VERB turns/VERB a/DET clinic's/NOUN booking/NOUN requests/NOUN into/PREP rotas/NOUN"},
		// A modal's spelling after a determiner is a noun.
		{"Our vision is that writing a will feels ordinary.", "Our/DET vision/NOUN is/VERB that/SCONJ writing/VERB a/DET will/NOUN feels/VERB ordinary/ADJ"},
		// After a noun and a comma, a word before its preposition describes: a comma parts no subject from its verb.
		{"Clean beaches, open to everyone.", "Clean/ADJ beaches/NOUN open/ADJ to/PREP everyone/PRON"},
		// "once every two years": how often, not a clause's opener.
		{"We inspect every bridge at least once every two years and repair it.", "We/PRON inspect/VERB every/DET bridge/NOUN at/PREP least/NOUN once/ADV every/DET two/NUM years/NOUN and/CONJ repair/VERB it/PRON"},
		// "Anyone", then a preposition's phrase, then an "-s" word before a determiner: anyone's verb.
		{"We see to it that anyone on the estate gets their repair within a week.", "We/PRON see/VERB to/PREP it/PRON that/SCONJ anyone/PRON on/PREP the/DET estate/NOUN gets/VERB their/DET repair/NOUN within/PREP a/DET week/NOUN"},
		// After "and", before an "it" no verb follows, a noun used as a verb.
		{"Fernside collects each unwanted piano in Kirkby, repairs it with volunteers, and sells it cheaply to a village hall.", "Fernside/PROPN collects/VERB each/DET unwanted/ADJ piano/NOUN in/PREP Kirkby/PROPN repairs/VERB it/PRON with/PREP volunteers/NOUN and/CONJ sells/VERB it/PRON cheaply/ADV to/PREP a/DET village/NOUN hall/NOUN"},
		// Before an "it" a verb follows, a noun: "it" opens a clause that describes it.
		{"We visit farmers and the markets it serves each week.", "We/PRON visit/VERB farmers/NOUN and/CONJ the/DET markets/NOUN it/PRON serves/VERB each/DET week/NOUN"},
		// "hasn't" is "has" and its negation; no phrase runs on past a colon.
		{"Our aim hasn't changed much: a ferry every hour.", "Our/DET aim/NOUN hasn't/VERB changed/VERB much/ADV a/DET ferry/NOUN every/DET hour/NOUN"},
		// After a relative clause and its object, the main verb with its own object, though the word mostly describes; "women" is a plural.
		{"The women who grow the beans own the mill.", "The/DET women/NOUN who/SCONJ grow/VERB the/DET beans/NOUN own/VERB the/DET mill/NOUN"},
		// After a relative clause's bare verb, a verb that agrees with the plural antecedent is the main verb.
		{"The families who fish get a fair price.", "The/DET families/NOUN who/SCONJ fish/VERB get/VERB a/DET fair/ADJ price/NOUN"},
		// A list of "-s" verbs that share one object, after a subject and no verb.
		{"Our co-operative mills, grades and sells its members' wool.", "Our/DET co-operative/NOUN mills/VERB grades/VERB and/CONJ sells/VERB its/DET members/NOUN wool/NOUN"},
		// Before "in which", a noun a clause describes, not a bare verb after "see" and its object.
		{"We see a dairy trade in which farmers set the price.", "We/PRON see/VERB a/DET dairy/NOUN trade/NOUN in/PREP which/SCONJ farmers/NOUN set/VERB the/DET price/NOUN"},
		// A name in the possessive that opens the sentence is the shop's, and an "-s" verb with an object follows it.
		{"St Brannock's gives the people of the moor a nurse within the hour.", "St/PROPN Brannock's/PROPN gives/VERB the/DET people/NOUN of/PREP the/DET moor/NOUN a/DET nurse/NOUN within/PREP the/DET hour/NOUN"},
		// "right the first time": how, not a noun.
		{"We fix boilers right the first time.", "We/PRON fix/VERB boilers/NOUN right/ADV the/DET first/NUM time/NOUN"},
		// A capital inside a word makes it a name, wherever it stands.
		{"Our aim: FarmLedger pays growers within a day.", "Our/DET aim/NOUN FarmLedger/PROPN pays/VERB growers/NOUN within/PREP a/DET day/NOUN"},
		// After a range of numbers, a word nearly always a verb ends it.
		{"Riders aged 10 to 16 get free lessons.", "Riders/NOUN aged/VERB 10/NUM to/PREP 16/NUM get/VERB free/ADJ lessons/NOUN"},
		// A plural, a base verb, then a time alone: the verb and when, not a compound.
		{"Our wardens patrol day and night.", "Our/DET wardens/NOUN patrol/VERB day/NOUN and/CONJ night/NOUN"},
		// No noun phrase runs on into "them": the word before it is a verb.
		{"Our tailors hem them by Friday.", "Our/DET tailors/NOUN hem/VERB them/PRON by/PREP Friday/PROPN"},
		// Before "for" or "to", after a causative's object, the state the object is made.
		{"We make court records open to everyone.", "We/PRON make/VERB court/NOUN records/NOUN open/ADJ to/PREP everyone/PRON"},
		// An adjective joined by "and" to the next, before the noun they share.
		{"We service manual and electric hoists for care homes.", "We/PRON service/VERB manual/ADJ and/CONJ electric/ADJ hoists/NOUN for/PREP care/NOUN homes/NOUN"},
		// A word nearly always a verb, before a determiner, is the verb, and the word before it the noun.
		{"The hamlets along the cut see the water as their garden.", "The/DET hamlets/NOUN along/PREP the/DET cut/NOUN see/VERB the/DET water/NOUN as/PREP their/DET garden/NOUN"},
		// An "-ing" word after a field of work names work in it, not what the field does.
		{"We offer soil chemistry testing to growers.", "We/PRON offer/VERB soil/NOUN chemistry/NOUN testing/NOUN to/PREP growers/NOUN"},
		// A participle after "so that", before a plural and its auxiliary, describes the subject.
		{"We digitise parish records so that damaged registers are read again.", "We/PRON digitise/VERB parish/NOUN records/NOUN so/SCONJ that/SCONJ damaged/ADJ registers/NOUN are/VERB read/VERB again/ADV"},
		// An "-ing" word after an aside between commas, with an object, is a participle.
		{"We see every club, however small, running its own league.", "We/PRON see/VERB every/DET club/NOUN however/ADV small/ADJ running/VERB its/DET own/ADJ league/NOUN"},
		// After a causative's object, its prepositional phrases and their list, the bare verb.
		{"To help clerks in small towns and villages file their returns online.", "To/PART help/VERB clerks/NOUN in/PREP small/ADJ towns/NOUN and/CONJ villages/NOUN file/VERB their/DET returns/NOUN online/ADJ"},
		// After a causative's object and a preposition, a name's next word, mostly a noun, goes on with the name.
		{"We make a small claim at Dunmore court simple.", "We/PRON make/VERB a/DET small/ADJ claim/NOUN at/PREP Dunmore/PROPN court/NOUN simple/ADJ"},
		// A word for a stuff, before a verb of giving, its people and what they get, is a name.
		{"Granite gives quarry workers a pension.", "Granite/PROPN gives/VERB quarry/NOUN workers/NOUN a/DET pension/NOUN"},
		// A participle before "ones", which stands for a noun, describes it.
		{"Second-hand boots as good as bought ones.", "Second-hand/ADJ boots/NOUN as/SCONJ good/ADJ as/PREP bought/ADJ ones/PRON"},
		// A word never tagged as either in WordNet's texts, before a plain noun, opens an imperative; not before a name.
		{"Brew cider that brings the village together.", "Brew/VERB cider/NOUN that/SCONJ brings/VERB the/DET village/NOUN together/ADV"},
		{"Quarry Lane Youth Club opens late.", "Quarry/NOUN Lane/NOUN Youth/NOUN Club/NOUN opens/VERB late/ADJ"},
		// No verb takes a participle straight after it: an opening "-s" word before one is a plural.
		{"Grants paid in days.", "Grants/NOUN paid/VERB in/PREP days/NOUN"},
		// "it" straight after a verb is its object, and an adjective after it the object's new state.
		{"We make it free for lifeboat crews.", "We/PRON make/VERB it/PRON free/ADJ for/PREP lifeboat/NOUN crews/NOUN"},
		// A name, what it is between commas, and the name's verb.
		{"Kelda, the valley's water co-op, pipes clean water to every farm.", "Kelda/PROPN the/DET valley's/NOUN water/NOUN co-op/NOUN pipes/VERB clean/ADJ water/NOUN to/PREP every/DET farm/NOUN"},
		// An "-ing" word after people, mostly a verb, is what they do.
		{"We represent tenants facing eviction.", "We/PRON represent/VERB tenants/NOUN facing/VERB eviction/NOUN"},
		// A word more often an adverb, after a noun with no noun after it, says when.
		{"We send growers results sooner.", "We/PRON send/VERB growers/NOUN results/NOUN sooner/ADV"},
		// After a preposition of means, an "-ing" word far more often a noun, before a noun, is its modifier.
		{"We teach through evening classes.", "We/PRON teach/VERB through/PREP evening/NOUN classes/NOUN"},
		// A verb after its subject, its object after it.
		{"We lend boats to rowing clubs.", "We/PRON lend/VERB boats/NOUN to/PREP rowing/NOUN clubs/NOUN"},
		// A noun newer as a verb than WordNet, where the subject's verb stands before its object.
		{"We text the tide tables to every skipper.", "We/PRON text/VERB the/DET tide/NOUN tables/NOUN to/PREP every/DET skipper/NOUN"},
		// After a causative and a singular noun, an "-s" word is the object's plural head.
		{"The app helps district nurses plan their rounds.", "The/DET app/NOUN helps/VERB district/NOUN nurses/NOUN plan/VERB their/DET rounds/NOUN"},
		// But not across a clause that describes the object: "every order a chef places".
		{"Make every order a chef places arrive by noon.", "Make/VERB every/DET order/NOUN a/DET chef/NOUN places/VERB arrive/VERB by/PREP noon/NOUN"},
		// "to" before a phrasal verb is the infinitive's, however often the verb's first word is a noun.
		{"Our aim is to light up every lane.", "Our/DET aim/NOUN is/VERB to/PART light/VERB up/ADV every/DET lane/NOUN"},
		// A second verb after "and", far more often a verb, before its preposition (here the particle of "pay for").
		{"We send a surveyor within a day and pay for a hotel room.", "We/PRON send/VERB a/DET surveyor/NOUN within/PREP a/DET day/NOUN and/CONJ pay/VERB for/ADV a/DET hotel/NOUN room/NOUN"},
		// A word hardly ever a verb, with no object to take, is no verb.
		{"Good village schools for every child.", "Good/ADJ village/NOUN schools/NOUN for/PREP every/DET child/NOUN"},
		// A verb's stem inside a noun phrase names the head's kind; the plural after it is the head.
		{"We give start-ups more download passes.", "We/PRON give/VERB start-ups/NOUN more/DET download/NOUN passes/NOUN"},
		// A comparison of equals: the adjective between "as" and "as".
		{"We make renting a kayak as easy as a bus ride.", "We/PRON make/VERB renting/VERB a/DET kayak/NOUN as/PREP easy/ADJ as/PREP a/DET bus/NOUN ride/NOUN"},
		// A hyphenated adjective known by its parts is no name at the start.
		{"Storm-proof roofs for every croft.", "Storm-proof/ADJ roofs/NOUN for/PREP every/DET croft/NOUN"},
		// An infinitive's "to", and a bare verb after a causative and its object.
		{"To help people file their taxes.", "To/PART help/VERB people/NOUN file/VERB their/DET taxes/NOUN"},
		// A past participle before "by" describes the noun before it, though WordNet has the word as a noun too.
		{"We run walks led by local guides.", "We/PRON run/VERB walks/NOUN led/VERB by/PREP local/ADJ guides/NOUN"},
		// A verb that hardly ever takes an object opens no imperative before a noun phrase: the word says which people.
		{"Care workers in every Hull street, paid fairly.", "Care/NOUN workers/NOUN in/PREP every/DET Hull/PROPN street/NOUN paid/VERB fairly/ADV"},
		// One that often does still opens an imperative.
		{"Run ferries for islanders in winter.", "Run/VERB ferries/NOUN for/PREP islanders/NOUN in/PREP winter/NOUN"},
		// An "-s" word that names creatures, at the start before a place, is no verb without its subject.
		{"Skylarks over the meadow every spring.", "Skylarks/NOUN over/PREP the/DET meadow/NOUN every/DET spring/NOUN"},
		{"Butchers and fishmongers in Grimsby, with sharp knives.", "Butchers/NOUN and/CONJ fishmongers/NOUN in/PREP Grimsby/PROPN with/PREP sharp/ADJ knives/NOUN"},
		// A grammar word capitalised inside a sentence belongs to a name; the "-s" word after the name is its verb.
		{"Keep It Up trains play specialists to juggle.", "Keep/PROPN It/PROPN Up/PROPN trains/VERB play/NOUN specialists/NOUN to/PART juggle/VERB"},
		// A capitalised word after a number written in letters at the start is part of a name.
		{"Second Spin fixes the washing machines of families.", "Second/NUM Spin/PROPN fixes/VERB the/DET washing/NOUN machines/NOUN of/PREP families/NOUN"},
		// Before "where", a word nearly always a verb is still the bare verb, not a noun a clause describes.
		{"We help households see where their money goes.", "We/PRON help/VERB households/NOUN see/VERB where/SCONJ their/DET money/NOUN goes/VERB"},
		// A present-tense verb after a singular subject with its phrase.
		{"No commuter in the valley waits for a bus.", "No/DET commuter/NOUN in/PREP the/DET valley/NOUN waits/VERB for/PREP a/DET bus/NOUN"},
		// An adjective after a linking verb; a gerund after "by".
		{"Schools stay open by sharing teachers.", "Schools/NOUN stay/VERB open/ADJ by/PREP sharing/VERB teachers/NOUN"},
		// After a verb of giving and its first object, an adjective opens the second.
		{"The app gives night nurses correct drug doses.", "The/DET app/NOUN gives/VERB night/NOUN nurses/NOUN correct/ADJ drug/NOUN doses/NOUN"},
		// A noun modifier before a noun is not the start of a second object.
		{"Coinbox gives credit union members a weekly statement.", "Coinbox/PROPN gives/VERB credit/NOUN union/NOUN members/NOUN a/DET weekly/ADJ statement/NOUN"},
		// "one" after "each", with its verb after it, is a pronoun.
		{"So that each one finds work.", "So/SCONJ that/SCONJ each/DET one/PRON finds/VERB work/NOUN"},
		// An item of a list needs no determiner.
		{"We send reminders, safety alerts and a checklist.", "We/PRON send/VERB reminders/NOUN safety/NOUN alerts/NOUN and/CONJ a/DET checklist/NOUN"},
		// A name of capitalised words; the plural of a compound before its verb.
		{"Harbour Tools lends product teams tools.", "Harbour/PROPN Tools/PROPN lends/VERB product/NOUN teams/NOUN tools/NOUN"},
		// A list of nouns set off by commas, and its last item, are nouns.
		{"We feed porters, cooks and night nurses.", "We/PRON feed/VERB porters/NOUN cooks/NOUN and/CONJ night/NOUN nurses/NOUN"},
		// A noun after "the" and a name is the rest of the name's compound.
		{"The Lantern ferry company sails.", "The/DET Lantern/PROPN ferry/NOUN company/NOUN sails/VERB"},
		// An "-ing" word's compound is no verb.
		// A name no dictionary knows opens the sentence, and its verb follows.
		{"Handwave books a certified interpreter.", "Handwave/PROPN books/VERB a/DET certified/ADJ interpreter/NOUN"},
		// A list of verbs in one form; a name joined by "&".
		{"Kiln & Co collects, fires and returns pottery.", "Kiln/PROPN Co/PROPN collects/VERB fires/VERB and/CONJ returns/VERB pottery/NOUN"},
		// The last of a list of verb phrases is a verb, though WordNet knows a
		// name spelt the same; the last of a list of objects stays a noun.
		{"We lend boats, repair hulls and teach children.", "We/PRON lend/VERB boats/NOUN repair/VERB hulls/NOUN and/CONJ teach/VERB children/NOUN"},
		{"We lend boats, repair hulls and rope.", "We/PRON lend/VERB boats/NOUN repair/VERB hulls/NOUN and/CONJ rope/NOUN"},
		// An adverb between a subject and its verb: the verb stays a verb,
		// and a word that is mostly an adverb is no verb before one.
		{"A stolen guitar never costs them a gig.", "A/DET stolen/ADJ guitar/NOUN never/ADV costs/VERB them/PRON a/DET gig/NOUN"},
		{"Our nurses still visit every patient.", "Our/DET nurses/NOUN still/ADV visit/VERB every/DET patient/NOUN"},
		// A noun in the "-s" form before its phrase and a modal is the
		// subject, after a time that opens the sentence.
		{"One day kids in Lagos will play games.", "One/NUM day/NOUN kids/NOUN in/PREP Lagos/PROPN will/MODAL play/VERB games/NOUN"},
		// The main verb after a relative clause that ends in a noun, when it
		// agrees with the relative's antecedent; a noun otherwise.
		{"Walkers who fall on the crags reach a hospital.", "Walkers/NOUN who/SCONJ fall/VERB on/PREP the/DET crags/NOUN reach/VERB a/DET hospital/NOUN"},
		{"We help people who grow food crops.", "We/PRON help/VERB people/NOUN who/SCONJ grow/VERB food/NOUN crops/NOUN"},
		// A capitalised "-ing" word no dictionary knows, before a name, is
		// part of the name, not a gerund.
		{"Clearwing Games makes games.", "Clearwing/PROPN Games/PROPN makes/VERB games/NOUN"},
		// A capitalised word joined to a name is a name ("Hove" is also a
		// past of "heave"); a list's item may open with its own words.
		{"We fit solar roofs in Brighton and Hove.", "We/PRON fit/VERB solar/ADJ roofs/NOUN in/PREP Brighton/PROPN and/CONJ Hove/PROPN"},
		{"Farmers hear the weather, the market prices and the news.", "Farmers/NOUN hear/VERB the/DET weather/NOUN the/DET market/NOUN prices/NOUN and/CONJ the/DET news/NOUN"},
		// A participle after "so that" modifies the subject before its
		// verb, with no modal too.
		{"We search the crags so that injured walkers and climbers get home.", "We/PRON search/VERB the/DET crags/NOUN so/SCONJ that/SCONJ injured/ADJ walkers/NOUN and/CONJ climbers/NOUN get/VERB home/ADJ"},
		// A preposition before a comma governs nothing: an adverb.
		{"In their first week out, we find them a room.", "In/PREP their/DET first/NUM week/NOUN out/ADV we/PRON find/VERB them/PRON a/DET room/NOUN"},
		// A second verb of the same subject after "and" ("we run … and keep").
		{"We run a ferry to Barra each summer and keep fares low.", "We/PRON run/VERB a/DET ferry/NOUN to/PREP Barra/PROPN each/DET summer/NOUN and/CONJ keep/VERB fares/NOUN low/ADJ"},
		// A capitalised word after a preposition, with nothing after it for
		// a verb to take, is a name ("Reading" the town).
		{"We lend bikes to commuters in Reading, so they can ride.", "We/PRON lend/VERB bikes/NOUN to/PREP commuters/NOUN in/PREP Reading/PROPN so/SCONJ they/PRON can/MODAL ride/VERB"},
		// "To" before a list of verbs, though the first is more often a noun.
		{"To champion, train and house young farmers.", "To/PART champion/VERB train/VERB and/CONJ house/VERB young/ADJ farmers/NOUN"},
		// A verb and the particle WordNet lists it with.
		{"We look after the dogs.", "We/PRON look/VERB after/ADV the/DET dogs/NOUN"},
		{"Our rowing clubs on the loch teach beginners.", "Our/DET rowing/NOUN clubs/NOUN on/PREP the/DET loch/NOUN teach/VERB beginners/NOUN"},
		// A name's compound after "the" is no bare verb after a causative.
		{"We get fresh milk to families in the Eastgate ward.", "We/PRON get/VERB fresh/ADJ milk/NOUN to/PREP families/NOUN in/PREP the/DET Eastgate/PROPN ward/NOUN"},
		// A participle after "so that" modifies the subject before its modal.
		{"We lend vans so that isolated families can move.", "We/PRON lend/VERB vans/NOUN so/SCONJ that/SCONJ isolated/ADJ families/NOUN can/MODAL move/VERB"},
		// An -s word after a relative "that" is its verb; so is a second -s
		// verb of the same subject after "and", before its object.
		{"We make an app for vets that halves waits and gives farmers a slot.", "We/PRON make/VERB an/DET app/NOUN for/PREP vets/NOUN that/SCONJ halves/VERB waits/NOUN and/CONJ gives/VERB farmers/NOUN a/DET slot/NOUN"},
		{"Corvel builds rain gauges and trains parish councils.", "Corvel/PROPN builds/VERB rain/NOUN gauges/NOUN and/CONJ trains/VERB parish/NOUN councils/NOUN"},
		// A plural seldom modifies a plural: the -s word between a singular
		// noun and a plural one is the verb. A noun phrase does not run on
		// into a determiner: a word that agrees with the noun before a
		// preposition, with a determiner after it, is that noun's verb.
		{"Each week, the Corvel CLI team ships templates.", "Each/DET week/NOUN the/DET Corvel/PROPN CLI/PROPN team/NOUN ships/VERB templates/NOUN"},
		{"Bakers in Leith ship their loaves by dawn.", "Bakers/NOUN in/PREP Leith/PROPN ship/VERB their/DET loaves/NOUN by/PREP dawn/NOUN"},
		// A count noun with no determiner is no subject: opening a sentence
		// before an -s verb, it is a name; "Safe" is mostly an adjective,
		// and "harbours" mostly a noun.
		// A participle before the second object of a verb of giving
		// describes it.
		{"We give them donated bikes.", "We/PRON give/VERB them/PRON donated/ADJ bikes/NOUN"},
		// A list of objects before the bare verb of a verb that takes one;
		// an -ing word no dictionary holds as a noun, between a verb and a
		// noun, describes the noun.
		// A noun for a group of people after a plural heads the compound;
		// a verb of the same spelling keeps its object.
		{"The data team ships templates.", "The/DET data/NOUN team/NOUN ships/VERB templates/NOUN"},
		{"Farmers group their orders.", "Farmers/NOUN group/VERB their/DET orders/NOUN"},
		// Adjectives of one noun may be set off by commas, with adverbs.
		{"Every family has a safe, properly heated home.", "Every/DET family/NOUN has/VERB a/DET safe/ADJ properly/ADV heated/ADJ home/NOUN"},
		{"We help tenants and landlords swap glaring bulbs for soft ones.", "We/PRON help/VERB tenants/NOUN and/CONJ landlords/NOUN swap/VERB glaring/ADJ bulbs/NOUN for/PREP soft/ADJ ones/PRON"},
		{"Kestrel currently runs night buses.", "Kestrel/PROPN currently/ADV runs/VERB night/NOUN buses/NOUN"},
		{"Music brings neighbours together.", "Music/NOUN brings/VERB neighbours/NOUN together/ADV"},
		// A unit is counted as a made thing is; a time does not reckon.
		{"Kelvin stores three years of sensor readings for breweries.", "Kelvin/PROPN stores/VERB three/NUM years/NOUN of/PREP sensor/NOUN readings/NOUN for/PREP breweries/NOUN"},
		{"Dusk calculates shift rotas for care homes.", "Dusk/PROPN calculates/VERB shift/NOUN rotas/NOUN for/PREP care/NOUN homes/NOUN"},
		// A participle on people leaves their verb to come.
		{"So men leaving prison start work.", "So/SCONJ men/NOUN leaving/VERB prison/NOUN start/VERB work/NOUN"},
		// "that" after a plural, before a verb's object, is the subject.
		{"We lend crates that cost shops less than boxes.", "We/PRON lend/VERB crates/NOUN that/SCONJ cost/VERB shops/NOUN less/ADV than/PREP boxes/NOUN"},
		{"We keep the tools that radio astronomers use.", "We/PRON keep/VERB the/DET tools/NOUN that/SCONJ radio/NOUN astronomers/NOUN use/VERB"},
		// A word often an adjective, before a noun, after "and" in a list.
		{"We share code among software companies and open source communities.", "We/PRON share/VERB code/NOUN among/PREP software/NOUN companies/NOUN and/CONJ open/ADJ source/NOUN communities/NOUN"},
		{"Brightwave will double its revenue and open offices in Lyon.", "Brightwave/PROPN will/MODAL double/VERB its/DET revenue/NOUN and/CONJ open/VERB offices/NOUN in/PREP Lyon/PROPN"},
		// A comma ends a number's phrase; a participle with its object follows.
		{"We insulate 500 lofts by 2027, cutting their owners' bills in half.", "We/PRON insulate/VERB 500/NUM lofts/NOUN by/PREP 2027/NUM cutting/VERB their/DET owners/NOUN bills/NOUN in/PREP half/PRON"},
		// Two capitalised words before "is", the second a particle: a name.
		{"Hands Together is a co-op of interpreters.", "Hands/PROPN Together/PROPN is/VERB a/DET co-op/NOUN of/PREP interpreters/NOUN"},
		// How often, a comma, then the subject's noun phrase.
		{"Once a month, volunteer fixers mend bikes.", "Once/ADV a/DET month/NOUN volunteer/NOUN fixers/NOUN mend/VERB bikes/NOUN"},
		// A subject, its phrases, and a verb before its object.
		{"So pupils with nowhere quiet at home finish their work.", "So/SCONJ pupils/NOUN with/PREP nowhere/NOUN quiet/ADJ at/PREP home/NOUN finish/VERB their/DET work/NOUN"},
		// A verb that takes a bare verb takes no "-ing" one.
		{"We make payroll boring.", "We/PRON make/VERB payroll/NOUN boring/ADJ"},
		{"Safe harbours for small crews.", "Safe/ADJ harbours/NOUN for/PREP small/ADJ crews/NOUN"},
		// After a preposition, "which" opens a clause whose subject
		// comes first, with its modifiers.
		{"A city in which family-run cafés stay open.", "A/DET city/NOUN in/PREP which/SCONJ family-run/ADJ cafés/NOUN stay/VERB open/ADJ"},
		{"A valley where small farms sell to local shops.", "A/DET valley/NOUN where/SCONJ small/ADJ farms/NOUN sell/VERB to/PREP local/ADJ shops/NOUN"},
		// After a quantity and "of", the noun phrase has its verb.
		{"So more of their time goes to patients.", "So/SCONJ more/ADV of/PREP their/DET time/NOUN goes/VERB to/PREP patients/NOUN"},
		// After a comma, "using" and its object are a means, not a noun phrase.
		{"Help cafés decide what to bake next, using sales data.", "Help/VERB cafés/NOUN decide/VERB what/DET to/PART bake/VERB next/ADJ using/VERB sales/NOUN data/NOUN"},
		// After a causative that takes no bare verb and its object, the
		// object's new state.
		{"Keep the canal clean by testing its water.", "Keep/VERB the/DET canal/NOUN clean/ADJ by/PREP testing/VERB its/DET water/NOUN"},
		// After a name's possessive, an -ing word before a noun is part of
		// the noun phrase, and the -s word after it the verb.
		{"Kelso Library's reading team runs free sessions.", "Kelso/PROPN Library's/PROPN reading/NOUN team/NOUN runs/VERB free/ADJ sessions/NOUN"},
		// A plural's possessive ("patients'") owns the noun phrase after it too.
		{"Every clinic will see its patients' test results.", "Every/DET clinic/NOUN will/MODAL see/VERB its/DET patients/NOUN test/NOUN results/NOUN"},
		// Where the subject's verb stands, a word no dictionary lists as a verb.
		{"We downscale rainfall maps.", "We/PRON downscale/VERB rainfall/NOUN maps/NOUN"},
		// "that" after a name, or before a plural, opens a relative clause.
		{"We lend to cafés in the Fens that big banks refuse.", "We/PRON lend/VERB to/PREP cafés/NOUN in/PREP the/DET Fens/PROPN that/SCONJ big/ADJ banks/NOUN refuse/VERB"},
		// A second verb of the same subject after "and", before its object.
		{"Editors read every novel and give written notes.", "Editors/NOUN read/VERB every/DET novel/NOUN and/CONJ give/VERB written/ADJ notes/NOUN"},
		// A word far more often an adverb says how a verb is done.
		{"Tenants who cannot see well never miss a review.", "Tenants/NOUN who/SCONJ cannot/MODAL see/VERB well/ADV never/ADV miss/VERB a/DET review/NOUN"},
		// "never" goes before a verb: an "-s" word after it is no plural.
		{"Every porter is paid and never faces a shift alone.", "Every/DET porter/NOUN is/VERB paid/VERB and/CONJ never/ADV faces/VERB a/DET shift/NOUN alone/ADV"},
		// People, then a plain verb and its preposition: the people are the subject.
		{"Graduates leave with a city and guilds certificate.", "Graduates/NOUN leave/VERB with/PREP a/DET city/NOUN and/CONJ guilds/NOUN certificate/NOUN"},
		// An adjective with no noun after it describes the word before it,
		// which is a noun though more often an adjective ("fleet"); and a
		// list's last gerund, after "and", opens its item as the others do.
		{"We keep the fleet afloat by mending sails, painting hulls and booking instructors.", "We/PRON keep/VERB the/DET fleet/NOUN afloat/ADJ by/PREP mending/VERB sails/NOUN painting/VERB hulls/NOUN and/CONJ booking/VERB instructors/NOUN"},
		// A list's last gerund after a comma and "and", with a pronoun for
		// its object; and an "-ing" adjective with a comma opening a
		// verbless picture.
		{"Racing model yachts on Holme Mere, and teaching anyone who turns up.", "Racing/VERB model/NOUN yachts/NOUN on/PREP Holme/PROPN Mere/PROPN and/CONJ teaching/VERB anyone/PRON who/SCONJ turns/VERB up/ADV"},
		{"Living, laid hedges along every lane in the Wolds.", "Living/ADJ laid/ADJ hedges/NOUN along/PREP every/DET lane/NOUN in/PREP the/DET Wolds/PROPN"},
		// After a causative's object, the adjective is the state: the word
		// before it is the object's noun, after a noun as after "the".
		{"We make school uniform affordable and free of stigma.", "We/PRON make/VERB school/NOUN uniform/NOUN affordable/ADJ and/CONJ free/ADJ of/PREP stigma/NOUN"},
		// A name after the determiner that opens the sentence, then its
		// verb: a name's plural is no plural subject.
		{"The Fenwick Players stages a pantomime every January.", "The/DET Fenwick/PROPN Players/PROPN stages/VERB a/DET pantomime/NOUN every/DET January/PROPN"},
		// After "so", a clause of result opens with its subject: an "-s"
		// word before a plain verb and its preposition is a plural.
		{"We keep the machines in good repair, so washes stay at a pound.", "We/PRON keep/VERB the/DET machines/NOUN in/PREP good/ADJ repair/NOUN so/SCONJ washes/NOUN stay/VERB at/PREP a/DET pound/NOUN"},
		// A list of nouns after a preposition: an item's modifier after a
		// comma, and an item that opens with its determiner before the "and"
		// that closes the list.
		{"We back the founders with advice, shared kilns, a glaze library and small studio grants.", "We/PRON back/VERB the/DET founders/NOUN with/PREP advice/NOUN shared/ADJ kilns/NOUN a/DET glaze/NOUN library/NOUN and/CONJ small/ADJ studio/NOUN grants/NOUN"},
		// A capitalised "-ing" word after "in" is a place; after the causative's object and its place, a verb before its particle.
		{"We help office workers in Reading slow down.", "We/PRON help/VERB office/NOUN workers/NOUN in/PREP Reading/PROPN slow/VERB down/ADV"},
		// People at a sentence's start, then where they come from: the plural is a noun.
		{"Volunteers from the chapel cook a meal.", "Volunteers/NOUN from/PREP the/DET chapel/NOUN cook/VERB a/DET meal/NOUN"},
		// Every part of a hyphenated word capitalised, outside a title: a name.
		{"Two-Up matches shift workers with drivers.", "Two-Up/PROPN matches/VERB shift/NOUN workers/NOUN with/PREP drivers/NOUN"},
		{"Low-Cost Ferries For Every Island In The Hebrides.", "Low-Cost/ADJ Ferries/NOUN For/PREP Every/DET Island/NOUN In/PREP The/DET Hebrides/NOUN"},
		// A verb and its particle joined by a hyphen make a noun.
		{"We run meet-ups and call-outs for crews.", "We/PRON run/VERB meet-ups/NOUN and/CONJ call-outs/NOUN for/PREP crews/NOUN"},
		// People who open the sentence, named by a word that is also a verb, then where they are from, then their plain verb: no imperative takes people and then a plain verb, unless it takes a bare one.
		{"Support workers from our hub visit older people in Selby.", "Support/NOUN workers/NOUN from/PREP our/DET hub/NOUN visit/VERB older/ADJ people/NOUN in/PREP Selby/PROPN"},
		{"Repair volunteers fix bikes for commuters.", "Repair/NOUN volunteers/NOUN fix/VERB bikes/NOUN for/PREP commuters/NOUN"},
		{"Help farmers in Leeds sell grain.", "Help/VERB farmers/NOUN in/PREP Leeds/PROPN sell/VERB grain/NOUN"},
		// Two modifiers joined by "and", the second graded, before their noun; then, after the people and where they live, the bare verb a causative takes.
		{"We let blind and partially sighted members of Ripon sing the carols.", "We/PRON let/VERB blind/ADJ and/CONJ partially/ADV sighted/ADJ members/NOUN of/PREP Ripon/PROPN sing/VERB the/DET carols/NOUN"},
		// A phrase's word before a comma, with a participle after it, is the phrase's noun, though more often an adjective ("dryer").
		{"We clip horses from a trailer with a hose and dryer, sparing nervous ponies the trip to a yard.", "We/PRON clip/VERB horses/NOUN from/PREP a/DET trailer/NOUN with/PREP a/DET hose/NOUN and/CONJ dryer/NOUN sparing/VERB nervous/ADJ ponies/NOUN the/DET trip/NOUN to/PREP a/DET yard/NOUN"},
		// A word WordNet lacks, before a comma and the next modifier of a noun, is the first of them.
		{"We turn gappy, trampled verges into meadows.", "We/PRON turn/VERB gappy/ADJ trampled/ADJ verges/NOUN into/PREP meadows/NOUN"},
		// Inside a phrase after "at our", a word that is a noun and a verb, before a plain verb with its object, is the phrase's noun.
		{"Traders at our Ripon craft show sell pottery to collectors.", "Traders/NOUN at/PREP our/DET Ripon/PROPN craft/NOUN show/NOUN sell/VERB pottery/NOUN to/PREP collectors/NOUN"},
		// A word WordNet lacks that is "re" and a verb it knows: that verb, done again.
		{"We recut and reroof old barns for hill farmers.", "We/PRON recut/VERB and/CONJ reroof/VERB old/ADJ barns/NOUN for/PREP hill/NOUN farmers/NOUN"},
		// A list of things opens the sentence: its first item ends at the comma; after its plural, a verb that takes a bare one, its object and the bare verb.
		{"Club grants, a loan minibus and a store of spare boots let junior teams in Powys travel to away games.", "Club/NOUN grants/NOUN a/DET loan/NOUN minibus/NOUN and/CONJ a/DET store/NOUN of/PREP spare/ADJ boots/NOUN let/VERB junior/ADJ teams/NOUN in/PREP Powys/PROPN travel/VERB to/PREP away/ADJ games/NOUN"},
		// A list joined by "or" inside a phrase of "of", then a word far more often a verb: the verb of the plural before the phrase.
		{"On Fridays, walkers of any age, fitness or ability meet at the Hope Street gate.", "On/PREP Fridays/PROPN walkers/NOUN of/PREP any/DET age/NOUN fitness/NOUN or/CONJ ability/NOUN meet/VERB at/PREP the/DET Hope/PROPN Street/PROPN gate/NOUN"},
		// A list of people, then a word far more often a plain verb than a noun: the list's verb.
		{"Porters, cooks and night nurses come together for lunch.", "Porters/NOUN cooks/NOUN and/CONJ night/NOUN nurses/NOUN come/VERB together/ADV for/PREP lunch/NOUN"},
		// A comma after a picture's noun phrase (not a fronted phrase of time): an "-ing" word after it is a participle with its object.
		{"A tide-warning platform on every harbour wall, sharing live sea levels with skippers.", "A/DET tide-warning/ADJ platform/NOUN on/PREP every/DET harbour/NOUN wall/NOUN sharing/VERB live/ADJ sea/NOUN levels/NOUN with/PREP skippers/NOUN"},
		// "to" and a word hardly ever a verb, last in the sentence: a preposition and its noun, not an infinitive.
		{"We serve hot soup to walkers.", "We/PRON serve/VERB hot/ADJ soup/NOUN to/PREP walkers/NOUN"},
		{"Our aim is to serve hot soup to people.", "Our/DET aim/NOUN is/VERB to/PART serve/VERB hot/ADJ soup/NOUN to/PREP people/NOUN"},
		// An opening "-ing" word joined by "and" to a noun that is no verb: two nouns for activities.
		{"Rowing and lacrosse in every school in Fife.", "Rowing/NOUN and/CONJ lacrosse/NOUN in/PREP every/DET school/NOUN in/PREP Fife/PROPN"},
		// A capitalised count noun opening the sentence, then a plural, its place and a plain verb: a compound subject, no name and its verb.
		{"Hospice cooks in Leeds work weekends.", "Hospice/NOUN cooks/NOUN in/PREP Leeds/PROPN work/VERB weekends/NOUN"},
		// After a causative, the people it lets and where they are ("in the Netherlands"), the bare verb with its object.
		{"We let deaf walkers in the Peak District book a guide.", "We/PRON let/VERB deaf/ADJ walkers/NOUN in/PREP the/DET Peak/PROPN District/PROPN book/VERB a/DET guide/NOUN"},
		// A participle's object may end on a word that could be a plain verb, when a word far more often a verb follows.
		{"Dog owners facing a hospital stay get a walker.", "Dog/NOUN owners/NOUN facing/VERB a/DET hospital/NOUN stay/NOUN get/VERB a/DET walker/NOUN"},
		// After "so" and a name, a word that may be a noun before a plural, its place and a plain verb: the plural's modifier.
		{"We pay the fare, so Welsh care workers in Chester know they can get home.", "We/PRON pay/VERB the/DET fare/NOUN so/SCONJ Welsh/PROPN care/NOUN workers/NOUN in/PREP Chester/PROPN know/VERB they/PRON can/MODAL get/VERB home/ADJ"},
		// A preposition takes a noun before any plain verb after it: "on request", then the verb after "and".
		{"Staff play records on request and run a club.", "Staff/NOUN play/VERB records/NOUN on/PREP request/NOUN and/CONJ run/VERB a/DET club/NOUN"},
		// A group of people after a verb that keeps or lets, then an "-ing" word: what they go on doing.
		{"Fair prices keep the next generation fishing.", "Fair/ADJ prices/NOUN keep/VERB the/DET next/ADJ generation/NOUN fishing/VERB"},
		// No verb follows "their": a verb's "-s" form there is a plural noun, and the plain verb after it is its verb.
		{"We mill flour for bakers, and their bakes keep a good rise.", "We/PRON mill/VERB flour/NOUN for/PREP bakers/NOUN and/CONJ their/DET bakes/NOUN keep/VERB a/DET good/ADJ rise/NOUN"},
		// After a counted singular subject and its place, an "-s" word that agrees with it is its verb, whatever follows.
		{"Every bowls club in Fife parades under its own banner.", "Every/DET bowls/NOUN club/NOUN in/PREP Fife/PROPN parades/VERB under/PREP its/DET own/ADJ banner/NOUN"},
		// A name opening the sentence, then an "-s" word WordNet has only as a noun and its object, with no other verb in the clause: the noun made a verb.
		{"Tollgate Alerts Dunbar texts fishermen when a gale is coming.", "Tollgate/PROPN Alerts/PROPN Dunbar/PROPN texts/VERB fishermen/NOUN when/SCONJ a/DET gale/NOUN is/VERB coming/VERB"},
		// So is a singular WordNet has only as a noun, after "we", with its object.
		{"On match days we steward three car parks for young fans.", "On/PREP match/NOUN days/NOUN we/PRON steward/VERB three/NUM car/NOUN parks/NOUN for/PREP young/ADJ fans/NOUN"},
		// Not when the clause has its verb: the noun stays a noun.
		{"Dunbar texts reach fishermen.", "Dunbar/PROPN texts/NOUN reach/VERB fishermen/NOUN"},
		// Two adjectives a verb that makes or keeps says of its object, with no noun after them; the "-ing" word before them is the object's head.
		{"We make offline routing quick and accurate for hill walkers.", "We/PRON make/VERB offline/ADJ routing/NOUN quick/ADJ and/CONJ accurate/ADJ for/PREP hill/NOUN walkers/NOUN"},
		// After a comma, a causative's "-ing" form with its objects and "to" and a verb is a participle that acts, not a list item's modifier.
		{"We sell refills across Wales, inspiring schools and shops alike to rethink waste.", "We/PRON sell/VERB refills/NOUN across/PREP Wales/PROPN inspiring/VERB schools/NOUN and/CONJ shops/NOUN alike/ADJ to/PART rethink/VERB waste/NOUN"},
		// After "or", an "-ing" word with a preposition after it, where a participle and its object stand before: a second participle.
		{"Tenants renting rooms or living in caravans in Hull get advice.", "Tenants/NOUN renting/VERB rooms/NOUN or/CONJ living/VERB in/PREP caravans/NOUN in/PREP Hull/PROPN get/VERB advice/NOUN"},
		// After only adjectives (a list with commas too) and a bare singular, a word far more often a plural noun, before a preposition, ends the phrase.
		{"Soft, waterproof winter blankets for every rescued pony.", "Soft/ADJ waterproof/ADJ winter/NOUN blankets/NOUN for/PREP every/DET rescued/ADJ pony/NOUN"},
		// After a subordinator, a bare singular and an "-ing" word straight before "is": an activity, the subject's head.
		{"A town where log carrying is celebrated.", "A/DET town/NOUN where/SCONJ log/NOUN carrying/NOUN is/VERB celebrated/VERB"},
		// After a subordinator, a bare singular that counts is no subject: the plural after it is the head, the plain verb after that the verb.
		{"A harbour where ferry crews land early.", "A/DET harbour/NOUN where/SCONJ ferry/NOUN crews/NOUN land/VERB early/ADJ"},
		// After a causative, a singular that counts with no determiner is no whole object: it modifies the noun after it.
		{"We make smoked goat cheese for delis.", "We/PRON make/VERB smoked/ADJ goat/NOUN cheese/NOUN for/PREP delis/NOUN"},
		// "now" between a subject and its verb says when, as "then" does; not WordNet's noun.
		{"Those growers now get twice what they got.", "Those/DET growers/NOUN now/ADV get/VERB twice/ADV what/DET they/PRON got/VERB"},
		// The second of two participles on the same people, with its place, still leaves the subject its verb.
		{"Tenants renting rooms or living in caravans get advice.", "Tenants/NOUN renting/VERB rooms/NOUN or/CONJ living/VERB in/PREP caravans/NOUN get/VERB advice/NOUN"},
		// After "so", a word as often an adjective, before a plural and a plain verb, is the subject's modifier, not how.
		{"We open at six, so daily swimmers beat the crowds.", "We/PRON open/VERB at/PREP six/NUM so/SCONJ daily/ADJ swimmers/NOUN beat/VERB the/DET crowds/NOUN"},
		// An "-s" word straight before "are" or "have" is the plural subject, not a verb.
		{"Hill rescue teams are ready.", "Hill/NOUN rescue/NOUN teams/NOUN are/VERB ready/ADJ"},
		// A plain word after a singular, at the end of a list after a verb's object and "with", is no verb: the noun before the list is an object, and the singular does not agree.
		{"Helping owners give their dogs longer, happier lives with reminders and a nurse chat in one app.", "Helping/VERB owners/NOUN give/VERB their/DET dogs/NOUN longer/ADJ happier/ADJ lives/NOUN with/PREP reminders/NOUN and/CONJ a/DET nurse/NOUN chat/NOUN in/PREP one/NUM app/NOUN"},
		// The second of two adjectives before their noun is an adjective, not the next verb of a list.
		{"Families in Leeds will live in warm, dry homes.", "Families/NOUN in/PREP Leeds/PROPN will/MODAL live/VERB in/PREP warm/ADJ dry/ADJ homes/NOUN"},
		// After "and", a word that can be a plain verb, before an adjective and its noun, takes them as its object: no noun stands before an adjective in its phrase.
		{"We leave deadwood and plant native wildflowers.", "We/PRON leave/VERB deadwood/NOUN and/CONJ plant/VERB native/ADJ wildflowers/NOUN"},
		// A word all but always a verb, after a clause and a comma, is its participle, with its objects.
		{"We plant wildflowers, giving bees and hedgehogs a home.", "We/PRON plant/VERB wildflowers/NOUN giving/VERB bees/NOUN and/CONJ hedgehogs/NOUN a/DET home/NOUN"},
		// People, then where they are, then their verb: a word after one more often an adjective is still the place's noun.
		{"Children on free school meals play our course for £1.", "Children/NOUN on/PREP free/ADJ school/NOUN meals/NOUN play/VERB our/DET course/NOUN for/PREP 1/NUM"},
		// A count noun with no determiner is no subject: the plurals after it, listed with no object, are nouns.
		{"Bike repairs and rides for every family in Leeds.", "Bike/NOUN repairs/NOUN and/CONJ rides/NOUN for/PREP every/DET family/NOUN in/PREP Leeds/PROPN"},
		// A participle's object ends on its noun when a place and a plain verb, far more often one, follow.
		{"Researchers tracking bird decline in Scotland get prepared skins from us.", "Researchers/NOUN tracking/VERB bird/NOUN decline/NOUN in/PREP Scotland/PROPN get/VERB prepared/ADJ skins/NOUN from/PREP us/PRON"},
		// A plural subject's plain verbs in a list; a phrasal verb after ", and" goes on the subject's clause.
		{"Pupils row, navigate and cook as a crew, and come back trusting each other.", "Pupils/NOUN row/VERB navigate/VERB and/CONJ cook/VERB as/PREP a/DET crew/NOUN and/CONJ come/VERB back/ADV trusting/VERB each/DET other/DET"},
	} {
		if got := tags(analyze(tc.text)); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

func TestReferents(t *testing.T) {
	for _, tc := range []struct {
		text, head string
		want       Referent
	}{
		{"Every canoeist paddles.", "canoeist", Person},
		// A word known only as an adjective, used as a noun, may name anything.
		{"We lay gigabit broadband to farms.", "broadband", Unclear},
		// An "-ing" word of the body straight before a made thing names its use, not a body's state; "food" is first filed at the top of WordNet's hierarchy, second as solid food.
		{"We lend sleeping bags.", "bags", Thing},
		{"Hot food for every shift.", "food", Thing},
		{"For night-shift cleaners.", "cleaners", Person},
		// A list joins like with like: a word with a sense of a person, joined to people, names people (a boater is first a straw hat).
		{"We open the canal to boaters and anglers.", "boaters", Person},
		{"We sell straw hats and boaters.", "boaters", Thing},
		// The last part of a hyphenated word names people where the joined word WordNet holds was never seen (a "haymaker" is a punch).
		{"For hay-makers on the Levels.", "hay-makers", Person},
		{"Every retired sheepdog rests.", "sheepdog", Animal},
		{"For the parish council.", "council", Group},
		{"Each corner bakery opens.", "bakery", Establishment},
		{"We lend boats.", "boats", Thing},
		{"We lend boats.", "We", Self},
		{"For everyone.", "everyone", Everyone},
		{"Our mission is to lend boats.", "mission", Abstraction},
		{"A natural ecosystem.", "ecosystem", Thing},
		{"Every animal in the shelter is rehomed.", "animal", Animal},
		// A clinic or a club named by when it meets is a session held then.
		{"We run evening clinics.", "clinics", Service},
		// "one" after an ordinal stands for a thing named before, not for people as "little ones" do.
		{"Every offcut becomes the patch for the next one.", "one", Unclear},
		// A noun WordNet's texts never tagged, whose senses are as many for a person as for anything else, is the person (a mum is also a chrysanthemum).
		{"For every new mum in Swansea.", "mum", Person},
		// Likewise an animal: an untagged "trout" is the fish before its flesh.
		{"Wild trout spawning again in every tributary.", "trout", Animal},
		// A doer's noun that WordNet lists first as a person, though its other senses are frames.
		{"So that walkers can rely on them.", "walkers", Person},
		// People named by their age, though WordNet knows "50s" as a decade.
		{"We get inactive over-50s walking again.", "over-50s", Person},
		{"Free swimming for under-16s.", "under-16s", Person},
		{"Music of the 1950s.", "1950s", Abstraction},
		// What a body suffers describes a living thing: a seal is first a stamp, but an injured seal is an animal or a person.
		{"We collect injured seals from the beach.", "seals", Person},
		{"We sell seals for wax.", "seals", Thing},
		{"We share pollinated seed.", "seed", Thing},
		// "the ones": whatever was named before, unless "who" makes them people.
		{"We repair the ones they already have.", "ones", Unclear},
		{"We feed the ones who wait longest.", "ones", Person},
		// A works stands for the firm that runs it, as a shop does; a plant is as often a green one.
		{"We make casks for small distilleries.", "distilleries", Establishment},
		{"We grow plants for gardens.", "plants", Thing},
	} {
		a := analyze(tc.text)
		found := false
		for _, s := range a.Sentences {
			for _, p := range s.Phrases {
				if a.Tokens[p.Head].Text == tc.head {
					found = true
					if p.Referent != tc.want {
						t.Errorf("%q: %q names %s, want %s", tc.text, tc.head, p.Referent, tc.want)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no phrase headed by %q", tc.text, tc.head)
		}
	}
}

// clauses analyses text and lists its first sentence's clauses, each as
// its verb, a colon and what describe says of it.
func clauses(text string, describe func(a *Analysis, s *Sentence, c *Clause) string) string {
	a := analyze(text)
	s := &a.Sentences[0]
	var got []string
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		got = append(got, a.Tokens[c.Verb].Text+":"+describe(a, s, c))
	}
	return strings.Join(got, " ")
}

// phraseText returns a phrase's words as written.
func phraseText(a *Analysis, p *Phrase) string {
	return a.Text[a.Tokens[p.First].Start:a.Tokens[p.End-1].End]
}

func TestRoles(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"We help farmers sell their wool, so that shepherds can reach a vet.", "help:self: sell:person: reach:person:so that"},
		// What a body suffers describes living things, though WordNet files the noun as a group.
		{"Injured wildlife is treated within the hour.", "treated:animal:"},
		// A place of business counted in every village is many, not the organisation that speaks.
		{"The last pub in every village stays open.", "stays:establishment:"},
		// An adverb between the relative pronoun and its verb.
		{"We sell a kettle that never ends up in landfill.", "sell:self: ends:self:that"},
		// People opening a verbless picture, then phrases of where and how they are, and an "-ing" word with no object after a comma: what they do; but an "-ing" word with an object may be the organisation's work.
		{"Young carers in Hull back at school, laughing, and playing with their friends.", "laughing:person: playing:person:"},
		{"Volunteers in Leeds, driving patients to hospital.", "driving:self:"},
		// An adverb between a preposition and its "-ing" verb leaves the preposition the clause's opener.
		{"Fishers in Brixham landing their catch without ever selling at a loss.", "landing:person: selling:person:without"},
		// Past a participle that describes the people, and the places after it, the picture's "-ing" word is theirs.
		{"Children born with a heart defect in Leeds getting surgery within a month.", "born:person: getting:person:"},
		// A plural for people in the possessive, opening the sentence, names people, not the organisation.
		{"Miners' widows in the valley keep their homes.", "keep:person:"},
		// The same for shops or farms, and past an adverb after the comma, with a clause after the "-ing" word.
		{"Small shops in every village, still trading because their rents are fair.", "trading:establishment: are:thing:because"},
		// In a picture with no verb before it, what a degree allows ("warm enough to …") is done by the people the picture opens with.
		{"Young swimmers in lidos warm enough to train all winter.", "train:person:"},
		// A relative pronoun after a noun and its "-ing" word opens the relative clause.
		{"Farms along the coast, earning from pony trekking that keeps them open.", "earning:establishment: trekking:animal: keeps:animal:that"},
		// An aside of prepositions set off by commas stands between a verb's object and its complement, whose agent the object is.
		{"We want every weaver in Harris, from first warp to hundredth tweed, to feel proud.", "want:self: feel:person:"},
		// "The" and a capitalised word WordNet knows for a body of people name the organisation; written in lower case, a trust is a feeling first.
		{"The Trust leases meadows to young farmers.", "leases:self:"},
		{"The trust leases meadows to young farmers.", "leases:thing:"},
		// An infinitive with its own "to" after "and" joins the "to" infinitive before it, not the bare verb that one takes.
		{"We exist to help schools plant meadows, and to give pupils a survey app.", "exist:self: help:self: plant:group: give:self:"},
		// A clause set off by commas after "and" stands between the items of a list; the next item joins the item before it.
		{"Young carers are visited, phoned and, when it all gets too much, given a break.", "visited:person: phoned:person: gets:abstraction:when given:person:"},
		// A semicolon ends a verb's objects, and an item of a list set off by semicolons joins the item before, not a clause inside it.
		{"Our aims: to protect the Kell Way; to help walkers enjoy it; and to train wardens.", "protect:self: help:self: enjoy:person: train:self:"},
		// After a verb that takes a clause, the clause's subject waits for its verb past names joined by "and" after a preposition.
		{"To ensure crofters on Rum and Eigg never go without a vet.", "ensure:self: go:person:"},
		// A named owner's places of business, at work on something, are the organisation's.
		{"Kestrelmoor's cafés raise money for the mountain rescue team.", "raise:self:"},
		// An "-s" verb after "and" goes with the "-s" verb before it, not with a participle that describes that verb's object.
		{"Fenwick Bakery hires men leaving the army as drivers and gives each one a van.", "hires:self: leaving:person: gives:self:"},
		// A bare singular noun joined by "and" to a noun and its plural head modifies that head too: the people do the verb.
		{"Farm and estate workers learn to lay hedges.", "learn:person: lay:person:"},
		// An aside set off by commas between a modal and its verb stands inside the verb group: the people who join do the future verb.
		{"Girls who join our crew at twelve will, by eighteen, be skippers.", "join:person:who be:person:"},
		// A past participle's agent after "by" belongs to the participle: the plural before it is the next verb's subject.
		{"Families displaced by floods get a hot meal.", "displaced:group: get:group:"},
		// A bare singular noun after a preposition modifies an adjective's noun after it: the phrase does not end at the adjective, nor become the next verb's subject.
		{"We coach in village primary schools and bring classes to the ground.", "coach:self: bring:self:"},
		// "by" and a time after a relative clause's verb says by when: the relative ends after it, and its antecedent is the next verb's subject.
		{"Girls who cannot swim by Year 6 get lessons each week.", "swim:person:who get:person:"},
		// A sum no phrase holds ("£5") does not end a verb's words: the verb after "and" joins it.
		{"Members pay £5 a month and share tools.", "pay:person: share:person:"},
		// A plain form with "by" after a preposition's noun is the participle: no preposition's noun is a subject.
		{"New rowers train in evening sessions run by the club's coaches.", "train:person: run:unclear:"},
		// A relative after a list of what the organisation says it is tells of the organisation, whichever item it follows.
		{"We are actors, writers and technicians who tour plays in sign language.", "are:self: tour:self:who"},
		// "who" right after a verb of knowing opens the question it knows: the modal after it is the question's.
		{"Walkers rarely know who would come for them.", "know:person: come:unclear:who"},
		// A name of the form "X of Y", capitalised throughout, before its "-s" verb, is the organisation.
		{"Spirit of Kintyre Ferries carries cattle to the mainland sales.", "carries:self:"},
		// After "is for", what follows is the infinitive's subject, whatever it is, and its owner carries the "for".
		{"Our vision is for Wessex's past to be known.", "is:self: known:abstraction:"},
		// Not across a comma: what such a verb sees is its object, and a new clause follows.
		{"Every driver sees the week's lifts on one screen, and no patient misses an appointment.", "sees:person: misses:person:"},
		// More people joined to the object after its relative clause, set off by commas, stand between it and its complement.
		{"We want every child who is ill, and the parents who sit up with them, to sleep at home.", "want:self: is:person:who sit:person:who sleep:person:"},
		{"We want every farmer who runs a dairy, and the vets who treat the herds, to share one record.", "want:self: runs:person:who treat:person:who share:person:"},
	} {
		got := clauses(tc.text, func(a *Analysis, s *Sentence, c *Clause) string {
			return c.Agent.String() + ":" + c.Opener
		})
		if got != tc.want {
			t.Errorf("%q: clauses %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestObjects checks which phrases a clause takes as its objects.
func TestObjects(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"We lend boats to rowing clubs.", "lend:boats"},
		{"We give apprentices a mentor.", "give:apprentices,a mentor"},
		// The first object's phrases of whose, with what and where, then a name, then the second object.
		{"We give carers of people with MND in Wessex advice.", "give:carers,advice"},
		// An age's bound on the first object: "one" counts no plural, so the second object starts after it.
		{"We give parents of babies under one nights of sleep.", "give:parents,nights"},
		// A noun WordNet's texts never saw is read by most of its senses: a climber is first a vine, but mostly a person, who receives.
		{"We give stranded climbers warmth.", "give:stranded climbers,warmth"},
		// Other verbs English lets take two objects: whom it goes to, then what.
		{"We assign each apprentice a mentor.", "assign:each apprentice,a mentor"},
		{"We issue new members a key to the boathouse.", "issue:new members,a key"},
		// "from" takes a whole prepositional phrase; the second object follows it.
		{"We give school groups from across Norway a taste of life on the plateau.", "give:school groups,a taste"},
		// A noun said twice around "by" is no part of the object.
		{"We clear the river mile by mile.", "clear:the river"},
		// A plural ends the phrase that describes the first object; the second object follows.
		{"We give walkers of all ages map skills.", "give:walkers,map skills"},
		// A plural WordNet lists as a word of its own may modify the noun after it.
		{"We give the owners of arts centres free advice.", "give:the owners,free advice"},
		// Things listed after the first object's name are the second object; a single noun after a name is the name's compound.
		{"We give crofters of the Western Isles groceries, books and company.", "give:crofters,groceries"},
		{"We give the pupils of the Leeds schools new books.", "give:the pupils,new books"},
		// "we" is never an object: after an adverb and a comma, the main clause's subject.
		{"For new shepherds in Ettrick to work safely, we lend trained collies.", "work: lend:trained collies"},
		// A verb with its own subject, then a comma, a phrase and an "-s" verb: the phrase is the next clause's subject.
		{"By signing every show we stage, the theatre lets deaf audiences laugh.", "signing:every show stage: lets:deaf audiences laugh:"},
	} {
		got := clauses(tc.text, func(a *Analysis, s *Sentence, c *Clause) string {
			var objects []string
			for _, pi := range c.Objects {
				objects = append(objects, phraseText(a, &s.Phrases[pi]))
			}
			return strings.Join(objects, ",")
		})
		if got != tc.want {
			t.Errorf("%q: clauses %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestClauseSubjects checks that ", and" before a noun phrase and a verb
// opens a new clause with its own subject, while a list keeps its items.
func TestClauseSubjects(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"We grow grain, and bakers bake bread.", "grow:We bake:bakers"},
		// An aside between commas after a plural that opens the sentence ends, and the plural takes the plain verb after it; the aside's infinitive does not.
		{"Weekly clubs in church halls, with retired teachers to run them, keep children reading all summer.", "run:- keep:Weekly clubs reading:children"},
		// A list of places that shares one preposition ends the first verb's chain: the verb after "and" shares its subject.
		{"We fit smoke alarms in flats, bedsits and hostels and check them every spring.", "fit:We check:We"},
		// A name that looks plural, before a noun in lower case, modifies it: no relative clause opens after the name.
		{"So that no deaf walker in the Three Peaks club misses a safety briefing.", "misses:no deaf walker"},
		// A participle on people past where they are: the next verb's subject is the people.
		{"Families in Salford facing sudden eviction get free advice.", "facing:Families get:Families"},
		// A relative clause without "that" whose object is the subject before it, then where: the next verb's subject is that subject.
		{"Every boy we coach in Kirkby gets a pair of boots.", "coach:we gets:Every boy"},
		// A relative clause after a place in the possessive, inside the subject's preposition: the next verb's subject is the subject's, not the place's.
		{"So that crews in Shetland's fishing villages who lose a boat are never left alone.", "lose:fishing villages are:crews"},
		{"We lend boats, oars and life jackets, and rowing clubs on the loch teach beginners.", "lend:We teach:rowing clubs"},
		{"Farmers, fishers, and bakers grow our food.", "grow:Farmers"},
		// A name joined to a preposition's, then a comma: no subject of the verb after it; nor is "them" (past a sum, "sell" joins "pay" and shares its subject).
		{"To buy wool from farms in Powys and Radnor, pay them well, and spin it here.", "buy:- pay:- spin:-"},
		{"We pay them 30% above the market price, and sell the spices.", "pay:We sell:We"},
		// "and those who" after a preposition's noun joins the people whose verb is still to come, not the illness.
		{"Cafés where people living with dementia and those who care for them can meet.", "living:people care:those meet:people"},
		// A time counted one by one and a comma open the sentence: the list after it is the verb's subject, not more of the time's list.
		{"Every night, soup and bread are served to pensioners.", "served:soup"},
		// A participle on the subject leaves it waiting for its verb: the names listed after its preposition are no new subject.
		{"A Preston where nurses sending rent to Leeds, Wigan or Bolton pay no fees.", "sending:nurses pay:nurses"},
		// An infinitive that describes a noun of the subject's phrase is part of it.
		{"A valley where anyone with a tune to play can hire a hall.", "play:- hire:anyone"},
		// A relative clause inside the subject: its object is not the
		// next verb's subject ("a crop" does not replant).
		{"We store seed so any family that loses a crop can replant.", "store:We loses:any family replant:any family"},
		{"Every child who needs glasses will get a pair.", "needs:Every child get:Every child"},
		// After "and", a noun, a relative clause with a participle, then a modal: a new clause whose subject is the noun, not a list after "as".
		{"The fridge will be as ordinary as the post box, and families who are struggling will use it.", "be:The fridge struggling:families use:families"},
		// A time after the relative clause's object ("at seven"), and an aside between dashes, still leave its antecedent the subject.
		{"Parents who start work at seven can leave their children with us.", "start:Parents leave:Parents"},
		{"Parents who live in Brent – nurses, cleaners – can leave their children with us.", "live:Parents leave:Parents"},
		// After a relative clause opened by "whose", the main verb's subject is the noun "whose" belongs to.
		{"We open the pool early, so children whose parents work shifts still get to swim.", "open:We work:whose parents get:children swim:-"},
		{"Walkers who fall on the crags reach a hospital.", "fall:Walkers reach:Walkers"},
		// A bare verb after a causative's object keeps that object as its subject.
		{"We make tools that help farmers sell wool.", "make:We help:tools sell:farmers"},
		// After a relative clause and its infinitive, the main verb's subject is the antecedent.
		{"Every porter who stays to help comes home on the last bus.", "stays:Every porter help:- comes:Every porter"},
		// After participles joined in a list, the next verb's subject is the phrase they describe.
		{"We inspect boilers so that anyone renting, buying or selling a home can trust it.", "inspect:We renting:anyone buying:- selling:- trust:anyone"},
		// Past the object's new state, a list of verbs shares the first's subject.
		{"To keep walkers safe, deter thefts and repair stiles.", "keep:- deter:- repair:-"},
		// An "-s" verb after "and" goes with the "-s" verb, not the bare one between.
		{"Pennyroyal lets tenants report a leak and texts them a visit time.", "lets:Pennyroyal report:tenants texts:Pennyroyal"},
		// A duration after the relative's object ("for years") still ends the relative before the main verb.
		{"Tenants who have paid rent on time for years can finally qualify for a mortgage.", "paid:Tenants qualify:Tenants"},
		// A name after "in X and" stays on the preposition's list while the clause's subject still waits for its verb.
		{"Our aim is that by 2030 every one of the farms in Dentdale and Garsdale has a fast connection.", "is:Our aim has:every one"},
		// A name in the possessive right before the verb is its subject.
		{"St Brannock's gives the people of the moor a nurse within the hour.", "gives:St Brannock's"},
		// A semicolon ends a clause: the time phrase before it is no subject of the verb after it.
		{"The depot washes every bus each night; sends spare drivers each morning; publishes its timetable each week.", "washes:The depot sends:- publishes:-"},
		// Past a participle, its adverb and its phrase, and an adverb before the main verb, the phrase the participle describes is the subject.
		{"A valley where families living far from the surgery never miss a check-up.", "living:families miss:families"},
		// A plural takes no "-s" verb: the relative clause describes the noun before the preposition.
		{"We build a rota app for care homes that saves every manager a day a week.", "build:We saves:a rota app"},
		// A list after "of" shares its preposition: the gerund after it describes the noun the list belongs to.
		{"Walkers of every age and ability sharing the fells safely.", "sharing:Walkers"},
		// Past the object of a participle that describes the people opening the sentence, and its place, a gerund is theirs.
		{"Families nearing the end of a long wait in Dalby moving into homes of their own.", "nearing:Families moving:Families"},
		// "with" and the people it pictures, past a phrase that describes them, then what they are doing.
		{"Every chapel warm and open, with neighbours of every age dropping in.", "dropping:neighbours"},
		// An adjective and a noun's modifier joined by "and" after a preposition share the head after them, so the phrase describes the people before it.
		{"So parents on early and night shifts can sleep.", "sleep:parents"},
		// A subject pronoun after "and" opens a clause of its own; it is no object joined to the one before.
		{"We house people leaving prison, and we visit them weekly.", "house:We leaving:people visit:we"},
		// After a relative clause and an adverb, a gerund is the people the clause describes.
		{"Curlews on the moor, and the farmers who work there counting them each spring.", "work:the farmers counting:the farmers"},
		// A relative clause without "that", whose subject is a pronoun, after a distributive phrase and the phrases that describe it: the next verb's subject is that phrase.
		{"Every tenant on the estate we visit has a working boiler.", "visit:we has:Every tenant"},
		// A gerund after "of" names what the phrase before it is of; the next finite verb's subject is that phrase.
		{"Survivors of stalking in Kent are believed and kept safe.", "stalking:- believed:Survivors kept:Survivors"},
		// An aside set off by commas that opens with a preposition parts the subject from its verb.
		{"Every claim at Marlowe Mutual, from reporting a burst pipe to paying for the plumber, is settled within a week.", "reporting:- settled:Every claim"},
		{"Every step, from booking a ferry to paying the harbour fee, takes one tap.", "booking:- paying:- takes:Every step"},
		// A gerund's object, with a preposition before the gerund, is not the next verb's subject.
		{"Every bale of wool from shearing flocks in Powys goes to the mill.", "shearing:- goes:Every bale"},
		// A name in the possessive before a capitalised noun is one name, not its owner and the thing owned.
		{"The Drovers' Museum keeps old maps.", "keeps:The Drovers' Museum"},
		{"Harbour & Tyne's Payments team builds the services.", "builds:Payments team"},
		// A verb list after a complete relative clause is the main clause's, when its form fits that clause's subject.
		{"We mend kilns with the potters who use them, train new firers, and open the kiln sheds to schools.", "mend:We use:the potters train:We open:We"},
		{"To mend kilns with the potters who use them, train new firers, and open the sheds to schools.", "mend:- use:the potters train:- open:-"},
		// Without a comma, "and" joins the relative's own verbs.
		{"We mend kilns with the potters who use them and train new firers.", "mend:We use:the potters train:the potters"},
		// A list inside the relative clause: no object before its comma.
		{"We back the families who foster, adopt, or care for a child.", "back:We foster:the families adopt:the families care:the families"},
		// What a name is, between commas, may run to a place before the name's verb.
		{"Cobble, a shoe-repair workshop in the back of the old corn exchange, resoles boots for farm workers.", "resoles:Cobble"},
		// A plain verb after "and" goes with the plain verb before an aside, not with the aside's "-s" verb.
		{"We smoke kippers over oak for a week, the way it has been done since 1880, and sell them to fishmongers.", "smoke:We done:it sell:We"},
		// An "-s" verb after the relative goes with its singular antecedent, not "We".
		{"We back every pottery that fires kilns, trains firers, and opens its sheds to schools.", "back:We fires:every pottery trains:every pottery opens:every pottery"},
		// How often ("a week") after a participle's object is no subject: the phrase the participle describes is.
		{"We hire out kilns by the day, so potters firing two batches a week can sell their own pots.", "hire:We firing:potters sell:potters"},
		// After "so that", a participle and its verb's own "for" describe the subject, and the modal's clause is the subject's.
		{"We fence a field, so that lurchers waiting for owners can run loose.", "fence:We waiting:lurchers run:lurchers"},
		// A verb after "and" shares the subject across a possessor's phrase and what it owns.
		{"We mill oak from our estate's own woods and sell the boards to joiners in Ludlow.", "mill:We sell:We"},
		// After ", which means", the clause it takes has its own subject, not the noun before "which".
		{"The trust reads every meter, which means no tenant in Wakefield loses heat for a week.", "reads:The trust means:every meter loses:no tenant"},
		// A closed compound that ends in "people" is plural: the participle describes it, and the plain verb is its own.
		{"Townspeople living near the quay borrow a rowing boat from us.", "living:Townspeople borrow:Townspeople"},
	} {
		got := clauses(tc.text, func(a *Analysis, s *Sentence, c *Clause) string {
			if c.Subject < 0 {
				return "-"
			}
			return phraseText(a, &s.Phrases[c.Subject])
		})
		if got != tc.want {
			t.Errorf("%q: clauses %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestPresence(t *testing.T) {
	for _, tc := range []struct {
		text string
		k    Component
		want Presence
	}{
		{"We weave wool blankets in our mill.", Audience, Absent},
		{"We weave wool blankets in our mill.", Value, Absent},
		{"We weave blankets for Zorbex.", Audience, Unsure}, // a name: maybe someone
		{"We lend boats to rowing clubs.", Audience, Present},
		{"Village GP surgeries that stay open for another fifty years.", Audience, Unsure}, // a thing named for a kind of person is for them, most likely
		{"Village surgeries rebuilt in stone for another fifty years.", Audience, Absent},
		{"To keep village boatyards on the Exe open by sharing tools between them.", Audience, Unsure}, // a place kept open for business stands for whoever runs it
		{"To keep village boatyards on the Exe tidy by sharing tools between them.", Audience, Absent},
		{"To keep small-town newsrooms in Ohio in business by sharing printing presses among them.", Audience, Unsure}, // in business, as open
		{"We answer legal questions from people in Harrowgate by phone and at a weekly drop-in.", Audience, Unsure},    // those who ask, named by place, may be served
		{"We answer legal questions by phone and at a weekly drop-in.", Audience, Absent},
		{"To empower every young musician.", Strategy, Absent},
		{"We inspire and educate.", Strategy, Unsure},
		{"We sell repair kits for canal boats.", Future, Absent},
		// A past form joined by "and" to a participle is one too, so the picture keeps no finite verb.
		{"Stage crews in our county that look like the young people in our theatres, trained by us and paid fairly.", Future, Present},
		// An activity named for everyone, with no object and no other verb, may picture the state where they have it; a gerund with an object is work.
		{"Rowing for everyone, on every river.", Future, Unsure},
		{"Championing rowing on every river.", Future, Absent},
		// A participle set off by a comma, after an adverb, still describes the picture its opening phrase and relative clause begin.
		{"Cyclists who learned to ride at sixty, still touring the Dales at eighty.", Future, Present},
		// An infinitive that ends on its preposition describes the noun before it, and a clause of when after it is no verb of the sentence's own.
		{"Market traders in Kumasi with savings to fall back on when the roads flood.", Future, Present},
		// What is set against the picture after ", not" and a phrase is no verb of its own.
		{"Window cleaners who spend their mornings up ladders, not on the phone chasing payments.", Future, Present},
		{"Quiet streets around every village school.", Future, Present},
		{"Shaping the future of community radio.", Future, Absent},
		// A statement in another language: what English grammar does not find may be there.
		{"Apprendre à nager aux enfants de Brest dans des piscines chauffées et sûres.", Strategy, Unsure},
		{"Enseñamos a nadar a los niños de Cádiz en piscinas seguras y climatizadas.", Strategy, Unsure},
		// English words with no grammar words are still English.
		{"Fresh bread, fair prices, local flour, proud bakers, busy ovens, full shelves.", Value, Absent},
	} {
		a := analyze(tc.text)
		if got := a.Components.Presence(tc.k); got != tc.want {
			t.Errorf("%q: %s is %s, want %s\n%s", tc.text, tc.k, got, tc.want, a.Describe())
		}
	}
}

// BenchmarkAnalyze analyses statements of the judgement suite's length,
// one per iteration: the budget is 1 ms a statement.
func BenchmarkAnalyze(b *testing.B) {
	texts := []string{
		"We lend boats to rowing clubs. We repair each hull within a week.",
		"Every lighthouse keeper on the coast has a relief crew at weekends.",
		"We give every first-year nursing student in Cardiff a second-hand bike and a lock, so they reach their placements without paying bus fares.",
		"Our mission is for every village school in Northumberland to stay open, by sharing teachers, buses and kitchens between neighbouring schools.",
	}
	for b.Loop() {
		for _, t := range texts {
			analyze(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/statement")
}

// TestSentencesStandAlone: a sentence's parse never reads the words of the
// one before it, which once indexed a phrase list that was still empty.
func TestSentencesStandAlone(t *testing.T) {
	for _, text := range []string{
		"Bread, butter. Cheese.",
		"Bread, butter. Cheese and jam.",
		"Yes, no. Cats, dogs.",
		"A, b. C",
		"Back the boats. Up a hill.", // a particle opens the sentence
	} {
		one := analyze(text)
		last := one.Sentences[len(one.Sentences)-1]
		alone := analyze(text[one.Tokens[last.First].Start:])
		if got, want := len(one.Sentences[len(one.Sentences)-1].Phrases), len(alone.Sentences[0].Phrases); got != want {
			t.Errorf("%q: the last sentence has %d phrases after the others, %d alone", text, got, want)
		}
	}
}
