package wordnet

import "testing"

func TestSynonyms(t *testing.T) {
	if len(synonyms) < 15 {
		t.Fatalf("%d headwords in the table", len(synonyms))
	}
	for head, words := range synonyms {
		if len(words) < 2 || words[0] != head {
			t.Errorf("%s: %q (want the headword first, then synonyms)", head, words)
		}
		seen := map[string]bool{}
		for _, w := range words {
			if seen[w] {
				t.Errorf("%s: %q twice", head, w)
			}
			seen[w] = true
		}
	}
	got := Synonyms("remove")
	if len(got) < 3 || got[0] != "remove" {
		t.Errorf("Synonyms(remove) = %q", got)
	}
	got[0] = "changed"
	if Synonyms("remove")[0] != "remove" {
		t.Error("Synonyms shares its table with the caller")
	}
	if Synonyms("zzz") != nil {
		t.Error("unknown word: want nil")
	}
}
