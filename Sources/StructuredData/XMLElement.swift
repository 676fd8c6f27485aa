/// An XML element: its name, its attributes in document order and its content.
public struct XMLElement: Sendable, Equatable {
    /// The element's name as written, e.g. `sms_activity_id` or `soap:Body`.
    public var name: String
    /// The attributes in document order.
    public var attributes: [XMLAttribute]
    /// The content in document order. Adjacent text is always one ``XMLNode/text(_:)`` node.
    public var children: [XMLNode]

    /// Creates an element.
    public init(name: String, attributes: [XMLAttribute] = [], children: [XMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// An element whose only content is `text` (none when `text` is empty).
    public init(name: String, attributes: [XMLAttribute] = [], text: String) {
        self.init(name: name, attributes: attributes, children: text.isEmpty ? [] : [.text(text)])
    }

    /// The text children concatenated (not the text of descendants).
    public var text: String {
        var result = ""
        for case .text(let text) in children { result += text }
        return result
    }

    /// The child elements in order.
    public var elements: [XMLElement] {
        children.compactMap { node in
            if case .element(let element) = node { return element }
            return nil
        }
    }

    /// The first child element called `name`.
    public func child(_ name: String) -> XMLElement? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    /// The child elements called `name`, in order.
    public func children(named name: String) -> [XMLElement] {
        elements.filter { $0.name == name }
    }

    /// The value of the attribute called `name`.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
