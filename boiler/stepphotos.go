package boiler

import (
	"regexp"
	"strings"
)

// A recipe blog's story shows the method in photos above the recipe's card, each with
// its caption: numbered sentences ("Step 1. Rub the fats into the flour.", "Vaihe 2.
// Taikinaa nostetaan pannulle."), in a run, where the card below gives the steps.

// stepNumber is a line's leading step number, perhaps after a word ("Step 1.", "Paso 2:",
// "3)").
var stepNumber = regexp.MustCompile(`^\s*(\pL{1,10}\s)?\d{1,2}[.:)]\s`)

// markStepCaptions makes boilerplate of the runs of two or more numbered sentences of at
// most maxCaptionWords words above the heading of a recipe's ingredients (the article's
// own list with amounts under it): the captions of its step photos. A step's heading
// ("Step 1: Blind bake the crust") is no sentence, and stays.
func markStepCaptions(lines []line) {
	card := ingredientsHeading(lines)
	for i := 0; i < card; i++ {
		if !stepCaption(lines[i]) || lines[i].score >= DefaultThreshold {
			continue
		}
		prev, next := prevLine(lines, i), nextLine(lines, i, anyLine)
		if prev >= 0 && stepCaption(lines[prev]) || next >= 0 && next < card && stepCaption(lines[next]) {
			l := &lines[i]
			l.class, l.strong, l.score, l.reason = bad, true, scoreComment, "a step photo's caption: a numbered sentence in a run of them, above the recipe's card"
		}
	}
}

// stepCaption tells whether l is a numbered sentence of at most maxCaptionWords words.
func stepCaption(l line) bool {
	text := strings.TrimSpace(l.text)
	return stepNumber.MatchString(text) && l.f.words <= maxCaptionWords && (strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!"))
}

// minAmounts is the fewest of the maxCardLines lines under the heading of a recipe's
// ingredients that start with an amount ("450g self-raising flour", "1 tsp mixed spice").
const minAmounts = 3

// leadingAmount is a figure or a fraction at a line's start, a unit perhaps glued to it.
var leadingAmount = regexp.MustCompile(`^\s*[\d½¼¾⅓⅔]`)

// ingredientsHeading is the first line that heads the article's own list with
// minAmounts amounts in the maxCardLines lines under it, or -1.
func ingredientsHeading(lines []line) int {
	for i := range lines {
		if !lines[i].ownList {
			continue
		}
		n := 0
		for j, k := nextLine(lines, i, anyLine), 0; j >= 0 && k < maxCardLines; j, k = nextLine(lines, j, anyLine), k+1 {
			if leadingAmount.MatchString(lines[j].text) {
				n++
			}
		}
		if n >= minAmounts {
			return i
		}
	}
	return -1
}
