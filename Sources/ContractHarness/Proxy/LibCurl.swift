#if canImport(Glibc) || canImport(Musl)
#if canImport(Glibc)
import Glibc
#else
import Musl
#endif

/// The few libcurl calls the proxy's HTTPS upstream needs when it must trust a private CA on Linux, where
/// URLSession (swift-corelibs-foundation) always verifies against the system bundle and reads no setting
/// to change it (`URLSessionCertificateAuthorityInfoFile` is read on Android only). FoundationNetworking
/// links the system's `libcurl.so.4` itself, so the library is present wherever URLSession works; it is
/// opened at run time (no link-time dependency) and, where it cannot be (a static toolchain), `shared`
/// is nil and `--upstream-ca` says it is not supported there.
struct LibCurl: @unchecked Sendable {
    // Safe: only immutable C function pointers, callable from any thread (libcurl's easy calls are
    // thread-safe as long as one handle is used by one thread at a time, which CurlTransport ensures).

    typealias Handle = OpaquePointer
    /// `size_t (*)(char *data, size_t size, size_t count, void *user)`: libcurl's write and header callbacks.
    typealias DataCallback = @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int

    let easyInit: @convention(c) () -> Handle?
    let cleanup: @convention(c) (Handle?) -> Void
    let reset: @convention(c) (Handle?) -> Void
    let perform: @convention(c) (Handle?) -> Int32
    let strerror: @convention(c) (Int32) -> UnsafePointer<CChar>?
    // curl_easy_setopt and curl_easy_getinfo are variadic; each is called through the non-variadic type of the
    // one argument it is given, which the x86-64 and AArch64 Linux calling conventions pass identically.
    let setLong: @convention(c) (Handle?, Int32, Int) -> Int32
    let setOffset: @convention(c) (Handle?, Int32, Int64) -> Int32
    let setPointer: @convention(c) (Handle?, Int32, UnsafeRawPointer?) -> Int32
    let setCallback: @convention(c) (Handle?, Int32, DataCallback) -> Int32
    let infoLong: @convention(c) (Handle?, Int32, UnsafeMutablePointer<Int>) -> Int32
    let slistAppend: @convention(c) (OpaquePointer?, UnsafePointer<CChar>) -> OpaquePointer?
    let slistFree: @convention(c) (OpaquePointer?) -> Void

    /// The options and codes used, from curl.h (stable since libcurl 7.17).
    enum Option {
        static let writeData: Int32 = 10001, url: Int32 = 10002, errorBuffer: Int32 = 10010, writeFunction: Int32 = 20011
        static let httpHeader: Int32 = 10023, headerData: Int32 = 10029, customRequest: Int32 = 10036, noBody: Int32 = 44
        static let caInfo: Int32 = 10065, headerFunction: Int32 = 20079, httpGet: Int32 = 80, httpVersion: Int32 = 84
        static let noSignal: Int32 = 99, timeoutMilliseconds: Int32 = 155, postFieldSizeLarge: Int32 = 30120
        static let copyPostFields: Int32 = 10165, protocols: Int32 = 181
        static let responseCode: Int32 = 0x200002
        static let http11 = 2, protocolHTTPS = 2
    }

    /// `CURLE_PEER_FAILED_VERIFICATION`: the upstream's certificate did not chain to a trusted CA (or name it).
    static let peerFailedVerification: Int32 = 60
    /// `CURLE_SSL_CACERT_BADFILE`: the CA file could not be read as certificates.
    static let caFileUnusable: Int32 = 77

    /// libcurl, opened once; nil where it cannot be loaded.
    static let shared: LibCurl? = load()

    private static func load() -> LibCurl? {
        #if !(arch(x86_64) || arch(arm64))
        // The variadic setopt/getinfo calls below rely on these two calling conventions; elsewhere, say "not supported".
        return nil
        #else
        guard let library = dlopen("libcurl.so.4", RTLD_NOW) ?? dlopen("libcurl.so", RTLD_NOW) else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(library, name).map { unsafeBitCast($0, to: type) }
        }
        guard let globalInit = symbol("curl_global_init", as: (@convention(c) (Int) -> Int32).self), globalInit(3) == 0,
              let easyInit = symbol("curl_easy_init", as: (@convention(c) () -> Handle?).self),
              let cleanup = symbol("curl_easy_cleanup", as: (@convention(c) (Handle?) -> Void).self),
              let reset = symbol("curl_easy_reset", as: (@convention(c) (Handle?) -> Void).self),
              let perform = symbol("curl_easy_perform", as: (@convention(c) (Handle?) -> Int32).self),
              let strerror = symbol("curl_easy_strerror", as: (@convention(c) (Int32) -> UnsafePointer<CChar>?).self),
              let setLong = symbol("curl_easy_setopt", as: (@convention(c) (Handle?, Int32, Int) -> Int32).self),
              let setOffset = symbol("curl_easy_setopt", as: (@convention(c) (Handle?, Int32, Int64) -> Int32).self),
              let setPointer = symbol("curl_easy_setopt", as: (@convention(c) (Handle?, Int32, UnsafeRawPointer?) -> Int32).self),
              let setCallback = symbol("curl_easy_setopt", as: (@convention(c) (Handle?, Int32, DataCallback) -> Int32).self),
              let infoLong = symbol("curl_easy_getinfo", as: (@convention(c) (Handle?, Int32, UnsafeMutablePointer<Int>) -> Int32).self),
              let slistAppend = symbol("curl_slist_append", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>) -> OpaquePointer?).self),
              let slistFree = symbol("curl_slist_free_all", as: (@convention(c) (OpaquePointer?) -> Void).self)
        else { return nil }
        return LibCurl(easyInit: easyInit, cleanup: cleanup, reset: reset, perform: perform, strerror: strerror, setLong: setLong,
                       setOffset: setOffset, setPointer: setPointer, setCallback: setCallback, infoLong: infoLong,
                       slistAppend: slistAppend, slistFree: slistFree)
        #endif
    }

    /// libcurl's text for `code`.
    func message(_ code: Int32) -> String {
        strerror(code).map { String(cString: $0) } ?? "libcurl error \(code)"
    }
}
#endif
