package learn

// The sections of the model file, one model each (see file.go).

func (tg *Tagger) encode(e *encoder) {
	p := &tg.weights
	e.float(p.c)
	e.floats(p.trans)
	e.floats(p.transU)
	keys := sortedKeys(p.index)
	e.uint(len(keys))
	for _, k := range keys {
		row := p.index[k] * p.tags
		e.u64(uint64(k))
		// a mask of the tags whose weights are not both zero, then theirs
		mask := uint64(0)
		for t := 0; t < p.tags; t++ {
			if p.w[row+t] != 0 || p.u[row+t] != 0 {
				mask |= 1 << t
			}
		}
		e.uint64(mask)
		for t := 0; t < p.tags; t++ {
			if mask&(1<<t) != 0 {
				e.float(p.w[row+t])
				e.float(p.u[row+t])
			}
		}
	}
	texts := sortedKeys(tg.gaz.entries)
	e.uint(len(texts))
	for _, text := range texts {
		e.str(text)
		e.uint(tg.gaz.entries[text])
	}
	e.uint(tg.boilerNames)
	e.uint(tg.boilerNamed)
}

func (tg *Tagger) decode(d *decoder) {
	p := &tg.weights
	p.c = d.float()
	if d.err == nil && p.c < 1 {
		d.fail("an instance count below one")
	}
	p.trans, p.transU = d.floats(len(p.trans)), d.floats(len(p.transU))
	for n := d.count(9); n > 0 && d.err == nil; n-- {
		k := hash(d.u64())
		mask := d.uint64()
		if _, dup := p.index[k]; dup || mask>>p.tags != 0 {
			d.fail("a feature twice, or a tag that does not exist")
			return
		}
		p.index[k] = len(p.w) / p.tags
		row := make([]float64, 2*p.tags)
		for t := 0; t < p.tags; t++ {
			if mask&(1<<t) != 0 {
				row[t], row[p.tags+t] = d.float(), d.float()
			}
		}
		p.w, p.u = append(p.w, row[:p.tags]...), append(p.u, row[p.tags:]...)
	}
	for n := d.count(2); n > 0 && d.err == nil; n-- {
		text, label := d.str(), d.uint()
		if label >= len(tg.labels) || text == "" || !tg.gaz.addKey(text, label) {
			d.fail("an entity text that is empty, too long or without a known label")
			return
		}
	}
	if d.version >= 2 {
		tg.boilerNames, tg.boilerNamed = d.uint(), d.uint()
	}
}

// encodeSpread writes in how many documents learnt each word was.
func (tg *Tagger) encodeSpread(e *encoder) {
	e.uint(tg.docs)
	keys := sortedKeys(tg.df)
	e.uint(len(keys))
	for _, k := range keys {
		e.u64(uint64(k))
		e.uint(tg.df[k])
	}
}

func (tg *Tagger) decodeSpread(d *decoder) {
	tg.docs = d.uint()
	for n := d.count(9); n > 0 && d.err == nil; n-- {
		k, docs := hash(d.u64()), d.uint()
		if _, dup := tg.df[k]; dup || docs < 1 || docs > tg.docs {
			d.fail("a word twice, or in more documents than were learnt")
			return
		}
		tg.df[k] = docs
	}
}

// encodeRecords writes, for each confirmed entity text in the order of the
// gazetteer, the times it was tagged with its label and seen otherwise.
func (tg *Tagger) encodeRecords(e *encoder) {
	for _, text := range sortedKeys(tg.gaz.entries) {
		r := tg.gaz.records[text]
		e.uint(r.tagged)
		e.uint(r.other)
	}
}

func (tg *Tagger) decodeRecords(d *decoder) {
	for _, text := range sortedKeys(tg.gaz.entries) {
		if r := (record{d.uint(), d.uint()}); r != (record{}) {
			tg.gaz.records[text] = r
		}
	}
}

func (m *logistic) encode(e *encoder) {
	e.float(m.bias)
	e.float(m.biasG)
	e.uint(m.seen[0])
	e.uint(m.seen[1])
	keys := sortedKeys(m.g)
	e.uint(len(keys))
	for _, k := range keys {
		e.u64(uint64(k))
		e.float(m.w[k])
		e.float(m.g[k])
	}
}

func (m *logistic) decode(d *decoder) {
	m.bias, m.biasG = d.float(), d.float()
	m.seen[0], m.seen[1] = d.uint(), d.uint()
	for n := d.count(24); n > 0 && d.err == nil; n-- {
		k := hash(d.u64())
		if _, dup := m.g[k]; dup {
			d.fail("a feature twice")
			return
		}
		m.w[k], m.g[k] = d.float(), d.float()
	}
}
