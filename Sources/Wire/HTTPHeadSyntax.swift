/// A request the server must refuse, with the status to answer and a short reason for the body.
struct HTTPProtocolError: Error, Equatable, Sendable {
    /// The status code to respond with (400, 413, 417, 431, 501, 505).
    var status: Int
    /// Why, in a few words.
    var reason: String

    static func badRequest(_ reason: String) -> HTTPProtocolError { HTTPProtocolError(status: 400, reason: reason) }
}

/// Byte-level syntax shared by the request parser, the chunked decoder and the client's response reader.
enum HTTPHeadSyntax {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")

    private static let tokenTable: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in "!#$%&'*+-.^_`|~".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// Whether `byte` may appear in a token (method, field name).
    @inline(__always)
    static func isTokenByte(_ byte: UInt8) -> Bool { tokenTable[Int(byte)] }

    /// Whether `byte` may appear in a field value: visible ASCII, space, tab, or obs-text.
    @inline(__always)
    static func isFieldValueByte(_ byte: UInt8) -> Bool { byte >= 0x20 ? byte != 0x7F : byte == tab }

    /// Looks for the empty line ending a header section, starting at `from` (where a previous search stopped).
    /// Returns the index just past it, or nil and the index to resume from once more bytes arrive.
    /// Lines may end in CRLF or a bare LF.
    static func findSectionEnd(in bytes: UnsafeRawBufferPointer, from start: Int) -> (end: Int?, resume: Int) {
        var index = start
        let count = bytes.count
        while index < count {
            guard bytes[index] == lf else {
                index += 1
                continue
            }
            // An LF: the section ends if the next line is empty.
            guard index + 1 < count else { return (nil, index) }
            if bytes[index + 1] == lf { return (index + 2, index) }
            if bytes[index + 1] == cr {
                guard index + 2 < count else { return (nil, index) }
                if bytes[index + 2] == lf { return (index + 3, index) }
            }
            index += 1
        }
        return (nil, index)
    }

    /// Splits `bytes[range]` into lines without their CRLF or LF; a CR anywhere else is an error.
    static func lines(in bytes: UnsafeRawBufferPointer, _ range: Range<Int>) throws(HTTPProtocolError) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == lf {
                var lineEnd = index
                if lineEnd > lineStart, bytes[lineEnd - 1] == cr { lineEnd -= 1 }
                result.append(lineStart..<lineEnd)
                lineStart = index + 1
            } else if byte == cr, index + 1 >= range.upperBound || bytes[index + 1] != lf {
                throw .badRequest("bare CR in header section")
            }
            index += 1
        }
        if lineStart < range.upperBound { result.append(lineStart..<range.upperBound) }
        return result
    }

    /// Parses `name: value` field lines; obsolete line folding, malformed names and control bytes are errors.
    static func parseFields(in bytes: UnsafeRawBufferPointer, lines: ArraySlice<Range<Int>>) throws(HTTPProtocolError) -> HTTPHeaders {
        var fields: [HTTPHeaders.Field] = []
        fields.reserveCapacity(lines.count)
        for line in lines where !line.isEmpty {
            let first = bytes[line.lowerBound]
            if first == space || first == tab { throw .badRequest("obsolete line folding in header section") }
            var nameEnd = line.lowerBound
            while nameEnd < line.upperBound, bytes[nameEnd] != colon { nameEnd += 1 }
            guard nameEnd < line.upperBound, nameEnd > line.lowerBound else { throw .badRequest("malformed header field") }
            for index in line.lowerBound..<nameEnd where !isTokenByte(bytes[index]) {
                throw .badRequest("invalid character in header field name")
            }
            var valueStart = nameEnd + 1, valueEnd = line.upperBound
            while valueStart < valueEnd, bytes[valueStart] == space || bytes[valueStart] == tab { valueStart += 1 }
            while valueEnd > valueStart, bytes[valueEnd - 1] == space || bytes[valueEnd - 1] == tab { valueEnd -= 1 }
            for index in valueStart..<valueEnd where !isFieldValueByte(bytes[index]) {
                throw .badRequest("invalid character in header field value")
            }
            fields.append(HTTPHeaders.Field(
                name: string(bytes, line.lowerBound..<nameEnd),
                value: string(bytes, valueStart..<valueEnd)
            ))
        }
        return HTTPHeaders(fields)
    }

    /// The bytes as a String (UTF-8, invalid sequences replaced).
    @inline(__always)
    static func string(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The comma-separated elements of every value of a field, trimmed and lower-cased, empties dropped.
    static func listElements(_ values: [String]) -> [String] {
        values.flatMap { value in
            value.split(separator: ",").map { $0.trimmingOWS().lowercased() }.filter { !$0.isEmpty }
        }
    }

    /// Whether a `Connection` header lists `option` (case-insensitively).
    static func connectionHas(_ option: String, in headers: HTTPHeaders) -> Bool {
        listElements(headers.values(for: "Connection")).contains(option)
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    func trimmingOWS() -> String {
        var view = self[...]
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }
}
