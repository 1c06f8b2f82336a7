package corpus

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"spantag/annotations"
)

// Labels the corpus uses: spantag's default ones.
const (
	Entity      = "ENTITY"
	Claim       = "CLAIM"
	Boilerplate = "BOILERPLATE"
)

// Sentence templates. {P} is a person, {L} a place, {O} an organisation
// (the three entities); {N} a number, {Q} a quotation, {C} a clause (a
// template itself), {R} a role, {T} a title, {W} a weekday, {M} a month,
// {X} a thing, {H} people, {V} a verb in the past, {G} a verb of change,
// {S} a reporting verb.
var (
	claims = []string{
		`"{Q}," said {P}, {R} at {O}.`,
		`"{Q}," {P} said.`,
		`{P} {S} that {C}.`,
		`{P}, {R} of {O}, {S} that {C}.`,
		`According to {O}, {C}.`,
		`A report by {O} found that {C}.`,
		`{T} {P} {S} that {C}.`,
		`In the view of {P}, {C}.`,
		`{O} reported a {N}% rise in {X} costs in {L}.`,
		`Officials in {L} estimate that {N} {H} are affected.`,
		`The {X} will cost {N} million euros.`,
		`Unemployment in {L} fell to {N} percent.`,
	}
	narrative = []string{
		`{P} arrived in {L} on {W}.`,
		`The meeting took place at the offices of {O} in {L}.`,
		`Residents gathered outside the town hall in {L}.`,
		`{W}'s session was the first since {M}.`,
		`The {X} has been closed since {M}.`,
		`{P} visited {L} with members of {O}.`,
		`Work on the {X} began in {M}.`,
		`It was raining in {L} as {P} left the building.`,
		`Later that day, {P} met staff from {O}.`,
		`Bus {N} stops outside the {X} in {L}.`,
		`{P} said goodbye to staff at {O}.`,
		`{T} {P} opened the {X} on {W} {N} {M}.`,
		`The {X} stands near the river in {L}.`,
		`{P} and {P} spoke to {H} at the {X}.`,
		`Photographs of the {X} were shown at {O}.`,
	}
	headlines = []string{`{O} plans new {X} in {L}`, `{P} questions {X} in {L}`, `Row over {X} grows in {L}`,
		`{T} {P} under pressure`, `What the {X} means for {L}`}
	reporting = strings.Fields("said says argued warned claimed insisted stated believes added noted")
)

// site is a news site's template: the lines above and below each article.
type site struct{ name, nav, call, share string }

var sites = []site{
	{"The Harbour Herald", "Home | News | Business | Sport | Opinion", "Subscribe for 1 euro a week", "Share this article"},
	{"Valley Times", "News · Politics · Money · Culture · Weather", "Sign up to our morning newsletter", "Share on social media"},
	{"Coastal Daily", "Menu  Search  Log in", "Support independent journalism today", "Send us your story"},
	{"Metro Ledger", "Top stories | Local | Region | World | Video", "Get unlimited access: subscribe now", "Comments are closed"},
	{"Island Post", "Sections ▾  Newsletters  Podcasts", "You have 3 free articles left this month", "Follow us"},
	{"Northern Echo Online", "Latest | Most read | Opinion | Jobs | Puzzles", "Advertise with us", "Print this page"},
}

// Kinds of entity, the labels GenerateKinds gives them.
const (
	Person = "PERSON"
	Place  = "PLACE"
	Org    = "ORG"
)

// Generate makes n documents, all answered "accept", from seed.
func Generate(seed uint64, n int) []*annotations.Document { return generate(seed, n, false) }

// GenerateKinds makes the same documents as Generate, with each entity
// labelled by its kind (Person, Place, Org) instead of Entity.
func GenerateKinds(seed uint64, n int) []*annotations.Document { return generate(seed, n, true) }

func generate(seed uint64, n int, kinds bool) []*annotations.Document {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	g := &generator{r: r, kinds: kinds,
		people: cast{make: newPerson}, places: cast{make: newPlace}, orgs: cast{make: newOrg}}
	docs := make([]*annotations.Document, n)
	for i := range docs {
		docs[i] = g.document()
	}
	return docs
}

type generator struct {
	r                    *rand.Rand
	people, places, orgs cast
	kinds                bool // label entities by kind
	b                    strings.Builder
	spans                []annotations.Span
}

func (g *generator) document() *annotations.Document {
	g.b.Reset()
	g.spans = nil
	s := sites[g.r.IntN(len(sites))]
	g.boilerplate(s.nav)
	if g.r.IntN(3) > 0 {
		g.boilerplate(s.call)
	}
	g.headline("")
	g.b.WriteString("By ")
	g.entity(Person, g.people.name(g.r))
	g.b.WriteString("\n")
	g.boilerplate(fmt.Sprintf("Published %s %d %s 2026", pick(g.r, weekdays), 1+g.r.IntN(28), pick(g.r, months)))
	g.b.WriteString("\n")
	for p := 2 + g.r.IntN(2); p > 0; p-- {
		g.paragraph()
		if g.r.IntN(4) == 0 {
			g.boilerplate("Advertisement")
			g.b.WriteString("\n")
		}
	}
	if g.r.IntN(2) == 0 {
		// a related article: boilerplate, whose names are still entities
		g.headline("Related: ")
	}
	g.boilerplate(s.share)
	g.boilerplate(fmt.Sprintf("© 2026 %s. All rights reserved.", s.name))
	d, err := annotations.NewDocument(g.b.String())
	if err != nil {
		panic(err) // the generator writes only UTF-8
	}
	slices.SortFunc(g.spans, func(a, b annotations.Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Label, b.Label))
	})
	d.Spans = g.spans
	d.Answer = annotations.Accept
	return d
}

func (g *generator) boilerplate(line string) {
	g.mark(Boilerplate, func() { g.b.WriteString(line) })
	g.b.WriteString("\n")
}

// headline writes a headline line, in Title Case half of the time (as
// many sites write them, so a capital says less there); after a prefix, it
// is a related article's, boilerplate whose names are still entities.
func (g *generator) headline(prefix string) {
	start := g.b.Len()
	write := func() { g.b.WriteString(prefix); g.fill(pick(g.r, headlines)) }
	if prefix != "" {
		g.mark(Boilerplate, write)
	} else {
		write()
	}
	if g.r.IntN(2) == 0 {
		text := g.b.String()
		g.b.Reset()
		g.b.WriteString(text[:start] + titleCase(text[start:]))
	}
	g.b.WriteString("\n")
}

// titleCase capitalises every word but a few short ones; the text keeps
// its length, so the spans in it keep their offsets.
func titleCase(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if w != "" && (i == 0 || !slices.Contains([]string{"in", "of", "to", "for", "the"}, w)) {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// paragraph writes 3 to 5 sentences, about half of them claims, then a
// blank line.
func (g *generator) paragraph() {
	for i := 3 + g.r.IntN(3); i > 0; i-- {
		if g.r.IntN(2) == 0 {
			g.mark(Claim, func() { g.fill(pick(g.r, claims)) })
		} else {
			g.fill(pick(g.r, narrative))
		}
		if i > 1 {
			g.b.WriteString(" ")
		}
	}
	g.b.WriteString("\n\n")
}

// mark records what write writes as a span of label.
func (g *generator) mark(label string, write func()) {
	start := g.b.Len()
	write()
	g.spans = append(g.spans, annotations.Span{Start: start, End: g.b.Len(), Label: label})
}

func (g *generator) entity(kind, name string) {
	if !g.kinds {
		kind = Entity
	}
	g.mark(kind, func() { g.b.WriteString(name) })
}

// fill writes template with its placeholders filled in.
func (g *generator) fill(template string) {
	for {
		open := strings.IndexByte(template, '{')
		if open < 0 {
			g.b.WriteString(template)
			return
		}
		g.b.WriteString(template[:open])
		g.placeholder(template[open+1])
		template = template[open+3:]
	}
}

func (g *generator) placeholder(c byte) {
	r := g.r
	switch c {
	case 'P':
		g.entity(Person, g.people.name(r))
	case 'L':
		g.entity(Place, g.places.name(r))
	case 'O':
		g.entity(Org, g.orgs.name(r))
	case 'N':
		fmt.Fprint(&g.b, 2+r.IntN(90))
	case 'C':
		g.fill(pick(r, clauses))
	default:
		g.b.WriteString(pick(r, map[byte][]string{'Q': quotations, 'R': roles, 'T': titles, 'W': weekdays,
			'M': months, 'X': nouns, 'H': people, 'V': pastVerbs, 'G': rateVerbs, 'S': reporting}[c]))
	}
}
