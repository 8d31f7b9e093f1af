// Package corpus generates the training corpus of genui's embedded model:
// pairs of (a person's description → the spec they meant) and (a spec and
// a change they ask for → the JSON Patch that makes it), in the exact text
// format of genui/prompt.go.
//
//	gen := corpus.New(1)          // seed 1: 30% refinement, 10% Traditional Chinese
//	sm, err := gen.Sample(42)     // sample 42 of seed 1, the same on every machine
//	line, err := sm.MarshalLine() // {"task":…,"lang":…,"kind":…,"style":…,"input":…,"output":…}
//
// # What the model must learn
//
// People write "<some screen> with <part>, <part>, … and <a named button>"
// for screens of every kind, and they give the content: names, prices,
// labels, dates, figures. A model trained on made-up content it never
// sees in the request learns to make up content; a model trained on a few
// dozen screens answers every unknown screen with one of them. So most
// descriptions give content, composed at random from large vocabularies
// (content.go: products, companies, people, money in a dozen currencies,
// dates and times in several forms, order numbers, figures with units),
// and the spec holds it verbatim: copying is the only way to be right.
// And two fifths of descriptions are element lists (elements.go) over
// some four hundred screen names of twenty-two topics, from account
// recovery to beekeeping logs (topics*.go): the parts listed, in their
// order, make the spec; the name gives only its title and heading.
//
// # How a sample is made
//
// Screens are composed, not templated. A builder (kinds.go: logins,
// dashboards, pricing, chat, … and single components) assembles blocks:
// a title, form fields (fields.go), buttons, stat grids, charts and tables
// over a domain of realistic figures (data.go), navigation, and so on.
// Every choice a block makes (which fields, which label, how many items,
// which chart, which colour) is made once and reflected twice: in the
// spec's nodes and in a detail a description may say. A detail is marked
// must when the spec holds it only because it was asked for (a quoted
// label, a count, a colour, a part the screen lacks by default); the
// description then always says it. Other details are defaults, said or
// left unsaid at random, so the model learns that what is said is in the
// spec and what is not said is filled in sensibly.
//
// The description (describe.go) is written in one of five styles (terse,
// imperative, descriptive, a list, prose with context), then roughened as
// people type (typo.go: lower case, abbreviations, typing mistakes), never
// inside quoted text or content given without quotes (both are marked
// while the text is written, and the sample lists them: Quoted, Values).
// Loose labels are written in the spec with a capital first letter ("add
// to bag" gives "Add to bag"); quoted text is copied as typed, even in
// lower case. Quoted texts and prices are composed from parts (texts.go),
// so the model learns to copy rather than to recall. A tenth of samples
// are in Traditional Chinese,
// with the spec's visible text in Chinese and, in a quarter of those,
// English UI words mixed in as people in Taiwan type them. Some synonyms
// come from WordNet (train/wordnet).
//
// A refinement (refine*.go) takes a generated spec, lists the edits that
// apply to it (recolour a button, add a field after another, remove the
// chart, two columns instead of one, rename the heading, …), draws one by
// weight and writes the instruction and the minimal RFC 6902 patch; paths
// always exist, and the patched spec always validates.
//
// # Why it is hand-written
//
// No text corpus can be downloaded, and a template list would teach the
// model a few dozen screens by heart. Composition gives tens of thousands
// of distinct (description, spec) pairs whose every part is traceable, so
// tests can check faithfulness mechanically: quoted text and every value
// given are in the spec, element lists keep their order, stated counts
// hold, named colours and chart kinds are there. The vocabularies are
// written by hand too, in a compact form (topics.go), because no list of
// screens and their parts in two languages exists to be downloaded.
package corpus
