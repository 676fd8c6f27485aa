/// Writes XML trees as text.
///
/// - Text escapes `&`, `<`, `>` and carriage returns (`&#13;`); attribute values, always in double
///   quotes, also escape `"`, tab and line feed, so reading the output back gives the same tree.
/// - Elements without children are written self-closing: `<a/>`.
/// - A document starts with its declaration, if any, followed by a line feed. No line feed is
///   added after the root element.
/// - With `indent`, an element whose content is only child elements and whitespace puts each
///   child on its own line, indented two spaces per level; whitespace-only text there is dropped.
///   Elements with other text (mixed content) are written exactly as they are, subtree included.
public enum XMLWriter {
    /// The document as text.
    public static func string(_ document: XMLDocument, indent: Bool) -> String {
        String(decoding: bytes(document, indent: indent), as: UTF8.self)
    }

    /// The document as UTF-8 bytes.
    public static func bytes(_ document: XMLDocument, indent: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        if let declaration = document.declaration {
            append("<?xml version=\"", to: &output)
            append(declaration.version, to: &output)
            if let encoding = declaration.encoding {
                append("\" encoding=\"", to: &output)
                append(encoding, to: &output)
            }
            if let standalone = declaration.standalone {
                append("\" standalone=\"", to: &output)
                append(standalone, to: &output)
            }
            append("\"?>\n", to: &output)
        }
        write(document.root, indent: indent, depth: 0, to: &output)
        return output
    }

    /// The element as text, compact (as is) unless `indent` is set.
    public static func string(_ element: XMLElement, indent: Bool = false) -> String {
        var output: [UInt8] = []
        write(element, indent: indent, depth: 0, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ element: XMLElement, indent: Bool, depth: Int, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "<"))
        append(element.name, to: &output)
        for attribute in element.attributes {
            output.append(UInt8(ascii: " "))
            append(attribute.name, to: &output)
            append("=\"", to: &output)
            appendEscaped(attribute.value, inAttribute: true, to: &output)
            output.append(UInt8(ascii: "\""))
        }
        let content = indent && isElementOnly(element) ? element.children.filter(isElement) : element.children
        guard !content.isEmpty else {
            append("/>", to: &output)
            return
        }
        output.append(UInt8(ascii: ">"))
        let indentsChildren = indent && isElementOnly(element)
        for node in content {
            if indentsChildren { newline(depth: depth + 1, to: &output) }
            switch node {
            case .element(let child): write(child, indent: indentsChildren, depth: depth + 1, to: &output)
            case .text(let text): appendEscaped(text, inAttribute: false, to: &output)
            }
        }
        if indentsChildren { newline(depth: depth, to: &output) }
        append("</", to: &output)
        append(element.name, to: &output)
        output.append(UInt8(ascii: ">"))
    }

    /// Whether all of the element's text is whitespace (so indentation changes nothing that
    /// matters) and it has at least one child element.
    private static func isElementOnly(_ element: XMLElement) -> Bool {
        var hasElement = false
        for node in element.children {
            switch node {
            case .element: hasElement = true
            case .text(let text): if !isWhitespace(text) { return false }
            }
        }
        return hasElement
    }

    private static func isElement(_ node: XMLNode) -> Bool {
        if case .element = node { return true }
        return false
    }

    /// Whether `text` consists only of XML whitespace (space, tab, line feed, carriage return).
    static func isWhitespace(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    private static func newline(depth: Int, to output: inout [UInt8]) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        output.append(contentsOf: text.utf8)
    }

    private static func appendEscaped(_ text: String, inAttribute: Bool, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;", to: &output)
            case UInt8(ascii: "<"): append("&lt;", to: &output)
            case UInt8(ascii: ">"): append("&gt;", to: &output)
            case 0x0D: append("&#13;", to: &output)
            case UInt8(ascii: "\"") where inAttribute: append("&quot;", to: &output)
            case 0x09 where inAttribute: append("&#9;", to: &output)
            case 0x0A where inAttribute: append("&#10;", to: &output)
            default: output.append(byte)
            }
        }
    }
}
