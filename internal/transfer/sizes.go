package transfer

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/andybalholm/brotli"
)

// Brotli qualities: FastBrotli is what a server compressing on the fly
// uses; BestBrotli is what a host that compresses once ahead of time
// serves, and what the peers' figures in the targets were measured with.
const (
	FastBrotli = 5
	BestBrotli = 11
)

// File is the download size of one file, in bytes.
type File struct {
	Path   string `json:"path"` // relative to the measured directory, with slashes
	Raw    int    `json:"raw"`
	Gzip   int    `json:"gzip"`
	Brotli int    `json:"brotli"`
}

// Sizes measures every file under dir, in path order, with brotli at
// quality (0–11). Files are compressed in parallel: quality 11 takes about
// 2 s per MB.
func Sizes(dir string, quality int) ([]File, error) {
	paths, err := filesUnder(dir)
	if err != nil {
		return nil, err
	}
	files := make([]File, len(paths))
	errs := make([]error, len(paths))
	var wg sync.WaitGroup
	for i, path := range paths {
		wg.Go(func() { files[i], errs[i] = measure(dir, path, quality) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// Total adds up files into one File named "total".
func Total(files []File) File {
	t := File{Path: "total"}
	for _, f := range files {
		t.Raw += f.Raw
		t.Gzip += f.Gzip
		t.Brotli += f.Brotli
	}
	return t
}

func filesUnder(dir string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, path)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("listing the files of %s: %v", dir, err)
	}
	slices.Sort(paths)
	return paths, nil
}

func measure(dir, path string, quality int) (File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return File{}, err
	}
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return File{}, err
	}
	return File{Path: filepath.ToSlash(rel), Raw: len(b), Gzip: gzipSize(b), Brotli: brotliSize(b, quality)}, nil
}

// gzipSize and brotliSize ignore the errors of writing: a bytes.Buffer
// does not fail, and the gzip level is a valid one.

func gzipSize(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// brotliSize compresses with the window of the brotli command (24 bits).
func brotliSize(b []byte, quality int) int {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: quality, LGWin: 24})
	w.Write(b)
	w.Close()
	return buf.Len()
}
