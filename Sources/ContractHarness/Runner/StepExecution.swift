import Providers
import StructuredData
import Wire

/// The state of one spec run as its steps execute: bindings from captures, what was exchanged, and
/// every difference from the spec found so far.
struct StepExecution {
    let session: TargetSession
    let spec: Spec
    let provider: ProviderDescriptor
    /// Checks every message before it is sent, on live runs of specs marked `sends`.
    let sendGuard: LiveSendGuard?
    /// Receives the target's callbacks, when the spec awaits any.
    let receiver: CallbackReceiver?
    /// How many received callbacks earlier await steps have already checked.
    var callbacksSeen = 0
    /// Real values: credentials and captures.
    var bindings: Bindings
    /// The same names bound to their own `{{placeholder}}`: what cassettes record.
    var placeholders: Bindings
    /// What went over the wire so far, as the cassette will record it.
    var interactions: [Interaction] = []
    /// Every way the traffic differed from the spec so far.
    var differences: [Difference] = []
    /// Things worth saying about the run (expectations skipped on a live target).
    var notes: [String] = []

    init(session: TargetSession, spec: Spec, provider: ProviderDescriptor, sendGuard: LiveSendGuard? = nil, receiver: CallbackReceiver? = nil) {
        self.session = session
        self.spec = spec
        self.provider = provider
        self.sendGuard = sendGuard
        self.receiver = receiver
        var bindings = Bindings()
        for (name, value) in session.credentials { bindings.bind("credentials.\(name)", to: .string(value)) }
        if let receiver { bindings.bind("callbacks.url", to: .string(receiver.baseURL)) }
        self.bindings = bindings
        self.placeholders = bindings.asPlaceholders
    }

    mutating func run(_ step: SpecStep) throws(StepFailure) {
        if let status = step.receiverStatus { receiver?.answer(with: status, text: step.receiverText) }
        try perform(step)
        if let callbacks = step.callbacks { try awaitCallbacks(callbacks, step: step.name) }
    }

    private mutating func perform(_ step: SpecStep) throws(StepFailure) {
        for action in step.fakeActions {
            guard let control = session.control else {
                throw StepFailure(description: "step \(step.name): fake actions need the fake target")
            }
            let expanded: FakeAction
            do {
                expanded = try action.expanded(with: bindings)
            } catch {
                throw StepFailure(description: "step \(step.name): \(error)")
            }
            do {
                try control.perform(expanded)
            } catch {
                throw StepFailure(description: "step \(step.name): fake action failed: \(error.message)")
            }
        }
        if let email = step.email {
            try send(email, step: step)
            return
        }
        guard let template = step.request else { return }
        guard let transport = session.transport else {
            throw StepFailure(description: "step \(step.name): \(provider.id) has no HTTP endpoint on this target; send an email instead")
        }
        let request = try render(template, with: bindings, step: step.name)
        try checkSendGuard(.http(request), step: step.name)
        let recordedRequest = try render(template, with: placeholders, step: step.name)
        let response: HTTPResponse
        do {
            response = try transport.send(request)
        } catch {
            guard step.expectation?.transportError == true else { throw StepFailure(description: "step \(step.name): \(error)") }
            interactions.append(Interaction(step: step.name, request: recorded(recordedRequest), response: RecordedResponse(status: 0, headers: [:], body: .none)))
            return
        }
        if step.expectation?.transportError == true {
            differences.append(Difference(source: .spec, path: "\(step.name)/transport_error", expected: true, actual: .integer(response.status),
                                          message: "expected the connection to fail without a response"))
        }
        let body = RecordedBody.decode(response.body, contentType: response.headers["Content-Type"])
        if let expectation = step.expectation {
            try check(response, body: body, against: expectation, step: step.name)
        }
        interactions.append(Interaction(
            step: step.name, request: recorded(recordedRequest),
            response: RecordedResponse(status: response.status, headers: CassetteCodec.headerObject(response.headers), body: body)))
        for capture in step.captures {
            let value: JSONValue? = switch capture.source {
            case .body(let path): body.structured?.value(at: path)
            case .header(let name): response.headers[name].map(JSONValue.string)
            }
            guard let value else {
                // Where, as the spec writes it: `$.uuid` or `header:X-Id`.
                let place = switch capture.source {
                case .body(let path): path.description
                case .header(let name): "header:\(name)"
                }
                throw StepFailure(description: "step \(step.name): capture \"\(capture.name)\" found nothing at \(place) in the response")
            }
            bindings.bind(capture.name, to: value)
            placeholders.bind(capture.name, to: .string("{{\(capture.name)}}"))
        }
    }

    /// A request as a cassette stores it: without the headers that depend on the connection and body length.
    private func recorded(_ request: HTTPRequest) -> RecordedRequest {
        RecordedRequest(method: request.method, path: request.target,
                        headers: CassetteCodec.headerObject(request.headers, excluding: ["host", "content-length"]),
                        body: RecordedBody.decode(request.body, contentType: request.headers["Content-Type"]))
    }

    func checkSendGuard(_ message: OutgoingMessage, step: String) throws(StepFailure) {
        guard let sendGuard else { return }
        if let refusal = sendGuard.permit(provider.destinationNumbers.extract(message), provider: provider.id) {
            throw StepFailure(description: "step \(step): not sent: \(refusal)", isSkip: true)
        }
    }

    private mutating func check(_ response: HTTPResponse, body: RecordedBody, against expectation: ResponseExpectation, step: String) throws(StepFailure) {
        let expanded: ResponseExpectation
        do {
            expanded = try expectation.expanded(with: bindings)
        } catch {
            throw StepFailure(description: "step \(step): \(error)")
        }
        differences += ExpectationChecker.differences(response, body: body, expectation: expanded, step: step)
        try checkOutbox(expanded, step: step)
    }

    mutating func checkOutbox(_ expectation: ResponseExpectation, step: String) throws(StepFailure) {
        let outbox: [JSONValue]
        do {
            guard let expected = try expectation.outbox.map({ try $0.map { try Template.expand($0, with: bindings) } }) else { return }
            outbox = expected
        } catch {
            throw StepFailure(description: "step \(step): \(error)")
        }
        guard let control = session.control else {
            notes.append("\(step): outbox expectation skipped (only a fake can show its outbox)")
            return
        }
        do {
            differences += ExpectationChecker.outboxDifferences(actual: try control.outbox(), expected: outbox, step: step)
        } catch {
            throw StepFailure(description: "step \(step): reading the outbox failed: \(error.message)")
        }
    }

    private func render(_ template: RequestTemplate, with bindings: Bindings, step: String) throws(StepFailure) -> HTTPRequest {
        do {
            var target = try Template.substitute(template.path, with: bindings)
            if !template.query.isEmpty {
                let items = try template.query.map { "\(QueryEncoding.encode($0.name))=\(QueryEncoding.encode(try Template.substitute($0.value, with: bindings)))" }
                target += (target.contains("?") ? "&" : "?") + items.joined(separator: "&")
            }
            var headers = HTTPHeaders()
            for (name, value) in template.headers { headers.add(name: name, value: try Template.substitute(value, with: bindings)) }
            let body: [UInt8] = switch template.body {
            case .none: []
            case .json(let value): JSONWriter.bytes(try Template.expand(value, with: bindings))
            case .text(let text): Array(try Template.substitute(text, with: bindings).utf8)
            }
            return HTTPRequest(method: template.method, target: target, headers: headers, body: body)
        } catch {
            throw StepFailure(description: "step \(step): \(error)")
        }
    }
}

/// Percent-encodes query components (RFC 3986 unreserved characters kept).
enum QueryEncoding {
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
