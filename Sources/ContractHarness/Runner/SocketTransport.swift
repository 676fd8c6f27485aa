import Wire

/// Plain HTTP/1.1 over a kept-alive socket: sends exactly the spec's headers.
struct SocketTransport: HTTPTransport {
    let client: HTTPClient
    let pathPrefix: String

    func send(_ request: HTTPRequest) throws -> HTTPResponse {
        var request = request
        request.target = pathPrefix + request.target
        do {
            return try client.send(request)
        } catch {
            throw TransportError(message: "\(request.method) \(request.target): \(error)")
        }
    }
}
