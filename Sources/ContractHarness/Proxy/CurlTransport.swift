#if canImport(Glibc) || canImport(Musl)
import Foundation
import Synchronization
import Wire

/// HTTPS to the proxy's upstream through libcurl with a CA file (`--upstream-ca` on Linux): HTTP/1.1,
/// kept-alive connections (idle handles are reused, and libcurl keeps each one's connection), the body as
/// received (no content coding undone), `Transfer-Encoding` left for the proxy to re-frame.
final class CurlTransport: HTTPTransport {
    private let curl: LibCurl
    private let baseURL: String
    private let caFile: String
    private let timeoutMilliseconds: Int
    private let idle = Mutex<[CurlHandle]>([])
    private let maxIdle: Int
    /// Bodies above this are refused rather than held (the proxy's own limit).
    static let maxBody = 64 << 20

    /// A transport to `baseURL` (which may carry a path prefix) trusting the certificates in `caFile`; nil
    /// where libcurl cannot be loaded.
    init?(baseURL: String, caFile: String, timeout: TimeInterval = 30, maxIdle: Int = 64) {
        guard let curl = LibCurl.shared else { return nil }
        self.curl = curl
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.caFile = caFile
        self.timeoutMilliseconds = Int(timeout * 1000)
        self.maxIdle = maxIdle
    }

    deinit {
        for handle in idle.withLock({ $0 }) { curl.cleanup(handle.raw) }
    }

    func send(_ request: HTTPRequest) throws -> HTTPResponse {
        let url = baseURL + request.target
        guard let handle = idle.withLock({ $0.popLast() }) ?? curl.easyInit().map(CurlHandle.init) else {
            throw TransportError(message: "\(request.method) \(url): libcurl could not create a handle")
        }
        let sink = CurlResponseSink()
        let code = withExtendedLifetime(sink) { perform(request, url: url, on: handle, into: sink) }
        guard code == 0 else {
            curl.cleanup(handle.raw)
            let detail = handle.errorText.isEmpty ? curl.message(code) : handle.errorText
            throw TransportError(message: "\(request.method) \(url): \(detail)", untrustedCertificate: code == LibCurl.peerFailedVerification)
        }
        var status = 0
        _ = curl.infoLong(handle.raw, LibCurl.Option.responseCode, &status)
        let keep = idle.withLock { handles in
            guard handles.count < maxIdle else { return false }
            handles.append(handle)
            return true
        }
        if !keep { curl.cleanup(handle.raw) }
        return HTTPResponse(status: status, headers: sink.headers, body: sink.body)
    }

    /// Sets every option afresh (a reset handle keeps its connection) and runs the transfer.
    private func perform(_ request: HTTPRequest, url: String, on handle: CurlHandle, into sink: CurlResponseSink) -> Int32 {
        let raw = handle.raw
        curl.reset(raw)
        handle.clearError()
        typealias Option = LibCurl.Option
        _ = curl.setPointer(raw, Option.errorBuffer, handle.errorBuffer)
        _ = url.withCString { curl.setPointer(raw, Option.url, $0) }
        _ = caFile.withCString { curl.setPointer(raw, Option.caInfo, $0) }
        _ = curl.setLong(raw, Option.protocols, Option.protocolHTTPS)
        _ = curl.setLong(raw, Option.httpVersion, Option.http11)
        _ = curl.setLong(raw, Option.noSignal, 1)
        _ = curl.setLong(raw, Option.timeoutMilliseconds, timeoutMilliseconds)
        let user = Unmanaged.passUnretained(sink).toOpaque()
        _ = curl.setCallback(raw, Option.writeFunction, { data, size, count, user in
            guard let data, let user else { return 0 }
            let sink = Unmanaged<CurlResponseSink>.fromOpaque(user).takeUnretainedValue()
            return sink.appendBody(UnsafeRawBufferPointer(start: data, count: size * count)) ? size * count : 0
        })
        _ = curl.setPointer(raw, Option.writeData, user)
        _ = curl.setCallback(raw, Option.headerFunction, { data, size, count, user in
            guard let data, let user else { return 0 }
            Unmanaged<CurlResponseSink>.fromOpaque(user).takeUnretainedValue().appendHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
            return size * count
        })
        _ = curl.setPointer(raw, Option.headerData, user)
        switch request.method {
        case "HEAD": _ = curl.setLong(raw, Option.noBody, 1)
        case "GET" where request.body.isEmpty: _ = curl.setLong(raw, Option.httpGet, 1)
        default:
            _ = curl.setOffset(raw, Option.postFieldSizeLarge, Int64(request.body.count))
            // libcurl copies the bytes; an empty body still needs a valid pointer.
            let bytes = request.body.isEmpty ? [0] : request.body
            _ = bytes.withUnsafeBytes { curl.setPointer(raw, Option.copyPostFields, $0.baseAddress) }
        }
        _ = request.method.withCString { curl.setPointer(raw, Option.customRequest, $0) }
        var list: OpaquePointer?
        for line in Self.headerLines(request.headers) {
            list = line.withCString { curl.slistAppend(list, $0) } ?? list
        }
        _ = curl.setPointer(raw, Option.httpHeader, list.map { UnsafeRawPointer($0) })
        defer { curl.slistFree(list) }
        return curl.perform(raw)
    }

    /// The app's fields as libcurl takes them: framing and `Host` left to libcurl, an empty value spelled
    /// `Name;`, and libcurl's own defaults (`Accept`, `Expect`, a form `Content-Type`) removed when the app
    /// sent none, so the upstream sees what the app sent.
    static func headerLines(_ headers: HTTPHeaders) -> [String] {
        let framing = ["host", "content-length", "transfer-encoding"]
        var lines = headers.fields.filter { field in !framing.contains { field.name.equalsIgnoringASCIICase($0) } }
            .map { $0.value.isEmpty ? "\($0.name);" : "\($0.name): \($0.value)" }
        for name in ["Accept", "Expect", "Content-Type"] where !headers.contains(name) {
            lines.append("\(name):")
        }
        return lines
    }
}

/// One libcurl easy handle and its error buffer, used by one request at a time.
final class CurlHandle: @unchecked Sendable {
    // Safe: a handle is either in CurlTransport's idle list (behind its mutex) or owned by the one thread
    // whose request took it out; never both, never two threads.
    let raw: OpaquePointer
    let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: 256)

    init(_ raw: OpaquePointer) {
        self.raw = raw
        clearError()
    }

    func clearError() {
        errorBuffer.initialize(repeating: 0, count: 256)
    }

    /// libcurl's detailed message for the last failure, if it wrote one.
    var errorText: String { String(cString: errorBuffer) }

    deinit {
        errorBuffer.deallocate()
    }
}

/// What libcurl's callbacks deliver for one transfer: header lines (the last response's, after any
/// `100 Continue`) and the body.
final class CurlResponseSink {
    private(set) var headers = HTTPHeaders()
    private(set) var body: [UInt8] = []

    /// Adds body bytes; false (abort) past ``CurlTransport/maxBody``.
    func appendBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard body.count + bytes.count <= CurlTransport.maxBody else { return false }
        body.append(contentsOf: bytes)
        return true
    }

    /// Adds one raw header line; a status line starts a new response's fields.
    func appendHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\r\n"))
        if line.hasPrefix("HTTP/") {
            headers = HTTPHeaders()
        } else if let colon = line.firstIndex(of: ":") {
            headers.add(name: String(line[..<colon]), value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }
}
#endif
