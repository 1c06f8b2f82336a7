package transfer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// FuncSizes returns the size in bytes of the code of every function of a
// WebAssembly module built with its name section (go build without -s, or
// without -ldflags=-w -s), by the function's name as the Go linker writes
// it: "golang.org_x_net_html.inBodyIM", "spantag_annotations.addHF.func1".
// It tells what a package costs in the download, and whether a program
// links code it must not.
func FuncSizes(module []byte) (map[string]int, error) {
	if len(module) < 8 || string(module[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly module")
	}
	var imported int
	var bodies []int
	names := map[int]string{}
	for at := 8; at < len(module); {
		id := module[at]
		size, n := binary.Uvarint(module[at+1:])
		if n <= 0 || uint64(len(module)-at-1-n) < size {
			return nil, fmt.Errorf("section %d at byte %d is cut short", id, at)
		}
		section := module[at+1+n : at+1+n+int(size)]
		at += 1 + n + int(size)
		var err error
		switch id {
		case 2:
			imported, err = importedFuncs(section)
		case 10:
			bodies, err = bodySizes(section)
		case 0:
			err = funcNames(section, names)
		}
		if err != nil {
			return nil, err
		}
	}
	sizes := map[string]int{}
	for i, size := range bodies {
		sizes[names[imported+i]] += size
	}
	return sizes, nil
}

// reader reads LEB128 numbers and names from a section.
type reader struct {
	b   []byte
	at  int
	err error
}

func (r *reader) uint() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[min(r.at, len(r.b)):])
	if n <= 0 {
		r.err = errors.New("a bad number in a section")
		return 0
	}
	r.at += n
	return int(v)
}

func (r *reader) bytes() []byte {
	n := r.uint()
	if r.err == nil && n > len(r.b)-r.at {
		r.err = errors.New("a name runs past its section")
	}
	if r.err != nil {
		return nil
	}
	r.at += n
	return r.b[r.at-n : r.at]
}

func (r *reader) byte() byte {
	if r.err == nil && r.at >= len(r.b) {
		r.err = errors.New("a section is cut short")
	}
	if r.err != nil {
		return 0
	}
	r.at++
	return r.b[r.at-1]
}

// importedFuncs counts the imported functions, which come first in the
// function index space.
func importedFuncs(section []byte) (int, error) {
	r := &reader{b: section}
	funcs := 0
	for range r.uint() {
		r.bytes() // module
		r.bytes() // name
		switch r.byte() {
		case 0: // a function: its type
			r.uint()
			funcs++
		case 1: // a table: element type, limits
			r.byte()
			r.limits()
		case 2: // a memory: limits
			r.limits()
		case 3: // a global: value type, mutability
			r.byte()
			r.byte()
		}
	}
	return funcs, r.err
}

func (r *reader) limits() {
	if r.byte()&1 == 1 {
		r.uint()
	}
	r.uint()
}

func bodySizes(section []byte) ([]int, error) {
	r := &reader{b: section}
	var sizes []int
	for range r.uint() {
		sizes = append(sizes, len(r.bytes()))
	}
	return sizes, r.err
}

// funcNames reads the function names of a custom section called "name".
func funcNames(section []byte, names map[int]string) error {
	r := &reader{b: section}
	if string(r.bytes()) != "name" {
		return r.err
	}
	for r.err == nil && r.at < len(section) {
		kind := r.byte()
		sub := &reader{b: r.bytes()}
		if kind != 1 { // 1: function names
			continue
		}
		for range sub.uint() {
			i := sub.uint()
			names[i] = string(sub.bytes())
		}
		if sub.err != nil {
			return sub.err
		}
	}
	return r.err
}

// Package is the package part of a function name as FuncSizes gives it:
// "golang.org_x_net_html" for "golang.org_x_net_html.inBodyIM" (the Go
// linker writes a path's slashes as underscores).
func Package(name string) string {
	start := 0
	for _, host := range []string{"golang.org_", "github.com_"} {
		if strings.HasPrefix(name, host) {
			start = len(host)
		}
	}
	if dot := strings.Index(name[start:], "."); dot >= 0 {
		return name[:start+dot]
	}
	return name
}
