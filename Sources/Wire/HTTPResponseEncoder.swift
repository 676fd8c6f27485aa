/// Writes responses in HTTP/1.1 wire format, adding the fields the server is responsible for.
enum HTTPResponseEncoder {
    /// How the response relates to the connection's future.
    struct Context {
        /// The request was HEAD: send the head only (with the Content-Length GET would have had).
        var isHead: Bool
        /// The connection closes after this response.
        var closing: Bool
        /// The `Date` value, preformatted.
        var date: [UInt8]
    }

    private static let crlf: [UInt8] = [13, 10]
    private static let separator: [UInt8] = Array(": ".utf8)

    /// Whether a status never has a body (1xx, 204, 304).
    static func statusForbidsBody(_ status: Int) -> Bool {
        (100..<200).contains(status) || status == 204 || status == 304
    }

    /// Appends `response` to `output`. `Content-Length` is added unless present, forbidden by the status, or
    /// replaced by the handler's own `Transfer-Encoding`; `Date` and `Connection` are added unless present,
    /// and a handler's `Connection` is overridden with `close` when the server is closing anyway.
    static func encode(_ response: HTTPResponse, context: Context, into output: inout [UInt8]) {
        let noBody = statusForbidsBody(response.status)
        output.reserveCapacity(output.count + 128 + response.headers.count * 32 + (noBody || context.isHead ? 0 : response.body.count))
        output.append(contentsOf: "HTTP/1.1 ".utf8)
        appendDecimal(response.status, to: &output)
        output.append(UInt8(ascii: " "))
        output.append(contentsOf: HTTPResponse.reasonPhrase(for: response.status).utf8)
        output.append(contentsOf: crlf)
        var hasDate = false, hasLength = false, hasConnection = false, hasTransferEncoding = false
        for field in response.headers {
            if field.name.equalsIgnoringASCIICase("Connection") {
                hasConnection = true
                if context.closing, !HTTPHeadSyntax.listElements([field.value]).contains("close") { continue }
            } else if field.name.equalsIgnoringASCIICase("Date") {
                hasDate = true
            } else if field.name.equalsIgnoringASCIICase("Content-Length") {
                hasLength = true
            } else if field.name.equalsIgnoringASCIICase("Transfer-Encoding") {
                hasTransferEncoding = true
            }
            appendField(field.name, field.value, to: &output)
        }
        if !hasLength, !hasTransferEncoding, !noBody {
            output.append(contentsOf: "Content-Length: ".utf8)
            appendDecimal(response.body.count, to: &output)
            output.append(contentsOf: crlf)
        }
        if !hasDate {
            output.append(contentsOf: "Date: ".utf8)
            output.append(contentsOf: context.date)
            output.append(contentsOf: crlf)
        }
        let handlerSaidClose = HTTPHeadSyntax.connectionHas("close", in: response.headers)
        if context.closing, !handlerSaidClose {
            appendField("Connection", "close", to: &output)
        } else if !hasConnection {
            appendField("Connection", "keep-alive", to: &output)
        }
        output.append(contentsOf: crlf)
        if !noBody, !context.isHead {
            output.append(contentsOf: response.body)
        }
    }

    /// The interim response sent before reading a body the client is holding back.
    static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Appends a non-negative integer's digits without making a String of it.
    private static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        guard value >= 10 else {
            output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: max(0, value)))
            return
        }
        appendDecimal(value / 10, to: &output)
        output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
    }

    private static func appendField(_ name: String, _ value: String, to output: inout [UInt8]) {
        output.append(contentsOf: name.utf8)
        output.append(contentsOf: separator)
        output.append(contentsOf: value.utf8)
        output.append(contentsOf: crlf)
    }

    /// The plain-text response for a request the server refuses.
    static func errorResponse(_ error: HTTPProtocolError) -> HTTPResponse {
        HTTPResponse(status: error.status, contentType: "text/plain; charset=utf-8", text: error.reason + "\n")
    }
}
