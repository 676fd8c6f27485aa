import Foundation
import Providers
import StructuredData
import Wire

/// Writes each proxied exchange as a cassette of one interaction, in the usual format (so `export --har`
/// and `specs from-recordings` read it), with every credential replaced by its `{{credentials.NAME}}`
/// placeholder first, and refuses to write one the secret scan would flag — the live runs' gate.
struct ProxyRecorder: Sendable {
    /// The step name every proxied interaction is recorded under.
    static let stepName = "exchange"

    let store: CassetteStore
    let provider: ProviderDescriptor
    let target: String
    let environment: [String: String]

    /// The cassette for one exchange, redacted; `recordedAt` to the millisecond (`2026-12-02T08:00:01.250Z`),
    /// so the gaps between an app's exchanges survive into specs from traffic.
    func cassette(id: String, request: HTTPRequest, response: HTTPResponse, recordedAt: Date, redactor: SecretRedactor) -> Cassette {
        let interaction = Interaction(step: Self.stepName, request: Self.recorded(request), response: Self.recorded(response))
        let time = ISO8601DateFormatter()
        time.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return Cassette(spec: id, provider: provider.id, recordedAt: time.string(from: recordedAt),
                        target: target, interactions: [redactor.redact(interaction)])
    }

    /// Writes `cassette` unless the scan finds a credential in it; returns the path written.
    /// - Parameter credentials: the app's credentials found in the exchange, which must not be written either.
    func write(_ cassette: Cassette, credentials: [String: String]) throws(ProxyError) -> String {
        let path = store.path(for: cassette.spec)
        let known = credentials.map { (name: "the app's \($0.key)", value: $0.value) } + SecretScanner.knownSecrets(environment: environment)
        let findings = SecretScanner(knownSecrets: known).scan(CassetteCodec.json(cassette), file: path)
        guard findings.isEmpty else {
            throw ProxyError("refused to write \(path): it would hold a credential\n" + findings.map { "  \($0)" }.joined(separator: "\n"))
        }
        do {
            try store.save(cassette)
        } catch {
            throw ProxyError("cannot write \(path): \(error)")
        }
        return path
    }

    /// Writes `cassette` (see ``write(_:credentials:)``) and notes the outcome in `result`: the path, or
    /// an error when the scan refused it or the write failed.
    func write(_ cassette: Cassette, credentials: [String: String], into result: inout SpecResult) {
        do {
            result.notes.append("recorded \(try write(cassette, credentials: credentials))")
        } catch {
            result.outcome = .error
            result.reason = error.message
        }
    }

    /// `lox24/proxy-20261202T071500Z-`: the ids of one proxy run's cassettes, numbered after it, sort by start.
    static func idPrefix(provider: ProviderDescriptor, start: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]
        return "\(provider.id)/proxy-\(formatter.string(from: start))-"
    }

    /// `<prefix>000042`: exchange `number`'s id, numbered to six digits so ids sort in order.
    static func id(prefix: String, number: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The difference that flags a request the fake refuses, whatever the upstream made of it.
    static func nonconformance(_ refusal: String, upstreamStatus: String) -> Difference {
        Difference(source: .conformance, path: "request", expected: nil, actual: .string("forwarded; the upstream answered \(upstreamStatus)"),
                   message: "the fake refuses this request (\(refusal))")
    }

    /// The redactor for one exchange: the app's credentials it carried, and every credential variable set.
    static func redactor(appCredentials: [String: String], provider: ProviderDescriptor, environment: [String: String]) -> SecretRedactor {
        let fromEnvironment = provider.credentials.compactMap { credential -> (value: String, placeholder: String)? in
            guard let value = environment[credential.environmentVariable], value.count >= 4 else { return nil }
            return (value, "{{credentials.\(credential.name)}}")
        }
        return SecretRedactor(credentials: appCredentials, others: fromEnvironment)
    }

    /// A request as a cassette stores it: as the app sent it, without `Host` and `Content-Length`
    /// (they depend on the connection and the body's framing).
    static func recorded(_ request: HTTPRequest) -> RecordedRequest {
        RecordedRequest(method: request.method, path: request.target,
                        headers: CassetteCodec.headerObject(request.headers, excluding: ["host", "content-length"]),
                        body: RecordedBody.decode(request.body, contentType: request.headers["Content-Type"]))
    }

    /// A response as a cassette stores it: every header as received, the body structurally.
    static func recorded(_ response: HTTPResponse) -> RecordedResponse {
        RecordedResponse(status: response.status, headers: CassetteCodec.headerObject(response.headers),
                         body: RecordedBody.decode(response.body, contentType: response.headers["Content-Type"]))
    }
}
