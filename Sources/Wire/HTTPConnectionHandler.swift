/// HTTP/1.1 on one connection: parses requests, hands them to the ``HTTPHandler``, and writes the answers
/// in request order, deciding keep-alive, `100 Continue`, errors and time-outs.
final class HTTPConnectionHandler: ConnectionProtocolHandler {
    /// The parts of ``HTTPServerConfiguration`` a connection needs.
    struct Settings: Sendable {
        var limits: HTTPRequestParser.Limits
        var idleTimeout: Duration
        var requestTimeout: Duration
        var maxPipelinedRequests: Int
        var contentTooLargeResponse: (@Sendable (Int) -> HTTPResponse)?

        init(_ configuration: HTTPServerConfiguration) {
            contentTooLargeResponse = configuration.contentTooLargeResponse
            limits = .init(maxHeaderBytes: configuration.maxHeaderBytes, maxBodyBytes: configuration.maxBodyBytes)
            idleTimeout = configuration.idleTimeout
            requestTimeout = configuration.requestTimeout
            maxPipelinedRequests = max(1, configuration.maxPipelinedRequests)
        }
    }

    /// A request whose response has not been written yet.
    struct Pending {
        var slot: ResponseSlot
        var isHead: Bool
        var keepAlive: Bool
    }

    let settings: Settings
    let handler: any HTTPHandler
    var parser: HTTPRequestParser
    /// Received bytes not yet consumed by the parser (a partial head, or pipelined requests on hold).
    var inbound: [UInt8] = []
    /// Requests awaiting their responses, oldest first, from `pendingStart`.
    var pending: [Pending] = []
    var pendingStart = 0
    /// No more requests are read: after an error, a request that ends the connection, or input closing.
    var parsingStopped = false
    /// Close once the last pending response is written and no request is under way (shutdown, input closed).
    var closeWhenIdle = false
    /// Parsing waits because too many requests await responses.
    var pipelinePaused = false
    /// `100 Continue` is owed once earlier responses are out.
    var continueDue = false
    /// When the request being received began (its first byte).
    var requestStartedAt: MonotonicInstant?
    /// When the connection last became idle.
    var idleSince: MonotonicInstant?
    var dateCache = HTTPDateCache()
    /// The streamed response being written, once its head is out; the connection's last response.
    var stream: HTTPResponseStream?

    init(settings: Settings, handler: any HTTPHandler) {
        self.settings = settings
        self.handler = handler
        self.parser = HTTPRequestParser(limits: settings.limits)
    }

    var pendingCount: Int { pending.count - pendingStart }

    /// Whether part of a request has been received.
    var requestInProgress: Bool { requestStartedAt != nil || parser.isInBody || !inbound.isEmpty }

    // MARK: ConnectionProtocolHandler

    func connectionOpened(_ connection: ConnectionContext) -> ConnectionAction {
        updateDeadline(connection)
        return .continue
    }

    func bytesReceived(_ bytes: UnsafeRawBufferPointer, connection: ConnectionContext) -> ConnectionAction {
        guard !parsingStopped else { return .continue } // Discarded: the connection closes after pending responses.
        if inbound.isEmpty, !pipelinePaused {
            let consumed = process(bytes, connection)
            if consumed < bytes.count, !parsingStopped {
                inbound.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[consumed...]))
            }
        } else {
            inbound.append(contentsOf: bytes)
            if !pipelinePaused { processInbound(connection) }
        }
        return afterProgress(connection)
    }

    func inputClosed(_ connection: ConnectionContext) -> ConnectionAction {
        // A half-close still gets the answers to complete requests; a partial one is dropped.
        stopParsing()
        closeWhenIdle = true
        return afterProgress(connection)
    }

    func deadlineReached(_ connection: ConnectionContext) -> ConnectionAction {
        guard pendingCount == 0 else { return afterProgress(connection) }
        guard requestInProgress else { return .closeWithoutLinger } // Idle keep-alive connection: close silently.
        stopParsing()
        enqueueError(HTTPProtocolError(status: 408, reason: "request not completed in time"))
        return afterProgress(connection)
    }

    func shutdownRequested(_ connection: ConnectionContext) -> ConnectionAction {
        closeWhenIdle = true
        if !requestInProgress { stopParsing() }
        return afterProgress(connection)
    }

    /// A deferred answer arrived.
    func responsesReady(_ connection: ConnectionContext) -> ConnectionAction {
        afterProgress(connection)
    }

    // MARK: Parsing and dispatch

    func processInbound(_ connection: ConnectionContext) {
        let consumed = inbound.withUnsafeBytes { process($0, connection) }
        if parsingStopped {
            inbound.removeAll()
        } else if consumed == inbound.count {
            inbound.removeAll(keepingCapacity: inbound.capacity <= settings.limits.maxHeaderBytes * 2)
        } else if consumed > 0 {
            inbound.removeFirst(consumed)
        }
    }

    /// Parses and dispatches requests from `bytes`; returns how many bytes were consumed.
    private func process(_ bytes: UnsafeRawBufferPointer, _ connection: ConnectionContext) -> Int {
        var offset = 0
        while offset < bytes.count, !parsingStopped {
            guard pendingCount < settings.maxPipelinedRequests else {
                pipelinePaused = true
                connection.isReadingPaused = true
                break
            }
            if requestStartedAt == nil {
                requestStartedAt = connection.now
                idleSince = nil
            }
            let (consumed, event) = parser.parse(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            offset += consumed
            switch event {
            case .needMore:
                // Heads are consumed only when complete, so consuming everything outside a body means only
                // line breaks between requests were seen (RFC 9112 §2.2): no request has started.
                if offset == bytes.count, !parser.isInBody { requestStartedAt = nil }
                return offset
            case .expectsContinue:
                continueDue = offset == bytes.count // Only when the client is really holding the body back.
            case let .request(parsed):
                requestStartedAt = nil
                continueDue = false
                dispatch(parsed, connection)
            case let .failure(error):
                requestStartedAt = nil
                continueDue = false
                stopParsing()
                enqueueError(error)
            }
        }
        return offset
    }

    private func dispatch(_ parsed: HTTPRequestParser.Parsed, _ connection: ConnectionContext) {
        var request = parsed.request
        request.remoteAddress = connection.peerAddress
        let slot = ResponseSlot()
        pending.append(Pending(slot: slot, isHead: parsed.isHead, keepAlive: parsed.keepAlive))
        if !parsed.keepAlive || closeWhenIdle { stopParsing() }
        slot.beginDispatch()
        handler.handle(request, responder: HTTPResponder(slot: slot, connection: connection.handle))
        slot.endDispatch()
    }

    private func enqueueError(_ error: HTTPProtocolError) {
        var response = HTTPResponseEncoder.errorResponse(error)
        if error.status == 413, let tooLarge = settings.contentTooLargeResponse { response = tooLarge(settings.limits.maxBodyBytes) }
        pending.append(Pending(slot: ResponseSlot(.response(response)), isHead: false, keepAlive: false))
    }

    func stopParsing() {
        parsingStopped = true
        pipelinePaused = false
        continueDue = false
        requestStartedAt = nil
        inbound = []
        parser = HTTPRequestParser(limits: settings.limits)
    }
}
