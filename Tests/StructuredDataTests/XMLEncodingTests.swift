import Testing
@testable import StructuredData

/// Declared encodings: ISO-8859-1 is read (as PHP's libxml2 reads it), others refused.
struct XMLEncodingTests {
    static let declarations: [(String, String?)] = [
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>", "iso-8859-1"),
        ("<?xml version='1.0' encoding = 'latin1' ?><a/>", "latin1"),
        ("<?xml version=\"1.0\"?><a/>", nil),
        ("<a encoding=\"x\"/>", nil),
    ]

    @Test(arguments: declarations)
    func findsTheDeclaredEncoding(text: String, expected: String?) {
        #expect(XMLEncoding.declaredEncoding(Array(text.utf8)) == expected)
    }

    @Test func transcodesLatin1() {
        #expect(XMLEncoding.utf8(fromLatin1: [0x47, 0x72, 0xFC, 0xDF, 0x65]) == Array("Grüße".utf8))
    }

    @Test func readsALatin1Document() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>Gr".utf8) + [0xFC, 0xDF] + Array("e</r>".utf8)
        let document = try XMLReader.parse(bytes)
        #expect(document.root.text == "Grüße")
        #expect(document.declaration?.encoding == "ISO-8859-1")
    }

    @Test func aLatin1ErrorCountsCharacters() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>".utf8) + [0xFC] + Array("</x>".utf8)
        #expect(throws: XMLParseError(message: "Opening and ending tag mismatch: r line 2 and x", location: SourceLocation(line: 2, column: 9))) {
            try XMLReader.parse(bytes)
        }
    }
}
