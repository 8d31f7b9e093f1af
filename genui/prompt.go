package genui

import "strings"

// The model's text format. One definition serves the runtime pipeline and the
// training corpus (train/corpus), so what the model is trained on and what it
// is shown at run time cannot drift apart.
//
// The describe task:
//
//	<|describe|>a login form with a "Remember me" box<|spec|>{"version":1,…}<|end|>
//
// The refine task (the spec is the canonical compact JSON that Marshal
// writes, the answer an RFC 6902 JSON Patch, see ApplyPatch):
//
//	<|refine|>{"version":1,…}<|instruction|>make the button red<|patch|>[{"op":"add",…}]<|end|>
//
// Everything up to and including <|spec|> or <|patch|> is the prompt; the
// model writes the rest and stops at <|end|>.

// Special tokens of the model's text format. The tokenizer keeps each as one
// token; they never occur inside a person's text or a spec (see
// DescribePrompt and RefinePrompt).
const (
	TokenDescribe    = "<|describe|>"    // starts a describe prompt
	TokenSpec        = "<|spec|>"        // the spec JSON follows
	TokenRefine      = "<|refine|>"      // starts a refine prompt; the current spec follows
	TokenInstruction = "<|instruction|>" // the person's change request follows
	TokenPatch       = "<|patch|>"       // the JSON Patch follows
	TokenEnd         = "<|end|>"         // ends the model's answer
)

// SpecialTokens lists the special tokens in a fixed order (a tokenizer gives
// them ids in this order after its byte-level vocabulary).
var SpecialTokens = []string{TokenDescribe, TokenSpec, TokenRefine, TokenInstruction, TokenPatch, TokenEnd}

// DescribePrompt returns the text the model reads before it writes a spec
// for description. Line ends become "\n", surrounding white space goes, and
// any special-token text inside description is removed so that a person's
// words cannot steer the format.
func DescribePrompt(description string) string {
	return TokenDescribe + cleanText(description) + TokenSpec
}

// RefinePrompt returns the text the model reads before it writes a JSON
// Patch that applies instruction to spec. spec must be the canonical compact
// JSON of a spec (Marshal's output) so the model sees what it was trained on;
// the only change made to it is that "<|" inside its strings is written
// "<\u007c", the same string to JSON and no longer special-token text.
func RefinePrompt(spec []byte, instruction string) string {
	s := strings.ReplaceAll(string(spec), "<|", `<\u007c`)
	return TokenRefine + s + TokenInstruction + cleanText(instruction) + TokenPatch
}

// Answer returns the model's full answer for the JSON it writes (a spec or a
// patch): the JSON followed by TokenEnd. Training targets are exactly this.
func Answer(json []byte) string {
	return string(json) + TokenEnd
}

// cleanText normalises a person's text for a prompt: CRLF and CR become LF,
// leading and trailing white space goes, and special tokens are removed
// until none is left (removing one may join the halves of another).
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	for strings.Contains(s, "<|") {
		t := s
		for _, tok := range SpecialTokens {
			t = strings.ReplaceAll(t, tok, "")
		}
		if t == s {
			break
		}
		s = t
	}
	return strings.TrimSpace(s)
}
