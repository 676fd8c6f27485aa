import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Wire

/// HTTPS through URLSession, for live endpoints.
struct URLSessionTransport: HTTPTransport {
    let baseURL: String
    let timeout: TimeInterval
    /// The session the requests go through: the shared one, or one whose delegate decides trust.
    var session: URLSession = .shared

    func send(_ request: HTTPRequest) throws -> HTTPResponse {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        guard let url = URL(string: base + request.target) else {
            throw TransportError(message: "cannot form a URL from \(base) and \(request.target)")
        }
        var urlRequest = URLRequest(url: url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for field in request.headers { urlRequest.addValue(field.value, forHTTPHeaderField: field.name) }
        if !request.body.isEmpty { urlRequest.httpBody = Data(request.body) }
        let outcome = URLSessionCall.perform(urlRequest, session: session)
        switch outcome {
        case .success(let (data, response)):
            var headers = HTTPHeaders()
            for (name, value) in response.allHeaderFields {
                headers.add(name: String(describing: name), value: String(describing: value))
            }
            return HTTPResponse(status: response.statusCode, headers: headers, body: Array(data))
        case .failure(let error):
            throw TransportError(message: "\(request.method) \(url.absoluteString): \(error.localizedDescription)",
                                 untrustedCertificate: Self.isUntrustedCertificate(error))
        }
    }

    /// Whether `error` is a certificate the session did not trust: Darwin's `NSURLErrorServerCertificate…`
    /// codes (-1206…-1202), or on Linux, where every libcurl failure is code -1, libcurl's verification texts.
    static func isUntrustedCertificate(_ error: Error) -> Bool {
        let error = error as NSError
        guard error.domain == NSURLErrorDomain else { return false }
        if (-1206 ... -1202).contains(error.code) { return true }
        let text = error.localizedDescription
        return text.contains("SSL certificate problem") || text.contains("certificate subject name")
    }
}

/// Runs one URLSession data task and waits for it, for the synchronous runner.
enum URLSessionCall {
    static func perform(_ request: URLRequest, session: URLSession = .shared) -> Result<(Data, HTTPURLResponse), Error> {
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                box.set(.failure(error))
            } else if let response = response as? HTTPURLResponse {
                box.set(.success((data ?? Data(), response)))
            } else {
                box.set(.failure(TransportError(message: "no HTTP response")))
            }
            semaphore.signal()
        }
        task.resume()
        semaphore.wait()
        return box.get() ?? .failure(TransportError(message: "no response"))
    }
}

/// A result handed from URLSession's callback thread to the waiting runner thread.
private final class ResultBox: @unchecked Sendable {
    // Safe: written once by the callback before the semaphore is signalled, read after the wait.
    private let lock = NSLock()
    private var value: Result<(Data, HTTPURLResponse), Error>?

    func set(_ result: Result<(Data, HTTPURLResponse), Error>) {
        lock.withLock { value = result }
    }

    func get() -> Result<(Data, HTTPURLResponse), Error>? {
        lock.withLock { value }
    }
}
