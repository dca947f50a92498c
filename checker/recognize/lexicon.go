package recognize

import "strings"

// A word can play several parts ("second" is an ordinal and a unit of time,
// "m" is metres or millions), so one entry holds every part it can play and
// the matchers pick by context.
type entry struct {
	month       int8    // 1..12 for month names and abbreviations
	weekday     int8    // 1..7 for weekday names
	card        float64 // value of a cardinal word ("seven", "forty")
	ckind       uint8   // cardinal class, see below
	ord         int     // value of an ordinal word ("fourth", "twentieth")
	okind       uint8   // ordinal class, same classes as ckind
	scale       float64 // multiplier of a scale word ("million", "bn", "k")
	cur         string  // currency of a currency word ("euros" -> EUR)
	unit        string  // normalized unit of measure ("kilometres" -> km)
	qual        Qualifier
	flags       uint32
	denom       int   // denominator of a fraction word ("thirds" 3, "half" 2)
	plural      bool  // a plural fraction word ("thirds")
	starts      bool  // the word can start a value; most words cannot
	gate        uint8 // when a start word really starts something, see gateNext
	period      uint8 // pDay.. for "day", "weeks", "quarter"; plural says which
	qualOnly    bool  // starts nothing but a qualifier phrase ("at least", "more than")
	holidayOnly bool  // starts nothing but a holiday name ("new", "good", "black")
	// holidayFirst: the word is in holidayFirst, the first words of
	// holiday names.
	holidayFirst bool
	quals        []qualPhrase // qualifier phrases the word starts, with fQualStart
}

// Cardinal and ordinal classes.
const (
	cNone  = iota
	cUnit  // zero..nine
	cTeen  // ten..nineteen
	cTens  // twenty..ninety
	cHund  // hundred
	cScale // thousand, million, ...
	cDozen // dozen
)

// Flags.
const (
	fAbbrev        uint32 = 1 << iota // abbreviation that may take a period ("Sept.", "Mon.")
	fQuantNoun                        // a noun counted by a preceding number ("people", "cases")
	fFuture                           // a future-tense cue ("will", "next")
	fPast                             // a past-tense cue ("was", "last")
	fDatePrep                         // a word that introduces a bare month ("in", "since")
	fSuperl                           // a superlative that can follow a rank ("largest")
	fPart                             // early, mid, late
	fDeterminer                       // words after which "one" is a pronoun
	fSuffixOnly                       // currency word only valid after the amount ("won")
	fScaleAfterCur                    // scale suffix only after a currency ("m", "b")
	fApproxYear                       // c., circa, ca.
	fEra                              // BC, BCE, AD, CE
	fRelWord                          // last, next, this, ...
	fSkipAfterNum                     // words that make a number a time of day or an identifier
	fQualStart                        // first word of a qualifier phrase
)

var lexicon = map[string]*entry{}

var startWords = map[string]bool{}

// Gates of start words: most uses of "the", "in" or "'s" start nothing,
// and a look at the next token says so cheaply.
const (
	gateNone   = iota
	gateNext   // the next token must be a number or a word that can go on
	gateDollar // the next token must be "$" ("US$", "HK$")
)

var startList = []string{"today", "tonight", "yesterday", "tomorrow", "earlier",
	"later", "end", "beginning", "start", "minus", "negative", "between", "from",
	"fiscal", "year", "fy", "the", "a", "an", "rs", "inr", "u", "b", "percent", "percents", "per", "in", "week", "weekend", "within", "ytd"}

func lex(word string) *entry {
	e := lexicon[word]
	if e == nil {
		e = &entry{}
		lexicon[word] = e
	}
	return e
}

func addFlag(f uint32, words ...string) {
	for _, w := range words {
		lex(w).flags |= f
	}
}

var monthNames = [...]string{"", "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

var weekdayNames = [...]string{"", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday"}

var cardinals = map[string]float64{
	"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
	"seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"thousandth": 1000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
	"k": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6,
	"bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12,
}

// ISO codes that may stand before or after an amount.
var isoCodes = []string{"usd", "eur", "gbp", "jpy", "cny", "rmb", "vnd", "inr", "aud",
	"cad", "chf", "hkd", "sgd", "nzd", "krw", "rub", "brl", "zar", "mxn", "sek", "nok",
	"dkk", "pln", "try", "thb", "myr", "idr", "php", "twd", "aed", "sar", "ils", "egp",
	"ngn", "kes", "pkr", "bdt", "czk", "huf", "ars", "clp", "cop", "pen", "uah", "btc"}

// Currency nouns after an amount; plural forms are added below.
var currencyNouns = map[string]string{
	"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
	"renminbi": "CNY", "rupee": "INR", "dong": "VND", "won": "KRW", "ruble": "RUB",
	"rouble": "RUB", "reais": "BRL", "rand": "ZAR", "baht": "THB", "ringgit": "MYR",
	"rupiah": "IDR", "naira": "NGN", "cedi": "GHS", "shekel": "ILS", "dirham": "AED",
	"riyal": "SAR", "zloty": "PLN", "forint": "HUF", "koruna": "CZK", "lira": "TRY",
	"hryvnia": "UAH", "bitcoin": "BTC", "pence": "GBX", "penny": "GBX", "cent": "CENT",
	"peso": "PESO", "franc": "FRANC", "shilling": "SHILLING", "krona": "SEK",
	"krone": "KRONE", "kip": "LAK", "kwacha": "KWACHA", "satoshi": "SATOSHI",
	"markka": "FIM", "guilder": "NLG", "peseta": "ESP", "lire": "ITL", "mark": "DEM",
	"sterling": "GBP", "quid": "GBP", "kuai": "CNY", "元": "CNY",
}

// Nationality words that make a currency noun specific.
var currencyAdj = map[string]string{
	"us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
	"australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
	"new zealand dollar": "NZD", "singapore dollar": "SGD", "taiwan dollar": "TWD",
	"new taiwan dollar": "TWD", "zimbabwe dollar": "ZWL", "swiss franc": "CHF",
	"french franc": "FRF", "japanese yen": "JPY", "chinese yuan": "CNY",
	"indian rupee": "INR", "pakistani rupee": "PKR", "sri lankan rupee": "LKR",
	"nepalese rupee": "NPR", "turkish lira": "TRY", "italian lira": "ITL",
	"mexican peso": "MXN", "philippine peso": "PHP", "argentine peso": "ARS",
	"chilean peso": "CLP", "colombian peso": "COP", "south african rand": "ZAR",
	"kenyan shilling": "KES", "ugandan shilling": "UGX", "tanzanian shilling": "TZS",
	"british pound": "GBP", "egyptian pound": "EGP", "brazilian real": "BRL",
	"russian ruble": "RUB", "russian rouble": "RUB", "swedish krona": "SEK",
	"norwegian krone": "NOK", "danish krone": "DKK", "vietnamese dong": "VND",
	"south korean won": "KRW", "korean won": "KRW", "finnish markka": "FIM",
	"dutch guilder": "NLG", "netherlands guilder": "NLG", "german mark": "DEM",
	"deutsche mark": "DEM", "spanish peseta": "ESP", "belgian franc": "BEF",
}

// Symbols and prefixes written before (or after) an amount.
var currencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₫": "VND",
	"₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP", "฿": "THB", "₿": "BTC", "₪": "ILS",
	"元": "CNY", "₴": "UAH", "₡": "CRC", "₾": "GEL", "₭": "LAK", "￥": "JPY",
}

// Letters written before "$": "US$", "C$", "HK$".
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD",
	"a": "AUD", "au": "AUD", "aud": "AUD", "hk": "HKD", "nz": "NZD", "nzd": "NZD",
	"s": "SGD", "sg": "SGD", "nt": "TWD", "r": "BRL", "mex": "MXN", "mxn": "MXN",
	"z": "ZWL",
}

// Units of measure, written after a number.
var units = map[string]string{
	"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
	"mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
	"mi": "mi", "mile": "mi", "miles": "mi", "ft": "ft", "foot": "ft", "feet": "ft",
	"inch": "in", "inches": "in", "yard": "yd", "yards": "yd", "yd": "yd",
	"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
	"g": "g", "gram": "g", "grams": "g", "mg": "mg", "milligram": "mg", "milligrams": "mg",
	"t": "t", "tonne": "t", "tonnes": "t", "ton": "ton", "tons": "ton",
	"lb": "lb", "lbs": "lb", "oz": "oz", "ounce": "oz", "ounces": "oz",
	"ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
	"km2": "km2", "km²": "km2", "m2": "m2", "m²": "m2", "sq": "",
	"l": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
	"ml": "ml", "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
	"gallon": "gal", "gallons": "gal", "barrel": "bbl", "barrels": "bbl", "bbl": "bbl",
	"mph": "mph", "kph": "km/h", "kmh": "km/h", "knot": "kn", "knots": "kn",
	"w": "W", "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
	"megawatt": "MW", "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW",
	"kilowatt": "kW", "kilowatts": "kW", "volt": "V", "volts": "V", "kv": "kV",
	"degree": "deg", "degrees": "deg", "°": "deg", "°c": "°C", "°f": "°F",
	"celsius": "°C", "fahrenheit": "°F",
	"year": "year", "years": "year", "month": "month", "months": "month",
	"week": "week", "weeks": "week", "day": "day", "days": "day",
	"hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
	"second": "second", "seconds": "second", "decade": "decade", "decades": "decade",
	"century": "century", "centuries": "century",
	"gb": "GB", "mb": "MB", "tb": "TB", "kb": "kB", "ghz": "GHz", "mhz": "MHz",
	"calorie": "kcal", "calories": "kcal", "kcal": "kcal",
}

// Two-word units.
var units2 = map[string]string{
	"square kilometre": "km2", "square kilometres": "km2", "square kilometer": "km2",
	"square kilometers": "km2", "sq km": "km2", "square mile": "sq mi", "square miles": "sq mi",
	"sq mi": "sq mi", "square metre": "m2", "square metres": "m2", "square meter": "m2",
	"square meters": "m2", "sq m": "m2", "square feet": "sq ft", "square foot": "sq ft",
	"sq ft": "sq ft", "cubic metres": "m3", "cubic meters": "m3", "light years": "ly",
	"light-years": "ly", "km/h": "km/h", "per hour": "",
}

// Nouns that make a preceding four-digit number a count, not a year.
var quantNouns = []string{"people", "persons", "residents", "workers", "employees",
	"soldiers", "troops", "deaths", "dead", "cases", "students", "votes", "units",
	"vehicles", "cars", "homes", "houses", "jobs", "members", "visitors", "tourists",
	"patients", "children", "men", "women", "users", "customers", "participants",
	"delegates", "refugees", "migrants", "officers", "police", "staff", "seats",
	"beds", "copies", "items", "pieces", "tons", "tonnes", "barrels", "shares",
	"words", "pages", "signatures", "lives", "injured", "casualties", "victims",
	"families", "households", "companies", "firms", "businesses", "schools",
	"hospitals", "projects", "species", "animals", "birds", "trees", "acres",
	"hectares", "points", "times", "attendees", "spectators", "fans", "applicants",
	"ships", "vessels", "aircraft", "planes", "flights", "passengers", "villagers",
	"protesters", "demonstrators", "fighters", "militants", "civilians", "infections",
	"arrests", "prisoners", "inmates", "teachers", "doctors", "nurses", "volunteers",
	"words", "lines", "rooms", "buildings", "km", "miles", "kilometres", "kilometers",
	"metres", "meters", "feet", "kg", "others", "more", "new", "additional", "votes",
}

func init() {
	for i, n := range monthNames[1:] {
		lex(n).month = int8(i + 1)
	}
	for ab, m := range map[string]int8{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		e := lex(ab)
		e.month = m
		e.flags |= fAbbrev
	}
	for i, n := range weekdayNames[1:] {
		lex(n).weekday = int8(i + 1)
		lex(n + "s").weekday = int8(i + 1) // "on Mondays" is still the weekday
	}
	for ab, d := range map[string]int8{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4,
		"thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7} {
		e := lex(ab)
		e.weekday = d
		e.flags |= fAbbrev
	}
	for w, v := range cardinals {
		e := lex(w)
		e.card = v
		switch {
		case v < 10:
			e.ckind = cUnit
		case v < 20:
			e.ckind = cTeen
		default:
			e.ckind = cTens
		}
	}
	for w, v := range ordinals {
		e := lex(w)
		e.ord = v
		switch {
		case v < 10:
			e.okind = cUnit
		case v < 20:
			e.okind = cTeen
		case v < 100:
			e.okind = cTens
		case v == 100:
			e.okind = cHund
		default:
			e.okind = cScale
		}
	}
	for w, v := range scales {
		e := lex(w)
		e.scale = v
		if v == 100 {
			e.ckind = cHund
		} else if len(w) > 4 || w == "lakh" {
			e.ckind = cScale
		}
	}
	for w, v := range ordinals {
		if v >= 3 {
			lex(w).denom = v
			p := lex(w + "s")
			p.denom, p.plural = v, true
		}
	}
	for w, d := range map[string]int{"half": 2, "halves": 2, "quarter": 4, "quarters": 4} {
		e := lex(w)
		e.denom, e.plural = d, strings.HasSuffix(w, "s")
	}
	for _, w := range []string{"dozen", "dozens", "dzs", "dozs", "doz"} {
		lex(w).ckind = cDozen
	}
	for _, w := range []string{"m", "b"} {
		e := lex(w)
		e.flags |= fScaleAfterCur
	}
	lex("m").scale = 1e6
	lex("b").scale = 1e9
	for _, c := range isoCodes {
		lex(c).cur = strings.ToUpper(c)
	}
	lex("rmb").cur = "CNY"
	lex("btc").cur = "BTC"
	for w, c := range currencyNouns {
		lex(w).cur = c
		if !strings.HasSuffix(w, "s") && w != "yen" && w != "yuan" && w != "renminbi" &&
			w != "pence" && w != "dong" && w != "won" && w != "baht" && w != "ringgit" &&
			w != "rupiah" && w != "naira" && w != "rand" && w != "kip" && w != "sterling" &&
			w != "quid" && w != "kuai" && w != "元" {
			p := w + "s"
			switch w {
			case "penny":
				p = "pennies"
			case "krona":
				p = "kronor"
			case "krone":
				p = "kroner"
			case "lira":
				p = "liras"
			}
			lex(p).cur = c
		}
	}
	lex("lire").cur = "ITL"
	lex("won").flags |= fSuffixOnly
	lex("mark").flags |= fSuffixOnly
	lex("marks").flags |= fSuffixOnly
	lex("cents").cur = "CENT"
	for w, u := range units {
		lex(w).unit = u
	}
	addFlag(fQuantNoun, quantNouns...)
	for w, q := range map[string]Qualifier{
		"about": Approx, "around": Approx, "approximately": Approx, "roughly": Approx,
		"some": Approx, "nearly": Approx, "almost": Approx, "estimated": Approx,
		"approx": Approx, "circa": Approx, "~": Approx, "≈": Approx,
		"over": AtLeast, "above": AtLeast, "exceeding": AtLeast,
		"under": AtMost, "below": AtMost, "maximum": AtMost,
	} {
		lex(w).qual = q
	}
	addFlag(fFuture, "will", "shall", "plans", "plan", "planned", "planning", "scheduled",
		"next", "upcoming", "coming", "expected", "expects", "due", "intends", "aims",
		"ll", "going", "slated", "set", "to", "would", "tomorrow", "later", "should",
		"must", "please")
	addFlag(fPast, "was", "were", "had", "did", "last", "past", "previous", "ago",
		"yesterday", "earlier", "said", "met", "held", "took", "made", "came", "went",
		"signed", "agreed", "announced", "told", "been",
		// Irregular past forms that are no participle or other word: "will
		// be built" is no past.
		"gave", "struck", "began", "broke", "ran", "rose", "fell", "became", "wrote",
		"sank", "drew", "flew", "grew", "knew", "threw", "chose", "spoke", "withdrew",
		"swept", "won", "saw", "stood", "rode", "drove", "shook", "woke", "froze", "stole",
		"sang", "swam", "ate", "wore", "blew", "forgot")
	addFlag(fDatePrep, "in", "of", "since", "until", "till", "by", "before", "after",
		"from", "during", "through", "throughout", "to", "between", "and", "or",
		"early", "mid", "late", "last", "next", "this", "that", "end", "beginning", "start",
		"middle", "on", "around", "until", "til", "each", "every", "late-", "mid-",
		"in-", "as", "starting", "ending", "into", "for")
	addFlag(fSuperl, "largest", "biggest", "highest", "lowest", "smallest", "best",
		"worst", "most", "least", "richest", "poorest", "oldest", "youngest", "longest",
		"shortest", "busiest", "tallest", "deadliest", "strongest", "fastest", "greatest",
		"leading", "top", "costliest", "wealthiest", "populous", "heaviest", "hottest",
		"coldest", "wettest", "driest", "warmest", "safest", "widest", "deepest", "quickest",
		"slowest")
	addFlag(fPart, "early", "mid", "late", "middle")
	addFlag(fDeterminer, "the", "which", "that", "this", "each", "every", "any", "no",
		"another", "someone", "anyone", "only", "little", "last", "next", "other", "a",
		"an", "whichever", "what", "same", "right", "wrong", "new", "old", "such")
	addFlag(fApproxYear, "c", "ca", "circa", "approx")
	addFlag(fEra, "bc", "bce", "ad", "ce")
	addFlag(fRelWord, "last", "next", "this", "coming", "past", "previous", "following",
		"current", "upcoming")
	for w, p := range map[string]uint8{"day": pDay, "week": pWeek, "weekend": pWeekend,
		"month": pMonth, "quarter": pQuarter, "year": pYear, "decade": pDecade} {
		lex(w).period = p
		e := lex(w + "s")
		e.period, e.plural = p, true
	}
	// Words that start a value without another part to play.
	for _, w := range startList {
		lex(w)
		startWords[w] = true
	}
	for _, w := range []string{"today", "tonight", "yesterday", "tomorrow", "earlier",
		"later", "end", "beginning", "start", "minus", "negative", "between", "from",
		"fiscal", "year", "fy", "the", "a", "an", "rs", "inr", "u", "b", "ago"} {
		lex(w)
	}
	for w := range dollarPrefixes {
		lex(w)
	}
	initQualifiers()
	for w := range holidayFirst {
		e := lex(w)
		e.holidayFirst = true
		if e.month == 0 && e.ckind == cNone && e.flags&fRelWord == 0 && !startWords[w] {
			e.holidayOnly = true
		}
	}
	for w, e := range lexicon {
		e.starts = true
		switch w {
		case "the", "a", "an", "in", "from", "between", "year", "end", "start", "beginning", "week",
			"weekend", "within", "minus", "negative", "per", "percent", "percents":
			e.gate = gateNext
		}
		_, dollar := dollarPrefixes[w]
		if e.month == 0 && e.weekday == 0 && e.ckind == cNone && e.okind == cNone && e.denom == 0 &&
			e.cur == "" && e.flags&(fRelWord|fPart|fApproxYear|fEra) == 0 && !startWords[w] {
			switch {
			case dollar && e.flags&fQualStart == 0:
				e.gate = gateDollar
			case dollar:
			default:
				e.starts = e.flags&fQualStart != 0 || e.holidayOnly
				e.qualOnly = e.flags&fQualStart != 0 && !e.holidayOnly
			}
		}
	}
	defer func() {
		buildTable()
		buildFilter()
	}()
	addFlag(fSkipAfterNum, "am", "pm", "gmt", "utc", "hrs", "o", "bst", "est", "pst",
		"cet", "jst", "ict", "edt", "pdt", "cst", "ist")
}

// lexFilter says, by length and first letter, which last letters occur
// among the lexicon's words: most words of a text are found to have no
// entry without a lookup in the word table.
var lexFilter [17][26]uint32

func buildFilter() {
	for w := range lexicon {
		n := len(w)
		if n == 0 || n > 16 {
			continue
		}
		f, l := w[0], w[n-1]
		if f >= 'a' && f <= 'z' && l >= 'a' && l <= 'z' {
			lexFilter[n][f-'a'] |= 1 << (l - 'a')
		}
	}
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lookup returns the entry of a word, folding ASCII case. It allocates
// nothing.
func lookup(w string) *entry {
	if k := lookupSlot(w); k > 0 {
		return lexTable[k-1].e
	}
	return nil
}

// lookupSlot returns 1 + the index in lexTable of the entry of a word, or
// 0 when it has none.
func lookupSlot(w string) uint16 {
	n := len(w)
	if n == 0 || n > 16 {
		return 0
	}
	if f, l := lowerASCII(w[0]), lowerASCII(w[n-1]); f >= 'a' && f <= 'z' && l >= 'a' && l <= 'z' &&
		lexFilter[n][f-'a']&(1<<(l-'a')) == 0 {
		return 0
	}
	for k := lexHash(w) & lexMask; ; k = (k + 1) & lexMask {
		sl := &lexTable[k]
		if sl.e == nil {
			return 0
		}
		if len(sl.key) == n && foldedEq(w, sl.key) {
			return uint16(k + 1)
		}
	}
}

// lexTable holds the lexicon again as an open-addressing hash table, so
// that lookup can hash and compare the word folding case as it goes,
// instead of building a folded copy for a map.
var (
	lexTable []lexSlot
	lexMask  uint32
)

type lexSlot struct {
	key string
	e   *entry
}

func buildTable() {
	size := 1
	for size < 4*len(lexicon) {
		size *= 2
	}
	if size >= 1<<16 {
		panic("recognize: lexicon too large for token slots")
	}
	lexTable = make([]lexSlot, size)
	lexMask = uint32(size - 1)
	for w, e := range lexicon {
		k := lexHash(w) & lexMask
		for lexTable[k].e != nil {
			k = (k + 1) & lexMask
		}
		lexTable[k] = lexSlot{w, e}
	}
}

// lexHash hashes w by its length and three of its bytes, ASCII letters
// folded to lower case: it costs the same for any word, and the table
// is sparse enough that the keys it cannot tell apart cost a probe or
// two.
func lexHash(w string) uint32 {
	n := len(w)
	a := uint32(lowerASCII(w[0])) | uint32(lowerASCII(w[n/2]))<<8 | uint32(lowerASCII(w[n-1]))<<16 | uint32(n)<<24
	return a * 0x9e3779b1 >> 16
}

// foldedEq reports whether w with ASCII letters folded equals key.
func foldedEq(w, key string) bool {
	for i := 0; i < len(w); i++ {
		if lowerASCII(w[i]) != key[i] {
			return false
		}
	}
	return true
}
