import Foundation
import Wire

/// Everything the harness needs to know about one provider: its id, its document, how to make its
/// fake, and which credentials a live target takes from the environment.
public struct ProviderDescriptor: Sendable {
    /// How the provider's API is reached.
    public enum Transport: String, Sendable {
        /// HTTP requests (JSON or XML bodies).
        case http
        /// Email over SMTP.
        case smtp
    }

    /// The provider id used in specs, on the command line and in environment variables (`lox24`).
    public let id: String
    /// A human name (`LOX24`).
    public let name: String
    /// The seed document this provider's specs encode, e.g. `003_d449210a1a403a84.txt`.
    public let seedFile: String
    /// How the API is reached.
    public let transport: Transport
    /// The credentials a spec refers to as `{{credentials.NAME}}`.
    public let credentials: [CredentialDescriptor]
    /// Response headers whose values change on every call and are never drift (`X-LOX24-REQUEST-ID`).
    public let volatileResponseHeaders: [String]
    /// JSON path patterns of response body values that differ on every call or every account
    /// (ids, creation times, the caller's IP), never drift: `$.uuid`, `$["hydra:member"][*].uuid`.
    public let volatileBodyPaths: [String]
    /// Where requests carry credentials; `smscontract scan` checks nothing there is in clear.
    public let secretLocations: SecretLocations
    /// Where an outgoing message's destination numbers are, for the live send guard.
    public let destinationNumbers: DestinationNumbers
    /// What the provider's abuse defences count and block, for live runs (``AbusePolicy``).
    public let abusePolicy: AbusePolicy
    /// Makes a fresh fake sharing `environment`'s clock and outbox: `.http(fake)`, or `.smtp(fake)` for
    /// an email provider (the fake then also answers SMTP).
    public let makeFake: @Sendable (FakeEnvironment) -> FakeService
    /// The largest request body the fake reads: at least the largest valid request (HTTP fakes).
    public var maxRequestBodyBytes: Int = 1 << 20
    /// The fake's answer to a larger body, in the provider's own shape; nil sends a bare 413.
    public var contentTooLargeResponse: (@Sendable (_ limit: Int) -> HTTPResponse)?

    /// Creates a descriptor.
    public init(
        id: String, name: String, seedFile: String, transport: Transport,
        credentials: [CredentialDescriptor], volatileResponseHeaders: [String] = [], volatileBodyPaths: [String] = [],
        secretLocations: SecretLocations = SecretLocations(), destinationNumbers: DestinationNumbers = .unknown,
        abusePolicy: AbusePolicy = .none, makeFake: @escaping @Sendable (FakeEnvironment) -> FakeService
    ) {
        self.id = id
        self.name = name
        self.seedFile = seedFile
        self.transport = transport
        self.credentials = credentials
        self.volatileResponseHeaders = volatileResponseHeaders
        self.volatileBodyPaths = volatileBodyPaths
        self.secretLocations = secretLocations
        self.destinationNumbers = destinationNumbers
        self.abusePolicy = abusePolicy
        self.makeFake = makeFake
    }

    /// The environment variable holding the live base URL: `SMSCONTRACT_<ID>_URL`, `-` as `_`.
    public var urlEnvironmentVariable: String {
        "SMSCONTRACT_\(environmentStem)_URL"
    }

    /// The provider id upper-cased with `-` as `_`, as environment variables spell it.
    public var environmentStem: String {
        id.uppercased().replacingOccurrences(of: "-", with: "_")
    }
}

/// One credential of a provider: the name specs use, where a live run reads it, and the fake's value.
public struct CredentialDescriptor: Sendable, Equatable {
    /// The name in `{{credentials.NAME}}`.
    public let name: String
    /// The environment variable a live run reads it from.
    public let environmentVariable: String
    /// The default account's value in the fake (the document's own example value).
    public let fakeValue: String

    /// Creates a credential descriptor.
    public init(name: String, environmentVariable: String, fakeValue: String) {
        self.name = name
        self.environmentVariable = environmentVariable
        self.fakeValue = fakeValue
    }
}
