import Foundation
import Providers
import StructuredData
import Wire

/// The provider stopped answering because of its block; nothing more is sent in this spec.
struct ProviderBlocked: Error, CustomStringConvertible {
    let description: String
}

/// A live target's transport with the provider's abuse policy applied: sending requests go to the
/// dry-run endpoint when asked, answers that count or block are noted, and after a block nothing
/// more is sent.
struct LiveTransport: HTTPTransport {
    let base: any HTTPTransport
    let policy: AbusePolicy
    /// Where sending requests go instead, or nil to send them as they are.
    let dryRun: AbusePolicy.DryRun?
    let monitor: LiveSpecMonitor
    let providerName: String

    func send(_ request: HTTPRequest) throws -> HTTPResponse {
        if let block = monitor.block {
            throw ProviderBlocked(description: "not sent: \(providerName) answered \(block.request) with its \(policy.defence)")
        }
        var outgoing = request
        if let dryRun, request.method == dryRun.method, request.path == dryRun.path {
            outgoing.target = dryRun.dryRunPath + request.target.dropFirst(request.path.count)
            monitor.noteDryRun()
        }
        let response = try base.send(outgoing)
        monitor.noteAnswer()
        let body = String(decoding: response.body, as: UTF8.self)
        if let block = policy.block, block.signal.matches(status: response.status, body: body) {
            let answer = LiveSpecMonitor.BlockAnswer(request: "\(outgoing.method) \(outgoing.path)", status: response.status,
                                                     text: Self.providerText(response.body))
            monitor.noteBlock(answer)
            throw ProviderBlocked(description: "\(answer.request) answered \(answer.status): \(policy.defence)")
        }
        if policy.counts(status: response.status, body: body) { monitor.noteCounted() }
        return response
    }

    /// The provider's own words from an error body: a JSON `detail`, `message`, `error` or
    /// `error-info` string, else the body's text, shortened.
    static func providerText(_ body: [UInt8]) -> String {
        if let object = try? JSONParser.parse(body).objectValue {
            for key in ["detail", "message", "error", "error-info"] {
                if let text = object[key]?.stringValue, !text.isEmpty { return text }
            }
        }
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.count <= 300 ? text : String(text.prefix(300)) + "…"
    }
}
