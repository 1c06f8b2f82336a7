package agree

// The Counter's figures, gathered into results and matrices for a Report.

// results lists every figure (see Report.Results).
func (c *Counter) results() []Result {
	var rs []Result
	for k := range c.all {
		rs = append(rs, Result{Name: FleissKappa, Label: c.labelOf(k), Documents: c.everyDocs, Tokens: c.every[k].units,
			Figure: c.allFigure(c.every[k].fleiss(len(c.annotators), c.categories(k)))})
	}
	for k := range c.all {
		rs = append(rs, Result{Name: Alpha, Label: c.labelOf(k), Documents: len(c.docs), Tokens: c.all[k].units,
			Figure: c.allFigure(c.all[k].alpha(c.categories(k)))})
	}
	for x := range c.annotators {
		for y := x + 1; y < len(c.annotators); y++ {
			for _, name := range pairFigures {
				rs = append(rs, c.pairResults(name, x, y)...)
			}
		}
	}
	return rs
}

// allFigure is f, unless there are not two annotators to compare.
func (c *Counter) allFigure(f Figure) Figure {
	if len(c.annotators) < 2 {
		return undefined("fewer than two annotators")
	}
	return f
}

// pairResults are figure name of annotators x and y: of every label
// together, then of each label.
func (c *Counter) pairResults(name string, x, y int) []Result {
	p := c.pairs[[2]int{x, y}]
	rs := make([]Result, 1+len(c.labels))
	for k := range rs {
		rs[k] = Result{Name: name, Label: c.labelOf(k), A: c.annotators[x], B: c.annotators[y]}
		if p == nil {
			rs[k].Figure = undefined("no document that both annotators have")
			continue
		}
		rs[k].Documents, rs[k].Tokens = p.docs, p.tokens[k].units
		switch name {
		case CohenKappa:
			rs[k].Figure = p.tokens[k].kappa(c.categories(k))
		case Alpha:
			rs[k].Figure = p.tokens[k].alpha(c.categories(k))
		default:
			counts := p.spanCounts(name, k)
			what := "a span"
			if k > 0 {
				what = "a " + c.labels[k-1] + " span"
			}
			rs[k].Spans, rs[k].Figure = &counts, counts.f1(what)
		}
	}
	return rs
}

// spanCounts are the counts of span F1 figure name for label k, or summed
// over the labels for k = 0 (the micro-average).
func (p *pairCounts) spanCounts(name string, k int) SpanCounts {
	per := p.exact
	if name == SpanF1Overlap {
		per = p.overlap
	}
	if k > 0 {
		return per[k-1]
	}
	var total SpanCounts
	for _, c := range per {
		total.plus(c)
	}
	return total
}

// matrices arranges each pairwise figure as an annotator × annotator matrix.
func (c *Counter) matrices() []Matrix {
	n := len(c.annotators)
	var ms []Matrix
	for _, name := range pairFigures {
		for k := range 1 + len(c.labels) {
			m := Matrix{Figure: name, Label: c.labelOf(k), Cells: make([][]Figure, n)}
			for x := range n {
				m.Cells[x] = make([]Figure, n)
				m.Cells[x][x] = undefined("the same annotator")
			}
			for x := range n {
				for y := x + 1; y < n; y++ {
					f := c.pairResults(name, x, y)[k].Figure
					m.Cells[x][y], m.Cells[y][x] = f, f
				}
			}
			ms = append(ms, m)
		}
	}
	return ms
}
