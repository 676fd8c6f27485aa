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
    public var mediaType: String? {
        guard let contentType = headers["Content-Type"] else { return nil }
        let type = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? contentType
        return type.trimmingASCIIWhitespace().lowercased()
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingASCIIWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
