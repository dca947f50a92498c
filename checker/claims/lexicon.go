package claims

import (
	"maps"
	"strings"

	"github.com/factlint/factlint/checker/words"
	"github.com/factlint/factlint/rules"
)

// Lexicon is the vocabulary of a rule set compiled for matching.
type Lexicon struct {
	events   words.Phrases     // word -> event class
	roles    words.Phrases     // title -> role
	measures words.Phrases     // phrase -> measure
	entities words.Phrases     // name or alias -> canonical name
	kinds    map[string]string // canonical name -> entity kind
	// starters holds the words that start a phrase of any vocabulary,
	// and the honorifics, so that most words cost one lookup rather than
	// one per vocabulary; starterShapes holds their shapes.
	starters      map[string]bool
	starterShapes shapeSet
	// vocab holds all the lexicon knows of each word it knows;
	// knownShapes holds their shapes.
	vocab       map[string]*vocabWord
	knownShapes shapeSet
}

// vocabWord is all the lexicon knows of one folded word: a capitalized
// word is asked about in many ways, and answers from one lookup rather
// than one a word list or vocabulary.
type vocabWord struct {
	flags wordFlags
	// The phrases of each vocabulary that start with the word.
	roles, entities, events, measures words.Candidates
}

type wordFlags uint8

const (
	fStarter     wordFlags = 1 << iota // in starters
	fNotName                           // in notName
	fPostNominal                       // a degree or honour: see isPostNominal
	fThingHead                         // in thingHeads
	fHonorific                         // in honorifics
)

// unknown stands for a word the lexicon does not know.
var unknown vocabWord

func (w *vocabWord) has(f wordFlags) bool { return w.flags&f != 0 }

// word returns what the lexicon knows of the folded word key.
func (lx *Lexicon) word(key string) *vocabWord {
	if !lx.knownShapes.has(key) {
		return &unknown
	}
	if w := lx.vocab[key]; w != nil {
		return w
	}
	return &unknown
}

// shape hashes a folded word to 16 bits by its first two, middle and last
// two bytes and its length: cheaper than hashing all of it, and apart for
// nearly all words that differ.
func shape(key string) uint32 {
	n := len(key)
	h := uint32(key[0]) | uint32(key[min(1, n-1)])<<8 | uint32(key[max(n-2, 0)])<<16 | uint32(key[n-1])<<24
	h = (h ^ uint32(n)<<27 ^ uint32(key[n/2])<<19) * 0x85ebca6b
	return h >> 16
}

// shapeSet holds the shapes of a set of words, one bit each: a word whose
// bit is clear is not in the set, and that is found without hashing the
// whole word, as a map lookup would.
type shapeSet [1 << 10]uint64

func (s *shapeSet) add(key string) {
	if key != "" {
		h := shape(key)
		s[h>>6] |= 1 << (h & 63)
	}
}

// has reports whether key may be in the set, and is true for "".
func (s *shapeSet) has(key string) bool {
	if key == "" {
		return true
	}
	h := shape(key)
	return s[h>>6]&(1<<(h&63)) != 0
}

// starter reports whether key starts a phrase of any vocabulary or is an
// honorific.
func (lx *Lexicon) starter(key string) bool {
	return lx.starterShapes.has(key) && lx.starters[key]
}

// NewLexicon compiles the vocabulary of set.
func NewLexicon(set *rules.Set) *Lexicon {
	lx := &Lexicon{kinds: map[string]string{}}
	for class, ws := range set.Events {
		for _, w := range ws {
			lx.events.Add(w, class)
		}
	}
	for role, ws := range set.Roles {
		lx.roles.Add(role, role)
		for _, w := range ws {
			lx.roles.Add(w, role)
		}
	}
	for m, ws := range set.Measures {
		for _, w := range ws {
			lx.measures.Add(w, m)
		}
	}
	for _, e := range set.Entities {
		lx.entities.Add(e.Name, e.Name)
		lx.kinds[e.Name] = e.Kind
		for _, a := range e.Aliases {
			lx.entities.Add(a, e.Name)
		}
	}
	lx.starters = maps.Clone(honorifics)
	for _, p := range []*words.Phrases{&lx.events, &lx.roles, &lx.measures, &lx.entities} {
		p.Firsts(func(key string) { lx.starters[key] = true })
	}
	for key := range lx.starters {
		lx.starterShapes.add(key)
	}
	lx.vocab = map[string]*vocabWord{}
	flag := func(key string, f wordFlags) {
		w := lx.vocab[key]
		if w == nil {
			w = &vocabWord{}
			lx.vocab[key] = w
			lx.knownShapes.add(key)
		}
		w.flags |= f
	}
	for key := range lx.starters {
		flag(key, fStarter)
		w := lx.vocab[key]
		w.roles = lx.roles.Starting(key)
		w.entities = lx.entities.Starting(key)
		w.events = lx.events.Starting(key)
		w.measures = lx.measures.Starting(key)
	}
	for _, l := range []struct {
		set  map[string]bool
		flag wordFlags
	}{{notName, fNotName}, {thingHeads, fThingHead}, {honorifics, fHonorific}} {
		for key := range l.set {
			flag(key, l.flag)
		}
	}
	for key := range postNominals {
		// isPostNominal takes the key with or without its final dot.
		flag(key, fPostNominal)
		flag(key+".", fPostNominal)
	}
	return lx
}

// Closed-class words that start sentences and headings with a capital but
// never begin a name.
var notName = setOf(`a an the this that these those there here it its it's he she they we you i his her
their our your my me him them us who whom whose which what when where why how
in on at by for from of to into onto with without within about above after before
under over below beneath between among amid across against along around behind beyond
near through throughout toward towards upon via per including unlike like
during since until while as than but and or nor yet so if then thus also however
although though because despite meanwhile furthermore moreover additionally still
together overall final preliminary instead currently previously initially ultimately
eventually finally separately elsewhere nevertheless nonetheless similarly likewise
notably altogether indeed
today yesterday tomorrow now recently earlier later last next first second third
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
is are was were be been being has have had do does did will would can could
should may might must shall not no yes all any each every both either neither
some many most more much few several such other another one two three four five
six seven eight nine ten breaking table contents sources source related read
reader poll pros cons faq expert tip rapid fact photo file update updated
published posted according many analysts officials experts
mr mrs ms dr prof sir`)

// Words that make a capitalized sequence an organization, place or thing
// rather than a person.
var thingHeads = setOf(`party committee ministry ministries department university college school
company corporation corp inc ltd llc group holdings bank agency institute
center centre association federation union council assembly parliament
congress senate court commission office bureau authority service services
army navy force forces police guard coast sea ocean river lake mountain
mountains island islands bay gulf strait peninsula region province state
states city county district street road avenue bridge airport station port
program programme assistance partnership community initiative framework
systems analytics technologies labs laboratories software solutions industries
ventures networks pharmaceuticals therapeutics biosciences motors airlines partners health
plc ag gmbh
project fund foundation organization organisation alliance coalition treaty
agreement accord pact news times post journal daily herald tribune shimbun
press television radio network club team league cup championship games
hotel hospital church cathedral temple museum library theatre theater hall
canal waterway dam tunnel pipeline railway railroad line reactor stadium arena
terminal refinery factory observatory telescope mine
house palace tower building park garden zone area valley desert forest
pacific atlantic asia europe africa america east west north south
summit conference dialogue forum war battle operation revolution empire
kingdom republic dynasty era age century day week month year plan policy
law act bill order code system model series edition version album song
film book novel show festival award prize index market exchange
economic economy global international national regional strategic cooperation
challenges challenge relations ties security defense defence trade
dimension factor perspective viewpoint importance future role framework
first generation`)

// Honorifics and ranks that precede a person's name.
var honorifics = setOf(`mr mrs ms miss dr prof professor sir dame lord lady gen general col colonel
lt lieutenant capt maj major sgt sergeant adm admiral rev reverend fr father
sister brother judge justice sen senator rep representative gov mp
president minister secretary chairman chairwoman ceo`)

// Words after a name that show it names a person.
var personVerbs = setOf(`said says told added explained noted stated wrote asked argued warned
born died married who whom whose aged`)

// speechVerbs come before the person who speaks: "said Rajiv Castellanos".
var speechVerbs = setOf(`said says added explained noted wrote asked argued warned`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
