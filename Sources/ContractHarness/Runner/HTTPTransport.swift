import Wire

/// Sends one request to a target and returns its response.
public protocol HTTPTransport: Sendable {
    /// Sends `request` (its target relative to the base URL) and waits for the response.
    func send(_ request: HTTPRequest) throws -> HTTPResponse
}
