package genui

import "testing"

func TestSafeURL(t *testing.T) {
	for _, tc := range []struct {
		url         string
		link, image bool
	}{
		{"", true, true},
		{"https://example.com/a?b=1&c=2#d", true, true},
		{"HTTP://EXAMPLE.COM", true, true},
		{"/a/b.png", true, true},
		{"a.png", true, true},
		{"../a:b", true, true},
		{"?q=1", true, true},
		{"#top", true, true},
		{"//cdn.example.com/x.png", true, true},
		{"a b:c", true, true}, // no scheme: a space may not be in one
		{"data:image/png;base64,AAAA", false, true},
		{"DATA:IMAGE/SVG+XML,<svg/>", false, true},
		{"data:image/", false, false},
		{"data:text/html,<script>alert(1)</script>", false, false},
		{"data:,hello", false, false},
		{"javascript:alert(1)", false, false},
		{"JAVASCRIPT:alert(1)", false, false},
		{" javascript:alert(1)", false, false},
		{"java\tscript:alert(1)", false, false},
		{"java\nscript:alert(1)", false, false},
		{"javascript\r:alert(1)", false, false},
		{"\x00javascript:alert(1)", false, false},
		{"java\x00script:alert(1)", false, false},
		{"\x7fjavascript:alert(1)", false, false},
		{"javascript&#58;alert(1)", false, false},
		{"javascript&#x3A;alert(1)", false, false},
		{"javascript&colon;alert(1)", false, false},
		{"&#106;avascript:alert(1)", false, false},
		{"&#x0000006A;avascript:alert(1)", false, false},
		{"https://x.org/?next=javascript:alert(1)", true, true},
		{"vbscript:msgbox(1)", false, false},
		{"file:///etc/passwd", false, false},
		{"ftp://example.com", false, false},
		{"mailto:a@example.com", false, false},
		{"blob:https://example.com/uuid", false, false},
		{"about:blank", false, false},
	} {
		if got := SafeURL(tc.url, false); got != tc.link {
			t.Errorf("SafeURL(%q, link) = %v", tc.url, got)
		}
		if got := SafeURL(tc.url, true); got != tc.image {
			t.Errorf("SafeURL(%q, image) = %v", tc.url, got)
		}
	}
}

func TestSuggest(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"buton", "button"},
		{"Button", "button"},
		{"colum", "column"},
		{"hedaing", "heading"}, // a swap of adjacent letters
		{"txt", "text"},
		{"image", "image"},
		{"img", ""},
		{"carousel", ""},
		{"", ""},
		{string(make([]byte, 100)), ""},
	} {
		if got := suggest(tc.in, catalogNames); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
