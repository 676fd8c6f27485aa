import Foundation
import Providers

/// The live ledger's part in the proxy: the live send guard does not apply to the app's own traffic, but
/// the provider's abuse defences do, so each answer they count (a bad-credential answer) and each block
/// answer the upstream gives is recorded in the ledger every live run on the machine shares — a
/// `smscontract run --target live` after the proxy then knows what the app's traffic spent.
public enum ProxyLedgerHook {
    /// The hook for a proxy of `provider` forwarding to `target`, or nil when the provider counts nothing
    /// or the upstream is the built-in fake (no real defence to spend).
    /// - Parameter line: receives a line for each block met, and for a ledger that cannot be written.
    public static func make(provider: ProviderDescriptor, target: String, environment: [String: String],
                            now: @escaping @Sendable () -> Date = { Date() },
                            line: @escaping @Sendable (String) -> Void) -> (@Sendable (ForwardedExchange) -> Void)? {
        let policy = provider.abusePolicy
        guard target != "fake", policy.countsRequests || policy.block != nil else { return nil }
        let ledger = LiveLedger(directory: LiveStateDirectory.resolve(environment: environment))
        return { exchange in
            guard let response = exchange.response else { return }
            let body = response.bodyText
            do {
                if let block = policy.block, block.signal.matches(status: response.status, body: body) {
                    if try ledger.recordBlock(provider: provider.id, target: target, spec: "proxy", text: String(body.prefix(200)),
                                              policy: policy, now: now()) == nil {
                        line("BLOCKED \(provider.id) at \(target): the provider answered with its \(policy.defence); recorded in \(ledger.path)")
                    }
                } else if policy.counts(status: response.status, body: body) {
                    try ledger.settle(ids: [], extra: 1, provider: provider.id, target: target, policy: policy, spec: "proxy", now: now())
                }
            } catch {
                line("WARN cannot record in the live ledger \(ledger.path): \(error)")
            }
        }
    }
}
