import StructuredData
import Wire

extension StepExecution {
    /// Waits for the step's expected callbacks (no fixed sleep: it returns as soon as they are there),
    /// compares them in arrival order, and records them.
    mutating func awaitCallbacks(_ expectation: CallbacksExpectation, step: String) throws(StepFailure) {
        guard let receiver else {
            throw StepFailure(description: "step \(step): awaiting callbacks needs the fake target's callback receiver")
        }
        let wanted = callbacksSeen + expectation.expected.count
        let timeout = Duration.milliseconds(Int64(expectation.withinSeconds * 1000))
        let all = expectation.expected.isEmpty ? receiver.requests : receiver.wait(forTotal: wanted, timeout: timeout)
        let arrived = Array(all[callbacksSeen..<min(all.count, max(wanted, expectation.expected.isEmpty ? all.count : wanted))])
        callbacksSeen += arrived.count
        let shown = arrived.map { "\($0.method) \($0.target) \($0.bodyText.prefix(200))" }.joined(separator: "; ")
        if arrived.count != expectation.expected.count {
            differences.append(Difference(
                source: .spec, path: "\(step)/callbacks", expected: .integer(expectation.expected.count), actual: .integer(arrived.count),
                message: "expected \(Plural.count(expectation.expected.count, "callback")) within \(JSONWriter.string(.number(expectation.withinSeconds))) s; arrived: \(arrived.isEmpty ? "none" : shown)"))
        }
        for (index, (expected, request)) in zip(expectation.expected, arrived).enumerated() {
            let prefix = "\(step)/callbacks[\(index)]"
            if let method = expected.method, method != request.method {
                differences.append(Difference(source: .spec, path: "\(prefix)/method", expected: .string(method), actual: .string(request.method)))
            }
            if let path = expected.path, path != request.target, path != request.path {
                differences.append(Difference(source: .spec, path: "\(prefix)/path", expected: .string(path), actual: .string(request.target)))
            }
            let asResponse: ResponseExpectation
            do {
                asResponse = try ResponseExpectation(headers: expected.headers, body: expected.body).expanded(with: bindings)
            } catch {
                throw StepFailure(description: "step \(step): \(error)")
            }
            let body = RecordedBody.decode(request.body, contentType: request.headers["Content-Type"])
            differences += ExpectationChecker.differences(HTTPResponse(status: 0, headers: request.headers, body: request.body), body: body,
                                                          expectation: asResponse, step: prefix)
        }
        let recorded = arrived.map { request in
            RecordedRequest(method: request.method, path: request.target,
                            headers: CassetteCodec.headerObject(request.headers, excluding: ["host", "content-length", "connection", "date"]),
                            body: RecordedBody.decode(request.body, contentType: request.headers["Content-Type"]))
        }
        interactions.append(Interaction(step: step, exchange: .callbacks(recorded)))
    }
}
