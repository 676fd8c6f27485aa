/// The byte-level reader behind ``XMLReader``. Iterative: open elements live on an explicit
/// stack, so nesting depth never threatens the call stack.
struct XMLScanner {
    struct OpenElement {
        var element: XMLElement
        var offset: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int
    var stack: [OpenElement] = []
    /// Character data not yet added to the innermost open element.
    var text: [UInt8] = []
    /// The internal general entities the DOCTYPE declared: name → replacement text.
    var entities: [String: [UInt8]] = [:]
    /// How many bytes entity references have produced so far (bounded against expansion bombs).
    var entityBytes = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        index = UTF8Scanning.byteOrderMarkLength(bytes)
    }

    mutating func readDocument() throws(XMLParseError) -> XMLDocument {
        var declaration: XMLDeclaration?
        if startsWith("<?xml") && index + 5 < bytes.count && Self.isSpace(bytes[index + 5]) {
            declaration = try readDeclaration()
        }
        try skipMisc(prolog: true)
        guard index < bytes.count else {
            throw error(index == UTF8Scanning.byteOrderMarkLength(bytes) ? "Document is empty" : "Start tag expected, '<' not found")
        }
        guard bytes[index] == UInt8(ascii: "<") else { throw error("Start tag expected, '<' not found") }
        let root = try readElementTree()
        try skipMisc(prolog: false)
        guard index >= bytes.count else { throw error("Extra content at the end of the document") }
        return XMLDocument(declaration: declaration, root: root)
    }

    // MARK: - Prolog and epilog

    /// `<?xml version="1.0" encoding="…" standalone="…"?>`, at the very start.
    private mutating func readDeclaration() throws(XMLParseError) -> XMLDeclaration {
        index += 5
        skipSpace()
        guard startsWith("version") else { throw error("Malformed declaration expecting version") }
        index += 7
        let version = try readPseudoAttributeValue()
        guard version.hasPrefix("1."), version.count > 2, version.utf8.dropFirst(2).allSatisfy(Self.isDigit) else {
            throw error("Unsupported version '\(version)'")
        }
        var declaration = XMLDeclaration(version: version, encoding: nil, standalone: nil)
        var hadSpace = skipSpace()
        if hadSpace && startsWith("encoding") {
            index += 8
            let encoding = try readPseudoAttributeValue()
            switch encoding.lowercased() {
            // Latin-1 input was transcoded to UTF-8 by XMLReader before scanning (XMLEncoding).
            case "utf-8", "utf8", "us-ascii", "ascii": declaration.encoding = encoding
            case let name where XMLEncoding.latin1Names.contains(name): declaration.encoding = encoding
            default: throw error("Unsupported encoding \(encoding)")
            }
            hadSpace = skipSpace()
        }
        if hadSpace && startsWith("standalone") {
            index += 10
            let standalone = try readPseudoAttributeValue()
            guard standalone == "yes" || standalone == "no" else {
                throw error("standalone accepts only 'yes' or 'no'", at: index - standalone.utf8.count - 1)
            }
            declaration.standalone = standalone
            skipSpace()
        }
        guard startsWith("?>") else { throw error("parsing XML declaration: '?>' expected") }
        index += 2
        return declaration
    }

    /// `= "value"` after a pseudo-attribute name in the declaration.
    private mutating func readPseudoAttributeValue() throws(XMLParseError) -> String {
        skipSpace()
        guard index < bytes.count && bytes[index] == UInt8(ascii: "=") else { throw error("expected '='") }
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw error("String not started expecting ' or \"")
        }
        let quote = bytes[index]
        let start = index + 1
        index = start
        while index < bytes.count && bytes[index] != quote && bytes[index] < 0x80 && bytes[index] >= 0x20 { index += 1 }
        guard index < bytes.count && bytes[index] == quote else { throw error("String not closed expecting \" or '") }
        index += 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< index - 1]), as: UTF8.self)
    }

    /// Whitespace, comments and processing instructions around the root element, and in the
    /// prolog one document type declaration.
    private mutating func skipMisc(prolog: Bool) throws(XMLParseError) {
        var sawDoctype = false
        while true {
            skipSpace()
            if startsWith("<!--") {
                try skipComment()
            } else if startsWith("<?") {
                try skipProcessingInstruction()
            } else if prolog && !sawDoctype && startsWith("<!DOCTYPE") {
                try readDoctype()
                sawDoctype = true
            } else {
                return
            }
        }
    }

    // MARK: - Elements

    /// Reads the element starting at `<` and everything inside it.
    private mutating func readElementTree() throws(XMLParseError) -> XMLElement {
        let rootOffset = index
        let (root, rootIsEmpty) = try readStartTag()
        if rootIsEmpty { return root }
        stack.append(OpenElement(element: root, offset: rootOffset))
        while true {
            let top = stack.count - 1
            guard index < bytes.count else {
                throw error("Premature end of data in tag \(stack[top].element.name) line \(line(of: stack[top].offset))")
            }
            switch bytes[index] {
            case UInt8(ascii: "<"):
                if startsWith("</") {
                    index += 2
                    guard index < bytes.count && Self.isNameStart(bytes[index]) else {
                        throw error("expected '>'", at: min(index + 1, bytes.count)) // Where libxml2 reports it.
                    }
                    let name = try readName()
                    skipSpace()
                    guard index < bytes.count && bytes[index] == UInt8(ascii: ">") else {
                        throw error("expected '>'")
                    }
                    index += 1
                    guard name == stack[top].element.name else {
                        let open = stack[top]
                        // libxml2 reports the position after the end tag.
                        throw error("Opening and ending tag mismatch: \(open.element.name) line \(line(of: open.offset)) and \(name)")
                    }
                    flushText()
                    let closed = stack.removeLast().element
                    guard !stack.isEmpty else { return closed }
                    stack[stack.count - 1].element.children.append(.element(closed))
                } else if startsWith("<!--") {
                    try skipComment()
                } else if startsWith("<![CDATA[") {
                    try readCDATA()
                } else if startsWith("<?") {
                    try skipProcessingInstruction()
                } else {
                    guard stack.count < XMLReader.maximumDepth else {
                        throw error("Excessive depth in document: \(XMLReader.maximumDepth) use XML_PARSE_HUGE option")
                    }
                    flushText()
                    let offset = index
                    let (element, isEmpty) = try readStartTag()
                    if isEmpty {
                        stack[top].element.children.append(.element(element))
                    } else {
                        stack.append(OpenElement(element: element, offset: offset))
                    }
                }
            case UInt8(ascii: "&"):
                var buffer = text // Moved out and back: appendReference needs `self` too.
                text = []
                try appendReference(to: &buffer, inAttribute: false)
                text = buffer
            default:
                try readCharacterData()
            }
        }
    }

    /// Reads `<name attr="value" …>` or `<name … />`; returns the element and whether it was
    /// self-closing.
    private mutating func readStartTag() throws(XMLParseError) -> (XMLElement, Bool) {
        let tagStart = index
        index += 1
        guard index < bytes.count && Self.isNameStart(bytes[index]) else { throw error("StartTag: invalid element name") }
        var element = XMLElement(name: try readName())
        while true {
            let hadSpace = skipSpace()
            guard index < bytes.count else {
                throw error("Couldn't find end of Start Tag \(element.name) line \(line(of: tagStart))")
            }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                return (element, false)
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">") else {
                    throw error("error parsing attribute name")
                }
                index += 2
                return (element, true)
            }
            guard hadSpace && Self.isNameStart(bytes[index]) else { throw error("attributes construct error") }
            let name = try readName()
            skipSpace()
            guard index < bytes.count && bytes[index] == UInt8(ascii: "=") else {
                throw error("Specification mandates value for attribute \(name)")
            }
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw error("AttValue: \" or ' expected")
            }
            let value = try readAttributeValue()
            if element.attributes.contains(where: { $0.name == name }) {
                throw error("Attribute \(name) redefined")
            }
            element.attributes.append(XMLAttribute(name: name, value: value))
        }
    }

    /// Reads a quoted attribute value starting at its quote, normalising whitespace to spaces.
    private mutating func readAttributeValue() throws(XMLParseError) -> String {
        let quote = bytes[index]
        index += 1
        var value: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case quote:
                index += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "<"):
                throw error("Unescaped '<' not allowed in attributes values")
            case UInt8(ascii: "&"):
                try appendReference(to: &value, inAttribute: true)
            case 0x0D:
                value.append(0x20)
                index += 1
                if index < bytes.count && bytes[index] == 0x0A { index += 1 }
            case 0x09, 0x0A:
                value.append(0x20)
                index += 1
            case 0 ..< 0x20:
                throw error("invalid character in attribute value")
            default:
                let characterStart = index
                try advanceOverCharacter()
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[characterStart ..< index]))
            }
        }
        throw error("AttValue: \(quote == UInt8(ascii: "'") ? "'" : "\"") expected")
    }

    /// Reads text up to the next `<` or `&` into `text`.
    private mutating func readCharacterData() throws(XMLParseError) {
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { break }
            if byte == 0x0D {
                appendRunAndLineFeed(from: &runStart)
                continue
            }
            if byte == UInt8(ascii: "]") && startsWith("]]>") {
                throw error("Sequence ']]>' not allowed in content")
            }
            try advanceOverCharacter()
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< index]))
    }

    /// At a CR in text: appends the run before it and one LF for the CR or CR LF (XML 1.0 §2.11), and
    /// starts the next run after it.
    private mutating func appendRunAndLineFeed(from runStart: inout Int) {
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< index]))
        text.append(0x0A)
        index += 1
        if index < bytes.count && bytes[index] == 0x0A { index += 1 }
        runStart = index
    }

    /// `<![CDATA[ … ]]>`: the content is text, taken literally.
    private mutating func readCDATA() throws(XMLParseError) {
        index += 9
        var runStart = index
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "]") && startsWith("]]>") {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< index]))
                index += 3
                return
            }
            if bytes[index] == 0x0D {
                appendRunAndLineFeed(from: &runStart)
                continue
            }
            try advanceOverCharacter()
        }
        throw error("CData section not finished")
    }

    private mutating func flushText() {
        guard !text.isEmpty else { return }
        stack[stack.count - 1].element.children.append(.text(String(decoding: text, as: UTF8.self)))
        text.removeAll(keepingCapacity: true)
    }
}
