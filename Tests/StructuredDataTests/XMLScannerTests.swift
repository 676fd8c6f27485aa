import Testing
import StructuredData

/// Structural well-formedness errors, with libxml2's messages and locations: each row is what PHP
/// 8.2's libxml2 2.9.14 reports first for the same input (`libxml_get_errors()[0]`, Debian 12),
/// except `""` (libxml2 reports nothing; here "Document is empty").
struct XMLScannerTests {
    static let errors: [(String, String, Int, Int)] = [
        ("", "Document is empty", 1, 1),
        ("   ", "Start tag expected, '<' not found", 1, 4),
        ("hello", "Start tag expected, '<' not found", 1, 1),
        ("<?xml version=\"1.0\"?>", "Start tag expected, '<' not found", 1, 22),
        ("<a>", "Premature end of data in tag a line 1", 1, 4),
        ("<a>\n<b>text", "Premature end of data in tag b line 2", 2, 8),
        ("<a><b></a>", "Opening and ending tag mismatch: b line 1 and a", 1, 11),
        ("<request>\n <x/>\n <message>hi</messag>\n</request>",
         "Opening and ending tag mismatch: message line 3 and messag", 3, 22),
        ("<a/><b/>", "Extra content at the end of the document", 1, 5),
        ("<a/>\nx", "Extra content at the end of the document", 2, 1),
        ("<1a/>", "StartTag: invalid element name", 1, 2),
        ("<a><!b/></a>", "StartTag: invalid element name", 1, 5),
        ("< a/>", "StartTag: invalid element name", 1, 2),
        ("<a", "Couldn't find end of Start Tag a line 1", 1, 3),
        ("<a b='1' /", "error parsing attribute name", 1, 10),
        ("<a b/>", "Specification mandates value for attribute b", 1, 5),
        ("<a b=1/>", "AttValue: \" or ' expected", 1, 6),
        ("<a b='1'c='2'/>", "attributes construct error", 1, 9),
        ("<a b='1' b=\"2\"/>", "Attribute b redefined", 1, 15),
        ("<a b='<'/>", "Unescaped '<' not allowed in attributes values", 1, 7),
        ("<a b='1/>", "AttValue: ' expected", 1, 10),
        ("<a></ a>", "expected '>'", 1, 7),
        ("<a></a x>", "expected '>'", 1, 8),
        ("<a>]]></a>", "Sequence ']]>' not allowed in content", 1, 4),
        ("<a>\u{1}</a>", "PCDATA invalid Char value 1", 1, 4),
        ("<a>\u{FFFE}</a>", "Char 0xFFFE out of allowed range", 1, 4),
        ("<a b='\u{1F}'/>", "invalid character in attribute value", 1, 7),
        ("<a/><?xml version=\"1.0\"?>", "XML declaration allowed only at the start of the document", 1, 10),
        (" <?xml version=\"1.0\"?><a/>", "XML declaration allowed only at the start of the document", 1, 7),
        ("<?xml encoding=\"utf-8\"?><a/>", "Malformed declaration expecting version", 1, 7),
        ("<?xml version=\"2.0\"?><a/>", "Unsupported version '2.0'", 1, 20),
        ("<?xml version=\"1.0\" encoding=\"EBCDIC-XX\"?><a/>", "Unsupported encoding EBCDIC-XX", 1, 41),
        ("<?xml version=\"1.0\" x?><a/>", "parsing XML declaration: '?>' expected", 1, 21),
        ("<?xml version=\"1.0\" standalone=\"maybe\"?><a/>", "standalone accepts only 'yes' or 'no'", 1, 33),
        ("<?xml version 1.0?><a/>", "expected '='", 1, 15),
        ("<?xml version=1.0?><a/>", "String not started expecting ' or \"", 1, 15),
    ]

    @Test(arguments: errors)
    func reportsErrors(text: String, message: String, line: Int, column: Int) {
        #expect(throws: XMLParseError(message: message, location: SourceLocation(line: line, column: column))) {
            try XMLReader.parse(text)
        }
    }

    static let invalidUTF8: [([UInt8], Int)] = [
        (Array("<a>".utf8) + [0xFF] + Array("</a>".utf8), 4),
        (Array("<a>".utf8) + [0xC3] + Array("</a>".utf8), 4),
        (Array("<a b='".utf8) + [0xED, 0xA0, 0x80] + Array("'/>".utf8), 7),
        (Array("<a".utf8) + [0xC0, 0x80] + Array("/>".utf8), 3),
    ]

    @Test(arguments: invalidUTF8)
    func refusesInvalidUTF8(bytes: [UInt8], column: Int) {
        #expect(throws: XMLParseError(message: "Input is not proper UTF-8, indicate encoding !",
                                      location: SourceLocation(line: 1, column: column))) {
            try XMLReader.parse(bytes)
        }
    }
}
