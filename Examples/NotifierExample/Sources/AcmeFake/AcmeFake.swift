import Providers
import Synchronization
import StructuredData
import Wire

/// Acme SMS, a provider SMSContract does not ship: `POST /messages` with `{"to", "text"}` and
/// `Authorization: Bearer <key>`, answered `202 {"id": "m-<n>"}`; a wrong key gets 401.
public final class AcmeFake: ProviderFake {
    /// The default account's key.
    public static let defaultKey = "acme-test-key-0001"
    private let environment: FakeEnvironment
    private let keys: Mutex<Set<String>> = Mutex([AcmeFake.defaultKey])
    private let sent = Mutex(0)

    /// Creates the fake in `environment`.
    public init(environment: FakeEnvironment) {
        self.environment = environment
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard request.method == "POST", request.path == "/messages" else {
            return .json(404, ["error": "no such path"])
        }
        let key = request.headers["Authorization"].map { String($0.dropFirst("Bearer ".count)) } ?? ""
        guard keys.withLock({ $0.contains(key) }) else { return .json(401, ["error": "unknown key"]) }
        guard let body = try? JSONParser.parse(request.body), let to = body["to"]?.stringValue, let text = body["text"]?.stringValue else {
            return .json(400, ["error": "expected {\"to\", \"text\"}"])
        }
        let number = sent.withLock { count in
            count += 1
            return count
        }
        environment.outbox.record(OutboxEntry(provider: "acme", to: to, from: "Acme", text: text))
        return .json(202, ["id": .string("m-\(number)")])
    }

    public func reset() {
        keys.withLock { $0 = [Self.defaultKey] }
        sent.withLock { $0 = 0 }
    }

    public var accountsJSON: JSONValue { .array(keys.withLock { $0 }.sorted().map { ["key": .string($0)] }) }

    public func configureAccount(_ description: JSONValue) throws(ControlAPIError) -> JSONValue {
        guard let key = description["key"]?.stringValue, !key.isEmpty else { throw ControlAPIError("account: expected {\"key\": \"…\"}") }
        keys.withLock { _ = $0.insert(key) }
        return ["key": .string(key)]
    }
}
