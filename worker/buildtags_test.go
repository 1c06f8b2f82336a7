package main

import (
	"testing"

	"spantag/internal/wasmonly"
)

func TestEveryFileIsForTheBrowser(t *testing.T) { wasmonly.Check(t, ".") }
