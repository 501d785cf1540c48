package lint

import (
	"github.com/vmlint/vmlint/lint/language"
	"github.com/vmlint/vmlint/lint/tokenize"
)

// analyze splits a statement into sentences and words and computes its
// counts, readability and components, once, for every rule to read.
func (p *parseState) analyze(s *Statement) {
	text := s.Prose.Text
	words := tokenize.Words(text)
	slab := make([]Word, len(words)) // one allocation for every word
	k := 0
	for _, sentence := range tokenize.Sentences(text, words, p.lex) {
		first, last := sentence[0], sentence[len(sentence)-1]
		end := tokenize.SentenceEnd(text, last.End)
		sn := &Sentence{Text: text[first.Start:end], Span: p.proseRange(s.Prose, first.Start, end), Words: make([]*Word, 0, len(sentence))}
		for _, w := range sentence {
			raw := text[w.Start:w.End]
			norm := tokenize.Normalize(raw)
			slab[k] = Word{
				Text: raw, Norm: norm, Span: p.proseRange(s.Prose, w.Start, w.End),
				Syllables: syllables(norm), start: w.Start, end: w.End,
			}
			sn.Words = append(sn.Words, &slab[k])
			k++
		}
		s.Sentences = append(s.Sentences, sn)
	}
	s.words = make([]*Word, 0, len(words))
	s.norms = make([]string, 0, len(words))
	s.masks = make([]uint64, 0, len(words))
	s.lex = p.lex
	for _, sn := range s.Sentences {
		for _, w := range sn.Words {
			s.words = append(s.words, w)
			s.norms = append(s.norms, w.Norm)
			s.masks = append(s.masks, p.lex.Mask(w.Norm))
		}
	}
	a := &s.Analysis
	a.Sentences = len(s.Sentences)
	for _, sn := range s.Sentences {
		a.Words += len(sn.Words)
		for _, w := range sn.Words {
			a.Syllables += w.Syllables
		}
	}
	if a.Words > 0 && a.Sentences > 0 {
		wps := float64(a.Words) / float64(a.Sentences)
		spw := float64(a.Syllables) / float64(a.Words)
		a.FleschReadingEase = round1(206.835 - 1.015*wps - 84.6*spw)
		a.FleschKincaidGrade = round1(0.39*wps + 11.8*spw - 15.59)
	}
	p.components(s)
}

// components runs the language layer over the statement's words and
// turns what it found into the statement's components, with spans.
func (p *parseState) components(s *Statement) {
	sentences := make([][]language.Word, len(s.Sentences))
	for i, sn := range s.Sentences {
		ws := make([]language.Word, len(sn.Words))
		for k, w := range sn.Words {
			ws[k] = language.Word{Start: w.start, End: w.end, Norm: w.Norm}
		}
		sentences[i] = ws
	}
	var a *language.Analysis
	if s.Prose.Text == "" {
		// Every empty statement (a heading with nothing under it) has the
		// same analysis: make it once a file.
		if p.emptyAnalysis == nil {
			p.emptyAnalysis = language.Analyze("", nil, p.lex)
		}
		a = p.emptyAnalysis
	} else {
		a = language.Analyze(s.Prose.Text, sentences, p.lex)
	}
	s.language = a
	comp := &s.Analysis.Components
	lists := [...]*[]Component{
		language.Audience: &comp.Audience, language.Value: &comp.Value, language.Strategy: &comp.Strategy,
		language.Future: &comp.Future, language.Differentiation: &comp.Differentiation, language.Purpose: &comp.Purpose,
	}
	for k, list := range lists {
		parts := a.Components.Parts(language.Component(k))
		*list = make([]Component, 0, len(parts))
		for _, part := range parts {
			if part.Picture && s.Kind == Mission {
				continue // a mission's picture in the present tense is what its work brings about, not a future
			}
			*list = append(*list, p.component(s, part.First, part.End, part.Specific))
		}
		comp.presence[k] = a.Components.Presence(language.Component(k))
		if len(*list) == 0 && len(parts) > 0 {
			comp.presence[k] = language.Absent // pictures alone, in a mission
		}
	}
}

// component returns the component of the statement's words [i, j).
func (p *parseState) component(s *Statement, i, j int, specific bool) Component {
	pr := s.Prose
	start, end := s.words[i].start, s.words[j-1].end
	return Component{Text: pr.Text[start:end], Span: p.proseRange(pr, start, end), Specific: specific}
}

func round1(f float64) float64 {
	if f < 0 {
		return -round1(-f)
	}
	return float64(int64(f*10+0.5)) / 10
}

// proseRange is the file span of prose bytes [start, end).
func (p *parseState) proseRange(pr *Prose, start, end int) Span {
	if p.cursor.li.src == nil {
		p.cursor.li = p.doc.lines
	}
	s := p.cursor.at(pr.SourceStart(start))
	return Span{Start: s, End: p.cursor.at(pr.SourceEnd(end))}
}
