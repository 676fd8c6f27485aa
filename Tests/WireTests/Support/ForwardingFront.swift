import Synchronization
@testable import Wire

/// A one-loop HTTP server that forwards every request to an upstream with an ``EventLoopHTTPClient``, the way
/// a proxy would: the upstream's answer as is, or `502` with the ``HTTPClientError``'s description. It notes
/// whether each completion ran on the loop thread that served the request.
final class ForwardingFront: Sendable {
    let client: EventLoopHTTPClient
    let server: HTTPServer
    let recorder = EventRecorder()
    private let completions = Completions()

    init(upstreamPort: UInt16, backend: EventBackend = .platformDefault, clock: any MonotonicClock = SystemClock(),
         timeout: Duration = .seconds(30), maxIdle: Int = 64, idleTimeout: Duration = .seconds(30), maxResponseBytes: Int = 64 << 20) throws {
        let client = EventLoopHTTPClient(endpoint: HTTPEndpoint(host: "127.0.0.1", port: upstreamPort), timeout: timeout,
                                         maxResponseBytes: maxResponseBytes, maxIdleConnectionsPerLoop: maxIdle, idleTimeout: idleTimeout)
        self.client = client
        var configuration = HTTPServerConfiguration()
        configuration.eventBackend = backend
        configuration.clock = clock
        configuration.shutdownGracePeriod = .zero
        configuration.connectionObserver = recorder.observer
        server = HTTPServer(configuration: configuration, handler: Handler(client: client, completions: completions))
        try server.start()
    }

    var port: UInt16 { server.port }
    /// For each completed exchange, whether its completion ran on the serving loop's thread.
    var onLoop: [Bool] { completions.onLoop.withLock { $0 } }
    func shutdown() { server.shutdown() }

    /// Sends `request` through the front with a blocking client and returns the answer.
    func send(_ request: HTTPRequest) throws -> HTTPResponse {
        try HTTPClient(host: "127.0.0.1", port: port).send(request)
    }

    private final class Completions: Sendable {
        let onLoop = Mutex<[Bool]>([])
    }

    private struct Handler: HTTPHandler {
        let client: EventLoopHTTPClient
        let completions: Completions

        func handle(_ request: HTTPRequest, responder: HTTPResponder) {
            let loop = responder.connection.loop
            client.send(request, answering: responder) { [completions] result in
                completions.onLoop.withLock { $0.append(loop.isCurrentThread) }
                switch result {
                case var .success(response):
                    response.headers.remove("Transfer-Encoding") // The body arrives de-chunked; the server frames it anew.
                    responder.send(response)
                case let .failure(error): responder.send(HTTPResponse(status: 502, contentType: "text/plain", text: error.description))
                }
            }
        }
    }
}
