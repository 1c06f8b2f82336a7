package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"spantag/agree"
	"spantag/annotations"
)

var reviewCommand = command{
	name: "review",
	args: "-auto FILE...",
	doc: `Take what annotators agree on as gold, and list the rest.
With -auto (the only way on the command line; the page reviews by hand),
a document whose versions all have the same spans and the same answer (a
document with one version included, unless -min-versions says more), and
whose id no other text has (a file with the text changed), is written as gold, spans JSONL: the agreed version, without "_annotator_id"
and "_session_id", with Prodigy review's "versions" key: each distinct
version's "spans", "answer", "_task_hash" and "sessions" (each
annotator's "_session_id", else the annotator), and "default". The other
documents are listed: with -rest, as JSONL, one object a document, with
"id", "_input_hash", "annotators", "answers" (by annotator) and
"disputed_spans" (offsets in code points, with "by", who made each); else
one line each on standard error. Every answer is compared.
` + teamDoc,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		var r reviewFlags
		r.team.add(fs)
		fs.BoolVar(&r.auto, "auto", false, "take the unanimous documents as gold (required)")
		fs.StringVar(&r.rest, "rest", "", "the file to list the other documents in, as JSONL (default: standard error, a line each)")
		fs.IntVar(&r.minVersions, "min-versions", 1, "list, rather than take, a document with fewer versions than this")
		return r.run
	},
}

type reviewFlags struct {
	team        teamFlags
	auto        bool
	rest        string
	minVersions int
}

func (r *reviewFlags) run(e *env, files []string) error {
	if !r.auto {
		return badUsage("only -auto reviews on the command line; open the files in the page to review by hand")
	}
	if r.rest == "-" && r.team.out == "-" {
		return badUsage("-rest - and -o - would both write standard output; give one a file")
	}
	if r.minVersions < 1 {
		return badUsage("-min-versions: %d is less than 1", r.minVersions)
	}
	t, err := e.readTeam(files, r.team.read)
	if err != nil {
		return err
	}
	defer t.close()
	out, err := e.create(r.team.out)
	if err != nil {
		return err
	}
	var rest *output
	if r.rest != "" {
		if rest, err = e.create(r.rest); err != nil {
			out.Close()
			return err
		}
	}
	gold, listed, shared := annotations.NewWriter(out), 0, t.index.SharedIDs()
	err = t.each(agree.MatchOptions{KeepRejected: true}, func(vs agree.Versions) error {
		if len(vs.Of) >= r.minVersions && vs.Unanimous() && !shared[vs.ID] {
			return r.writeGold(e, gold, vs)
		}
		listed++
		return r.list(e, rest, vs, shared[vs.ID])
	})
	if flushErr := gold.Flush(); err == nil {
		err = flushErr
	}
	for _, o := range []*output{out, rest} {
		if o == nil {
			continue
		}
		if closeErr := o.Close(); err == nil {
			err = closeErr
		}
	}
	fmt.Fprintf(e.stderr, "review: %d documents, %d of them to review\n", t.index.Documents(), listed)
	return err
}

func (r *reviewFlags) writeGold(e *env, w *annotations.Writer, vs agree.Versions) error {
	d, err := vs.Gold()
	if err == nil {
		err = w.Write(d)
	}
	if err != nil {
		v := vs.Of[0]
		e.refuse(v.Source, &annotations.LineError{Line: v.Line, Err: err})
	}
	return nil
}

// list lists a document not taken as gold, in rest or on standard error;
// shared tells whether another document has its ID.
func (r *reviewFlags) list(e *env, rest *output, vs agree.Versions, shared bool) error {
	d, err := vs.Dispute()
	if err != nil {
		return err // its spans were read from this text: it cannot fail
	}
	if rest != nil {
		b, _ := json.Marshal(d) // strings, numbers and maps of them
		_, err := rest.Write(append(b, '\n'))
		return err
	}
	what := fmt.Sprintf("spans not made by all: %d", len(d.Spans))
	if len(d.Spans) == 0 {
		what = "their answers differ"
	}
	if len(vs.Of) < r.minVersions {
		what = "too few versions"
	}
	if shared {
		what = "another text has its id"
	}
	fmt.Fprintf(e.stderr, "to review: document %s (%s): %s\n", d.ID, strings.Join(d.Annotators, ", "), what)
	return nil
}
