import StructuredData
import Wire

extension HTTPResponse {
    /// A response whose body is `value` written as compact JSON.
    /// - Parameter contentType: defaults to `application/json`; JSON-LD APIs pass their own.
    public static func json(
        _ status: Int, _ value: JSONValue, contentType: String = "application/json", headers: HTTPHeaders = [:]
    ) -> HTTPResponse {
        var headers = headers
        headers["Content-Type"] = contentType
        return HTTPResponse(status: status, headers: headers, body: JSONWriter.bytes(value))
    }
}

extension HTTPRequest {
    /// The media type of the body without parameters, lower-cased (`application/json`), or nil.
    ///
    /// Read as bytes: it is asked on every request, and splitting, trimming and `lowercased()` cost
    /// ten times as much.
    public var mediaType: String? {
        guard let contentType = headers["Content-Type"] else { return nil }
        var type = contentType.utf8[...]
        if let semicolon = type.firstIndex(of: UInt8(ascii: ";")) { type = type[..<semicolon] }
        while let first = type.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { type.removeFirst() }
        while let last = type.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { type.removeLast() }
        return String(decoding: type.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
