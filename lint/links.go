package lint

import (
	"bytes"
	"math"
	"unicode/utf8"

	"github.com/yuin/goldmark/util"
)

// goldmark scans link syntax it cannot close in time that grows with the
// square of a paragraph: after each "](" it reads the destination to the
// next blank (or, for "<…>", the next ">") on the line, and a title ('"',
// "'" or "(" after the destination) to its closing mark, or the end of the
// paragraph, before it gives up; "[a](" repeated over 64 KB took it two
// seconds. It also reads each link reference definition ("[a]: …") with
// the rest of its paragraph, and matches each "]" by reading again what
// lies after its "[". It matches emphasis marks in time in the square of a
// paragraph too (lineEmphasisWork). linkWork counts, for every "](", the
// bytes those scans can read at most, and for emphasis the marks read back
// over; tooManyLinks refuses a body where that passes linkWorkPerByte a
// byte and linkWorkFloor in all. goldmark reads about a byte a nanosecond
// there, so the bound keeps it near a quarter of a second a megabyte; in
// ordinary prose the scans read each link's destination once, and the
// 3,088 files of a real docs tree read at most 1.3 bytes a byte.
const (
	linkWorkPerByte = 256
	linkWorkFloor   = 1 << 26
	// maxOpens bounds the brackets open at once in a paragraph, which
	// goldmark matches by reading again what lies between ("[" and "]" 40,000
	// each took it half a second, four times as many ten times as long):
	// their work is counted, and the bound keeps the count's memory small.
	// The paragraphs of a real docs tree hold a few hundred brackets.
	maxOpens = 1500
)

// tooManyLinks finds where a Markdown body holds more link syntax than
// goldmark reads in time proportional to its size, and returns the offset
// of the paragraph where the work passes the bound.
func tooManyLinks(body []byte) (int, bool) {
	budget := linkWorkFloor + linkWorkPerByte*len(body)
	if linkWorkBound(body) <= budget {
		return 0, false // most files: too few brackets and delimiters to matter
	}
	at, work := linkWork(body, budget)
	return at, work > budget
}

// linkWorkBound returns a bound on what linkWork can count for body, from
// how many of the bytes it counts work for the body holds, in a few passes
// the processor makes at memory speed: every "](" (at most one for each
// "]") scans at most the body for its destination and has at most one
// title read to the end of the body, every definition likewise a
// sixteenth, every "]" reads back at most the body eight times, and every
// emphasis delimiter reads back over at most every delimiter before it,
// twice. A body with maxOpens "[" or more may stop linkWork at once, so
// it has no bound here.
func linkWorkBound(body []byte) int {
	if bytes.Count(body, []byte("[")) >= maxOpens {
		return math.MaxInt
	}
	closes := bytes.Count(body, []byte("]"))
	delims := bytes.Count(body, []byte("*")) + bytes.Count(body, []byte("_")) + bytes.Count(body, []byte("~"))
	return len(body) * (11*closes + 2*delims)
}

// linkWork sums the bytes goldmark's scans of link destinations and titles
// can read, paragraph by paragraph, until the sum passes budget; it returns
// the offset of the paragraph where it stopped, and the sum. A paragraph
// here is a run of lines that no blank line or block start (a heading, a
// list item, a fence, a table's row) cuts, block quote markers aside: it is
// at least as long as the paragraph goldmark reads there, so a title's scan
// is never under-counted.
func linkWork(body []byte, budget int) (at, work int) {
	runStart := 0
	titles, titleStarts := 0, 0 // titles in the run, and the sum of their offsets
	defs, defStarts := 0, 0     // definitions in the run, and the sum of their offsets
	var opens [maxOpens]int32   // the offsets of the "[" of the run not yet closed
	depth := 0
	delims := 0 // the emphasis delimiter runs of the run so far
	end := func(at int) bool {
		// Each title and definition is read to the end of the run; a byte
		// of a definition costs goldmark a sixteenth of a title's.
		work += titles*at - titleStarts + (defs*at-defStarts)/16
		titles, titleStarts, defs, defStarts, depth, delims = 0, 0, 0, 0, 0, 0
		return work > budget
	}
	var previous []byte // the line before, less its block quote markers
	inTable := false    // the lines are the rows of a table, each read on its own
	for start := 0; start < len(body); {
		stop := lineEnd(body, start)
		line := body[start:stop]
		content := afterQuotes(line)
		blank := len(bytes.TrimSpace(content)) == 0
		if blank || inTable || startsBlock(content) {
			if end(start) {
				return runStart, work
			}
			runStart = start
			if blank {
				runStart = stop + 1
			}
		}
		switch {
		case blank:
			inTable = false
		case !inTable && previous != nil && isDelimiterRow(content) && tableCells(content) == tableCells(previous):
			inTable = true // a table: each row that follows is read on its own
		}
		w, n, sum := lineLinkWork(body, start, stop)
		work, titles, titleStarts = work+w, titles+n, titleStarts+sum
		w, delims = lineEmphasisWork(body, start, stop, delims)
		work += w
		from := start
		if startsDefinition(content) {
			defs++
			defStarts += start
			from += bytes.Index(line, []byte("]:")) + 2 // a definition's label is not a link's
		}
		// A "]" is matched with the last "[" not yet closed, and the
		// brackets between are read again: count the bytes between.
		for i := from; i < stop; i++ {
			switch body[i] {
			case '[':
				if depth == maxOpens {
					return runStart, budget + 1 // nested past any real text
				}
				opens[depth] = int32(i - runStart)
				depth++
			case ']':
				if depth > 0 {
					depth--
					work += 8 * (i - runStart - int(opens[depth])) // a byte read again costs goldmark about eight of a scan's
				}
			}
		}
		previous = content
		start = stop + 1
	}
	end(len(body))
	return runStart, work
}

// lineLinkWork returns, for the line body[start:stop], the bytes goldmark's
// scans of the destinations after its "](" can read, and the number of
// titles that follow them and the sum of their offsets. The scans' ends
// only move on along the line, so the line is read a bounded number of
// times.
func lineLinkWork(body []byte, start, stop int) (work, titles, titleStarts int) {
	blank, angle := start, start // the next blank, and the next ">" not after a backslash
	lastEnd, lastTitle := -1, -1
	for i := start; ; i++ {
		k := bytes.Index(body[i:stop], []byte("]("))
		if k < 0 {
			return work, titles, titleStarts
		}
		i += k
		p := i + 2
		for p < stop && (body[p] == ' ' || body[p] == '\t') {
			p++
		}
		var destEnd int
		if p < stop && body[p] == '<' {
			for angle = max(angle, p+1); angle < stop && (body[angle] != '>' || body[angle-1] == '\\'); angle++ {
			}
			destEnd = min(angle+1, stop)
		} else {
			for blank = max(blank, p); blank < stop && body[blank] != ' ' && body[blank] != '\t' && body[blank] != '\r'; blank++ {
			}
			destEnd = blank
		}
		work += destEnd - p
		if destEnd != lastEnd {
			lastEnd, lastTitle = destEnd, titleAfter(body, destEnd)
		}
		if lastTitle >= 0 {
			titles, titleStarts = titles+1, titleStarts+lastTitle
		}
	}
}

// emphasisStep is the work lineEmphasisWork counts for each delimiter a
// closing one can read back over: goldmark takes about two nanoseconds for
// each, where its scans of link syntax read a byte a nanosecond.
const emphasisStep = 2

// lineEmphasisWork returns, for the line body[start:stop], how many
// delimiters goldmark's matching of emphasis can read at most, weighted by
// emphasisStep, and the count of delimiter runs ("*", "_" or "~") in the
// paragraph so far, given delims before the line. goldmark (unlike the
// CommonMark reference, which keeps a lower bound for each kind of opener)
// reads back from each delimiter that can close over every delimiter left
// before it, to the start of the paragraph when none matches, and a closer
// that no opener matches but one of its kind might stays in the list:
// "*a_ " repeated over 128 KB took it 2.7 s, and "c* " after one "a**b"
// grew as fast. Each run that may close, by goldmark's own rule from the
// characters around it (mayClose), is counted as read back over every run
// before it in the paragraph, once for each of its characters, as a long
// run is matched a piece at a time: never less than goldmark reads. Runs
// that cannot close cost nothing of their own (an underscore inside a
// word, as in snake_case names, cannot), and in ordinary prose a closer
// finds its opener a few runs back.
func lineEmphasisWork(body []byte, start, stop, delims int) (work, runs int) {
	for i := start; i < stop; {
		c := body[i]
		if c != '*' && c != '_' && c != '~' {
			i++
			continue
		}
		j := i + 1
		for j < stop && body[j] == c {
			j++
		}
		before, after := '\n', ' ' // as goldmark reads a line's start and end
		if i > start {
			before, _ = utf8.DecodeLastRune(body[start:i])
		}
		if j < stop {
			after, _ = utf8.DecodeRune(body[j:stop])
		}
		if mayClose(c, before, after) {
			work += emphasisStep * (j - i) * delims
		}
		delims++
		i = j
	}
	return work, delims
}

// mayClose reports whether a run of the delimiter c between the characters
// before and after can close emphasis, as goldmark's ScanDelimiter decides
// it (CommonMark's right-flanking rule, stricter for "_"). goldmark reads
// the characters of the file around the run, or a blank at the start of a
// container's line or a table's cell, where no run can close: so where
// this reads another character it can only count more closers.
func mayClose(c byte, before, after rune) bool {
	beforeBlank, beforePunct := util.IsSpaceRune(before), util.IsPunctRune(before)
	afterBlank, afterPunct := util.IsSpaceRune(after), util.IsPunctRune(after)
	left := !afterBlank && (!afterPunct || beforeBlank || beforePunct)
	right := !beforeBlank && (!beforePunct || afterBlank || afterPunct)
	if c == '_' {
		return right && (!left || afterPunct)
	}
	return right
}

// startsDefinition reports whether a line (less its block quote markers)
// may start a link reference definition: "[", a label and "]:".
func startsDefinition(s []byte) bool {
	return len(s) > 0 && s[0] == '[' && bytes.Contains(s, []byte("]:"))
}

// titleAfter returns the offset of a link title's opening mark after the
// destination that ends at i (past blanks and one line break), or -1.
func titleAfter(body []byte, i int) int {
	skipBlanks := func() {
		for i < len(body) && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r') {
			i++
		}
	}
	skipBlanks()
	if i < len(body) && body[i] == '\n' {
		i++
		skipBlanks()
	}
	if i < len(body) && (body[i] == '"' || body[i] == '\'' || body[i] == '(') {
		return i
	}
	return -1
}

// afterQuotes returns line without its indentation and block quote markers.
func afterQuotes(line []byte) []byte {
	for {
		trimmed := bytes.TrimLeft(line, " \t")
		if len(trimmed) == 0 || trimmed[0] != '>' {
			return trimmed
		}
		line = trimmed[1:]
	}
}

// startsBlock reports whether a line (less its indentation and block quote
// markers) starts a block that cuts a paragraph: an ATX heading, a fence, a
// bullet list item with text, or an ordered one numbered 1.
func startsBlock(s []byte) bool {
	switch {
	case len(s) == 0:
		return false
	case s[0] == '#', bytes.HasPrefix(s, []byte("```")), bytes.HasPrefix(s, []byte("~~~")):
		return true
	case (s[0] == '-' || s[0] == '*' || s[0] == '+') && len(s) > 2 && (s[1] == ' ' || s[1] == '\t'):
		return len(bytes.TrimSpace(s[2:])) > 0
	case len(s) > 3 && s[0] == '1' && (s[1] == '.' || s[1] == ')') && (s[2] == ' ' || s[2] == '\t'):
		return len(bytes.TrimSpace(s[3:])) > 0
	}
	return false
}

// isDelimiterRow reports whether a line is a table's delimiter row: pipes,
// dashes, colons and blanks, with a dash and a pipe.
func isDelimiterRow(s []byte) bool {
	s = bytes.TrimSpace(s)
	if bytes.IndexByte(s, '-') < 0 || bytes.IndexByte(s, '|') < 0 {
		return false
	}
	for _, c := range s {
		if c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// tableCells counts the cells of a table row: the pipes that are not
// escaped, less a leading and a trailing one, plus one.
func tableCells(s []byte) int {
	s = bytes.TrimSpace(s)
	pipes := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			pipes++
		}
	}
	if len(s) > 0 && s[0] == '|' {
		pipes--
	}
	if len(s) > 1 && s[len(s)-1] == '|' && s[len(s)-2] != '\\' {
		pipes--
	}
	return pipes + 1
}
