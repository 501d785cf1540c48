// Package rules holds vmlint's built-in rules, one file per rule, each a
// small pure function of the document model. All lists them in order.
package rules
