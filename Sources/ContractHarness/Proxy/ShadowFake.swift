import Providers
import StructuredData
import Synchronization
import Wire

/// The built-in fake run beside the real provider: it sees the same traffic (state follows it: an SMS
/// the app sent through the proxy exists in the shadow too), its clock follows real time, and for each
/// request it predicts the answer the provider should give.
///
/// The app's credentials are taken as the shadow's default account's (checking them is the upstream's
/// business), unless they belong to an account the user mapped (`accounts`): those requests reach the
/// shadow as sent. The shadow never sends receipts or postbacks; the real provider does that.
public final class ShadowFake: Sendable {
    /// The provider faked.
    public let provider: ProviderDescriptor
    private let environment = FakeEnvironment()
    private let fake: any ProviderFake
    private let credentials: RequestCredentials
    private let defaults: [String: String]
    private let mappedValues: Set<String>
    private let volatile: [JSONPathPattern]
    private let state = Mutex(IdentifierMap())

    /// Creates a shadow for `provider`, with `accounts` (control-API account descriptions) added to its fake.
    public init(provider: ProviderDescriptor, accounts: [JSONValue] = []) throws(ProxyError) {
        self.provider = provider
        fake = provider.makeFake(environment).fake
        credentials = RequestCredentials.forProvider(provider)
        defaults = Dictionary(provider.credentials.map { ($0.name, $0.fakeValue) }, uniquingKeysWith: { first, _ in first })
        var mapped = Set<String>()
        for (index, account) in accounts.enumerated() {
            do {
                _ = try fake.configureAccount(account)
            } catch {
                throw ProxyError("shadow account \(index + 1): \(error.message)")
            }
            Self.strings(in: account, into: &mapped)
        }
        mappedValues = mapped
        volatile = provider.volatileBodyPaths.compactMap { try? JSONPathPattern(parsing: $0) }
    }

    /// The answer the fake gives to `request`, as the shadow sees it (credentials and known ids translated).
    public func predict(_ request: HTTPRequest) -> HTTPResponse {
        var shadowRequest = request
        let appValues = credentials.values(in: request)
        if !appValues.values.contains(where: mappedValues.contains) {
            shadowRequest = credentials.replacing(in: request, with: defaults)
        }
        let ids = state.withLock { $0 }
        if ids.count > 0 {
            shadowRequest.target = ids.translate(shadowRequest.target)
            if let text = String(validating: shadowRequest.body, as: UTF8.self) {
                let translated = ids.translate(text)
                if translated != text { shadowRequest.body = Array(translated.utf8) }
            }
        }
        let response = fake.handle(shadowRequest)
        // Receipts and postbacks are the real provider's to send; the shadow's are dropped unsent.
        environment.scheduler.reset()
        return response
    }

    /// Learns which of the shadow's ids stand for the upstream's, from one exchange's two answers.
    public func learn(real: HTTPResponse, predicted: HTTPResponse) {
        learn(real: RecordedBody.decode(real.body, contentType: real.headers["Content-Type"]).structured,
              predicted: RecordedBody.decode(predicted.body, contentType: predicted.headers["Content-Type"]).structured)
    }

    /// The same, from the two bodies already decoded.
    func learn(real: JSONValue?, predicted: JSONValue?) {
        guard let real, let predicted else { return }
        state.withLock { $0.learn(real: real, predicted: predicted, volatile: volatile) }
    }

    private static func strings(in value: JSONValue, into set: inout Set<String>) {
        switch value {
        case .string(let text) where text.count >= 4: set.insert(text)
        case .array(let elements): for element in elements { strings(in: element, into: &set) }
        case .object(let object): for (_, member) in object { strings(in: member, into: &set) }
        default: break
        }
    }
}
