#if canImport(Glibc) || canImport(Musl)
@testable import ContractHarness
import Testing
import Wire

/// What libcurl is handed; the transfers themselves are tested through the TLS relay
/// (HTTPSUpstreamTransportTests), which goes through this transport on Linux.
@Suite struct CurlTransportTests {
    @Test func theAppsFieldsGoAsSentWithLibcurlsOwnDefaultsRemoved() {
        let lines = CurlTransport.headerLines(["Host": "127.0.0.1:8080", "Content-Length": "3", "X-LOX24-AUTH-TOKEN": "t", "X-Empty": "",
                                               "Content-Type": "application/json"])
        #expect(lines == ["X-LOX24-AUTH-TOKEN: t", "X-Empty;", "Content-Type: application/json", "Accept:", "Expect:"])
    }

    @Test func theToolchainsLibcurlLoads() {
        // FoundationNetworking links libcurl.so.4 on Linux, so --upstream-ca works wherever URLSession does.
        #expect(LibCurl.shared != nil)
    }

    @Test func aStatusLineStartsANewResponsesFields() {
        let sink = CurlResponseSink()
        for line in ["HTTP/1.1 100 Continue\r\n", "X-Early: 1\r\n", "\r\n", "HTTP/1.1 201 Created\r\n", "Content-Type: application/json\r\n", "X-A:  b \r\n", "\r\n"] {
            Array(line.utf8).withUnsafeBytes { sink.appendHeaderLine($0) }
        }
        #expect(sink.headers.fields.map { "\($0.name)=\($0.value)" } == ["Content-Type=application/json", "X-A=b"])
    }
}
#endif
