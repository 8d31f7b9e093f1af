package corpus

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// Stats counts what a run of the generator covered: tasks, languages,
// kinds, components, styles, edits, and the shape of descriptions and
// specs. Add each sample, then Write a report.
type Stats struct {
	n          int
	task       map[string]int
	lang       map[string]int
	kind       map[string]int
	style      map[string]int // describe styles and refine edits, by task
	component  map[string]int // describe samples whose spec holds the type
	quoted     int            // descriptions and instructions with quoted text
	valued     int            // descriptions that give content without quotes (Sample.Values)
	content    int            // descriptions that give content, quoted or not
	lists      int            // element-list descriptions
	nouns      map[string]int // element lists by screen name
	lowerOnly  int            // English texts without a capital letter
	digits     int            // texts with a number in them
	textLen    []int          // description lengths in runes
	specBytes  []int          // describe: spec bytes; refine: spec + patch bytes
	patchOps   map[int]int    // refine: patches by number of operations
	opKinds    map[string]int // refine: operations by op
	maxExample int            // longest input + output, in bytes
}

// NewStats returns empty statistics.
func NewStats() *Stats {
	return &Stats{task: map[string]int{}, lang: map[string]int{}, kind: map[string]int{}, style: map[string]int{},
		component: map[string]int{}, patchOps: map[int]int{}, opKinds: map[string]int{}, nouns: map[string]int{}}
}

// Add counts one sample.
func (st *Stats) Add(sm *Sample) {
	st.n++
	st.task[sm.Task]++
	st.lang[sm.Lang]++
	st.kind[sm.Kind]++
	st.style[sm.Task+" "+sm.Style]++
	if len(sm.Quoted) > 0 {
		st.quoted++
	}
	if sm.Lang == "en" && strings.IndexFunc(sm.Text, unicode.IsUpper) < 0 {
		st.lowerOnly++
	}
	if strings.IndexFunc(sm.Text, unicode.IsDigit) >= 0 {
		st.digits++
	}
	st.maxExample = max(st.maxExample, len(sm.Input)+len(sm.Output))
	if sm.Task == Describe {
		if len(sm.Values) > 0 {
			st.valued++
		}
		if len(sm.Values) > 0 || len(sm.Quoted) > 0 {
			st.content++
		}
		if sm.Noun != "" {
			st.lists++
			st.nouns[sm.Noun]++
		}
		st.textLen = append(st.textLen, len([]rune(sm.Text)))
		st.specBytes = append(st.specBytes, len(sm.Spec))
		for t := range typesIn(sm.Spec) {
			st.component[t]++
		}
		return
	}
	st.specBytes = append(st.specBytes, len(sm.Spec)+len(sm.Patch))
	var ops []struct {
		Op string `json:"op"`
	}
	if json.Unmarshal(sm.Patch, &ops) == nil {
		st.patchOps[len(ops)]++
		for _, o := range ops {
			st.opKinds[o.Op]++
		}
	}
}

// typesIn returns the component types a spec's JSON holds.
func typesIn(spec []byte) map[string]bool {
	var v any
	_ = json.Unmarshal(spec, &v) // specs here are valid JSON
	out := map[string]bool{}
	var visit func(any)
	visit = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			if t, ok := x["type"].(string); ok {
				out[t] = true
			}
			for _, y := range x {
				visit(y)
			}
		case []any:
			for _, y := range x {
				visit(y)
			}
		}
	}
	visit(v)
	return out
}

// Kinds returns the number of kinds seen.
func (st *Stats) Kinds() int { return len(st.kind) }

// Write prints the report.
func (st *Stats) Write(w io.Writer) {
	pct := func(k int) string { return fmt.Sprintf("%d (%.1f%%)", k, 100*float64(k)/float64(max(st.n, 1))) }
	fmt.Fprintf(w, "samples %d\n", st.n)
	section(w, "task", st.task, pct)
	section(w, "language", st.lang, pct)
	fmt.Fprintf(w, "quoted text %s, numbers %s, English all lower case %s\n", pct(st.quoted), pct(st.digits), pct(st.lowerOnly))
	fmt.Fprintf(w, "longest input+output %d bytes\n", st.maxExample)
	describe := st.task[Describe]
	share := func(k int) string { return fmt.Sprintf("%d (%.1f%%)", k, 100*float64(k)/float64(max(describe, 1))) }
	fmt.Fprintf(w, "\ndescriptions giving content: %s; without quotes (names, prices, figures, loose labels) %s\n", share(st.content), share(st.valued))
	fmt.Fprintf(w, "element lists: %s of descriptions, %d distinct screen names\n", share(st.lists), len(st.nouns))
	fmt.Fprintf(w, "\ncomponents (share of describe samples whose spec holds the type):\n")
	for _, k := range sortedKeys(st.component) {
		fmt.Fprintf(w, "  %-10s %6d %5.1f%%\n", k, st.component[k], 100*float64(st.component[k])/float64(max(describe, 1)))
	}
	fmt.Fprintf(w, "\ndescription length (runes):\n")
	hist(w, st.textLen, []int{20, 50, 100, 200, 400})
	fmt.Fprintf(w, "\nspec bytes (describe: spec; refine: spec + patch):\n")
	hist(w, st.specBytes, []int{250, 500, 1000, 1500, 2000, 2500})
	section(w, "styles and edits", st.style, pct)
	section(w, "patch operations", st.opKinds, func(k int) string { return fmt.Sprint(k) })
	fmt.Fprintf(w, "\noperations per patch:")
	for _, k := range sortedInts(st.patchOps) {
		fmt.Fprintf(w, " %d:%d", k, st.patchOps[k])
	}
	fmt.Fprintf(w, "\n")
	section(w, fmt.Sprintf("kinds (%d)", len(st.kind)), st.kind, pct)
}

func section(w io.Writer, title string, m map[string]int, f func(int) string) {
	fmt.Fprintf(w, "\n%s:\n", title)
	keys := sortedKeys(m)
	sort.SliceStable(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] })
	for _, k := range keys {
		fmt.Fprintf(w, "  %-32s %s\n", k, f(m[k]))
	}
}

func hist(w io.Writer, xs []int, edges []int) {
	counts := make([]int, len(edges)+1)
	for _, x := range xs {
		i := sort.SearchInts(edges, x+1)
		counts[i]++
	}
	lo := 0
	for i, c := range counts {
		label := fmt.Sprintf("%d+", lo)
		if i < len(edges) {
			label = fmt.Sprintf("%d–%d", lo, edges[i]-1)
			lo = edges[i]
		}
		fmt.Fprintf(w, "  %-10s %6d %5.1f%%\n", label, c, 100*float64(c)/float64(max(len(xs), 1)))
	}
	if len(xs) > 0 {
		s := append([]int(nil), xs...)
		sort.Ints(s)
		fmt.Fprintf(w, "  median %d, 95th percentile %d, max %d\n", s[len(s)/2], s[len(s)*95/100], s[len(s)-1])
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortedInts(m map[int]int) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}
