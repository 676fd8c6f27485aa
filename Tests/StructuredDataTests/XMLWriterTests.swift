import Testing
import StructuredData

struct XMLWriterTests {
    @Test func reproducesTheIovoxRequestAsIs() throws {
        let document = try XMLReader.parse(XMLReaderTests.iovoxRequest)
        #expect(XMLWriter.string(document, indent: false) == XMLReaderTests.iovoxRequest)
    }

    @Test func indentsTheIovoxRequest() throws {
        let document = try XMLReader.parse(XMLReaderTests.iovoxRequest)
        #expect(XMLWriter.string(document, indent: true) == """
            <?xml version="1.0" encoding="utf-8"?>
            <request>
              <origin>447923221231</origin>
              <destination>447723443321</destination>
              <message>Hello there, my name is John</message>
            </request>
            """)
    }

    @Test func indentsTheIovoxErrors() throws {
        let document = try XMLReader.parse(XMLReaderTests.iovoxErrors)
        #expect(XMLWriter.string(document, indent: false) == XMLReaderTests.iovoxErrors)
        #expect(XMLWriter.string(document, indent: true) == """
            <errors>
              <error status="400">Origin Empty</error>
              <error status="400">Message Empty</error>
            </errors>
            """)
    }

    static let elements: [(XMLElement, String)] = [
        (XMLElement(name: "a"), "<a/>"),
        (XMLElement(name: "a", text: ""), "<a/>"),
        (XMLElement(name: "t", text: "a<b&c>d\"'"), "<t>a&lt;b&amp;c&gt;d\"'</t>"),
        (XMLElement(name: "t", text: "]]>\r\n"), "<t>]]&gt;&#13;\n</t>"),
        (XMLElement(name: "t", attributes: [XMLAttribute(name: "v", value: "x\"y\n\t<&>'")]),
         "<t v=\"x&quot;y&#10;&#9;&lt;&amp;&gt;'\"/>"),
        (XMLElement(name: "a", attributes: [XMLAttribute(name: "z", value: "1"), XMLAttribute(name: "b", value: "2")],
                    children: [.element(XMLElement(name: "c")), .text(" x ")]),
         "<a z=\"1\" b=\"2\"><c/> x </a>"),
        (XMLElement(name: "é", text: "ü😀"), "<é>ü😀</é>"),
    ]

    @Test(arguments: elements)
    func writesElementsCompactly(element: XMLElement, expected: String) {
        #expect(XMLWriter.string(element) == expected)
    }

    static let indented: [(String, String)] = [
        ("<a><b><c>1</c><d/></b><e/></a>", "<a>\n  <b>\n    <c>1</c>\n    <d/>\n  </b>\n  <e/>\n</a>"),
        ("<p>Hello <b>World</b>!</p>", "<p>Hello <b>World</b>!</p>"),
        ("<r>\n  <p>Hi <b> <i>x</i> </b></p>\n</r>", "<r>\n  <p>Hi <b> <i>x</i> </b></p>\n</r>"),
        ("<a>   </a>", "<a>   </a>"),
        ("<a x='1'>\n\n<b/>\n</a>", "<a x=\"1\">\n  <b/>\n</a>"),
    ]

    @Test(arguments: indented)
    func indentsOnlyElementOnlyContent(text: String, expected: String) throws {
        let root = try XMLReader.parse(text).root
        #expect(XMLWriter.string(root, indent: true) == expected)
        #expect(XMLWriter.string(XMLDocument(root: root), indent: true) == expected)
    }

    @Test func writesTheDeclaration() {
        let document = XMLDocument(declaration: XMLDeclaration(version: "1.0", encoding: "UTF-8", standalone: "yes"),
                                   root: XMLElement(name: "a"))
        #expect(XMLWriter.string(document, indent: false) == "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<a/>")
        #expect(XMLWriter.bytes(document, indent: false) == Array(XMLWriter.string(document, indent: false).utf8))
        let bare = XMLDocument(declaration: XMLDeclaration(version: "1.0", encoding: nil), root: XMLElement(name: "a"))
        #expect(XMLWriter.string(bare, indent: true) == "<?xml version=\"1.0\"?>\n<a/>")
    }

    static let roundTrips: [String] = [
        XMLReaderTests.iovoxRequest,
        XMLReaderTests.iovoxErrors,
        "<a v='1&#10;2&#9;&#13;'>x&#13;y<![CDATA[<z>]]>&amp;</a>",
        "<?xml version='1.0' standalone='no'?><a><b c=\"&quot;'\"/>text <i>mixed</i> tail</a>",
    ]

    @Test(arguments: roundTrips)
    func readsBackTheSameTree(text: String) throws {
        let document = try XMLReader.parse(text)
        #expect(try XMLReader.parse(XMLWriter.string(document, indent: false)) == document)
        #expect(try XMLReader.parse(XMLWriter.bytes(document, indent: false)) == document)
    }
}
