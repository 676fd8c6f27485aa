import Providers
import StructuredData

/// Compares a run's traffic with the recorded cassette, ignoring what is volatile: values the spec
/// matches with `$match` or lists under `volatile`, and headers that change on every call.
struct CassetteComparator {
    /// Headers that differ on every response whatever the provider.
    static let alwaysVolatileHeaders: Set<String> = ["date", "connection", "keep-alive", "content-length", "transfer-encoding", "server", "age", "expires"]

    let spec: Spec
    let provider: ProviderDescriptor

    func differences(recorded: Cassette, actual: Cassette) -> [Difference] {
        var differences: [Difference] = []
        if recorded.interactions.count != actual.interactions.count {
            differences.append(Difference(
                source: .cassette, path: "interactions", expected: .integer(recorded.interactions.count),
                actual: .integer(actual.interactions.count),
                message: "expected \(Plural.count(recorded.interactions.count, "recorded exchange")); re-record with --record all if the spec changed"))
        }
        for (old, new) in zip(recorded.interactions, actual.interactions) {
            let step = spec.steps.first { $0.name == new.step }
            if old.step != new.step {
                differences.append(Difference(source: .cassette, path: "\(new.step)/step", expected: .string(old.step), actual: .string(new.step)))
            }
            switch (old.exchange, new.exchange) {
            case (.http(let oldRequest, let oldResponse), .http(let newRequest, let newResponse)):
                differences += requestDifferences(oldRequest, newRequest, step: new.step)
                differences += responseDifferences(oldResponse, newResponse, step: step, name: new.step)
            case (.email(let oldMessage, let oldReplies), .email(let newMessage, let newReplies)):
                differences += Difference.from(StructuralDiff().differences(expected: oldMessage, actual: newMessage), source: .cassette, prefix: "\(new.step)/email")
                let before = JSONValue.array(oldReplies.filter(\.isContractual).map(\.contractJSON))
                let after = JSONValue.array(newReplies.filter(\.isContractual).map(\.contractJSON))
                differences += Difference.from(StructuralDiff().differences(expected: before, actual: after), source: .cassette, prefix: "\(new.step)/smtp")
            case (.callbacks(let before), .callbacks(let after)):
                differences += callbackDifferences(before, after, step: step, name: new.step)
            default:
                differences.append(Difference(source: .cassette, path: "\(new.step)", expected: nil, actual: nil,
                                              message: "the recorded exchange is of another kind (HTTP vs email); re-record with --record all"))
            }
        }
        return differences
    }

    /// Callbacks compared by method, path, the headers the spec names, and body (volatile paths ignored).
    private func callbackDifferences(_ before: [RecordedRequest], _ after: [RecordedRequest], step: SpecStep?, name: String) -> [Difference] {
        var differences: [Difference] = []
        if before.count != after.count {
            differences.append(Difference(source: .cassette, path: "\(name)/callbacks", expected: .integer(before.count), actual: .integer(after.count),
                                          message: "expected \(Plural.count(before.count, "recorded callback"))"))
        }
        let expected = step?.callbacks?.expected ?? []
        for (index, (old, new)) in zip(before, after).enumerated() {
            let prefix = "\(name)/callbacks[\(index)]"
            if old.method != new.method || old.path != new.path {
                differences.append(Difference(source: .cassette, path: "\(prefix)/request", expected: .string("\(old.method) \(old.path)"), actual: .string("\(new.method) \(new.path)")))
            }
            let named = index < expected.count ? expected[index].headers.map { $0.name.lowercased() } : []
            for header in named {
                let oldValue = old.headers.members.first { $0.key.lowercased() == header }?.value
                let newValue = new.headers.members.first { $0.key.lowercased() == header }?.value
                if oldValue != newValue && !(index < expected.count && expected[index].headers.contains { $0.name.lowercased() == header && ValueMatcher.isMatcher($0.value) }) {
                    differences.append(Difference(source: .cassette, path: "\(prefix)/headers/\(header)", expected: oldValue, actual: newValue))
                }
            }
            var patterns = spec.volatile
            if index < expected.count, let body = expected[index].body, body.format.comparesMembers {
                patterns += ExpectationChecker.matcherPaths(in: body.value).map(JSONPathPattern.init)
            }
            let diff = StructuralDiff(ignoring: patterns)
            switch (old.body.formatted, new.body.formatted) {
            case let (a?, b?) where a.format.name == b.format.name && a.format.comparesMembers:
                differences += Difference.from(diff.differences(expected: a.value, actual: b.value), source: .cassette, prefix: "\(prefix)/body")
            default:
                if old.body != new.body {
                    differences.append(Difference(source: .cassette, path: "\(prefix)/body", expected: old.body.encoded, actual: new.body.encoded))
                }
            }
        }
        return differences
    }

    /// The request as sent, body members in order: the spec decides what is sent, and a provider may
    /// read members in order (rox numbers messages in the order sent), so a reordered body is a
    /// different request. Headers compare by name, in any order.
    private func requestDifferences(_ old: RecordedRequest, _ new: RecordedRequest, step: String) -> [Difference] {
        let diff = StructuralDiff(memberOrder: .compared)
        return Difference.from(diff.differences(expected: CassetteCodec.json(old), actual: CassetteCodec.json(new)),
                               source: .cassette, prefix: "\(step)/request")
    }

    private func responseDifferences(_ old: RecordedResponse, _ new: RecordedResponse, step: SpecStep?, name: String) -> [Difference] {
        var differences: [Difference] = []
        if old.status != new.status {
            differences.append(Difference(source: .cassette, path: "\(name)/status", expected: .integer(old.status), actual: .integer(new.status)))
        }
        let volatileHeaders = volatileHeaderNames(step: step)
        let headerNames = Set(old.headers.keys.map { $0.lowercased() }).union(new.headers.keys.map { $0.lowercased() })
        for header in headerNames.sorted() where !volatileHeaders.contains(header) {
            let before = old.headers.members.first { $0.key.lowercased() == header }?.value
            let after = new.headers.members.first { $0.key.lowercased() == header }?.value
            if before != after {
                let displayName = new.headers.keys.first { $0.lowercased() == header } ?? old.headers.keys.first { $0.lowercased() == header } ?? header
                differences.append(Difference(source: .cassette, path: "\(name)/headers/\(displayName)", expected: before, actual: after))
            }
        }
        differences += bodyDifferences(old.body, new.body, step: step, name: name)
        return differences
    }

    private func bodyDifferences(_ old: RecordedBody, _ new: RecordedBody, step: SpecStep?, name: String) -> [Difference] {
        let diff = StructuralDiff(ignoring: volatileBodyPaths(step: step))
        switch (old.formatted, new.formatted) {
        case let (before?, after?) where before.format.name == after.format.name && before.format.comparesMembers:
            return Difference.from(diff.differences(expected: before.value, actual: after.value), source: .cassette, prefix: "\(name)/body")
        default:
            guard old != new else { return [] }
            // A text body the spec matches with a matcher is volatile as a whole.
            if let expected = step?.expectation?.body, !expected.format.comparesMembers, ValueMatcher.isMatcher(expected.value), old.kindName == new.kindName { return [] }
            return [Difference(source: .cassette, path: "\(name)/body", expected: old.encoded, actual: new.encoded,
                               message: old.kindName == new.kindName ? nil : "expected \(old.kindPhrase), got \(new.kindPhrase)")]
        }
    }

    private func volatileHeaderNames(step: SpecStep?) -> Set<String> {
        var names = Self.alwaysVolatileHeaders
        names.formUnion(provider.volatileResponseHeaders.map { $0.lowercased() })
        for (name, value) in step?.expectation?.headers ?? [] where ValueMatcher.isMatcher(value) {
            names.insert(name.lowercased())
        }
        return names
    }

    private func volatileBodyPaths(step: SpecStep?) -> [JSONPathPattern] {
        var patterns = spec.volatile + provider.volatileBodyPaths.compactMap { try? JSONPathPattern(parsing: $0) }
        if let expected = step?.expectation?.body, expected.format.comparesMembers {
            patterns += ExpectationChecker.matcherPaths(in: expected.value).map(JSONPathPattern.init)
        }
        return patterns
    }
}
