package grammar

import (
	"testing"
)

// TestTokenBoundaries checks masks at places where tokens of the real 32k
// vocabulary cross grammar boundaries: tokens spanning several terminals,
// multi-byte characters split across tokens, escapes, numbers at their
// bounds, the end-of-sequence token. Every token named is one token of
// the vocabulary.
func TestTokenBoundaries(t *testing.T) {
	tok := testTokenizer(t, 32000)
	v := vocabOf(t, tok)
	ids := map[string]int32{}
	for id := range tok.Len() {
		if b := tok.TokenBytes(int32(id)); len(b) > 0 {
			ids[string(b)] = int32(id)
		}
	}
	g, _ := loadSchema(t, "tree.json", testSchemas[1].opt)
	k := NewMasker(g, v)
	const (
		root  = `{"version":1,"root":`
		box   = root + `{"type":"box","children":[`
		label = box + `{"type":"label","text":"`
		gauge = root + `{"type":"gauge","value":`
		data  = root + `{"type":"gauge","data":[["`
		href  = box + `{"type":"label","text":"a","href":"`
		eos   = "<EOS>"
	)
	for _, c := range []struct {
		prefix, token string
		want          bool
	}{
		// tokens spanning terminals
		{label + "hi", `"},`, true},         // end the string, the label, on to the next child
		{label + "hi", `"}`, true},          // end the string and the label
		{label + "hi", `",`, true},          // end the string, on to the next property
		{label + "hi", `"},` + "\n", false}, // no white space between tokens of compact JSON
		{label + "hi", `"]`, false},         // a label is an object
		{`{"version`, `":`, true},
		{root + `{"type`, `":"`, true},      // end the key, the colon, open the discriminator
		{label + `a","level`, `":"`, false}, // level is an integer
		{label + `a","level`, `":`, true},
		{root, `{"`, true},
		{box, `{"`, true},
		{box, ` {"`, false},
		{data, `","`, true},            // end a cell, open the next
		{data + `a","b`, `","`, false}, // rows hold at most two cells
		{data + `a","b`, `"]`, true},
		{data + `a`, `"]`, true},
		// multi-byte characters across tokens
		{label, "\xe8\xa8", true},               // the first two bytes of a CJK character
		{label + "\xe8\xa8", "\xa1", true},      // its last byte
		{label + "\xe8\xa8", "\x80\x8b", false}, // one continuation byte too many
		{label + "\xe8\xa8", `"`, false},        // the string cannot end inside a character
		{label + "\xe8", "\xa8", true},
		{label + "\xe0", "\x80", false}, // an overlong encoding
		{label + "\xed", "\xa1", false}, // a surrogate
		{label, "\xf0\x9f", true},       // half an emoji
		{label + "\xf0\x9f", "\x9b\x9e", true},
		{label + "\xf0\x9f\x9b", `"`, false},
		{label + "0123456789", "\xe8\xa8", false}, // 10 bytes and a 3-byte character pass maxLength 12
		{label + "012345678", "\xe8\xa8", true},
		// escapes
		{label + "a", `\"`, true},
		{label + "a", `\\`, true},
		{label + "a", `\n`, true},
		{label + "a", `\u`, true},
		{label + "a", `\ufffd`, true},
		{label + "a", `\x`, false},
		{label + "a", `\U`, false},
		{label + `a\`, `"`, true},      // an escaped quote
		{label + `\uD83D`, `"`, false}, // a high surrogate needs its low one
		{label + `\uD83D`, `\u`, true},
		{label + `\uD83D\u`, `D`, true},
		{label + `\uD83D\u`, `0`, false},
		{label + `\uDE00`, "", false}, // a low surrogate alone (the prefix itself is refused)
		{href, `\u`, false},           // patterned strings take short escapes only
		{href, `\/`, true},
		{href, `javascript`, true},        // a relative URL may start so …
		{href + `javascript`, `:`, false}, // … but not make a scheme
		{href + `https`, `:`, true},
		// numbers at their bounds (level 1–4, value 0–100)
		{label + `a","level":`, `4`, true},
		{label + `a","level":`, `5`, false},
		{label + `a","level":`, `0`, false},
		{label + `a","level":1`, `0`, false},
		{label + `a","level":`, `-`, false},
		{gauge + `10`, `0`, true},
		{gauge + `10`, `1`, false},
		{gauge + `100`, `.`, true},
		{gauge + `100.`, `0`, true},
		{gauge + `100.`, `1`, false},
		{gauge + `99`, `9`, false},
		{gauge + `99`, `.`, true},
		{gauge + `0`, `1`, false}, // no leading zeros
		{gauge + `0`, `}`, true},
		// the end of the document
		{root + `{"type":"box"}}`, eos, true},
		{root + `{"type":"box"}}`, `}`, false},
		{root + `{"type":"box"}`, eos, false},
		{root + `{"type":"box"}`, `}`, true},
	} {
		m := g.NewMatcher()
		if !m.Advance([]byte(c.prefix)) {
			if c.token == "" {
				continue // the prefix is the case: refused as it should be
			}
			t.Fatalf("prefix %q refused", c.prefix)
		}
		if c.token == "" {
			t.Fatalf("prefix %q accepted", c.prefix)
		}
		id, ok := ids[c.token]
		if c.token == eos {
			id, ok = tok.EOS(), true
		}
		if !ok {
			t.Fatalf("%q is not a token of the vocabulary", c.token)
		}
		mask := make([]uint64, v.Words())
		k.Fill(m, mask, -1)
		if got := mask[id>>6]&(1<<(id&63)) != 0; got != c.want {
			t.Errorf("after %q: token %q allowed %v, want %v", c.prefix, c.token, got, c.want)
		}
	}
}
