/// One kept-alive connection from an event loop to an upstream HTTP server, carrying one exchange at a
/// time for an ``EventLoopHTTPClient``: writes the encoded request, feeds what arrives to an
/// ``HTTPResponseParser``, and reports the answer (or why there is none) on the loop thread. Between
/// exchanges it waits in its loop's ``OutboundHTTPPool``; a server closing it then just removes it.
final class OutboundHTTPConnection: ConnectionProtocolHandler {
    /// A request under way and where its answer goes.
    struct Exchange {
        var bytes: [UInt8]
        var isHead: Bool
        var idempotent: Bool
        /// When the whole exchange (connect, send, receive) must be over, on the loop's clock.
        var deadline: MonotonicInstant
        /// Already resent once on a fresh connection.
        var retried: Bool
        var completion: @Sendable (Result<HTTPResponse, HTTPClientError>) -> Void
    }

    private unowned let pool: OutboundHTTPPool
    private(set) var context: ConnectionContext?
    private var exchange: Exchange?
    private var parser: HTTPResponseParser?
    /// Why the exchange ends when the connection closes (a timed-out or malformed answer); nil: it was cut short.
    private var failure: HTTPClientError?
    /// The connection carried an exchange before this one (a server may close it just as it is reused).
    private var reused = false
    private var closeAfterExchange = false

    init(pool: OutboundHTTPPool) {
        self.pool = pool
    }

    /// Whether the connection can take an exchange now.
    var isIdle: Bool { exchange == nil && context?.isOpen == true }

    /// Starts `exchange` on this connection (just connected, or idle in the pool).
    func begin(_ exchange: Exchange, on connection: ConnectionContext) {
        self.exchange = exchange
        parser = HTTPResponseParser(isHead: exchange.isHead, maxBodyBytes: pool.client.maxResponseBytes)
        failure = nil
        connection.write(exchange.bytes)
        connection.deadline = exchange.deadline
    }

    // MARK: ConnectionProtocolHandler

    func connectionOpened(_ connection: ConnectionContext) -> ConnectionAction {
        context = connection
        return .continue
    }

    func bytesReceived(_ bytes: UnsafeRawBufferPointer, connection: ConnectionContext) -> ConnectionAction {
        guard var parser else { return .closeWithoutLinger } // Bytes with no request outstanding: not reusable.
        let event = parser.feed(bytes)
        self.parser = parser
        return settle(event, connection)
    }

    func inputClosed(_ connection: ConnectionContext) -> ConnectionAction {
        guard var parser else { return .closeWithoutLinger }
        let event = parser.inputClosed()
        self.parser = parser
        return settle(event, connection)
    }

    func deadlineReached(_ connection: ConnectionContext) -> ConnectionAction {
        guard exchange != nil else { return .closeWithoutLinger } // Idle for too long.
        failure = .timedOut
        connection.outbound = [] // A request the server never took is not worth waiting to write.
        connection.outboundOffset = 0
        return .reset
    }

    func shutdownRequested(_ connection: ConnectionContext) -> ConnectionAction {
        guard exchange != nil else { return .closeWithoutLinger }
        closeAfterExchange = true
        return .continue
    }

    func connectionClosed(_ connection: ConnectionContext) {
        pool.remove(self)
        context = nil
        guard let exchange else { return }
        self.exchange = nil
        let failure: HTTPClientError
        if let known = self.failure {
            failure = known
        } else if connection.connectError != 0 {
            failure = .connectFailed(host: pool.client.endpoint.host, port: pool.client.endpoint.port,
                                     reason: errnoDescription(connection.connectError))
        } else {
            // A kept-alive connection the server closed just before we used it: try a fresh one, once —
            // unless resending could repeat a side effect (RFC 9110 §9.2.2).
            if reused, !exchange.retried, parser?.receivedAnything == false, exchange.idempotent {
                var again = exchange
                again.retried = true
                pool.startOnNewConnection(again)
                return
            }
            failure = .connectionClosed
        }
        exchange.completion(.failure(failure))
    }

    // MARK: Answers

    private func settle(_ event: HTTPResponseParser.Event, _ connection: ConnectionContext) -> ConnectionAction {
        switch event {
        case .needMore:
            return .continue
        case let .failure(error):
            failure = error == .connectionClosed ? nil : error // Cut short: `connectionClosed(_:)` decides on a retry.
            return .closeWithoutLinger
        case let .complete(response, reusable):
            guard let exchange else { return .closeWithoutLinger }
            self.exchange = nil
            parser = nil
            reused = true
            let keep = reusable && !closeAfterExchange && pool.giveBack(self)
            if keep { connection.deadline = connection.now + pool.client.idleTimeout }
            exchange.completion(.success(response))
            return keep ? .continue : .closeWithoutLinger
        }
    }
}
