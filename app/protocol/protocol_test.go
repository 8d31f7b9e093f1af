package protocol

import (
	"math"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	in := Message{Kind: Done, ID: 3, Text: "{\"version\":1}\u2028<script>", N: 12, Reason: ReasonStop, Millis: 1.5}
	out, err := Decode(in.Encode())
	if err != nil || out != in {
		t.Fatalf("%+v, %v", out, err)
	}
}

func TestDecodeRefusesUnknown(t *testing.T) {
	for _, text := range []string{"", "{", `{"kind":"dance"}`, `{"kind":1}`, `[]`} {
		if _, err := Decode(text); err == nil || !strings.HasPrefix(err.Error(), "protocol: ") {
			t.Errorf("Decode(%q) = %v", text, err)
		}
	}
}

func TestEncodeNeverFails(t *testing.T) {
	m := Message{Kind: Done, ID: 4, Millis: math.NaN()}
	out, err := Decode(m.Encode())
	if err != nil || out.Kind != Failed || out.ID != 4 || out.Error == "" {
		t.Fatalf("%+v, %v", out, err)
	}
}
