import Foundation
import Providers

/// The sentences live-safety skips and errors are reported with, so every report reads alike.
enum LiveReasons {
    /// `2026-12-02T07:12:03Z`.
    static func time(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func seconds(_ interval: TimeInterval) -> String {
        interval == interval.rounded() ? "\(Int(interval)) s" : "\(interval) s"
    }

    /// The ledger already holds as many counted requests as are safe.
    static func budgetSpent(_ recent: Int, provider: ProviderDescriptor, policy: AbusePolicy, nextSafe: Date, ledger: String,
                            unexpectedAnswers: Bool) -> String {
        let plural = recent == 1 ? "request" : "requests"
        var reason = "not sent: would risk \(provider.name)'s \(policy.defence): \(recent) \(policy.countedRequests) \(plural) "
            + "in the last \(seconds(policy.window)); next safe at \(time(nextSafe))"
        if unexpectedAnswers {
            reason += " (this run got \(policy.countedRequests) answers its specs did not expect, so every request counts: "
                + "check the \(provider.id) credentials)"
        }
        return reason + " (ledger: \(ledger))"
    }

    /// One spec alone needs more counted requests than the budget.
    static func overBudget(_ count: Int, provider: ProviderDescriptor, policy: AbusePolicy) -> String {
        "not sent: sends \(Plural.count(count, policy.countedRequests + " request")), more than \(provider.name)'s safe budget of "
            + "\(policy.budget) in \(seconds(policy.window)); it cannot run live without risking the \(policy.defence)"
    }

    /// A block recorded earlier (by this run or another) is still on.
    static func blockIsOn(_ block: LiveBlock, provider: ProviderDescriptor, policy: AbusePolicy) -> String {
        "not sent: \(provider.name)'s \(policy.defence) is on (met by \(block.spec) at \(time(block.since)): "
            + "\"\(block.text)\"); it should lift at \(time(block.until))"
    }

    /// The reason for the spec whose request met the block.
    static func blockMet(status: Int, text: String, request: String, provider: ProviderDescriptor, policy: AbusePolicy, until: Date) -> String {
        "\(provider.name)'s \(policy.defence): \(request) was answered \(status) \"\(text)\"; it should lift at \(time(until)) "
            + "(\(seconds(policy.block?.liftsAfter ?? 0)) after, per \(policy.source)); nothing more is sent to \(provider.name) "
            + "and its remaining specs are skipped"
    }
}
