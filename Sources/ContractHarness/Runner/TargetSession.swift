import Providers
import StructuredData
import Wire

/// An open connection to one provider's target for one spec: where requests go, which credential
/// values stand for `{{credentials.NAME}}`, and, on the fake, its control API.
public struct TargetSession: Sendable {
    /// Sends the spec's HTTP requests (and, on a fake, its control calls); nil for a live email target.
    public let transport: (any HTTPTransport)?
    /// Where the spec's emails go, for an email provider.
    public let smtp: SMTPEndpoint?
    /// The base URL, recorded in cassettes (`fake` for the built-in fake).
    public let targetName: String
    /// Credential values by name (`token` → …). Secret: never written anywhere.
    public let credentials: [String: String]
    /// The fake's control API, or nil on a live target.
    public let control: FakeControlClient?
    /// Closes the session (stops an in-process fake).
    public let close: @Sendable () -> Void

    /// Creates a session.
    public init(transport: (any HTTPTransport)?, smtp: SMTPEndpoint? = nil, targetName: String, credentials: [String: String],
                control: FakeControlClient?, close: @escaping @Sendable () -> Void = {}) {
        self.transport = transport
        self.smtp = smtp
        self.targetName = targetName
        self.credentials = credentials
        self.control = control
        self.close = close
    }

    /// Whether this session talks to a fake (outbox and fake actions available).
    public var isFake: Bool { control != nil }
}

/// Where specs run: the built-in fake or a live endpoint.
public protocol SpecTarget: Sendable {
    /// Fake or live, as reports name it.
    var kind: SpecTargetKind { get }
    /// Opens a session for a provider, or says why the provider cannot run here (a skip, not a failure).
    func open(_ provider: ProviderDescriptor) throws(TargetUnavailable) -> TargetSession
    /// The live run's ledger, block and dry-run handling; nil where nothing real can be harmed (the fake).
    var liveSafety: LiveSafety? { get }
}

extension SpecTarget {
    /// No live safety: the default for targets where nothing real can be harmed.
    public var liveSafety: LiveSafety? { nil }
}

/// A provider that cannot run on this target, with the reason a person needs to fix it.
public struct TargetUnavailable: Error, Sendable, CustomStringConvertible {
    /// Why, e.g. `SMSCONTRACT_LOX24_URL is not set`.
    public let reason: String
    /// Whether this is a configuration gap (skip) rather than a failure to start (error).
    public let isSkip: Bool

    /// Creates the error.
    public init(reason: String, isSkip: Bool) {
        self.reason = reason
        self.isSkip = isSkip
    }

    public var description: String { reason }
}

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

/// The built-in fake: a fresh fake server on a loopback port for each spec, so specs never share state.
/// Its clock is frozen at the start: fake time moves only when a spec advances it, so every
/// lockout, schedule and receipt in a spec happens at the same moment on every run.
public struct FakeTarget: SpecTarget {
    public var kind: SpecTargetKind { .fake }

    /// Creates the target.
    public init() {}

    public func open(_ provider: ProviderDescriptor) throws(TargetUnavailable) -> TargetSession {
        let server = FakeServer(descriptor: provider, environment: FakeEnvironment(clock: FakeClock(frozen: true)))
        do {
            try server.start()
            let transport = try HTTPTransports.forBaseURL(server.baseURL)
            let smtp = try server.smtpURL.map { url throws(TransportError) in try SMTPEndpoints.parse(url) }
            let credentials = Dictionary(uniqueKeysWithValues: provider.credentials.map { ($0.name, $0.fakeValue) })
            return TargetSession(transport: transport, smtp: smtp, targetName: "fake", credentials: credentials,
                                 control: FakeControlClient(transport: transport), close: { server.shutdown() })
        } catch {
            server.shutdown()
            throw TargetUnavailable(reason: "could not start the \(provider.id) fake: \(error)", isSkip: false)
        }
    }
}
