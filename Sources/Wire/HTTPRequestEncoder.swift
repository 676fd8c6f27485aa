/// Serialises a client request: the given headers in order, plus `Host` and `Content-Length` when absent.
enum HTTPRequestEncoder {
    static func encode(_ request: HTTPRequest, endpoint: HTTPEndpoint) throws(HTTPClientError) -> [UInt8] {
        guard !request.method.isEmpty, request.method.utf8.allSatisfy(HTTPHeadSyntax.isTokenByte) else {
            throw .invalidRequest("invalid method \(request.method)")
        }
        let target = endpoint.requestTarget(for: request.target)
        guard target.utf8.allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else { throw .invalidRequest("invalid target \(target)") }
        var output: [UInt8] = []
        output.reserveCapacity(256 + request.body.count)
        output.append(contentsOf: "\(request.method) \(target) HTTP/1.1\r\n".utf8)
        if !request.headers.contains("Host") {
            try append("Host", endpoint.hostHeader, to: &output)
        }
        for field in request.headers {
            try append(field.name, field.value, to: &output)
        }
        let chunked = HTTPHeadSyntax.listElements(request.headers.values(for: "Transfer-Encoding")).last == "chunked"
        let bodyExpected = ["POST", "PUT", "PATCH"].contains(request.method)
        if !chunked, !request.headers.contains("Content-Length"), !request.body.isEmpty || bodyExpected {
            try append("Content-Length", String(request.body.count), to: &output)
        }
        if chunked, !request.trailers.fields.isEmpty {
            // Trailers only exist for chunked bodies; validated here, written after the last chunk.
            for field in request.trailers { try validate(field.name, field.value) }
        }
        output.append(contentsOf: "\r\n".utf8)
        if chunked {
            if !request.body.isEmpty {
                output.append(contentsOf: "\(String(request.body.count, radix: 16))\r\n".utf8)
                output.append(contentsOf: request.body)
                output.append(contentsOf: "\r\n".utf8)
            }
            output.append(contentsOf: "0\r\n".utf8)
            for field in request.trailers { try append(field.name, field.value, to: &output) }
            output.append(contentsOf: "\r\n".utf8)
        } else {
            output.append(contentsOf: request.body)
        }
        return output
    }

    private static func validate(_ name: String, _ value: String) throws(HTTPClientError) {
        guard !name.isEmpty, name.utf8.allSatisfy(HTTPHeadSyntax.isTokenByte) else {
            throw .invalidRequest("invalid header name \(name)")
        }
        guard value.utf8.allSatisfy(HTTPHeadSyntax.isFieldValueByte) else {
            throw .invalidRequest("invalid value for header \(name)")
        }
    }

    private static func append(_ name: String, _ value: String, to output: inout [UInt8]) throws(HTTPClientError) {
        try validate(name, value)
        output.append(contentsOf: name.utf8)
        output.append(contentsOf: ": ".utf8)
        output.append(contentsOf: value.utf8)
        output.append(contentsOf: "\r\n".utf8)
    }
}
