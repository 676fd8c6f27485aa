/// One ``EventLoopHTTPClient``'s connections on one event loop: kept-alive idle ones, most recently used
/// first, and fresh ones opened when none is idle. Confined to its loop's thread, like the loop's core.
final class OutboundHTTPPool {
    let client: EventLoopHTTPClient
    private unowned let core: LoopCore
    /// The upstream's address, resolved on first use (a failure is not kept, so a later exchange tries again).
    private var address: SocketAddress?
    private var idle: [OutboundHTTPConnection] = []

    init(client: EventLoopHTTPClient, core: LoopCore) {
        self.client = client
        self.core = core
    }

    /// The number of idle connections kept.
    var idleCount: Int { idle.count }

    /// Runs `exchange` on an idle connection, or on a new one when none is idle.
    func start(_ exchange: OutboundHTTPConnection.Exchange) {
        while let connection = idle.popLast() {
            guard connection.isIdle, let context = connection.context else { continue }
            guard SocketOperations.looksReusable(context.fd) else {
                // The server closed it and the loop has not read the EOF yet: never send into it.
                core.closeNow(context, reset: false)
                continue
            }
            connection.begin(exchange, on: context)
            core.complete(context, .continue)
            return
        }
        startOnNewConnection(exchange)
    }

    /// Runs `exchange` on a new connection.
    func startOnNewConnection(_ exchange: OutboundHTTPConnection.Exchange) {
        let endpoint = client.endpoint
        if address == nil {
            switch SocketAddress.resolve(host: endpoint.host, port: endpoint.port, passive: false) {
            case let .success(resolved): address = resolved
            case let .failure(failure):
                exchange.completion(.failure(.cannotResolve(host: endpoint.host, reason: failure.reason)))
                return
            }
        }
        guard let address else { return }
        let connection = OutboundHTTPConnection(pool: self)
        switch core.connectOutbound(to: address, peer: endpoint.host, handler: connection) {
        case let .success(context):
            connection.begin(exchange, on: context)
            core.complete(context, .continue)
        case let .failure(error):
            exchange.completion(.failure(error))
        }
    }

    /// Keeps `connection` for the next exchange; false when the pool is full (the caller closes it).
    func giveBack(_ connection: OutboundHTTPConnection) -> Bool {
        guard idle.count < client.maxIdleConnectionsPerLoop else { return false }
        idle.append(connection)
        return true
    }

    /// Forgets a connection that closed.
    func remove(_ connection: OutboundHTTPConnection) {
        idle.removeAll { $0 === connection }
    }
}
