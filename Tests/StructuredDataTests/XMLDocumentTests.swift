import Testing
import StructuredData

struct XMLDocumentTests {
    @Test func defaultDeclarationIsVersionOneUTF8() {
        let declaration = XMLDeclaration()
        #expect(declaration.version == "1.0")
        #expect(declaration.encoding == "utf-8")
        #expect(declaration.standalone == nil)
    }

    @Test func comparesDeclarationAndRoot() {
        let root = XMLElement(name: "a")
        #expect(XMLDocument(root: root) == XMLDocument(declaration: nil, root: root))
        #expect(XMLDocument(root: root) != XMLDocument(declaration: XMLDeclaration(), root: root))
        #expect(XMLDocument(root: root) != XMLDocument(root: XMLElement(name: "b")))
    }
}
