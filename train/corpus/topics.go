package corpus

import (
	"slices"
	"strings"

	"github.com/genui/genui/genui"
)

// A topic is a domain people build screens for (travel, health, logistics,
// gaming, …): the names of its screens and the words of the parts such
// screens have (field labels, option lists, button texts, table columns,
// figures). Element-list samples (elements.go) name a screen of a topic
// and list its parts; the words come mostly from the same topic and now
// and then from any, so that the screen's name never decides its parts.
//
// The vocabulary is written compactly (topicSrc) and read once: entries
// are separated by ";", an entry's English and Chinese by "|", and a
// third "|" field gives a kind where one is needed. Texts are written as
// the spec shows them ("Ship date"); descriptions lower-case them at
// random, as people type.

// topic is one domain, read from its topicSrc.
type topic struct {
	name    string
	nouns   []bi         // screens: "Warehouse intake"
	fields  []fieldWord  // inputs and text areas
	choices []choiceWord // selects and radio groups
	flags   []bi         // switches and checkboxes
	actions []bi         // button texts
	columns []kindWord   // table columns and facts ("Due date: March 31")
	stats   []kindWord   // key figures
	series  []seriesWord // what charts draw
	items   []bi         // list items and names of things
	states  []bi         // statuses and badges
}

// fieldWord is a field: its label and its input type ("area" for a text
// area).
type fieldWord struct {
	label bi
	kind  string
}

// choiceWord is a set of options: its label, the plural people say ("a
// dropdown of shelves"), and the options.
type choiceWord struct {
	label, plural bi
	opts          []bi
}

// kindWord is a label with the kind of its values (see gen.figure).
type kindWord struct {
	label bi
	kind  string
}

// seriesWord is what a chart draws: categories, or points in time when
// cats is empty.
type seriesWord struct {
	label bi
	cats  []bi
}

// topicSrc is a topic as written in the vocabulary files.
type topicSrc struct {
	name                                   string
	nouns, fields, choices, flags, actions string
	columns, stats, series, items, states  string
}

var topics = readTopics(topicSrcs)

func readTopics(srcs []topicSrc) []*topic {
	var out []*topic
	for _, src := range srcs {
		t := &topic{name: src.name, nouns: bis(src.nouns), flags: bis(src.flags), actions: bis(src.actions), items: bis(src.items), states: bis(src.states)}
		for _, e := range entries(src.fields) {
			b, kind := biKind(e, "text")
			if kind != "area" && !slices.Contains(genui.EnumValues("InputType"), kind) {
				panic("corpus: topic " + src.name + ": input type " + kind)
			}
			t.fields = append(t.fields, fieldWord{b, kind})
		}
		for _, e := range entries(src.choices) {
			head, opts, ok := strings.Cut(e, ":")
			if !ok {
				panic("corpus: topic " + src.name + ": choice without options: " + e)
			}
			parts := strings.Split(head, "|")
			c := choiceWord{label: biOf(head)}
			c.plural = bi{lower(c.label.en), c.label.zh}
			if len(parts) == 3 {
				c.plural.en = strings.TrimSpace(parts[2])
			}
			for _, o := range strings.Split(opts, "/") {
				c.opts = append(c.opts, biOf(o))
			}
			t.choices = append(t.choices, c)
		}
		for _, e := range entries(src.columns) {
			b, kind := biKind(e, "item")
			t.columns = append(t.columns, kindWord{b, kind})
		}
		for _, e := range entries(src.stats) {
			b, kind := biKind(e, "count")
			t.stats = append(t.stats, kindWord{b, kind})
		}
		for _, e := range entries(src.series) {
			head, cats, ok := strings.Cut(e, ":")
			s := seriesWord{label: biOf(head)}
			if ok {
				for _, c := range strings.Split(cats, "/") {
					s.cats = append(s.cats, biOf(c))
				}
			}
			t.series = append(t.series, s)
		}
		if len(t.nouns) == 0 || len(t.fields) == 0 || len(t.choices) == 0 || len(t.flags) == 0 || len(t.actions) == 0 ||
			len(t.columns) < 3 || len(t.stats) == 0 || len(t.series) == 0 || len(t.items) < 3 || len(t.states) == 0 {
			panic("corpus: topic " + src.name + " lacks a part")
		}
		out = append(out, t)
	}
	return out
}

// entries splits a vocabulary list at ";".
func entries(s string) []string {
	var out []string
	for _, e := range strings.Split(s, ";") {
		if e = strings.TrimSpace(e); e != "" {
			out = append(out, e)
		}
	}
	return out
}

func bis(s string) []bi {
	var out []bi
	for _, e := range entries(s) {
		out = append(out, biOf(e))
	}
	return out
}

// biOf reads "English|中文" ("x" alone is both).
func biOf(e string) bi {
	parts := strings.Split(e, "|")
	en := strings.TrimSpace(parts[0])
	zh := en
	if len(parts) > 1 {
		zh = strings.TrimSpace(parts[1])
	}
	return bi{en, zh}
}

// biKind reads "English|中文|kind", the kind defaulting to def.
func biKind(e, def string) (bi, string) {
	parts := strings.Split(e, "|")
	if len(parts) == 3 {
		def = strings.TrimSpace(parts[2])
		e = parts[0] + "|" + parts[1]
	}
	return biOf(e), def
}

// nounCount is the number of distinct screen names of all topics.
func nounCount() int {
	seen := map[string]bool{}
	for _, t := range topics {
		for _, n := range t.nouns {
			seen[n.en] = true
		}
	}
	return len(seen)
}
