import StructuredData
import Wire

/// Calls a fake's control API over HTTP.
public struct FakeControlClient: Sendable {
    let transport: any HTTPTransport

    /// Creates a client that sends control requests through `transport`.
    public init(transport: any HTTPTransport) {
        self.transport = transport
    }

    /// Performs a fake action.
    public func perform(_ action: FakeAction) throws(TransportError) {
        switch action {
        case .configureAccount(let account):
            _ = try post("/__fake/accounts", account)
        case .advanceClock(let seconds):
            _ = try post("/__fake/clock", ["advance_seconds": .number(seconds)])
        case .control(let method, let path, let body):
            var headers = HTTPHeaders()
            if body != nil { headers["Content-Type"] = "application/json" }
            _ = try call(HTTPRequest(method: method, target: path, headers: headers, body: body.map { JSONWriter.bytes($0) } ?? []))
        }
    }

    /// The fake's outbox.
    public func outbox() throws(TransportError) -> [JSONValue] {
        let body = try call(HTTPRequest(method: "GET", target: "/__fake/outbox"))
        guard let entries = body.arrayValue else { throw TransportError(message: "GET /__fake/outbox did not answer a JSON array") }
        return entries
    }

    private func post(_ path: String, _ body: JSONValue) throws(TransportError) -> JSONValue {
        try call(HTTPRequest(method: "POST", target: path, headers: ["Content-Type": "application/json"], body: JSONWriter.bytes(body)))
    }

    private func call(_ request: HTTPRequest) throws(TransportError) -> JSONValue {
        let response: HTTPResponse
        do {
            response = try transport.send(request)
        } catch let error as TransportError {
            throw error
        } catch {
            throw TransportError(message: "\(request.method) \(request.target): \(error)")
        }
        let body = (try? JSONParser.parse(response.body)) ?? .null
        guard (200..<300).contains(response.status) else {
            let detail = body["error"]?.stringValue ?? response.bodyText
            throw TransportError(message: "\(request.method) \(request.target) answered \(response.status): \(detail)")
        }
        return body
    }
}
