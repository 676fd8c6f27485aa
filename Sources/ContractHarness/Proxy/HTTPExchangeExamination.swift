import Foundation
import Providers
import StructuredData
import Synchronization
import Wire

/// What the proxy does with each HTTP exchange once the app has its answer: the shadow predicts the
/// answer (drift is every difference from it), the fake's verdict on the request (conformance), the
/// redacted cassette, and the result — redacted too, since reports and the terminal show it.
struct HTTPExchangeExamination: Sendable {
    let provider: ProviderDescriptor
    let shadow: ShadowFake?
    let comparison: DriftComparison
    let recorder: ProxyRecorder?
    let credentials: RequestCredentials
    let environment: [String: String]
    let idPrefix: String
    let now: @Sendable () -> Date
    let hooks: [@Sendable (ForwardedExchange) -> Void]
    private let redactors = RedactorCache()

    init(configuration: ProxyConfiguration, target: String, hooks: [@Sendable (ForwardedExchange) -> Void]) throws(ProxyError) {
        provider = configuration.provider
        shadow = configuration.shadow ? try ShadowFake(provider: configuration.provider, accounts: configuration.shadowAccounts) : nil
        comparison = DriftComparison(provider: configuration.provider)
        recorder = configuration.recordDirectory.map {
            ProxyRecorder(store: CassetteStore(root: $0), provider: configuration.provider, target: target, environment: configuration.environment)
        }
        credentials = RequestCredentials.forProvider(configuration.provider)
        environment = configuration.environment
        idPrefix = ProxyRecorder.idPrefix(provider: configuration.provider, start: configuration.now())
        now = configuration.now
        self.hooks = hooks
    }

    func examine(_ exchange: ForwardedExchange) -> SpecResult {
        for hook in hooks { hook(exchange) }
        let id = ProxyRecorder.id(prefix: idPrefix, number: exchange.sequence)
        let appCredentials = credentials.values(in: exchange.request)
        let redactor = redactors.redactor(for: appCredentials) {
            ProxyRecorder.redactor(appCredentials: appCredentials, provider: provider, environment: environment)
        }
        let label = "\(exchange.request.method) \(exchange.request.target)"
        var result = SpecResult(spec: id, provider: provider.id, sourcePath: label, outcome: .passed, duration: exchange.upstreamSeconds)
        switch exchange.outcome {
        case .refused(let reason):
            result.outcome = .skipped
            result.reason = "not forwarded: \(reason)"
        case .upstreamFailed(let reason):
            result.outcome = .error
            result.reason = "the upstream gave no answer: \(reason)"
        case .answered(let response):
            if let shadow {
                let predicted = shadow.predict(exchange.request)
                // Each body decoded once, for the ids, the verdict and the drift.
                let bodies = (predicted: RecordedBody.decode(predicted.body, contentType: predicted.headers["Content-Type"]),
                              actual: RecordedBody.decode(response.body, contentType: response.headers["Content-Type"]))
                shadow.learn(real: bodies.actual.structured, predicted: bodies.predicted.structured)
                if let refusal = RequestConformance.refusal(in: predicted, body: bodies.predicted.structured) {
                    result.differences.append(ProxyRecorder.nonconformance(refusal, upstreamStatus: "\(response.status)"))
                }
                result.differences += comparison.differences(predicted: predicted, actual: response, bodies: bodies)
            }
            if let recorder {
                let cassette = recorder.cassette(id: id, request: exchange.request, response: response, recordedAt: exchange.receivedAt ?? now(), redactor: redactor)
                recorder.write(cassette, credentials: appCredentials, into: &result)
            }
            if result.outcome == .passed, !result.differences.isEmpty { result.outcome = .failed }
        }
        result = redactor.redact(result)
        result.sourcePath = redactor.redact(label)
        return result
    }
}

/// The redactor of the last credentials seen: an app sends the same ones again and again, and making a
/// redactor (sorting its secrets) for every exchange would cost more than the rest of the examination.
private final class RedactorCache: Sendable {
    private let last = Mutex<(credentials: [String: String], redactor: SecretRedactor)?>(nil)

    func redactor(for credentials: [String: String], make: () -> SecretRedactor) -> SecretRedactor {
        if let cached = last.withLock({ $0 }), cached.credentials == credentials { return cached.redactor }
        let redactor = make()
        last.withLock { $0 = (credentials, redactor) }
        return redactor
    }
}
