#pragma once

#include "filter.h"

#include <QString>

// The one-line filter text language (architecture.md, "Filter text language"):
//
//   status in (READY, ERROR) and tag:Application = shop and not delete = true
//
// Values: "quoted" is always a string; a bare JSON number (30000, -1.5, 1e3) is a number;
// true/false are bools; any other bare word (READY, 2026-12-03T15:57:53Z, île-de-France, 007)
// is a string. Inside quotes: \" \\ \n \r \t and \uXXXX; any other character, including a raw
// newline or tab, stands for itself. Names may be Unicode identifiers (tag:région).
//
// print() gives the canonical form, and parse(print(f)) == f for every filter the language
// can express. Empty lists, null, JSON objects, nested lists and non-finite numbers have no
// text form; they print as "()", which parse() rejects, so they never silently turn into a
// different filter.
namespace FilterText {

struct ParseError
{
    qsizetype position = -1; // 0-based offset in UTF-16 units (a QLineEdit cursor position)
    QString expected;        // what would have been valid there, e.g. "a verb (=, equal, in, before, after)"
    QString found;           // the offending text as typed (shortened); empty at the end of the text

    // "at column N: expected X, found 'Y'" (technical English; the ui layer words it for users).
    QString message() const;
};

// Empty or all-whitespace text is the empty filter. On failure *filter is left untouched.
// Either pointer may be null (e.g. to validate only).
[[nodiscard]] bool parse(const QString &text, Filter *filter, ParseError *error);

// The canonical form: lower-case keywords, '=' for equal, no "field:" prefix, quotes only
// where needed, statements joined by " and ".
QString print(const Filter &filter);
QString printStatement(const FilterStat &stat);

} // namespace FilterText
