package corpus

import (
	"strings"
	"testing"
)

// A typo never lands on a name the spec copies: "Ines Rossi" must reach the
// model as typed, or it learns to "correct" names it should copy.
func TestTypoSparesNames(t *testing.T) {
	const s = "A member profile showing Ines Rossi from Bangkok with stats"
	for i := range uint64(500) {
		g := newGen(7, i, false)
		out := g.typo(s, properNouns([]string{s}))
		for _, name := range []string{"Ines", "Rossi", "Bangkok"} {
			if !strings.Contains(out, name) {
				t.Fatalf("typo changed the name %q: %q", name, out)
			}
		}
	}
}
