import Wire

/// Routes a fake server's requests: `/__fake/…` to the control API (for the clients `access`
/// permits), everything else to the provider fake — through any fault waiting for it — noting each
/// such request and its answer in the journal. A latency or slow-body fault holds the answer on the
/// server's clock (`clock`), timed from the request's arrival: real time in production, a
/// ``ManualClock`` that a test advances.
struct FakeRouter: HTTPHandler {
    let fake: any ProviderFake
    let control: ControlAPI
    let access: ControlAccess
    let environment: FakeEnvironment
    /// The web inbox (`/__fake/ui`, `/__fake/events`), when the server has one.
    var inbox: WebInbox? = nil
    /// The clock the HTTP server measures time on; faults' delays are counted on it.
    var clock: any MonotonicClock = SystemClock()

    func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        if ControlAPI.owns(request) {
            if let inbox, inboxServes(request) {
                inbox.handle(request, responder: responder)
                return
            }
            let response = access.answer(request, with: control)
            inbox?.events.controlRequestAnswered(request, status: response.status)
            responder.send(response)
            return
        }
        // Read before the fault is taken and the request journaled, so a test that saw either and then
        // advanced a manual clock finds the answer due.
        let arrived = clock.now
        let fault = environment.faults.next(for: request.path)
        if fault == .reset {
            environment.journal.record(.http(request, status: nil, fault: fault?.name))
            responder.abort()
            return
        }
        var response: HTTPResponse
        if case .status(let status) = fault {
            response = HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", text: "\(status) \(HTTPResponse.reasonPhrase(for: status)) (fault injected by the fake)\n")
        } else {
            response = fake.handle(request)
        }
        let sequence = environment.journal.record(.http(request, status: response.status, fault: fault?.name))
        if response.status >= 400 { inbox?.refusals.note(sequence, response) }
        switch fault {
        case .latency(let milliseconds)?:
            environment.heldAnswers.note()
            responder.send(response, at: arrived + .milliseconds(milliseconds))
        case .malformedBody?:
            response.body = Array(response.body.prefix(response.body.count / 2))
            responder.send(response)
        case .slowBody(let parts, let interval)?:
            environment.heldAnswers.note()
            responder.sendSlowly(response, parts: parts, interval: .milliseconds(interval), from: arrived)
        case .status?, .reset?, nil:
            responder.send(response)
        }
    }

    /// Whether the web inbox answers `request`: one of its paths, from a client the access rule permits
    /// (anyone else gets the control API's 403).
    func inboxServes(_ request: HTTPRequest) -> Bool {
        inbox != nil && WebInbox.owns(request) && access.permits(request.remoteAddress)
    }
}
