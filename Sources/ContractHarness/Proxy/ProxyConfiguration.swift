import Foundation
import Providers
import StructuredData

/// Everything `smscontract proxy` is told: which provider, where to forward, where to listen, what to
/// record and how to cap the app's sends.
public struct ProxyConfiguration: Sendable {
    /// The provider the app talks to.
    public var provider: ProviderDescriptor
    /// `fake`, an `http://` or `https://` base URL, or for `rox-email` `smtp://host:port`.
    public var upstream: String
    /// A PEM file of the private CA an `https://` upstream's certificate chains to (`--upstream-ca`);
    /// nil trusts the system's CAs only.
    public var upstreamCertificateAuthority: String?
    /// The address to listen on (loopback by default).
    public var host: String
    /// The port to listen on; 0 picks a free one.
    public var port: UInt16
    /// Where cassettes are written (`<dir>/<provider>/proxy-<start>-<n>.json`); nil records nothing.
    public var recordDirectory: String?
    /// At most this many SMS are forwarded; nil for no cap.
    public var maxSends: Int?
    /// Only SMS to these numbers are forwarded (any spelling; `*` for any); nil for no restriction.
    public var allowedNumbers: [String]?
    /// Accounts (control-API descriptions) added to the shadow fake; requests carrying their credentials
    /// reach the shadow as sent instead of as the default account's.
    public var shadowAccounts: [JSONValue]
    /// Whether the shadow predicts each answer (drift and request conformance).
    public var shadow: Bool
    /// The environment whose credential variables are redacted too (`SMSCONTRACT_LOX24_TOKEN`…).
    public var environment: [String: String]
    /// Event-loop threads serving the app's connections.
    public var eventLoops: Int
    /// Threads waiting on an HTTPS upstream (an app with more requests in flight waits for one); plain HTTP
    /// and the fake are forwarded on the event loops instead. Twice this many idle upstream connections are kept.
    public var forwardingThreads: Int
    /// Exchanges waiting for the shadow and the recorder beyond this are forwarded but not observed.
    public var maxObservationBacklog: Int
    /// The wall clock cassettes are stamped with.
    public var now: @Sendable () -> Date

    /// Creates a configuration; everything but the provider and upstream has a default suited to tests.
    public init(provider: ProviderDescriptor, upstream: String, host: String = "127.0.0.1", port: UInt16 = 0,
                recordDirectory: String? = nil, maxSends: Int? = nil, allowedNumbers: [String]? = nil,
                shadowAccounts: [JSONValue] = [], shadow: Bool = true, environment: [String: String] = [:],
                eventLoops: Int = 1, forwardingThreads: Int = 64, maxObservationBacklog: Int = 4096,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.provider = provider
        self.upstream = upstream
        self.host = host
        self.port = port
        self.recordDirectory = recordDirectory
        self.maxSends = maxSends
        self.allowedNumbers = allowedNumbers
        self.shadowAccounts = shadowAccounts
        self.shadow = shadow
        self.environment = environment
        self.eventLoops = eventLoops
        self.forwardingThreads = forwardingThreads
        self.maxObservationBacklog = maxObservationBacklog
        self.now = now
    }

    /// The send cap, when `--max-sends` or `--allow-numbers` is given: the live send guard's rules,
    /// applied to the app's own traffic.
    var sendCap: LiveSendGuard? {
        guard maxSends != nil || allowedNumbers != nil else { return nil }
        return LiveSendGuard(environment: [
            "SMSCONTRACT_LIVE_SENDS": "1",
            "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": (allowedNumbers ?? ["*"]).joined(separator: ","),
            "SMSCONTRACT_LIVE_MAX_SENDS": String(maxSends ?? Int.max),
        ])
    }
}
