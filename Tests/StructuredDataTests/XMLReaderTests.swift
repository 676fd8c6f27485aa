import Testing
import StructuredData

struct XMLReaderTests {
    static let iovoxRequest = """
        <?xml version="1.0" encoding="utf-8"?>
        <request>
            <origin>447923221231</origin>
            <destination>447723443321</destination>
            <message>Hello there, my name is John</message>
         </request>
        """

    static let iovoxErrors = #"<errors><error status="400">Origin Empty</error><error status="400">Message Empty</error></errors>"#

    @Test func readsTheIovoxRequest() throws {
        let document = try XMLReader.parse(Self.iovoxRequest)
        #expect(document.declaration == XMLDeclaration(version: "1.0", encoding: "utf-8"))
        #expect(document.root == XMLElement(name: "request", children: [
            .text("\n    "),
            .element(XMLElement(name: "origin", text: "447923221231")),
            .text("\n    "),
            .element(XMLElement(name: "destination", text: "447723443321")),
            .text("\n    "),
            .element(XMLElement(name: "message", text: "Hello there, my name is John")),
            .text("\n "),
        ]))
        #expect(try XMLReader.parse(Array(Self.iovoxRequest.utf8)) == document)
    }

    @Test func readsTheIovoxErrors() throws {
        let document = try XMLReader.parse(Self.iovoxErrors)
        #expect(document.declaration == nil)
        let status = [XMLAttribute(name: "status", value: "400")]
        #expect(document.root == XMLElement(name: "errors", children: [
            .element(XMLElement(name: "error", attributes: status, text: "Origin Empty")),
            .element(XMLElement(name: "error", attributes: status, text: "Message Empty")),
        ]))
    }

    static let elements: [(String, XMLElement)] = [
        ("<a/>", XMLElement(name: "a")),
        ("<a></a>", XMLElement(name: "a")),
        ("<a >x</a >", XMLElement(name: "a", text: "x")),
        ("<a x='1' y = \"2\" />", XMLElement(name: "a", attributes: [
            XMLAttribute(name: "x", value: "1"), XMLAttribute(name: "y", value: "2"),
        ])),
        ("<a v='say \"hi\"' w=\"it's\"/>", XMLElement(name: "a", attributes: [
            XMLAttribute(name: "v", value: "say \"hi\""), XMLAttribute(name: "w", value: "it's"),
        ])),
        ("<p:a xmlns:p=\"urn:x\"><p:b/></p:a>", XMLElement(name: "p:a", attributes: [XMLAttribute(name: "xmlns:p", value: "urn:x")],
                                                         children: [.element(XMLElement(name: "p:b"))])),
        ("<a-b.c_d1/>", XMLElement(name: "a-b.c_d1")),
        ("<é>ü</é>", XMLElement(name: "é", text: "ü")),
        ("<a>1 &gt; 0 ]] ></a>", XMLElement(name: "a", text: "1 > 0 ]] >")),
        ("<a>x<b>y</b>z</a>", XMLElement(name: "a", children: [
            .text("x"), .element(XMLElement(name: "b", text: "y")), .text("z"),
        ])),
        ("<a><b><c/></b></a>", XMLElement(name: "a", children: [
            .element(XMLElement(name: "b", children: [.element(XMLElement(name: "c"))])),
        ])),
    ]

    @Test(arguments: elements)
    func readsElements(text: String, expected: XMLElement) throws {
        #expect(try XMLReader.parse(text).root == expected)
    }

    static let prologs: [(String, XMLDeclaration?)] = [
        ("<a/>", nil),
        ("<?xml version='1.0'?><a/>", XMLDeclaration(version: "1.0", encoding: nil)),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<a/>",
         XMLDeclaration(version: "1.0", encoding: "UTF-8", standalone: "yes")),
        ("<?xml version=\"1.1\" standalone='no' ?><a/>", XMLDeclaration(version: "1.1", encoding: nil, standalone: "no")),
        ("\u{FEFF}<?xml version=\"1.0\" encoding=\"us-ascii\"?><a/>", XMLDeclaration(version: "1.0", encoding: "us-ascii")),
        ("<!-- before --><?style sheet?>\n<a/>\n<!-- after -->\n<?pi?>\n", nil),
    ]

    @Test(arguments: prologs)
    func readsPrologAndEpilog(text: String, declaration: XMLDeclaration?) throws {
        let document = try XMLReader.parse(text)
        #expect(document.declaration == declaration)
        #expect(document.root == XMLElement(name: "a"))
    }

    @Test func acceptsMaximumDepth() throws {
        let depth = XMLReader.maximumDepth
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        var element = try XMLReader.parse(text).root
        var levels = 1
        while let child = element.child("a") {
            levels += 1
            element = child
        }
        #expect(levels == 256)
    }

    @Test func refusesDeeperNestingWithAnError() {
        let text = String(repeating: "<a>", count: 100_000)
        #expect(throws: XMLParseError(message: "Excessive depth in document: 256 use XML_PARSE_HUGE option",
                                      location: SourceLocation(line: 1, column: 256 * 3 + 1))) {
            try XMLReader.parse(text)
        }
    }
}
