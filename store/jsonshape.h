#pragma once

#include <QStringView>

// What a JSON text is, found in one pass without building a document. Imports check four
// JSON columns per row; a full parse of each costs more than writing the row.
namespace JsonShape {

enum class Shape {
    Invalid,         // not JSON
    Null,            // null
    ObjectOfStrings, // {} or an object whose values are all strings
    Object,          // any other object
    ArrayOfStrings,  // [] or an array of strings
    Array,           // any other array
    Scalar,          // a string, number, true or false
};

Shape classify(QStringView text);

} // namespace JsonShape
