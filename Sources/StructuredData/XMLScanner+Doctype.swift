/// The document type declaration, read as libxml2 reads it without loading anything: the name
/// and an external identifier are accepted and ignored (no DTD is fetched), the internal subset's
/// internal general entities are kept for references in content and attribute values, and element,
/// attribute-list and notation declarations, comments and processing instructions are skipped.
///
/// Refused, because they are unsafe or reach outside the document: external entities (`SYSTEM` or
/// `PUBLIC`, general or parameter), parameter-entity references in the subset, and expansions that
/// loop or grow beyond ``XMLScanner/maximumEntityExpansionBytes`` (a "billion laughs" bomb).
extension XMLScanner {
    /// The most bytes entity references may produce in one document, all expansions together.
    static let maximumEntityExpansionBytes = 1 << 20
    /// How deeply entity references may nest inside replacement texts.
    static let maximumEntityDepth = 40

    /// Reads `<!DOCTYPE name ExternalID? [ subset ]? >` at `<!DOCTYPE`.
    mutating func readDoctype() throws(XMLParseError) {
        index += 9
        guard skipSpace(), index < bytes.count, Self.isNameStart(bytes[index]) else {
            throw error("xmlParseDocTypeDecl : no DOCTYPE name !")
        }
        _ = try readName()
        skipSpace()
        if startsWith("SYSTEM") || startsWith("PUBLIC") {
            _ = try readExternalID()
            skipSpace()
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: "[") {
            index += 1
            try readInternalSubset()
            skipSpace()
        }
        guard index < bytes.count && bytes[index] == UInt8(ascii: ">") else { throw error("DOCTYPE improperly terminated") }
        index += 1
    }

    /// `SYSTEM "uri"` or `PUBLIC "id" "uri"`; returns the system literal.
    private mutating func readExternalID() throws(XMLParseError) -> String {
        let isPublic = startsWith("PUBLIC")
        index += 6
        guard skipSpace() else { throw error("Space required after '\(isPublic ? "PUBLIC" : "SYSTEM")'") }
        let first = try readQuotedLiteral()
        guard isPublic else { return first }
        guard skipSpace() else { throw error("Space required after the Public Identifier") }
        return try readQuotedLiteral()
    }

    /// A `"…"` or `'…'` literal, taken as written.
    private mutating func readQuotedLiteral() throws(XMLParseError) -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw error("SystemLiteral \" or ' expected")
        }
        let quote = bytes[index]
        index += 1
        let start = index
        while index < bytes.count && bytes[index] != quote { try advanceOverCharacter() }
        guard index < bytes.count else { throw error("Unfinished System or Public ID \" or ' expected") }
        index += 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< index - 1]), as: UTF8.self)
    }

    /// The declarations between `[` and `]`.
    private mutating func readInternalSubset() throws(XMLParseError) {
        while true {
            skipSpace()
            guard index < bytes.count else { throw error("DOCTYPE improperly terminated") }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return
            }
            if startsWith("<!ENTITY") {
                try readEntityDeclaration()
            } else if startsWith("<!--") {
                try skipComment()
            } else if startsWith("<?") {
                try skipProcessingInstruction()
            } else if startsWith("<!ELEMENT") || startsWith("<!ATTLIST") || startsWith("<!NOTATION") {
                try skipMarkupDeclaration()
            } else if bytes[index] == UInt8(ascii: "%") {
                throw error("PEReference: parameter entity references are refused (nothing outside the document is read)")
            } else {
                throw error("internal error: xmlParseInternalSubset: error detected in Markup declaration")
            }
        }
    }

    /// Skips an element, attribute-list or notation declaration up to its `>`, quotes respected.
    private mutating func skipMarkupDeclaration() throws(XMLParseError) {
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                index += 1
                return
            }
            try advanceOverCharacter()
        }
        throw error("DOCTYPE improperly terminated")
    }

    /// `<!ENTITY name "value">` or `<!ENTITY % name "value">`; external entities are refused.
    private mutating func readEntityDeclaration() throws(XMLParseError) {
        index += 8
        guard skipSpace() else { throw error("Space required after '<!ENTITY'") }
        var isParameter = false
        if index < bytes.count && bytes[index] == UInt8(ascii: "%") {
            isParameter = true
            index += 1
            guard skipSpace() else { throw error("Space required after '%'") }
        }
        guard index < bytes.count && Self.isNameStart(bytes[index]) else { throw error("xmlParseEntityDecl: no name") }
        let name = try readName()
        guard skipSpace() else { throw error("Space required after the entity name") }
        if startsWith("SYSTEM") || startsWith("PUBLIC") {
            let uri = try readExternalID()
            throw error("External entity '\(name)' (\(uri)) is refused: nothing outside the document is read")
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw error("Entity value required")
        }
        let value = try readEntityValue()
        skipSpace()
        guard index < bytes.count && bytes[index] == UInt8(ascii: ">") else {
            throw error("xmlParseEntityDecl: entity \(name) not terminated")
        }
        index += 1
        // The first declaration binds (XML 1.0 §4.2); parameter entities are never referenced here.
        if !isParameter && entities[name] == nil { entities[name] = value }
    }

    /// A quoted entity value: character references resolved now, entity references kept for use.
    private mutating func readEntityValue() throws(XMLParseError) -> [UInt8] {
        let quote = bytes[index]
        index += 1
        var value: [UInt8] = []
        while index < bytes.count && bytes[index] != quote {
            if bytes[index] == UInt8(ascii: "%") {
                throw error("PEReference: parameter entity references are refused (nothing outside the document is read)")
            }
            if startsWith("&#") {
                let scalar = try readCharacterReference()
                UTF8.encode(scalar) { value.append($0) }
                continue
            }
            let start = index
            try advanceOverCharacter()
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start ..< index]))
        }
        guard index < bytes.count else { throw error("EntityValue: \" or ' expected") }
        index += 1
        return value
    }

    /// Appends the replacement text of the declared entity `name`, its own references expanded.
    /// `offset` is where the reference ended, for errors.
    mutating func appendEntity(_ name: String, to output: inout [UInt8], inAttribute: Bool) throws(XMLParseError) {
        var expanding: [String] = []
        try expand(name, into: &output, expanding: &expanding, inAttribute: inAttribute)
    }

    private mutating func expand(_ name: String, into output: inout [UInt8], expanding: inout [String], inAttribute: Bool) throws(XMLParseError) {
        guard let value = entities[name] else { throw error("Entity '\(name)' not defined") }
        guard !expanding.contains(name), expanding.count < Self.maximumEntityDepth else {
            throw error("Detected an entity reference loop")
        }
        expanding.append(name)
        defer { expanding.removeLast() }
        var position = 0
        while position < value.count {
            let byte = value[position]
            if byte == UInt8(ascii: "<") {
                throw error(inAttribute
                    ? "'<' in entity '\(name)' is not allowed in attributes values"
                    : "Entity '\(name)' holds markup: only entities whose replacement is text are read")
            }
            guard byte == UInt8(ascii: "&"), let end = value[position...].firstIndex(of: UInt8(ascii: ";")) else {
                output.append(byte)
                entityBytes += 1
                position += 1
                if entityBytes > Self.maximumEntityExpansionBytes { throw error("Detected an entity reference loop") }
                continue
            }
            let inner = String(decoding: value[(position + 1) ..< end], as: UTF8.self)
            position = end + 1
            if let predefined = Self.predefinedEntity(inner) {
                output.append(predefined)
                entityBytes += 1
            } else {
                try expand(inner, into: &output, expanding: &expanding, inAttribute: inAttribute)
            }
        }
    }

    /// The character one of the five predefined entities stands for.
    static func predefinedEntity(_ name: String) -> UInt8? {
        switch name {
        case "lt": UInt8(ascii: "<")
        case "gt": UInt8(ascii: ">")
        case "amp": UInt8(ascii: "&")
        case "quot": UInt8(ascii: "\"")
        case "apos": UInt8(ascii: "'")
        default: nil
        }
    }
}
