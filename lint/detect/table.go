package detect

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/vmlint/vmlint/lint/tokenize"
)

// tableLabelWords is the most words a table cell that names a kind has.
const tableLabelWords = 6

// tableOf proposes the statements a table holds (the labels pass walks to
// it): in a row whose first cell names a kind (`| **Vision** | Every farmer
// … |`), the cell beside it (form label); under a header cell that names a
// kind (`| Vision | Mission |`), the cell of the first row below it (form
// heading).
func (d *detector) tableOf(t ast.Node) {
	if d.mayNameTable(t) && !d.underFeatures(d.indexOf(topOf(t))) {
		d.table(t)
	}
}

// table proposes the statements of one table. A row names a kind in its
// first cell when the table has two columns (label and text) or two or
// more rows so named (Vision, Mission, Values); a header names kinds when
// each of its cells names one or a companion ("| Vision | Mission | Values |").
func (d *detector) table(t ast.Node) {
	var rows [][]ast.Node
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []ast.Node
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, c)
		}
		rows = append(rows, cells)
	}
	if len(rows) == 0 {
		return
	}
	if d.numbersRows(rows) {
		for r := range rows {
			rows[r] = rows[r][1:] // "| # | Question | Our answer |": the rows' numbers, then the table
		}
	}
	if len(rows) >= 2 && d.namesColumns(rows[0]) {
		for col, h := range rows[0] {
			if kind := d.cellKind(h); kind != "" && col < len(rows[1]) {
				d.proposeCell(kind, FormHeading, h, rows[1][col])
			}
		}
		return
	}
	organisation := d.namesOrganisation(rows)
	if len(rows) >= 2 && len(rows[0]) >= 2 && d.namesThings(rows[0][0]) && !d.statementsColumn(rows[0][1]) && !organisation {
		// "| Category | What the judge is looking for |", then "| Vision |
		// A creative image …|": a category called Vision; not "| Item |
		// Statement |", whose items are statements, nor "| Item | Detail
		// |" over "| Registered name | … Ltd |", the organisation's facts
		return
	}
	named := 0
	for _, row := range rows {
		if len(row) >= 2 && (d.rowKind(row[0]) != "" || d.companionCell(row[0])) {
			named++
		}
	}
	if named > 0 && d.comparesColumns(rows[0]) {
		// "| | Highcrown Canopy Walk | Wyeside Schools Trust |", then "|
		// **Mission** | To open … | Excellent schools … |": a row's kind,
		// one statement for each column's organisation
		for _, row := range rows[1:] {
			if kind := d.cellKind(row[0]); kind != "" && !d.weakCell(row[0]) {
				for _, cell := range row[1:] {
					d.proposeCell(kind, FormLabel, row[0], cell)
				}
			}
		}
		return
	}
	if named == 0 || len(rows[0]) != 2 && named < 2 && !(len(rows[0]) >= 2 && d.statementsColumn(rows[0][1])) {
		return // but "| Text | Wording | Agreed |": a column that says it holds the statements, with notes beside them
	}
	for _, row := range rows {
		if named < 2 && d.weakCell(row[0]) && !organisation {
			continue // "| Purpose | Stores the sessions |" describes a part; not where a row names the organisation ("| Organisation | Fairharbour Law Centre |")
		}
		if kind := d.rowKind(row[0]); len(row) >= 2 && kind != "" && d.cellKind(row[1]) == "" {
			d.proposeCell(kind, FormLabel, row[0], row[1])
		}
	}
}

// numbersRows reports whether a table's first column only numbers its
// rows: "#", "No." or nothing in the header, a number in every other row,
// and two or more columns after it.
func (d *detector) numbersRows(rows [][]ast.Node) bool {
	if len(rows) < 2 || len(rows[0]) < 3 {
		return false
	}
	switch strings.TrimSpace(d.text(rows[0][0])) {
	case "#", "No.", "No", "":
	default:
		return false
	}
	for _, row := range rows[1:] {
		if len(row) < 3 || !tokenize.IsNumber(strings.TrimRight(strings.TrimSpace(d.text(row[0])), ".")) {
			return false
		}
	}
	return true
}

// rowKind returns the kind a row's first cell names: as a label
// (cellKind), or as a question its next cell answers ("| What is the
// club's mission? | To help … |", an FAQ's), or "".
func (d *detector) rowKind(cell ast.Node) Kind {
	if kind := d.cellKind(cell); kind != "" {
		return kind
	}
	text := strings.TrimSpace(d.text(cell))
	if !strings.HasSuffix(text, "?") {
		return ""
	}
	if info := d.classifyHeading(text, false); info.class == headingNames && len(info.kinds) == 1 && !info.weak {
		return info.kinds[0]
	}
	return ""
}

// comparesColumns reports whether a table's header row heads a column
// for each of two or more things compared, over an empty corner cell ("|
// | Highcrown Canopy Walk | Wyeside Schools Trust |"): each row then
// gives the same thing for each of them.
func (d *detector) comparesColumns(header []ast.Node) bool {
	if len(header) < 3 || strings.TrimSpace(d.text(header[0])) != "" {
		return false
	}
	for _, h := range header[1:] {
		if text := strings.TrimSpace(d.text(h)); text == "" || d.cellKind(h) != "" || d.companionCell(h) {
			return false
		}
	}
	return true
}

// labelsKinds reports whether a row of the table names a kind in its
// first cell, beside a cell for its text.
func (d *detector) labelsKinds(t *east.Table) bool {
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		if first := r.FirstChild(); first != nil && first.NextSibling() != nil && d.cellKind(first) != "" {
			return true
		}
	}
	return false
}

// namesColumns reports whether a header row names kinds: each of its cells
// names one, or a companion, or nothing, and one names a kind.
func (d *detector) namesColumns(header []ast.Node) bool {
	kinds := 0
	for _, h := range header {
		switch {
		case d.cellKind(h) != "":
			kinds++
		case d.companionCell(h), strings.TrimSpace(d.text(h)) == "":
		default:
			return false
		}
	}
	return kinds > 0
}

// namesThings reports whether a table's first header cell says that the
// column names things of a kind, one a row ("Category", "Piece").
func (d *detector) namesThings(cell ast.Node) bool {
	_, norms := d.tokens(d.text(cell))
	return len(norms) == 1 && d.vocab.nameColumn.Has(norms[0])
}

// statementsColumn reports whether a header cell says that its column
// holds statements, by name ("Statement", "Wording", "Agreed text") or
// as the organisation's own words ("What we agreed", "Our answer"): the rows'
// first cells then name what kind each one is.
func (d *detector) statementsColumn(cell ast.Node) bool {
	_, norms := d.tokens(d.text(cell))
	if len(norms) == 1 {
		switch norms[0] {
		case "statement", "statements", "wording":
			return true
		}
		return false
	}
	for _, w := range norms {
		switch w {
		case "we", "our", "wording", "text":
			return true // "What we agreed", "Agreed text", "Final wording"
		}
	}
	return false
}

// companionCell reports whether a table cell names what stands beside
// statements ("Values", "Goals").
func (d *detector) companionCell(cell ast.Node) bool {
	_, norms := d.tokens(strings.TrimRight(d.text(cell), ": "))
	return len(norms) > 0 && d.vocab.companions.Match(norms, 0) == len(norms)
}

// proposeCell proposes the text of cell as a statement of kind, marked by
// the cell label.
func (d *detector) proposeCell(kind Kind, form Form, label, cell ast.Node) {
	text := d.text(cell)
	start, end := trim(text, answerStart(text), len(text))
	if start == end || !d.readsAsStatement(text[start:end]) || bracketed(text[start:end]) {
		return // (not "*(we didn't have one)*", a note where a statement would stand)
	}
	if words, _ := d.tokens(text[start:end]); len(words) < minCellStatementWords {
		return // "Permanent", "10 years": a table about the kinds (their horizon, their owner), not one that states them
	}
	p := pick{blocks: []ast.Node{cell}, start: start, end: end}
	if d.otherSense(kind, p) {
		return
	}
	d.propose(Claim{Kind: kind, Form: form, Label: strings.TrimRight(d.text(label), ": "), Blocks: p.blocks, Start: start, End: end}, label, 0)
}

// bracketed reports whether a text is wholly a note in brackets, perhaps
// emphasised ("*(we didn't have one)*").
func bracketed(text string) bool {
	t := strings.Trim(text, "*_ ")
	return strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1
}

// answerStart returns where a cell's text starts after a "Yes" that
// answers the question beside it ("Yes: a moor where every parish …"),
// or 0.
func answerStart(text string) int {
	t := strings.TrimLeft(text, " ")
	for _, yes := range []string{"Yes:", "Yes,", "Yes.", "Yes –", "Yes —"} {
		if strings.HasPrefix(t, yes) {
			return len(text) - len(t) + len(yes)
		}
	}
	return 0
}

// minCellStatementWords is the fewest words a table cell that states a
// kind has ("Moving people, cleanly.").
const minCellStatementWords = 3

// cellKind returns the kind a table cell names ("Vision", "**Our
// mission:**"), or "".
func (d *detector) cellKind(cell ast.Node) Kind {
	text := d.text(cell)
	if p := strings.IndexAny(text, "(["); p > 0 {
		text = text[:p] // "Mission statement (max 50 words)": a form's note on the answer, not part of the name
	}
	text = strings.TrimRight(text, ": ")
	words, norms := d.tokens(text)
	if len(words) == 0 || len(words) > tableLabelWords {
		return ""
	}
	kinds, ok := d.kindPhrase(text, words, norms, false)
	if !ok || len(kinds) != 1 || len(norms) == 1 && norms[0] == "why" {
		return ""
	}
	return kinds[0]
}

// namesOrganisation reports whether a row of a two-column table is
// labelled with a word for an organisation ("| Organisation | … |", "|
// Company | … |"), or with its registered name or number ("| Registered
// name | … Co-operative Ltd |", "| Charity number | … |"): the table's
// facts are the organisation's.
func (d *detector) namesOrganisation(rows [][]ast.Node) bool {
	for _, row := range rows {
		if len(row) != 2 {
			continue
		}
		_, norms := d.tokens(d.text(row[0]))
		if len(norms) > 0 && d.vocab.organisation.Match(norms, 0) == len(norms) {
			return true
		}
		if len(norms) == 2 && (norms[1] == "name" || norms[1] == "number") && (registration[norms[0]] || d.vocab.organisation.Has(norms[0])) {
			return true
		}
	}
	return false
}

// registration holds the words before "name" or "number" that make a
// table's row an organisation's registration ("Registered name", "Charity
// number").
var registration = map[string]bool{"registered": true, "legal": true, "charity": true, "society": true}

// weakCell reports whether a cell names a mission only by a weak word.
func (d *detector) weakCell(cell ast.Node) bool {
	_, norms := d.tokens(d.text(cell))
	return d.weakName(norms)
}

// mayNameTable reports, by a look at the table's raw text, whether a cue
// word stands in it.
func (d *detector) mayNameTable(t ast.Node) bool {
	start, end := startOf(t), endOf(t)
	return start >= 0 && end > start && cueIn(d.vocab.cues, d.doc.Body[start:end])
}

// endOf returns the body offset where block n's last text ends, or -1.
func endOf(n ast.Node) int {
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Stop
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(n.Lines().Len() - 1).Stop
	}
	for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
		if e := endOf(c); e >= 0 {
			return e
		}
	}
	return -1
}
