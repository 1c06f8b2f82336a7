package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/agree"
	"spantag/annotations"
)

// Bad usage and unreadable files exit 2 with a message saying what is
// wrong; nothing refused is ever silent.
func TestBadUsage(t *testing.T) {
	tests := []struct {
		args   []string
		stderr string // a line the message holds
	}{
		{nil, "usage: spantag COMMAND"},
		{[]string{"frobnicate"}, `spantag: no command "frobnicate"`},
		{[]string{"convert"}, "spantag convert: no file to convert"},
		{[]string{"convert", "-to", "xml", "alice.jsonl"}, `spantag convert: -to: no format "xml"`},
		{[]string{"convert", "-nope", "alice.jsonl"}, "flag provided but not defined: -nope"},
		{[]string{"convert", "alice.jsonl", "-to", "doccano"}, "-to comes after the files: flags go first (spantag convert [flags] FILE...)"},
		{[]string{"boilerplate", "site1.txt", "--o=out.jsonl"}, "--o=out.jsonl comes after the files"},
		{[]string{"convert", "-answers", "maybe", "alice.jsonl"}, `-answers: "maybe" is not accept, reject, ignore or none`},
		{[]string{"convert", "-labels", "A,A", "alice.jsonl"}, `-labels: "A" is named twice`},
		{[]string{"convert", "missing.jsonl"}, "open missing.jsonl: no such file or directory"},
		{[]string{"convert", "golden/stats.stdout"}, `cannot open ".stdout" files`},
		{[]string{"convert", "-o", "no/such/dir/out.jsonl", "alice.jsonl"}, "open no/such/dir/out.jsonl: no such file or directory"},
		{[]string{"stats", "-stdin", "xml", "-"}, `cannot open ".xml" files`},
		{[]string{"convert", "-sidecars", "alice.jsonl", "alice.jsonl"}, "-sidecars alice.jsonl: not a directory"},
		{[]string{"convert", "-o", "alice.jsonl", "alice.jsonl"}, "alice.jsonl is also an input: writing it would destroy it"},
		{[]string{"convert", "-to", "entities-hf", "-sidecars", "nodir", "alice.jsonl"}, "-sidecars nodir: no such directory"},
		{[]string{"convert", "golden"}, "golden is a directory: give the files in it (golden/*.jsonl)"},
		{[]string{"convert", "-only", "claim", "alice.jsonl"}, `-only: "claim" is not one of the labels (ENTITY, CLAIM, BOILERPLATE)`},
		{[]string{"merge", "-o", "./bob.jsonl", "alice.jsonl", "bob.jsonl"}, "./bob.jsonl is also an input"},
		{[]string{"review", "-auto", "-o", "-", "-rest", "alice.jsonl", "alice.jsonl"}, "alice.jsonl is also an input"},
		{[]string{"split", "alice.jsonl"}, "spantag split: no annotators to split among"},
		{[]string{"split", "-annotators", "a,a", "alice.jsonl"}, `annotator "a" is named twice`},
		{[]string{"split", "-annotators", "a", "-overlap", "150%", "alice.jsonl"}, "-overlap:"},
		{[]string{"merge"}, "spantag merge: no annotators' files"},
		{[]string{"agree", "-format", "xml", "alice.jsonl"}, `-format: "xml" is not json or csv`},
		{[]string{"agree", "-documents", "d.csv", "alice.jsonl"}, "-documents: only with -format csv"},
		{[]string{"agree", "missing.jsonl"}, "open missing.jsonl: no such file or directory"},
		{[]string{"review", "alice.jsonl"}, "only -auto reviews on the command line"},
		{[]string{"review", "-auto", "-rest", "-", "alice.jsonl"}, "would both write standard output"},
		{[]string{"boilerplate"}, "spantag boilerplate: no file to find the boilerplate of"},
		{[]string{"boilerplate", "site1.txt", "-"}, "standard input cannot be: give files"},
		{[]string{"boilerplate", "-labels", "ENTITY", "site1.txt"}, "-labels: the lines are suggested as BOILERPLATE, which is not among them"},
		{[]string{"boilerplate", "-threshold", "1.5", "site1.txt"}, "-threshold 1.5: give a score above 0 and at most 1"},
		{[]string{"boilerplate", "-o", "site1.txt", "site1.txt"}, "site1.txt is also an input"},
		{[]string{"patterns", "alice.jsonl"}, "spantag patterns: no -patterns file"},
		{[]string{"patterns", "-patterns", "patterns.jsonl"}, "no file to apply the patterns to"},
		{[]string{"patterns", "-patterns", "missing.jsonl", "alice.jsonl"}, "open missing.jsonl: no such file or directory"},
		{[]string{"patterns", "-patterns", "-", "-"}, "-patterns - and the file - would both read standard input"},
		{[]string{"patterns", "-patterns", "patterns.jsonl", "-lang", "xx", "alice.jsonl"}, `-lang: no stop words for "xx"`},
		{[]string{"patterns", "-patterns", "patterns.jsonl", "-map", "GPE", "alice.jsonl"}, `-map: "GPE" is not PATTERN_LABEL=LABEL`},
		{[]string{"patterns", "-patterns", "patterns.jsonl", "-map", "GPE=PLACE", "alice.jsonl"}, `-map: "GPE=PLACE" is not`},
		{[]string{"patterns", "-patterns", "patterns.jsonl", "-o", "alice.jsonl", "alice.jsonl"}, "alice.jsonl is also an input"},
		{[]string{"patterns", "-patterns", "patterns.jsonl", "-o", "patterns.jsonl", "alice.jsonl"}, "patterns.jsonl is also an input"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			got := runIn(t, testdata, "", tt.args...)
			if got.code != 2 || !strings.Contains(got.stderr, tt.stderr) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 2 and %q", got.code, got.stderr, tt.stderr)
			}
		})
	}
}

// TestOutputsApart: two outputs of one command on one path are refused
// before the second replaces the first, and the files written beside an
// export are named after it, so that two exports in one directory keep
// theirs.
func TestOutputsApart(t *testing.T) {
	dir := t.TempDir()
	figures := filepath.Join(dir, "figures.csv")
	got := runIn(t, testdata, "", "agree", "-format", "csv", "-o", figures, "-documents", figures, "alice.jsonl", "bob.jsonl")
	if want := figures + " is named for two of the command's outputs"; got.code != 2 || !strings.Contains(got.stderr, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 2 and %q", got.code, got.stderr, want)
	}
	if b, err := os.ReadFile(figures); err != nil || !strings.HasPrefix(string(b), "figure,label,") {
		t.Errorf("the figures written first: %q, %v", b, err)
	}
	for _, name := range []string{"train", "dev"} {
		got := runIn(t, testdata, "", "convert", "-to", "entities-hf", "-o", filepath.Join(dir, name+".entities-hf.json"), "alice.jsonl")
		if got.code != 0 {
			t.Fatalf("convert to %s: exit %d\n%s", name, got.code, got.stderr)
		}
	}
	for _, file := range []string{"train.labels.json", "dev.labels.json"} {
		if _, err := os.Stat(filepath.Join(dir, file)); err != nil {
			t.Errorf("no %s beside its export: %v", file, err)
		}
	}
	if got := runIn(t, testdata, "", "convert", "-answers", "ignore", "alice.jsonl"); got.code != 0 || !strings.Contains(got.stderr, "no document to write") {
		t.Errorf("an export with no document of its answers: exit %d, stderr %q; want it said", got.code, got.stderr)
	}
	labels := filepath.Join(dir, "labels.json")
	got = runIn(t, testdata, "", "convert", "-to", "entities-hf", "-o", filepath.Join(dir, "labels.json"), "alice.jsonl")
	if got.code != 0 {
		t.Errorf("an export named labels.json: exit %d\n%s", got.code, got.stderr)
	}
	if b, err := os.ReadFile(labels); err != nil || !strings.Contains(string(b), `"ner_tags"`) {
		t.Errorf("the export named labels.json holds %.80q, %v: want the export, not its sidecar", b, err)
	}
}

// TestSameNames: two annotators' files of one name in other directories
// are named on standard error, since without annotator ids their
// documents count as one annotator's.
func TestSameNames(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for _, who := range []string{"alice", "bob"} {
		b, err := os.ReadFile(filepath.Join(testdata, who+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, who, "export.jsonl")
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, b, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	got := runIn(t, testdata, "", append([]string{"agree"}, files...)...)
	if want := files[1] + ": has the name of " + files[0]; !strings.Contains(got.stderr, want) {
		t.Errorf("stderr:\n%s\nwant %q", got.stderr, want)
	}
}

// Lines refused by any command are named by file and line, the rest
// processed, and the exit status is 1.
func TestRefusedLines(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		stdout string // what shows the good lines processed
	}{
		{[]string{"convert", "-to", "entities-hf", "-sidecars", t.TempDir(), "bad.jsonl"}, `"Lviv"`},
		{[]string{"stats", "bad.jsonl"}, "documents\t2\n"},
		{[]string{"split", "-annotators", "a,b", "-o", "-", "bad.jsonl"}, `"Lviv"`},
		{[]string{"merge", "bad.jsonl"}, `"Lviv"`},
		{[]string{"agree", "bad.jsonl"}, `"documents": 2,`},
		{[]string{"review", "-auto", "bad.jsonl"}, `"Lviv"`},
		{[]string{"patterns", "-patterns", "patterns-ok.jsonl", "bad.jsonl"}, `"Lviv"`},
	} {
		got := runIn(t, testdata, "", tt.args...)
		for _, want := range []string{
			"bad.jsonl: line 2: the JSON object is cut short\n",
			`bad.jsonl: line 3: span 1 [0,7): unknown label "PERSON"`,
			"2 refused (named above); the rest was processed\n",
		} {
			if got.code != 1 || !strings.Contains(got.stderr, want) {
				t.Errorf("%q: exit %d, stderr:\n%s\nwant exit 1 and %q", tt.args, got.code, got.stderr, want)
			}
		}
		if !strings.Contains(got.stdout, tt.stdout) {
			t.Errorf("%q: the good lines were not processed:\n%s", tt.args, got.stdout)
		}
	}
}

// -h documents every flag of every command, on standard output, exit 0.
func TestHelpNamesEveryFlag(t *testing.T) {
	for _, c := range commands {
		got := runIn(t, testdata, "", c.name, "-h")
		if got.code != 0 || !strings.HasPrefix(got.stdout, "usage: spantag "+c.name) {
			t.Errorf("%s -h: exit %d, stdout:\n%s", c.name, got.code, got.stdout)
		}
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		c.flags(fs)
		fs.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(got.stdout, "\n  -"+f.Name+" ") && !strings.Contains(got.stdout, "\n  -"+f.Name+"\n") {
				t.Errorf("%s -h does not document -%s", c.name, f.Name)
			}
		})
	}
	got := runIn(t, testdata, "", "-h")
	for _, c := range commands {
		if got.code != 0 || !strings.Contains(got.stdout, "\n  "+c.name+" ") {
			t.Errorf("spantag -h does not name %s (exit %d):\n%s", c.name, got.code, got.stdout)
		}
	}
	convert := runIn(t, testdata, "", "convert", "-h")
	for _, f := range annotations.Formats {
		if !strings.Contains(convert.stdout, "\n  "+f.ID+" ") {
			t.Errorf("convert -h does not name the format %s", f.ID)
		}
	}
}

// The command line's agreement figures are agree.Compute's of the same
// files, read whole and matched by agree.Match, as the page reads them.
func TestAgreeEqualsCompute(t *testing.T) {
	files := []string{"alice.jsonl", "bob.jsonl", "team.json"}
	var sources []agree.Source
	for _, name := range files {
		f, err := os.Open(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		src, _, err := agree.Read(name, f, annotations.DefaultLabels)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, src)
	}
	var want bytes.Buffer
	agree.Compute(agree.Match(sources, agree.MatchOptions{}).Items).WriteJSON(&want)
	got := runIn(t, testdata, "", append([]string{"agree"}, files...)...)
	if diff := cmp.Diff(want.String(), got.stdout); diff != "" || got.code != 0 {
		t.Errorf("exit %d; (-Compute +agree):\n%s", got.code, diff)
	}
}

// The built binary runs as run does: a sidecar beside -o, its exit
// status, and standard input to standard output.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "spantag")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := t.TempDir()
	hf := filepath.Join(dir, "news.entities-hf.jsonl")
	cmd := exec.Command(bin, "convert", "-to", "entities-hf", "-o", hf, "testdata/alice.jsonl")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("convert: %v\n%s", err, out)
	}
	labels, err := os.ReadFile(filepath.Join(dir, "news.labels.json"))
	if err != nil {
		t.Fatal("no news.labels.json beside the export:", err)
	}
	want := `{"id2label":{"0":"O","1":"B-ENTITY","2":"I-ENTITY"},"label2id":{"O":0,"B-ENTITY":1,"I-ENTITY":2}}` + "\n"
	if diff := cmp.Diff(want, string(labels)); diff != "" {
		t.Errorf("labels.json (-want +got):\n%s", diff)
	}
	cmd = exec.Command(bin, "stats", "-")
	cmd.Stdin = strings.NewReader("{\"text\":\"fine\"}\nnot json\n")
	out, err := cmd.Output()
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 || !strings.HasPrefix(string(out), "documents\t1\n") {
		t.Errorf("stats: %v, stdout:\n%s\nwant exit 1 and one document", err, out)
	}
}

// TestSidecarInputRefusedFirst: an input named as a file the export writes beside
// itself is refused before the export is written (QA pass 20, L1: the export was left
// whole, its sidecar refused).
func TestSidecarInputRefusedFirst(t *testing.T) {
	dir := t.TempDir()
	alice, err := os.ReadFile(filepath.Join(testdata, "alice.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(dir, "train.labels.json")
	if err := os.WriteFile(input, alice, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "train.entities-hf.json")
	got := runIn(t, dir, "", "convert", "-to", "entities-hf", "-o", out, input)
	if want := "train.labels.json is also an input"; got.code != 2 || !strings.Contains(got.stderr, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 2 and %q", got.code, got.stderr, want)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("%s was written though its sidecar was refused", out)
	}
	if b, _ := os.ReadFile(input); string(b) != string(alice) {
		t.Error("the input was changed")
	}
}
