package learn

// perceptron holds the weights of the structured perceptron, averaged the
// lazy way (Daumé's trick): besides each weight w it keeps u, the sum of
// every update times the instance count c when it was made, so that the
// average over all instances is w - u/c without visiting every weight after
// every instance.
type perceptron struct {
	tags  int
	index map[hash]int // a feature's row in w and u
	w, u  []float64    // one row of tags weights per feature
	// trans and transU are the transition weights, (tags+1) rows of tags:
	// row 0 is the start of a sequence, row p+1 follows tag p.
	trans, transU []float64
	c             float64 // instances seen, plus one
	// avg caches the averaged weights, for predicting; nil once they
	// change (after each instance learnt).
	avg []float64
}

func newPerceptron(tags int) perceptron {
	return perceptron{
		tags: tags, index: map[hash]int{},
		trans: make([]float64, (tags+1)*tags), transU: make([]float64, (tags+1)*tags),
		c: 1,
	}
}

// value is a weight as trained so far, or averaged.
func (p *perceptron) value(w, u []float64, i int, avg bool) float64 {
	if avg {
		return w[i] - u[i]/p.c
	}
	return w[i]
}

// emit adds the scores of features fs for every tag to out.
func (p *perceptron) emit(fs []hash, avg bool, out []float64) {
	w := p.w
	if avg {
		w = p.averaged()
	}
	for _, f := range fs {
		row, ok := p.index[f]
		if !ok {
			continue
		}
		for t, x := range w[row*p.tags : (row+1)*p.tags] {
			out[t] += x
		}
	}
}

// averaged is the averaged weights, worked out once after each change.
func (p *perceptron) averaged() []float64 {
	if len(p.avg) != len(p.w) {
		p.avg = make([]float64, len(p.w))
		for i := range p.w {
			p.avg[i] = p.value(p.w, p.u, i, true)
		}
	}
	return p.avg
}

// transitions writes the transition scores into out, (tags+1) rows as in
// trans, with those BILUO forbids at minus infinity.
func (p *perceptron) transitions(avg bool, out []float64) {
	for prev := -1; prev < p.tags; prev++ {
		for t := 0; t < p.tags; t++ {
			i := (prev+1)*p.tags + t
			out[i] = p.value(p.trans, p.transU, i, avg)
			if !allowed(prev, t) {
				out[i] = negInf
			}
		}
	}
}

// update moves the weights of features fs for tag by delta.
func (p *perceptron) update(fs []hash, tag int, delta float64) {
	for _, f := range fs {
		row, ok := p.index[f]
		if !ok {
			row = len(p.w) / p.tags
			p.index[f] = row
			p.w = append(p.w, make([]float64, p.tags)...)
			p.u = append(p.u, make([]float64, p.tags)...)
		}
		p.w[row*p.tags+tag] += delta
		p.u[row*p.tags+tag] += float64(p.c * delta) // rounded, never fused (see doc.go)
	}
}

// updateTransition moves the weight of tag following prev by delta.
func (p *perceptron) updateTransition(prev, tag int, delta float64) {
	i := (prev+1)*p.tags + tag
	p.trans[i] += delta
	p.transU[i] += float64(p.c * delta)
}

// learn makes one perceptron step on a sequence whose features are
// feats[i] for token i: if the best tags under the current weights are not
// gold, it moves the weights towards gold and away from them.
func (p *perceptron) learn(feats [][]hash, gold []int, l *lattice) {
	p.transitions(false, l.trans)
	p.decode(feats, false, l)
	guess := l.best
	prevG, prevP := -1, -1
	for i := range gold {
		if gold[i] != guess[i] {
			p.update(feats[i], gold[i], 1)
			p.update(feats[i], guess[i], -1)
		}
		if gold[i] != guess[i] || prevG != prevP {
			p.updateTransition(prevG, gold[i], 1)
			p.updateTransition(prevP, guess[i], -1)
		}
		prevG, prevP = gold[i], guess[i]
	}
	p.c++
	p.avg = nil // the averages change with c, even without an update
}

// decode finds the best valid tags of a sequence into l, whose
// transitions must be the weights' (see transitions).
func (p *perceptron) decode(feats [][]hash, avg bool, l *lattice) {
	l.reset(len(feats), p.tags)
	for i, fs := range feats {
		p.emit(fs, avg, l.emit[i*p.tags:(i+1)*p.tags])
	}
	l.solve()
}
