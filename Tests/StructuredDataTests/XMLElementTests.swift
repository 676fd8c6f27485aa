import Testing
import StructuredData

struct XMLElementTests {
    static let response = XMLElement(name: "response", attributes: [XMLAttribute(name: "status", value: "ok")], children: [
        .text("\n  "),
        .element(XMLElement(name: "id", text: "42")),
        .text("lead "),
        .element(XMLElement(name: "item", text: "a")),
        .element(XMLElement(name: "item", text: "b")),
        .text("tail"),
    ])

    @Test func concatenatesDirectText() {
        #expect(Self.response.text == "\n  lead tail")
        #expect(XMLElement(name: "a").text == "")
    }

    @Test func findsChildren() {
        #expect(Self.response.child("id")?.text == "42")
        #expect(Self.response.child("item")?.text == "a")
        #expect(Self.response.child("missing") == nil)
        #expect(Self.response.children(named: "item").map(\.text) == ["a", "b"])
        #expect(Self.response.elements.map(\.name) == ["id", "item", "item"])
    }

    @Test func readsAttributes() {
        #expect(Self.response.attribute("status") == "ok")
        #expect(Self.response.attribute("missing") == nil)
    }

    @Test func textInitialiserOmitsEmptyText() {
        #expect(XMLElement(name: "a", text: "").children.isEmpty)
        #expect(XMLElement(name: "a", text: "x").children == [.text("x")])
    }

    @Test func attributeOrderMattersForEquality() {
        let one = XMLAttribute(name: "a", value: "1")
        let two = XMLAttribute(name: "b", value: "2")
        #expect(XMLElement(name: "e", attributes: [one, two]) != XMLElement(name: "e", attributes: [two, one]))
    }
}
